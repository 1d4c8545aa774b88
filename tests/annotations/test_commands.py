import csv
import io

import pytest
from django.core.management import CommandError, call_command

from annotations.models import Article, Claim, LibraryDocument, LibraryPassage
from annotations.services.reviews import verdict_submit
from tests.factories import ClaimFactory, UserFactory


def test_submit_article_reports_claims_and_lookups(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Der Umsatz stieg 2023 um 12 Prozent. Schön.", encoding="utf-8")
    out = io.StringIO()
    call_command("submit_article", str(path), "--title", "Umsatz", stdout=out)
    assert "1 claims, 2 evidence lookups queued" in out.getvalue()
    assert Article.objects.get().language == "de"


def test_submit_article_refuses_invalid_utf8_and_stores_nothing(db, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Umsatz \xff\xfe stieg")
    with pytest.raises(CommandError, match="not valid UTF-8"):
        call_command("submit_article", str(path), "--title", "X")
    assert not Article.objects.exists()


def test_submit_article_drops_a_byte_order_mark_and_reads_utf16(db, tmp_path):
    text = "Der Umsatz stieg 2023 um 4,9 Prozent."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    for name in ("bom.txt", "utf16.txt"):
        call_command("submit_article", str(tmp_path / name), "--title", name, stdout=io.StringIO())
    assert list(Article.objects.order_by("id").values_list("text", flat=True)) == [text, text]
    assert Claim.objects.filter(start=0).count() == 2  # offsets count from the text, not the mark


def test_submit_article_refuses_a_missing_file(db):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("submit_article", "/nonexistent/file.txt", "--title", "X")


def test_import_library_skips_unchanged_files_and_reports_unreadable_ones(db, tmp_path):
    (tmp_path / "good.md").write_text("---\ntitle: Good\nlanguage: en\n---\nInflation was 3% in 2024.\n")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Page</title><script>var x=1;</script></head><body><p>GDP grew 2%.</p></body></html>"
    )
    (tmp_path / "broken.txt").write_bytes(b"\xc3\x28bad")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_library", str(tmp_path), stdout=out, stderr=err)
    assert "2 imported" in out.getvalue()
    assert "1 failed" in out.getvalue()
    assert "broken.txt" in err.getvalue()
    assert set(LibraryDocument.objects.values_list("title", flat=True)) == {"Good", "Page"}
    assert "var x" not in " ".join(LibraryPassage.objects.values_list("text", flat=True))
    out = io.StringIO()
    call_command("import_library", str(tmp_path), stdout=out, stderr=io.StringIO())
    assert "2 unchanged" in out.getvalue()
    assert LibraryDocument.objects.count() == 2


def test_import_library_reads_markdown_as_the_text_a_reader_sees(db, tmp_path):
    (tmp_path / "briefing.md").write_text(
        "---\nlanguage: en\n---\n# Engineering graduates in *China*\n\n"
        "In 2020 China produced **twice as many** engineers as the [United States](https://example.org/us).\n\n"
        "- Tokyo Electron fell 4.9%\n- ASML fell 2%\n\n| country | graduates |\n|---|---|\n| China | 1.4 million |\n"
    )
    call_command("import_library", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    document = LibraryDocument.objects.get()
    text = "\n\n".join(LibraryPassage.objects.order_by("position").values_list("text", flat=True))
    assert document.title == "Engineering graduates in China"
    assert text.startswith("Engineering graduates in China")
    assert "twice as many engineers as the United States." in text
    assert "Tokyo Electron fell 4.9%" in text and "1.4 million" in text
    for syntax in ("#", "*", "[", "](", "https://example.org", "|", "---"):
        assert syntax not in text


def test_import_library_names_the_file_types_it_skipped_and_ignores_hidden_files(db, tmp_path):
    (tmp_path / "report.md").write_text("Inflation was 3% in 2024.\n")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Not a document.")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_library", str(tmp_path), stdout=out, stderr=err)
    assert "1 imported" in out.getvalue()
    assert "Skipped 2 file(s)" in err.getvalue()
    assert ".pdf (1)" in err.getvalue() and ".xlsx (1)" in err.getvalue()
    assert list(LibraryDocument.objects.values_list("origin", flat=True)) == [str(tmp_path / "report.md")]


def test_import_library_fails_when_a_folder_holds_no_readable_file(db, tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    err = io.StringIO()
    with pytest.raises(CommandError, match="No file of a type the library reads"):
        call_command("import_library", str(tmp_path), stdout=io.StringIO(), stderr=err)
    assert ".pdf (1)" in err.getvalue()


def test_import_library_reads_byte_order_marks_and_declared_html_charsets(db, tmp_path):
    # Windows editors save UTF-8 with a byte order mark (front matter must still be read)
    # and "Unicode" text as UTF-16; archived pages are often Latin-1 / windows-1252.
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbf---\ntitle: With BOM\n---\nInflation was 3% in 2024.\n")
    (tmp_path / "notes.txt").write_bytes("Die Löhne stiegen 2024 um 3 %.".encode("utf-16"))
    (tmp_path / "legacy.html").write_bytes(
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        b"<title>Caf\xe9</title></head><body>"
        b"<p>M\xfcller: \x84Die Preise stiegen 2020 um 4,9 Prozent\x93 \x96 10 \x80.</p></body></html>"
    )
    # Re-saved as UTF-8 with the old declaration left in: the bytes are believed.
    (tmp_path / "resaved.html").write_bytes(
        '<meta charset="iso-8859-1"><title>Über</title><p>Die Zahl stieg 2021 um 2 %.</p>'.encode()
    )
    (tmp_path / "undeclared.html").write_bytes(b"<p>caf\xe9 2020</p>")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_library", str(tmp_path), stdout=out, stderr=err)
    assert "4 imported" in out.getvalue() and "1 failed" in out.getvalue()
    assert "undeclared.html: not valid UTF-8" in err.getvalue()
    assert "needs a <meta charset> declaration" in err.getvalue()
    texts = {d.title: d.passages.get().text for d in LibraryDocument.objects.all()}
    assert texts == {
        "With BOM": "Inflation was 3% in 2024.",
        "notes": "Die Löhne stiegen 2024 um 3 %.",
        "Café": "Müller: „Die Preise stiegen 2020 um 4,9 Prozent“ – 10 €.",
        "Über": "Die Zahl stieg 2021 um 2 %.",
    }


def test_import_library_jsonl_holds_many_documents(db, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "title": "A", "text": "One 1."}\n{"id": "b", "text": "Two 2."}\n')
    call_command("import_library", str(path), stdout=io.StringIO())
    assert LibraryDocument.objects.count() == 2


def test_export_verdicts_csv_writes_current_verdicts_only(db, tmp_path):
    claim = ClaimFactory(text="Ümläute und 🎉 stiegen um 5 Prozent.")
    user = UserFactory(roles=["reviewer"])
    verdict_submit(claim_id=claim.pk, rating="disputed", rationale="first", claim_version=1, reviewer=user)
    verdict_submit(claim_id=claim.pk, rating="verified", rationale="second", claim_version=2, reviewer=user)
    target = tmp_path / "out.csv"
    call_command("export_verdicts", "--format", "csv", "--out", str(target), stderr=io.StringIO())
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert len(rows) == 1
    assert rows[0]["rating"] == "verified"
    assert rows[0]["verdict_history_count"] == "2"
    assert rows[0]["quote"] == "Ümläute und 🎉 stiegen um 5 Prozent."


def test_export_verdicts_filters_by_rating(db, tmp_path):
    user = UserFactory(roles=["reviewer"])
    for rating in ("verified", "disputed"):
        claim = ClaimFactory()
        verdict_submit(claim_id=claim.pk, rating=rating, rationale="r", claim_version=1, reviewer=user)
    target = tmp_path / "out.csv"
    call_command("export_verdicts", "--rating", "disputed", "--out", str(target), stderr=io.StringIO())
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert [r["rating"] for r in rows] == ["disputed"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "claimreview", "annotations"])
def test_export_verdicts_progress_counts_rows_and_ends_at_100(db, tmp_path, fmt):
    user = UserFactory(roles=["reviewer"])
    for _ in range(3):
        claim = ClaimFactory()
        verdict_submit(claim_id=claim.pk, rating="verified", rationale="r", claim_version=1, reviewer=user)
    err = _Terminal()
    call_command("export_verdicts", "--format", fmt, "--out", str(tmp_path / "out"), stderr=err)
    steps = [int(part.split("%")[0].split("]")[-1]) for part in err.getvalue().split("\r") if "%" in part]
    assert steps[-1] == 100 and max(steps[:-1]) <= 99
    assert steps == sorted(steps)
    assert "100% of 3 rows" in err.getvalue()


def test_load_demo_runs_twice_and_prints_passwords(db):
    first = io.StringIO()
    call_command("load_demo", stdout=first, stderr=io.StringIO())
    second = io.StringIO()
    call_command("load_demo", stdout=second, stderr=io.StringIO())
    assert Article.objects.count() == 1
    assert "Demo article already loaded." in second.getvalue()
    assert "reviewer" in second.getvalue()
    assert "4 unchanged" in second.getvalue()


def test_submit_article_names_an_earlier_article_of_the_same_text(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Der Umsatz stieg 2023 um 12 Prozent.", encoding="utf-8")
    call_command("submit_article", str(path), "--title", "Erst", stdout=io.StringIO(), stderr=io.StringIO())
    first = Article.objects.get()
    out, err = io.StringIO(), io.StringIO()
    call_command("submit_article", str(path), "--title", "Zweit", stdout=out, stderr=err)
    assert Article.objects.count() == 2
    assert f"The same text was submitted before as article {first.pk} (“Erst”)" in err.getvalue()
