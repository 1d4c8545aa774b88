"""Reviewers' and editors' changes to claims: take, dismiss, add, edit, split, merge, reopen,
and correct the speaker.

Every change checks the claim version the caller saw (optimistic concurrency), bumps it,
and records a ClaimEvent with the old and new values: the audit trail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from annotations.evidence import enabled_providers
from annotations.extraction.segment import split_sentences
from annotations.extraction.signals import ARTICLE, clause_signals
from annotations.models import ApiClient, Article, Claim, ClaimEvent, EvidenceLookup

from .evidence import lookups_enqueue
from .reviews import StaleClaimVersion

OPEN = {Claim.Status.EXTRACTED, Claim.Status.RESEARCHING, Claim.Status.READY, Claim.Status.IN_REVIEW}


def _locked(claim_id: int, version: int | None) -> Claim:
    claim = Claim.objects.select_for_update().select_related("article").filter(pk=claim_id).first()
    if claim is None:
        raise Claim.DoesNotExist(f"Claim {claim_id} does not exist.")
    if version is not None and claim.version != version:
        raise StaleClaimVersion(claim, version)
    return claim


def _save(
    claim: Claim,
    fields: list[str],
    *,
    actor: User | None,
    kind: str,
    old: Mapping[str, object],
    new: Mapping[str, object],
    api_client: ApiClient | None = None,
) -> Claim:
    seen = claim.version
    claim.updated_at = timezone.now()
    updated = Claim.objects.filter(pk=claim.pk, version=seen).update(
        version=F("version") + 1, updated_at=claim.updated_at, **{f: getattr(claim, f) for f in fields}
    )
    if not updated:
        claim.refresh_from_db()
        raise StaleClaimVersion(claim, seen)
    claim.version = seen + 1
    ClaimEvent.objects.create(claim=claim, actor=actor, api_client=api_client, kind=kind, old=dict(old), new=dict(new))
    return claim


def claim_take(*, claim_id: int, user: User, version: int | None = None) -> Claim:
    """Assign a claim to oneself; it is then "in review" and others see who has it."""
    with transaction.atomic():
        claim = _locked(claim_id, version)
        if claim.status not in OPEN:
            raise ValidationError({"claim": f"A {claim.get_status_display().lower()} claim cannot be taken."})
        old = {"assignee": claim.assignee.get_username() if claim.assignee else None, "status": claim.status}
        claim.assignee = user
        if claim.status in {Claim.Status.READY, Claim.Status.EXTRACTED}:
            claim.status = Claim.Status.IN_REVIEW
        return _save(
            claim,
            ["assignee", "status"],
            actor=user,
            kind="taken",
            old=old,
            new={"assignee": user.get_username(), "status": claim.status},
        )


def claim_release(*, claim_id: int, user: User) -> Claim:
    with transaction.atomic():
        claim = _locked(claim_id, None)
        if claim.assignee_id != user.pk:
            raise ValidationError({"claim": "Only the reviewer who took a claim can release it."})
        old = {"assignee": user.get_username(), "status": claim.status}
        claim.assignee = None
        if claim.status == Claim.Status.IN_REVIEW:
            claim.status = Claim.Status.READY
        return _save(
            claim,
            ["assignee", "status"],
            actor=user,
            kind="released",
            old=old,
            new={"assignee": None, "status": claim.status},
        )


def claim_dismiss(*, claim_id: int, user: User, reason: str, version: int | None = None) -> Claim:
    """Not a claim after all: kept, with the reason, as feedback for the extractor."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why this is not a claim."})
    with transaction.atomic():
        claim = _locked(claim_id, version)
        if claim.status not in OPEN:
            raise ValidationError({"claim": "Only open claims can be dismissed; reopen it first."})
        old = {"status": claim.status}
        claim.status = Claim.Status.DISMISSED
        claim.dismissed_reason = reason[:2000]
        claim.assignee = None
        return _save(
            claim,
            ["status", "dismissed_reason", "assignee"],
            actor=user,
            kind="dismissed",
            old=old,
            new={"status": claim.status, "reason": claim.dismissed_reason},
        )


def claim_reopen(*, claim_id: int, editor: User, version: int | None = None) -> Claim:
    """An editor reopens a decided or dismissed claim; a correction will be a new verdict."""
    with transaction.atomic():
        claim = _locked(claim_id, version)
        if claim.status in OPEN:
            raise ValidationError({"claim": "This claim is open already."})
        old = {"status": claim.status}
        claim.status = Claim.Status.IN_REVIEW
        claim.dismissed_reason = ""
        return _save(
            claim, ["status", "dismissed_reason"], actor=editor, kind="reopened", old=old, new={"status": claim.status}
        )


def _span(article: Article, start: int, end: int) -> tuple[int, int]:
    text = article.text
    if not (0 <= start < end <= len(text)):
        raise ValidationError({"span": f"The span must lie within the article (0 to {len(text)}) and not be empty."})
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3:
        raise ValidationError({"span": "Select at least a few words."})
    if end - start > 5000:
        raise ValidationError({"span": "A claim is at most 5,000 characters; select a shorter passage."})
    return start, end


def _sentence(article: Article, start: int) -> tuple[int, str]:
    for index, span in enumerate(split_sentences(article.text)):
        if span.start <= start < span.end:
            return index, article.text[span.start : span.end]
    return 0, ""


def _queue_lookups(claims: Sequence[Claim], providers: Sequence[str] | None = None) -> None:
    """Create and send a lookup per claim and provider (every enabled one by default)."""
    providers = enabled_providers() if providers is None else providers
    now = timezone.now()
    lookups = EvidenceLookup.objects.bulk_create(
        [EvidenceLookup(claim=c, provider=p, queued_at=now) for c in claims for p in providers]
    )
    if lookups:
        article_ids = {c.article_id for c in claims}
        for article_id in article_ids:
            count = sum(1 for lookup in lookups if lookup.claim.article_id == article_id)
            Article.objects.filter(pk=article_id).update(
                lookups_total=F("lookups_total") + count, status=Article.Status.PROCESSING, processed_at=None
            )
        lookups_enqueue(lookups=[(lookup.pk, lookup.provider) for lookup in lookups])


def claim_add(*, article_id: int, start: int, end: int, user: User) -> Claim:
    """A reviewer marks a passage as a claim; its evidence is looked up like any other."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        start, end = _span(article, start, end)
        quote = article.text[start:end]
        index, sentence = _sentence(article, start)
        signals = [s.as_dict() for s in clause_signals(quote, article.language, genre=ARTICLE)]
        try:
            with transaction.atomic():
                claim = Claim.objects.create(
                    article=article,
                    text=quote,
                    start=start,
                    end=end,
                    sentence_index=index,
                    sentence=sentence,
                    language=article.language,
                    score=1.0,
                    signals=signals,
                    origin=Claim.Origin.MANUAL,
                    status=Claim.Status.RESEARCHING if enabled_providers() else Claim.Status.READY,
                )
        except IntegrityError as exc:
            raise ValidationError({"span": "This passage is a claim already."}) from exc
        ClaimEvent.objects.create(
            claim=claim, actor=user, kind="added", new={"start": start, "end": end, "text": quote}
        )
        _queue_lookups([claim])
    return claim


def claim_edit_span(*, claim_id: int, start: int, end: int, user: User, version: int) -> Claim:
    """Move a claim's span; its evidence is looked up again for the new quote."""
    with transaction.atomic():
        claim = _locked(claim_id, version)
        start, end = _span(claim.article, start, end)
        old = {"start": claim.start, "end": claim.end, "text": claim.text}
        claim.start, claim.end = start, end
        claim.text = claim.article.text[start:end]
        claim.sentence_index, claim.sentence = _sentence(claim.article, start)
        try:
            with transaction.atomic():
                _save(
                    claim,
                    ["start", "end", "text", "sentence_index", "sentence"],
                    actor=user,
                    kind="span_edited",
                    old=old,
                    new={"start": start, "end": end, "text": claim.text},
                )
        except IntegrityError as exc:
            raise ValidationError({"span": "Another claim has exactly this span."}) from exc
        lookups_rerun(claim=claim)
    return claim


SPEAKER_TYPES = {value for value, _ in Claim._meta.get_field("speaker_type").choices or []}


def claim_set_speaker(
    *,
    claim_id: int,
    speaker: str,
    speaker_type: str,
    version: int,
    user: User | None = None,
    api_client: ApiClient | None = None,
) -> Claim:
    """Correct who made a claim, which ClaimReview exports give as its author: a name as
    a reader would look it up and whether it is a person or an organisation. An empty
    name says the article names no one. Saving what is already stored changes nothing.
    A reviewer or an API client (scope `review`) makes the change; the event names it."""
    speaker = " ".join(speaker.split())
    max_length = Claim._meta.get_field("speaker").max_length or 200
    if len(speaker) > max_length:
        raise ValidationError({"speaker": f"A speaker's name has at most {max_length} characters."})
    if speaker and speaker_type not in SPEAKER_TYPES:
        raise ValidationError({"speaker_type": f"Say whether {speaker} is a person or an organisation."})
    speaker_type = speaker_type if speaker else ""
    with transaction.atomic():
        claim = _locked(claim_id, version)
        if claim.status not in OPEN:
            raise ValidationError(
                {"speaker": f"A {claim.get_status_display().lower()} claim's speaker cannot change; reopen it first."}
            )
        if (claim.speaker, claim.speaker_type) == (speaker, speaker_type):
            return claim
        old = {"speaker": claim.speaker, "speaker_type": claim.speaker_type}
        claim.speaker, claim.speaker_type = speaker, speaker_type
        return _save(
            claim,
            ["speaker", "speaker_type"],
            actor=user,
            kind="speaker_changed",
            old=old,
            new={"speaker": speaker, "speaker_type": speaker_type},
            api_client=api_client,
        )


def claim_split(*, claim_id: int, at: int, user: User, version: int) -> tuple[Claim, Claim]:
    """Cut a claim in two at a code-point offset inside it (coordinated statements)."""
    with transaction.atomic():
        claim = _locked(claim_id, version)
        if not claim.start < at < claim.end:
            raise ValidationError({"at": "Split inside the claim."})
        end = claim.end
        first = claim_edit_span(claim_id=claim.pk, start=claim.start, end=at, user=user, version=claim.version)
        second = claim_add(article_id=claim.article_id, start=at, end=end, user=user)
        ClaimEvent.objects.create(claim=first, actor=user, kind="split", new={"into": [first.pk, second.pk]})
    return first, second


def claim_merge(*, claim_ids: Sequence[int], user: User) -> Claim:
    """Merge claims of one article into one spanning them all; the others are dismissed."""
    ids = sorted(set(claim_ids))
    if len(ids) < 2:
        raise ValidationError({"claims": "Choose at least two claims to merge."})
    with transaction.atomic():
        claims = list(Claim.objects.select_for_update().filter(pk__in=ids).order_by("start"))
        if len(claims) != len(ids) or len({c.article_id for c in claims}) != 1:
            raise ValidationError({"claims": "Merge claims of the same article."})
        if any(c.status not in OPEN for c in claims):
            raise ValidationError({"claims": "Only open claims can be merged."})
        keep, rest = claims[0], claims[1:]
        end = max(c.end for c in claims)
        for other in rest:
            claim_dismiss(claim_id=other.pk, user=user, reason=f"Merged into claim {keep.pk}.")
        merged = claim_edit_span(claim_id=keep.pk, start=keep.start, end=end, user=user, version=keep.version)
        ClaimEvent.objects.create(claim=merged, actor=user, kind="merged", new={"from": ids})
    return merged


def lookups_rerun(*, claim: Claim, lookup_id: int | None = None) -> int:
    """Run a claim's lookups (or one of them) again; evidence a verdict cites is kept."""
    lookups = list(claim.lookups.all() if lookup_id is None else claim.lookups.filter(pk=lookup_id))
    if lookup_id is not None and not lookups:
        raise ValidationError({"lookup": "No such lookup for this claim."})
    now = timezone.now()
    resend = []
    for lookup in lookups:
        if lookup.status in {EvidenceLookup.Status.DONE, EvidenceLookup.Status.FAILED}:
            counter = "lookups_done" if lookup.status == EvidenceLookup.Status.DONE else "lookups_failed"
            Article.objects.filter(pk=claim.article_id).update(
                **{counter: F(counter) - 1}, status=Article.Status.PROCESSING, processed_at=None
            )
        lookup.evidence.filter(cited_by__isnull=True).delete()
        EvidenceLookup.objects.filter(pk=lookup.pk).update(
            status=EvidenceLookup.Status.QUEUED, queued_at=now, error="", attempts=0, finished_at=None
        )
        resend.append((lookup.pk, lookup.provider))
    if resend and claim.status == Claim.Status.READY:
        Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.RESEARCHING)
    lookups_enqueue(lookups=resend)
    return len(resend)


def claim_lookups_rerun(*, claim_id: int, user: User | None = None, api_client: ApiClient | None = None) -> int:
    """Look a claim's evidence up again with every provider: each of its lookups runs
    again (evidence a verdict cites is kept) and a provider switched on since the claim
    was researched gets its first lookup. Returns how many lookups were sent; the event
    names the reviewer or API client who asked."""
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim_id)
        if claim.status == Claim.Status.DISMISSED:
            raise ValidationError({"lookups": "A dismissed claim is not researched; its evidence is not looked up."})
        researched = set(claim.lookups.values_list("provider", flat=True))
        rerun = lookups_rerun(claim=claim)
        new = [slug for slug in enabled_providers() if slug not in researched]
        if new:
            _queue_lookups([claim], new)
            if claim.status == Claim.Status.READY:
                Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.RESEARCHING)
        if not rerun and not new:
            raise ValidationError({"lookups": "No evidence provider is switched on, so there is nothing to look up."})
        ClaimEvent.objects.create(
            claim=claim,
            actor=user,
            api_client=api_client,
            kind="lookups_rerun",
            new={"lookups": rerun + len(new), "providers": sorted(researched | set(new))},
        )
    return rerun + len(new)


def lookup_retry(*, lookup_id: int, user: User) -> EvidenceLookup:
    with transaction.atomic():
        lookup = EvidenceLookup.objects.select_for_update().select_related("claim").get(pk=lookup_id)
        lookups_rerun(claim=lookup.claim, lookup_id=lookup.pk)
        ClaimEvent.objects.create(
            claim=lookup.claim, actor=user, kind="lookup_retried", new={"provider": lookup.provider}
        )
    lookup.refresh_from_db()
    return lookup


def claim_comment(*, claim_id: int, user: User, text: str) -> ClaimEvent:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"comment": "The comment is empty."})
    claim = Claim.objects.get(pk=claim_id)
    return ClaimEvent.objects.create(claim=claim, actor=user, kind="comment", new={"text": text[:5000]})


def verdict_approve(*, verdict_id: int, editor: User) -> None:
    from annotations.models import Verdict

    with transaction.atomic():
        verdict = Verdict.objects.select_for_update().get(pk=verdict_id)
        if verdict.approved_at is None:
            verdict.approved_by = editor
            verdict.approved_at = timezone.now()
            verdict.save(update_fields=["approved_by", "approved_at"])
            ClaimEvent.objects.create(
                claim_id=verdict.claim_id, actor=editor, kind="verdict_approved", new={"verdict": verdict.pk}
            )
