from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_date

from annotations.exports import WRITERS
from annotations.selectors import VerdictFilters
from annotations.services.exports import verdicts_export


class Command(BaseCommand):
    help = "Export each claim's current verdict."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", dest="fmt", choices=sorted(WRITERS), default="csv")
        parser.add_argument("--out", default="-", help="file to write, or - for standard output")
        parser.add_argument("--published", action="store_true", help="only published verdicts")
        parser.add_argument("--language")
        parser.add_argument("--rating", help="rating slug")
        parser.add_argument("--article", type=int)
        parser.add_argument("--since", help="verdicts made on or after this date (YYYY-MM-DD)")
        parser.add_argument("--until", help="verdicts made before this date (YYYY-MM-DD)")

    def handle(self, *args: Any, **options: Any) -> None:
        import datetime as dt

        def day(name: str) -> dt.datetime | None:
            if not options[name]:
                return None
            parsed = parse_date(options[name])
            if parsed is None:
                raise CommandError(f"--{name} must be a date like 2026-01-31.")
            return dt.datetime.combine(parsed, dt.time.min, tzinfo=dt.UTC)

        filters = VerdictFilters(
            published_only=options["published"],
            since=day("since"),
            until=day("until"),
            language=options["language"],
            rating=options["rating"],
            article_id=options["article"],
        )
        if options["out"] == "-":
            count = verdicts_export(fmt=options["fmt"], out=sys.stdout, filters=filters)
        else:
            target = Path(options["out"])
            tmp = target.with_name(target.name + ".part")
            try:
                with tmp.open("w", encoding="utf-8", newline="") as out:
                    count = verdicts_export(fmt=options["fmt"], out=out, filters=filters)
                tmp.replace(target)  # a reader never sees a half-written export
            except OSError as exc:
                raise CommandError(f"Cannot write {target}: {exc.strerror}") from exc
        self.stderr.write(f"Exported {count} verdicts as {options['fmt']}.")
