"""Finding earlier fact-checks of the same claim: words, characters and meaning.

Word uni/bigrams (TF-IDF) catch shared names and phrasing; character 3-5-grams within
words catch inflections, hashtags run together and spelling variants, which matter for
social-media text; sentence embeddings (`embeddings.py`) catch the same claim in other
words. The cosine similarities are mixed with fixed weights, set by hand on development
data (docs/evidence.md has the figures); the score is their weighted mean, in [0, 1].
Without embeddings (disabled, or the model missing) the words and characters decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

WORD_WEIGHT = 0.3
CHAR_WEIGHT = 0.7
CLAIM_MEANING_WEIGHT = 0.6  # embedding of the fact-check's claim
TITLE_MEANING_WEIGHT = 0.2  # embedding of its headline
_TRAILER = re.compile(r"\s[—–-]\s[^—–]*\(@\w+\)\s+\w+\s\d{1,2},\s\d{4}\W*$")
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")


def clean(text: str) -> str:
    """Drop what carries no claim: links, a tweet's author-and-date trailer, # and @ signs."""
    text = _TRAILER.sub(" ", text)
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

    @classmethod
    def build(cls, records: list[tuple[str, str]], meaning: tuple[Any, Any] | None = None) -> FactCheckIndex:
        """`records` are (id, claim and title text); `meaning` their unit embeddings."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts = [clean(text) for _, text in records]
        # Character n-grams seen in one record only are noise once there are many records.
        min_df = 2 if len(texts) >= 50 else 1
        word = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1)
        char = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5), min_df=min_df)
        return cls(
            ids=[record_id for record_id, _ in records],
            _word=word,
            _char=char,
            _word_matrix=word.fit_transform(texts),
            _char_matrix=char.fit_transform(texts),
            _meaning=meaning,
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
        results = []
        for row in scores:
            best = np.argsort(-row, kind="stable")[:top]
            results.append([(self.ids[i], round(float(row[i]), 4)) for i in best if row[i] > 0])
        return results
