"""Google Fact Check Tools `claims:search`: fact-checks published by others."""

from __future__ import annotations

from typing import Any

from .base import ClaimQuery, EvidenceItem, ProviderError, iso_date
from .http import WebProvider
from .ranking import query_terms, relevance


def _parse(data: Any, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
    if not isinstance(data, dict):
        raise ProviderError("Google Fact Check Tools sent malformed data (not an object).")
    claims = data.get("claims") or []
    if not isinstance(claims, list):
        raise ProviderError("Google Fact Check Tools sent malformed data (claims is not a list).")
    terms = query_terms(query.text, query.language)
    items = []
    for claim in claims:
        if not isinstance(claim, dict) or not isinstance(claim.get("claimReview", []), list):
            raise ProviderError("Google Fact Check Tools sent malformed data (a claim without reviews).")
        text = str(claim.get("text") or "")
        for review in claim.get("claimReview", []):
            url = str(review.get("url") or "")
            publisher = (review.get("publisher") or {}).get("name") or (review.get("publisher") or {}).get("site", "")
            claimant = f" Claimed by {claim['claimant']}." if claim.get("claimant") else ""
            language = str(review.get("languageCode") or query.language)[:8]
            items.append(
                EvidenceItem(
                    source_key=f"google:{url or text[:200]}",
                    source_title=str(review.get("title") or publisher or "Fact-check"),
                    passage=f"{text}{claimant} Rated “{review.get('textualRating', '?')}” by {publisher}.",
                    url=url,
                    published_at=iso_date(review.get("reviewDate") or claim.get("claimDate")),
                    score=relevance(terms, text, 0.5, language),
                    rating=str(review.get("textualRating") or "")[:200],
                    language=language,
                )
            )
    items.sort(key=lambda item: -item.score)
    return items[:limit]


class GoogleFactCheckProvider(WebProvider):
    """Asks the Fact Check Tools API for reviews of similar claims in the claim's language."""

    slug = "google"
    label = "Google Fact Check Tools"

    def params(self, text: str, query: ClaimQuery, limit: int) -> dict[str, str]:
        return {"query": text, "languageCode": query.language, "pageSize": str(limit), "key": self.config.api_key}

    def parse(self, data: Any, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        return _parse(data, query, limit)
