import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from annotations.evidence import get_provider
from annotations.evidence.base import ClaimQuery
from annotations.models import FactCheck
from annotations.services.reviews import verdict_publish, verdict_submit
from tests.factories import ClaimFactory, UserFactory

RECORDS = [
    {
        "id": "fc-1",
        "claim": "China graduated twice as many engineers as the United States in 2020.",
        "title": "Does China produce twice as many engineers?",
        "rating": "Mostly true",
        "url": "https://x.example/1",
    },
    {"id": "fc-2", "claim": "Drinking hot water cures the flu.", "title": "Hot water and the flu", "rating": "False"},
    {
        "id": "fc-3",
        "claim": "Tokyo Electron shares fell 4.9 percent after export-control talks.",
        "title": "Tokyo Electron share fall",
        "rating": "True",
        "date": "2025-01-30",
        "language": "en",
    },
]
CLAIMREVIEW = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "ClaimReview",
            "@id": "https://check.example.org/cr/9",
            "url": "https://check.example.org/cr/9",
            "claimReviewed": "The Eiffel Tower is 330 metres tall.",
            "datePublished": "2024-05-01",
            "reviewRating": {"@type": "Rating", "ratingValue": 5, "alternateName": "True"},
            "inLanguage": "en",
        }
    ],
}


@pytest.fixture
def imported(db, tmp_path):
    path = tmp_path / "checks.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS))
    out = io.StringIO()
    call_command("import_factchecks", str(path), stdout=out)
    assert "3 new" in out.getvalue()
    return path


def test_import_jsonl_and_claimreview_and_reimport_updates(imported, tmp_path):
    jsonld = tmp_path / "reviews.json"
    jsonld.write_text(json.dumps(CLAIMREVIEW))
    call_command("import_factchecks", str(jsonld), stdout=io.StringIO())
    eiffel = FactCheck.objects.get(external_id="https://check.example.org/cr/9")
    assert (eiffel.rating, eiffel.language, str(eiffel.reviewed_at)) == ("True", "en", "2024-05-01")
    out = io.StringIO()
    call_command("import_factchecks", str(imported), stdout=out)
    assert "0 new, 3 updated" in out.getvalue()
    assert FactCheck.objects.count() == 4


def test_a_claimreview_file_saved_with_a_byte_order_mark_is_imported(db, tmp_path):
    # Windows editors save UTF-8 with a byte order mark; json.loads refuses one.
    path = tmp_path / "review.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(CLAIMREVIEW).encode())
    call_command("import_factchecks", str(path), stdout=io.StringIO())
    assert FactCheck.objects.filter(external_id="https://check.example.org/cr/9").exists()


def test_imported_fact_checks_get_an_iso_language_code_declared_or_detected(db, tmp_path):
    reviews = [
        {**CLAIMREVIEW["@graph"][0], "@id": "cr-1", "inLanguage": "en-US"},
        # schema.org lets inLanguage be a Language with the code as its alternateName.
        {**CLAIMREVIEW["@graph"][0], "@id": "cr-2", "inLanguage": {"@type": "Language", "alternateName": "DE"}},
        # Nothing usable declared: the claim's own language.
        {
            **CLAIMREVIEW["@graph"][0],
            "@id": "cr-3",
            "inLanguage": "Spanish",
            "claimReviewed": "El paro subió un 4,9 %.",
        },
        {**CLAIMREVIEW["@graph"][0], "@id": "cr-4", "inLanguage": None, "claimReviewed": "Die Miete stieg um 4,9 %."},
    ]
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps({"@context": "https://schema.org", "@graph": reviews}))
    call_command("import_factchecks", str(path), stdout=io.StringIO())
    lines = tmp_path / "checks.jsonl"
    lines.write_text(json.dumps({"id": "l-1", "claim": "Exports rose by 4 percent in 2023.", "language": "en_GB"}))
    call_command("import_factchecks", str(lines), stdout=io.StringIO())
    languages = dict(FactCheck.objects.values_list("external_id", "language"))
    assert languages == {"cr-1": "en", "cr-2": "de", "cr-3": "es", "cr-4": "de", "l-1": "en"}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.jsonl", '{"claim": "no id"}\n', "expected"),
        ("bad2.jsonl", "{nope\n", "not JSON"),
        ("empty.json", '{"@type": "WebPage"}', "no ClaimReview"),
        ("noclaim.json", '{"@type": "ClaimReview", "url": "https://x"}', "without claimReviewed"),
        (
            "surrogate.json",
            '{"@type": "ClaimReview", "url": "https://x", "claimReviewed": "Claim \\ud800"}',
            "lone surrogate",
        ),
        ("surrogate.jsonl", '{"id": "a", "claim": "Claim \\udfff"}\n', "line 1: holds a lone surrogate"),
    ],
)
def test_malformed_factcheck_files_are_reported_and_nothing_is_stored(db, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_factchecks", str(path), stdout=io.StringIO(), stderr=err)
    assert message in err.getvalue()
    assert not FactCheck.objects.exists()


def test_factcheck_provider_finds_the_earlier_check_of_the_same_claim(imported):
    items = get_provider("factchecks").search(
        ClaimQuery(text="In 2020 China had twice as many engineering graduates as the US", language="en"), limit=5
    )
    assert items[0].source_key == "factcheck:fc-1"
    assert items[0].rating == "Mostly true"
    assert all("flu" not in item.passage for item in items)


def test_match_claims_command_contract(imported, monkeypatch):
    lines = [
        json.dumps({"id": "q1", "text": "Tokyo Electron stock dropped 4.9% after talks on export controls"}),
        json.dumps({"id": 2, "text": "hot water cures flu?"}),
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines)))
    out = io.StringIO()
    call_command("match_claims", "--jsonl", "--top", "2", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["q1", 2]
    assert rows[0]["matches"][0]["id"] == "fc-3"
    assert rows[1]["matches"][0]["id"] == "fc-2"
    assert len(rows[0]["matches"]) == 2
    assert rows[0]["matches"][0]["score"] >= rows[0]["matches"][1]["score"]


def test_match_claims_refuses_broken_input(imported, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": 1}\n'))
    with pytest.raises(CommandError, match="line 1"):
        call_command("match_claims", "--jsonl", stdout=io.StringIO())


@pytest.mark.parametrize(
    ("line", "message"),
    [
        # An escaped lone surrogate decodes to a str no tokenizer or database can encode.
        ('{"id": 1, "text": "5 % mehr \\ud800"}', "line 2: holds a lone surrogate"),
        # Bytes that are not UTF-8 reach a text stdin as surrogates (surrogateescape).
        ('{"id": 1, "text": "caf\udce9 rose 5%"}', "line 2: not valid UTF-8"),
    ],
)
def test_match_claims_names_the_line_that_is_not_unicode(imported, monkeypatch, line, message):
    ok = json.dumps({"id": 0, "text": "hot water cures flu?"})
    monkeypatch.setattr(sys, "stdin", io.StringIO(ok + "\n" + line + "\n"))
    out = io.StringIO()
    with pytest.raises(CommandError, match=message):
        call_command("match_claims", "--jsonl", stdout=out)
    assert out.getvalue() == ""


def test_published_verdicts_become_earlier_fact_checks(db):
    claim = ClaimFactory(text="Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.")
    reviewer = UserFactory(username="r", roles=["reviewer"])
    editor = UserFactory(username="e", roles=["editor"])
    verdict = verdict_submit(
        claim_id=claim.pk, rating="disputed", rationale="Nein.", claim_version=1, reviewer=reviewer
    )
    verdict_publish(verdict_id=verdict.pk, editor=editor)
    record = FactCheck.objects.get(origin=FactCheck.Origin.VERDICT)
    assert (record.claim_text, record.rating, record.verdict) == (claim.text, "Disputed", verdict)
    items = get_provider("factchecks").search(
        ClaimQuery(text="Arbeitslosigkeit 2023 um 4,9 Prozent gestiegen", language="de"), limit=3
    )
    assert items and items[0].source_key == f"factcheck:verdict:{claim.pk}"


PARAPHRASES = [
    {"id": "p-coffee", "claim": "Drinking coffee every day causes cancer.", "title": ""},
    {"id": "p-shops", "claim": "Coffee shops in the city centre are closing because of new taxes.", "title": ""},
    {"id": "p-moon", "claim": "The moon landing in 1969 was staged in a film studio.", "title": "Was it faked?"},
]


def test_embeddings_are_unit_vectors_that_track_meaning():
    import numpy as np

    from annotations.evidence import embeddings

    vectors = embeddings.encode(
        ["Unemployment doubled last year.", "Joblessness rose twofold in the past year.", "The cat sat on the mat."]
    )
    assert vectors.shape == (3, embeddings.DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    same, unrelated = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > unrelated + 0.3, (same, unrelated)
    restored = embeddings.from_bytes(embeddings.to_bytes(vectors[0]))
    assert restored is not None and np.array_equal(restored, vectors[0])
    assert embeddings.from_bytes(b"") is None and embeddings.from_bytes(b"\x00" * 12) is None


@pytest.fixture
def paraphrases(db, tmp_path):
    path = tmp_path / "paraphrases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in PARAPHRASES))
    out = io.StringIO()
    call_command("import_factchecks", str(path), stdout=out, stderr=io.StringIO())
    assert "Embedded 3 fact-checks" in out.getvalue()
    return path


def test_a_claim_in_other_words_is_matched_by_meaning(paraphrases, settings):
    from annotations.evidence.factchecks import factcheck_index

    query = "A daily cup of java gives you tumours"
    index = factcheck_index()
    assert index is not None and index.semantic
    ((best, score), *_rest) = index.search([query], top=3)[0]
    assert best == "p-coffee" and 0 < score <= 1
    # Words alone share nothing with the right record and prefer the wrong one.
    settings.FACTCHECK_SEMANTIC_MATCHING = False
    lexical = factcheck_index()
    assert lexical is not None and not lexical.semantic
    assert lexical.search([query], top=1)[0][0][0] != "p-coffee"


def test_changed_and_new_fact_checks_are_embedded_again(paraphrases, tmp_path):
    from annotations.evidence import embeddings
    from annotations.evidence.factchecks import factcheck_index

    assert set(FactCheck.objects.values_list("embedding_model", flat=True)) == {embeddings.MODEL_NAME}
    before = bytes(FactCheck.objects.get(external_id="p-moon").claim_embedding)
    changed = [dict(PARAPHRASES[2], claim="Neil Armstrong never walked on the moon.")]
    path = tmp_path / "changed.jsonl"
    path.write_text(json.dumps(changed[0]))
    call_command("import_factchecks", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    moon = FactCheck.objects.get(external_id="p-moon")
    assert moon.embedding_model == embeddings.MODEL_NAME and bytes(moon.claim_embedding) != before
    # A record without a headline takes its claim's vector for the headline.
    coffee = FactCheck.objects.get(external_id="p-coffee")
    assert bytes(coffee.title_embedding) == bytes(coffee.claim_embedding)
    # Own verdicts arrive without embeddings and get them when the index is next built.
    FactCheck.objects.filter(external_id="p-shops").update(embedding_model="", claim_embedding=None)
    index = factcheck_index()
    assert index is not None and index.semantic
    assert FactCheck.objects.filter(embedding_model="").count() == 0


def test_same_claim_key_ignores_case_quotes_and_punctuation():
    from annotations.evidence.matching import same_claim_key

    original = 'Immigrants "invaded" a beach, leaving beachgoers "shocked."'
    copy = "Immigrants 'invaded' a beach, leaving beachgoers ‘shocked’."
    assert same_claim_key(original) == same_claim_key(copy) == "immigrants invaded a beach leaving beachgoers shocked"
    assert same_claim_key("A video shows a shark.") != same_claim_key("A video shows a whale.")
    assert same_claim_key("Fake photo.") == "", "too short to call two records the same claim"


def test_records_of_the_same_claim_share_the_best_score_and_the_earliest_leads():
    from annotations.evidence.matching import FactCheckIndex

    records = [
        ("vc-1", 'Werner Herzog said: "Dear America: you are waking up as Germany once did."', "Herzog quote"),
        ("vc-2", "Drinking hot water cures the flu within a day.", "Hot water and the flu"),
        ("vc-3", "Werner Herzog said: 'Dear America: You are waking up as Germany once did.'", "Did Herzog say it?"),
    ]
    query = "Werner Herzog: 'Dear America: You are waking up as Germany once did' #quote"
    for order in ([0, 1, 2], [2, 1, 0]):
        listed = [records[i] for i in order]
        (matches,) = FactCheckIndex.build(listed).search([query], top=3)
        copies = [listed[0][0], listed[2][0]]
        assert [ext for ext, _ in matches[:2]] == copies, "the earliest recorded copy comes first"
        assert matches[0][1] == matches[1][1] > matches[2][1]


def test_a_tweet_trailer_keeps_who_and_when_but_not_the_handle_or_links():
    from annotations.evidence.matching import clean

    tweet = "Our REAL problem is dating. https://t.co/5EmQ — Ann Coulter (@AnnCoulter) January 26, 2017"
    words = clean(tweet).split()
    assert words == ["Our", "REAL", "problem", "is", "dating.", "Ann", "Coulter", "January", "26,", "2017"]
    assert clean("#Breaking news from @reuters").split() == ["Breaking", "news", "from", "reuters"]
