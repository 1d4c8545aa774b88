"""Reads with their joins spelled out, so every page runs a bounded number of queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from annotations.models import Article, Claim, ClaimEvent, Evidence, EvidenceLookup, Verdict


@dataclass(frozen=True)
class QueueFilters:
    status: str | None = None
    language: str | None = None
    article_id: int | None = None
    assignee: str | None = None  # a username, "me", "none" or None for anyone
    min_score: float | None = None
    sort: str = "score"  # "score" (highest first) or "age" (oldest first)


def claim_queue(filters: QueueFilters, *, user_id: int | None = None) -> QuerySet[Claim]:
    """Claims for the review queue: open ones by default, with what each row shows joined."""
    qs = Claim.objects.select_related("article", "assignee").only(
        "id",
        "text",
        "status",
        "score",
        "language",
        "created_at",
        "article_id",
        "assignee_id",
        "version",
        "article__id",
        "article__title",
        "assignee__id",
        "assignee__username",
    )
    if filters.status:
        qs = qs.filter(status=filters.status)
    else:
        qs = qs.filter(status__in=OPEN_STATUSES)
    if filters.language:
        qs = qs.filter(language=filters.language)
    if filters.article_id:
        qs = qs.filter(article_id=filters.article_id)
    if filters.assignee == "me":
        qs = qs.filter(assignee_id=user_id)
    elif filters.assignee == "none":
        qs = qs.filter(assignee__isnull=True)
    elif filters.assignee:
        qs = qs.filter(assignee__username=filters.assignee)
    if filters.min_score is not None:
        qs = qs.filter(score__gte=filters.min_score)
    order = ["created_at", "id"] if filters.sort == "age" else ["-score", "created_at", "id"]
    return qs.order_by(*order)


OPEN_STATUSES = [Claim.Status.EXTRACTED, Claim.Status.RESEARCHING, Claim.Status.READY, Claim.Status.IN_REVIEW]


def claim_status_counts() -> dict[str, int]:
    counts = dict.fromkeys(Claim.Status.values, 0)
    for row in Claim.objects.order_by().values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    return counts


def claim_detail(*, claim_id: int) -> Claim:
    return (
        Claim.objects.select_related("article", "assignee")
        .prefetch_related(
            Prefetch(
                "events", queryset=ClaimEvent.objects.select_related("actor", "api_client").order_by("-created_at")
            )
        )
        .prefetch_related(
            Prefetch("lookups", queryset=EvidenceLookup.objects.order_by("provider")),
            Prefetch("evidence", queryset=Evidence.objects.order_by("provider", "rank")),
            Prefetch(
                "verdicts",
                queryset=Verdict.objects.select_related("rating", "reviewer", "api_client").prefetch_related(
                    "cited_evidence"
                ),
            ),
        )
        .get(pk=claim_id)
    )


def article_detail(*, article_id: int) -> Article:
    return Article.objects.prefetch_related(Prefetch("claims", queryset=Claim.objects.order_by("start"))).get(
        pk=article_id
    )


@dataclass(frozen=True)
class VerdictFilters:
    published_only: bool = False
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    language: str | None = None
    rating: str | None = None
    article_id: int | None = None
    status: str | None = None
    reviewer: str | None = None


def current_verdicts(filters: VerdictFilters) -> QuerySet[Verdict]:
    """Each claim's current verdict (the one no later verdict supersedes), export-ready."""
    history = (
        Verdict.objects.filter(claim=OuterRef("claim")).order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    qs = (
        Verdict.objects.filter(superseded_by__isnull=True)
        .select_related("claim", "claim__article", "rating", "reviewer", "api_client")
        .prefetch_related(Prefetch("cited_evidence", queryset=Evidence.objects.only("pk", "url", "source_key")))
        .annotate(history_count=Coalesce(Subquery(history), 1))
        .order_by("claim__article_id", "claim__start", "claim_id")
    )
    if filters.published_only:
        qs = qs.filter(published_at__isnull=False)
    if filters.since:
        qs = qs.filter(created_at__gte=filters.since)
    if filters.until:
        qs = qs.filter(created_at__lt=filters.until)
    if filters.language:
        qs = qs.filter(claim__language=filters.language)
    if filters.rating:
        qs = qs.filter(rating__slug=filters.rating)
    if filters.article_id:
        qs = qs.filter(claim__article_id=filters.article_id)
    if filters.status:
        qs = qs.filter(claim__status=filters.status)
    if filters.reviewer:
        qs = qs.filter(reviewer__username=filters.reviewer)
    return qs


def audit_events(filters: VerdictFilters) -> QuerySet[ClaimEvent]:
    """Every change to claims, oldest first, for the audit-trail export."""
    qs = ClaimEvent.objects.select_related("claim", "actor", "api_client").order_by("created_at", "id")
    if filters.since:
        qs = qs.filter(created_at__gte=filters.since)
    if filters.until:
        qs = qs.filter(created_at__lt=filters.until)
    if filters.language:
        qs = qs.filter(claim__language=filters.language)
    if filters.article_id:
        qs = qs.filter(claim__article_id=filters.article_id)
    if filters.reviewer:
        qs = qs.filter(actor__username=filters.reviewer)
    return qs


@dataclass(frozen=True)
class Dashboard:
    status_counts: dict[str, int]
    articles_in_progress: list[Article]
    verdicts_per_day: list[tuple[dt.date, int]]
    verdicts_per_reviewer: list[tuple[str, int]]
    wait_median_hours: float | None
    wait_p90_hours: float | None
    waiting_now: int
    oldest_waiting_hours: float | None


def dashboard(*, days: int = 14) -> Dashboard:
    """Editors' overview: a fixed number of aggregate queries whatever the data size."""
    now = timezone.now()
    since = (now - dt.timedelta(days=days - 1)).date()
    per_day_rows = (
        Verdict.objects.filter(created_at__date__gte=since)
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by("day")
    )
    per_day = {row["day"]: row["n"] for row in per_day_rows}
    days_list = [since + dt.timedelta(days=i) for i in range(days)]
    per_reviewer = [
        (row["reviewer__username"] or "API clients", row["n"])
        for row in Verdict.objects.values("reviewer__username").annotate(n=Count("pk")).order_by("-n")[:12]
    ]
    # Wait: from a claim's creation to its first verdict, over the last 30 days.
    first_verdict = Verdict.objects.filter(claim=OuterRef("pk")).order_by("created_at").values("created_at")[:1]
    waits = sorted(
        (decided - created).total_seconds() / 3600
        for created, decided in Claim.objects.filter(created_at__gte=now - dt.timedelta(days=30))
        .annotate(decided=Subquery(first_verdict))
        .filter(decided__isnull=False)
        .values_list("created_at", "decided")[:20000]
    )
    waiting = Claim.objects.filter(status__in=[Claim.Status.READY, Claim.Status.IN_REVIEW])
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    return Dashboard(
        status_counts=claim_status_counts(),
        articles_in_progress=list(
            Article.objects.filter(status=Article.Status.PROCESSING).order_by("-created_at")[:20]
        ),
        verdicts_per_day=[(day, per_day.get(day, 0)) for day in days_list],
        verdicts_per_reviewer=per_reviewer,
        wait_median_hours=round(waits[len(waits) // 2], 1) if waits else None,
        wait_p90_hours=round(waits[min(len(waits) - 1, int(len(waits) * 0.9))], 1) if waits else None,
        waiting_now=waiting.count(),
        oldest_waiting_hours=round((now - oldest).total_seconds() / 3600, 1) if oldest else None,
    )
