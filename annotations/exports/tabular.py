"""CSV (RFC 4180, UTF-8) and JSON Lines: one row per claim with its current verdict."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from annotations.models import Verdict

from .base import ExportContext
from .rows import COLUMNS, verdict_rows

FLUSH_EVERY = 500


def csv_chunks(verdicts: Iterable[Verdict], context: ExportContext) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for n, row in enumerate(verdict_rows(verdicts), start=1):
        row["cited_evidence_urls"] = " ".join(row["cited_evidence_urls"])
        writer.writerow([row[c] for c in COLUMNS])
        if n % FLUSH_EVERY == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_chunks(verdicts: Iterable[Verdict], context: ExportContext) -> Iterator[str]:
    lines: list[str] = []
    for row in verdict_rows(verdicts):
        lines.append(json.dumps(row, ensure_ascii=False))
        if len(lines) >= FLUSH_EVERY:
            yield "\n".join(lines) + "\n"
            lines.clear()
    if lines:
        yield "\n".join(lines) + "\n"
