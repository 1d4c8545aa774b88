"""Reliability beyond the happy path, with the real database, broker and workers."""

import io
import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, connections

from annotations import evidence as evidence_registry
from annotations.evidence.base import EvidenceItem
from annotations.models import Claim, Evidence, EvidenceLookup, LibraryDocument, LibraryPassage, Verdict
from annotations.services.articles import article_submit
from annotations.services.reviews import StaleClaimVersion, verdict_submit
from tests.factories import ClaimFactory, UserFactory
from tests.test_faults import child_env, wait_for

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.worker
def test_same_task_delivered_twice_stores_evidence_once(celery_worker, settings):
    from annotations.tasks import evidence_lookup

    settings.EVIDENCE_PROVIDERS = ["library"]
    call_command("import_library", str(ROOT / "annotations/demo/library"), stdout=io.StringIO())
    article = article_submit(title="T", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    evidence_lookup.delay(lookup.pk)  # the same message again, as a redelivery would
    evidence_lookup.delay(lookup.pk)

    def done():
        lookup.refresh_from_db()
        return lookup.status == EvidenceLookup.Status.DONE

    assert wait_for(done)
    time.sleep(1.5)
    assert Evidence.objects.filter(lookup=lookup).count() == lookup.result_count > 0
    article.refresh_from_db()
    assert article.lookups_done == 1


class DroppingProvider:
    """Terminates the worker's own PostgreSQL connection while the lookup is running."""

    slug = "dropping"
    label = "Dropping"
    calls = 0

    def search(self, query, limit):
        DroppingProvider.calls += 1
        if DroppingProvider.calls == 1:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                pid = cursor.fetchone()[0]
            killer = connections.create_connection("default")
            with killer.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
            killer.close()
        return [EvidenceItem(source_key="d:1", source_title="D", passage="4,9 Prozent")]


@pytest.mark.worker
def test_postgresql_connection_dropped_during_a_task_is_retried(celery_worker, settings, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: terminates a server backend")
    DroppingProvider.calls = 0
    monkeypatch.setitem(evidence_registry.PROVIDERS, "dropping", DroppingProvider)
    settings.EVIDENCE_PROVIDERS = ["library", "dropping"]
    monkeypatch.setattr(evidence_registry, "enabled_providers", lambda: ["dropping"])
    from annotations.services import articles

    monkeypatch.setattr(articles, "enabled_providers", lambda: ["dropping"])
    article = article_submit(title="T", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)

    def done():
        lookup.refresh_from_db()
        return lookup.status == EvidenceLookup.Status.DONE

    assert wait_for(done), lookup.status
    assert DroppingProvider.calls >= 2
    assert Evidence.objects.filter(lookup=lookup).count() == 1


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_verdicts_one_wins_per_version_none_lost():
    claim = ClaimFactory()
    reviewers = [UserFactory(username=f"rev{i}", roles=["reviewer"]) for i in range(50)]
    stale = []
    barrier = threading.Barrier(50)

    def review(user):
        try:
            barrier.wait()
            while True:
                version = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
                try:
                    verdict_submit(
                        claim_id=claim.pk,
                        rating="verified",
                        rationale=f"by {user.username}",
                        claim_version=version,
                        reviewer=user,
                    )
                    return
                except StaleClaimVersion:
                    stale.append(user.username)  # someone else won this version: read again
        finally:
            connection.close()

    threads = [threading.Thread(target=review, args=(user,)) for user in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    verdicts = list(Verdict.objects.filter(claim=claim).order_by("claim_version"))
    assert len(verdicts) == 50, "every reviewer's verdict is recorded, none lost"
    assert [v.claim_version for v in verdicts] == list(range(1, 51)), "exactly one verdict per version"
    assert {v.reviewer.username for v in verdicts} == {u.username for u in reviewers}
    for earlier, later in itertools.pairwise(verdicts):
        assert later.supersedes_id == earlier.pk, "the history is a complete chain"
    assert stale, "the reviewers really did collide"


@pytest.mark.django_db(transaction=True)
def test_bulk_import_interrupted_halfway_and_run_again_has_no_duplicates(tmp_path):
    for i in range(300):
        (tmp_path / f"doc-{i:03d}.md").write_text(
            f"---\ntitle: Dokument {i}\nlanguage: de\n---\n"
            f"Die Zahl {i} stieg um {i % 7} Prozent.\n\nZweiter Absatz {i}.\n"
        )
    command = [sys.executable, "manage.py", "import_library", str(tmp_path)]
    first = subprocess.Popen(
        command, cwd=ROOT, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    assert wait_for(lambda: LibraryDocument.objects.count() >= 30, timeout=120)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    interrupted = LibraryDocument.objects.count()
    assert 0 < interrupted < 300, "the import was interrupted halfway"
    second = subprocess.run(command, cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert f"{interrupted} unchanged" in second.stdout or interrupted == 0
    assert LibraryDocument.objects.count() == 300
    assert LibraryPassage.objects.count() == 300, "one passage per document, none doubled"
    assert LibraryDocument.objects.values("origin").distinct().count() == 300


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_redis_restart_while_workers_run(settings):
    """Workers reconnect after a Redis restart and queued work completes (the sweep
    re-sends what the restart lost: this Redis keeps nothing on disk)."""
    from django.conf import settings as live

    if not live.CELERY_BROKER_URL.startswith("redis://") or not os.environ.get("FACTCHECK_TEST_REDIS_RESTART"):
        pytest.skip("restarts the Redis server: CI sets FACTCHECK_TEST_REDIS_RESTART with Redis as the broker")
    from django.test import override_settings

    from annotations.services.evidence import lookups_sweep
    from tests.test_faults import start_worker, stop

    settings.EVIDENCE_PROVIDERS = ["library"]
    call_command("import_library", str(ROOT / "annotations/demo/library"), stdout=io.StringIO())
    worker = start_worker(child_env(EVIDENCE_PROVIDERS="library"), "restart")
    try:
        time.sleep(3)
        subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", "6379", "shutdown", "nosave"], check=False)
        time.sleep(1)
        subprocess.run(
            [
                "redis-server",
                "--daemonize",
                "yes",
                "--bind",
                "127.0.0.1",
                "-::1",
                "--port",
                "6379",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                "/var/lib/redis",
                "--logfile",
                "/var/log/redis/ci.log",
            ],
            check=True,
        )
        assert wait_for(lambda: subprocess.run(["redis-cli", "ping"], capture_output=True).returncode == 0, 30)
        article = article_submit(
            title="After restart",
            text=(ROOT / "annotations/demo/deepseek-chipkrieg.de.txt").read_text(encoding="utf-8"),
        )
        with override_settings(LOOKUP_STUCK_AFTER_SECONDS=5):

            def processed():
                article.refresh_from_db()
                if article.status != "processed":
                    lookups_sweep()
                return article.status == "processed"

            assert wait_for(processed, timeout=120), f"{article.lookups_done}/{article.lookups_total}"
    finally:
        stop(worker)


def _other_backends() -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
        )
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_worker_keeps_its_postgresql_connection_between_tasks_and_replaces_a_lost_one(settings):
    """Tasks reuse the worker's connection (Celery's default opens one per task), and a
    connection the server dropped between tasks is replaced before the next task uses
    it (the health check), so that task neither fails nor retries."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: counts and terminates server backends")
    from annotations.models import Article
    from tests.test_faults import start_worker, stop

    settings.EVIDENCE_PROVIDERS = ["library"]
    call_command("import_library", str(ROOT / "annotations/demo/library"), stdout=io.StringIO())

    def processed(article: Article) -> bool:
        article.refresh_from_db()
        return article.status == Article.Status.PROCESSED

    worker = start_worker(child_env(EVIDENCE_PROVIDERS="library"), "reuse")
    try:
        first = article_submit(title="First", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
        assert wait_for(lambda: processed(first))
        before = _other_backends()
        assert before, "the worker holds a connection after its task"
        second = article_submit(
            title="Second", text=(ROOT / "annotations/demo/deepseek-chipkrieg.de.txt").read_text(encoding="utf-8")
        )
        assert second.lookups_total >= 5
        assert wait_for(lambda: processed(second))
        assert _other_backends() == before, "no task opened a connection of its own"

        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) AS pid", [sorted(before)])
        assert wait_for(lambda: not (_other_backends() & before), timeout=10)
        third = article_submit(title="Third", text="Nvidia gab um mehr als 2 % nach, ASML um 3 %.")
        assert wait_for(lambda: processed(third))
    finally:
        stop(worker)
    log = worker.stdout.read().decode() if worker.stdout else ""
    assert "succeeded" in log
    assert "OperationalError" not in log and "retry" not in log.lower(), log[-3000:]
    assert third.lookups_failed == 0
    assert set(EvidenceLookup.objects.filter(claim__article=third).values_list("attempts", flat=True)) == {1}


@pytest.mark.parametrize(("synchronous", "expected"), [(False, "off"), (True, "on")])
@pytest.mark.django_db(transaction=True)
def test_worker_processes_commit_without_waiting_for_the_disk_unless_told(settings, synchronous, expected):
    """What a worker writes (lookups, evidence, progress) can be written again, so its
    connections skip the WAL flush; WORKER_SYNCHRONOUS_COMMIT turns that off."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: synchronous_commit")
    from django.db.backends.signals import connection_created

    from factcheck.celery import worker_commits_asynchronously

    settings.WORKER_SYNCHRONOUS_COMMIT = synchronous
    try:
        worker_commits_asynchronously()  # as Celery calls it in each new worker process
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone()[0] == expected
    finally:
        connection_created.disconnect(dispatch_uid="worker-asynchronous-commit")
        connection.close()
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on", "web requests and this test's own connection keep waiting"


@pytest.mark.django_db(transaction=True)
def test_a_task_that_did_not_succeed_leaves_no_connection_behind():
    """A time limit can interrupt a query mid-flight; the connection must not be reused."""
    from types import SimpleNamespace

    from factcheck.celery import connections_after_task

    task = SimpleNamespace(request=SimpleNamespace(is_eager=False))
    connection.ensure_connection()
    connections_after_task(task=task, state="SUCCESS")
    if connection.settings_dict["CONN_MAX_AGE"]:
        assert connection.connection is not None, "a healthy connection is kept for the next task"
    connections_after_task(task=task, state="FAILURE")
    assert connection.connection is None
    eager = SimpleNamespace(request=SimpleNamespace(is_eager=True))
    connection.ensure_connection()
    connections_after_task(task=eager, state="FAILURE")
    assert connection.connection is not None, "eager tasks (tests) keep the caller's connection"


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_process_loads_the_sentence_embeddings_before_its_first_fact_check_lookup():
    """Importing torch and reading the weights takes seconds; a worker that will match
    fact-checks by meaning does it as it starts, not in a reviewer's first lookup."""
    from tests.test_faults import start_worker, stop

    worker = start_worker(child_env(EVIDENCE_PROVIDERS="library,factchecks"), "warm")
    lines: list[str] = []

    def read() -> None:
        assert worker.stdout is not None
        for raw in worker.stdout:
            lines.append(raw.decode(errors="replace"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert wait_for(lambda: any("Sentence embeddings ready in" in line for line in lines), 180), "".join(lines)
    finally:
        stop(worker)
    assert not any("Could not load the sentence embeddings" in line for line in lines)


@pytest.mark.parametrize(
    ("semantic", "consumed", "wanted"),
    [
        (True, ["celery", "lookups", "lookups-web"], True),  # no -Q: every queue
        (True, ["celery", "lookups"], True),  # compose.yaml's lookup worker
        (True, ["lookups-web"], False),  # the web providers' worker never matches fact-checks
        (False, ["celery", "lookups"], False),
    ],
)
def test_only_workers_that_match_fact_checks_by_meaning_load_the_embeddings(settings, semantic, consumed, wanted):
    from factcheck.celery import embeddings_wanted

    settings.FACTCHECK_SEMANTIC_MATCHING = semantic
    assert embeddings_wanted(consumed) is wanted
