"""A real Celery worker in threads of the test process."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from celery.contrib.testing.worker import start_worker
from django.db import connection

from factcheck.celery import app


@contextlib.contextmanager
def threads_worker() -> Iterator[object]:
    """Consumes every queue of the configured broker with two threads.

    Worker threads would keep their database connections after the worker stops (no
    thread-exit hook closes them), holding the test database open; here each closes its
    own after every task instead. Connection reuse is tested with worker processes
    (test_reliability.py).
    """
    conn_max_age = connection.settings_dict["CONN_MAX_AGE"]
    connection.settings_dict["CONN_MAX_AGE"] = 0
    try:
        with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False, shutdown_timeout=30) as worker:
            yield worker
    finally:
        connection.settings_dict["CONN_MAX_AGE"] = conn_max_age
