"""Finding earlier fact-checks of the same claim: words, characters and meaning.

Word uni/bigrams (TF-IDF) catch shared names and phrasing; character 3-5-grams within
words catch inflections, hashtags run together and spelling variants, which matter for
social-media text; sentence embeddings (`embeddings.py`) catch the same claim in other
words. The cosine similarities are mixed with fixed weights, set by hand on development
data (docs/evidence.md has the figures); the score is their weighted mean, in [0, 1].
Without embeddings (disabled, or the model missing) the words and characters decide.

A library often holds the same fact-check more than once: imported from two feeds, or
re-published with straight quotes turned into curly ones. Records whose claims are the
same words (ignoring case, quotes and punctuation) are one claim here: they share the
best score any of them gets, and the earliest recorded comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

WORD_WEIGHT = 0.3
CHAR_WEIGHT = 0.7
CLAIM_MEANING_WEIGHT = 0.6  # embedding of the fact-check's claim
TITLE_MEANING_WEIGHT = 0.2  # embedding of its headline
# An embedded tweet's trailer: "— Ann Coulter (@AnnCoulter) January 26, 2017".
_TRAILER = re.compile(r"\s[—–-]\s(?P<name>[^—–]*)\(@\w+\)\s+(?P<date>\w+\s\d{1,2},\s\d{4})\W*$")
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")
_NOT_WORD = re.compile(r"[\W_]+")
# Claims shorter than this many words are too generic to call two records the same.
SAME_CLAIM_MIN_WORDS = 4


def same_claim_key(claim: str) -> str:
    """The claim's words, case-folded, without quotes or punctuation; "" when too short."""
    words = _NOT_WORD.sub(" ", claim.casefold()).split()
    return " ".join(words) if len(words) >= SAME_CLAIM_MIN_WORDS else ""


def clean(text: str) -> str:
    """Drop what carries no claim: links, # and @ signs, a tweet trailer's handle.

    The trailer's name and date stay: an earlier fact-check is often about what that
    person said then ("Ann Coulter posted a tweet stating …").
    """
    text = _TRAILER.sub(r" \g<name> \g<date>", text)
    text = _URL.sub(" ", text)
    return text.replace("#", " ").replace("@", " ")


@dataclass
class FactCheckIndex:
    ids: list[str]
    _word: Any
    _char: Any
    _word_matrix: Any
    _char_matrix: Any
    # (claim vectors, title vectors), one row per record, when embeddings are in use.
    _meaning: tuple[Any, Any] | None = None
    # Records of the same claim (see `same_claim_key`), as arrays for `np.maximum.reduceat`:
    # positions ordered by claim, where each claim's run starts, and each record's claim.
    # None when every record holds a claim of its own.
    _same_claims: tuple[Any, Any, Any] | None = None

    @classmethod
    def build(cls, records: list[tuple[str, str, str]], meaning: tuple[Any, Any] | None = None) -> FactCheckIndex:
        """`records` are (id, claim, title), earliest recorded first; `meaning` their unit embeddings."""
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = [clean(f"{claim} {title}") for _, claim, title in records]
        claim_of: dict[str, int] = {}
        claims = np.array(
            [
                claim_of.setdefault(same_claim_key(claim) or f"\0{i}", len(claim_of))
                for i, (_, claim, _) in enumerate(records)
            ],
            dtype=np.int64,
        )
        same_claims = None
        if len(claim_of) < len(records):
            order = np.argsort(claims, kind="stable")
            starts = np.flatnonzero(np.r_[True, np.diff(claims[order]) != 0])
            same_claims = (order, starts, claims)
        # Character n-grams seen in one record only are noise once there are many records.
        min_df = 2 if len(texts) >= 50 else 1
        word = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1)
        char = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5), min_df=min_df)
        return cls(
            ids=[record_id for record_id, _, _ in records],
            _word=word,
            _char=char,
            _word_matrix=word.fit_transform(texts),
            _char_matrix=char.fit_transform(texts),
            _meaning=meaning,
            _same_claims=same_claims,
        )

    @property
    def semantic(self) -> bool:
        return self._meaning is not None

    def search(self, texts: list[str], top: int) -> list[list[tuple[str, float]]]:
        """The `top` best fact-checks for each text, best first, with scores in [0, 1]."""
        import numpy as np

        cleaned = [clean(t) for t in texts]
        scores = WORD_WEIGHT * (self._word.transform(cleaned) @ self._word_matrix.T).toarray()
        scores += CHAR_WEIGHT * (self._char.transform(cleaned) @ self._char_matrix.T).toarray()
        total = WORD_WEIGHT + CHAR_WEIGHT
        if self._meaning is not None:
            from . import embeddings

            claims, titles = self._meaning
            queries = embeddings.encode(cleaned)
            scores += CLAIM_MEANING_WEIGHT * np.clip(queries @ claims.T, 0.0, 1.0)
            scores += TITLE_MEANING_WEIGHT * np.clip(queries @ titles.T, 0.0, 1.0)
            total += CLAIM_MEANING_WEIGHT + TITLE_MEANING_WEIGHT
        scores /= total
        if self._same_claims is not None:
            # Every record gets the best score among the records of its claim.
            order, starts, claims = self._same_claims
            scores = np.maximum.reduceat(scores[:, order], starts, axis=1)[:, claims]
        results = []
        for row in scores:
            best = np.argsort(-row, kind="stable")[:top]
            results.append([(self.ids[i], round(float(row[i]), 4)) for i in best if row[i] > 0])
        return results
