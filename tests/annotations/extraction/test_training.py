import json
import math
import random
from array import array
from pathlib import Path

import numpy as np
import pytest

from annotations.extraction import semantic
from annotations.extraction.defaults import default_scorer
from annotations.extraction.extractor import extract
from annotations.extraction.scoring import (
    FEATURES_MEANING,
    FEATURES_MEANING_FLOORED,
    FEATURES_WORDS,
    FEATURES_WORDS_CHARS,
    HAND_WEIGHTED,
    SENTENCE_WEIGHT,
    LanguageRouter,
    LinearScorer,
    RuleScorer,
    feature_blocks,
    feature_indices,
    meaning_positions,
    tokens_of,
    with_hand_weights,
)
from annotations.extraction.signals import Signal, clause_signals, signal_weight
from annotations.extraction.training import (
    Unit,
    evaluate,
    load_model_file,
    read_units,
    save_model_file,
    train,
    unit_features,
)

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


def word_vectors(groups: dict[str, list[str]] | None = None, dimensions: int = 8) -> np.ndarray:
    """A stand-in for the encoder's word vectors: small random ones, except that the words
    of each group share one direction (as "rose" and "soared" do in the real ones)."""
    rng = np.random.default_rng(0)
    vectors = rng.normal(scale=0.1, size=(len(semantic.words()), dimensions)).astype(np.float32)
    positions = {word: i for i, word in enumerate(semantic.words())}
    for axis, members in enumerate((groups or {}).values()):
        for word in members:
            vectors[positions[word]] = 0.0
            vectors[positions[word], axis] = 1.0
    return vectors


@pytest.mark.parametrize("features", [FEATURES_WORDS, FEATURES_WORDS_CHARS, FEATURES_MEANING, FEATURES_MEANING_FLOORED])
def test_each_feature_set_trains_and_round_trips(tmp_path, features):
    scorer = train(synthetic_units(200), validation=0.25, features=features, word_vectors=word_vectors())
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


GROWTH = ["rose", "grew", "soared"]
PLACE = "in the north of the country this year."
WISHES = ["hope", "wish", "dream"]


def meaning_units() -> list[Unit]:
    """Check-worthy units say something "rose", the others that someone "hopes"; the
    words "soared" and "dream" never occur."""
    units = []
    for i in range(60):
        # Ten known words: as many as set 4 needs for a whole mean (semantic.FLOOR).
        units.append(Unit(f"They {GROWTH[i % 2]} in the north of the country this year.", "en", 1))
        units.append(Unit(f"They {WISHES[i % 2]} in the north of the country this year.", "en", 0))
    return units


@pytest.mark.parametrize("features", [FEATURES_MEANING, FEATURES_MEANING_FLOORED])
def test_the_meaning_block_scores_words_training_never_saw_like_their_neighbours(features):
    vectors = word_vectors({"growth": GROWTH, "wishes": WISHES})
    with_meaning = train(meaning_units(), validation=0.25, features=features, word_vectors=vectors)
    without = train(meaning_units(), validation=0.25, features=FEATURES_WORDS_CHARS)
    assert with_meaning.metrics["vocabulary"] == semantic.fingerprint()

    def gap(scorer: LinearScorer) -> float:
        return scorer.score(f"They soared {PLACE}", [], "en") - scorer.score(f"They dream {PLACE}", [], "en")

    # One word in ten differs, so a tenth of the block: still far apart.
    assert gap(with_meaning) > 0.15
    assert abs(gap(without)) < 0.01, "hashed words and characters know nothing of unseen words"
    # German text gets no meaning block: the vectors are the English encoder's.
    assert with_meaning.raw_score("They soared", [], "de") == pytest.approx(
        with_meaning.raw_score("They dream", [], "de"), abs=0.05
    )


def test_feature_set_4_shrinks_the_meaning_of_a_text_of_few_words():
    """One known word carries a set 3 text alone; set 4 divides by at least semantic.FLOOR."""
    meanings = array("f", [0.0] * len(semantic.words()))
    position = {word: i for i, word in enumerate(semantic.words())}
    meanings[position["reuters"]] = 8.0
    weights = array("f", [0.0] * 16)

    def raw(features: int, text: str) -> float:
        scorer = LinearScorer(weights=weights, intercept=0.0, bits=4, features=features, meanings=meanings)
        return scorer.raw_score(text, [], "en")

    assert raw(FEATURES_MEANING, "Reuters") == pytest.approx(1 / (1 + math.exp(-8.0)))
    assert raw(FEATURES_MEANING_FLOORED, "Reuters") == pytest.approx(1 / (1 + math.exp(-8.0 / semantic.FLOOR)))
    long = "Reuters reported that the council of the city met on the first day of the year"
    assert len(long.split()) >= semantic.FLOOR
    assert raw(FEATURES_MEANING_FLOORED, long) == pytest.approx(raw(FEATURES_MEANING, long))


def test_a_meaning_model_keeps_one_number_per_word_and_refuses_another_word_list(tmp_path):
    scorer = train(synthetic_units(200), validation=0.25, features=FEATURES_MEANING, word_vectors=word_vectors())
    assert scorer.meanings is not None and len(scorer.meanings) == len(semantic.words())
    data = scorer.to_bytes()
    assert len(data) == 4 * ((1 << scorer.bits) + len(semantic.words()))
    with pytest.raises(ValueError, match="another word list"):
        LinearScorer.from_bytes(
            data, intercept=0.0, threshold=0.5, bits=scorer.bits, features=FEATURES_MEANING, vocabulary="0" * 64
        )
    with pytest.raises(ValueError, match="word meanings"):
        LinearScorer.from_bytes(
            data[:-4],
            intercept=0.0,
            threshold=0.5,
            bits=scorer.bits,
            features=FEATURES_MEANING,
            vocabulary=semantic.fingerprint(),
        )


def test_word_vectors_come_from_the_sentence_encoder_and_are_kept(settings):
    cache = settings.VAR_DIR / "cache"
    vectors = semantic.word_vectors(cache)
    assert vectors.shape == (len(semantic.words()), 384)
    assert float(np.sqrt((vectors.astype(np.float64) ** 2).sum(axis=1).mean())) == pytest.approx(1.0, abs=1e-3)
    position = {word: i for i, word in enumerate(semantic.words())}

    def cosine(a: str, b: str) -> float:
        x, y = vectors[position[a]], vectors[position[b]]
        return float(x @ y / np.linalg.norm(x) / np.linalg.norm(y))

    assert cosine("billion", "trillion") > cosine("billion", "wonderful") + 0.2
    assert cosine("senator", "congressman") > cosine("senator", "banana") + 0.2
    assert list(cache.glob(f"word-vectors-{semantic.fingerprint()[:16]}.npy")), "kept for the next training"
    assert np.array_equal(semantic.word_vectors(cache), vectors)


def test_meaning_positions_read_known_english_words_in_any_case():
    positions = meaning_positions(tokens_of("Unemployment ROSE, said Xyzzyq."))
    assert [semantic.words()[p] for p in positions] == ["unemployment", "rose", "said"]


def test_extraction_with_the_shipped_model_needs_neither_torch_nor_numpy():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from annotations.extraction.defaults import default_scorer\n"
        "from annotations.extraction.extractor import extract\n"
        "claims = extract('Unemployment rose to 4.9 percent in 2020.', language='en', scorer=default_scorer()).claims\n"
        "assert default_scorer().for_language('en').meanings is not None\n"
        "print(len(claims), sorted({'torch', 'numpy', 'sentence_transformers'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[3]
    )
    assert result.stdout.split() == ["1", "[]"]


def test_the_threshold_can_be_the_median_of_several_splits_choices():
    import statistics

    rng = random.Random(7)
    # Noisy labels, so that each split's best threshold differs.
    units = [Unit(u.text, u.language, u.label if rng.random() > 0.2 else 1 - u.label) for u in synthetic_units(300)]
    single = [train(units, validation=0.25, seed=seed).language_thresholds["en"] for seed in (5, 5001, 5002)]
    combined = train(units, validation=0.25, seed=5, threshold_splits=3)
    assert combined.language_thresholds["en"] == pytest.approx(statistics.median(single))
    assert combined.threshold == pytest.approx(statistics.median(single)), "one language: the pooled choice is the same"
    assert combined.metrics["threshold_splits"] == 3
    # The figures are those of the first split, measured at the median threshold.
    first = train(units, validation=0.25, seed=5)
    assert combined.metrics["validation_units"] == first.metrics["validation_units"]
    assert combined.weights == first.weights, "the extra splits only choose the threshold"


def test_a_model_adds_the_hand_set_weight_of_signals_too_rare_to_learn():
    """Speculation ("could … next year") is nearly absent from labelled data: the model's own
    score ignores it, and the extractor adds the rules' weight to a model's final score."""
    scorer = LinearScorer(weights=array("f", [0.0] * 16), intercept=0.0, bits=4, features=FEATURES_WORDS)
    assert "speculation" in HAND_WEIGHTED
    weight = signal_weight("speculation", "en")
    speculation = Signal("speculation", weight, "could reach 3 percent next year")
    percent = Signal("percent", signal_weight("percent", "en"), "3 percent")
    text = "Inflation could reach 3 percent next year."
    assert scorer.score(text, [speculation, percent], "en") == pytest.approx(0.5)
    assert with_hand_weights(0.5, [speculation, percent]) == pytest.approx(1 / (1 + math.exp(-weight)))
    assert with_hand_weights(0.7, [percent]) == 0.7
    assert scorer.learned_for("en")
    assert not RuleScorer().learned_for("en"), "the rules' sum holds every weight already"
    router = LanguageRouter({"en": scorer}, RuleScorer())
    assert router.learned_for("en")
    assert not router.learned_for("de")


def test_a_lower_cutoff_surfaces_more_claims_in_every_language():
    """EXTRACTION_MIN_SCORE is a cutoff on one scale: the shipped English model's scores do not
    move with it (its own threshold lands on 0.5 whatever the cutoff), so a lower cutoff keeps
    more English claims, as it keeps more German ones."""
    english = "Nvidia, the world's most valuable chipmaker, lost 3 percent of its value on Tuesday."
    german = "Die Stadt baut eine neue Brücke über den Fluss."
    strict, lenient = default_scorer(0.5), default_scorer(0.3)
    for text, language in ((english, "en"), (german, "de")):
        signals = clause_signals(text, language)
        score = strict.score(text, signals, language)
        assert 0.3 < score < 0.5, (language, score)
        assert lenient.score(text, signals, language) == score
        assert extract(text, language=language, scorer=strict).claims == []
        assert [c.text for c in extract(text, language=language, scorer=lenient).claims] == [text]


def test_a_unit_is_learned_from_in_the_genre_it_is_read_in():
    """A short unit from a file is read as a post (`extract_claims --jsonl`), a reviewed
    claim as part of its article: the model learns the signals it will be shown. A German
    comment that is only a story's link is no too short post, but a bare link in an article is."""
    from annotations.extraction.scoring import _context_features
    from annotations.extraction.signals import ARTICLE, POST

    link = "https://www.example.de/wirtschaft/Kliniken-zahlten-verbotene-Provisionen-an-Vermittler.html"
    as_post, as_article = Unit(link, "de", 1), Unit(link, "de", 1, genre=ARTICLE)
    assert (as_post.read_as, as_article.read_as) == (POST, ARTICLE)
    too_short = {index for index, _ in _context_features(("too_short",), "de", 0, (1 << 20) - 1)[:1]}
    assert too_short.isdisjoint(unit_features(as_post)) and not too_short.isdisjoint(unit_features(as_article))
