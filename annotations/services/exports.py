"""Exporting verdicts: pick the rows, stream them through a format's writer."""

from __future__ import annotations

from typing import TextIO

from annotations.exports import WRITERS
from annotations.exports.rows import verdict_rows
from annotations.selectors import VerdictFilters, current_verdicts

CHUNK = 2000


class UnknownExportFormat(ValueError):
    pass


def verdicts_export(*, fmt: str, out: TextIO, filters: VerdictFilters) -> int:
    """Write the current verdicts selected by `filters`; returns the number of rows.

    Rows are read in chunks (`iterator`), so memory stays flat whatever the row count.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise UnknownExportFormat(f"Unknown export format {fmt!r}; choose from {', '.join(sorted(WRITERS))}.")
    verdicts = current_verdicts(filters).iterator(chunk_size=CHUNK)
    return writer(verdict_rows(verdicts), out)
