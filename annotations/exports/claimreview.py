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

from .base import ExportContext, iso, json_array

SUMMARY_LIMIT = 75


def summarise(quote: str, limit: int = SUMMARY_LIMIT) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(quote.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut or text[: limit - 1]) + "…"


def claim_review(row: dict[str, Any], context: ExportContext) -> dict[str, Any]:
    claim_url = context.claim_url(row["claim_id"])
    appearance: dict[str, Any] = {
        "@type": "CreativeWork",
        "url": row["article_url"] or context.article_url(row["article_id"]),
        "headline": row["article_title"],
    }
    if row["article_published_at"]:
        appearance["datePublished"] = iso(row["article_published_at"])
    if row["article_source"]:
        appearance["publisher"] = {"@type": "Organization", "name": row["article_source"]}
    item: dict[str, Any] = {
        "@type": "Claim",
        "@id": f"{claim_url}#claim",
        "text": row["quote"],
        "appearance": appearance,
        "datePublished": iso(row["article_published_at"] or row["article_created_at"]),
        "inLanguage": row["language"],
    }
    if row["speaker"]:
        item["author"] = {"@type": row["speaker_type"] or "Person", "name": row["speaker"]}
    return {
        "@type": "ClaimReview",
        "@id": f"{claim_url}#claimreview",
        "url": f"{claim_url}#verdict-{row['verdict_id']}",
        "claimReviewed": summarise(row["quote"]),
        "reviewBody": row["rationale"],
        "author": {"@type": "Organization", "name": context.organisation_name, "url": context.organisation_url},
        "datePublished": iso(row["verdict_published_at"] or row["verdict_created_at"]),
        "dateModified": iso(row["verdict_created_at"]),
        "inLanguage": row["language"],
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": row["rating_value"],
            "bestRating": context.best_rating,
            "worstRating": context.worst_rating,
            "alternateName": row["rating_label"],
        },
        "itemReviewed": item,
    }


def chunks(rows: Iterable[dict[str, Any]], context: ExportContext) -> Iterator[str]:
    reviews = (claim_review(row, context) for row in rows)
    return json_array('{"@context": "https://schema.org", "@graph": [', reviews, "\n]}\n")
