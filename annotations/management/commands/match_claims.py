from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.evidence.factchecks import factcheck_index

BATCH = 256


class Command(BaseCommand):
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
        queries: list[tuple[Any, str]] = []
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CommandError(f"line {number}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise CommandError(f'line {number}: expected {{"id", "text"}}')
            queries.append((record.get("id"), record["text"]))
        for start in range(0, len(queries), BATCH):
            batch = queries[start : start + BATCH]
            results = index.search([text for _, text in batch], options["top"]) if index else [[] for _ in batch]
            for (query_id, _), matches in zip(batch, results, strict=True):
                payload = {"id": query_id, "matches": [{"id": ext, "score": score} for ext, score in matches]}
                self.stdout.write(json.dumps(payload, ensure_ascii=False))
