"""JSON Lines input: one object per line, blank lines skipped, errors that name the line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

# Standard input decodes undecodable bytes as lone surrogates (surrogateescape).
_SURROGATE = re.compile("[\ud800-\udfff]")
LONE_SURROGATE = "holds a lone surrogate escape (such as \\ud800), which is not Unicode text"


def json_objects(lines: Iterable[str], *, text_field: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) per non-blank line. ValueError, naming the line, for a line
    that is not JSON or not an object with a string under `text_field`."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if _SURROGATE.search(line):
            raise ValueError(f"line {number}: not valid UTF-8")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            raise ValueError(f'line {number}: expected an object with a "{text_field}" string')
        if "\\u" in line and lone_surrogates(record):
            raise ValueError(f"line {number}: {LONE_SURROGATE}")
        yield number, record


def lone_surrogates(value: Any) -> bool:
    """Whether a decoded JSON value holds an unpaired surrogate ("\\ud800" decodes to one;
    a pair such as "\\ud83d\\ude00" decodes to one character and is fine). No database
    or output stream can encode it."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
