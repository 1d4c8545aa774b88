"""Signing and sending webhook deliveries (the only outgoing HTTP besides providers).

Every delivery is a JSON POST with these headers:

    X-Factcheck-Event:      article.processed | verdict.created | verdict.published
    X-Factcheck-Delivery:   the delivery id (the same on retries; use it to de-duplicate)
    X-Factcheck-Timestamp:  Unix seconds when this attempt was signed
    X-Factcheck-Signature:  v1=<hex HMAC-SHA256(secret, "<timestamp>." + body)>

Receivers recompute the HMAC over the raw body and reject timestamps older than a few
minutes (replay protection); docs/api.md has a verification example.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

SIGNATURE_VERSION = "v1"
USER_AGENT = "factcheck-webhooks/1"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"{SIGNATURE_VERSION}={mac.hexdigest()}"


def verify(secret: str, timestamp: str, body: bytes, signature: str, tolerance: int = 300) -> bool:
    """What a receiver does; used by the tests and shown in docs/api.md."""
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, ts, body), signature)


@dataclass(frozen=True)
class SendResult:
    ok: bool
    status: int | None
    error: str


def send(*, url: str, secret: str, event: str, delivery_id: int, body: bytes, timeout: float) -> SendResult:
    timestamp = int(time.time())
    request = urllib.request.Request(  # noqa: S310 - URL scheme validated (http/https) when registered
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Factcheck-Event": event,
            "X-Factcheck-Delivery": str(delivery_id),
            "X-Factcheck-Timestamp": str(timestamp),
            "X-Factcheck-Signature": sign(secret, timestamp, body),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return SendResult(200 <= response.status < 300, response.status, "")
    except urllib.error.HTTPError as exc:
        return SendResult(False, exc.code, f"HTTP {exc.code} {exc.reason}")
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return SendResult(False, None, f"{exc.__class__.__name__}: {reason}")
