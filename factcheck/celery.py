"""The Celery application: configured from Django settings (the CELERY_ namespace)."""

from __future__ import annotations

import os

from celery import Celery, Task
from celery.signals import task_postrun, task_prerun
from django.db import close_old_connections, connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


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
