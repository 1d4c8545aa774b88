"""Importing earlier fact-checks (ClaimReview JSON-LD or JSON Lines) and adding our own."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from annotations.encodings import decode_file
from annotations.evidence.base import iso_date
from annotations.extraction.language import detect_language, language_code
from annotations.jsonlines import LONE_SURROGATE, json_objects, lone_surrogates
from annotations.models import FactCheck, Verdict


@dataclass(frozen=True)
class FactCheckRecord:
    external_id: str
    claim_text: str
    title: str = ""
    rating: str = ""
    url: str = ""
    reviewed_at: dt.date | None = None
    language: str = ""


def _claim_reviews(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _claim_reviews(item)
    elif isinstance(node, dict):
        kind = node.get("@type")
        if kind == "ClaimReview" or (isinstance(kind, list) and "ClaimReview" in kind):
            yield node
        for key in ("@graph", "itemListElement", "mainEntity"):
            if key in node:
                yield from _claim_reviews(node[key])


def read_factchecks(path: Path) -> Iterator[FactCheckRecord]:
    """Records from a ClaimReview JSON-LD file or JSON Lines; ValueError names what is wrong."""
    try:
        raw = decode_file(path.read_bytes())
    except ValueError as exc:
        raise ValueError(f"{path.name}: {exc}") from exc
    if path.suffix.lower() == ".jsonl":
        try:
            records = list(json_objects(raw.splitlines(), text_field="claim"))
        except ValueError as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
        for number, record in records:
            if not record.get("id"):
                raise ValueError(f'{path.name}: line {number}: expected {{"id", "claim", …}}')
            yield FactCheckRecord(
                external_id=str(record["id"])[:200],
                claim_text=record["claim"],
                title=str(record.get("title") or "")[:1000],
                rating=str(record.get("rating") or "")[:200],
                url=str(record.get("url") or "")[:2000],
                reviewed_at=iso_date(record.get("date")),
                language=record_language(record.get("language"), record["claim"]),
            )
        return
    try:
        document = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"{path.name}: not JSON") from exc
    if lone_surrogates(document):
        raise ValueError(f"{path.name}: {LONE_SURROGATE}")
    found = False
    for review in _claim_reviews(document):
        found = True
        claim = review.get("claimReviewed") or (review.get("itemReviewed") or {}).get("text")
        if not isinstance(claim, str) or not claim.strip():
            raise ValueError(f"{path.name}: a ClaimReview without claimReviewed")
        rating = review.get("reviewRating") or {}
        external_id = str(review.get("@id") or review.get("url") or "")
        if not external_id:
            raise ValueError(f"{path.name}: a ClaimReview without @id or url")
        yield FactCheckRecord(
            external_id=external_id[:200],
            claim_text=claim,
            title=str(review.get("name") or review.get("headline") or "")[:1000],
            rating=str(rating.get("alternateName") or rating.get("ratingValue") or "")[:200],
            url=str(review.get("url") or "")[:2000],
            reviewed_at=iso_date(review.get("datePublished")),
            language=record_language(review.get("inLanguage"), claim),
        )
    if not found:
        raise ValueError(f"{path.name}: no ClaimReview found")


def record_language(declared: object, claim: object) -> str:
    """A fact-check's language as an ISO 639-1 code: the one the record declares ("en",
    "EN", the BCP 47 tag "en-US", or a schema.org Language with that as its alternateName),
    else the one its claim is written in."""
    if isinstance(declared, dict):
        declared = declared.get("alternateName")
    if isinstance(declared, str):
        code = language_code(declared) or language_code(declared.replace("_", "-").split("-")[0])
        if code:
            return code
    return detect_language(claim) if isinstance(claim, str) else ""


def factchecks_import(*, records: list[FactCheckRecord]) -> tuple[int, int]:
    """Insert or update by external id, in one transaction: (created, updated)."""
    created = updated = 0
    with transaction.atomic():
        existing = FactCheck.objects.in_bulk([r.external_id for r in records], field_name="external_id")
        new = []
        for record in records:
            if "\x00" in record.claim_text or not record.claim_text.strip():
                continue
            row = existing.get(record.external_id)
            if row is None:
                new.append(FactCheck(origin=FactCheck.Origin.IMPORTED, **record.__dict__))
                continue
            if (row.claim_text, row.title) != (record.claim_text, record.title):
                row.embedding_model = ""  # the text changed: embed it again
            for field, value in record.__dict__.items():
                setattr(row, field, value)
            row.save()
            updated += 1
        FactCheck.objects.bulk_create(new, batch_size=1000)
        created = len(new)
    return created, updated


def factcheck_from_verdict(*, verdict: Verdict) -> FactCheck:
    """A published verdict becomes an earlier fact-check for future claims."""
    claim = verdict.claim
    base = settings.FACTCHECK_PUBLIC_BASE_URL.rstrip("/")
    record, _ = FactCheck.objects.update_or_create(
        external_id=f"verdict:{claim.pk}",
        defaults={
            "claim_text": claim.text,
            "title": claim.article.title[:1000],
            "rating": verdict.rating.label,
            "url": f"{base}/claims/{claim.pk}/#verdict-{verdict.pk}",
            "reviewed_at": (verdict.published_at or verdict.created_at).date(),
            "language": claim.language,
            "origin": FactCheck.Origin.VERDICT,
            "verdict": verdict,
            "embedding_model": "",  # embedded when the index is next built
        },
    )
    return record


EMBED_BATCH = 256


def factchecks_embed(*, progress: Callable[[int, int], None] | None = None) -> int:
    """Compute the sentence embeddings of fact-checks that have none (or an older model's).

    Returns how many were embedded; 0 when embeddings are disabled or unavailable. Runs in
    batches, each saved on its own, so an interrupted run keeps what it finished.
    """
    from annotations.evidence import embeddings

    if not embeddings.enabled():
        return 0
    pending = FactCheck.objects.exclude(embedding_model=embeddings.MODEL_NAME)
    total = pending.count()
    done = 0
    while rows := list(pending.only("pk", "claim_text", "title").order_by("pk")[:EMBED_BATCH]):
        claims = embeddings.encode([row.claim_text for row in rows])
        titled = [i for i, row in enumerate(rows) if row.title.strip()]
        titles = embeddings.encode([rows[i].title for i in titled])
        title_of = dict(zip(titled, titles, strict=True))
        for i, row in enumerate(rows):
            row.claim_embedding = embeddings.to_bytes(claims[i])
            # No headline: the claim stands in for it rather than an empty string's vector.
            row.title_embedding = embeddings.to_bytes(title_of.get(i, claims[i]))
            row.embedding_model = embeddings.MODEL_NAME
        FactCheck.objects.bulk_update(rows, ["claim_embedding", "title_embedding", "embedding_model"])
        done += len(rows)
        if progress:
            progress(done, total)
    return done
