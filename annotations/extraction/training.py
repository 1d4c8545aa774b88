"""Training a check-worthiness model: logistic regression over hashed features.

Plain Python plus scikit-learn; no Django. Units are split per language into training
and validation parts (seeded, stratified), the model is fitted on the training part,
and the threshold that maximises F1 of the check-worthy class on the validation part is
kept with the per-language validation figures.
"""

from __future__ import annotations

import json
import random
import statistics
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import semantic
from .clauses import split_pieces
from .extractor import ClaimCandidate, extract, normalise
from .scoring import (
    FEATURES_WORDS,
    FEATURES_WORDS_CHARS,
    HASH_BITS,
    SENTENCE_WEIGHT,
    WITH_MEANING,
    LinearScorer,
    feature_indices,
    meaning_divisor,
    meaning_positions,
    tokens_of,
)
from .signals import clause_signals, genre_of

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Unit:
    text: str
    language: str
    label: int
    # The genre the product reads the unit in: None for a unit read on its own, as
    # `extract_claims --jsonl` reads a line (a post when short, `genre_of`); ARTICLE for a
    # claim a reviewer kept or dismissed, which came out of an article.
    genre: str | None = None

    @property
    def read_as(self) -> str:
        return self.genre or genre_of(self.text)


def read_units(paths: Iterable[Path]) -> list[Unit]:
    """Read JSON Lines units `{"text", "language", "label"}`; raises ValueError with the line."""
    units: list[Unit] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    units.append(
                        Unit(normalise(str(record["text"])), str(record.get("language") or "en"), int(record["label"]))
                    )
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    raise ValueError(f"{path}:{number}: expected {{text, language, label}} ({exc})") from exc
    return units


def unit_features(unit: Unit, bits: int = HASH_BITS, features: int = FEATURES_WORDS) -> dict[int, float]:
    # The signals of the genre the unit is read in, so a model learns what it will be shown
    # (a short German comment that is only a story's link is no `too_short` post).
    signals = clause_signals(unit.text, unit.language, genre=unit.read_as)
    return feature_indices(unit.text, signals, unit.language, bits, features)


def split(units: list[Unit], validation: float, seed: int) -> tuple[list[Unit], list[Unit]]:
    rng = random.Random(seed)
    train: list[Unit] = []
    valid: list[Unit] = []
    groups: dict[tuple[str, int], list[Unit]] = {}
    for unit in units:
        groups.setdefault((unit.language, unit.label), []).append(unit)
    for key in sorted(groups):
        group = groups[key][:]
        rng.shuffle(group)
        cut = round(len(group) * validation)
        valid.extend(group[:cut])
        train.extend(group[cut:])
    return train, valid


def prf(pairs: Iterable[tuple[bool, int]]) -> dict[str, float]:
    tp = fp = fn = 0
    for predicted, label in pairs:
        tp += int(predicted and label == 1)
        fp += int(predicted and label == 0)
        fn += int(not predicted and label == 1)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "support": tp + fn}


def evaluate(units: list[Unit], scorer: object | None = None) -> dict[str, dict[str, float]]:
    """P/R/F1 of the check-worthy class per language: a unit is positive when a claim is extracted."""
    by_language: dict[str, list[tuple[bool, int]]] = {}
    for unit in units:
        predicted = bool(extract(unit.text, language=unit.language, scorer=scorer, genre=unit.read_as).claims)  # type: ignore[arg-type]
        by_language.setdefault(unit.language, []).append((predicted, unit.label))
    return {language: prf(pairs) for language, pairs in sorted(by_language.items())}


def train(
    units: list[Unit],
    *,
    validation: float = 0.2,
    seed: int = 13,
    bits: int = HASH_BITS,
    c: float = 4.0,
    features: int = FEATURES_WORDS_CHARS,
    refit: bool = False,
    word_vectors: np.ndarray | None = None,
    cache_dir: Path | None = None,
    threshold_splits: int = 1,
) -> LinearScorer:
    """Fit, pick the F1-maximising threshold on the validation part, report its figures.

    With `threshold_splits` n > 1, n - 1 more models are fitted on other splits of the
    same units only to choose their thresholds; the model keeps the median of the n
    choices (per language), which one validation part alone chooses noisily, and its
    figures are measured at that threshold.

    With `refit`, the model is then fitted again on every unit (training and validation
    parts) with the same settings and keeps the thresholds; its figures are those of the
    first fit, measured before the validation part was seen. Feature sets 3 and 4 need the
    vocabulary's word vectors: `word_vectors`, or `semantic.word_vectors(cache_dir)`.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    if len({u.label for u in units}) < 2:
        raise ValueError("training needs both check-worthy (1) and other (0) units")
    train_units, valid_units = split(units, validation, seed)
    vectors = None
    if features in WITH_MEANING:
        vectors = word_vectors if word_vectors is not None else semantic.word_vectors(cache_dir)

    def matrix(batch: list[Unit]) -> csr_matrix:
        rows, cols, vals = [], [], []
        for i, unit in enumerate(batch):
            for index, value in unit_features(unit, bits, features).items():
                rows.append(i)
                cols.append(index)
                vals.append(value)
        hashed = csr_matrix((vals, (rows, cols)), shape=(len(batch), 1 << bits), dtype=np.float64)
        if vectors is None:
            return hashed
        return hstack([hashed, csr_matrix(_meaning_vectors(batch, vectors, features))], format="csr")

    def fit(features_matrix: csr_matrix, batch: list[Unit]) -> tuple[array, float, array | None]:
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, solver="liblinear")
        model.fit(features_matrix, np.array([u.label for u in batch]))
        coef = model.coef_[0]
        hashed = array("f", coef[: 1 << bits].astype("float32").tobytes())
        if vectors is None:
            return hashed, float(model.intercept_[0]), None
        # The meaning block is linear in a mean of word vectors, so each word's share is
        # its vector times the block's weights: one number per word, kept instead of both.
        per_word = (vectors.astype(np.float64) @ coef[1 << bits :]) * semantic.SCALE
        return hashed, float(model.intercept_[0]), array("f", per_word.astype("float32").tobytes())

    def fitted(part: list[Unit], held_out: list[Unit]) -> tuple[LinearScorer, csr_matrix, list[tuple[float, Unit]]]:
        part_matrix = matrix(part)
        weights, intercept, meanings = fit(part_matrix, part)
        model = LinearScorer(
            weights=weights,
            intercept=intercept,
            bits=bits,
            features=features,
            sentence_weight=SENTENCE_WEIGHT,
            meanings=meanings,
        )
        # Scored on whole-unit extraction, the way the product uses the model.
        return model, part_matrix, [(max((c.score for c in _claims(u, model)), default=0.0), u) for u in held_out]

    def thresholds(scored: list[tuple[float, Unit]]) -> dict[str, float]:
        """One per language (genres differ), and the pooled one ("") as the model's default."""
        chosen = {"": _best_threshold(scored)}
        for language in sorted({unit.language for _, unit in scored}):
            chosen[language] = _best_threshold([(s, u) for s, u in scored if u.language == language])
        return chosen

    scorer, train_matrix, scored = fitted(train_units, valid_units)
    choices = [thresholds(scored)]
    for k in range(1, threshold_splits):
        choices.append(thresholds(fitted(*split(units, validation, seed * 1000 + k))[2]))
    # A language too small to reach another split's validation part keeps the choices it has.
    median = {key: round(statistics.median(c[key] for c in choices if key in c), 4) for key in choices[0]}
    scorer.threshold = median.pop("")
    scorer.language_thresholds = median
    languages = sorted(median)
    scorer.metrics = {
        "validation": {
            language: prf(
                (s >= scorer.language_thresholds[language], u.label) for s, u in scored if u.language == language
            )
            for language in languages
        },
        "threshold": scorer.threshold,
        "language_thresholds": scorer.language_thresholds,
        "sentence_weight": scorer.sentence_weight,
        "train_units": len(train_units),
        "validation_units": len(valid_units),
        "seed": seed,
        "refit_on_all_units": refit,
        "threshold_splits": threshold_splits,
    }
    if vectors is not None:
        scorer.metrics["vocabulary"] = semantic.fingerprint()
    if refit:
        from scipy.sparse import vstack

        everything = vstack([train_matrix, matrix(valid_units)], format="csr")
        scorer.weights, scorer.intercept, scorer.meanings = fit(everything, train_units + valid_units)
    return scorer


def _meaning_vectors(batch: list[Unit], vectors: np.ndarray, features: int) -> np.ndarray:
    """The meaning block of each unit: the sum of its known words' vectors over
    `meaning_divisor` (their mean for set 3), times `semantic.SCALE`; zeros for a unit with
    none or in a language outside `semantic.LANGUAGES`. Scoring adds the same quotient of
    the per-word numbers."""
    import numpy as np

    out = np.zeros((len(batch), vectors.shape[1]), dtype=np.float64)
    for row, unit in enumerate(batch):
        positions = meaning_positions(tokens_of(unit.text)) if unit.language in semantic.LANGUAGES else []
        if positions:
            out[row] = vectors[positions].sum(axis=0) / meaning_divisor(features, len(positions))
    return out * semantic.SCALE


def _best_threshold(scored: list[tuple[float, Unit]]) -> float:
    """The F1-maximising threshold; among equals, the one closest to 0.5."""
    candidates = []
    for step in range(6, 95, 2):
        threshold = step / 100
        f1 = prf((score >= threshold, unit.label) for score, unit in scored)["f1"]
        candidates.append((-f1, abs(threshold - 0.5), threshold))
    return min(candidates)[2]


def _claims(unit: Unit, scorer: LinearScorer) -> list[ClaimCandidate]:
    return extract(unit.text, language=unit.language, threshold=0.0, scorer=scorer, genre=unit.read_as).claims


def save_model_file(scorer: LinearScorer, path: Path, meta: dict[str, object]) -> None:
    """Write a model file: a JSON header line, then zlib-compressed float32 weights."""
    header = {
        "format": "factcheck-checkworthiness/1",
        "bits": scorer.bits,
        "features": scorer.features,
        "intercept": scorer.intercept,
        "threshold": scorer.threshold,
        "language_thresholds": scorer.language_thresholds,
        "sentence_weight": scorer.sentence_weight,
        "metrics": scorer.metrics,
        **meta,
    }
    path.write_bytes(json.dumps(header, ensure_ascii=False).encode() + b"\n" + zlib.compress(scorer.to_bytes(), 9))


def load_model_file(path: Path) -> tuple[LinearScorer, dict[str, object]]:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n")
    header = json.loads(head)
    if header.get("format") != "factcheck-checkworthiness/1":
        raise ValueError(f"{path} is not a check-worthiness model file")
    scorer = LinearScorer.from_bytes(
        zlib.decompress(body),
        intercept=float(header["intercept"]),
        threshold=float(header["threshold"]),
        bits=int(header["bits"]),
        features=int(header.get("features", FEATURES_WORDS)),
        name=str(header.get("name", path.stem)),
        vocabulary=(header.get("metrics") or {}).get("vocabulary"),
    )
    scorer.metrics = dict(header.get("metrics") or {})
    scorer.language_thresholds = {str(k): float(v) for k, v in dict(header.get("language_thresholds") or {}).items()}
    scorer.sentence_weight = float(header.get("sentence_weight", 0.0))
    return scorer, header


__all__ = ["Unit", "evaluate", "load_model_file", "read_units", "save_model_file", "split_pieces", "train"]
