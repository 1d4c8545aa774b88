"""Webhooks end to end: a real worker signs and POSTs to a local receiving server."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from annotations.models import Article, WebhookDelivery
from annotations.services.webhooks import webhook_delivery_attempt, webhooks_notify
from annotations.webhooks import verify


class Receiver:
    """A local HTTP server that records deliveries and answers with scripted statuses."""

    def __init__(self, statuses=None):
        self.requests = []
        self.statuses = list(statuses or [])
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                code = receiver.statuses.pop(0) if receiver.statuses else 204
                self.send_response(code)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def register(client, url, events):
    response = client.post(
        "/api/v1/webhooks/", json.dumps({"url": url, "events": events}), content_type="application/json"
    )
    assert response.status_code == 201
    return response.json()


@pytest.mark.worker
def test_article_processed_and_verdict_created_are_delivered_signed(celery_worker, api):
    client = api("submit", "read", "review", name="cms")
    with Receiver() as receiver:
        hook = register(client, receiver.url, ["article.processed", "verdict.created"])
        assert len(hook["secret"]) > 30
        created = client.post(
            "/api/v1/articles/",
            json.dumps({"title": "T", "text": "Die Inflation stieg 2022 um 7,9 Prozent.", "external_id": "e-1"}),
            content_type="application/json",
        ).json()
        assert wait_for(lambda: len(receiver.requests) >= 1), "article.processed was not delivered"
        claim = client.get(f"/api/v1/articles/{created['id']}/").json()["claims"][0]
        response = client.post(
            f"/api/v1/claims/{claim['id']}/verdicts/",
            json.dumps({"rating": "verified", "rationale": "Destatis.", "claim_version": claim["version"]}),
            content_type="application/json",
        )
        assert response.status_code == 201
        assert wait_for(lambda: len(receiver.requests) >= 2), "verdict.created was not delivered"

    events = []
    for headers, body in receiver.requests:
        assert verify(hook["secret"], headers["X-Factcheck-Timestamp"], body, headers["X-Factcheck-Signature"])
        assert not verify("wrong-secret", headers["X-Factcheck-Timestamp"], body, headers["X-Factcheck-Signature"])
        payload = json.loads(body)
        assert payload["event"] == headers["X-Factcheck-Event"]
        events.append(payload)
    assert [e["event"] for e in events] == ["article.processed", "verdict.created"]
    assert events[0]["data"]["article"] == created["id"]
    assert events[0]["data"]["external_id"] == "e-1"
    assert events[1]["data"]["rating"] == "verified"
    assert Article.objects.get().status == "processed"
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"delivered"}


@override_settings(WEBHOOK_MAX_ATTEMPTS=3)
def test_failed_deliveries_are_retried_then_logged(db, api):
    client = api("read", name="flaky")
    with Receiver(statuses=[500, 503, 500]) as receiver:
        register(client, receiver.url, ["verdict.published"])
        (delivery_id,) = webhooks_notify(event="verdict.published", payload={"verdict": 1})
        assert webhook_delivery_attempt(delivery_id=delivery_id) == "retry"
        assert webhook_delivery_attempt(delivery_id=delivery_id) == "retry"
        assert webhook_delivery_attempt(delivery_id=delivery_id) == "failed"
        assert webhook_delivery_attempt(delivery_id=delivery_id) == "skipped"
    delivery = WebhookDelivery.objects.get(pk=delivery_id)
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("failed", 3, 500)
    assert delivery.last_error == "HTTP 500 Internal Server Error"
    assert len(receiver.requests) == 3
    ids = {h["X-Factcheck-Delivery"] for h, _ in receiver.requests}
    assert ids == {str(delivery_id)}, "retries carry the same delivery id"


def test_delivery_retries_after_an_error_and_then_succeeds(db, api):
    client = api("read", name="recovering")
    with Receiver(statuses=[502, 200]) as receiver:
        register(client, receiver.url, ["verdict.created"])
        (delivery_id,) = webhooks_notify(event="verdict.created", payload={"verdict": 2})
        assert webhook_delivery_attempt(delivery_id=delivery_id) == "retry"
        assert webhook_delivery_attempt(delivery_id=delivery_id) == "delivered"
    assert WebhookDelivery.objects.get(pk=delivery_id).last_error == ""


def test_unreachable_receiver_is_logged_with_a_readable_error(db, api):
    client = api("read", name="offline")
    register(client, "http://127.0.0.1:9/hook", ["verdict.created"])
    (delivery_id,) = webhooks_notify(event="verdict.created", payload={})
    assert webhook_delivery_attempt(delivery_id=delivery_id) == "retry"
    assert "URLError" in WebhookDelivery.objects.get(pk=delivery_id).last_error


@pytest.mark.parametrize(
    "body",
    [
        {"url": "ftp://example.org/x", "events": ["verdict.created"]},
        {"url": "http://example.org/x", "events": ["verdict.deleted"]},
        {"url": "http://example.org/x", "events": []},
    ],
)
def test_bad_webhook_registrations_are_400(api, body):
    response = api("read", name="bad").post("/api/v1/webhooks/", json.dumps(body), content_type="application/json")
    assert response.status_code == 400


def test_clients_see_and_delete_only_their_own_webhooks(api):
    mine, theirs = api("read", name="mine"), api("read", name="theirs")
    hook = register(mine, "http://127.0.0.1:9/a", ["verdict.created"])
    assert theirs.get(f"/api/v1/webhooks/{hook['id']}/").status_code == 404
    assert theirs.delete(f"/api/v1/webhooks/{hook['id']}/").status_code == 404
    assert "secret" not in mine.get(f"/api/v1/webhooks/{hook['id']}/").json()
    assert mine.delete(f"/api/v1/webhooks/{hook['id']}/").status_code == 204
