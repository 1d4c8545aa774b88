"""Reviewers' decisions: verdicts (append-only), taking claims."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from annotations.models import ApiClient, Claim, ClaimEvent, Evidence, Rating, Verdict

from .factchecks import factcheck_from_verdict
from .webhooks import webhooks_notify


class StaleClaimVersion(Exception):
    """The claim changed since the caller loaded it; nothing was written."""

    def __init__(self, claim: Claim, seen_version: int) -> None:
        super().__init__(f"Claim {claim.pk} is at version {claim.version}, not {seen_version}.")
        self.claim = claim
        self.seen_version = seen_version


def verdict_submit(
    *,
    claim_id: int,
    rating: str,
    rationale: str,
    claim_version: int,
    cited_evidence_ids: Sequence[int] = (),
    reviewer: User | None = None,
    api_client: ApiClient | None = None,
) -> Verdict:
    """Record a verdict against the claim version the reviewer saw.

    A verdict for an older version raises StaleClaimVersion: the reviewer is shown what
    changed instead of overwriting someone else's decision. Earlier verdicts stay as the
    claim's history; the new one supersedes the current one.
    """
    rationale = (rationale or "").strip()
    errors: dict[str, str] = {}
    if not rationale:
        errors["rationale"] = "A rationale is required."
    rating_obj = Rating.objects.filter(slug=rating, is_active=True).first()
    if rating_obj is None:
        errors["rating"] = f"{rating!r} is not a rating of this organisation's scale."
    if reviewer is None and api_client is None:
        errors["reviewer"] = "A verdict needs a reviewer or an API client."
    if errors:
        raise ValidationError(errors)
    assert rating_obj is not None

    try:
        with transaction.atomic():
            claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
            if claim is None:
                raise Claim.DoesNotExist(f"Claim {claim_id} does not exist.")
            if claim.version != claim_version:
                raise StaleClaimVersion(claim, claim_version)
            if claim.status == Claim.Status.DISMISSED:
                raise ValidationError({"claim": "This claim was dismissed; reopen it before recording a verdict."})
            cited = list(Evidence.objects.filter(claim=claim, pk__in=list(cited_evidence_ids)))
            if len(cited) != len(set(cited_evidence_ids)):
                raise ValidationError({"cited_evidence": "Cited evidence must belong to this claim."})
            current = claim.verdicts.order_by("-created_at", "-id").first()
            verdict = Verdict.objects.create(
                claim=claim,
                rating=rating_obj,
                rationale=rationale,
                reviewer=reviewer,
                api_client=api_client,
                claim_version=claim_version,
                supersedes=current,
            )
            verdict.cited_evidence.set(cited)
            old_status = claim.status
            # A conditional update is the second guard: it fails if another transaction
            # bumped the version in between (SQLite has no row locks).
            updated = Claim.objects.filter(pk=claim.pk, version=claim_version).update(
                status=rating_obj.outcome, version=F("version") + 1, updated_at=timezone.now()
            )
            if not updated:
                claim.refresh_from_db()
                raise StaleClaimVersion(claim, claim_version)
            ClaimEvent.objects.create(
                claim=claim,
                actor=reviewer,
                api_client=api_client,
                kind="verdict",
                old={"status": old_status, "verdict": current.pk if current else None},
                new={
                    "status": rating_obj.outcome,
                    "verdict": verdict.pk,
                    "rating": rating_obj.slug,
                    "rationale": rationale,
                    "cited_evidence": [e.pk for e in cited],
                },
            )
            webhooks_notify(event="verdict.created", payload=verdict_payload(verdict))
    except IntegrityError as exc:
        # The unique (claim, claim_version) constraint: someone else won this version.
        claim = Claim.objects.get(pk=claim_id)
        raise StaleClaimVersion(claim, claim_version) from exc
    return verdict


def verdict_payload(verdict: Verdict) -> dict[str, object]:
    return {
        "verdict": verdict.pk,
        "claim": verdict.claim_id,
        "article": verdict.claim.article_id,
        "rating": verdict.rating.slug,
        "rationale": verdict.rationale,
        "created_at": verdict.created_at,
        "published_at": verdict.published_at,
        "supersedes": verdict.supersedes_id,
    }


def verdict_publish(*, verdict_id: int, editor: User) -> Verdict:
    """Approve and publish a claim's current verdict; only the current one can be published."""
    with transaction.atomic():
        verdict = Verdict.objects.select_for_update().select_related("claim", "rating").get(pk=verdict_id)
        if Verdict.objects.filter(supersedes=verdict).exists():
            raise ValidationError({"verdict": "A newer verdict supersedes this one; publish that one instead."})
        if verdict.published_at is not None:
            return verdict
        now = timezone.now()
        verdict.approved_by = verdict.approved_by or editor
        verdict.approved_at = verdict.approved_at or now
        verdict.published_by = editor
        verdict.published_at = now
        verdict.save(update_fields=["approved_by", "approved_at", "published_by", "published_at"])
        ClaimEvent.objects.create(
            claim=verdict.claim, actor=editor, kind="verdict_published", new={"verdict": verdict.pk}
        )
        factcheck_from_verdict(verdict=verdict)
        webhooks_notify(event="verdict.published", payload=verdict_payload(verdict))
    return verdict
