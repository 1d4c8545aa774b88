"""CSV (RFC 4180, UTF-8) and JSON Lines: one row per claim with its current verdict."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .base import ExportContext
from .rows import COLUMNS, tabular_rows

FLUSH_EVERY = 1000


def csv_chunks(rows: Iterable[dict[str, Any]], context: ExportContext) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    pending = []
    for row in tabular_rows(rows):
        row["cited_evidence_urls"] = " ".join(row["cited_evidence_urls"])
        pending.append([row[c] for c in COLUMNS])
        if len(pending) >= FLUSH_EVERY:
            writer.writerows(pending)
            pending.clear()
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    writer.writerows(pending)
    yield buffer.getvalue()


def jsonl_chunks(rows: Iterable[dict[str, Any]], context: ExportContext) -> Iterator[str]:
    lines: list[str] = []
    for row in tabular_rows(rows):
        lines.append(json.dumps(row, ensure_ascii=False))
        if len(lines) >= FLUSH_EVERY:
            yield "\n".join(lines) + "\n"
            lines.clear()
    if lines:
        yield "\n".join(lines) + "\n"
