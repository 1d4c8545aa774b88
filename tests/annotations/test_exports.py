"""Every export format parsed back, offsets checked against the text, filters exact."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from pyld import jsonld

from annotations.models import Claim, Verdict
from annotations.services.reviews import verdict_publish, verdict_submit
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory

TEXT = "Ümläute zuerst 🎉👩‍👩‍👧. Laut Müller stieg der Umsatz 2023 um 12,5 Prozent. Danach nichts."
QUOTE = "der Umsatz 2023 um 12,5 Prozent"

# Local stand-ins for the remote JSON-LD contexts (no network in tests): they map the
# terms the exports use onto the same IRIs the published contexts do.
SCHEMA_CONTEXT = {"@context": {"@vocab": "https://schema.org/"}}
ANNO_CONTEXT = {
    "@context": {
        "oa": "http://www.w3.org/ns/oa#",
        "dc": "http://purl.org/dc/terms/",
        "as": "https://www.w3.org/ns/activitystreams#",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "id": "@id",
        "type": "@type",
        "Annotation": "oa:Annotation",
        "AnnotationCollection": "as:OrderedCollection",
        "TextualBody": "oa:TextualBody",
        "TextQuoteSelector": "oa:TextQuoteSelector",
        "TextPositionSelector": "oa:TextPositionSelector",
        "Person": "foaf:Person",
        "items": {"@id": "as:items", "@type": "@id", "@container": "@list"},
        "label": "rdfs:label",
        "motivation": {"@id": "oa:motivatedBy", "@type": "@vocab"},
        "purpose": {"@id": "oa:hasPurpose", "@type": "@vocab"},
        "assessing": "oa:assessing",
        "commenting": "oa:commenting",
        "body": {"@id": "oa:hasBody", "@type": "@id"},
        "target": {"@id": "oa:hasTarget", "@type": "@id"},
        "source": {"@id": "oa:hasSource", "@type": "@id"},
        "selector": {"@id": "oa:hasSelector", "@type": "@id"},
        "value": "rdf:value",
        "format": "dc:format",
        "language": "dc:language",
        "exact": "oa:exact",
        "prefix": "oa:prefix",
        "suffix": "oa:suffix",
        "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
        "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"},
        "created": {"@id": "dc:created", "@type": "xsd:dateTime"},
        "creator": {"@id": "dc:creator", "@type": "@id"},
        "nickname": "foaf:nick",
    }
}
CONTEXTS = {"https://schema.org": SCHEMA_CONTEXT, "http://www.w3.org/ns/anno.jsonld": ANNO_CONTEXT}


def local_loader(url, options=None):
    key = url.rstrip("/")
    if key not in CONTEXTS:
        raise jsonld.JsonLdError(f"no local context for {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXTS[key]}


@pytest.fixture
def data(db):
    reviewer = UserFactory(username="rita", roles=["reviewer"])
    editor = UserFactory(username="eddie", roles=["editor"])
    article = ArticleFactory(
        title="Umsatz", text=TEXT, url="https://example.org/umsatz", source="Zeitung", language="de"
    )
    start = TEXT.index(QUOTE)
    published = ClaimFactory(article=article, text=QUOTE, start=start, end=start + len(QUOTE), speaker="Müller")
    evidence = EvidenceFactory(lookup__claim=published, url="https://destatis.example/umsatz")
    first = verdict_submit(
        claim_id=published.pk, rating="disputed", rationale="Erst falsch.", claim_version=1, reviewer=reviewer
    )
    current = verdict_submit(
        claim_id=published.pk,
        rating="verified",
        rationale="Destatis bestätigt 12,5 %.",
        claim_version=2,
        cited_evidence_ids=[evidence.pk],
        reviewer=reviewer,
    )
    verdict_publish(verdict_id=current.pk, editor=editor)
    draft_claim = ClaimFactory(
        article=ArticleFactory(language="en"), language="en", text="Exports rose 4 percent in 2023."
    )
    draft = verdict_submit(
        claim_id=draft_claim.pk, rating="misleading", rationale="Partly.", claim_version=1, reviewer=editor
    )
    return {
        "article": article,
        "published": published,
        "evidence": evidence,
        "first": first,
        "current": current,
        "draft_claim": draft_claim,
        "draft": draft,
    }


def export(*args):
    out = io.StringIO()
    call_command("export_verdicts", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_csv_parses_back_with_exact_code_point_offsets(data):
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv"))))
    assert len(rows) == 2
    row = next(r for r in rows if r["claim_id"] == str(data["published"].pk))
    assert row["quote"] == QUOTE
    assert TEXT[int(row["start"]) : int(row["end"])] == QUOTE
    assert row["rating"] == "verified"
    assert row["rationale"] == "Destatis bestätigt 12,5 %."
    assert row["speaker"] == "Müller"
    assert row["reviewer"] == "rita"
    assert row["cited_evidence_urls"] == "https://destatis.example/umsatz"
    assert row["verdict_history_count"] == "2"
    assert row["article_url"] == "https://example.org/umsatz"
    assert row["verdict_published_at"]


def test_jsonl_has_one_object_per_current_verdict(data):
    lines = [json.loads(line) for line in export("--format", "jsonl").splitlines()]
    assert {line["rating"] for line in lines} == {"verified", "misleading"}
    published = next(line for line in lines if line["claim_id"] == data["published"].pk)
    assert published["cited_evidence_urls"] == ["https://destatis.example/umsatz"]
    assert TEXT[published["start"] : published["end"]] == published["quote"]


GOOGLE_REQUIRED = {"claimReviewed", "reviewRating", "url", "author"}
GOOGLE_RECOMMENDED = {"datePublished", "itemReviewed"}


def test_claimreview_has_googles_required_and_recommended_fields_and_parses_as_json_ld(data):
    document = json.loads(export("--format", "claimreview"))
    reviews = document["@graph"]
    assert len(reviews) == 2
    review = next(r for r in reviews if r["@id"].endswith(f"/claims/{data['published'].pk}/#claimreview"))
    assert set(review) >= GOOGLE_REQUIRED | GOOGLE_RECOMMENDED
    assert review["@type"] == "ClaimReview"
    assert len(review["claimReviewed"]) <= 75
    assert review["itemReviewed"]["text"] == QUOTE
    rating = review["reviewRating"]
    assert rating["alternateName"] == "Verified"
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (5, 5, 1)
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["appearance"]["url"] == "https://example.org/umsatz"
    assert item["author"] == {"@type": "Person", "name": "Müller"}
    assert item["datePublished"]
    expanded = jsonld.expand(document, {"documentLoader": local_loader})
    types = (
        {t for node in expanded[0]["@graph"] for t in node["@type"]}
        if "@graph" in expanded[0]
        else {t for node in expanded for t in node["@type"]}
    )
    assert "https://schema.org/ClaimReview" in types


def test_claimreview_names_an_institution_that_made_the_claim_an_organization(data):
    Claim.objects.filter(pk=data["published"].pk).update(speaker="Statistisches Bundesamt", speaker_type="Organization")
    document = json.loads(export("--format", "claimreview"))
    (review,) = [r for r in document["@graph"] if r["itemReviewed"].get("author")]
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Statistisches Bundesamt"}


def test_claimreview_ids_are_stable_across_exports_and_verdicts(data):
    before = {r["@id"] for r in json.loads(export("--format", "claimreview"))["@graph"]}
    verdict_submit(
        claim_id=data["published"].pk,
        rating="disputed",
        rationale="Korrektur.",
        claim_version=3,
        reviewer=UserFactory(username="x", roles=["reviewer"]),
    )
    after = {r["@id"] for r in json.loads(export("--format", "claimreview"))["@graph"]}
    assert before == after


def test_long_quotes_are_summarised_to_75_characters():
    from annotations.exports.claimreview import summarise

    summary = summarise(
        "Die Arbeitslosigkeit ist im vergangenen Jahr in allen sechzehn Bundesländern deutlich gestiegen."
    )
    assert len(summary) <= 75
    assert summary.endswith("…")


def test_web_annotations_have_quote_and_position_selectors_in_code_points(data):
    document = json.loads(export("--format", "annotations"))
    annotation = next(a for a in document["items"] if a["id"].endswith(f"/claims/{data['published'].pk}/#annotation"))
    assert annotation["motivation"] == "assessing"
    quote, position = annotation["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    assert TEXT[position["start"] : position["end"]] == quote["exact"] == QUOTE
    assert TEXT[: position["start"]].endswith(quote["prefix"])
    assert TEXT[position["end"] :].startswith(quote["suffix"])
    assert "🎉" in quote["prefix"] or "Müller" in quote["prefix"]
    assert annotation["body"][0]["value"] == "Verified"
    expanded = jsonld.expand(document, {"documentLoader": local_loader})
    flat = json.dumps(expanded)
    assert "http://www.w3.org/ns/oa#TextPositionSelector" in flat
    assert "http://www.w3.org/ns/oa#assessing" in flat


def test_audit_trail_lists_every_change_with_old_and_new_values(data):
    rows = list(csv.DictReader(io.StringIO(export("--format", "audit"))))
    published = [r for r in rows if r["claim_id"] == str(data["published"].pk)]
    assert [r["kind"] for r in published] == ["verdict", "verdict", "verdict_published"]
    assert json.loads(published[1]["old"])["status"] == "disputed"
    assert json.loads(published[1]["new"])["rating"] == "verified"
    assert published[1]["cited_evidence"] == str(data["evidence"].pk)
    assert published[2]["actor"] == "eddie"
    lines = [json.loads(line) for line in export("--format", "audit-jsonl").splitlines()]
    assert len(lines) == len(rows)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], {"published", "draft_claim"}),
        (["--published"], {"published"}),
        (["--rating", "misleading"], {"draft_claim"}),
        (["--language", "en"], {"draft_claim"}),
        (["--status", "verified"], {"published"}),
        (["--reviewer", "eddie"], {"draft_claim"}),
        (["--since", "2999-01-01"], set()),
        (["--until", "2000-01-01"], set()),
    ],
)
def test_filters_select_exactly_the_right_rows(data, args, expected):
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv", *args))))
    assert {int(r["claim_id"]) for r in rows} == {data[k].pk for k in expected}


def test_article_filter(data):
    rows = list(csv.DictReader(io.StringIO(export("--article", str(data["article"].pk)))))
    assert [int(r["claim_id"]) for r in rows] == [data["published"].pk]


def test_bad_filters_are_clear_errors(data):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="--since must be a date"):
        export("--since", "yesterday")
    with pytest.raises(CommandError, match="--status"):
        export("--status", "nonsense")


def test_export_to_file_is_atomic(data, tmp_path):
    target = tmp_path / "out.jsonld"
    call_command("export_verdicts", "--format", "claimreview", "--out", str(target), stderr=io.StringIO())
    assert json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert not (tmp_path / "out.jsonld.part").exists()


def test_api_export_defaults_to_published_verdicts(data, api):
    response = api("read").get("/api/v1/exports/verdicts?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [int(r["claim_id"]) for r in rows] == [data["published"].pk]


def test_api_export_with_all_verdicts_and_bad_format(data, api):
    client = api("read")
    response = client.get("/api/v1/exports/verdicts?format=jsonl&published=false")
    assert len(b"".join(response.streaming_content).decode().splitlines()) == 2
    assert client.get("/api/v1/exports/verdicts?format=pdf").status_code == 400
    assert client.get("/api/v1/exports/verdicts?format=csv&since=soon").status_code == 400
    # A mistyped filter would export everything, as if filtered.
    response = client.get("/api/v1/exports/verdicts?format=csv&sinse=2024-01-01")
    assert response.status_code == 400
    assert "since" in response.json()["errors"]["sinse"][0]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("rating=disputd", "rating"),
        ("language=german", "language"),
        ("since=2026-02-01&until=2026-01-01", "until"),
    ],
)
def test_filters_that_could_match_nothing_by_mistake_are_400(data, api, query, field):
    response = api("read").get(f"/api/v1/exports/verdicts?format=csv&{query}")
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_a_language_filter_ignores_case(data, api):
    response = api("read").get("/api/v1/exports/verdicts?format=csv&language=EN&published=false")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [int(r["claim_id"]) for r in rows] == [data["draft_claim"].pk]


def test_the_export_page_shows_a_bad_filter_on_its_field(data, client):
    client.force_login(User.objects.get(username="eddie"))
    response = client.get("/exports/", {"format": "csv", "language": "xx", "published": "true"})
    assert response.status_code == 400
    assert "must be an ISO 639-1 code" in response.content.decode()


def test_api_export_needs_read_scope(data, api):
    assert api("submit").get("/api/v1/exports/verdicts?format=csv").status_code == 403


def test_export_page_is_for_editors(data):
    editor, reviewer = Client(), Client()
    editor.force_login(UserFactory(username="ed2", roles=["editor"]))
    reviewer.force_login(UserFactory(username="rev2", roles=["reviewer"]))
    assert reviewer.get("/exports/").status_code == 403
    page = editor.get("/exports/")
    assert page.status_code == 200
    assert "Export verdicts" in page.content.decode()
    response = editor.get("/exports/", {"format": "csv", "published": "false", "rating": "misleading"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [int(r["claim_id"]) for r in rows] == [data["draft_claim"].pk]
    assert editor.get("/exports/", {"format": "csv", "article": "abc"}).status_code == 400


def test_rating_scale_changes_reach_the_claimreview_export(data):
    from annotations.models import Rating

    Rating.objects.filter(slug="verified").update(claimreview_value=7, label="Richtig")
    review = next(
        r for r in json.loads(export("--format", "claimreview"))["@graph"] if r["itemReviewed"]["text"] == QUOTE
    )
    assert review["reviewRating"]["ratingValue"] == 7
    assert review["reviewRating"]["bestRating"] == 7
    assert review["reviewRating"]["alternateName"] == "Richtig"
    assert Verdict.objects.count() == 3
    assert Claim.objects.count() == 2


TRICKY = [
    'Komma, "Zitat" und\nZeilenumbruch stieg 2023 um 5 Prozent.',
    "Ümläute 🎉👩‍👩‍👧 und Tab\tstiegen um 7 Prozent.",
    "Leerzeichen am Ende stiegen um 3 Prozent.   ",
]


def test_postgresql_copy_csv_is_identical_to_the_python_writer(db):
    from django.db import connection
    from django.utils import timezone

    from annotations.exports import pgcopy, tabular
    from annotations.exports.base import ExportContext
    from annotations.exports.rows import COLUMNS
    from annotations.selectors import VerdictFilters, export_rows

    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL's")
    reviewer = UserFactory(username="quoted,user", roles=["reviewer"])
    article = ArticleFactory(
        title='Titel, mit "Anführung"',
        url="",
        source="",
        text=" ".join(TRICKY),
        published_at=timezone.now().replace(microsecond=0),
    )
    cursor = 0
    for i, quote in enumerate(TRICKY):
        start = article.text.index(quote, cursor)
        claim = ClaimFactory(
            article=article, text=quote, start=start, end=start + len(quote), speaker="" if i else "Müller, Anna"
        )
        cursor = start + len(quote)
        first = EvidenceFactory(lookup__claim=claim, url="https://a.example/1")
        second = EvidenceFactory(lookup=first.lookup, url="")
        cited = [first.pk, second.pk][: i + 1]
        verdict_submit(
            claim_id=claim.pk,
            rating="verified" if i else "misleading",
            rationale=f"Grund {i}\nzweite Zeile",
            claim_version=1,
            reviewer=reviewer,
            cited_evidence_ids=cited,
        )
    for filters in (VerdictFilters(), VerdictFilters(rating="misleading"), VerdictFilters(published_only=True)):
        python = "".join(tabular.csv_chunks(export_rows(filters), ExportContext.from_settings()))
        database = "".join(pgcopy.csv_chunks(filters))
        assert database == python
    header = next(csv.reader(io.StringIO(database)))
    assert header == COLUMNS


def test_postgresql_claimreview_matches_the_python_writer(db):
    from django.db import connection
    from django.utils import timezone

    from annotations.exports import claimreview, pgcopy
    from annotations.exports.base import ExportContext
    from annotations.selectors import VerdictFilters, export_rows

    if connection.vendor != "postgresql":
        pytest.skip("built by PostgreSQL")
    reviewer = UserFactory(username="cr", roles=["reviewer"])
    long_quote = (
        "Die Arbeitslosigkeit ist im vergangenen Jahr in allen sechzehn Bundesländern, laut Amt, deutlich gestiegen."
    )
    for i, (quote, url, source, speaker) in enumerate(
        [
            (long_quote, "https://example.org/a", "Zeitung", "Statistisches Bundesamt"),
            ('Kurz, mit "Zitat" und \\ Backslash\nund Zeile 5 %.', "", "", ""),
            ("Ohneleerzeichen" * 8, "", "Blatt", ""),
            ("Steuer\x01satz\x02 \t 19 % 👩\u200d🔬 'quote'\u00a0مرحبا ", "", "", "O'Brien"),
        ]
    ):
        article = ArticleFactory(text=quote, url=url, source=source, published_at=timezone.now() if i == 0 else None)
        claim = ClaimFactory(
            article=article,
            text=quote,
            start=0,
            end=len(quote),
            speaker=speaker,
            # A claim stored before speakers had a type has none: it is written as a Person.
            speaker_type="Organization" if speaker.endswith("amt") else "",
        )
        verdict_submit(
            claim_id=claim.pk, rating="disputed", rationale=f'Grund {i} "q"', claim_version=1, reviewer=reviewer
        )
    context = ExportContext.from_settings()
    python = json.loads("".join(claimreview.chunks(export_rows(VerdictFilters()), context)))
    database = json.loads("".join(pgcopy.claimreview_chunks(VerdictFilters(), context)))
    assert database == python
    assert [list(r) for r in database["@graph"]] == [list(r) for r in python["@graph"]], "same key order"
    assert len(database["@graph"]) == 4
    # Streamed in blocks: any block size gives the same document.
    for flush_bytes in (1, 700, 5000):
        assert json.loads("".join(pgcopy.claimreview_chunks(VerdictFilters(), context, flush_bytes))) == python
    one = VerdictFilters(article_id=article.pk, language="de")
    selected = json.loads("".join(pgcopy.claimreview_chunks(one, context)))
    assert selected == json.loads("".join(claimreview.chunks(export_rows(one), context)))
    assert [r["itemReviewed"]["author"] for r in selected["@graph"]] == [{"@type": "Person", "name": "O'Brien"}]
    authors = [r["itemReviewed"].get("author") for r in database["@graph"]]
    assert {"@type": "Organization", "name": "Statistisches Bundesamt"} in authors


def test_postgresql_summary_matches_python(db):
    """claimReviewed is cut in SQL on PostgreSQL: same whitespace rules and word-boundary cut."""
    import random

    from django.db import connection

    from annotations.exports import claimreview, pgcopy

    if connection.vendor != "postgresql":
        pytest.skip("built by PostgreSQL")
    rng = random.Random(7)
    alphabet = ["a", "ü", "9", ",", ";", ":", "👩", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\x1c", "\u3000"]
    samples = [
        "",
        "   ",
        "Kurz.",
        " Vorne und hinten ",
        "x" * 80,
        "Wort " * 20,
        "Ein Satz, der genau an einem Komma endet und danach noch weitergeht,; bis zum Ende hier",
        "a\u00a0b\u2009c\u3000d",
    ] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(300)]
    summary = pgcopy._summary(pgcopy._norm("t"))
    sql = f"SELECT {summary} FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [samples])
        database = [row[0] for row in cursor.fetchall()]
    assert database == [claimreview.summarise(text) for text in samples]


def test_postgresql_dates_match_isoformat(db):
    import datetime as dt

    from django.db import connection

    from annotations.exports import pgcopy

    if connection.vendor != "postgresql":
        pytest.skip("formatted by PostgreSQL")
    utc = dt.UTC
    stamps = [
        dt.datetime(2026, 11, 29, 5, 30, 51, tzinfo=utc),
        dt.datetime(2026, 11, 29, 5, 30, 51, 120000, tzinfo=utc),
        dt.datetime(1999, 1, 2, 23, 59, 59, 1, tzinfo=utc),
        dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    ]
    sql = f"SELECT {pgcopy._iso('t')} FROM unnest(%s::timestamptz[]) WITH ORDINALITY AS u(t, i) ORDER BY i"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [stamps])
        assert [row[0] for row in cursor.fetchall()] == [s.astimezone(utc).isoformat() for s in stamps]
        cursor.execute(f"SELECT {pgcopy._iso('NULL::timestamptz')}")
        assert cursor.fetchone()[0] is None
