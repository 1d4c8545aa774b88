"""CSV (UTF-8, LF line ends, minimal quoting) and JSON Lines: one row per claim with its
current verdict. On PostgreSQL the CSV comes from `pgcopy` instead, with identical output."""

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
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    pending = []
    for row in tabular_rows(rows):
        row["cited_evidence_urls"] = " ".join(row["cited_evidence_urls"])
        pending.append([_csv_value(row[c]) for c in COLUMNS])
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


def _csv_value(value: Any) -> Any:
    # csv writes None as an empty field, like an empty string: one spelling for "nothing".
    return "" if value is None else value
