"""Security: every URL with every role against a declared permission table, deployment
checks, secrets at rest and in logs, hostile input through every entry point."""

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from annotations.models import ApiClient, Article, Claim, LibraryDocument
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory

ROOT = Path(__file__).resolve().parents[1]

# Who may GET each named URL: "public", "reviewer" (reviewers, editors, admins), "editor",
# "staff" (Django admin), "api" (bearer token or session with the right scope: tested in
# tests/annotations/api/test_permissions.py).
PERMISSIONS = {
    "healthz": "public",
    "livez": "public",
    "login": "public",
    "logout": "post-only",
    "annotations:queue": "reviewer",
    "annotations:article": "reviewer",
    "annotations:article-new": "reviewer",
    "annotations:article-progress": "reviewer",
    "annotations:claim": "reviewer",
    "annotations:claim-add": "post-only",
    "annotations:claims-merge": "post-only",
    "annotations:claim-take": "post-only",
    "annotations:claim-release": "post-only",
    "annotations:claim-dismiss": "post-only",
    "annotations:claim-span": "post-only",
    "annotations:claim-speaker": "post-only",
    "annotations:claim-comment": "post-only",
    "annotations:claim-reopen": "post-only",
    "annotations:lookup-retry": "post-only",
    "annotations:lookups-rerun": "post-only",
    "annotations:verdict-action": "post-only",
    "annotations:dashboard": "editor",
    "annotations:exports": "editor",
    "schema": "public",
    "api-docs": "public",
    "api-redoc": "public",
}
API_PREFIX = "api:"
ADMIN_RULES = {
    "admin:login": "public",
    "admin:logout": "post-only",
    # Verdicts are append-only: nobody edits or deletes one, not even an admin.
    "admin:annotations_verdict_delete": "nobody",
    "admin:annotations_verdict_change": "nobody",
}
ROLES = {
    "anonymous": set(),
    "no-role": set(),
    "reviewer": {"reviewer"},
    "editor": {"reviewer", "editor"},
    "admin": {"reviewer", "editor", "staff"},
}


def named_urls():
    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, ns)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield f"{namespace}{pattern.name}", pattern

    return dict(walk(get_resolver().url_patterns))


def test_every_named_url_is_in_the_permission_table():
    names = {name for name in named_urls() if not name.startswith("admin:") and not name.startswith(API_PREFIX)}
    assert names == set(PERMISSIONS), f"declare these: {names ^ set(PERMISSIONS)}"


@pytest.fixture
def world(db):
    article = ArticleFactory()
    claim = ClaimFactory(article=article)
    lookup = EvidenceFactory(lookup__claim=claim).lookup
    return {
        "article_id": article.pk,
        "claim_id": claim.pk,
        "lookup_id": lookup.pk,
        "verdict_id": 1,
        "action": "publish",
        "object_id": "1",
        "app_label": "annotations",
        "content_type_id": "1",
        "url": "x",
        "pk": "1",
        "id": "1",
    }


def url_for(name, pattern, world):
    from django.urls import reverse

    kwargs = {key: world[key] for key in pattern.pattern.regex.groupindex}
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("role", list(ROLES))
def test_walk_every_url_with_every_role(world, role):
    client = Client()
    if role == "admin":
        user = UserFactory(username="root", roles=["admin"])
        user.is_staff = user.is_superuser = True
        user.save()
        client.force_login(user)
    elif role != "anonymous":
        client.force_login(UserFactory(username=f"u-{role}", roles=[] if role == "no-role" else [role]))
    for name, pattern in named_urls().items():
        if name.startswith(API_PREFIX):
            continue
        url = url_for(name, pattern, world)
        rule = ADMIN_RULES.get(name, "staff") if name.startswith("admin:") else PERMISSIONS[name]
        response = client.get(url)
        if rule == "public":
            assert response.status_code in (200, 302, 503), (name, response.status_code)
        elif rule == "post-only":
            assert response.status_code in (302, 405), (name, role, response.status_code)
            if role == "anonymous":
                continue
        elif role == "anonymous":
            assert response.status_code == 302 and "/login/" in response["Location"], (name, response.status_code)
        elif rule in ROLES[role]:
            # The admin's autocomplete answers 403 without its query parameters.
            allowed = (200, 302, 404, 403) if name == "admin:autocomplete" else (200, 302, 404)
            assert response.status_code in allowed, (name, role, response.status_code)
        elif rule == "nobody":
            expected = (403, 302) if role == "admin" else (302,)
            assert response.status_code in expected, (name, role, response.status_code)
        elif rule == "staff":
            assert response.status_code == 302 and "/admin/login/" in response["Location"], (name, role)
        else:
            assert response.status_code == 403, (name, role, response.status_code)


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    env = dict(
        os.environ,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="x" * 60 + "-production-secret-key-value",
        DJANGO_ALLOWED_HOSTS="factcheck.example.org",
        DJANGO_SETTINGS_MODULE="factcheck.settings",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = dict(os.environ, DJANGO_DEBUG="false", DJANGO_SECRET_KEY="", DJANGO_SETTINGS_MODULE="factcheck.settings")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_passwords_and_tokens_are_only_hashed_at_rest(db):
    from annotations.services.api_clients import api_client_create

    user = UserFactory(username="hashy", roles=["reviewer"])
    assert "secret-pass-123" not in user.password
    client, token = api_client_create(name="at-rest", scopes=["read"])
    row = ApiClient.objects.filter(pk=client.pk).values().get()
    assert token not in json.dumps(row, default=str)


def test_secrets_never_reach_the_logs(db, caplog, settings):
    from annotations.services.api_clients import api_client_create

    caplog.set_level(logging.DEBUG)
    _, token = api_client_create(name="logged", scopes=["read"])
    client = Client()
    client.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Bearer {token}")
    client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Bearer fck_wrong-token-value")
    client.post("/login/", {"username": "nobody", "password": "my-secret-password"})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert token not in logged
    assert "fck_wrong-token-value" not in logged
    assert "my-secret-password" not in logged


# --- hostile inputs through every entry point -------------------------------------------------
HOSTILE = {
    "empty": "",
    "nul": "Zahl 5 \x00 Prozent",
    "lone surrogate": "Zahl 5 \ud800 Prozent",
    "combining": "Mu\u0308ller sagte, der Umsatz stieg 2023 um 5 Prozent." * 3,
    "rtl marks": "\u202eDer Umsatz stieg 2023 um 5 Prozent.\u202c \u05e9\u05dc\u05d5\u05dd",
    "10,000 emoji": "🎉" * 10_000,
    "script injection": "<script>alert('x')</script> Der Umsatz stieg 2023 um 5 Prozent.",
    "template syntax": "{{ settings.SECRET_KEY }} {% debug %} Der Umsatz stieg 2023 um 5 Prozent.",
    "sql syntax": "'; DROP TABLE annotations_claim; -- Der Umsatz stieg 2023 um 5 Prozent.",
    "huge": "Der Umsatz stieg 2023 um 5 Prozent. " * 80_000,
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_text_through_the_api(db, kind, settings):
    from annotations.services.api_clients import api_client_create

    settings.ARTICLE_MAX_CHARS = 1_000_000
    _, token = api_client_create(name=f"hostile-{kind}", scopes=["submit", "read"])
    client = Client()
    body = json.dumps({"title": kind, "text": HOSTILE[kind]})
    response = client.post(
        "/api/v1/articles/", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert response.status_code < 500
    if response.status_code == 201:
        article = Article.objects.get()
        for claim in article.claims.all():
            assert article.text[claim.start : claim.end] == claim.text
    else:
        assert response.status_code in (400, 413)
        assert Article.objects.count() == 0, "nothing half-stored"


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_text_through_the_command(db, tmp_path, kind):
    path = tmp_path / "a.txt"
    path.write_bytes(HOSTILE[kind].encode("utf-8", "surrogatepass"))
    try:
        call_command("submit_article", str(path), "--title", kind, stdout=io.StringIO())
    except Exception as exc:  # noqa: BLE001 - any failure must be a clear CommandError
        from django.core.management import CommandError

        assert isinstance(exc, CommandError), repr(exc)
        assert Article.objects.count() == 0
    else:
        assert Article.objects.count() == 1


@pytest.mark.parametrize("kind", ["script injection", "template syntax", "rtl marks", "10,000 emoji"])
def test_hostile_text_is_shown_escaped_in_the_ui(db, kind):
    text = HOSTILE[kind] + " Der Umsatz stieg 2023 um 5 Prozent."
    article = ArticleFactory(title=HOSTILE[kind][:200], text=text)
    claim = ClaimFactory(article=article, text=text[:50], start=0, end=50, speaker="<b>x</b>")
    client = Client()
    client.force_login(UserFactory(username="viewer", roles=["reviewer"]))
    for url in (f"/claims/{claim.pk}/", f"/articles/{article.pk}/", "/"):
        body = client.get(url).content.decode()
        assert "<script>alert" not in body
        assert "<b>x</b>" not in body
        assert "SECRET_KEY" not in body or "{{ settings.SECRET_KEY }}" in body.replace("&#x27;", "'")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("nested.json", "[" * 50_000 + "]" * 50_000),
        ("graph.json", '{"@graph": [{"@type": "ClaimReview", "claimReviewed": 42, "url": "x"}]}'),
        ("wrongtype.json", '{"@type": ["ClaimReview"], "claimReviewed": "", "@id": "x"}'),
        ("binary.json", "\udcff\udcfe"),
        ("nul.jsonl", '{"id": "a", "claim": "x\\u0000y"}'),
    ],
)
def test_malformed_claimreview_files_are_refused_cleanly(db, tmp_path, name, content):
    from annotations.models import FactCheck

    path = tmp_path / name
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    try:
        call_command("import_factchecks", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    except Exception as exc:  # noqa: BLE001
        from django.core.management import CommandError

        assert isinstance(exc, CommandError), repr(exc)
    assert FactCheck.objects.count() == 0, "nothing half-imported"


def test_hostile_library_files_are_reported_not_crashed(db, tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin1.txt").write_bytes("Gr\xfc\xdfe".encode("latin-1"))
    (tmp_path / "ok.md").write_text("# Fine\nDer Umsatz stieg 2023 um 5 Prozent.")
    err = io.StringIO()
    call_command("import_library", str(tmp_path), stdout=io.StringIO(), stderr=err)
    assert "nul.txt" in err.getvalue() and "latin1.txt" in err.getvalue()
    assert LibraryDocument.objects.count() == 1


def test_ui_forms_refuse_hostile_offsets_and_text(db):
    article = ArticleFactory(text="Der Umsatz stieg 2023 um 5 Prozent.")
    client = Client()
    client.force_login(UserFactory(username="formy", roles=["reviewer"]))
    for data in (
        {"start": "-5", "end": "3"},
        {"start": "0", "end": "999999999999"},
        {"start": "x", "end": "y"},
        {"start": "10", "end": "5"},
    ):
        response = client.post(f"/articles/{article.pk}/claims/", data)
        assert response.status_code == 302
    assert not Claim.objects.exists()


def test_every_form_endpoint_refuses_posts_without_a_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    user = UserFactory(username="csrf-all", roles=["editor"])
    client.force_login(user)
    posted = 0
    for name, pattern in named_urls().items():
        if PERMISSIONS.get(name) != "post-only" or name == "logout":
            continue
        response = client.post(url_for(name, pattern, world), {"comment": "x", "reason": "x", "version": 1})
        assert response.status_code == 403, (name, response.status_code)
        posted += 1
    assert posted == 12, "every reviewer and editor form action was tried"
    # Session-authenticated API writes need the token too.
    api = client.post(
        "/api/v1/articles/", json.dumps({"title": "T", "text": "Text 5."}), content_type="application/json"
    )
    assert api.status_code == 403
    assert Claim.objects.count() == 1 and Article.objects.count() == 1
