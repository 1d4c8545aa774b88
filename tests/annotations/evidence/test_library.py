import pytest

from annotations.evidence.base import ClaimQuery
from annotations.evidence.library import LibraryProvider
from annotations.models import LibraryPassage
from annotations.services.library import DocumentData, library_document_import, split_passages


@pytest.fixture
def library(db):
    library_document_import(
        data=DocumentData(
            origin="test://markets",
            title="Markets",
            url="https://example.org/markets",
            language="en",
            text="Tokyo Electron shares fell 4.9% after the talks.\n\nThe weather in Tokyo was mild.",
        )
    )
    library_document_import(
        data=DocumentData(
            origin="test://grads",
            title="Graduates",
            language="de",
            text="Im Jahr 2020 machten in China doppelt so viele Ingenieure ihren Abschluss wie in den USA.",
        )
    )


def test_library_search_finds_the_passage_with_the_claims_names_and_numbers(library):
    items = LibraryProvider().search(ClaimQuery(text="Tokyo Electron verlor 4,9 Prozent.", language="de"), limit=5)
    assert items, "expected at least one passage"
    assert items[0].source_title == "Markets"
    assert "4.9%" in items[0].passage
    assert items[0].url == "https://example.org/markets"


def test_library_search_gives_each_passage_its_documents_title_url_date_and_language(db):
    import datetime as dt

    library_document_import(
        data=DocumentData(
            origin="test://report",
            title="Monthly report",
            url="https://example.org/report",
            language="en",
            published_at="2024-03-05",
            text="Tokyo Electron shares fell 4.9% after the talks.",
        )
    )
    (item,) = LibraryProvider().search(ClaimQuery(text="Tokyo Electron fell 4.9 percent.", language="en"), limit=5)
    assert (item.source_title, item.url, item.published_at, item.language) == (
        "Monthly report",
        "https://example.org/report",
        dt.date(2024, 3, 5),  # a date on both databases (SQLite hands it over as text)
        "en",
    )
    assert item.source_key == f"library:{LibraryPassage.objects.get().pk}"


def test_library_search_matches_inflected_german_words(library):
    items = LibraryProvider().search(
        ClaimQuery(text="2020 gab es in China doppelt so viele Ingenieurinnen und Ingenieure.", language="de"), limit=5
    )
    assert items[0].source_title == "Graduates"


def test_library_search_returns_nothing_for_unrelated_claims(library):
    assert LibraryProvider().search(ClaimQuery(text="Quantenkryptografie Brasilien", language="de"), limit=5) == []


def test_reimporting_unchanged_document_is_skipped_and_changed_one_replaces_passages(db):
    data = DocumentData(origin="test://x", title="X", text="First version with 12 words.", language="en")
    assert library_document_import(data=data).status == "imported"
    assert library_document_import(data=data).status == "unchanged"
    changed = DocumentData(origin="test://x", title="X", text="Second version, 13 words.", language="en")
    assert library_document_import(data=changed).status == "updated"
    items = LibraryProvider().search(ClaimQuery(text="Second version 13", language="en"), limit=5)
    assert [i.passage for i in items] == ["Second version, 13 words."]


def test_split_passages_joins_short_paragraphs_and_cuts_long_ones():
    assert split_passages("One.\n\nTwo.") == ["One.\n\nTwo."]
    long_text = " ".join(f"Sentence number {i} is here." for i in range(200))
    passages = split_passages(long_text, target=300)
    assert len(passages) > 5
    assert all(len(p) <= 330 for p in passages)


@pytest.fixture
def fresh_statistics():
    from annotations.evidence import fulltext

    fulltext._stats["at"] = None
    yield
    fulltext._stats.update(at=None, shares={})  # no other test sees this library's statistics


def test_words_most_passages_hold_are_left_out_of_the_postgresql_query(db, fresh_statistics):
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL statistics")
    words = ["Strom", "Miete", "Rente", "Bahn", "Schule", "Klima", "Haushalt", "Export", "Chip", "Börse"]
    for i in range(60):
        text = f"Die {words[i % 10]}kosten stiegen um {i} Prozent im Bezirk {i}."
        library_document_import(data=DocumentData(origin=f"stats-{i}", title=f"Bericht {i}", text=text, language="de"))
    library_document_import(
        data=DocumentData(
            origin="engineers",
            title="Ingenieure",
            text="China bildete 2020 doppelt so viele Ingenieure aus.",
            language="de",
        )
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE annotations_librarypassage")
    assert fulltext._lexeme_shares().get("prozent", 0) > fulltext.COMMON_SHARE
    # "Prozent" is in nearly every passage: the query keeps the specific words, rarest first.
    tokens = ["Prozent", "Ingenieure", "China"]
    assert fulltext._specific(tokens, fulltext._shares(tokens, "german")) == ["Ingenieure", "China"]
    items = LibraryProvider().search(
        ClaimQuery(
            text="China hatte 2020 doppelt so viele Ingenieure, sagt sie, ein Plus von 100 Prozent", language="de"
        ),
        limit=3,
    )
    assert items[0].source_title == "Ingenieure"
    # When every word is common, the query keeps them all rather than none.
    tokens = ["Prozent", "stiegen"]
    assert fulltext._specific(tokens, fulltext._shares(tokens, "german")) == ["Prozent", "stiegen"]


def test_import_library_leaves_fresh_statistics_for_the_search(db, tmp_path, fresh_statistics):
    import io

    from django.core.management import call_command
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL statistics")
    path = tmp_path / "stats.jsonl"
    path.write_text(
        "\n".join(f'{{"id": "s{i}", "text": "Die Mieten stiegen um {i} Prozent in Bezirk {i}."}}' for i in range(40))
    )
    call_command("import_library", str(path), stdout=io.StringIO())
    assert fulltext._lexeme_shares().get("prozent", 0) > fulltext.COMMON_SHARE
    # The new passages are in the GIN index proper, not in its pending list, which
    # every search would read from end to end.
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('librarypassage_search_gin'::regclass)")
        assert cursor.fetchone()[0] == 0, "import_library merged the pending list"


def test_postgresql_stems_are_asked_for_once_per_word(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL text search configurations")
    fulltext._lexeme_cache.clear()
    with CaptureQueriesContext(connection) as first:
        stems = fulltext._lexemes(["Ingenieure", "Prozent", "Ingenieure"], "german")
    assert stems == {"Ingenieure": ("ingenieur",), "Prozent": ("prozent",)}
    assert len(first) == 1
    with CaptureQueriesContext(connection) as again:
        assert fulltext._lexemes(["Prozent", "Ingenieure"], "german") == stems
    assert len(again) == 0, "known words need no query"
    with CaptureQueriesContext(connection) as new_word:
        assert fulltext._lexemes(["Prozent", "Häuser"], "german")["Häuser"] == ("haus",)
        assert fulltext._lexemes(["Häuser"], "simple")["Häuser"] == ("häuser",), "stems depend on the configuration"
    assert [q["sql"].count("to_tsvector") for q in new_word] == [1, 1]


def test_remembered_stems_are_bounded(db, monkeypatch):
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL text search configurations")
    fulltext._lexeme_cache.clear()
    monkeypatch.setattr(fulltext, "LEXEME_CACHE_SIZE", 3)
    assert fulltext._lexemes(["Häuser", "Mieten"], "german") == {"Häuser": ("haus",), "Mieten": ("miet",)}
    assert fulltext._lexemes(["Renten", "Löhne"], "german") == {"Renten": ("rent",), "Löhne": ("lohn",)}
    assert len(fulltext._lexeme_cache) == 2, "full: emptied before the new words went in"
    assert fulltext._lexemes(["und"], "german") == {"und": ()}, "a stop word has no lexeme, and that is remembered"
    assert ("german", "und") in fulltext._lexeme_cache


def test_a_rare_word_outweighs_two_common_ones(db, fresh_statistics):
    """Each word weighs by its rarity in the library (both databases): the one passage
    naming the claim's town beats a passage sharing two words a sixth of the library holds."""
    from django.db import connection

    from annotations.evidence import fulltext

    for i in range(180):
        words = "Mieten Renten" if i < 20 else "Mieten" if i < 30 else "Renten" if i < 40 else "Wetter"
        words += f" Bezirk{i}"
        library_document_import(data=DocumentData(origin=f"rare-{i}", title=f"Bericht {i}", text=words, language="de"))
    library_document_import(
        data=DocumentData(origin="town", title="Zwickau", text="Der Stadtrat von Zwickau tagte.", language="de")
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE annotations_librarypassage")
        shares = fulltext._lexeme_shares()
        assert 0.15 < shares["miet"] <= fulltext.COMMON_SHARE and shares.get("zwickau", 0) < 0.01
    else:  # SQLite counts the passages in its full-text index's vocabulary
        shares = fulltext._sqlite_shares(["Mieten", "Zwickau"])
        assert 0.15 < shares["Mieten"] <= fulltext.COMMON_SHARE and shares["Zwickau"] < 0.01
    items = LibraryProvider().search(ClaimQuery(text="Mieten und Renten in Zwickau", language="de"), limit=5)
    assert items[0].source_title == "Zwickau"
    assert all(item.passage.startswith("Mieten Renten") for item in items[1:]), "then both other words"


def test_a_passage_scores_the_share_of_the_claim_it_holds_not_its_place_among_those_found(db, fresh_statistics):
    """The relevance says how much of the claim a passage holds (both databases): the one
    passage found for a claim it answers only in part is not scored 1.0 for being the best
    found, and one sharing a single everyday word with the claim is no evidence at all."""
    from django.db import connection

    for i in range(9):
        library_document_import(
            data=DocumentData(origin=f"other-{i}", title=f"Other {i}", text=f"Harbour report {i}: calm.", language="en")
        )
    library_document_import(
        data=DocumentData(
            origin="chips", title="Chips", text="Nvidia shares fell by more than 2% on Monday.", language="en"
        )
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.vendor == "postgresql" else "SELECT 1")
    provider = LibraryProvider()
    (whole,) = provider.search(ClaimQuery(text="Nvidia shares fell by more than 2 percent.", language="en"), limit=5)
    (part,) = provider.search(ClaimQuery(text="Nvidia shares recovered on Tuesday in Tokyo.", language="en"), limit=5)
    assert whole.score >= 0.75 and 0.1 <= part.score <= 0.5, (whole.score, part.score)
    lone = ClaimQuery(text="Unemployment in Spain fell to 11.2 percent in October.", language="en")
    assert provider.search(lone, limit=5) == []


def test_the_least_relevance_the_library_shows_is_a_setting(db, settings):
    library_document_import(
        data=DocumentData(
            origin="chips", title="Chips", text="Nvidia shares fell by more than 2% on Monday.", language="en"
        )
    )
    claim = ClaimQuery(text="Unemployment in Spain fell to 11.2 percent in October.", language="en")
    settings.LIBRARY_MIN_RELEVANCE = 0.0
    (item,) = LibraryProvider().search(claim, limit=5)
    assert 0 < item.score < 0.1, "one word of six"
    settings.LIBRARY_MIN_RELEVANCE = 0.1
    assert LibraryProvider().search(claim, limit=5) == []


def test_sqlite_counts_a_words_passages_by_its_first_letters_without_accents(db):
    """FTS5 matches a long word by its first five letters, accents folded: so the
    vocabulary counts "España", "Espana" and "españoles" as one word."""
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL reads its own statistics (tested above)")
    texts = ["España crece.", "Los españoles votan.", "Espana, sin tilde.", "Francia crece.", "Italia vota."]
    for i, text in enumerate(texts):
        library_document_import(data=DocumentData(origin=f"es-{i}", title=f"T{i}", text=text, language="es"))
    shares = fulltext._sqlite_shares(["España", "crece", "Portugal", "2020"])
    assert shares == {"España": 3 / 5, "crece": 2 / 5, "Portugal": 1 / 5, "2020": 1 / 5}
    # A rarer word weighs more; one every passage holds still weighs something.
    assert fulltext._rarity(1 / 5) > fulltext._rarity(3 / 5) > fulltext._rarity(1.0) > 0


def test_a_year_alone_does_not_lift_a_passage_above_the_claims_subject(db, fresh_statistics):
    """A post's date line gives its claim a year; the passage about the claim's subject
    must still come before one that only shares the year (both databases)."""
    from django.db import connection

    for i in range(30):
        library_document_import(
            data=DocumentData(
                origin=f"filler-{i}", title=f"Filler {i}", text=f"Weather report {i}: mild.", language="en"
            )
        )
    library_document_import(
        data=DocumentData(
            origin="subject",
            title="Subject",
            text="The Springfield council approved the new bridge toll.",
            language="en",
        )
    )
    library_document_import(
        data=DocumentData(
            origin="same-year", title="Same year", text="Harvest figures for 2019 were late.", language="en"
        )
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.vendor == "postgresql" else "SELECT 1")
    claim = "Springfield council approved a bridge toll — Local News (@localnews) September 20, 2019"
    items = LibraryProvider().search(ClaimQuery(text=claim, language="en"), limit=5)
    assert [item.source_title for item in items][:2] == ["Subject", "Same year"]


def test_postgresql_scores_the_passages_holding_the_rarest_words_wherever_they_lie(db, fresh_statistics, monkeypatch):
    """Only CANDIDATE_CAP passages are scored; they are the ones holding the claim's
    rarest words, not the first rows on disk that hold any word."""
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL statistics")
    monkeypatch.setattr(fulltext, "CANDIDATE_CAP", 5)
    _many_then_zwickau([f"Die Mieten stiegen in Bezirk {i}." for i in range(40)], "Die Mieten in Zwickau sanken.", "de")
    shares = fulltext._shares(["Zwickau", "Mieten"], "german")
    assert fulltext._candidate_words(["Zwickau", "Mieten"], shares, 41) == ["Zwickau"]
    items = LibraryProvider().search(ClaimQuery(text="Mieten in Zwickau", language="de"), limit=3)
    assert items[0].source_title == "Zwickau"
    # Without statistics (a library never analysed) every word picks candidates.
    assert fulltext._candidate_words(["Zwickau", "Mieten"], shares, 0) == ["Zwickau", "Mieten"]


def test_postgresql_search_leaves_the_callers_planner_settings_alone(library):
    """The search turns sequential scans off for its own query (the planner misprices
    many-word tsquery matches); a caller's transaction and the session keep theirs."""
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL planner settings")

    def setting() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            return str(cursor.fetchone()[0])

    query = ClaimQuery(text="Tokyo Electron verlor 4,9 Prozent.", language="de")
    with transaction.atomic():
        assert LibraryProvider().search(query, limit=5)
        assert setting() == "on"
    assert LibraryProvider().search(query, limit=5)
    assert setting() == "on"


def test_postgresql_stop_words_do_not_choose_the_candidates(db, fresh_statistics, monkeypatch):
    """ "can" is an English stop word: no passage's tsvector holds it, and it has no share of
    its own. Counted as the rarest word, it chose as candidates every passage holding the
    stem of "cans", and the passage about the claim's subject was not scored."""
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL text search configurations")
    monkeypatch.setattr(fulltext, "CANDIDATE_CAP", 5)
    _many_then_zwickau([f"Recycled cans in district {i}." for i in range(30)], "The Zwickau council met.", "en")
    items = LibraryProvider().search(ClaimQuery(text="Nobody can find Zwickau", language="en"), limit=3)
    assert [item.source_title for item in items] == ["Zwickau"]


def test_postgresql_falls_back_to_every_word_when_the_rarest_match_too_little(db, fresh_statistics, monkeypatch):
    """A word the statistics do not list counts as rare, but may be in no passage at all
    (a misspelling, a handle): then the other words choose the candidates too."""
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL statistics")
    monkeypatch.setattr(fulltext, "CANDIDATE_CAP", 5)
    texts = [
        f"Die Renten stiegen in Bezirk {i}." if i < 8 else f"Das Wetter in Bezirk {i} war mild." for i in range(40)
    ]
    _many_then_zwickau(texts, "Die Mieten in Zwickau sanken.", "de")
    shares = fulltext._shares(["Zwickkau", "Renten"], "german")
    assert fulltext._candidate_words(["Zwickkau", "Renten"], shares, 41) == ["Zwickkau"], shares
    items = LibraryProvider().search(ClaimQuery(text="Renten in Zwickkau", language="de"), limit=3)
    assert len(items) == 3 and all("Renten" in item.passage for item in items)


def _many_then_zwickau(texts: list[str], town: str, language: str) -> None:
    """A library of `texts`, then one passage about Zwickau stored after them on disk,
    and PostgreSQL's statistics of it."""
    from django.db import connection

    for i, text in enumerate(texts):
        library_document_import(data=DocumentData(origin=f"many-{i}", title=f"Many {i}", text=text, language=language))
    library_document_import(data=DocumentData(origin="town", title="Zwickau", text=town, language=language))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE annotations_librarypassage")


@pytest.mark.parametrize(
    ("language", "passage", "claim"),
    [
        # Inflected forms that only a stemmer joins: "Безработица" / "безработицы",
        # "ingenieurs" / "ingenieur", "arbetslösheten" / "arbetslöshet".
        ("ru", "Безработица в 2020 году выросла до 4,9 процента.", "Уровень безработицы вырос в 2020 году"),
        ("nl", "In 2020 studeerden in China twee keer zoveel ingenieurs af.", "Een ingenieur in China"),
        ("sv", "Arbetslösheten steg till 4,9 procent.", "Arbetslöshet i Sverige"),
    ],
)
def test_library_search_stems_every_language_postgresql_knows(db, language, passage, claim):
    from django.db import connection

    from annotations.evidence.fulltext import pg_config

    if connection.vendor != "postgresql":
        pytest.skip("SQLite's FTS5 does not stem; its prefix query is tested above")
    data = DocumentData(origin=f"test://{language}", title=language, text=passage, language=language)
    library_document_import(data=data)
    items = LibraryProvider().search(ClaimQuery(text=claim, language=language), limit=5)
    assert [item.passage for item in items] == [passage]
    assert pg_config(language) != "simple"


def test_languages_without_a_stemmer_are_searched_word_for_word(db):
    from django.db import connection

    from annotations.evidence.fulltext import pg_config

    if connection.vendor != "postgresql":
        pytest.skip("the configurations are PostgreSQL's")
    assert (pg_config("de"), pg_config("no"), pg_config("uk"), pg_config("zh")) == (
        "german",
        "norwegian",
        "simple",
        "simple",
    )
    passage = "Безробіття у 2020 році зросло до 4,9 відсотка."
    library_document_import(data=DocumentData(origin="test://uk", title="uk", text=passage, language=""))
    items = LibraryProvider().search(ClaimQuery(text="безробіття 2020", language="uk"), limit=5)
    assert [item.passage for item in items] == [passage]
    assert items[0].language == "uk"  # detected on import by its letters


def test_postgresql_widening_the_search_keeps_the_passages_the_rarest_words_found(db, fresh_statistics, monkeypatch):
    """When the claim's rarest words are in too few passages, every word chooses
    candidates, and the first CANDIDATE_CAP passages holding any of them (in the order
    they lie on disk) are scored. The passages the rarest words found are kept as well:
    they are the best matches, whatever rows come first."""
    from django.db import connection

    from annotations.evidence import fulltext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL statistics")
    monkeypatch.setattr(fulltext, "CANDIDATE_CAP", 5)
    # "Renten" in 7 + 1 of 41 passages: under COMMON_SHARE, so it is one of the claim's words.
    texts = [f"Die Renten stiegen in Bezirk {i}." for i in range(7)]
    texts += [f"Das Wetter in Bezirk {i} war mild." for i in range(7, 40)]
    _many_then_zwickau(texts, "Die Renten in Zwickau sanken.", "de")
    shares = fulltext._shares(["Zwickau", "Renten"], "german")
    assert fulltext._specific(["Zwickau", "Renten"], shares) == ["Zwickau", "Renten"], shares
    items = LibraryProvider().search(ClaimQuery(text="Renten in Zwickau", language="de"), limit=3)
    assert items[0].source_title == "Zwickau", [item.passage for item in items]
    assert all("Renten" in item.passage for item in items)


def test_postgresql_reads_quantities_only_of_passages_that_can_still_be_kept(db, fresh_statistics):
    """Candidates come best full-text score first; once a passage could not reach the
    kept scores even with every quantity of the claim, the rest are not read, and the
    result is exactly what scoring every candidate gives."""
    from django.db import connection

    from annotations.evidence import fulltext, numbers
    from annotations.evidence.ranking import query_terms, search_relevance

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL scores")
    for i in range(60):
        # Each word in under a fifth of the passages, so every one of them chooses candidates.
        words = [word for word, every, at in (("Importe", 6, 1), ("Exporte", 7, 0), ("Zölle", 8, 3)) if i % every == at]
        text = f"{' '.join(words) or 'Wetter'} in Bezirk{i}: plus {i % 4},5 Prozent."
        library_document_import(data=DocumentData(origin=f"q-{i}", title=f"Bericht {i}", text=text, language="de"))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE annotations_librarypassage")
    query = ClaimQuery(text="Exporte, Importe und Zölle stiegen um 3,5 Prozent.", language="de")
    terms = query_terms(query.text, query.language)
    hits = fulltext.search_passage_ids(terms, "de", 25)
    assert len(hits) >= 20, hits
    texts = dict(LibraryPassage.objects.filter(pk__in=[pid for pid, _ in hits]).values_list("pk", "text"))
    everything = sorted(
        ((-search_relevance(terms, texts[pid], score, "de"), f"library:{pid}") for pid, score in hits),
    )[:5]
    numbers.quantities.cache_clear()
    items = LibraryProvider().search(query, limit=5)
    assert [(-item.score, item.source_key) for item in items] == everything
    assert numbers.quantities.cache_info().misses < len(hits), "some candidates were never read"
