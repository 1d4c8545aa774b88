"""Submitting articles: validate, store, extract claims, queue evidence lookups."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from annotations.evidence import enabled_providers
from annotations.extraction import extract
from annotations.extraction.extractor import normalise
from annotations.models import ApiClient, Article, Claim, EvidenceLookup

from .checkworthiness import active_scorer
from .evidence import lookups_enqueue

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
# Control characters other than tab and line breaks have no place in article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_validate_text(text: str) -> str:
    """Return the article's canonical (NFC) text or raise ValidationError saying why not."""
    if not isinstance(text, str):
        raise ValidationError({"text": "The text must be a string."})
    if "\x00" in text:
        raise ValidationError({"text": "The text contains NUL characters."})
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValidationError({"text": "The text contains unpaired surrogates (it is not valid Unicode)."})
    canonical = normalise(_CONTROL.sub("", text))
    if not canonical.strip():
        raise ValidationError({"text": "The text is empty."})
    if len(canonical) > settings.ARTICLE_MAX_CHARS:
        raise ValidationError(
            {"text": f"The text is {len(canonical)} characters long; the limit is {settings.ARTICLE_MAX_CHARS}."},
            code="too_long",
        )
    return canonical


def article_submit(
    *,
    title: str,
    text: str,
    language: str | None = None,
    url: str = "",
    source: str = "",
    published_at: dt.datetime | None = None,
    external_id: str = "",
    api_client: ApiClient | None = None,
    submitted_by: User | None = None,
) -> Article:
    """Store an article with its extracted claims; queue one lookup per claim and provider.

    Everything is written in one transaction, and the lookups are sent to Celery only
    after it commits, so a worker never sees a lookup whose claim is not stored.
    """
    canonical = article_validate_text(text)
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": "A title is required."})
    if len(title) > 500:
        raise ValidationError({"title": "The title is longer than 500 characters."})
    if language is not None:
        language = language.strip().lower()
        if not LANGUAGE_CODE.match(language):
            raise ValidationError({"language": f"{language!r} is not an ISO 639-1 language code."})
    providers = enabled_providers()

    extraction = extract(canonical, language=language or None, scorer=active_scorer())
    now = timezone.now()
    with transaction.atomic():
        article = Article.objects.create(
            title=title,
            text=canonical,
            url=url,
            source=source,
            language=extraction.language,
            published_at=published_at,
            external_id=external_id,
            content_hash=content_hash(canonical),
            api_client=api_client,
            submitted_by=submitted_by if submitted_by is not None and submitted_by.is_authenticated else None,
        )
        claims = Claim.objects.bulk_create(
            [
                Claim(
                    article=article,
                    text=candidate.text,
                    start=candidate.start,
                    end=candidate.end,
                    sentence_index=candidate.sentence_index,
                    sentence=candidate.sentence,
                    language=extraction.language,
                    score=candidate.score,
                    signals=candidate.signals_as_dicts(),
                    speaker=candidate.speaker,
                    status=Claim.Status.RESEARCHING if providers else Claim.Status.READY,
                )
                for candidate in extraction.claims
            ]
        )
        lookups = EvidenceLookup.objects.bulk_create(
            [EvidenceLookup(claim=claim, provider=slug, queued_at=now) for claim in claims for slug in providers]
        )
        article.lookups_total = len(lookups)
        if not lookups:
            article.status = Article.Status.PROCESSED
            article.processed_at = now
        article.save(update_fields=["lookups_total", "status", "processed_at"])
        if lookups:
            lookups_enqueue(lookup_ids=[lookup.pk for lookup in lookups])
    return article
