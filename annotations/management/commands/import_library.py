from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.services.library import (
    SUPPORTED_SUFFIXES,
    ImportResult,
    library_document_import,
    library_statistics_refresh,
    read_documents,
)


class Command(BaseCommand):
    help = "Import evidence library documents (.txt, .md, .html, .jsonl files or folders of them)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+")

    def handle(self, *args: Any, **options: Any) -> None:
        files: list[Path] = []
        skipped: Counter[str] = Counter()
        for raw in options["paths"]:
            path = Path(raw)
            if path.is_dir():
                # Hidden files and folders (".git", ".DS_Store") are not documents.
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
                for p in found:
                    if p.suffix.lower() in SUPPORTED_SUFFIXES:
                        files.append(p)
                    else:
                        skipped[p.suffix.lower() or "(none)"] += 1
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"{raw}: no such file or folder")
        counts: dict[str, int] = {}
        problems: list[ImportResult] = []
        for number, path in enumerate(files, start=1):
            try:
                documents = read_documents(path)
            except ValueError as exc:
                problems.append(ImportResult(str(path), "failed", str(exc)))
                counts["failed"] = counts.get("failed", 0) + 1
                continue
            for data in documents:
                result = library_document_import(data=data)
                counts[result.status] = counts.get(result.status, 0) + 1
                if result.status == "failed":
                    problems.append(result)
            if self.stdout.isatty() or number == len(files):
                self.stdout.write(f"\r[{number}/{len(files)}] {path.name[:60]:<60}", ending="")
        self.stdout.write("")
        if counts.get("imported"):
            library_statistics_refresh()
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to import"
        self.stdout.write(f"Library import: {summary}.")
        if skipped:
            kinds = ", ".join(f"{suffix} ({n})" for suffix, n in sorted(skipped.items()))
            self.stderr.write(
                f"Skipped {sum(skipped.values())} file(s) of a type the library does not read: {kinds}. "
                f"It reads {', '.join(sorted(SUPPORTED_SUFFIXES))}."
            )
        for problem in problems:
            self.stderr.write(f"Could not import {problem.origin}: {problem.message}")
        if not files and skipped:
            raise CommandError("No file of a type the library reads was found.")
        if problems and len(problems) == sum(counts.values()):
            raise CommandError("No document could be imported.")
