import pytest

from annotations.extraction.signals import ARTICLE, POST, bias, clause_signals, genre_of

# (language, text, signal expected to be present)
CASES = [
    ("de", "Die Arbeitslosigkeit stieg um 4,9 Prozent.", "percent"),
    ("en", "Unemployment rose by 4.9 percent last month.", "percent"),
    ("es", "El paro subió un 4,9 por ciento este mes.", "percent"),
    ("de", "Das Projekt kostete 300 Millionen Euro.", "quantity"),
    ("en", "The project cost $300 million in total.", "quantity"),
    ("es", "El proyecto costó 300 millones de euros.", "quantity"),
    ("de", "Im Bundestag sitzen 736 Abgeordnete seit der Wahl.", "number"),
    ("en", "There are 435 members in the House today.", "number"),
    ("es", "Hay 350 diputados en el Congreso actual.", "number"),
    ("de", "In China machten doppelt so viele Ingenieure einen Abschluss.", "comparison"),
    ("en", "China graduated twice as many engineers as the US.", "comparison"),
    ("es", "China gradúa más ingenieros que Estados Unidos cada año.", "comparison"),
    ("de", "Das Gesetz wurde im Jahr 2020 beschlossen und gilt.", "year"),
    ("en", "The law was passed in 2020 by the Senate.", "year"),
    ("es", "La ley fue aprobada en 2020 por el Senado.", "year"),
    ("de", "Der Vertrag wurde von Angela Merkel in Berlin unterzeichnet.", "named_entity"),
    ("en", "The treaty was signed by Barack Obama in Paris.", "named_entity"),
    ("es", "El tratado fue firmado por Pedro Sánchez en Bruselas.", "named_entity"),
    ("de", "Der Minister sagte, die Steuern seien gestiegen.", "reported_speech"),
    ("en", "The minister said that taxes had gone up sharply.", "reported_speech"),
    ("es", "El ministro dijo que los impuestos habían subido mucho.", "reported_speech"),
    ("de", "Ist das wirklich der Fall mit den Zahlen?", "question"),
    ("en", "Is that really what the numbers say here?", "question"),
    ("es", "¿Es eso realmente lo que dicen los datos?", "question"),
    ("de", "Vielleicht sind die Preise gestiegen, wer weiß.", "hedge"),
    ("en", "Perhaps prices have gone up a little bit.", "hedge"),
    ("es", "Quizás los precios han subido un poco este año.", "hedge"),
    ("es", "El alcalde duplica el gasto de altos cargos de la ciudad.", "comparison"),
    ("es", "La región tiene las peores cifras de toda Europa.", "comparison"),
    ("es", "España lidera el crecimiento de las grandes economías europeas.", "comparison"),
    ("es", "El desempleo juvenil sigue alto en toda la región.", "statistic"),
    ("de", "Wie viele es genau waren, ist schwer zu sagen.", "hedge"),
    ("en", "It is too early to say whether prices have peaked.", "hedge"),
    ("es", "Es difícil de saber cuántos fueron exactamente.", "hedge"),
    ("de", "Ich finde das Ergebnis der Wahl wirklich schrecklich.", "opinion"),
    ("de", "Das ist ein Skandal, die Reform ist längst überfällig.", "opinion"),
    ("en", "In my opinion the result is a disgrace for everyone.", "opinion"),
    ("es", "En mi opinión el resultado es una vergüenza total.", "opinion"),
    # A judgement quoted in news is an opinion, whoever says it.
    ("de", "Das ist ein enttäuschendes Ergebnis für die Beschäftigten.", "opinion"),
    ("en", "This is a disappointing set of numbers for the economy.", "opinion"),
    ("es", "Es un dato decepcionante para los trabajadores.", "opinion"),
    ("es", "Es hora de que el Gobierno asuma su responsabilidad.", "opinion"),
    ("es", "La prórroga de los presupuestos es una mala noticia.", "opinion"),
    ("de", "Die Regierung wird nächstes Jahr neue Schulen bauen.", "future"),
    ("en", "The government will build new schools next year.", "future"),
    ("es", "El gobierno será responsable de nuevas escuelas.", "future"),
    ("de", "Es bleibt abzuwarten, ob die Strategie funktioniert.", "speculation"),
    ("en", "It remains to be seen whether the strategy works.", "speculation"),
    ("es", "Queda por ver si la estrategia funciona en absoluto.", "speculation"),
    ("de", "Die Inflation könnte im kommenden Jahr auf 3 Prozent steigen.", "speculation"),
    ("en", "Inflation could reach 3 percent later this year.", "speculation"),
    ("es", "La inflación podría llegar al 3 % el próximo año.", "speculation"),
    ("es", "El gobierno aprobará la reforma en el Congreso.", "future"),
    ("de", "Die Zahlen wurden am 3. März veröffentlicht.", "date"),
    ("en", "The figures were published on 3 March by the agency.", "date"),
    ("es", "Las cifras se publicaron el 3 de marzo por la agencia.", "date"),
    ("de", "Tausende Menschen demonstrierten in der Innenstadt.", "number_words"),
    ("en", "Thousands of people marched through the city centre.", "number_words"),
    ("es", "Miles de personas marcharon por el centro de la ciudad.", "number_words"),
    ("de", "Laut einer Studie sinkt die Arbeitslosigkeit weiter.", "statistic"),
    ("en", "According to a new study unemployment keeps falling.", "statistic"),
    ("es", "Según un estudio reciente el paro sigue bajando.", "statistic"),
    ("de", "Die Regierung ist entschlossen, die Steuern zu senken.", "intention"),
    ("en", "The government is determined to cut taxes this term.", "intention"),
    ("es", "El gobierno pretende bajar los impuestos este año.", "intention"),
    ("de", "Das ist wirklich eine unglaubliche Sache hier!", "exclamation"),
    ("en", "That is really an incredible thing to see here!", "exclamation"),
    ("es", "¡Eso es realmente algo increíble de ver aquí!", "exclamation"),
    ("de", "Du solltest dir die Zahlen genauer ansehen.", "addresses_reader"),
    ("en", "You should look at the numbers more closely.", "addresses_reader"),
    ("es", "Tú deberías mirar los datos con más cuidado.", "addresses_reader"),
    ("de", "Für Guida war dieser Unterschied ein Warnsignal.", "attributed_judgement"),
    ("en", "For Guida, this gap was a clear warning sign.", "attributed_judgement"),
    ("es", "Para Guida esta diferencia era una señal de alarma.", "attributed_judgement"),
    ("de", "Die Sitzung beginnt um 19.30 Uhr im Rathaus.", "time_of_day"),
    ("en", "The session starts at 7.30 pm in the town hall.", "time_of_day"),
    ("es", "La sesión empieza a las 19.30 horas en el ayuntamiento.", "time_of_day"),
    ("de", "Gut gemacht.", "too_short"),
    ("en", "Well done.", "too_short"),
    ("es", "Bien hecho.", "too_short"),
]


@pytest.mark.parametrize(("language", "text", "signal"), CASES)
def test_each_signal_fires_in_each_language(language, text, signal):
    names = {s.name for s in clause_signals(text, language)}
    assert signal in names, f"{signal} not found in {names}"


def test_signals_carry_the_text_that_triggered_them():
    (percent,) = [s for s in clause_signals("Die Aktie fiel um 4,9 Prozent.", "de") if s.name == "percent"]
    assert percent.match == "4,9 Prozent"
    assert percent.weight > 0


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Der Umsatz lag über 2 Milliarden Euro.", "über 2"),
        ("Die Zahl der Arbeitslosen sank unter Millionen.", "unter Millionen"),
        ("Sie sprachen über die enormen Summen der Investoren.", None),
        ("Die Gespräche fanden unter Ausschluss der Öffentlichkeit statt.", None),
    ],
)
def test_german_ueber_and_unter_compare_only_before_a_figure(text, match):
    found = [s.match for s in clause_signals(text, "de") if s.name == "comparison"]
    assert found == ([match] if match else [])


def test_negative_signals_have_negative_weights():
    signals = clause_signals("Vielleicht wird es regnen?", "de")
    assert {s.name for s in signals} >= {"question"}
    assert all(s.weight < 0 for s in signals if s.name in {"question", "too_short"})


def test_times_of_day_are_not_statistics():
    names = {s.name for s in clause_signals("Mañana a las 19.00 h en el Pabellón 1 de IFEMA.", "es")}
    assert "time_of_day" in names
    assert "percent" not in names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Mieten in Berlin sind gestiegen, steht hier: https://example.org/mieten-berlin"),
        ("en", "Rents in Berlin went up again, see www.example.org/rents for the figures."),
    ],
)
def test_a_link_in_the_clause_cites_a_source(language, text):
    (cites,) = [s for s in clause_signals(text, language) if s.name == "cites_source"]
    assert cites.match.startswith(("https://example.org", "www.example.org"))
    assert cites.weight > 0


def test_links_are_not_a_source_signal_in_spanish_posts():
    # Nearly every Spanish post in the genre the weights were set on carries a link.
    text = "El paro bajó en 2023 según el INE https://example.org/paro"
    assert "cites_source" not in {s.name for s in clause_signals(text, "es", genre=POST)}
    # In an article a link is a source, as in every other language.
    assert "cites_source" in {s.name for s in clause_signals(text, "es", genre=ARTICLE)}


def test_a_text_is_a_post_when_short_and_an_article_otherwise():
    assert genre_of("El PSOE ganó las elecciones con 121 escaños. https://t.co/x") == POST
    assert genre_of("  " + "Una frase de un artículo. " * 19 + "  ") == POST  # 493 once trimmed
    assert genre_of("Una frase de un artículo. " * 20) == ARTICLE


def test_spanish_posts_and_articles_weigh_figures_apart():
    # Politicians' posts are full of figures that are rarely what makes them check-worthy;
    # news reports its figures as facts.
    post = {s.name: s.weight for s in clause_signals("El PSOE ganó con 121 escaños.", "es", genre=POST)}
    article = {s.name: s.weight for s in clause_signals("El PSOE ganó con 121 escaños.", "es", genre=ARTICLE)}
    assert post["number"] < article["number"]
    assert bias("es", POST) < bias("es", ARTICLE)
    # A language without a table of its own for posts weighs both genres alike.
    german = "Die SPD gewann mit 121 Sitzen."
    assert clause_signals(german, "de", genre=POST) == clause_signals(german, "de", genre=ARTICLE)
    assert bias("de", POST) == bias("de", ARTICLE)


def test_handles_and_hashtags_are_not_names():
    names = {s.name for s in clause_signals("@USER das ist doch #HETZE und nichts anderes hier", "de")}
    assert "named_entity" not in names
    assert "named_entity" in {s.name for s in clause_signals("@USER das hat die NATO so beschlossen", "de")}


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("Haben Sie das wirklich nicht gewusst, Herr Nachbar", True),
        ("Das habe ich Ihnen doch schon gestern erklärt", True),
        ("Sie haben die Wahl im Jahr 2021 gewonnen", False),  # "Sie" opening a sentence may be "they"
        ("Die Ministerin sagte, sie habe die Zahlen geprüft", False),
    ],
)
def test_formal_address_in_german_addresses_the_reader(text, addressed):
    names = {s.name for s in clause_signals(text, "de")}
    assert ("addresses_reader" in names) is addressed


def test_counterfactuals_count_against_a_german_claim_but_not_inside_reported_speech():
    signals = {s.name: s for s in clause_signals("Ohne die Reform wäre die Rente heute niedriger", "de")}
    assert signals["counterfactual"].match == "wäre"
    assert signals["counterfactual"].weight < 0
    assert signals["statistic"].match.lower() == "rente"
    complement = "im Jahr 2020 in China doppelt so viele Ingenieure ihren Abschluss gemacht hätten"
    assert "counterfactual" in {s.name for s in clause_signals(complement, "de")}
    assert "counterfactual" not in {s.name for s in clause_signals(complement, "de", reported=True)}


def test_factored_alternation_finds_what_a_longest_first_list_finds():
    import random
    import re

    from annotations.extraction.signals import alternation

    phrases = ["mehr", "mehr als", "mehrheit", "mal mehr", "más", "más de", "más que", "ju", "juli", "juni", "a"]
    factored = re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", re.IGNORECASE)
    listed = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    reference = re.compile(rf"(?<!\w)(?:{listed})(?!\w)", re.IGNORECASE)
    rng = random.Random(4)
    vocabulary = [*phrases, "Mehr", "MEHR ALS", "mehrere", "als", "de", "que", "Juli", "x", ",", " "]
    for _ in range(2000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in reference.finditer(text)], text
    assert factored.search("Das sind mal mehr als zehn").group() == "mal mehr"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("es", "Hemos transferido más de 446 millones de euros a las comunidades.", "446 millones"),
        ("de", "Der Umbau kostete 1.400 Arbeitsplätze in der Region.", "1.400 Arbeitsplätze"),
        ("en", "The program cost $1,250,000 in its first year.", "$1,250,000"),
    ],
)
def test_a_quantity_shows_the_whole_figure(language, text, figure):
    (quantity,) = [s for s in clause_signals(text, language) if s.name == "quantity"]
    assert quantity.match == figure


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ayer. El paro baja en julio por tercera vez."),
        ("en", "Yesterday. The figures show a clear fall."),
    ],
)
def test_words_capitalised_only_by_position_are_not_names(language, text):
    assert "named_entity" not in {s.name for s in clause_signals(text, language)}
    assert "named_entity" in {s.name for s in clause_signals(text + " Pedro Sánchez lo dijo.", language)}


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("هل ارتفعت البطالة في عام 2020 بنسبة 4.9 في المئة؟", "ar", True),
        ("失业率在2020年上升了4.9%吗？", "zh", True),
        ("Αυξήθηκε η ανεργία κατά 4,9% το 2020;", "el", True),  # the Greek question mark is ";"
        ("Η ανεργία αυξήθηκε κατά 4,9% το 2020.", "el", False),
        # Elsewhere ";" joins clauses and asks nothing.
        ("Unemployment rose by 4.9 percent in 2020; wages fell;", "en", False),
    ],
)
def test_questions_are_recognised_by_each_script_s_question_mark(text, language, question):
    assert ("question" in {s.name for s in clause_signals(text, language)}) is question


# One text per branch of each key-worded pattern, in its capitalisations: each must match
# the pattern and hold one of its key words, or the key-word check would hide a match.
KEYED = {
    "intention": [
        "Sie ist entschlossen",
        "Er setzt darauf",
        "Sie setzen darauf",
        "Er beabsichtigt es",
        "Die Partei strebt an",
        "Das zielt darauf",
        "She is Determined to win",
        "He intends to go",
        "It aims to cut",
        "It seeks to grow",
        "The bank is set to raise",
        "El gobierno pretende bajar",
        "Busca votos",
        "Tiene la intención de",
        "Está dispuesto a",
    ],
    "speculation": [
        "Es bleibt abzuwarten",
        "Es bleibt noch abzuwarten",
        "Das wird sich zeigen",
        "It remains to be seen",
        "Time will tell",
        "Queda por ver",
        "Está por ver",
        "Habrá que ver",
        "Il reste à voir",
    ],
    "undecided": [
        "It is unclear whether",
        "It's still uncertain if",
        "It remains unclear whether",
        "It was not yet clear whether",
        "It is not clear if",
        "Es ist noch offen, ob",
        "Weiterhin unklar bleibt, ob",
        "Unklar ist, ob",
        "Fraglich bleibt noch, ob",
        "Ob die Zinsen sinken, ist offen",
        "Ob die Zinsen sinken, bleibt weiterhin ungewiss",
        "Wer Meister wird, entscheidet sich wohl erst im Mai",
        "Ob die Reform wirkt, wird sich erst nach der Wahl zeigen",
        "No está claro si",
        "No está todavía claro si",
        "No se sabe aún si",
        "Se desconoce si",
        "Ob das Klimaziel erreicht wird, ist allerdings fraglich",
        "Es ist jedoch offen, ob",
        "Whether the target can be met remains unclear",
        "Whether the company will cut jobs is still an open question",
        "The White House did not say how much",
        "The company declined to say how many",
        "Officials wouldn't disclose whether",
        "Der Minister sagte nicht, wie viele",
        "Die Ministerin wollte nicht sagen, ob",
        "Die Bank ließ offen, wann",
        "El ministro no dijo cuántos",
        "La ministra no ha precisado cuándo",
        "The office declined to comment",
        "The company did not immediately respond to a request for comment",
        "Representatives could not be reached for comment",
        "Ein Sprecher wollte sich dazu nicht äußern",
        "Der Konzern war für eine Stellungnahme zunächst nicht zu erreichen",
        "El ministerio no quiso hacer comentarios",
        "La portavoz no ha querido pronunciarse",
        "Fuentes de Moncloa declinaron hacer comentarios",
    ],
    "second_person": [
        "You know",
        "Your plan",
        "Weißt du das",
        "Ich sehe dich",
        "Ich sage dir",
        "Dein Plan",
        "Deine Zahlen",
        "Ich frage euch",
        "Habt ihr das",
        "Tú sabes",
        "No te creo",
        "Tu plan",
        "Vosotros sabéis",
        "Os digo",
        "Wissen Sie das",
        "Ich danke Ihnen",
        "Ist das Ihre Meinung",
        "Mit Ihren Zahlen",
        "Aus Ihrem Haus",
        "In Ihrer Rede",
        "Wegen Ihres Plans",
    ],
}


@pytest.mark.parametrize("name", sorted(KEYED))
def test_each_branch_of_a_key_worded_pattern_holds_a_key_word(name):
    import re

    from annotations.extraction import signals

    pattern, keys = {
        "intention": (signals.INTENTION, signals.INTENTION_KEYS),
        "speculation": (signals.SPECULATION, signals.SPECULATION_KEYS),
        "undecided": (signals.UNDECIDED, signals.UNDECIDED_KEYS),
        "second_person": (signals.SECOND_PERSON, signals.SECOND_PERSON_KEYS),
    }[name]
    for text in KEYED[name]:
        assert pattern.search(text), text
        assert not keys.isdisjoint(re.findall(r"\w+", text.lower())), text
    if name in ("intention", "speculation"):  # a plain alternation: one example or more per branch
        assert len(KEYED[name]) >= pattern.pattern.count("|") + 1


@pytest.mark.parametrize(
    ("language", "to_come"), [("en", "next year"), ("de", "im kommenden Jahr"), ("es", "el próximo año")]
)
def test_each_modal_of_a_forecast_holds_a_key_word(language, to_come):
    import re

    from annotations.extraction import signals

    for branch in signals._MODAL[language].split("|"):
        modal = re.sub(r"\(\?-i:(\w+)\)", r"\1", branch)  # "(?-i:may)": lower case only
        for text in (f"Prices {modal} rise {to_come}", f"{to_come.capitalize()} {modal} prices rise"):
            assert signals.FORECAST[language].search(text), text
            assert not signals.FORECAST_KEYS[language].isdisjoint(re.findall(r"\w+", text.lower())), text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Meiner Meinung nach macht die Regierung zu wenig.", False),
        ("Unsere Regierung hat die Steuern erhöht.", False),
        ("Michelle Guida wies darauf hin, dass die Zahl stieg.", True),
    ],
)
def test_a_german_possessive_does_not_open_a_name(text, named):
    assert ("named_entity" in {s.name for s in clause_signals(text, "de")}) is named


@pytest.mark.parametrize(
    ("language", "text", "match"),
    [
        ("en", "Growth might slow to 1 percent in the coming months.", "might slow to 1 percent in the coming months"),
        ("de", "Im kommenden Jahr dürfte die Wirtschaft kaum wachsen.", "Im kommenden Jahr dürfte"),
        ("es", "Para 2030 podrían faltar 10.000 médicos.", "Para 2030 podrían"),
        # The end of the year, however written.
        (
            "en",
            "The bank could cut rates twice before the end of the year.",
            "could cut rates twice before the end of the year",
        ),
        ("en", "Inflation might fall below 2 percent by year-end.", "might fall below 2 percent by year-end"),
        ("de", "Die EZB könnte die Zinsen bis zum Jahresende senken.", "könnte die Zinsen bis zum Jahresende"),
        ("de", "Vor dem Jahresende dürfte die Inflation sinken.", "Vor dem Jahresende dürfte"),
        ("es", "El BCE podría bajar los tipos antes de final de año.", "podría bajar los tipos antes de final de año"),
        ("es", "El paro podría bajar para finales de año.", "podría bajar para finales de año"),
        # A month after the modal.
        ("en", "The Fed could cut rates in December.", "could cut rates in December"),
        ("de", "Die EZB dürfte die Zinsen im Dezember erneut senken.", "dürfte die Zinsen im Dezember"),
        ("es", "El BCE podría bajar los tipos en diciembre.", "podría bajar los tipos en diciembre"),
    ],
)
def test_a_possibility_about_a_time_to_come_is_speculation_in_either_order(language, text, match):
    assert [s.match for s in clause_signals(text, language) if s.name == "speculation"] == [match]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A forecast someone published: that it was made can be checked.
        ("en", "The IMF expects the economy to grow 2 percent next year."),
        # Inside a relative clause: the sentence states something else.
        ("en", "The law, which could cost $2 billion by 2030, was passed in 2019."),
        ("de", "Das Gesetz, das bis 2030 rund 2 Milliarden Euro kosten könnte, wurde 2019 beschlossen."),
        # The month, not the modal; and a possibility joined after a statement.
        ("en", "The election will be held in May next year."),
        ("en", "Prices rose 3 percent in May and could rise again next year."),
        # A month before the modal is as often a statement's.
        ("en", "Prices rose 3 percent in December and could rise again."),
        # A possibility about the past or present, no time to come.
        ("en", "Prices could have risen by 3 percent in 2023."),
        ("de", "Die Zahl könnte 2019 bei 3 Prozent gelegen haben."),
    ],
)
def test_forecasts_and_possibilities_without_a_time_to_come_are_not_speculation(language, text):
    assert "speculation" not in {s.name for s in clause_signals(text, language)}


def test_a_spanish_future_is_a_lower_case_verb_not_a_name_ending_like_one():
    assert [
        s.match
        for s in clause_signals("Joan Ribó duplica el gasto de la etapa de Rita Barberá.", "es")
        if s.name == "future"
    ] == []
    assert [s.match for s in clause_signals("La deuda escalará al 133 % del PIB.", "es") if s.name == "future"] == [
        "escalará"
    ]


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("en", "It is unclear whether the Federal Reserve will cut rates in December.", False),
        ("de", "Ob die Europäische Zentralbank die Zinsen im Dezember senkt, ist offen.", False),
        ("es", "No está claro si el Banco Central Europeo bajará los tipos en diciembre.", False),
        ("de", "Ob das Klimaziel für 2030 erreicht wird, ist allerdings fraglich.", False),
        ("de", "Wann der Bericht zu den 352.000 Asylanträgen erscheint, ist noch unklar.", False),
        ("de", "Welche Folgen die Einigung für die 2,4 Millionen Pendler hat, bleibt offen.", False),
        ("de", "Wer am Ende der Saison 2025 Meister wird, entscheidet sich wohl erst im Mai.", False),
        ("de", "Wie hoch die Schäden von 2024 sind, zeigt sich erst in einigen Wochen.", False),
        # Where it shows is no open question.
        ("de", "Was die Reform kostet, zeigt sich im Haushalt: 40 Milliarden Euro bis 2028.", True),
        ("en", "Whether the 2030 target can be met remains unclear.", False),
        ("es", "Se desconoce si el paro bajará del 10 % en 2025.", False),
        # A question someone decided is a fact about them.
        ("en", "Whether he paid $130,000 to the actress was the question before the jury in 2024.", True),
        ("en", "The company declined to say how many of its 12,000 jobs would be cut in 2025.", False),
        ("de", "Der Minister wollte nicht sagen, wie viele Stellen 2025 wegfallen.", False),
        ("es", "El ministro no quiso decir cuántos empleos se perdieron en 2024.", False),
        # Nothing said at all: a newsroom's "declined to comment" is no claim.
        ("en", "The Manhattan district attorney's office declined to comment on Friday.", False),
        ("en", "The Kremlin did not comment on the 31 civilian deaths on Friday.", False),
        ("en", "The company has not commented on the 2023 lawsuit.", False),
        ("de", "Ein Sprecher des Bundesfinanzministeriums wollte sich am Montag dazu nicht äußern.", False),
        ("es", "El Ministerio de Hacienda no quiso hacer comentarios este martes.", False),
        # Open questions only: a clear statement of what is known stays a claim.
        ("en", "It is clear that the Federal Reserve raised rates 11 times since 2022.", True),
        ("de", "Offen ist der Streit seit 2022, als die Zinsen um 4,5 Prozent stiegen.", True),
    ],
)
def test_an_open_question_stated_as_such_is_no_claim(language, text, claim):
    from annotations.extraction import extract
    from annotations.extraction.defaults import default_scorer

    assert bool(extract(text, language, scorer=default_scorer()).claims) is claim
    assert ("speculation" in {s.name for s in clause_signals(text, language)}) is not claim


@pytest.mark.parametrize(
    ("language", "text", "match"),
    [
        ("de", "Bei dem Unfall sind zwei Menschen ums Leben gekommen.", "zwei Menschen"),
        ("de", "Fünf weitere Fahrgäste wurden verletzt.", "Fünf weitere Fahrgäste"),
        ("es", "El tribunal lo condenó a seis años de prisión.", "seis años"),
        ("es", "Tres personas murieron en el accidente.", "Tres personas"),
    ],
)
def test_small_numbers_written_as_words_count_in_articles_only(language, text, match):
    article = [s.match for s in clause_signals(text, language, genre=ARTICLE) if s.name == "number_words"]
    assert article == [match]
    # In posts and comments such counts are mostly anecdote ("bei Lanz waren wieder zwei Typen").
    assert "number_words" not in {s.name for s in clause_signals(text, language, genre=POST)}


@pytest.mark.parametrize(
    ("language", "text", "genre"),
    [
        ("es", "15 personas fueron detenidas.", POST),
        ("es", "tres personas fueron detenidas.", ARTICLE),
        ("en", "15 people were arrested.", ARTICLE),
    ],
)
def test_a_reported_figure_of_four_words_is_not_too_short(language, text, genre):
    # "Fuentes policiales confirmaron que 15 personas fueron detenidas": the attribution is cut off.
    assert "too_short" not in {s.name for s in clause_signals(text, language, reported=True, genre=genre)}
    assert "too_short" in {s.name for s in clause_signals(text, language, genre=genre)}
    assert "too_short" in {s.name for s in clause_signals("personas fueron detenidas.", language, reported=True)}


def test_high_time_urges_and_compares_nothing():
    names = {s.name for s in clause_signals("Es ist höchste Zeit, dass die Politik endlich handelt.", "de")}
    assert "opinion" in names
    assert "comparison" not in names
    # The superlative still compares elsewhere in the sentence.
    text = "Die Inflation erreichte die höchste Rate seit 1990, Zeit zu handeln."
    names = {s.name for s in clause_signals(text, "de")}
    assert "comparison" in names


def test_a_german_announcement_of_what_to_do_is_an_intention_and_reports_nothing():
    names = {s.name for s in clause_signals("Die Organisation warnte davor, das Asylrecht auszuhöhlen.", "de")}
    assert "intention" in names
    assert "reported_speech" not in names
    # A warning that states something is still reported speech.
    names = {s.name for s in clause_signals("Der Minister warnte, die Preise seien gestiegen.", "de")}
    assert "reported_speech" in names
    assert "intention" not in names
