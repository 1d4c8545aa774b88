"""Reads with their joins spelled out, so every page runs a bounded number of queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from annotations.models import Article, Claim, ClaimEvent, Evidence, EvidenceLookup, Verdict


def claim_queue(*, status: str | None = None, language: str | None = None) -> QuerySet[Claim]:
    qs = Claim.objects.select_related("article", "assignee").exclude(status=Claim.Status.DISMISSED)
    if status:
        qs = qs.filter(status=status)
    if language:
        qs = qs.filter(language=language)
    return qs.order_by("-score", "created_at", "id")


def claim_detail(*, claim_id: int) -> Claim:
    return (
        Claim.objects.select_related("article", "assignee")
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
