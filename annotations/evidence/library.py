"""The organisation's own evidence library, searched with full-text search."""

from __future__ import annotations

import heapq

from annotations.models import LibraryPassage

from .base import ClaimQuery, EvidenceItem
from .fulltext import search_passage_ids, weighs_by_rarity
from .ranking import query_terms, relevance, search_relevance, search_relevance_bound

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
        bounded = weighs_by_rarity()
        rank = search_relevance if bounded else relevance
        items = []
        best: list[float] = []  # the `limit` highest scores so far, as a min-heap
        for pid, search_score in hits:  # best search score first
            if pid not in passages:
                continue
            if bounded and best and len(best) == limit and search_relevance_bound(terms, search_score) < best[0]:
                break  # neither this passage nor any after it can reach the kept ones
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
            if bounded and len(best) < limit:
                heapq.heappush(best, items[-1].score)
            elif bounded:
                heapq.heappushpop(best, items[-1].score)
        items.sort(key=lambda item: (-item.score, item.source_key))
        return [item for item in items if item.score > 0][:limit]
