"""Every endpoint with every kind of credential: allowed ones succeed, the rest get 401/403."""

import json

import pytest
from rest_framework.test import APIClient

from tests.factories import ClaimFactory, UserFactory

# endpoint → the scope it needs ("client" = any API client; webhooks belong to clients)
ENDPOINTS = [
    ("GET", "/api/v1/articles/", "read", 200),
    ("POST", "/api/v1/articles/", "submit", 201),
    ("GET", "/api/v1/articles/{article}/", "read", 200),
    ("GET", "/api/v1/claims/", "read", 200),
    ("GET", "/api/v1/claims/{claim}/", "read", 200),
    ("POST", "/api/v1/claims/{claim}/verdicts/", "review", 201),
    ("PUT", "/api/v1/claims/{claim}/speaker/", "review", 200),
    ("GET", "/api/v1/webhooks/", "client", 200),
    ("POST", "/api/v1/webhooks/", "client", 201),
]
BODIES = {
    "/api/v1/articles/": {"title": "T", "text": "Die Inflation stieg 2022 um 7,9 Prozent."},
    "/api/v1/claims/{claim}/verdicts/": {"rating": "verified", "rationale": "Confirmed.", "claim_version": 1},
    "/api/v1/claims/{claim}/speaker/": {"speaker": "Jane Roe", "speaker_type": "Person", "claim_version": 1},
    "/api/v1/webhooks/": {"url": "http://127.0.0.1:9/hook", "events": ["verdict.created"]},
}
# credential → scopes it carries
CREDENTIALS = {
    "anonymous": None,
    "token:submit": {"submit", "client"},
    "token:read": {"read", "client"},
    "token:review": {"review", "client"},
    "token:all": {"submit", "read", "review", "client"},
    "session:reviewer": {"read", "review"},
    "session:editor": {"read", "review", "submit"},
    "session:no-role": set(),
}


def make_client(credential, token_for):
    client = APIClient()
    if credential.startswith("token:"):
        scopes = ["submit", "read", "review"] if credential == "token:all" else [credential.split(":")[1]]
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_for(*scopes, name=credential)}")
    elif credential.startswith("session:"):
        role = credential.split(":")[1]
        client.force_login(UserFactory(username=f"u-{role}", roles=[] if role == "no-role" else [role]))
    return client


@pytest.mark.parametrize("credential", list(CREDENTIALS))
@pytest.mark.parametrize(("method", "path", "scope", "ok"), ENDPOINTS)
def test_endpoint_permissions(db, token_for, credential, method, path, scope, ok):
    claim = ClaimFactory()
    client = make_client(credential, token_for)
    url = path.format(article=claim.article_id, claim=claim.pk)
    body = BODIES.get(path)
    if method in ("POST", "PUT"):
        response = client.generic(method, url, json.dumps(body), content_type="application/json")
    else:
        response = client.get(url)
    scopes = CREDENTIALS[credential]
    if scopes is None:
        assert response.status_code == 401
        assert response["WWW-Authenticate"].startswith("Bearer")
    elif scope in scopes:
        assert response.status_code == ok, response.content
    else:
        assert response.status_code == 403, response.content
        assert response["Content-Type"] == "application/problem+json"


def test_invalid_token_is_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer fck_not-a-real-token")
    response = client.get("/api/v1/claims/")
    assert response.status_code == 401
    assert "invalid" in response.json()["detail"]


def test_deactivated_client_is_401(db, token_for):
    from annotations.models import ApiClient

    token = token_for("read", name="gone")
    ApiClient.objects.filter(name="gone").update(is_active=False)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert client.get("/api/v1/claims/").status_code == 401


def test_tokens_are_stored_only_as_hashes(db, token_for):
    from annotations.models import ApiClient

    token = token_for("read", name="hashed")
    stored = ApiClient.objects.get(name="hashed")
    assert token not in (stored.token_hash, stored.token_prefix)
    assert len(stored.token_hash) == 64
