"""Faults the lookup pipeline must survive, with real worker processes and the real broker.

- a worker killed with SIGKILL in the middle of a lookup: a new worker completes it
  exactly once (no duplicate evidence);
- the broker down while an article is submitted: the submission succeeds and the lookups
  run once the broker is back (the periodic sweep finds them).
"""

import contextlib
import io
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from annotations.models import Article, Evidence, EvidenceLookup
from annotations.services.evidence import lookups_sweep
from tests.replay import Replay

ROOT = Path(__file__).resolve().parents[1]
CELERY = str(Path(sys.executable).with_name("celery"))
pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings_test",
        DATABASE_URL=database_url(),
        CELERY_VISIBILITY_TIMEOUT="2",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def start_worker(env: dict[str, str], name: str, queues: str | None = None) -> subprocess.Popen:
    """A real worker process (prefork, one child); `queues` as for -Q, all when None."""
    return subprocess.Popen(
        [
            CELERY,
            "-A",
            "factcheck",
            "worker",
            "--pool",
            "prefork",
            "--concurrency",
            "1",
            "--loglevel",
            "info",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"{name}@%h",
            *(["-Q", queues] if queues else []),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        kill(process)


def wait_for_output(process: subprocess.Popen, text: str, timeout: float = 60.0) -> bool:
    """Read a worker's output until it holds `text` (its log of a task's end)."""
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                return False
            seen += chunk
            if text.encode() in seen:
                return True
    return False


def wait_for(predicate, timeout=90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def wikipedia(settings):
    from factcheck.celery import app

    app.control.purge()
    server = Replay("wikipedia-search-de.json")
    settings.EVIDENCE_PROVIDERS = ["wikipedia"]
    settings.WIKIPEDIA_API_URL = server.url
    yield server
    server.close()


def test_worker_killed_mid_lookup_completes_exactly_once_on_a_new_worker(wikipedia):
    from annotations.services.articles import article_submit

    wikipedia.then(200, (wikipedia.default[1]), delay=6.0)  # the first answer is slow: kill during it
    env = child_env(EVIDENCE_PROVIDERS="wikipedia", WIKIPEDIA_API_URL=wikipedia.url, PROVIDER_TIMEOUT="30")
    article = article_submit(title="T", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    first = start_worker(env, "first")
    try:
        assert wait_for(lambda: len(wikipedia.requests) >= 1), first.stdout.read1().decode() if first.stdout else ""
        lookup.refresh_from_db()
        assert lookup.status == EvidenceLookup.Status.RUNNING
    finally:
        kill(first)
    second = start_worker(env, "second")
    try:
        # Redis redelivers the unacknowledged message after the visibility timeout; the
        # sweep re-sends it in any case (the filesystem broker has no redelivery).
        with override_settings(LOOKUP_STUCK_AFTER_SECONDS=1):
            time.sleep(1.5)
            lookups_sweep()

        def done():
            lookup.refresh_from_db()
            return lookup.status == EvidenceLookup.Status.DONE

        assert wait_for(done), f"lookup stayed {lookup.status}"
        time.sleep(3)  # let a redelivered duplicate, if any, run too
    finally:
        stop(second)
    lookup.refresh_from_db()
    assert lookup.attempts >= 2
    assert Evidence.objects.filter(lookup=lookup).count() == 2, "exactly once: no duplicate evidence"
    article.refresh_from_db()
    assert (article.status, article.lookups_done, article.lookups_failed) == (Article.Status.PROCESSED, 1, 0)


def test_submission_succeeds_while_the_broker_is_down_and_lookups_run_when_it_is_back(wikipedia):
    env = child_env(EVIDENCE_PROVIDERS="wikipedia", WIKIPEDIA_API_URL=wikipedia.url)
    sample = ROOT / "annotations" / "demo" / "deepseek-chipkrieg.de.txt"
    down = subprocess.run(
        [sys.executable, "manage.py", "submit_article", str(sample), "--title", "Broker down"],
        cwd=ROOT,
        env={**env, "CELERY_BROKER_URL": "redis://127.0.0.1:1/0"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert down.returncode == 0, down.stderr
    assert "lookups queued" in down.stdout
    article = Article.objects.get(title="Broker down")
    assert article.lookups_total > 0
    assert EvidenceLookup.objects.filter(claim__article=article, status="queued").count() == article.lookups_total
    worker = start_worker(env, "back")
    try:
        with override_settings(LOOKUP_STUCK_AFTER_SECONDS=0):
            assert lookups_sweep() == article.lookups_total

        def processed():
            article.refresh_from_db()
            return article.status == Article.Status.PROCESSED

        assert wait_for(processed), f"{article.lookups_done}/{article.lookups_total} done"
    finally:
        stop(worker)
    assert article.lookups_failed == 0


def test_web_lookups_have_a_queue_of_their_own(wikipedia):
    """Library lookups run on a worker that serves no web lookups; Wikipedia's wait for
    (and are done by) the worker that serves their queue."""
    from django.core.management import call_command

    from annotations.services.articles import article_submit

    settings_providers = ["library", "wikipedia"]
    env = child_env(EVIDENCE_PROVIDERS=",".join(settings_providers), WIKIPEDIA_API_URL=wikipedia.url)
    with override_settings(EVIDENCE_PROVIDERS=settings_providers):
        call_command("import_library", str(ROOT / "annotations/demo/library"), stdout=io.StringIO())
        article = article_submit(title="Queues", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    library = EvidenceLookup.objects.get(claim__article=article, provider="library")
    web = EvidenceLookup.objects.get(claim__article=article, provider="wikipedia")
    local_worker = start_worker(env, "local", queues="celery,lookups")
    try:
        assert wait_for(lambda: EvidenceLookup.objects.get(pk=library.pk).status == "done")
        time.sleep(2)  # time enough for the local worker to take the web lookup, if it could
        assert EvidenceLookup.objects.get(pk=web.pk).status == "queued"
        assert wikipedia.requests == []
    finally:
        stop(local_worker)
    web_worker = start_worker(env, "web", queues="lookups-web")
    try:
        assert wait_for(lambda: EvidenceLookup.objects.get(pk=web.pk).status == "done")
    finally:
        stop(web_worker)
    assert len(wikipedia.requests) == 1
    article.refresh_from_db()
    assert (article.status, article.lookups_done) == (Article.Status.PROCESSED, 2)


def queue_sizes() -> dict[str, int]:
    """Messages waiting in each queue, on the real broker; declaring the queues binds them
    all, as a worker consuming every queue does."""
    from factcheck.celery import app

    sizes = {}
    with app.connection_for_write() as conn:
        for name, queue in app.amqp.queues.items():
            bound = queue.bind(conn.default_channel)
            bound.declare()
            sizes[name] = bound.queue_declare().message_count
    return sizes


def test_a_retried_web_lookup_goes_back_to_the_web_queue(wikipedia):
    """A worker serving only the web queue sees the retry of its own lookup through, and
    the retry is not copied into the other queues."""
    from annotations.services.articles import article_submit

    assert set(queue_sizes().values()) == {0}
    wikipedia.then(503, b"busy")  # transient: retried with backoff
    env = child_env(EVIDENCE_PROVIDERS="wikipedia", WIKIPEDIA_API_URL=wikipedia.url)
    article = article_submit(title="Retry", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    worker = start_worker(env, "web-only", queues="lookups-web")
    try:
        assert wait_for(lambda: EvidenceLookup.objects.get(pk=lookup.pk).status == "done", timeout=60)
        # Stopped before it acknowledges the retry, a worker puts the message back (at least
        # once delivery; a done lookup skips it): wait for the task's end in its log first.
        assert wait_for_output(worker, "succeeded")
        time.sleep(0.5)
    finally:
        stop(worker)
    lookup.refresh_from_db()
    assert lookup.attempts == 2
    assert len(wikipedia.requests) == 2
    assert queue_sizes() == {"celery": 0, "lookups": 0, "lookups-web": 0}


def test_a_message_sent_by_exchange_and_routing_key_reaches_only_its_queue():
    """How Celery re-sends from a message's delivery details (exchange and routing key):
    with every queue bound, each routing key must reach exactly one queue, not all."""
    from annotations.tasks import noop
    from factcheck.celery import app

    app.control.purge()
    try:
        assert set(queue_sizes().values()) == {0}
        for queue in app.amqp.queues.values():
            noop.apply_async(exchange=queue.exchange.name, routing_key=queue.routing_key)
            assert queue_sizes() == {name: int(name == queue.name) for name in app.amqp.queues}
            app.control.purge()
    finally:
        app.control.purge()
