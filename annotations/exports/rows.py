"""The columns the tabular exports (CSV, JSON Lines) write: one claim with its current verdict.

Rows come from `selectors.export_rows` as plain dicts; dates are written in ISO 8601.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

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
DATES = ("article_published_at", "verdict_created_at", "verdict_published_at")


def tabular_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        out = {column: row[column] for column in COLUMNS}
        for column in DATES:
            out[column] = iso(out[column])
        yield out
