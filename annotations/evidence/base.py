"""The interface every evidence provider implements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """What a provider is asked: one claim's quote and language."""

    text: str
    language: str
    article_title: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One item a provider found. `source_key` identifies it within the provider."""

    source_key: str
    source_title: str
    passage: str
    url: str = ""
    published_at: dt.date | None = None
    score: float = 0.0
    rating: str = ""
    # The passage's language when the provider knows it ("" = the claim's): it decides
    # how the numeric cross-check reads "billion".
    language: str = ""


def iso_date(value: object) -> dt.date | None:
    """The date an ISO 8601 value starts with ("2025-01-30", "2025-01-30T10:00:00Z"), or None."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class ProviderError(Exception):
    """A permanent failure: retrying will not help. The message is shown to reviewers."""


class TransientProviderError(ProviderError):
    """A failure worth retrying: a timeout, HTTP 429 or a 5xx answer."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EvidenceProvider(Protocol):
    slug: str
    label: str

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        """Return up to `limit` items, best first; raise ProviderError on failure."""
        ...
