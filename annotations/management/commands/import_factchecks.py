from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.services.factchecks import factchecks_embed, factchecks_import, read_factchecks


class Command(BaseCommand):
    help = "Import earlier fact-checks: schema.org ClaimReview JSON-LD files or JSON Lines {id, claim, …}."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        failures = 0
        for path in options["files"]:
            try:
                records = list(read_factchecks(path))
            except OSError as exc:
                self.stderr.write(f"Could not read {path}: {exc.strerror}")
                failures += 1
                continue
            except ValueError as exc:
                self.stderr.write(f"Could not import {exc}")
                failures += 1
                continue
            created, updated = factchecks_import(records=records)
            self.stdout.write(f"{path.name}: {created} new, {updated} updated fact-checks.")
        if failures == len(options["files"]):
            raise CommandError("No file could be imported.")
        embedded = factchecks_embed(progress=self._progress)
        if embedded:
            self.stderr.write("")
            self.stdout.write(f"Embedded {embedded} fact-checks for matching by meaning.")

    def _progress(self, done: int, total: int) -> None:
        if self.stderr.isatty():
            bar = "#" * int(30 * done / max(total, 1))
            self.stderr.write(f"\rEmbedding [{bar:<30}] {done}/{total}", ending="")
