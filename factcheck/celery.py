"""The Celery application: configured from Django settings (the CELERY_ namespace)."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Collection

from celery import Celery, Task
from celery.signals import task_postrun, task_prerun, worker_process_init
from django.db import close_old_connections, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
logger = logging.getLogger(__name__)


def ensure_broker_folders() -> None:
    """Create the embedded broker's folders; the filesystem transport expects them."""
    from django.conf import settings

    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        for key in ("data_folder_in", "data_folder_out", "control_folder"):
            os.makedirs(str(settings.CELERY_BROKER_TRANSPORT_OPTIONS[key]), exist_ok=True)


def _eager(task: Task | None) -> bool:
    return task is None or bool(getattr(task.request, "is_eager", False))


@task_prerun.connect
def connections_before_task(task: Task | None = None, **_: object) -> None:
    """Like a request: drop connections older than CONN_MAX_AGE or broken by an error."""
    if not _eager(task):
        close_old_connections()


@task_postrun.connect
def connections_after_task(task: Task | None = None, state: str | None = None, **_: object) -> None:
    """Keep a healthy connection for the next task; drop every connection after a task
    that did not succeed, since a time limit may have interrupted a query mid-flight and
    left a connection Django still believes usable."""
    if _eager(task):
        return
    if state == "SUCCESS":
        close_old_connections()
    else:
        connections.close_all()


def embeddings_wanted(consumed: Collection[str]) -> bool:
    """Whether a worker consuming these queues will match claims to fact-checks by meaning:
    semantic matching is on and fact-check lookups are sent to one of them."""
    from django.conf import settings

    from annotations.evidence import lookup_queue

    return bool(settings.FACTCHECK_SEMANTIC_MATCHING) and lookup_queue("factchecks") in consumed


def _embeddings_warm_up() -> None:
    from annotations.evidence import embeddings, enabled_providers

    try:
        if "factchecks" in enabled_providers():
            embeddings.warm_up()
    except Exception:
        # A warm-up only saves time; the first lookup loads the model (and reports) itself.
        logger.exception("Could not load the sentence embeddings ahead of the first lookup")
    finally:
        connections.close_all()  # this thread's own connections


def commit_without_waiting(connection: BaseDatabaseWrapper, **_: object) -> None:
    """A worker's PostgreSQL connection commits without waiting for the disk (see
    WORKER_SYNCHRONOUS_COMMIT in settings for why that loses nothing)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")


@worker_process_init.connect
def worker_commits_asynchronously(**_: object) -> None:
    from django.conf import settings

    if not settings.WORKER_SYNCHRONOUS_COMMIT:
        connection_created.connect(commit_without_waiting, dispatch_uid="worker-asynchronous-commit")


@worker_process_init.connect
def embeddings_before_first_lookup(**_: object) -> None:
    """Load the sentence-embedding model in the background as a worker process starts, so
    the first fact-check lookup after a (re)start does not wait for torch to import."""
    if embeddings_wanted(app.amqp.queues.consume_from or app.amqp.queues):  # no -Q: every queue
        threading.Thread(target=_embeddings_warm_up, name="embeddings-warm-up", daemon=True).start()
