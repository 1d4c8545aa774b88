"""Commands whose output is often piped into another program (`… | head`)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand


class StreamingCommand(BaseCommand):
    """A command that stops quietly when the program reading its output goes away, as
    Unix tools do, instead of printing a BrokenPipeError traceback."""

    def execute(self, *args: Any, **options: Any) -> str | None:
        try:
            return super().execute(*args, **options)
        except BrokenPipeError:
            # Python flushes stdout again at exit; point it at /dev/null so that flush
            # cannot fail a second time.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
