import datetime as dt
import json

import pytest
from django.test import override_settings
from django.utils import timezone

from annotations.models import Claim, Verdict
from annotations.services.reviews import verdict_submit
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory


@pytest.fixture
def claims(db):
    reviewer = UserFactory(roles=["reviewer"])
    de = ClaimFactory(language="de", status=Claim.Status.READY)
    en = ClaimFactory(language="en", text="Exports rose 4 percent.", status=Claim.Status.READY)
    disputed = ClaimFactory(language="en", text="Imports fell 2 percent.")
    verdict_submit(claim_id=disputed.pk, rating="disputed", rationale="No.", claim_version=1, reviewer=reviewer)
    return {"de": de, "en": en, "disputed": disputed}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("language=de", ["de"]),
        ("language=en", ["en", "disputed"]),
        ("status=ready", ["de", "en"]),
        ("status=disputed", ["disputed"]),
        ("rating=disputed", ["disputed"]),
        ("rating=verified", []),
    ],
)
def test_claim_filters_select_exactly_the_right_rows(api, claims, query, expected):
    data = api("read").get(f"/api/v1/claims/?{query}").json()
    assert sorted(c["id"] for c in data["results"]) == sorted(claims[k].pk for k in expected)


def test_claim_filter_by_article_and_updated_since(api, claims):
    client = api("read")
    article = claims["de"].article_id
    assert [c["id"] for c in client.get(f"/api/v1/claims/?article={article}").json()["results"]] == [claims["de"].pk]
    Claim.objects.filter(pk=claims["en"].pk).update(updated_at=timezone.now() - dt.timedelta(days=3))
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    ids = {c["id"] for c in client.get("/api/v1/claims/", {"updated_since": since}).json()["results"]}
    assert claims["en"].pk not in ids
    assert claims["de"].pk in ids


def test_bad_filter_values_are_400(api, claims):
    client = api("read")
    assert client.get("/api/v1/claims/?status=nonsense").status_code == 400
    assert client.get("/api/v1/claims/?updated_since=not-a-date").status_code == 400
    for query, field in (("language=german", "language"), ("rating=disputd", "rating")):
        response = client.get(f"/api/v1/claims/?{query}")
        assert response.status_code == 400
        assert field in response.json()["errors"]


def test_the_language_filter_ignores_case(api, claims):
    ids = {c["id"] for c in api("read").get("/api/v1/claims/?language=DE").json()["results"]}
    assert claims["de"].pk in ids
    assert claims["en"].pk not in ids


def test_claim_list_shows_current_verdict(api, claims):
    data = api("read").get("/api/v1/claims/?rating=disputed").json()["results"][0]
    assert data["current_verdict"]["rating"] == "disputed"


def test_claim_detail_has_evidence_lookups_and_history(api, claims):
    claim = claims["disputed"]
    EvidenceFactory(lookup__claim=claim, language="es")
    reviewer = UserFactory(roles=["reviewer"])
    verdict_submit(claim_id=claim.pk, rating="verified", rationale="Yes after all.", claim_version=2, reviewer=reviewer)
    data = api("read").get(f"/api/v1/claims/{claim.pk}/").json()
    assert len(data["evidence"]) == 1
    assert data["evidence"][0]["language"] == "es"
    assert len(data["lookups"]) == 1
    assert [v["rating"] for v in data["verdicts"]] == ["verified", "disputed"]
    assert data["current_verdict"]["rating"] == "verified"
    assert data["version"] == 3


def test_claims_carry_their_speaker_and_its_type(api, claims):
    Claim.objects.filter(pk=claims["de"].pk).update(speaker="Statistisches Bundesamt", speaker_type="Organization")
    client = api("read")
    data = client.get(f"/api/v1/claims/{claims['de'].pk}/").json()
    assert (data["speaker"], data["speaker_type"]) == ("Statistisches Bundesamt", "Organization")
    article = client.get(f"/api/v1/articles/{claims['de'].article_id}/").json()
    assert [(c["speaker"], c["speaker_type"]) for c in article["claims"]] == [
        ("Statistisches Bundesamt", "Organization")
    ]
    plain = client.get(f"/api/v1/claims/{claims['en'].pk}/").json()
    assert (plain["speaker"], plain["speaker_type"]) == ("", "")


def test_missing_claim_is_404_problem(api, db):
    response = api("read").get("/api/v1/claims/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_api_verdict_records_the_client_as_author(api, claims):
    claim = claims["en"]
    evidence = EvidenceFactory(lookup__claim=claim)
    response = api("review", name="newsroom-tool").post(
        f"/api/v1/claims/{claim.pk}/verdicts/",
        json.dumps(
            {"rating": "verified", "rationale": "Agency data.", "claim_version": 1, "cited_evidence": [evidence.pk]}
        ),
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["author"] == "API client newsroom-tool"
    assert Verdict.objects.get(claim=claim).cited_evidence.get() == evidence


def test_stale_verdict_is_409_with_the_current_version(api, claims):
    client = api("review")
    url = f"/api/v1/claims/{claims['disputed'].pk}/verdicts/"
    response = client.post(
        url, json.dumps({"rating": "verified", "rationale": "x", "claim_version": 1}), content_type="application/json"
    )
    assert response.status_code == 409
    assert response.json()["current_version"] == 2
    assert Verdict.objects.filter(claim=claims["disputed"]).count() == 1


@pytest.mark.parametrize(
    "body",
    [
        {"rating": "true-ish", "rationale": "x", "claim_version": 1},
        {"rating": "verified", "rationale": "", "claim_version": 1},
        {"rating": "verified", "rationale": 42, "claim_version": 1},
        {"rating": "verified", "rationale": "x"},
        {"rating": "verified", "rationale": "x", "claim_version": 1, "cited_evidence": [999999]},
    ],
)
def test_invalid_verdicts_are_400_and_store_nothing(api, claims, body):
    response = api("review").post(
        f"/api/v1/claims/{claims['en'].pk}/verdicts/", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 400
    assert not Verdict.objects.filter(claim=claims["en"]).exists()


def test_an_api_client_corrects_a_speaker_and_the_event_names_it(api, claims):
    from annotations.models import ClaimEvent

    claim = claims["en"]
    response = api("review", name="newsroom-tool").put(
        f"/api/v1/claims/{claim.pk}/speaker/",
        json.dumps({"speaker": "Tokyo Electron", "speaker_type": "Organization", "claim_version": 1}),
        content_type="application/json",
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["speaker"], body["speaker_type"], body["version"]) == ("Tokyo Electron", "Organization", 2)
    event = ClaimEvent.objects.get(claim=claim, kind="speaker_changed")
    assert (event.actor, event.api_client.name) == (None, "newsroom-tool")
    # Read-only clients may not; a stale version is 409 with the current one.
    assert (
        api("read")
        .put(
            f"/api/v1/claims/{claim.pk}/speaker/",
            json.dumps({"speaker": "", "claim_version": 2}),
            content_type="application/json",
        )
        .status_code
        == 403
    )
    stale = api("review").put(
        f"/api/v1/claims/{claim.pk}/speaker/",
        json.dumps({"speaker": "", "claim_version": 1}),
        content_type="application/json",
    )
    assert (stale.status_code, stale.json()["current_version"]) == (409, 2)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"speaker": "Jane Roe", "claim_version": 1}, "speaker_type"),
        ({"speaker": "Jane Roe", "speaker_type": "Robot", "claim_version": 1}, "speaker_type"),
        ({"speaker": "x" * 201, "speaker_type": "Person", "claim_version": 1}, "speaker"),
        ({"speaker": 42, "speaker_type": "Person", "claim_version": 1}, "speaker"),
        ({"speaker": "Jane Roe", "speaker_type": "Person"}, "claim_version"),
    ],
)
def test_invalid_speakers_are_400_and_change_nothing(api, claims, body, field):
    claim = claims["en"]
    response = api("review").put(
        f"/api/v1/claims/{claim.pk}/speaker/", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in response.json()["errors"]
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("", 1)


def test_a_decided_claim_s_speaker_is_refused_until_reopened(api, claims):
    response = api("review").put(
        f"/api/v1/claims/{claims['disputed'].pk}/speaker/",
        json.dumps({"speaker": "Jane Roe", "speaker_type": "Person", "claim_version": 2}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "reopen it first" in response.json()["errors"]["speaker"][0]


@override_settings(
    REST_FRAMEWORK={
        **__import__("django.conf", fromlist=["settings"]).settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"client": "2/minute"},
    }
)
def test_throttling_is_per_client_with_retry_after(api, db):
    from django.core.cache import cache
    from rest_framework.settings import api_settings

    from annotations.api.throttling import ClientRateThrottle

    cache.clear()
    original = ClientRateThrottle.THROTTLE_RATES
    api_settings.reload()
    ClientRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    try:
        busy = api("read", name="busy")
        assert busy.get("/api/v1/claims/").status_code == 200
        assert busy.get("/api/v1/claims/").status_code == 200
        response = busy.get("/api/v1/claims/")
        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        assert api("read", name="calm").get("/api/v1/claims/").status_code == 200
    finally:
        cache.clear()
        ClientRateThrottle.THROTTLE_RATES = original


def test_evidence_carries_the_offsets_the_reviewer_ui_marks_at_no_query_per_item(api):
    claim = ClaimFactory(text="Tokyo Electron verlor 4,9 Prozent.", language="de")
    first = EvidenceFactory(lookup__claim=claim, language="en", passage="Tokyo Electron fell 4.9% on Monday.")
    client = api("read")
    url = f"/api/v1/claims/{claim.pk}/"
    client.get(url)  # the client's authentication, once
    one, data = _queries(client, url)
    (item,) = data["evidence"]
    assert [item["passage"][a:b] for a, b in item["highlights"]] == ["Tokyo Electron", "4.9%"]
    for n in range(3):
        EvidenceFactory(lookup=first.lookup, passage=f"Tokyo Electron {n}.")
    four, data = _queries(client, url)
    assert len(data["evidence"]) == 4
    assert four == one


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        data = client.get(url).json()
    return len(captured), data


def test_claims_filter_by_minimum_score(api, claims):
    Claim.objects.filter(pk=claims["de"].pk).update(score=0.91)
    Claim.objects.filter(pk=claims["en"].pk).update(score=0.55)
    Claim.objects.filter(pk=claims["disputed"].pk).update(score=0.9)
    client = api("read")
    ids = {c["id"] for c in client.get("/api/v1/claims/?min_score=0.9").json()["results"]}
    assert ids == {claims["de"].pk, claims["disputed"].pk}
    for bad in ("high", "1.5", "-0.1"):
        response = client.get(f"/api/v1/claims/?min_score={bad}")
        assert response.status_code == 400
        assert "min_score" in response.json()["errors"]


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/articles/"])
def test_a_parameter_a_list_does_not_take_is_400_not_every_row(api, claims, path):
    client = api("read")
    response = client.get(f"{path}?minscore=0.9&status=ready")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert "minscore" in errors
    assert "cursor" in errors["minscore"][0]
    # The pagination's own parameters are taken everywhere.
    assert client.get(f"{path}?page_size=1").status_code == 200


def test_an_api_client_has_a_claims_evidence_looked_up_again(api, claims, settings):
    from annotations.models import Article, ClaimEvent, EvidenceLookup

    settings.EVIDENCE_PROVIDERS = ["library", "factchecks"]
    claim = claims["en"]
    EvidenceLookup.objects.create(claim=claim, provider="library", status="done", queued_at=timezone.now())
    Article.objects.filter(pk=claim.article_id).update(lookups_total=1, lookups_done=1)
    response = api("review", name="newsroom-tool").post(f"/api/v1/claims/{claim.pk}/lookups/rerun/")
    assert response.status_code == 202
    body = response.json()
    assert body["queued"] == 2
    assert sorted((lookup["provider"], lookup["status"]) for lookup in body["lookups"]) == [
        ("factchecks", "queued"),
        ("library", "queued"),
    ]
    event = ClaimEvent.objects.get(claim=claim, kind="lookups_rerun")
    assert (event.actor, event.api_client.name) == (None, "newsroom-tool")


def test_looking_up_again_needs_the_review_scope_a_claim_and_one_not_dismissed(api, claims, settings):
    settings.EVIDENCE_PROVIDERS = ["library"]
    claim = claims["en"]
    reviewing = api("review")
    assert api("read").post(f"/api/v1/claims/{claim.pk}/lookups/rerun/").status_code == 403
    assert reviewing.post("/api/v1/claims/999999/lookups/rerun/").status_code == 404
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.DISMISSED)
    refused = reviewing.post(f"/api/v1/claims/{claim.pk}/lookups/rerun/")
    assert refused.status_code == 400
    assert refused["Content-Type"] == "application/problem+json"
    assert "dismissed" in refused.json()["errors"]["lookups"][0]
    assert not claim.lookups.exists()
