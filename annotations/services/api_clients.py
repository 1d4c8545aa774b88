"""API clients and their tokens: a token is shown once; only its SHA-256 is stored.

Tokens are 256-bit random strings, so a fast hash is enough (no password stretching
needed): guessing one is as hard as guessing the token itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from annotations.models import ApiClient

SCOPES = ("submit", "read", "review")
TOKEN_PREFIX = "fck_"  # noqa: S105 - a public prefix, not a secret


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def _validate_scopes(scopes: list[str]) -> list[str]:
    cleaned = sorted({s.strip() for s in scopes if s.strip()})
    unknown = [s for s in cleaned if s not in SCOPES]
    if unknown or not cleaned:
        raise ValidationError(
            {"scopes": f"Scopes must be among {', '.join(SCOPES)}; got {', '.join(scopes) or 'none'}."}
        )
    return cleaned


def api_client_create(*, name: str, scopes: list[str]) -> tuple[ApiClient, str]:
    """Create a client; returns it with its token, which is never stored or shown again."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": "A name is required."})
    if ApiClient.objects.filter(name=name).exists():
        raise ValidationError({"name": f"An API client called {name!r} exists already."})
    token = _new_token()
    client = ApiClient.objects.create(
        name=name, scopes=_validate_scopes(scopes), token_hash=token_hash(token), token_prefix=token[:12]
    )
    return client, token


def api_client_rotate_token(*, client_id: int) -> tuple[ApiClient, str]:
    """Replace a client's token; the old one stops working at once."""
    token = _new_token()
    with transaction.atomic():
        client = ApiClient.objects.select_for_update().get(pk=client_id)
        client.token_hash = token_hash(token)
        client.token_prefix = token[:12]
        client.save(update_fields=["token_hash", "token_prefix"])
    return client, token


def api_client_authenticate(token: str) -> ApiClient | None:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    digest = token_hash(token)
    client = ApiClient.objects.filter(token_hash=digest, is_active=True).first()
    if client is None or not hmac.compare_digest(client.token_hash, digest):
        return None
    now = timezone.now()
    if client.last_used_at is None or (now - client.last_used_at).total_seconds() > 60:
        # Recorded at most once a minute, so a busy client does not write on every request.
        ApiClient.objects.filter(pk=client.pk).update(last_used_at=now)
    return client
