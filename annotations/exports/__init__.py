"""Export writers, one module per format. `FORMATS` describes each one.

A writer turns rows into an iterator of text chunks, so the same code streams to a file
(the command), to an HTTP response (UI and API) and never holds a whole export in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import audit, claimreview, tabular, webannotations
from .base import ExportContext


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    media_type: str
    extension: str
    source: str  # "verdicts" (current verdicts) or "events" (the audit trail)
    chunks: Callable[[Iterable[Any], ExportContext], Iterator[str]]


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in [
        ExportFormat("csv", "CSV", "text/csv; charset=utf-8", "csv", "verdicts", tabular.csv_chunks),
        ExportFormat("jsonl", "JSON Lines", "application/x-ndjson", "jsonl", "verdicts", tabular.jsonl_chunks),
        ExportFormat(
            "claimreview",
            "schema.org ClaimReview (JSON-LD)",
            "application/ld+json",
            "jsonld",
            "verdicts",
            claimreview.chunks,
        ),
        ExportFormat(
            "annotations",
            "W3C Web Annotations (JSON-LD)",
            'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
            "jsonld",
            "verdicts",
            webannotations.chunks,
        ),
        ExportFormat("audit", "Audit trail (CSV)", "text/csv; charset=utf-8", "csv", "events", audit.csv_chunks),
        ExportFormat(
            "audit-jsonl", "Audit trail (JSON Lines)", "application/x-ndjson", "jsonl", "events", audit.jsonl_chunks
        ),
    ]
}

__all__ = ["FORMATS", "ExportContext", "ExportFormat"]
