"""The flat row every tabular export writes: one claim with its current verdict."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from annotations.models import Verdict

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


def _iso(value: Any) -> str:
    return value.isoformat() if value else ""


def verdict_rows(verdicts: Iterable[Verdict]) -> Iterator[dict[str, Any]]:
    for verdict in verdicts:
        claim = verdict.claim
        article = claim.article
        reviewer = verdict.reviewer.get_username() if verdict.reviewer else ""
        if not reviewer and verdict.api_client:
            reviewer = f"api:{verdict.api_client.name}"
        yield {
            "claim_id": claim.pk,
            "article_id": article.pk,
            "article_title": article.title,
            "article_url": article.url,
            "article_source": article.source,
            "article_published_at": _iso(article.published_at),
            "quote": claim.text,
            "start": claim.start,
            "end": claim.end,
            "language": claim.language,
            "speaker": claim.speaker,
            "claim_status": claim.status,
            "rating": verdict.rating.slug,
            "rating_label": verdict.rating.label,
            "rationale": verdict.rationale,
            "reviewer": reviewer,
            "verdict_created_at": _iso(verdict.created_at),
            "verdict_published_at": _iso(verdict.published_at),
            "cited_evidence_urls": [e.url or e.source_key for e in verdict.cited_evidence.all()],
            "verdict_history_count": getattr(verdict, "history_count", 1),
        }
