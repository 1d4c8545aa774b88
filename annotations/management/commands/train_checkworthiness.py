from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.extraction.scoring import FEATURES_MEANING_FLOORED, FEATURES_WORDS, FEATURES_WORDS_CHARS
from annotations.extraction.training import read_units, save_model_file, train
from annotations.services.checkworthiness import checkworthiness_model_store, review_units

FEATURE_CHOICES = {
    "words": FEATURES_WORDS,
    "words+chars": FEATURES_WORDS_CHARS,
    "words+chars+meaning": FEATURES_MEANING_FLOORED,
}


class Command(BaseCommand):
    help = (
        "Train a check-worthiness model on labelled JSON Lines units ({text, language, label}) and/or this "
        "installation's reviews, store it with its validation figures and make it active."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", type=Path)
        parser.add_argument("--from-reviews", action="store_true", help="learn from dismissed and reviewed claims")
        parser.add_argument("--name", default="checkworthiness")
        parser.add_argument("--validation", type=float, default=0.2, help="share held out for validation")
        parser.add_argument("--seed", type=int, default=13)
        parser.add_argument(
            "--features",
            choices=sorted(FEATURE_CHOICES),
            default="words+chars+meaning",
            help="hashed word n-grams and signals; those plus character 3/4-grams inside words; or those plus "
            "the meaning of English words from the sentence encoder's word vectors, shrunk for texts of under "
            "eight known words (default, feature set 4; the first training "
            "computes the vectors, about half a minute, and keeps them in the var/cache folder)",
        )
        parser.add_argument(
            "--threshold-splits",
            type=int,
            default=5,
            help="choose the decision threshold as the median of the best thresholds of this many "
            "training/validation splits (each one more fit); 1 keeps the first split's own choice",
        )
        parser.add_argument(
            "--refit",
            action="store_true",
            help="after validation, fit again on every unit (the figures stay those measured before)",
        )
        parser.add_argument("--output", type=Path, help="write a model file instead of storing it in the database")
        parser.add_argument("--source-note", default="", help="data and licence note kept in a model file")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["paths"] and not options["from_reviews"]:
            raise CommandError("Give training files, --from-reviews, or both.")
        if not 0 < options["validation"] < 0.9:
            raise CommandError("--validation must be between 0 and 0.9.")
        if not 1 <= options["threshold_splits"] <= 50:
            raise CommandError("--threshold-splits must be between 1 and 50.")
        try:
            units = read_units(options["paths"])
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        from_reviews = review_units() if options["from_reviews"] else []
        units += from_reviews
        languages = sorted({u.language for u in units})
        self.stdout.write(
            f"Training on {len(units)} units ({len(from_reviews)} from reviews), languages: {', '.join(languages)}"
        )
        try:
            scorer = train(
                units,
                validation=options["validation"],
                seed=options["seed"],
                features=FEATURE_CHOICES[options["features"]],
                refit=options["refit"],
                cache_dir=settings.VAR_DIR / "cache",
                threshold_splits=options["threshold_splits"],
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        trained_on = {
            "files": [p.name for p in options["paths"]],
            "units": len(units),
            "from_reviews": len(from_reviews),
        }
        self.stdout.write("Validation: " + json.dumps(scorer.metrics["validation"]))
        splits = options["threshold_splits"]
        self.stdout.write(f"Threshold: {scorer.threshold}" + (f" (median of {splits} splits)" if splits > 1 else ""))
        if options["refit"]:
            self.stdout.write(f"Refitted on all {len(units)} units; the figures above are from before the refit.")
        if options["output"]:
            save_model_file(
                scorer,
                options["output"],
                {
                    "name": options["name"],
                    "languages": languages,
                    "trained_on": trained_on,
                    "source": options["source_note"],
                },
            )
            self.stdout.write(f"Model written to {options['output']}")
            return
        model = checkworthiness_model_store(
            scorer=scorer, name=options["name"], languages=languages, trained_on=trained_on
        )
        self.stdout.write(f"Model {model} stored and active.")
