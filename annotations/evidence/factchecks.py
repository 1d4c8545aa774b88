"""Earlier fact-checks: imported ClaimReview records and this installation's published verdicts."""

from __future__ import annotations

import threading

from django.conf import settings
from django.db.models import Count, Max

from annotations.models import FactCheck

from .base import ClaimQuery, EvidenceItem
from .matching import FactCheckIndex

_lock = threading.Lock()
_cache: dict[str, object] = {}


def factcheck_index() -> FactCheckIndex | None:
    """The index over all fact-checks, rebuilt when records were added or changed."""
    stats = FactCheck.objects.aggregate(n=Count("pk"), latest=Max("imported_at"))
    if not stats["n"]:
        return None
    key = (stats["n"], stats["latest"])
    with _lock:
        if _cache.get("key") == key:
            return _cache["index"]  # type: ignore[return-value]
    records = list(FactCheck.objects.values_list("external_id", "claim_text", "title"))
    index = FactCheckIndex.build([(external_id, f"{claim} {title}") for external_id, claim, title in records])
    with _lock:
        _cache.update(key=key, index=index)
    return index


class FactCheckProvider:
    """Finds earlier checks of the same claim; they are shown first on the claim page."""

    slug = "factchecks"
    label = "Earlier fact-checks"

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        index = factcheck_index()
        if index is None:
            return []
        (matches,) = index.search([query.text], top=limit)
        matches = [(ext, score) for ext, score in matches if score >= settings.FACTCHECK_MIN_SCORE]
        records = FactCheck.objects.in_bulk([ext for ext, _ in matches], field_name="external_id")
        items = []
        for external_id, score in matches:
            record = records.get(external_id)
            if record is None:
                continue
            items.append(
                EvidenceItem(
                    source_key=f"factcheck:{external_id}",
                    source_title=record.title or record.claim_text[:200],
                    passage=record.claim_text,
                    url=record.url,
                    published_at=record.reviewed_at,
                    score=min(1.0, score),
                    rating=record.rating,
                )
            )
        return items
