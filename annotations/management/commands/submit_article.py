from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_datetime

from annotations.encodings import decode_file
from annotations.selectors import article_same_text_as
from annotations.services.articles import article_submit


class Command(BaseCommand):
    help = "Submit an article from a text file (or - for standard input); claims are extracted and researched."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="UTF-8 text file, or - for standard input")
        parser.add_argument("--title", required=True)
        parser.add_argument("--language", help="ISO 639-1 code; detected when omitted")
        parser.add_argument("--url", default="")
        parser.add_argument("--source", default="")
        parser.add_argument("--published-at", help="ISO 8601 date-time")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            raw = sys.stdin.buffer.read() if options["path"] == "-" else Path(options["path"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {options['path']}: {exc.strerror}") from exc
        try:
            text = decode_file(raw)
        except ValueError as exc:
            raise CommandError(f"{options['path']} is {exc}.") from exc
        published_at = None
        if options["published_at"]:
            published_at = parse_datetime(options["published_at"])
            if published_at is None:
                raise CommandError("--published-at must be an ISO 8601 date-time.")
        try:
            article = article_submit(
                title=options["title"],
                text=text,
                language=options["language"],
                url=options["url"],
                source=options["source"],
                published_at=published_at,
            )
        except ValidationError as exc:
            raise CommandError("; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())) from exc
        claims = article.claims.count()
        self.stdout.write(
            f"Article {article.pk} stored ({article.language}): {claims} claims, "
            f"{article.lookups_total} evidence lookups queued."
        )
        earlier = article_same_text_as(article)
        if earlier is not None:
            self.stderr.write(
                f"The same text was submitted before as article {earlier.pk} (“{earlier.title}”); "
                "its claims may already be under review."
            )
