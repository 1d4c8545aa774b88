"""Export writers, one module per format. `WRITERS` maps a format name to its writer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

from . import csv_writer

Writer = Callable[[Iterable[dict[str, Any]], TextIO], int]
WRITERS: dict[str, Writer] = {"csv": csv_writer.write}
