import json
import unicodedata

import pytest
from django.test import override_settings

from annotations.models import Article, Claim

BODY = {"title": "Arbeitsmarkt", "text": "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.", "language": "de"}


def post(client, body, **headers):
    return client.post("/api/v1/articles/", json.dumps(body), content_type="application/json", **headers)


def test_submit_returns_201_with_location_and_status(api):
    response = post(api("submit", "read"), BODY)
    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "processing"
    assert response["Location"].endswith(f"/api/v1/articles/{data['id']}/")
    assert Article.objects.get().claims.count() == 1


def test_same_idempotency_key_and_body_returns_the_same_article(api):
    client = api("submit")
    first = post(client, BODY, HTTP_IDEMPOTENCY_KEY="abc-1")
    second = post(client, BODY, HTTP_IDEMPOTENCY_KEY="abc-1")
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Article.objects.count() == 1


def test_same_idempotency_key_with_another_body_is_409(api):
    client = api("submit")
    post(client, BODY, HTTP_IDEMPOTENCY_KEY="abc-2")
    response = post(client, {**BODY, "title": "Other"}, HTTP_IDEMPOTENCY_KEY="abc-2")
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert Article.objects.count() == 1


@pytest.mark.parametrize("key", ["abc\x00", "line\nbreak", "del\x7f"])
def test_idempotency_key_with_control_characters_is_400(api, key):
    response = post(api("submit"), BODY, HTTP_IDEMPOTENCY_KEY=key)
    assert response.status_code == 400
    assert response.json()["detail"] == "The Idempotency-Key header holds control characters."
    assert Article.objects.count() == 0


def test_same_external_id_returns_the_existing_article(api):
    client = api("submit")
    first = post(client, {**BODY, "external_id": "cms-42"})
    second = post(client, {**BODY, "external_id": "cms-42", "title": "Retitled"})
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["id"] == first.json()["id"]


def test_external_ids_are_per_client(api):
    post(api("submit", name="one"), {**BODY, "external_id": "x"})
    assert post(api("submit", name="two"), {**BODY, "external_id": "x"}).status_code == 201


def test_html_is_reduced_to_article_text(api):
    html = (
        "<html><head><title>T</title><script>evil()</script></head><body><nav>Menu</nav>"
        "<p>Die Inflation stieg 2022 um 7,9 Prozent.</p></body></html>"
    )
    response = post(api("submit"), {"title": "Inflation", "html": html})
    assert response.status_code == 201
    article = Article.objects.get()
    assert article.text == "Die Inflation stieg 2022 um 7,9 Prozent."


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "T"}, "text"),
        ({"title": "T", "text": "   "}, "text"),
        ({"title": "", "text": "Some text with 5 numbers."}, "title"),
        ({"title": "T", "text": "x", "language": "xx"}, "language"),
        ({"title": "T", "text": "x", "language": "german"}, "language"),
        ({"title": "T", "text": "x", "published_at": "0001-01-01T00:00:00Z"}, "published_at"),
        ({"title": "T", "text": "x", "published_at": "3000-01-01T00:00:00Z"}, "published_at"),
        ({"title": "T", "text": "x", "published_at": "yesterday"}, "published_at"),
        ({"title": "T", "text": {"nested": ["x"]}}, "text"),
        ({"title": "T", "text": 5}, "text"),
        ({"title": 2024, "text": "Some text with 5 numbers."}, "title"),
        ({"title": "T", "text": "x", "language": 1}, "language"),
        ({"title": "T", "text": "x", "external_id": 12345}, "external_id"),
        ({"title": "T", "text": "x", "html": "<p>y</p>"}, "text"),
        ({"title": "T", "text": "x", "url": "javascript:alert(1)"}, "url"),
        ({"title": "T" * 501, "text": "x"}, "title"),
    ],
)
def test_bad_fields_get_400_problem_details_and_store_nothing(api, body, field):
    response = post(api("submit"), body)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400
    assert field in problem["errors"]
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"title": "T", "text": ', "Malformed JSON"),
        (b'{"title": "T", "text": "\xff\xfe"}', "not valid UTF-8"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
        (b'{"title": "T", "text": NaN}', "Malformed JSON"),
    ],
)
def test_unparseable_bodies_get_400(api, raw, message):
    response = api("submit").post("/api/v1/articles/", raw, content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    "body",
    [
        {"title": "T", "text": "a\u0000b"},
        {"title": "T\u0000", "text": "ok 5"},
        {"title": "T", "text": "x", "external_id": "\u0000"},
    ],
)
def test_nul_in_any_field_is_refused(api, body):
    response = post(api("submit"), body)
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_nul_in_query_parameters_is_refused(api):
    response = api("read").get("/api/v1/exports/verdicts?format=csv&reviewer=%00")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_lone_surrogate_escape_is_refused(api):
    raw = b'{"title": "T", "text": "bad \\ud800 text with 5 numbers"}'
    response = api("submit").post("/api/v1/articles/", raw, content_type="application/json")
    assert response.status_code == 400
    assert Article.objects.count() == 0


def test_wrong_content_type_is_415(api):
    response = api("submit").post(
        "/api/v1/articles/", "title=T&text=x", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415
    assert response["Content-Type"] == "application/problem+json"


@override_settings(ARTICLE_MAX_CHARS=100, DATA_UPLOAD_MAX_MEMORY_SIZE=10_000)
def test_text_over_the_limit_is_413_and_body_over_the_limit_is_413(api):
    client = api("submit")
    response = post(client, {"title": "T", "text": "Zahl 5 " * 30})
    assert response.status_code == 413
    assert "limit is 100" in json.dumps(response.json())
    response = post(client, {"title": "T", "text": "x" * 20_000})
    assert response.status_code == 413
    assert Article.objects.count() == 0


def test_article_detail_shows_progress_and_claims(api):
    created = post(api("submit"), BODY).json()
    response = api("read").get(f"/api/v1/articles/{created['id']}/")
    assert response.status_code == 200
    data = response.json()
    assert data["progress"] == {"lookups_total": 2, "lookups_done": 0, "lookups_failed": 0, "percent": 0}
    assert [c["text"] for c in data["claims"]] == ["Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent."]
    assert data["text"].startswith("Die Arbeitslosigkeit")


def test_article_list_is_cursor_paginated(api):
    client = api("submit", "read")
    for i in range(3):
        post(client, {**BODY, "title": f"A{i}"})
    page = client.get("/api/v1/articles/?page_size=2").json()
    assert [a["title"] for a in page["results"]] == ["A2", "A1"]
    second = client.get(page["next"]).json()
    assert [a["title"] for a in second["results"]] == ["A0"]
    assert Claim.objects.count() == 3


def test_an_article_of_a_text_submitted_before_names_the_first_one_everywhere(api):
    """Stored all the same (nothing is lost), but its claims would be reviewed twice."""
    client = api("submit", "read")
    text = "Die Löhne stiegen 2023 um 4,9 Prozent."
    first = post(client, {**BODY, "text": text}).json()
    assert first["same_text_as"] is None
    # The same text in another Unicode normal form is the same text (articles are stored NFC).
    second = post(client, {**BODY, "title": "Noch einmal", "text": unicodedata.normalize("NFD", text)})
    assert second.status_code == 201
    assert second.json()["same_text_as"] == first["id"]
    other = post(client, {**BODY, "text": "Die Arbeitslosigkeit sank 2023 um 4,9 Prozent."}).json()
    assert other["same_text_as"] is None
    listed = {row["id"]: row["same_text_as"] for row in client.get("/api/v1/articles/").json()["results"]}
    assert listed == {first["id"]: None, second.json()["id"]: first["id"], other["id"]: None}
    detail = client.get(f"/api/v1/articles/{second.json()['id']}/").json()
    assert detail["same_text_as"] == first["id"]
    assert client.get(f"/api/v1/articles/{first['id']}/").json()["same_text_as"] is None
