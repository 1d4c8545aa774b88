"""Full-text search over library passages: PostgreSQL tsvector or SQLite FTS5.

The search structures are created in migration 0002: on PostgreSQL a generated tsvector
column built with the passage language's text search configuration and a GIN index; on
SQLite an external-content FTS5 table kept in step by triggers.
"""

from __future__ import annotations

import math
import re
import threading
import time
from functools import cache

from django.db import connection, transaction

from annotations.models import LibraryPassage

from .ranking import Term

FTS5_TABLE = "annotations_librarypassage_fts"

# The search column's own CASE (migration 0012): which language is stemmed with which
# configuration on this server. Read from the column, so a claim is always searched the
# way the passages of its language were indexed.
_COLUMN_CASE = re.compile(r"WHEN '([a-z]+)'::text THEN '(\w+)'::regconfig")


@cache
def _column_configs() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a "
            "ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
            "WHERE d.adrelid = to_regclass(%s) AND a.attname = 'search_vector'",
            [LibraryPassage._meta.db_table],
        )
        row = cursor.fetchone()
    return dict(_COLUMN_CASE.findall(row[0])) if row else {}


def pg_config(language: str) -> str:
    """The text search configuration the library indexed `language` with ('simple' for
    languages PostgreSQL has no stemmer for); read once per process."""
    return _column_configs().get(language, "simple")


def _clean(token: str) -> str:
    return "".join(ch for ch in token if ch.isalnum())


def weighs_by_rarity() -> bool:
    """Whether this database's search scores already weigh the claim's words by their rarity
    in the library (PostgreSQL, `_search_postgresql`), so a ranker should keep them; SQLite's
    FTS5 scores are re-ranked by weighted word coverage instead (ranking.py)."""
    return connection.vendor == "postgresql"


def search_passage_ids(terms: list[Term], language: str, limit: int) -> list[tuple[int, float]]:
    """Return (passage id, score in 0..1) for passages matching any term, best first."""
    tokens = list(dict.fromkeys(t for t in (_clean(term.token) for term in terms) if t))
    if not tokens:
        return []
    if weighs_by_rarity():
        rows = _search_postgresql(tokens, language, limit)
    else:
        rows = _search_sqlite(tokens, limit)
    if not rows:
        return []
    best = max(score for _, score in rows) or 1.0
    return [(pid, score / best) for pid, score in rows]


CANDIDATE_CAP = 1000
# A word in more than this share of the library's passages says little about any claim
# ("Prozent" in a statistics library): it is left out of the full-text query unless every
# word of the claim is that common. Shares come from PostgreSQL's own statistics.
COMMON_SHARE = 0.2
# The share assumed for every word when the library has no statistics yet.
RARE_SHARE = 0.001
STATS_SECONDS = 300.0

_stats_lock = threading.Lock()
_stats: dict[str, object] = {"at": None, "shares": {}, "passages": 0.0}


def statistics_forget() -> None:
    """Read the statistics afresh on the next search (they were just measured again)."""
    with _stats_lock:
        _stats["at"] = None


def _lexeme_shares() -> dict[str, float]:
    """Share of passages holding each of the library's most common lexemes, as ANALYZE
    (or autovacuum) last measured it in pg_stats; read again every STATS_SECONDS."""
    return _statistics()[0]


def _statistics() -> tuple[dict[str, float], float]:
    """The lexeme shares and the number of passages they are shares of (pg_class's
    estimate, from the same ANALYZE)."""
    now = time.monotonic()
    with _stats_lock:
        at = _stats["at"]
        if isinstance(at, float) and now - at < STATS_SECONDS:
            return _stats["shares"], _stats["passages"]  # type: ignore[return-value]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples "
            "FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema() "
            "AND s.tablename = c.relname AND s.attname = 'search_vector' "
            "WHERE c.oid = to_regclass(%s)",
            [LibraryPassage._meta.db_table],
        )
        row = cursor.fetchone()
    # The frequency list ends with three summary numbers; zip() stops at the lexemes.
    shares = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
    passages = max(0.0, float(row[2])) if row else 0.0
    with _stats_lock:
        _stats.update(at=now, shares=shares, passages=passages)
    return shares, passages


LEXEME_CACHE_SIZE = 50_000
_lexeme_cache: dict[tuple[str, str], tuple[str, ...]] = {}


def _lexemes(tokens: list[str], config: str) -> dict[str, tuple[str, ...]]:
    """Each token's lexemes under the text search configuration, as PostgreSQL stems
    them. Claims share most of their words, so stems are remembered per process and the
    database is asked only about new words (none, for most lookups)."""
    known = {t: _lexeme_cache.get((config, t)) for t in tokens}
    missing = [t for t, found in known.items() if found is None]
    if missing:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, t))) "
                "FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i",
                [config, missing],
            )
            stems = [tuple(row[0]) for row in cursor.fetchall()]
        if len(_lexeme_cache) + len(missing) > LEXEME_CACHE_SIZE:
            _lexeme_cache.clear()
        for token, found in zip(missing, stems, strict=True):
            known[token] = _lexeme_cache[(config, token)] = found
    # Read from `known`, not the cache: another thread may clear the cache meanwhile.
    return {t: found or () for t, found in known.items()}


def _shares(tokens: list[str], config: str, shares: dict[str, float] | None = None) -> dict[str, float]:
    """Each token's share of the library's passages, from PostgreSQL's statistics. Words
    the statistics do not list are rarer than every word they do list."""
    if shares is None:
        shares = _lexeme_shares()
    rare = min(shares.values(), default=RARE_SHARE)
    share = dict.fromkeys(tokens, rare)
    if shares:
        for token, found in _lexemes(tokens, config).items():
            share[token] = min((shares.get(lexeme, rare) for lexeme in found), default=rare)
    return share


def _specific(tokens: list[str], share: dict[str, float]) -> list[str]:
    """The tokens without the library's very common words, rarest first."""
    specific = [t for t in tokens if share[t] <= COMMON_SHARE]
    return sorted(specific or tokens, key=lambda t: share[t])


def _search_postgresql(tokens: list[str], language: str, limit: int) -> list[tuple[int, float]]:
    """Passages holding the claim's specific words, ranked by the words they hold, each
    weighted by its rarity in the library (inverse document frequency): a passage sharing
    the claim's rare name outranks one sharing two everyday words.

    At most CANDIDATE_CAP passages are scored. They are chosen by the claim's rarest words
    (`_candidate_words`), so which ones are scored does not depend on where rows happen to
    lie on disk, and a claim full of everyday words stays cheap.
    """
    config = pg_config(language)
    # Stop words of the configuration ("can", "while") are in no passage's tsvector; their
    # plain forms match only by accident ("can" is also the stem of "cans").
    stems = _lexemes(tokens, config)
    tokens = [t for t in tokens if stems[t]] or tokens
    stats, passages = _statistics()
    share = _shares(tokens, config, stats)
    specific = _specific(tokens, share)
    weights = [math.log(1.0 / max(share[t], RARE_SHARE / 100)) for t in specific]
    words = _candidate_words(specific, share, passages)
    # Matching a tsvector against a query of many words costs far more per row than the
    # planner assumes, so for a few hundred expected matches it reads the whole table
    # (15 ms for 10,000 real passages) rather than the GIN index (under 1 ms). The index
    # also won where every word is common (the bench's generated library: p50 7.3 ms
    # against 8.0), so the search always takes it.
    nested = connection.in_atomic_block
    found: dict[int, float] = {}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        while True:
            candidates = " | ".join(words)
            cursor.execute(
                _PG_WEIGHTED, [config, specific, weights, config, candidates, candidates, CANDIDATE_CAP, limit]
            )
            rows = cursor.fetchall()
            # A passage scores the same whichever words chose it (all of `specific` count).
            found.update((int(pid), float(score)) for pid, score in rows)
            # The statistics only bound how often an unlisted word occurs: the rarest words
            # may be in fewer passages than expected, or in none (a misspelling, a handle).
            # Then every word chooses, and the passages the rarest words found stay: the
            # first CANDIDATE_CAP rows holding any word need not include them.
            if len(rows) >= limit or len(words) == len(specific):
                break
            words = specific
        if nested:
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")  # the caller's transaction goes on
    return sorted(found.items(), key=lambda row: (-row[1], row[0]))[:limit]


def _candidate_words(specific: list[str], share: dict[str, float], passages: float) -> list[str]:
    """The rarest of the claim's words (`specific` is rarest first) that together are
    expected in at most CANDIDATE_CAP passages, and never fewer than one: the passages
    that score highest hold them. Without statistics, every word."""
    if passages <= 0:
        return specific
    chosen: list[str] = []
    expected = 0.0
    for token in specific:
        expected += share[token] * passages
        if chosen and expected > CANDIDATE_CAP:
            break
        chosen.append(token)
    return chosen


# Candidates: the first CANDIDATE_CAP passages holding any of the candidate words (LATERAL,
# so the GIN index serves the tsquery); each scored by the summed weights of all the
# claim's words it holds. The words' tsqueries are built once (MATERIALIZED), not once
# per candidate.
_PG_WEIGHTED = (
    "WITH term AS MATERIALIZED (SELECT to_tsquery(%s::regconfig, t) || to_tsquery('simple', t) AS q, w "
    "FROM unnest(%s::text[], %s::float8[]) AS u(t, w)), "
    "query AS (SELECT to_tsquery(%s::regconfig, %s) || to_tsquery('simple', %s) AS q) "
    "SELECT p.id, (SELECT sum(term.w) FROM term WHERE p.search_vector @@ term.q) AS score "
    "FROM query, LATERAL (SELECT id, search_vector FROM annotations_librarypassage "
    "WHERE search_vector @@ query.q LIMIT %s) AS p "
    "ORDER BY score DESC, p.id LIMIT %s"
)


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
