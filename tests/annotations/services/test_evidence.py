import datetime as dt

import pytest
from django.test import override_settings
from django.utils import timezone

from annotations import evidence as evidence_registry
from annotations.evidence.base import EvidenceItem, ProviderError, TransientProviderError
from annotations.models import Article, Claim, Evidence, EvidenceLookup
from annotations.services.articles import article_submit
from annotations.services.evidence import lookup_finish, lookup_run, lookups_sweep
from annotations.services.library import DocumentData, library_document_import

TEXT = "Tokyo Electron verlor an der Börse 4,9 Prozent. ASML verzeichnete Rückgänge von über 2 %."


class ScriptedProvider:
    """An external source that answers what the test scripted, in order."""

    slug = "scripted"
    label = "Scripted"

    def __init__(self, answers):
        self.answers = answers

    def search(self, query, limit):
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def library(db):
    library_document_import(
        data=DocumentData(
            origin="test://m",
            title="Markets",
            language="en",
            text="Tokyo Electron shares fell 4.9% on Monday. ASML fell more than 2%.",
        )
    )


@pytest.fixture
def article(library, settings):
    settings.EVIDENCE_PROVIDERS = ["library"]
    return article_submit(title="Chips", text=TEXT)


def test_lookup_run_stores_ranked_evidence_with_numeric_check_and_finishes_article(article):
    for lookup in EvidenceLookup.objects.filter(claim__article=article):
        assert lookup_run(lookup_id=lookup.pk).status == "done"
    article.refresh_from_db()
    assert article.status == Article.Status.PROCESSED
    assert (article.lookups_done, article.lookups_failed) == (2, 0)
    tokyo = article.claims.get(text__startswith="Tokyo")
    assert tokyo.status == Claim.Status.READY
    item = tokyo.evidence.get()
    assert item.rank == 1
    assert item.numeric_check == Evidence.NumericCheck.AGREES
    lookup = tokyo.lookups.get()
    assert lookup.attempts == 1
    assert lookup.result_count == 1
    assert lookup.duration_ms is not None


def test_running_a_finished_lookup_again_changes_nothing(article):
    lookup = EvidenceLookup.objects.filter(claim__article=article).first()
    lookup_run(lookup_id=lookup.pk)
    assert lookup_run(lookup_id=lookup.pk).status == "skipped"
    assert Evidence.objects.filter(lookup=lookup).count() == 1
    article.refresh_from_db()
    assert article.lookups_done == 1


def test_finishing_twice_is_refused_so_evidence_is_never_doubled(article):
    lookup = EvidenceLookup.objects.filter(claim__article=article).first()
    item = EvidenceItem(source_key="x:1", source_title="X", passage="p")
    assert lookup_finish(lookup_id=lookup.pk, items=[item], error="") is True
    assert lookup_finish(lookup_id=lookup.pk, items=[item], error="") is False
    assert Evidence.objects.filter(lookup=lookup).count() == 1


def test_evidence_is_stored_field_by_field_and_an_item_given_twice_once(article):
    lookup = EvidenceLookup.objects.filter(claim__article=article).first()
    item = EvidenceItem(
        source_key="fc:7",
        source_title="Earlier check",
        passage="Tokyo Electron fell 4.9 percent.",
        url="https://example.org/fc/7",
        published_at=dt.date(2025, 1, 28),
        score=0.75,
        rating="True",
        language="en",
    )
    assert lookup_finish(lookup_id=lookup.pk, items=[item, item], error="") is True
    (stored,) = Evidence.objects.filter(lookup=lookup)
    assert (stored.source_key, stored.source_title, stored.url, stored.passage) == (
        "fc:7",
        "Earlier check",
        "https://example.org/fc/7",
        "Tokyo Electron fell 4.9 percent.",
    )
    assert (stored.published_at, stored.relevance, stored.rank, stored.rating, stored.language) == (
        dt.date(2025, 1, 28),
        0.75,
        1,
        "True",
        "en",
    )
    assert (stored.claim_id, stored.provider) == (lookup.claim_id, lookup.provider)
    assert stored.numeric_check == Evidence.NumericCheck.AGREES
    assert stored.numeric_details and isinstance(stored.numeric_details, list)
    assert stored.retrieved_at is not None


def test_many_evidence_items_are_all_stored(article):
    # More rows than Django puts in one SQLite statement (999 parameters): written in batches.
    lookup = EvidenceLookup.objects.filter(claim__article=article).first()
    items = [EvidenceItem(source_key=f"doc:{i}", source_title=f"Doc {i}", passage="p") for i in range(150)]
    assert lookup_finish(lookup_id=lookup.pk, items=items, error="") is True
    assert list(Evidence.objects.filter(lookup=lookup).order_by("rank").values_list("rank", flat=True)) == list(
        range(1, 151)
    )


@pytest.fixture
def scripted(monkeypatch):
    def install(*answers):
        provider = ScriptedProvider(list(answers))
        monkeypatch.setitem(evidence_registry.PROVIDERS, "scripted", lambda: provider)
        return provider

    return install


@override_settings(EVIDENCE_PROVIDERS=["scripted"])
def test_transient_error_requeues_with_backoff_then_succeeds(db, scripted):
    scripted(TransientProviderError("HTTP 503 from provider"), [EvidenceItem("s:1", "S", "4,9 Prozent")])
    article = article_submit(title="T", text="Tokyo Electron verlor 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    outcome = lookup_run(lookup_id=lookup.pk)
    assert outcome.status == "retry"
    assert outcome.retry_in == 2.0
    lookup.refresh_from_db()
    assert lookup.status == EvidenceLookup.Status.QUEUED
    assert "503" in lookup.error
    assert lookup_run(lookup_id=lookup.pk).status == "done"
    lookup.refresh_from_db()
    assert (lookup.status, lookup.attempts, lookup.error) == (EvidenceLookup.Status.DONE, 2, "")


@override_settings(EVIDENCE_PROVIDERS=["scripted"])
def test_permanent_error_fails_the_lookup_with_a_readable_message(db, scripted):
    scripted(ProviderError("The provider answered with malformed JSON."))
    article = article_submit(title="T", text="Tokyo Electron verlor 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    assert lookup_run(lookup_id=lookup.pk).status == "failed"
    lookup.refresh_from_db()
    article.refresh_from_db()
    assert lookup.status == EvidenceLookup.Status.FAILED
    assert lookup.error == "The provider answered with malformed JSON."
    assert (article.status, article.lookups_failed) == (Article.Status.PROCESSED, 1)
    assert article.claims.get().status == Claim.Status.READY


@override_settings(EVIDENCE_PROVIDERS=["scripted"], LOOKUP_MAX_ATTEMPTS=2)
def test_transient_errors_give_up_after_the_attempt_limit(db, scripted):
    scripted(TransientProviderError("timeout"), TransientProviderError("timeout"))
    article = article_submit(title="T", text="Tokyo Electron verlor 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    assert lookup_run(lookup_id=lookup.pk).status == "retry"
    assert lookup_run(lookup_id=lookup.pk).status == "failed"
    lookup.refresh_from_db()
    assert lookup.error.startswith("Gave up after 2 attempts")


def test_sweep_resends_lookups_stuck_in_queued(article, django_capture_on_commit_callbacks):
    old = timezone.now() - dt.timedelta(hours=1)
    EvidenceLookup.objects.filter(claim__article=article).update(queued_at=old)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert lookups_sweep() == 2
    assert len(callbacks) == 1
    assert not EvidenceLookup.objects.filter(queued_at=old).exists()


def test_sweep_leaves_recent_lookups_alone(article):
    assert lookups_sweep() == 0


def test_claim_readiness_finds_the_claim_by_its_key_even_with_stale_statistics(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from annotations.services.evidence import _claim_mark_ready_if_researched
    from tests.factories import ArticleFactory

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner")
    article = ArticleFactory()
    Claim.objects.bulk_create(
        Claim(article=article, start=i, end=i + 1, text="x", sentence="x", language="de", score=0.5)
        for i in range(3000)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE annotations_claim")  # statistics taken while no claim is researching
    Claim.objects.filter(article=article, start__lt=2000).update(status=Claim.Status.RESEARCHING)
    target = Claim.objects.filter(article=article, start=1500).get()
    with CaptureQueriesContext(connection) as queries:
        _claim_mark_ready_if_researched(target.pk)
    (update,) = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + update)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Scan using annotations_claim_pkey" in plan, plan
    assert "annotations_claim_status" not in plan and "claim_queue_idx" not in plan, plan
    target.refresh_from_db()
    assert target.status == Claim.Status.READY


@override_settings(EVIDENCE_PROVIDERS=["scripted"])
def test_the_numeric_check_reads_each_passage_in_its_own_language(db, scripted):
    """A German claim's "Billionen" is the English "trillion", not the English "billion"."""
    scripted(
        [
            EvidenceItem("s:1", "Budget", "The state spent 1.2 billion euros.", language="en"),
            EvidenceItem("s:2", "Budget", "The state spent 1.2 trillion euros.", language="en"),
            EvidenceItem("s:3", "Haushalt", "Der Staat gab 1,2 Billionen Euro aus."),
        ]
    )
    article = article_submit(title="Haushalt", text="Der Staat gab im Jahr 2024 insgesamt 1,2 Billionen Euro aus.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    assert lookup_run(lookup_id=lookup.pk).status == "done"
    checks = dict(Evidence.objects.filter(lookup=lookup).values_list("source_key", "numeric_check"))
    assert checks == {"s:1": "silent", "s:2": "agrees", "s:3": "agrees"}


def test_evidence_keeps_its_passage_s_language_or_the_claim_s(article):
    """A German claim's English library passage is marked English (screen readers and
    hyphenation follow it); a provider that names no language answered in the claim's."""
    tokyo = article.claims.get(text__startswith="Tokyo")
    lookup_run(lookup_id=tokyo.lookups.get().pk)
    assert tokyo.language == "de"
    assert list(tokyo.evidence.values_list("language", flat=True)) == ["en"]
    scripted = EvidenceLookup.objects.create(claim=tokyo, provider="scripted", queued_at=timezone.now())
    lookup_finish(lookup_id=scripted.pk, items=[EvidenceItem("s:1", "Börse", "Tokyo Electron fiel 4,9 %.")], error="")
    assert Evidence.objects.get(lookup=scripted).language == "de"
