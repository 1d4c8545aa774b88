"""Submitting articles: validate, store, extract claims, queue evidence lookups."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from annotations.evidence import enabled_providers
from annotations.extraction import extract
from annotations.extraction.extractor import normalise
from annotations.extraction.html import html_to_text
from annotations.extraction.language import language_code
from annotations.extraction.signals import ARTICLE
from annotations.models import ApiClient, Article, Claim, EvidenceLookup

from .checkworthiness import active_scorer
from .evidence import lookups_enqueue

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
        message = f"The text is {len(canonical)} characters long; the limit is {settings.ARTICLE_MAX_CHARS}."
        raise ValidationError({"text": ValidationError(message, code="too_long")})
    return canonical


def article_submit(
    *,
    title: str,
    text: str = "",
    html: str = "",
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
    if html and not text:
        extracted_title, text = html_to_text(html)
        title = title or extracted_title
    canonical = article_validate_text(text)
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": "A title is required."})
    if len(title) > 500:
        raise ValidationError({"title": "The title is longer than 500 characters."})
    if language is not None:
        code = language_code(language)
        if code is None:
            raise ValidationError({"language": f"{language.strip().lower()!r} is not an ISO 639-1 language code."})
        language = code
    providers = enabled_providers()

    # Submitted as an article, it is one: a short news brief is weighed as news, not as a post.
    extraction = extract(canonical, language=language or None, scorer=active_scorer(), genre=ARTICLE)
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
                    speaker_type=candidate.speaker_type,
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
            lookups_enqueue(lookups=[(lookup.pk, lookup.provider) for lookup in lookups])
    return article


class IdempotencyConflict(Exception):
    """The Idempotency-Key was used before with a different request body."""

    def __init__(self, article: Article) -> None:
        super().__init__("This Idempotency-Key was already used with a different request body.")
        self.article = article


def article_submit_once(
    *,
    api_client: ApiClient | None,
    idempotency_key: str = "",
    request_hash: str = "",
    **fields: Any,
) -> tuple[Article, bool]:
    """Submit unless this client submitted the same request before.

    The same Idempotency-Key with the same body, or the same external_id, returns the
    existing article (created=False); the same key with another body raises
    IdempotencyConflict. Unique constraints settle races between concurrent retries.
    """
    external_id = str(fields.get("external_id") or "")
    existing = _existing(api_client, idempotency_key, request_hash, external_id)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            article = article_submit(api_client=api_client, **fields)
            if idempotency_key:
                article.idempotency_key = idempotency_key[:200]
                article.request_hash = request_hash
                article.save(update_fields=["idempotency_key", "request_hash"])
    except IntegrityError:
        existing = _existing(api_client, idempotency_key, request_hash, external_id)
        if existing is None:
            raise
        return existing, False
    return article, True


def _existing(api_client: ApiClient | None, key: str, request_hash: str, external_id: str) -> Article | None:
    if api_client is None:
        return None
    if key:
        article = Article.objects.filter(api_client=api_client, idempotency_key=key[:200]).first()
        if article is not None:
            if article.request_hash != request_hash:
                raise IdempotencyConflict(article)
            return article
    if external_id:
        return Article.objects.filter(api_client=api_client, external_id=external_id).first()
    return None
