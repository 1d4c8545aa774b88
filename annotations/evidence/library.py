"""The organisation's own evidence library, searched with full-text search."""

from __future__ import annotations

import datetime as dt
import heapq
from functools import lru_cache

from django.conf import settings
from django.db import connection

from annotations.models import LibraryDocument, LibraryPassage

from .base import ClaimQuery, EvidenceItem
from .fulltext import search_passage_ids
from .ranking import query_terms, search_relevance, search_relevance_bound

CANDIDATES_PER_RESULT = 5


@lru_cache(maxsize=32)
def _passages_sql(count: int) -> str:
    quote = connection.ops.quote_name
    return (
        f"SELECT p.id, p.text, p.language, d.title, d.url, d.published_at "  # noqa: S608 - names from the models
        f"FROM {quote(LibraryPassage._meta.db_table)} p JOIN {quote(LibraryDocument._meta.db_table)} d "
        f"ON d.id = p.document_id WHERE p.id IN ({', '.join(['%s'] * count)})"
    )


def _passages(ids: list[int]) -> dict[int, tuple[str, str, str, str, dt.date | None]]:
    """The columns evidence needs of each passage, by id: text, language and the
    document's title, URL and date. Written out rather than built by the ORM: every lookup
    runs it, and compiling the ORM's query took about 0.7 ms of CPU, a fifth of the
    lookup's Python time."""
    with connection.cursor() as cursor:
        cursor.execute(_passages_sql(len(ids)), ids)
        rows = cursor.fetchall()
    # SQLite returns dates as text; PostgreSQL as dates.
    return {
        pid: (text, language, title, url, dt.date.fromisoformat(date) if isinstance(date, str) else date)
        for pid, text, language, title, url, date in rows
    }


class LibraryProvider:
    """Searches imported library passages: the full-text score weighs the claim's words by
    their rarity in the library (fulltext.py, on both databases) and is kept, with the
    quantities compared across formats (ranking.py). A passage scoring under
    LIBRARY_MIN_RELEVANCE shares too little with the claim to be shown as evidence."""

    slug = "library"
    label = "Evidence library"

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        terms = query_terms(query.text, query.language)
        floor = settings.LIBRARY_MIN_RELEVANCE
        # Best search score first, each with the highest score its quantities could give it.
        found = search_passage_ids(terms, query.language, limit * CANDIDATES_PER_RESULT)
        bounded = [(pid, score, search_relevance_bound(terms, score)) for pid, score in found]
        hits = [hit for hit in bounded if hit[2] >= floor]
        if not hits:
            return []
        passages = _passages([pid for pid, _, _ in hits])
        items = []
        best: list[float] = []  # the `limit` highest scores so far, as a min-heap
        for pid, search_score, bound in hits:
            if pid not in passages:
                continue
            if len(best) == limit and bound < best[0]:
                break  # neither this passage nor any after it can reach the kept ones
            text, language, title, url, published_at = passages[pid]
            score = search_relevance(terms, text, search_score, language)
            if score < floor:
                continue
            items.append(
                EvidenceItem(
                    source_key=f"library:{pid}",
                    source_title=title,
                    passage=text,
                    url=url,
                    published_at=published_at,
                    score=score,
                    language=language,
                )
            )
            if len(best) < limit:
                heapq.heappush(best, score)
            else:
                heapq.heappushpop(best, score)
        items.sort(key=lambda item: (-item.score, item.source_key))
        return items[:limit]
