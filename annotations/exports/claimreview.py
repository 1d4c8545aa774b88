"""schema.org ClaimReview (JSON-LD), one per claim verdict, for search engines and partners.

Every property Google's fact-check markup documentation lists as required (claimReviewed,
reviewRating with alternateName, url, author) or recommended (datePublished, itemReviewed
as a Claim with appearance, author and datePublished) is written. `@id`s are stable per
claim, so a partner can match the same claim across exports. ratingValue, bestRating and
worstRating come from the organisation's rating scale (docs/exports.md has the table).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from annotations.models import Verdict

from .base import ExportContext, iso, json_array

SUMMARY_LIMIT = 75


def summarise(quote: str, limit: int = SUMMARY_LIMIT) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(quote.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut or text[: limit - 1]) + "…"


def claim_review(verdict: Verdict, context: ExportContext) -> dict[str, Any]:
    claim = verdict.claim
    article = claim.article
    claim_url = context.claim_url(claim.pk)
    item: dict[str, Any] = {
        "@type": "Claim",
        "@id": f"{claim_url}#claim",
        "text": claim.text,
        "appearance": {
            "@type": "CreativeWork",
            "url": article.url or context.article_url(article.pk),
            "headline": article.title,
            **({"datePublished": iso(article.published_at)} if article.published_at else {}),
            **({"publisher": {"@type": "Organization", "name": article.source}} if article.source else {}),
        },
        "datePublished": iso(article.published_at or article.created_at),
        "inLanguage": claim.language,
    }
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    return {
        "@type": "ClaimReview",
        "@id": f"{claim_url}#claimreview",
        "url": f"{claim_url}#verdict-{verdict.pk}",
        "claimReviewed": summarise(claim.text),
        "reviewBody": verdict.rationale,
        "author": {"@type": "Organization", "name": context.organisation_name, "url": context.organisation_url},
        "datePublished": iso(verdict.published_at or verdict.created_at),
        "dateModified": iso(verdict.created_at),
        "inLanguage": claim.language,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating.claimreview_value,
            "bestRating": context.best_rating,
            "worstRating": context.worst_rating,
            "alternateName": verdict.rating.label,
        },
        "itemReviewed": item,
    }


def chunks(verdicts: Iterable[Verdict], context: ExportContext) -> Iterator[str]:
    reviews = (claim_review(v, context) for v in verdicts)
    return json_array('{"@context": "https://schema.org", "@graph": [', reviews, "\n]}\n")
