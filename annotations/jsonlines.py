"""JSON Lines input: one object per line, blank lines skipped, errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any


def json_objects(lines: Iterable[str], *, text_field: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) per non-blank line. ValueError, naming the line, for a line
    that is not JSON or not an object with a string under `text_field`."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            raise ValueError(f'line {number}: expected an object with a "{text_field}" string')
        yield number, record
