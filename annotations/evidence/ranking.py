"""Relevance of a passage to a claim.

Full-text search finds candidates; this re-ranks them the way a checker reads: the
numbers, years and names in a claim are what a passage must speak to, so they weigh more
than ordinary words. Words are compared by their first five letters, a cheap stemmer that
works across German, English and Spanish inflection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotations.extraction.language import FUNCTION_WORDS

_TOKEN = re.compile(r"\w+", re.UNICODE)
_EXTRA_STOPWORDS = frozenset(
    "sich sie er es wir ihr hat hatte hatten um so aber wenn ob damit dieser diese dieses jedoch bereits "
    "he she we you they his her its our who what when where why how than then there these those "
    "ella ellos nos le les ya muy sin sobre entre también".split()
)
STOPWORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values()) | _EXTRA_STOPWORDS
STEM_CHARS = 5
WEIGHT_NUMBER = 3.0
WEIGHT_NAME = 2.0
WEIGHT_WORD = 1.0


@dataclass(frozen=True, slots=True)
class Term:
    key: str  # lowercased stem used for matching
    token: str  # the word as written
    weight: float


def query_terms(text: str) -> list[Term]:
    """The distinct content terms of a claim, with their weights."""
    terms: dict[str, Term] = {}
    for match in _TOKEN.finditer(text):
        token = match.group()
        lowered = token.lower()
        if lowered in STOPWORDS or (len(token) < 3 and not token.isdigit()) or token == "_":
            continue
        if token.isdigit():
            weight = WEIGHT_NUMBER
        elif token[0].isupper() and match.start() > 0:
            weight = WEIGHT_NAME
        else:
            weight = WEIGHT_WORD
        key = lowered if token.isdigit() else lowered[:STEM_CHARS]
        if key not in terms or terms[key].weight < weight:
            terms[key] = Term(key, lowered, weight)
    return list(terms.values())


def passage_keys(text: str) -> set[str]:
    keys = set()
    for match in _TOKEN.finditer(text):
        lowered = match.group().lower()
        keys.add(lowered if lowered.isdigit() else lowered[:STEM_CHARS])
    return keys


def relevance(terms: list[Term], passage: str, search_score: float) -> float:
    """Combine weighted term coverage (0..1) with the normalised full-text score (0..1)."""
    total = sum(t.weight for t in terms)
    if total == 0:
        return 0.0
    keys = passage_keys(passage)
    covered = sum(t.weight for t in terms if t.key in keys)
    return round(0.7 * (covered / total) + 0.3 * max(0.0, min(1.0, search_score)), 4)
