import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from annotations.extraction import semantic
from annotations.extraction.scoring import SENTENCE_WEIGHT
from annotations.models import CheckworthinessModel, Claim, FactCheck
from annotations.services.checkworthiness import active_scorer
from annotations.services.reviews import verdict_submit
from tests.annotations.extraction.test_training import synthetic_units
from tests.factories import ClaimFactory, UserFactory


def run_jsonl(monkeypatch, lines):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode())))
    out = io.StringIO()
    call_command("extract_claims", "-", "--jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_extract_claims_jsonl_contract(db, monkeypatch):
    rows = run_jsonl(
        monkeypatch,
        [
            json.dumps({"id": "a", "text": "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent."}),
            json.dumps({"id": 7, "text": "Thank you!", "language": "en"}),
            json.dumps({"id": "c", "text": "Exports grew 4 percent in 2023, while imports fell 2 percent."}),
        ],
    )
    assert [r["id"] for r in rows] == ["a", 7, "c"], "one line per input, in input order"
    assert rows[0]["language"] == "de"
    (claim,) = rows[0]["claims"]
    assert set(claim) == {"text", "start", "end", "score", "speaker", "signals"}
    assert claim["text"] == "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent."
    assert (claim["start"], claim["end"]) == (0, len(claim["text"]))
    assert "percent" in claim["signals"]
    assert rows[1]["claims"] == []
    assert len(rows[2]["claims"]) == 2


def test_extract_claims_jsonl_names_a_broken_line(db, monkeypatch):
    with pytest.raises(CommandError, match="line 2"):
        run_jsonl(monkeypatch, [json.dumps({"id": 1, "text": "x"}), "{not json"])


def test_extract_claims_jsonl_names_a_line_with_a_lone_surrogate(db, monkeypatch):
    lines = [json.dumps({"id": 1, "text": "x"}), '{"id": 2, "text": "Es stieg 2020 um 5 %. \\udc00"}']
    with pytest.raises(CommandError, match="line 2: holds a lone surrogate"):
        run_jsonl(monkeypatch, lines)


def test_extract_claims_jsonl_reads_a_language_in_any_case_and_refuses_a_non_code(db, monkeypatch):
    text = "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent, sagte Ministerin Anna Schmidt."
    (row,) = run_jsonl(monkeypatch, [json.dumps({"id": 1, "text": text, "language": " DE "})])
    assert row["language"] == "de"
    assert row["claims"][0]["speaker"] == "Anna Schmidt"  # the German rules, not the fallback
    for language in ("klingon", 5):
        lines = [json.dumps({"id": 1, "text": "x"}), json.dumps({"text": "y", "language": language})]
        with pytest.raises(CommandError, match='line 2: "language"'):
            run_jsonl(monkeypatch, lines)


def test_extract_claims_table_output(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Laut Statistischem Bundesamt stieg die Inflation 2022 um 7,9 Prozent.", encoding="utf-8")
    out = io.StringIO()
    call_command("extract_claims", str(path), stdout=out)
    assert "[Statistisches Bundesamt]" in out.getvalue()
    assert "1 claims" in out.getvalue()


def test_train_checkworthiness_stores_a_versioned_active_model_and_extraction_uses_it(db, tmp_path):
    data = tmp_path / "units.jsonl"
    data.write_text(
        "\n".join(json.dumps({"text": u.text, "language": u.language, "label": u.label}) for u in synthetic_units(300))
    )
    out = io.StringIO()
    call_command("train_checkworthiness", str(data), "--name", "synthetic", stdout=out)
    first = CheckworthinessModel.objects.get(is_active=True)
    assert first.metrics["validation"]["en"]["f1"] > 0.9
    assert first.languages == ["en"]
    assert first.features == 4, "word meanings, shrunk for short texts, are the default feature set"
    assert len(bytes(first.weights)) == 4 * ((1 << first.bits) + len(semantic.words()))
    assert "stored and active" in out.getvalue()
    assert "(median of 5 splits)" in out.getvalue()
    assert first.metrics["threshold_splits"] == 5
    assert first.metrics["sentence_weight"] == SENTENCE_WEIGHT
    scorer = active_scorer()
    assert scorer.for_language("en").name == str(first)
    assert scorer.for_language("en").meanings is not None, "the word meanings come back from the database"
    assert scorer.sentence_weight_for("en") == SENTENCE_WEIGHT
    assert scorer.sentence_weight_for("de") == 0.0, "the rules score pieces alone"
    assert scorer.for_language("de").name == "rules"
    call_command("train_checkworthiness", str(data), "--name", "second", "--features", "words", stdout=io.StringIO())
    assert CheckworthinessModel.objects.count() == 2
    second = CheckworthinessModel.objects.get(is_active=True)
    assert (second.name, second.features) == ("second", 1)
    assert active_scorer().for_language("en").features == 1


def test_an_active_model_this_installation_cannot_read_falls_back_to_the_default_scorer(db, caplog):
    from annotations.extraction.defaults import default_scorer
    from annotations.extraction.extractor import extract

    CheckworthinessModel.objects.create(
        name="other-encoder",
        languages=["en"],
        bits=4,
        features=3,
        intercept=0.0,
        threshold=0.5,
        weights=bytes(4 * (16 + len(semantic.words()))),
        metrics={"vocabulary": "0" * 64},
        is_active=True,
    )
    with caplog.at_level("ERROR", logger="annotations.services.checkworthiness"):
        scorer = active_scorer()
    assert scorer.for_language("en").name == default_scorer().for_language("en").name
    assert "other-encoder" in caplog.text and "default scorer is used" in caplog.text
    extracted = extract("Unemployment rose to 4.9 percent in 2020.", language="en", scorer=active_scorer())
    assert [c.text for c in extracted.claims] == ["Unemployment rose to 4.9 percent in 2020."], "still scored"


@pytest.mark.parametrize(
    ("option", "message"),
    [(["--threshold-splits", "0"], "--threshold-splits must be"), (["--validation", "0.95"], "--validation must be")],
)
def test_train_checkworthiness_refuses_bad_settings_before_training(db, tmp_path, option, message):
    data = tmp_path / "units.jsonl"
    data.write_text(json.dumps({"text": "Exports rose 5 percent.", "language": "en", "label": 1}))
    with pytest.raises(CommandError, match=message):
        call_command("train_checkworthiness", str(data), *option, stdout=io.StringIO())
    assert not CheckworthinessModel.objects.exists()


def test_train_from_reviews_uses_dismissed_as_negatives_and_reviewed_as_positives(db):
    for i in range(40):
        ClaimFactory(text=f"Exports rose {i + 2} percent in 2019.", language="en", status=Claim.Status.VERIFIED)
        ClaimFactory(text=f"What a lovely day number {i}.", language="en", status=Claim.Status.DISMISSED)
    out = io.StringIO()
    call_command("train_checkworthiness", "--from-reviews", stdout=out)
    assert "80 from reviews" in out.getvalue()
    assert CheckworthinessModel.objects.get(is_active=True).trained_on["from_reviews"] == 80


def test_review_units_are_read_as_the_articles_they_came_from(db):
    from annotations.extraction.signals import ARTICLE
    from annotations.services.checkworthiness import review_units

    ClaimFactory(text="Exports rose 5 percent in 2019.", language="en", status=Claim.Status.VERIFIED)
    (unit,) = review_units()
    assert (unit.genre, unit.read_as) == (ARTICLE, ARTICLE)


def test_evaluate_extraction_prints_figures_per_language(db, tmp_path):
    data = tmp_path / "units.jsonl"
    data.write_text(
        json.dumps({"id": "1", "text": "Unemployment fell to 3 percent in 2020.", "language": "en", "label": 1})
        + "\n"
        + json.dumps({"id": "2", "text": "Danke!", "language": "de", "label": 0})
    )
    out = io.StringIO()
    call_command("evaluate_extraction", str(data), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["language", "units", "precision", "recall", "f1"]
    assert any(line.startswith("en") and line.split()[-1] == "1.000" for line in lines)


class _ClosedPipe(io.StringIO):
    """Output whose reader went away, as `extract_claims --jsonl | head -1` leaves it."""

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize(
    ("command", "args", "stdin"),
    [
        ("extract_claims", ["-", "--jsonl"], json.dumps({"id": 1, "text": "Exports grew 4 percent in 2023."})),
        ("match_claims", ["--jsonl"], json.dumps({"id": 1, "text": "Exports grew 4 percent in 2023."})),
        ("export_verdicts", ["--format", "jsonl"], ""),
    ],
)
def test_a_command_whose_reader_goes_away_stops_quietly(db, monkeypatch, tmp_path, command, args, stdin):
    FactCheck.objects.create(external_id="fc-1", claim_text="Exports grew 4 percent in 2023.", language="en")
    claim = ClaimFactory(text="Exports grew 4 percent in 2023.", language="en")
    verdict_submit(
        claim_id=claim.pk,
        rating="verified",
        rationale="Yes.",
        claim_version=1,
        reviewer=UserFactory(roles=["reviewer"]),
    )
    stdout = (tmp_path / "stdout").open("w")  # what the command points at /dev/null
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    with pytest.raises(SystemExit) as stopped:
        call_command(command, *args, stdout=_ClosedPipe(), stderr=io.StringIO())
    assert stopped.value.code == 1


def test_extract_claims_reads_a_file_as_an_article_and_jsonl_units_by_their_length(db, monkeypatch, tmp_path):
    brief = (
        "La Policía Nacional ha detenido a 15 personas en Madrid por estafar 2 millones de euros a 300 ancianos. "
        "Según fuentes policiales, la red operaba desde 2021."
    )
    path = tmp_path / "brief.txt"
    path.write_text(brief)
    out = io.StringIO()
    call_command("extract_claims", str(path), "--language", "es", stdout=out)
    assert "2 claims" in out.getvalue()
    (unit,) = run_jsonl(monkeypatch, [json.dumps({"id": 1, "text": brief, "language": "es"})])
    assert len(unit["claims"]) == 1  # a unit under 500 characters is weighed as a post
