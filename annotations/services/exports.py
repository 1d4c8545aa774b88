"""Exporting verdicts: pick the rows, stream them through a format's writer."""

from __future__ import annotations

from collections.abc import Iterator

from django.db import connection

from annotations.exports import FORMATS, ExportContext, ExportFormat, pgcopy
from annotations.selectors import VerdictFilters, audit_events, current_verdicts, export_rows

CHUNK = 2000


class UnknownExportFormat(ValueError):
    pass


def export_format(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError as exc:
        raise UnknownExportFormat(f"Unknown export format {name!r}; choose from {', '.join(FORMATS)}.") from exc


def export_count(*, fmt: str, filters: VerdictFilters) -> int:
    source = export_format(fmt).source
    return (audit_events(filters) if source == "events" else current_verdicts(filters)).count()


def export_chunks(*, fmt: str, filters: VerdictFilters) -> Iterator[str]:
    """The export as text chunks; rows are read `CHUNK` at a time, so memory stays flat."""
    spec = export_format(fmt)
    if spec.name == "csv" and connection.vendor == "postgresql":
        return pgcopy.csv_chunks(filters)
    context = ExportContext.from_settings()
    if spec.name == "claimreview" and connection.vendor == "postgresql":
        return pgcopy.claimreview_chunks(filters, context)
    if spec.source == "events":
        return spec.chunks(audit_events(filters).iterator(chunk_size=CHUNK), context)
    return spec.chunks(export_rows(filters, chunk=CHUNK, with_article_text=spec.name == "annotations"), context)
