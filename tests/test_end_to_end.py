"""The thin path through the whole product, with a real Celery worker and broker.

submit_article → claims → lookups run by the worker → evidence → verdict in the
reviewer UI → export_verdicts --format csv.
"""

import csv
import io
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from annotations.models import Article, Claim, EvidenceLookup

SAMPLE = Path(__file__).resolve().parents[1] / "annotations" / "demo" / "deepseek-chipkrieg.de.txt"
LIBRARY = Path(__file__).resolve().parents[1] / "annotations" / "demo" / "library"


def wait_for(predicate, timeout=60.0, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


@pytest.mark.worker
def test_submit_research_review_export(celery_worker, tmp_path, reviewer):
    call_command("import_library", str(LIBRARY), stdout=io.StringIO())
    out = io.StringIO()
    call_command("submit_article", str(SAMPLE), "--title", "DeepSeek und der Chipkrieg", stdout=out)
    assert "claims" in out.getvalue()
    article = Article.objects.get()
    assert article.claims.count() >= 4

    def processed():
        article.refresh_from_db()
        return article.status == Article.Status.PROCESSED

    assert wait_for(processed), (
        f"lookups did not finish: {list(EvidenceLookup.objects.values_list('status', flat=True))}"
    )
    assert article.lookups_done == article.lookups_total
    assert not EvidenceLookup.objects.exclude(status=EvidenceLookup.Status.DONE).exists()

    claim = article.claims.get(text__contains="4,9 Prozent")
    assert claim.status == Claim.Status.READY
    top = claim.evidence.order_by("rank").first()
    assert top is not None
    assert "4.9%" in top.passage
    assert top.numeric_check == "agrees"

    client = Client()
    client.force_login(reviewer)
    page = client.get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert "Chip stocks after the export-control talks" in page
    response = client.post(
        reverse("annotations:claim", kwargs={"claim_id": claim.pk}),
        {
            "rating": "verified",
            "rationale": "The market report confirms the 4.9% fall.",
            "claim_version": claim.version,
            "cited_evidence": [str(top.pk)],
        },
    )
    assert response.status_code == 302

    target = tmp_path / "verdicts.csv"
    call_command("export_verdicts", "--format", "csv", "--out", str(target), stderr=io.StringIO())
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert len(rows) == 1
    row = rows[0]
    assert row["rating"] == "verified"
    assert row["quote"] == claim.text
    assert article.text[int(row["start"]) : int(row["end"])] == claim.text
    assert row["reviewer"] == "rita"
    assert row["cited_evidence_urls"] == top.url
    assert row["article_title"] == "DeepSeek und der Chipkrieg"


@pytest.mark.worker
def test_lookups_queued_while_no_worker_runs_are_completed_when_one_starts(transactional_db):
    from factcheck.celery import app
    from tests.workers import threads_worker

    app.control.purge()
    call_command("import_library", str(LIBRARY), stdout=io.StringIO())
    call_command("submit_article", str(SAMPLE), "--title", "Später", stdout=io.StringIO())
    article = Article.objects.get()
    time.sleep(0.5)
    article.refresh_from_db()
    assert article.lookups_done == 0, "no worker yet: nothing can have run"
    with threads_worker():

        def processed():
            article.refresh_from_db()
            return article.status == Article.Status.PROCESSED

        assert wait_for(processed)
