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
import unicodedata
from functools import cache

from django.db import connection, transaction

from annotations.models import LibraryPassage

from .ranking import STEM_CHARS, Term

FTS5_TABLE = "annotations_librarypassage_fts"
FTS5_VOCABULARY = "annotations_librarypassage_vocab"

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


def search_passage_ids(terms: list[Term], language: str, limit: int) -> list[tuple[int, float]]:
    """Return (passage id, score in 0..1) for passages matching any term, best first.

    The score is absolute, on both databases: the share of what the claim's words weigh
    (each by its rarity in the library) that a passage holds. A passage sharing one
    everyday word with the claim scores low even when nothing better was found.
    """
    tokens = list(dict.fromkeys(t for t in (_clean(term.token) for term in terms) if t))
    if not tokens:
        return []
    if connection.vendor == "postgresql":
        return _search_postgresql(tokens, language, limit)
    return _search_sqlite(tokens, limit)


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


def _rarity(share: float) -> float:
    """A word's weight from its share of the passages: log(1 + 1 / share), the inverse
    document frequency plus one inside the logarithm, so that in a library of a few
    passages a word all of them hold still weighs something ("China" in the demo's four)."""
    return math.log(1.0 + 1.0 / max(share, RARE_SHARE / 100))


def _specific(tokens: list[str], share: dict[str, float]) -> list[str]:
    """The tokens without the library's very common words, rarest first."""
    specific = [t for t in tokens if share[t] <= COMMON_SHARE]
    return sorted(specific or tokens, key=lambda t: share[t])


def _search_postgresql(tokens: list[str], language: str, limit: int) -> list[tuple[int, float]]:
    """Passages holding the claim's specific words, ranked by the words they hold, each
    weighted by its rarity in the library (inverse document frequency): a passage sharing
    the claim's rare name outranks one sharing two everyday words. A passage's score is
    its words' weight as a share of all the claim's words weigh (0..1).

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
    weights = [_rarity(share[t]) for t in specific]
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
    # Each passage's share of everything the claim's words weigh (all of `specific`).
    total = sum(weights) or 1.0
    return [
        (pid, min(1.0, score / total))
        for pid, score in sorted(found.items(), key=lambda row: (-row[1], row[0]))[:limit]
    ]


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


def _fts5_term(token: str) -> tuple[str, bool]:
    """What FTS5 matches of a claim's word, case and diacritics folded as its unicode61
    tokenizer folds them, and whether as a prefix: the first five letters of a longer word
    (the tokenizer does not stem: "Ingenieure" finds "Ingenieuren"), a number or a short
    word whole."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", token.lower()) if not unicodedata.combining(ch))
    if token.isdigit() or len(token) <= STEM_CHARS:
        return folded, False
    return folded[:STEM_CHARS], True


def _sqlite_shares(tokens: list[str]) -> dict[str, float]:
    """Each token's share of the library's passages, counted in the FTS5 index's
    vocabulary (migration 0017), all in one statement. A word in no passage weighs as one
    in a single passage; a word matched by its first letters counts every word beginning
    so (a passage holding two of them counts twice, rarely)."""
    counts, params = [], []
    for token in tokens:
        term, prefix = _fts5_term(token)
        if prefix:
            counts.append(f"(SELECT coalesce(sum(doc), 0) FROM {FTS5_VOCABULARY} WHERE term >= %s AND term < %s)")  # noqa: S608
            params += [term, term + "\U0010ffff"]
        else:
            counts.append(f"(SELECT coalesce(sum(doc), 0) FROM {FTS5_VOCABULARY} WHERE term = %s)")  # noqa: S608
            params.append(term)
    with connection.cursor() as cursor:
        # Table names are constants; the words are parameters.
        cursor.execute(f"SELECT (SELECT count(*) FROM {LibraryPassage._meta.db_table}), {', '.join(counts)}", params)  # noqa: S608
        passages, *documents = cursor.fetchone()
    passages = max(1, passages)
    return {token: min(1.0, max(1, found) / passages) for token, found in zip(tokens, documents, strict=True)}


def _search_sqlite(tokens: list[str], limit: int) -> list[tuple[int, float]]:
    """What `_search_postgresql` does, with FTS5: passages holding the claim's specific
    words, each passage scored by the rarity weights of the words it holds as a share of
    all the claim's words weigh. Every matching passage is scored (no candidate cap: the
    embedded database holds small libraries)."""
    tokens = [t for t in tokens if _fts5_term(t)[0]]  # nothing left once accents are folded
    if not tokens:
        return []
    share = _sqlite_shares(tokens)
    specific = _specific(tokens, share)
    weights = [_rarity(share[t]) for t in specific]
    # One MATCH per word, each an index lookup; the rows of all of them summed per passage.
    matches = " UNION ALL ".join(
        [f"SELECT rowid, %s AS w FROM {FTS5_TABLE} WHERE {FTS5_TABLE} MATCH %s"] * len(specific)  # noqa: S608
    )
    params: list[float | str] = []
    for token, weight in zip(specific, weights, strict=True):
        term, prefix = _fts5_term(token)
        params += [weight, f'"{term}"*' if prefix else f'"{term}"']
    # The table names are constants; the claim's words are parameters.
    sql = f"SELECT rowid, sum(w) AS score FROM ({matches}) GROUP BY rowid ORDER BY score DESC, rowid LIMIT %s"  # noqa: S608
    total = sum(weights)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return [(int(pid), min(1.0, float(score) / total)) for pid, score in cursor.fetchall()]
