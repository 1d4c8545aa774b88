"""Running evidence lookups: idempotent, counted, and never silently lost."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from annotations.evidence import ClaimQuery, EvidenceItem, ProviderError, TransientProviderError, get_provider
from annotations.evidence.numbers import cross_check
from annotations.models import Article, Claim, Evidence, EvidenceLookup

from .webhooks import webhooks_notify

logger = logging.getLogger(__name__)


def lookups_enqueue(*, lookup_ids: Iterable[int]) -> None:
    """Send lookups to Celery once the current transaction commits.

    If the broker is unreachable at that moment the lookups stay `queued` in the
    database, and the periodic sweep sends them again later.
    """
    ids = list(lookup_ids)

    def send() -> None:
        from annotations.tasks import evidence_lookup

        for lookup_id in ids:
            try:
                evidence_lookup.delay(lookup_id)
            except Exception:
                logger.warning("Could not queue lookup %s; the sweep will retry it", lookup_id, exc_info=True)
                return

    transaction.on_commit(send)


@dataclass(frozen=True)
class LookupOutcome:
    """What one run of a lookup did; `retry_in` is set when the task should retry."""

    status: str
    retry_in: float | None = None
    message: str = ""


def lookup_start(*, lookup_id: int) -> EvidenceLookup | None:
    """Mark a lookup running and count the attempt; None when it is already finished."""
    with transaction.atomic():
        lookup = EvidenceLookup.objects.select_for_update().select_related("claim").filter(pk=lookup_id).first()
        if lookup is None or lookup.is_finished:
            return None
        lookup.status = EvidenceLookup.Status.RUNNING
        lookup.attempts += 1
        lookup.started_at = timezone.now()
        lookup.save(update_fields=["status", "attempts", "started_at"])
    return lookup


def lookup_run(*, lookup_id: int) -> LookupOutcome:
    """Ask the lookup's provider about its claim and store what it found.

    Safe to run twice: a finished lookup is left alone, and evidence is written in the
    same transaction that marks the lookup done.
    """
    lookup = lookup_start(lookup_id=lookup_id)
    if lookup is None:
        return LookupOutcome("skipped")
    claim = lookup.claim
    began = time.monotonic()
    try:
        provider = get_provider(lookup.provider)
        items = provider.search(
            ClaimQuery(text=claim.text, language=claim.language), limit=settings.EVIDENCE_RESULTS_PER_LOOKUP
        )
    except TransientProviderError as exc:
        if lookup.attempts >= settings.LOOKUP_MAX_ATTEMPTS:
            lookup_finish(
                lookup_id=lookup_id,
                items=[],
                error=f"Gave up after {lookup.attempts} attempts: {exc}",
                began=began,
            )
            return LookupOutcome("failed", message=str(exc))
        _lookup_requeue(lookup_id=lookup_id, error=str(exc))
        backoff = exc.retry_after if exc.retry_after is not None else min(300.0, 2.0**lookup.attempts)
        return LookupOutcome("retry", retry_in=backoff, message=str(exc))
    except ProviderError as exc:
        lookup_finish(lookup_id=lookup_id, items=[], error=str(exc) or exc.__class__.__name__, began=began)
        return LookupOutcome("failed", message=str(exc))
    lookup_finish(lookup_id=lookup_id, items=items, error="", began=began)
    return LookupOutcome("done")


def _lookup_requeue(*, lookup_id: int, error: str) -> None:
    EvidenceLookup.objects.filter(pk=lookup_id, status=EvidenceLookup.Status.RUNNING).update(
        status=EvidenceLookup.Status.QUEUED, error=error, queued_at=timezone.now()
    )


def lookup_finish(*, lookup_id: int, items: list[EvidenceItem], error: str, began: float | None = None) -> bool:
    """Store evidence and mark the lookup done (or failed); update claim and article.

    Returns False when another run finished the lookup first (nothing is written).
    """
    now = timezone.now()
    with transaction.atomic():
        lookup = EvidenceLookup.objects.select_for_update().select_related("claim").filter(pk=lookup_id).first()
        if lookup is None or lookup.is_finished:
            return False
        claim = lookup.claim
        evidence = []
        for rank, item in enumerate(items, start=1):
            check, details = cross_check(claim.text, item.passage)
            evidence.append(
                Evidence(
                    lookup=lookup,
                    claim=claim,
                    provider=lookup.provider,
                    source_key=item.source_key[:500],
                    source_title=item.source_title[:500] or item.source_key[:500],
                    url=item.url,
                    passage=item.passage,
                    published_at=item.published_at,
                    retrieved_at=now,
                    relevance=item.score,
                    rank=rank,
                    numeric_check=check,
                    numeric_details=details,
                    rating=item.rating,
                )
            )
        Evidence.objects.bulk_create(evidence, ignore_conflicts=True)
        failed = bool(error)
        lookup.status = EvidenceLookup.Status.FAILED if failed else EvidenceLookup.Status.DONE
        lookup.error = error
        lookup.result_count = len(evidence)
        lookup.finished_at = now
        if began is not None:
            lookup.duration_ms = int((time.monotonic() - began) * 1000)
        lookup.save(update_fields=["status", "error", "result_count", "finished_at", "duration_ms"])

        counter = "lookups_failed" if failed else "lookups_done"
        Article.objects.filter(pk=claim.article_id).update(**{counter: F(counter) + 1})
        _claim_mark_ready_if_researched(claim)
        _article_mark_processed_if_finished(claim.article_id, now)
    return True


def _claim_mark_ready_if_researched(claim: Claim) -> None:
    pending = claim.lookups.exclude(status__in=[EvidenceLookup.Status.DONE, EvidenceLookup.Status.FAILED]).exists()
    if not pending:
        Claim.objects.filter(pk=claim.pk, status=Claim.Status.RESEARCHING).update(
            status=Claim.Status.READY, version=F("version") + 1, updated_at=timezone.now()
        )


def _article_mark_processed_if_finished(article_id: int, now: dt.datetime) -> None:
    changed = Article.objects.filter(
        pk=article_id,
        status=Article.Status.PROCESSING,
        lookups_total__lte=F("lookups_done") + F("lookups_failed"),
    ).update(status=Article.Status.PROCESSED, processed_at=now)
    if changed:
        article = Article.objects.get(pk=article_id)
        webhooks_notify(
            event="article.processed",
            payload={
                "article": article.pk,
                "external_id": article.external_id,
                "status": article.status,
                "lookups_total": article.lookups_total,
                "lookups_done": article.lookups_done,
                "lookups_failed": article.lookups_failed,
                "processed_at": article.processed_at,
            },
        )


def lookups_sweep() -> int:
    """Re-send lookups stuck in queued or running beyond the limit; fail hopeless ones.

    This is what makes a broker outage or a lost worker recoverable: the database, not
    the broker, is the record of work to do. Returns how many lookups were re-sent.
    """
    cutoff = timezone.now() - dt.timedelta(seconds=settings.LOOKUP_STUCK_AFTER_SECONDS)
    stuck = list(
        EvidenceLookup.objects.filter(status=EvidenceLookup.Status.QUEUED, queued_at__lt=cutoff).values_list(
            "pk", "attempts"
        )
    ) + list(
        EvidenceLookup.objects.filter(status=EvidenceLookup.Status.RUNNING, started_at__lt=cutoff).values_list(
            "pk", "attempts"
        )
    )
    resend: list[int] = []
    for lookup_id, attempts in stuck:
        if attempts >= settings.LOOKUP_MAX_ATTEMPTS:
            lookup_finish(
                lookup_id=lookup_id, items=[], error=f"No answer after {attempts} attempts; the lookup was abandoned."
            )
            continue
        updated = EvidenceLookup.objects.filter(
            pk=lookup_id, status__in=[EvidenceLookup.Status.QUEUED, EvidenceLookup.Status.RUNNING]
        ).update(status=EvidenceLookup.Status.QUEUED, queued_at=timezone.now())
        if updated:
            resend.append(lookup_id)
    if resend:
        with transaction.atomic():
            lookups_enqueue(lookup_ids=resend)
    return len(resend)
