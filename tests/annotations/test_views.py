import pytest
from django.test import Client
from django.urls import reverse

from annotations.models import Claim, Verdict
from tests.factories import ClaimFactory, EvidenceFactory


@pytest.fixture
def claim(db):
    return ClaimFactory(text="Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.")


PAGES = [
    ("annotations:queue", lambda claim: {}),
    ("annotations:claim", lambda claim: {"claim_id": claim.pk}),
    ("annotations:article", lambda claim: {"article_id": claim.article_id}),
]


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client, claim, name, kwargs):
    response = client.get(reverse(name, kwargs=kwargs(claim)))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_signed_in_users_without_a_role_get_403(outsider, claim, name, kwargs):
    client = Client()
    client.force_login(outsider)
    assert client.get(reverse(name, kwargs=kwargs(claim))).status_code == 403


@pytest.mark.parametrize("role", ["reviewer", "editor"])
@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_reviewers_and_editors_see_every_page(request, claim, role, name, kwargs):
    client = Client()
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse(name, kwargs=kwargs(claim)))
    assert response.status_code == 200
    assert "4,9 Prozent" in response.content.decode()


def test_claim_page_shows_evidence_and_records_a_verdict(reviewer_client, claim):
    evidence = EvidenceFactory(lookup__claim=claim, source_title="Statistics office")
    url = reverse("annotations:claim", kwargs={"claim_id": claim.pk})
    page = reviewer_client.get(url).content.decode()
    assert "Statistics office" in page
    assert "Agrees on the numbers" not in page or evidence.numeric_check == "agrees"
    response = reviewer_client.post(
        url,
        {
            "rating": "verified",
            "rationale": "Confirmed by the office.",
            "claim_version": 1,
            "cited_evidence": [str(evidence.pk)],
        },
    )
    assert response.status_code == 302
    verdict = Verdict.objects.get(claim=claim)
    assert verdict.rating.slug == "verified"
    assert list(verdict.cited_evidence.all()) == [evidence]
    history = reviewer_client.get(url).content.decode()
    assert "Confirmed by the office." in history


def test_the_evidence_a_verdict_cites_is_told_apart_by_its_passage(reviewer_client, claim):
    first = EvidenceFactory(lookup__claim=claim, source_title="Annual report", passage="Exports fell 4.9 percent.")
    second = EvidenceFactory(
        lookup=first.lookup, source_title="Annual report", passage="Imports rose\n2 percent " + "in May " * 20, rank=2
    )
    page = reviewer_client.get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert f'value="{first.pk}"' in page and f'value="{second.pk}"' in page
    assert "Annual report (library): “Exports fell 4.9 percent.”" in page
    # Whitespace is folded and a long passage is cut to 90 characters.
    folded = ("Imports rose 2 percent " + "in May " * 20)[:89]
    assert f"Annual report (library): “{folded}…”" in page


def test_verdict_without_rationale_is_refused_with_a_message(reviewer_client, claim):
    url = reverse("annotations:claim", kwargs={"claim_id": claim.pk})
    response = reviewer_client.post(url, {"rating": "verified", "rationale": " ", "claim_version": 1})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode() or "rationale is required" in response.content.decode()
    assert not Verdict.objects.exists()


def test_stale_verdict_shows_the_conflict_and_keeps_the_reviewers_text(reviewer_client, claim):
    url = reverse("annotations:claim", kwargs={"claim_id": claim.pk})
    reviewer_client.post(url, {"rating": "verified", "rationale": "First.", "claim_version": 1})
    response = reviewer_client.post(url, {"rating": "disputed", "rationale": "My careful text.", "claim_version": 1})
    assert response.status_code == 409
    body = response.content.decode()
    assert "changed since you opened it" in body
    assert "My careful text." in body
    assert Verdict.objects.filter(claim=claim).count() == 1
    claim.refresh_from_db()
    assert claim.status == Claim.Status.VERIFIED


def test_user_text_is_escaped_on_every_page(reviewer_client, db):
    claim = ClaimFactory(text="<script>alert(1)</script> stieg um 5 Prozent.")
    body = reviewer_client.get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_missing_claim_is_404(reviewer_client, db):
    assert reviewer_client.get(reverse("annotations:claim", kwargs={"claim_id": 999999})).status_code == 404


def test_login_page_is_public_and_signs_in(client, reviewer):
    assert client.get(reverse("login")).status_code == 200
    response = client.post(reverse("login"), {"username": "rita", "password": "secret-pass-123"})
    assert response.status_code == 302
    assert client.get(reverse("annotations:queue")).status_code == 200


def test_queue_query_count_does_not_grow_with_claims(reviewer_client, db, django_assert_max_num_queries):
    for _ in range(30):
        ClaimFactory()
    with django_assert_max_num_queries(8):
        assert reviewer_client.get(reverse("annotations:queue")).status_code == 200


def test_queue_language_filter_ignores_case_and_score_takes_a_decimal_comma(reviewer_client, db):
    german = ClaimFactory(language="de", score=0.8)
    ClaimFactory(language="en", score=0.8)
    ClaimFactory(language="de", score=0.3)
    response = reviewer_client.get(reverse("annotations:queue"), {"language": "DE", "min_score": "0,5"})
    assert response.status_code == 200
    assert [c.pk for c in response.context["page"]] == [german.pk]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"language": "german"}, "Language “german” is not an ISO 639-1 code"),
        ({"article": "abc"}, "Article id “abc” is not a number"),
        ({"min_score": "2"}, "Score at least “2” is not a number from 0 to 1"),
        ({"min_score": "nan"}, "Score at least “nan” is not a number from 0 to 1"),
    ],
)
def test_queue_says_which_filter_it_could_not_use_and_keeps_the_typed_value(reviewer_client, claim, query, message):
    response = reviewer_client.get(reverse("annotations:queue"), query)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert f'value="{next(iter(query.values()))}"' in page
    assert [c.pk for c in response.context["page"]] == [claim.pk]  # the rest of the query still applies


def test_a_reviewer_corrects_the_speaker_on_the_claim_page(reviewer_client, claim):
    page = reviewer_client.get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert "Save speaker" in page
    url = reverse("annotations:claim-speaker", kwargs={"claim_id": claim.pk})
    response = reviewer_client.post(
        url, {"speaker": "Statistisches Bundesamt", "speaker_type": "Organization", "version": 1}, follow=True
    )
    assert "Speaker saved." in response.content.decode()
    assert "Speaker: <strong>Statistisches Bundesamt</strong> (organisation)" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_type) == ("Statistisches Bundesamt", "Organization")
    # A stale form and a name without its type are refused with a message; nothing changes.
    stale = reviewer_client.post(url, {"speaker": "Jane Roe", "speaker_type": "Person", "version": 1}, follow=True)
    assert "changed since you opened it" in stale.content.decode()
    untyped = reviewer_client.post(url, {"speaker": "Jane Roe", "version": 2}, follow=True)
    assert "is a person or an organisation" in untyped.content.decode()
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("Statistisches Bundesamt", 2)


def test_a_reviewer_has_every_provider_look_a_claim_up_again_from_its_page(reviewer_client, claim, settings):
    settings.EVIDENCE_PROVIDERS = ["library", "factchecks"]
    page = reviewer_client.get(reverse("annotations:claim", kwargs={"claim_id": claim.pk})).content.decode()
    assert "Look up all again" in page
    url = reverse("annotations:lookups-rerun", kwargs={"claim_id": claim.pk})
    response = reviewer_client.post(url, follow=True)
    assert "Every provider looks this claim up again." in response.content.decode()
    assert sorted(claim.lookups.values_list("provider", "status")) == [("factchecks", "queued"), ("library", "queued")]
    # A dismissed claim offers no such button, and a post is refused with the reason.
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.DISMISSED)
    refused = reviewer_client.post(url, follow=True).content.decode()
    assert "A dismissed claim is not researched" in refused
    assert "Look up all again" not in refused
