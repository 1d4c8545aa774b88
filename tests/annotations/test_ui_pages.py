"""Every UI page and action with every role (including the 403s), and bounded queries."""

import pytest
from django.test import Client
from django.urls import reverse

from annotations.models import Claim, EvidenceLookup, Verdict
from annotations.services.reviews import verdict_submit
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory

ROLES = ["anonymous", "no-role", "reviewer", "editor", "admin"]


@pytest.fixture
def world(db):
    article = ArticleFactory(text="Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent. Das ist schlecht.")
    claim = ClaimFactory(article=article, text="Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.")
    lookup = EvidenceFactory(lookup__claim=claim).lookup
    author = UserFactory(username="author", roles=["reviewer"])
    decided = ClaimFactory(article=article, text="Das ist schlecht.", start=48, end=65)
    verdict = verdict_submit(claim_id=decided.pk, rating="verified", rationale="ok", claim_version=1, reviewer=author)
    return {"article": article, "claim": claim, "lookup": lookup, "decided": decided, "verdict": verdict}


def client_for(role):
    client = Client()
    if role == "anonymous":
        return client
    if role == "admin":
        user = UserFactory(username="boss", roles=["admin"])
    else:
        user = UserFactory(username=f"u-{role}", roles=[] if role == "no-role" else [role])
    client.force_login(user)
    return client


# (method, url name, kwargs builder, minimum role: "reviewer" or "editor", expected success status)
PAGES = [
    ("get", "annotations:queue", lambda w: {}, "reviewer", 200),
    ("get", "annotations:article-new", lambda w: {}, "reviewer", 200),
    ("get", "annotations:article", lambda w: {"article_id": w["article"].pk}, "reviewer", 200),
    ("get", "annotations:article-progress", lambda w: {"article_id": w["article"].pk}, "reviewer", 200),
    ("get", "annotations:claim", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 200),
    ("get", "annotations:dashboard", lambda w: {}, "editor", 200),
    ("get", "annotations:exports", lambda w: {}, "editor", 200),
    ("post", "annotations:claim-take", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 302),
    ("post", "annotations:claim-comment", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 302),
    ("post", "annotations:claim-release", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 302),
    ("post", "annotations:claim-dismiss", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 302),
    ("post", "annotations:claim-span", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 302),
    ("post", "annotations:claim-add", lambda w: {"article_id": w["article"].pk}, "reviewer", 302),
    ("post", "annotations:claims-merge", lambda w: {"article_id": w["article"].pk}, "reviewer", 302),
    (
        "post",
        "annotations:lookup-retry",
        lambda w: {"claim_id": w["claim"].pk, "lookup_id": w["lookup"].pk},
        "reviewer",
        302,
    ),
    ("post", "annotations:lookups-rerun", lambda w: {"claim_id": w["claim"].pk}, "reviewer", 302),
    ("post", "annotations:claim-reopen", lambda w: {"claim_id": w["decided"].pk}, "editor", 302),
    (
        "post",
        "annotations:verdict-action",
        lambda w: {"claim_id": w["decided"].pk, "verdict_id": w["verdict"].pk, "action": "publish"},
        "editor",
        302,
    ),
]
ALLOWED = {"reviewer": {"reviewer", "editor", "admin"}, "editor": {"editor", "admin"}}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "name", "kwargs", "minimum", "ok"), PAGES)
def test_every_page_and_action_for_every_role(world, role, method, name, kwargs, minimum, ok):
    client = client_for(role)
    url = reverse(name, kwargs=kwargs(world))
    response = getattr(client, method)(url, {"comment": "c", "reason": "r", "version": 1, "start": 0, "end": 10})
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    elif role in ALLOWED[minimum]:
        assert response.status_code == ok, response.content[:500]
    else:
        assert response.status_code == 403


def test_login_page_is_the_only_page_anonymous_users_see(client, db):
    assert client.get(reverse("login")).status_code == 200


def test_forms_are_csrf_protected(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(username="csrf", roles=["reviewer"]))
    response = client.post(reverse("annotations:claim-take", kwargs={"claim_id": world["claim"].pk}))
    assert response.status_code == 403
    world["claim"].refresh_from_db()
    assert world["claim"].assignee is None


def test_queue_filters_counts_and_take(world):
    client = client_for("reviewer")
    body = client.get(reverse("annotations:queue")).content.decode()
    assert "Die Arbeitslosigkeit stieg" in body
    assert "Das ist schlecht." not in body, "decided claims leave the open queue"
    body = client.get(reverse("annotations:queue"), {"status": "verified"}).content.decode()
    assert "Das ist schlecht." in body
    client.post(reverse("annotations:claim-take", kwargs={"claim_id": world["claim"].pk}))
    world["claim"].refresh_from_db()
    assert world["claim"].status == Claim.Status.IN_REVIEW
    other = client_for("editor")
    assert "u-reviewer is reviewing" in other.get(reverse("annotations:queue")).content.decode()
    mine = client.get(reverse("annotations:queue"), {"assignee": "me"}).content.decode()
    assert "Die Arbeitslosigkeit stieg" in mine


def test_article_page_highlights_claims_and_reports_progress(world):
    client = client_for("reviewer")
    body = client.get(reverse("annotations:article", kwargs={"article_id": world["article"].pk})).content.decode()
    assert f'data-claim-id="{world["claim"].pk}"' in body
    progress = client.get(reverse("annotations:article-progress", kwargs={"article_id": world["article"].pk})).json()
    assert progress["claims"][str(world["decided"].pk)] == "verified"


def test_claim_page_shows_context_signals_lookups_and_evidence(world):
    world["claim"].signals = [
        {"name": "reported_speech", "weight": 1.5, "match": "Guida"},
        {"name": "speculation", "weight": -6.0, "match": "könnte im kommenden Jahr"},
    ]
    world["claim"].save(update_fields=["signals"])
    body = client_for("reviewer").get(reverse("annotations:claim", kwargs={"claim_id": world["claim"].pk}))
    text = body.content.decode()
    assert "Das ist schlecht." in text, "the neighbouring sentence is shown as context"
    assert 'title="reported_speech">reported speech “Guida”' in text, "signals read as words, named as in the API"
    assert 'class="signal negative" title="speculation">speculation' in text
    assert "Retry" in text
    assert "Earlier fact-checks" in text


def test_editor_publishes_and_reopens(world):
    editor = client_for("editor")
    editor.post(
        reverse(
            "annotations:verdict-action",
            kwargs={"claim_id": world["decided"].pk, "verdict_id": world["verdict"].pk, "action": "publish"},
        )
    )
    world["verdict"].refresh_from_db()
    assert world["verdict"].published_at is not None
    editor.post(reverse("annotations:claim-reopen", kwargs={"claim_id": world["decided"].pk}))
    world["decided"].refresh_from_db()
    assert world["decided"].status == Claim.Status.IN_REVIEW
    assert Verdict.objects.filter(claim=world["decided"]).count() == 1


def test_unknown_verdict_action_is_404(world):
    url = reverse(
        "annotations:verdict-action",
        kwargs={"claim_id": world["decided"].pk, "verdict_id": world["verdict"].pk, "action": "delete"},
    )
    assert client_for("editor").post(url).status_code == 404


def test_nul_in_a_form_is_400(world):
    response = client_for("reviewer").post(
        reverse("annotations:claim-comment", kwargs={"claim_id": world["claim"].pk}), {"comment": "a\x00b"}
    )
    assert response.status_code == 400


def _grow(article, n, offset):
    for i in range(offset, offset + n):
        claim = ClaimFactory(
            article=article, text=f"Claim number {i} rose 5 percent.", start=1000 + i * 40, end=1030 + i * 40
        )
        EvidenceFactory(lookup__claim=claim)
        EvidenceLookup.objects.create(claim=claim, provider="wikipedia", queued_at=claim.created_at)


@pytest.mark.parametrize(
    ("name", "kwargs", "role"),
    [
        ("annotations:queue", lambda w: {}, "reviewer"),
        ("annotations:article", lambda w: {"article_id": w["article"].pk}, "reviewer"),
        ("annotations:claim", lambda w: {"claim_id": w["claim"].pk}, "reviewer"),
        ("annotations:dashboard", lambda w: {}, "editor"),
    ],
)
def test_pages_run_the_same_number_of_queries_however_many_claims(
    world, django_assert_max_num_queries, name, kwargs, role
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(role)
    url = reverse(name, kwargs=kwargs(world))
    world["article"].text = world["article"].text + " " * 3000
    world["article"].save()
    _grow(world["article"], 3, 0)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    _grow(world["article"], 40, 3)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large) == len(small), [q["sql"][:120] for q in large.captured_queries]


def test_reviewers_paste_an_article_and_see_its_claims(db, django_capture_on_commit_callbacks):
    from annotations.models import Article

    client = client_for("reviewer")
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(
            reverse("annotations:article-new"),
            {
                "title": "Arbeitsmarkt",
                "text": "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent. Schön.",
                "language": "",
                "source": "Zeitung",
                "url": "",
            },
        )
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/articles/{article.pk}/"
    assert article.claims.count() == 1
    assert article.submitted_by.username == "u-reviewer"
    assert len(callbacks) == 1, "lookups are queued after commit"


def test_a_pasted_arabic_article_is_stored_as_arabic_and_shown_right_to_left(db):
    from annotations.models import Article

    client = client_for("reviewer")
    text = "ارتفعت البطالة في عام 2020 بنسبة 4.9 في المئة. وقال الوزير إن ذلك مؤقت."
    response = client.post(reverse("annotations:article-new"), {"title": "البطالة", "text": text}, follow=True)
    article = Article.objects.get()
    assert article.language == "ar"
    claim = article.claims.get()
    assert claim.text == "ارتفعت البطالة في عام 2020 بنسبة 4.9 في المئة."
    body = response.content.decode()
    assert '<article class="fulltext" lang="ar" dir="auto"' in body
    page = client.get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert '<h1 class="claim-quote" lang="ar" dir="auto">' in page
    queue = client.get(reverse("annotations:queue")).content.decode()
    assert 'lang="ar" dir="auto">ارتفعت' in queue


def test_pasting_a_text_submitted_before_stores_it_and_names_the_earlier_article(db):
    from annotations.models import Article

    client = client_for("reviewer")
    data = {"title": "Arbeitsmarkt", "text": "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.", "language": ""}
    first = client.post(reverse("annotations:article-new"), data, follow=True)
    assert "submitted before" not in first.content.decode()
    second = client.post(reverse("annotations:article-new"), {**data, "title": "Noch einmal"}, follow=True)
    earlier = Article.objects.order_by("pk").first()
    assert Article.objects.count() == 2
    assert f"The same text was submitted before as “Arbeitsmarkt” (article {earlier.pk})" in second.content.decode()
    # The later article's page keeps saying so after the message is gone; the first one's never does.
    later = Article.objects.order_by("pk").last()
    page = client.get(reverse("annotations:article", kwargs={"article_id": later.pk})).content.decode()
    assert f'submitted before as <a href="/articles/{earlier.pk}/">article {earlier.pk}</a>' in page
    page = client.get(reverse("annotations:article", kwargs={"article_id": earlier.pk})).content.decode()
    assert "data-same-text" not in page


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": "T", "text": "   "}, "text"),
        ({"title": "", "text": "Text 5 Prozent."}, "title"),
        ({"title": "T", "text": "Text 5 Prozent.", "language": "xx"}, "language"),
        ({"title": "T", "text": "Text 5 Prozent.", "url": "javascript:alert(1)"}, "url"),
    ],
)
def test_bad_article_form_input_is_shown_and_nothing_stored(db, data, field):
    from annotations.models import Article

    response = client_for("reviewer").post(reverse("annotations:article-new"), data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Article.objects.exists()


def test_admin_url_fields_read_a_bare_host_as_https(db):
    from django.contrib import admin
    from django.test import RequestFactory

    from annotations.models import FactCheck, LibraryDocument, Webhook
    from tests.factories import UserFactory

    request = RequestFactory().get("/admin/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    for model in (FactCheck, LibraryDocument, Webhook):
        form = admin.site._registry[model].get_form(request)
        assert form.base_fields["url"].clean("check.example.org/a") == "https://check.example.org/a", model


def test_evidence_in_another_language_than_its_claim_is_marked_with_its_own(db):
    claim = ClaimFactory(text="Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.", language="de")
    english = EvidenceFactory(lookup__claim=claim, source_title="Labour market", language="en")
    EvidenceFactory(lookup=english.lookup, source_title="Arbeitsmarkt", passage="Sie stieg um 4,9 %.", language="")
    page = client_for("reviewer").get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert '<h4 dir="auto" lang="en"><a href="https://example.org/source/' in page
    assert '<blockquote dir="auto" lang="en">Unemployment rose <mark class="term">4.9 per cent</mark> in' in page
    # No language stored: no attribute, rather than a wrong one.
    assert (
        '<blockquote dir="auto">Sie <mark class="term">stieg</mark> um <mark class="term">4,9 %</mark>.</blockquote>'
        in page
    )


def test_evidence_passages_mark_the_claim_s_figures_and_names_and_escape_the_rest(db):
    claim = ClaimFactory(text="Tokyo Electron verlor 4,9 Prozent.", language="de")
    EvidenceFactory(
        lookup__claim=claim,
        language="en",
        passage="<b>Tokyo Electron</b> & co fell 4.9%.\nASML fell 2%.",
    )
    page = client_for("reviewer").get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert (
        '<blockquote dir="auto" lang="en">&lt;b&gt;<mark class="term">Tokyo Electron</mark>&lt;/b&gt; &amp; co '
        'fell <mark class="term">4.9%</mark>.<br>ASML fell 2%.</blockquote>'
    ) in page


def test_an_empty_bar_chart_is_a_sentence_and_a_full_one_an_svg_with_escaped_labels():
    from annotations.charts import bar_chart

    assert str(bar_chart([], title="Verdicts per reviewer", empty="No verdicts yet.")) == (
        '<p class="muted chart-empty">No verdicts yet.</p>'
    )
    chart = str(bar_chart([("<rita>", 3), ("rolf", 1)], title="Verdicts per reviewer"))
    assert chart.startswith('<svg class="chart"') and "&lt;rita&gt;: 3" in chart and "<rita>" not in chart
