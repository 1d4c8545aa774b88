import pytest

from annotations.evidence.base import ClaimQuery
from annotations.evidence.library import LibraryProvider
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
