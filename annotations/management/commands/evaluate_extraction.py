from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.extraction.training import evaluate, read_units
from annotations.services.checkworthiness import active_scorer


class Command(BaseCommand):
    help = "Precision, recall and F1 of the check-worthy class per language on labelled JSON Lines units."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            units = read_units(options["paths"])
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        if not units:
            raise CommandError("No units to evaluate.")
        scorer = active_scorer()
        self.stdout.write(f"{'language':<9} {'units':>6} {'precision':>9} {'recall':>7} {'f1':>6}")
        for language, figures in evaluate(units, scorer).items():
            count = sum(1 for u in units if u.language == language)
            self.stdout.write(
                f"{language:<9} {count:>6} {figures['precision']:>9.3f} {figures['recall']:>7.3f} {figures['f1']:>6.3f}"
            )
