from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from annotations.exports import FORMATS
from annotations.exports.filters import FilterError, filters_from_mapping
from annotations.management.streaming import StreamingCommand
from annotations.services.exports import export_chunks, export_count


class Command(StreamingCommand):
    help = "Export verdicts (each claim's current verdict) or the audit trail, streamed, with a progress bar."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", dest="fmt", choices=list(FORMATS), default="csv")
        parser.add_argument("--out", default="-", help="file to write, or - for standard output")
        parser.add_argument("--published", action="store_true", help="only published verdicts")
        parser.add_argument("--status", help="claim status, e.g. verified or disputed")
        parser.add_argument("--language")
        parser.add_argument("--rating", help="rating slug")
        parser.add_argument("--article", help="article id")
        parser.add_argument("--reviewer", help="reviewer's username")
        parser.add_argument("--since", help="on or after this date (YYYY-MM-DD)")
        parser.add_argument("--until", help="up to and including this date (YYYY-MM-DD)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            filters = filters_from_mapping(
                {k: options[k] for k in ("status", "language", "rating", "article", "reviewer", "since", "until")}
                | {"published": "true" if options["published"] else "false"},
                published_default=False,
            )
        except FilterError as exc:
            raise CommandError(f"--{exc.field} {exc.message}") from exc
        fmt = options["fmt"]
        total = export_count(fmt=fmt, filters=filters)
        if options["out"] == "-":
            self._write(_Unterminated(self.stdout), fmt, filters, total)
        else:
            target = Path(options["out"])
            tmp = target.with_name(target.name + ".part")
            try:
                with tmp.open("w", encoding="utf-8", newline="") as out:
                    self._write(out, fmt, filters, total)
                tmp.replace(target)  # a reader never sees a half-written export
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise CommandError(f"Cannot write {target}: {exc.strerror}") from exc
        self.stderr.write(f"Exported {total} rows as {fmt}.")

    def _write(self, out: Any, fmt: str, filters: Any, total: int) -> None:
        # Every format writes one line per row (a CSV quote with a line break in it adds a
        # line), so lines written against the row count is the progress; it shows 100 %
        # only once the export is complete.
        show = self.stderr.isatty()
        lines = 0
        for chunk in export_chunks(fmt=fmt, filters=filters):
            out.write(chunk)
            if show:
                lines += chunk.count("\n")
                done = min(0.99, lines / max(total, 1))
                bar = "#" * int(done * 30)
                self.stderr.write(f"\r[{bar:<30}] {int(done * 100):3d}% of {total} rows", ending="")
        if show:
            self.stderr.write(f"\r[{'#' * 30}] 100% of {total} rows")


class _Unterminated:
    """Writes chunks to a command's stdout as they are, without the usual added newline."""

    def __init__(self, wrapper: Any) -> None:
        self.wrapper = wrapper

    def write(self, text: str) -> None:
        self.wrapper.write(text, ending="")
