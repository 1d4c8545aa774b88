import pytest

from annotations.evidence.ranking import highlights


def marked(claim, passage, claim_language="", passage_language=""):
    return [passage[a:b] for a, b in highlights(claim, passage, claim_language, passage_language)]


def test_a_passage_in_another_language_shows_the_claim_s_figures_and_names():
    claim = "Tokyo Electron verlor an der Börse 4,9 Prozent, doppelt so viel wie im Jahr 2020."
    passage = "Tokyo Electron shares fell 4.9% on Monday, twice as much as in 2020; ASML fell 2%."
    assert marked(claim, passage, "de", "en") == ["Tokyo Electron", "4.9%", "twice as", "2020"]


def test_words_match_by_their_first_letters_and_function_words_never():
    claim = "Die Ingenieure verließen das Unternehmen."
    passage = "Der Ingenieur und die Unternehmensleitung: das war es."
    assert marked(claim, passage, "de", "de") == ["Ingenieur", "Unternehmensleitung"]


@pytest.mark.parametrize(
    "passage",
    [
        "Nothing here is about it.",
        "The figure was 4.8% in 2021.",  # other figures are not the claim's
        "See https://example.org/tokyo-electron-49",  # links are not prose
    ],
)
def test_nothing_is_marked_without_the_claim_s_terms(passage):
    assert marked("Tokyo Electron fell 4.9% in 2020.", passage, "en", "en") == []
