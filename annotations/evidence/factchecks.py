"""Earlier fact-checks: imported ClaimReview records and this installation's published verdicts."""

from __future__ import annotations

import threading

import numpy as np
from django.conf import settings
from django.db.models import Count, Max

from annotations.models import FactCheck

from . import embeddings
from .base import ClaimQuery, EvidenceItem
from .matching import FactCheckIndex

_lock = threading.Lock()
_cache: dict[str, object] = {}


def factcheck_index() -> FactCheckIndex | None:
    """The index over all fact-checks, rebuilt when records were added or changed.

    Fact-checks not embedded yet (own verdicts published since, or an import run with
    embeddings off) are embedded first, so every record is matched by meaning too.
    """
    from annotations.services.factchecks import factchecks_embed

    stats = FactCheck.objects.aggregate(n=Count("pk"), latest=Max("imported_at"))
    if not stats["n"]:
        return None
    semantic = embeddings.enabled()
    key = (stats["n"], stats["latest"], semantic)
    with _lock:
        if _cache.get("key") == key:
            return _cache["index"]  # type: ignore[return-value]
    if semantic:
        factchecks_embed()
    # Earliest recorded first: among records of the same claim, the original leads.
    rows = list(
        FactCheck.objects.order_by("pk").values_list(
            "external_id", "claim_text", "title", "claim_embedding", "title_embedding"
        )
    )
    meaning = None
    if semantic:
        claims = [embeddings.from_bytes(row[3]) for row in rows]
        titles = [embeddings.from_bytes(row[4]) for row in rows]
        if all(v is not None for v in claims) and all(v is not None for v in titles):
            meaning = (np.vstack(claims), np.vstack(titles))  # type: ignore[arg-type]
    index = FactCheckIndex.build([(row[0], row[1], row[2]) for row in rows], meaning=meaning)
    with _lock:
        _cache.update(key=key, index=index)
    return index


class FactCheckProvider:
    """Finds earlier checks of the same claim; they are shown first on the claim page."""

    slug = "factchecks"
    label = "Earlier fact-checks"

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        index = factcheck_index()
        if index is None:
            return []
        (matches,) = index.search([query.text], top=limit)
        matches = [(ext, score) for ext, score in matches if score >= settings.FACTCHECK_MIN_SCORE]
        records = FactCheck.objects.in_bulk([ext for ext, _ in matches], field_name="external_id")
        items = []
        for external_id, score in matches:
            record = records.get(external_id)
            if record is None:
                continue
            items.append(
                EvidenceItem(
                    source_key=f"factcheck:{external_id}",
                    source_title=record.title or record.claim_text[:200],
                    passage=record.claim_text,
                    url=record.url,
                    published_at=record.reviewed_at,
                    score=min(1.0, score),
                    rating=record.rating,
                    language=record.language,
                )
            )
        return items
