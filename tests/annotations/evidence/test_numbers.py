import pytest

from annotations.evidence.numbers import parse_number, quantities
from annotations.evidence.ranking import cross_check


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


def test_a_different_percentage_about_something_else_contradicts_nothing():
    """Sharing only how a figure moved ("fell") is not sharing a subject: a reviewer would
    read "disagrees" as the passage contradicting the claim."""
    claim = "Unemployment in Spain fell to 11.2 percent in the third quarter, the lowest rate since 2008"
    market = "Shares of Tokyo Electron fell 4.9% in Tokyo trading. ASML shares declined by more than 2%."
    assert cross_check(claim, market, "en", "en")[0] == "silent"
    assert cross_check(claim, "Spain's unemployment rate was 12.3 percent in the third quarter.")[0] == "disagrees"


def test_the_disagreeing_figure_is_the_one_about_the_claims_subject():
    verdict, details = cross_check(
        "El paro bajó un 4 por ciento.", "El Ibex cayó un 2 por ciento. El paro subió un 3 por ciento.", "es", "es"
    )
    assert verdict == "disagrees"
    assert details[0]["passage"] == {"value": 3.0, "kind": "percent", "text": "3 por ciento"}


def test_the_sentence_of_a_passages_figure_begins_with_the_passage_when_nothing_ends_before_it():
    """The name that opens a passage is part of its first sentence: "Nvidia" was read as
    "vidia" (a sentence end of two characters not found counted as found at -1)."""
    from annotations.evidence.ranking import _sentence_bounds

    def sentence_around(text: str, position: int) -> str:
        start, end = _sentence_bounds(text, position)
        return text[start:end]

    assert sentence_around("Nvidia fell 3%. Later it rose.", 12) == "Nvidia fell 3%"
    assert sentence_around("Nvidia fell 3%. ASML fell 2%.", 26) == "ASML fell 2%."
    assert sentence_around("Intro\nASML fell 2%.", 16) == "ASML fell 2%."
    verdict, _ = cross_check("ASML verlor 4 Prozent.", "ASML fell 2%. Nvidia fell 3%.", "de", "en")
    assert verdict == "disagrees"


def test_a_claim_with_nothing_but_its_figure_takes_any_different_percentage_as_a_contradiction():
    assert cross_check("Es stieg um 6 Prozent.", "Der Dax fiel um 2 Prozent.", "de", "de")[0] == "disagrees"
    assert cross_check("Es stieg um 6 Prozent.", "Der Dax fiel um 6 Prozent.", "de", "de")[0] == "agrees"


def test_cross_check_understands_multiplicative_comparisons_across_languages():
    verdict, details = cross_check("China hat doppelt so viele Ingenieure", "China has twice as many engineers")
    assert verdict == "agrees"
    assert details[0]["claim"]["kind"] == "factor"


@pytest.mark.parametrize(
    ("claim", "passage", "languages"),
    [
        # The demo: "doubles the pressure" is no claim about engineers.
        (
            "Washington verdoppelt damit den Druck auf zwei Verbündete.",
            "In 2020 China produced twice as many engineering graduates as the United States.",
            ("de", "en"),
        ),
        # … nor is it when the claim's name stands in another clause of the figure's sentence.
        (
            "Washington verdoppelt damit den Druck auf zwei Verbündete.",
            "In 2020 China produced twice as many engineering graduates as the United States, and she described "
            "the gap as an obstacle for Washington.",
            ("de", "en"),
        ),
        ("Im Jahr 2020 stieg die Zahl der Asylanträge.", "In 2020 China produced many engineers.", ("de", "en")),
        ("Exports rose 2% last year.", "Nvidia fell by more than 2% on Monday.", ("en", "en")),
        ("The city has 3 million inhabitants.", "The company sold 3 million phones.", ("en", "en")),
    ],
)
def test_a_round_figure_or_a_year_agrees_only_in_a_sentence_about_the_claims_subject(claim, passage, languages):
    """Round figures and years recur in passages about anything: the same one elsewhere
    is no agreement (reviewers read "agrees" as the passage confirming the claim)."""
    assert cross_check(claim, passage, *languages)[0] == "silent"


@pytest.mark.parametrize(
    ("claim", "passage", "languages"),
    [
        ("ASML verzeichnete Rückgänge von über 2 %.", "Shares of ASML fell by more than 2%.", ("de", "en")),
        # The subject before the figure, an apposition between them.
        ("ASML verlor 2 Prozent.", "ASML, the Dutch chip equipment maker, fell 2% on Monday.", ("de", "en")),
        ("The city has 3 million inhabitants.", "The city now has 3 million people.", ("en", "en")),
        ("Im Jahr 2020 stieg die Zahl der Asylanträge.", "Die Zahl der Asylanträge stieg 2020 deutlich.", ("de", "de")),
        # A telling figure agrees anywhere, in any language, with no word in common.
        ("Die Arbeitslosigkeit sank auf 11,2 Prozent.", "Unemployment fell to 11.2%.", ("de", "en")),
    ],
)
def test_the_same_figure_about_the_claims_subject_or_a_telling_one_agrees(claim, passage, languages):
    assert cross_check(claim, passage, *languages)[0] == "agrees"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Aug. 21, 2019, 30 people died.", [("year", 2019), ("number", 30)]),
        ("Am 3. Mai 2024 stieg die Miete um 2 %.", [("year", 2024), ("percent", 2)]),
        ("El 20 de septiembre de 2019 murieron 12 personas.", [("year", 2019), ("number", 12)]),
        ("Le 14 juillet, 40\u00a0000 personnes.", [("number", 40000)]),
        ("Am 20.09.2019 fiel der Kurs um 4,9 Prozent.", [("year", 2019), ("percent", 4.9)]),
        ("Published 2019-09-20: 7 dead.", [("year", 2019), ("number", 7)]),
        ("Prices may 5 times exceed it.", [("number", 5)]),
    ],
)
def test_a_dates_day_and_month_are_not_quantities_but_its_year_is(text, expected):
    """A day of the month is no figure a passage can confirm: "21" from "Aug. 21" would
    otherwise agree with any passage that counts 21 of something."""
    assert [(q.kind, q.value) for q in quantities(text)] == [(k, pytest.approx(v)) for k, v in expected]


def test_digits_in_links_handles_and_hashtags_are_not_quantities():
    text = (
        "2 women sued https://t.co/6HDggoMSi2 pic.twitter.com/zv3zKmt2mB #G20 "
        "— Stone (@stonecold2050) write to desk1@example.org"
    )
    assert [(q.kind, q.value) for q in quantities(text)] == [("number", 2.0)]


def test_cross_check_of_a_dated_claim_compares_its_figures_not_its_day():
    claim = "On 21 September 2019, 30 people were injured."
    assert cross_check(claim, "21 people were injured in a separate crash.")[0] == "silent"
    assert cross_check(claim, "In September 2019 30 people were injured.")[0] == "agrees"


def test_the_words_of_links_are_not_search_terms():
    from annotations.evidence.ranking import query_terms

    terms = {t.token for t in query_terms("Bridge toll approved https://t.co/abc pic.twitter.com/xyz www.example.org")}
    assert terms == {"bridge", "toll", "approved"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Umsatz lag bei 4,9 Millionen Euro.", "de"),
        ("Es waren 4,9 Mio. Menschen.", "de"),
        ("Revenue was 4.9 million dollars.", "en"),
        ("Fueron 4,9 millones de personas.", "es"),
        ("Il y avait 4 900 000 personnes.", "fr"),
        ("Es waren 4.900.000 Menschen.", "de"),
        ("There were 4,900,000 people.", "en"),
    ],
)
def test_number_words_and_digit_groups_give_one_value(text, language):
    assert [(q.kind, q.value) for q in quantities(text, language)] == [("number", 4_900_000)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1.2 billion dollars", "en", 1.2e9),
        ("$1.2bn", "en", 1.2e9),
        ("1,2 Milliarden Euro", "de", 1.2e9),
        ("1,2 Mrd. Euro", "de", 1.2e9),
        ("1.200 millones de euros", "es", 1.2e9),
        ("1,2 mil millones de euros", "es", 1.2e9),
        ("1,2 milliard d'euros", "fr", 1.2e9),
        ("1.2 trillion dollars", "en", 1.2e12),
        ("1,2 Billionen Euro", "de", 1.2e12),
        ("1,2 Billion Euro", "de", 1.2e12),
        ("1,2 billones de euros", "es", 1.2e12),
        ("1,2 billion d'euros", "fr", 1.2e12),
        ("30 mil personas", "es", 30_000),
        ("30 Tausend Menschen", "de", 30_000),
    ],
)
def test_billion_means_what_it_means_in_the_texts_language(text, language, value):
    """ "Billion" is a thousand millions in English and a million millions in German,
    Spanish ("billón") and French: the cross-check must not confuse them."""
    (quantity,) = quantities(text, language)
    assert (quantity.kind, quantity.value) == ("number", pytest.approx(value))


def test_plain_spaces_group_thousands_only_in_groups_of_three():
    assert [q.value for q in quantities("40 000 Menschen")] == [40_000]
    assert [q.value for q in quantities("12 5000 Menschen")] == [12, 5000]
    assert [(q.kind, q.value) for q in quantities("in 2020 500 people")] == [("year", 2020), ("number", 500)]
    assert [q.value for q in quantities("5 millionaires and 3 militias")] == [5, 3]


def test_cross_check_reads_the_passage_in_its_own_language():
    claim = "Der Staat gab 1,2 Billionen Euro aus."
    assert cross_check(claim, "The state spent 1.2 trillion euros.", "de", "en")[0] == "agrees"
    assert cross_check(claim, "The state spent 1.2 billion euros.", "de", "en")[0] == "silent"
    assert cross_check("Der Staat gab 1,2 Milliarden Euro aus.", "It spent 1.2 billion euros.", "de", "en")[0] == (
        "agrees"
    )


def test_a_scaled_figure_is_searched_as_written_and_matched_by_value():
    from annotations.evidence.ranking import passage_keys, query_terms

    (term,) = [t for t in query_terms("Der Umsatz lag bei 4,9 Millionen Euro.", "de") if t.key.startswith("#")]
    assert term.token == "4"
    assert term.key in passage_keys("Revenue was 4.9 million dollars.", "en")
    assert term.key in passage_keys("Fueron 4.900.000 euros.", "es")
    assert term.key not in passage_keys("Revenue was 4.9 billion dollars.", "en")


def test_each_quantity_knows_where_it_was_written():
    text = "Am 3. Mai 2024 verlor Tokyo Electron  4,9 Prozent, doppelt so viel wie 2,1 Millionen Euro."
    found = quantities(text, "de")
    assert [(q.kind, text[q.start : q.start + len(q.text)]) for q in found] == [
        ("year", "2024"),
        ("percent", "4,9 Prozent"),
        ("factor", "doppelt so"),
        ("number", "2,1 Millionen"),
    ]
