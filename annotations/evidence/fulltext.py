"""Full-text search over library passages: PostgreSQL tsvector or SQLite FTS5.

The search structures are created in migration 0002: on PostgreSQL a generated tsvector
column built with the passage language's text search configuration and a GIN index; on
SQLite an external-content FTS5 table kept in step by triggers.
"""

from __future__ import annotations

from django.db import connection

from .ranking import Term

PG_CONFIGS = {"de": "german", "en": "english", "es": "spanish", "fr": "french", "it": "italian", "pt": "portuguese"}
FTS5_TABLE = "annotations_librarypassage_fts"


def pg_config(language: str) -> str:
    return PG_CONFIGS.get(language, "simple")


def _clean(token: str) -> str:
    return "".join(ch for ch in token if ch.isalnum())


def search_passage_ids(terms: list[Term], language: str, limit: int) -> list[tuple[int, float]]:
    """Return (passage id, score in 0..1) for passages matching any term, best first."""
    tokens = [t for t in (_clean(term.token) for term in terms) if t]
    if not tokens:
        return []
    if connection.vendor == "postgresql":
        rows = _search_postgresql(tokens, language, limit)
    else:
        rows = _search_sqlite(tokens, limit)
    if not rows:
        return []
    best = max(score for _, score in rows) or 1.0
    return [(pid, score / best) for pid, score in rows]


CANDIDATE_CAP = 1000


def _search_postgresql(tokens: list[str], language: str, limit: int) -> list[tuple[int, float]]:
    """Passages with all the terms first; then, if too few, any of them.

    The any-term query is capped at CANDIDATE_CAP matches before ranking: a claim with a
    common word would otherwise rank a large share of the library on every lookup.
    """
    config = pg_config(language)
    rows = _pg_query(" & ".join(tokens), config, limit, cap=None)
    if len(rows) < limit and len(tokens) > 1:
        seen = {pid for pid, _ in rows}
        more = _pg_query(" | ".join(tokens), config, limit, cap=CANDIDATE_CAP)
        # All-term matches stay ahead of any-term matches.
        top = max((score for _, score in more), default=0.0)
        rows = [(pid, score + top) for pid, score in rows] + [(pid, s) for pid, s in more if pid not in seen]
    return rows[:limit]


_PG_RANKED = (
    "SELECT p.id, ts_rank_cd(p.search_vector, q) AS score "
    "FROM annotations_librarypassage p, "
    "(SELECT to_tsquery(%s::regconfig, %s) || to_tsquery('simple', %s) AS q) AS query "
    "WHERE p.search_vector @@ q ORDER BY score DESC, p.id LIMIT %s"
)
_PG_RANKED_CAPPED = (
    "SELECT p.id, ts_rank_cd(p.search_vector, q) AS score "
    "FROM annotations_librarypassage p, "
    "(SELECT to_tsquery(%s::regconfig, %s) || to_tsquery('simple', %s) AS q) AS query "
    "WHERE p.id IN (SELECT id FROM annotations_librarypassage WHERE search_vector @@ "
    "(to_tsquery(%s::regconfig, %s) || to_tsquery('simple', %s)) LIMIT %s) "
    "AND p.search_vector @@ q ORDER BY score DESC, p.id LIMIT %s"
)


def _pg_query(query: str, config: str, limit: int, cap: int | None) -> list[tuple[int, float]]:
    # The claim's language stems the words; 'simple' catches names and numbers whatever
    # language the passage was indexed in.
    params: list[str | int] = [config, query, query]
    if cap:
        sql = _PG_RANKED_CAPPED
        params += [config, query, query, cap]
    else:
        sql = _PG_RANKED
    params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(int(pid), float(score)) for pid, score in cursor.fetchall()]


def _search_sqlite(tokens: list[str], limit: int) -> list[tuple[int, float]]:
    # No stemmer in FTS5's unicode61 tokenizer: a prefix query on the first five letters
    # plays its part ("Ingenieure" finds "Ingenieuren" and "engineers" does not matter).
    parts = []
    for token in tokens:
        if token.isdigit() or len(token) <= 5:
            parts.append(f'"{token}"')
        else:
            parts.append(f'"{token[:5]}"*')
    match = " OR ".join(parts)
    # The table name is a constant; the user-derived MATCH expression is a parameter.
    sql = (
        f"SELECT rowid, -bm25({FTS5_TABLE}) AS score FROM {FTS5_TABLE} "  # noqa: S608
        f"WHERE {FTS5_TABLE} MATCH %s ORDER BY score DESC, rowid LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, limit])
        return [(int(pid), float(score)) for pid, score in cursor.fetchall()]
