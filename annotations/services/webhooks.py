"""Webhooks: registering them, recording deliveries, sending them from Celery."""

from __future__ import annotations

import json
import secrets
from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from annotations import webhooks
from annotations.models import ApiClient, Webhook, WebhookDelivery

EVENTS = ("article.processed", "verdict.created", "verdict.published")


def webhook_create(*, api_client: ApiClient, url: str, events: list[str]) -> Webhook:
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise ValidationError({"url": "The URL must be an absolute http or https URL."})
    unknown = sorted(set(events) - set(EVENTS))
    if unknown or not events:
        raise ValidationError({"events": f"Events must be among {', '.join(EVENTS)}."})
    return Webhook.objects.create(
        api_client=api_client, url=url, events=sorted(set(events)), secret=secrets.token_urlsafe(32)
    )


def webhooks_notify(*, event: str, payload: dict[str, Any]) -> list[int]:
    """Record a delivery for every active webhook subscribed to `event`; send after commit."""
    hooks = [h for h in Webhook.objects.filter(is_active=True, api_client__is_active=True) if event in h.events]
    if not hooks:
        return []
    body = json.loads(json.dumps({"event": event, "data": payload}, cls=DjangoJSONEncoder))
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(webhook=hook, event=event, payload=body) for hook in hooks]
    )
    ids = [d.pk for d in deliveries]

    def send() -> None:
        from annotations.tasks import webhook_deliver

        for delivery_id in ids:
            try:
                webhook_deliver.delay(delivery_id)
            except Exception:  # noqa: BLE001 - broker down: the sweep re-sends pending deliveries
                return

    transaction.on_commit(send)
    return ids


def webhook_delivery_attempt(*, delivery_id: int) -> str:
    """One attempt; returns "delivered", "retry", "failed" or "skipped" (already done)."""
    with transaction.atomic():
        delivery = WebhookDelivery.objects.select_for_update().select_related("webhook").filter(pk=delivery_id).first()
        if delivery is None or delivery.status != WebhookDelivery.Status.PENDING:
            return "skipped"
        delivery.attempts += 1
        delivery.save(update_fields=["attempts"])
    body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    result = webhooks.send(
        url=delivery.webhook.url,
        secret=delivery.webhook.secret,
        event=delivery.event,
        delivery_id=delivery.pk,
        body=body,
        timeout=settings.WEBHOOK_TIMEOUT,
    )
    delivery.response_status = result.status
    if result.ok:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.last_error = ""
        outcome = "delivered"
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.last_error = result.error
        outcome = "failed"
    else:
        delivery.last_error = result.error
        outcome = "retry"
    delivery.save(update_fields=["status", "response_status", "delivered_at", "last_error"])
    return outcome
