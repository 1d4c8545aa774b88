import json
import math
import random
from pathlib import Path

import pytest

from annotations.extraction.extractor import extract
from annotations.extraction.scoring import (
    FEATURES_WORDS,
    FEATURES_WORDS_CHARS,
    SENTENCE_WEIGHT,
    LinearScorer,
    RuleScorer,
    feature_blocks,
    feature_indices,
)
from annotations.extraction.training import Unit, evaluate, load_model_file, read_units, save_model_file, train

POSITIVE = [
    "The deficit grew by {n} billion dollars in {y}.",
    "Unemployment fell to {n} percent last year.",
    "The city spent {n} million on roads in {y}.",
    "Exports rose {n} percent compared with {y}.",
]
NEGATIVE = [
    "I think we can do better together.",
    "Thank you all for coming tonight.",
    "What a wonderful evening this is.",
    "We must believe in our future.",
]


def synthetic_units(count: int, seed: int = 1) -> list[Unit]:
    rng = random.Random(seed)
    units = []
    for i in range(count):
        if i % 2:
            text = rng.choice(POSITIVE).format(n=rng.randint(2, 90), y=rng.randint(1990, 2024))
            units.append(Unit(text, "en", 1))
        else:
            units.append(Unit(rng.choice(NEGATIVE), "en", 0))
    return units


def test_training_learns_separable_data_and_reports_validation_figures():
    scorer = train(synthetic_units(400), validation=0.25, seed=3)
    figures = scorer.metrics["validation"]["en"]
    assert figures["f1"] > 0.95
    assert scorer.metrics["validation_units"] == 100
    assert 0.1 <= scorer.threshold <= 0.9
    claims = extract("The deficit grew by 12 billion dollars in 2011.", language="en", scorer=scorer).claims
    assert claims


def test_training_refuses_data_with_one_class_only():
    with pytest.raises(ValueError, match="both"):
        train([Unit("x is 1.", "en", 1)] * 10)


def test_model_file_round_trips_without_text(tmp_path):
    scorer = train(synthetic_units(200), validation=0.25)
    path = tmp_path / "m.model"
    save_model_file(scorer, path, {"name": "test", "languages": ["en"]})
    loaded, header = load_model_file(path)
    assert header["name"] == "test"
    assert loaded.threshold == scorer.threshold
    assert loaded.score("Exports rose 5 percent compared with 2001.", [], "en") == pytest.approx(
        scorer.score("Exports rose 5 percent compared with 2001.", [], "en"), abs=1e-6
    )
    assert b"deficit" not in path.read_bytes(), "a model file holds hashed weights, never training text"
    assert loaded.sentence_weight == scorer.sentence_weight == SENTENCE_WEIGHT


def test_a_model_file_without_a_sentence_weight_scores_pieces_alone(tmp_path):
    scorer = train(synthetic_units(200), validation=0.25)
    path = tmp_path / "m.model"
    save_model_file(scorer, path, {"name": "old"})
    head, _, body = path.read_bytes().partition(b"\n")
    header = json.loads(head)
    del header["sentence_weight"]  # as written before the sentence weight existed
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    assert load_model_file(path)[0].sentence_weight == 0.0


SPLIT = "Exports rose 5 percent compared with 2001, while imports fell 2 percent in 2002."


def test_a_trained_model_scores_each_piece_partly_as_its_sentence():
    from annotations.extraction.signals import clause_signals

    scorer = train(synthetic_units(400), validation=0.25, seed=3)
    claims = extract(SPLIT, language="en", threshold=0.0, scorer=scorer).claims
    assert len(claims) == 2, "the sentence is cut into two pieces"
    whole = scorer.score(SPLIT, clause_signals(SPLIT, "en"), "en")
    for claim in claims:
        alone = scorer.score(claim.text, claim.signals, "en")
        assert claim.score == pytest.approx(SENTENCE_WEIGHT * whole + (1 - SENTENCE_WEIGHT) * alone, abs=1e-4)
    # A sentence that is one piece is scored once, as itself.
    (single,) = extract("Exports rose 5 percent compared with 2001.", language="en", scorer=scorer).claims
    assert single.score == pytest.approx(scorer.score(single.text, single.signals, "en"), abs=1e-4)


def test_the_rules_score_pieces_alone():
    rules = RuleScorer()
    for claim in extract(SPLIT, language="en", threshold=0.0, scorer=rules).claims:
        assert claim.score == pytest.approx(rules.score(claim.text, claim.signals, "en"), abs=1e-4)


def test_evaluate_reports_per_language_precision_recall_f1():
    units = [
        Unit("Unemployment fell to 3 percent in 2020.", "en", 1),
        Unit("Thank you so much!", "en", 0),
        Unit("El paro bajó un 3 % en 2020 según el INE.", "es", 1),
    ]
    figures = evaluate(units)
    assert set(figures) == {"en", "es"}
    assert figures["en"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}


def test_read_units_names_the_bad_line(tmp_path):
    path = tmp_path / "units.jsonl"
    path.write_text(json.dumps({"text": "a", "language": "en", "label": 1}) + "\n{broken\n")
    with pytest.raises(ValueError, match=r"units.jsonl:2"):
        read_units([Path(path)])


def test_shipped_english_model_is_loaded_by_default():
    from annotations.extraction.defaults import shipped_scorers

    scorers = shipped_scorers()
    assert "en" in scorers
    assert scorers["en"].metrics["validation"]["en"]["f1"] > 0.6


@pytest.mark.parametrize("features", [FEATURES_WORDS, FEATURES_WORDS_CHARS])
def test_each_feature_set_trains_and_round_trips(tmp_path, features):
    scorer = train(synthetic_units(200), validation=0.25, features=features)
    assert scorer.features == features
    path = tmp_path / "m.model"
    save_model_file(scorer, path, {"name": "test"})
    loaded, header = load_model_file(path)
    assert header["features"] == loaded.features == features
    sentence = "Unemployment fell to 7 percent last year."
    assert loaded.score(sentence, [], "en") == pytest.approx(scorer.score(sentence, [], "en"), abs=1e-6)


def test_character_ngrams_are_a_second_block_of_unit_length():
    words_only = feature_blocks("Arbeitslosigkeit sank", [], "de", features=FEATURES_WORDS)
    with_chars = feature_blocks("Arbeitslosigkeit sank", [], "de", features=FEATURES_WORDS_CHARS)
    assert len(words_only) == 1
    assert with_chars[0] == words_only[0]
    chars, length = with_chars[1]
    # " arbeitslosigkeit " has 16 3-grams and 15 4-grams; " sank " 4 and 3.
    assert sum(chars.values()) == 16 + 15 + 4 + 3
    assert length == pytest.approx(math.sqrt(sum(v * v for v in chars.values())))
    vector = feature_indices("Arbeitslosigkeit sank", [], "de", features=FEATURES_WORDS_CHARS)
    assert math.sqrt(sum(v * v for v in vector.values())) == pytest.approx(math.sqrt(2), rel=0.05)


def test_an_unknown_feature_set_is_refused():
    with pytest.raises(ValueError, match="feature set"):
        LinearScorer.from_bytes(bytes(4 * 16), intercept=0.0, threshold=0.5, bits=4, features=9)


def test_refit_learns_from_every_unit_and_keeps_the_validation_figures():
    units = synthetic_units(200)
    first = train(units, validation=0.25, seed=5)
    refitted = train(units, validation=0.25, seed=5, refit=True)
    assert refitted.metrics["validation"] == first.metrics["validation"]
    assert (refitted.threshold, refitted.metrics["refit_on_all_units"]) == (first.threshold, True)
    assert refitted.weights != first.weights, "the refit saw the validation part too"
    assert extract("Exports rose 41 percent compared with 1999.", language="en", scorer=refitted).claims
