"""Google Fact Check Tools `claims:search`: fact-checks published by others."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .base import ClaimQuery, EvidenceItem, ProviderError
from .config import ProviderSettings
from .http import get_json
from .ranking import query_terms, relevance
from .ratelimit import acquire
from .wikipedia import search_text


class GoogleFactCheckProvider:
    """Asks the Fact Check Tools API for reviews of similar claims in the claim's language."""

    slug = "google"
    label = "Google Fact Check Tools"

    def __init__(self, config: ProviderSettings) -> None:
        self.config = config

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        text = search_text(query.text)
        if not text:
            return []
        acquire(self.slug, self.config.rate_limit_per_minute)
        data = get_json(
            self.config.base_url,
            {"query": text, "languageCode": query.language, "pageSize": str(limit), "key": self.config.api_key},
            timeout=self.config.timeout,
            name="Google Fact Check Tools",
        )
        return parse(data, query, limit)


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def parse(data: Any, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
    if not isinstance(data, dict):
        raise ProviderError("Google Fact Check Tools sent malformed data (not an object).")
    claims = data.get("claims") or []
    if not isinstance(claims, list):
        raise ProviderError("Google Fact Check Tools sent malformed data (claims is not a list).")
    terms = query_terms(query.text)
    items = []
    for claim in claims:
        if not isinstance(claim, dict) or not isinstance(claim.get("claimReview", []), list):
            raise ProviderError("Google Fact Check Tools sent malformed data (a claim without reviews).")
        text = str(claim.get("text") or "")
        for review in claim.get("claimReview", []):
            url = str(review.get("url") or "")
            publisher = (review.get("publisher") or {}).get("name") or (review.get("publisher") or {}).get("site", "")
            claimant = f" Claimed by {claim['claimant']}." if claim.get("claimant") else ""
            items.append(
                EvidenceItem(
                    source_key=f"google:{url or text[:200]}",
                    source_title=str(review.get("title") or publisher or "Fact-check"),
                    passage=f"{text}{claimant} Rated “{review.get('textualRating', '?')}” by {publisher}.",
                    url=url,
                    published_at=_date(review.get("reviewDate") or claim.get("claimDate")),
                    score=relevance(terms, text, 0.5),
                    rating=str(review.get("textualRating") or "")[:200],
                )
            )
    items.sort(key=lambda item: -item.score)
    return items[:limit]
