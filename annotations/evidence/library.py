"""The organisation's own evidence library, searched with full-text search."""

from __future__ import annotations

from annotations.models import LibraryPassage

from .base import ClaimQuery, EvidenceItem
from .fulltext import search_passage_ids, weighs_by_rarity
from .ranking import query_terms, relevance, search_relevance

CANDIDATES_PER_RESULT = 5


class LibraryProvider:
    """Searches imported library passages. On PostgreSQL the full-text score weighs the
    claim's words by their rarity and is kept, with the quantities compared across
    formats; SQLite's FTS5 score is re-ranked by weighted word coverage (ranking.py)."""

    slug = "library"
    label = "Evidence library"

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        terms = query_terms(query.text, query.language)
        hits = search_passage_ids(terms, query.language, limit * CANDIDATES_PER_RESULT)
        if not hits:
            return []
        # Only the columns evidence needs, as tuples: no model instances for 25 candidates.
        rows = LibraryPassage.objects.filter(pk__in=[pid for pid, _ in hits]).values_list(
            "pk", "text", "language", "document__title", "document__url", "document__published_at"
        )
        passages = {row[0]: row[1:] for row in rows}
        rank = search_relevance if weighs_by_rarity() else relevance
        items = []
        for pid, search_score in hits:
            if pid not in passages:
                continue
            text, language, title, url, published_at = passages[pid]
            items.append(
                EvidenceItem(
                    source_key=f"library:{pid}",
                    source_title=title,
                    passage=text,
                    url=url,
                    published_at=published_at,
                    score=rank(terms, text, search_score, language),
                    language=language,
                )
            )
        items.sort(key=lambda item: (-item.score, item.source_key))
        return [item for item in items if item.score > 0][:limit]
