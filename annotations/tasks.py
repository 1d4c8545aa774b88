"""Celery tasks: thin wrappers around services. Ids in, JSON only, safe to run twice."""

from __future__ import annotations

import random

from celery import shared_task
from celery.app.task import Task
from django import db
from django.db.utils import InterfaceError, OperationalError

from annotations.services.evidence import lookup_run, lookups_sweep
from annotations.services.webhooks import webhook_delivery_attempt


@shared_task(bind=True, acks_late=True, max_retries=None)
def evidence_lookup(self: Task, lookup_id: int) -> str:
    """Ask one provider about one claim; safe to run twice.

    Transient provider errors (timeouts, 429, 5xx) are retried with exponential backoff
    and jitter; the attempt count lives on the lookup row, which also decides when to
    give up. Permanent errors mark the lookup failed with a readable message.
    """
    try:
        outcome = lookup_run(lookup_id=lookup_id)
    except (OperationalError, InterfaceError) as exc:
        # The database connection dropped (restart, failover, network): a fresh connection
        # on the next attempt; the lookup row still says what is left to do.
        db.connections.close_all()
        raise self.retry(
            countdown=min(60.0, 2.0 ** (self.request.retries + 1)) * (0.5 + random.random()), exc=exc, max_retries=8
        ) from exc
    if outcome.retry_in is not None:
        countdown = outcome.retry_in * (0.5 + random.random())
        raise self.retry(countdown=countdown, exc=None)
    return outcome.status


@shared_task(acks_late=True)
def evidence_lookups_sweep() -> int:
    """Periodic (Celery beat): re-send lookups stuck in queued or running; see the service."""
    return lookups_sweep()


@shared_task(bind=True, acks_late=True, max_retries=None)
def webhook_deliver(self: Task, delivery_id: int) -> str:
    """POST one signed webhook delivery; retried with exponential backoff and jitter.

    The attempt count lives on the delivery row, which decides when to give up, so a
    redelivered message never sends a delivered event twice.
    """
    outcome = webhook_delivery_attempt(delivery_id=delivery_id)
    if outcome == "retry":
        from annotations.models import WebhookDelivery

        attempts = WebhookDelivery.objects.filter(pk=delivery_id).values_list("attempts", flat=True).first() or 1
        countdown = min(3600.0, 2.0**attempts) * (0.5 + random.random())
        raise self.retry(countdown=countdown, exc=None)
    return outcome


@shared_task(acks_late=True)
def noop() -> None:
    """Does nothing: `make bench` measures the broker's and worker's own rate with it."""
