"""What every export writer gets: the organisation's settings and the rating scale."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from annotations.models import Rating


@dataclass(frozen=True)
class ExportContext:
    base_url: str
    organisation_name: str
    organisation_url: str
    best_rating: int
    worst_rating: int

    @classmethod
    def from_settings(cls) -> ExportContext:
        values = list(Rating.objects.values_list("claimreview_value", flat=True)) or [1, 5]
        return cls(
            base_url=settings.FACTCHECK_PUBLIC_BASE_URL.rstrip("/"),
            organisation_name=settings.FACTCHECK_ORGANISATION_NAME,
            organisation_url=settings.FACTCHECK_ORGANISATION_URL,
            best_rating=max(values),
            worst_rating=min(values),
        )

    def claim_url(self, claim_id: int) -> str:
        return f"{self.base_url}/claims/{claim_id}/"

    def article_url(self, article_id: int) -> str:
        return f"{self.base_url}/articles/{article_id}/"


def iso(value: Any) -> str:
    return value.isoformat() if value else ""


def json_array(header: str, items: Iterator[dict[str, Any]], footer: str) -> Iterator[str]:
    """Stream `header [item, item, …] footer` without holding the items in memory."""
    yield header
    first = True
    for item in items:
        yield ("\n" if first else ",\n") + json.dumps(item, ensure_ascii=False)
        first = False
    yield footer
