import pytest

from annotations.evidence.numbers import cross_check, parse_number, quantities


@pytest.mark.parametrize(
    ("raw", "value"),
    [("4,9", 4.9), ("4.9", 4.9), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("12.000", 12000.0), ("0,5", 0.5)],
)
def test_parse_number_reads_both_decimal_conventions(raw, value):
    assert parse_number(raw) == value


def test_percentages_in_three_languages_are_the_same_quantity():
    for text in ("fiel um 4,9 Prozent", "fell 4.9%", "fell 4.9 per cent", "cayó un 4,9 por ciento"):
        (q,) = [q for q in quantities(text) if q.kind == "percent"]
        assert q.value == pytest.approx(4.9)


def test_cross_check_agrees_disagrees_and_stays_silent():
    claim = "Tokyo Electron verlor an der Börse 4,9 Prozent."
    assert cross_check(claim, "Tokyo Electron shares fell 4.9% in Tokyo.")[0] == "agrees"
    assert cross_check(claim, "Tokyo Electron shares fell 3.2% in Tokyo.")[0] == "disagrees"
    assert cross_check(claim, "Tokyo Electron makes chip equipment.")[0] == "silent"


def test_cross_check_understands_multiplicative_comparisons_across_languages():
    verdict, details = cross_check("doppelt so viele Ingenieure", "twice as many engineers")
    assert verdict == "agrees"
    assert details[0]["claim"]["kind"] == "factor"
