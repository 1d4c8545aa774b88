from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from annotations.encodings import decode_file
from annotations.extraction import extract
from annotations.extraction.extractor import normalise
from annotations.extraction.language import language_code
from annotations.extraction.signals import ARTICLE
from annotations.jsonlines import json_objects
from annotations.management.streaming import StreamingCommand
from annotations.services.checkworthiness import active_scorer


class Command(StreamingCommand):
    help = (
        "Extract claims from a text (PATH or - for stdin). With --jsonl, read lines "
        '{"id", "text", "language"?} and write one {"id", "language", "claims"} line per input.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", default="-")
        parser.add_argument("--language", help="ISO 639-1 code; detected when omitted")
        parser.add_argument("--jsonl", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        language = language_code(options["language"])
        if options["language"] and language is None:
            raise CommandError(f"--language {options['language']!r} is not an ISO 639-1 code.")
        try:
            raw = sys.stdin.buffer.read() if options["path"] == "-" else Path(options["path"]).read_bytes()
            text = decode_file(raw)
        except OSError as exc:
            raise CommandError(f"Cannot read {options['path']}: {exc.strerror}") from exc
        except ValueError as exc:
            raise CommandError(f"Input is {exc}.") from exc
        scorer = active_scorer()
        if options["jsonl"]:
            self._jsonl(text, language, scorer)
            return
        result = extract(normalise(text), language=language, scorer=scorer, genre=ARTICLE)  # an article's text
        self.stdout.write(
            f"Language: {result.language}; {len(result.sentences)} sentences; {len(result.claims)} claims"
        )
        for claim in result.claims:
            speaker = f" [{claim.speaker}]" if claim.speaker else ""
            signals = ", ".join(s.name for s in claim.signals)
            self.stdout.write(
                f"{claim.score:5.2f} {claim.start:>6}-{claim.end:<6}{speaker} {claim.text}\n      ({signals})"
            )

    def _jsonl(self, text: str, language: str | None, scorer: Any) -> None:
        # Streamed: each unit's line is written before the next is read; a broken line
        # stops the command with its number.
        try:
            for number, record in json_objects(text.splitlines(), text_field="text"):
                unit_language = language
                if record.get("language") not in (None, ""):
                    unit_language = language_code(record["language"])
                    if unit_language is None:
                        raise ValueError(f'line {number}: "language" {record["language"]!r} is not an ISO 639-1 code')
                self.stdout.write(json.dumps(self._claims(record, unit_language, scorer), ensure_ascii=False))
        except ValueError as exc:
            raise CommandError(str(exc)) from exc

    def _claims(self, record: dict[str, Any], language: str | None, scorer: Any) -> dict[str, Any]:
        result = extract(normalise(record["text"]), language=language, scorer=scorer)
        return {
            "id": record.get("id"),
            "language": result.language,
            "claims": [
                {
                    "text": c.text,
                    "start": c.start,
                    "end": c.end,
                    "score": c.score,
                    "speaker": c.speaker or None,
                    "signals": [s.name for s in c.signals],
                }
                for c in result.claims
            ],
        }
