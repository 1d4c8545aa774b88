"""The organisation's own evidence library, searched with full-text search."""

from __future__ import annotations

from annotations.models import LibraryPassage

from .base import ClaimQuery, EvidenceItem
from .fulltext import search_passage_ids
from .ranking import query_terms, relevance

CANDIDATES_PER_RESULT = 5


class LibraryProvider:
    """Searches imported library passages; ranks by weighted term coverage and FTS score."""

    slug = "library"
    label = "Evidence library"

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        terms = query_terms(query.text)
        hits = search_passage_ids(terms, query.language, limit * CANDIDATES_PER_RESULT)
        if not hits:
            return []
        passages = LibraryPassage.objects.select_related("document").in_bulk([pid for pid, _ in hits])
        items = []
        for pid, search_score in hits:
            passage = passages.get(pid)
            if passage is None:
                continue
            document = passage.document
            items.append(
                EvidenceItem(
                    source_key=f"library:{passage.pk}",
                    source_title=document.title,
                    passage=passage.text,
                    url=document.url,
                    published_at=document.published_at,
                    score=relevance(terms, passage.text, search_score),
                )
            )
        items.sort(key=lambda item: (-item.score, item.source_key))
        return [item for item in items if item.score > 0][:limit]
