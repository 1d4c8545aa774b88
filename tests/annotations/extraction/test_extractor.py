from pathlib import Path

from annotations.extraction import detect_language, extract
from annotations.extraction.extractor import normalise
from annotations.extraction.segment import split_sentences

SAMPLE = Path(__file__).resolve().parents[3] / "annotations" / "demo" / "deepseek-chipkrieg.de.txt"


def sample_text() -> str:
    return normalise(SAMPLE.read_text(encoding="utf-8"))


def test_sample_article_is_german_and_yields_the_numeric_claims():
    result = extract(sample_text())
    assert result.language == "de"
    texts = [c.text for c in result.claims]
    assert any("4,9 Prozent" in t for t in texts)
    assert any("Nvidia um mehr als 2 %" in t for t in texts)
    assert any("doppelt so viele Ingenieure" in t for t in texts)


def test_sample_article_skips_question_hedge_and_source_line():
    texts = [c.text for c in extract(sample_text()).claims]
    assert not any(t.rstrip().endswith("?") for t in texts)
    assert not any("bleibt jedoch abzuwarten" in t for t in texts)
    assert "eleconomista" not in texts


def test_claim_offsets_index_the_nfc_text_exactly():
    text = sample_text()
    for claim in extract(text).claims:
        assert text[claim.start : claim.end] == claim.text


def test_offsets_are_code_points_with_emoji_and_combining_characters():
    # "Mu\u0308ller" becomes "Müller" under NFC; the emoji is one code point.
    raw = "🎉🎉 Intro ohne Zahlen hier. Laut Mu\u0308ller stieg der Umsatz 2023 um 12,5 Prozent auf 3 Millionen Euro."
    text = normalise(raw)
    claims = extract(text, language="de").claims
    assert len(claims) == 1
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    assert claim.text.startswith("Laut Müller")
    assert claim.start == text.index("Laut")


def test_reported_speech_names_the_speaker():
    claims = extract(sample_text()).claims
    guida = next(c for c in claims if "doppelt so viele" in c.text)
    assert guida.speaker == "Michelle Guida"
    assert "reported_speech" in {s.name for s in guida.signals}


def test_duplicate_sentences_are_merged():
    text = "Inflation reached 8.1 percent in 2022. Inflation reached 8.1 percent in 2022."
    assert len(extract(text, language="en").claims) == 1


def test_language_detection_for_english_and_spanish():
    assert detect_language("The unemployment rate was 4 percent and it is the lowest in years.") == "en"
    assert detect_language("El desempleo fue del 4 por ciento y es el más bajo de los últimos años.") == "es"


def test_segmenter_keeps_decimals_abbreviations_and_dates_together():
    text = "Dr. Smith said inflation hit 4.9 percent. Am 3. Mai 2023 fiel z.B. der Kurs. Next one!"
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "Dr. Smith said inflation hit 4.9 percent.",
        "Am 3. Mai 2023 fiel z.B. der Kurs.",
        "Next one!",
    ]
