"""The flat row the tabular exports (CSV, JSON Lines) write: one claim with its current verdict."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from annotations.models import Verdict

from .base import iso

COLUMNS = [
    "claim_id",
    "article_id",
    "article_title",
    "article_url",
    "article_source",
    "article_published_at",
    "quote",
    "start",
    "end",
    "language",
    "speaker",
    "claim_status",
    "rating",
    "rating_label",
    "rationale",
    "reviewer",
    "verdict_created_at",
    "verdict_published_at",
    "cited_evidence_urls",
    "verdict_history_count",
]


def reviewer_name(verdict: Verdict) -> str:
    if verdict.reviewer is not None:
        return verdict.reviewer.get_username()
    return f"api:{verdict.api_client.name}" if verdict.api_client is not None else ""


def verdict_rows(verdicts: Iterable[Verdict]) -> Iterator[dict[str, Any]]:
    for verdict in verdicts:
        claim = verdict.claim
        article = claim.article
        yield {
            "claim_id": claim.pk,
            "article_id": article.pk,
            "article_title": article.title,
            "article_url": article.url,
            "article_source": article.source,
            "article_published_at": iso(article.published_at),
            "quote": claim.text,
            "start": claim.start,
            "end": claim.end,
            "language": claim.language,
            "speaker": claim.speaker,
            "claim_status": claim.status,
            "rating": verdict.rating.slug,
            "rating_label": verdict.rating.label,
            "rationale": verdict.rationale,
            "reviewer": reviewer_name(verdict),
            "verdict_created_at": iso(verdict.created_at),
            "verdict_published_at": iso(verdict.published_at),
            "cited_evidence_urls": [e.url or e.source_key for e in verdict.cited_evidence.all()],
            "verdict_history_count": getattr(verdict, "history_count", 1),
        }
