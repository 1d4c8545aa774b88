"""CSV: one row per claim with its current verdict (RFC 4180, UTF-8)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from .rows import COLUMNS

MEDIA_TYPE = "text/csv; charset=utf-8"
EXTENSION = "csv"


def write(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        flat = dict(row)
        flat["cited_evidence_urls"] = " ".join(row["cited_evidence_urls"])
        writer.writerow(flat)
        count += 1
    return count
