from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import CommandError, CommandParser

from annotations.evidence.factchecks import factcheck_index
from annotations.jsonlines import json_objects
from annotations.management.streaming import StreamingCommand

BATCH = 256


class Command(StreamingCommand):
    help = (
        'Match claims to imported fact-checks: reads {"id", "text"} lines on stdin and writes '
        '{"id", "matches": [{"id", "score"}]} lines, best first.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--jsonl", action="store_true", required=True)
        parser.add_argument("--top", type=int, default=10)

    def handle(self, *args: Any, **options: Any) -> None:
        if not 1 <= options["top"] <= 1000:
            raise CommandError("--top must be between 1 and 1000.")
        index = factcheck_index()
        try:
            queries = [(record.get("id"), record["text"]) for _, record in json_objects(sys.stdin, text_field="text")]
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        for start in range(0, len(queries), BATCH):
            batch = queries[start : start + BATCH]
            results = index.search([text for _, text in batch], options["top"]) if index else [[] for _ in batch]
            for (query_id, _), matches in zip(batch, results, strict=True):
                payload = {"id": query_id, "matches": [{"id": ext, "score": score} for ext, score in matches]}
                self.stdout.write(json.dumps(payload, ensure_ascii=False))
