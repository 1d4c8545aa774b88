import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from annotations.models import Article, Claim, EvidenceLookup
from annotations.services.articles import article_submit

TEXT = "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent. Ist das schlimm? Tokyo Electron verlor 3 Prozent."


def test_article_submit_stores_claims_and_one_lookup_per_claim_and_provider(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = article_submit(title="Arbeitsmarkt", text=TEXT)
    assert article.language == "de"
    claims = list(article.claims.all())
    assert [c.text for c in claims] == [
        "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent.",
        "Tokyo Electron verlor 3 Prozent.",
    ]
    assert all(c.status == Claim.Status.RESEARCHING for c in claims)
    assert EvidenceLookup.objects.filter(claim__article=article, provider="library").count() == 2
    assert EvidenceLookup.objects.filter(claim__article=article, provider="factchecks").count() == 2
    assert not EvidenceLookup.objects.filter(provider__in=["wikipedia", "google"]).exists(), "off until configured"
    assert article.lookups_total == 4
    assert article.status == Article.Status.PROCESSING
    assert len(callbacks) == 1, "lookups are sent to the broker only after commit"


def test_article_without_claims_is_processed_at_once(db):
    article = article_submit(title="Meinung", text="Ich finde das schön. Wirklich?")
    assert article.claims.count() == 0
    assert article.status == Article.Status.PROCESSED


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": "   \n "}, "text", "empty"),
        ({"text": "abc\x00def"}, "text", "NUL"),
        ({"text": "bad \ud800 surrogate"}, "text", "surrogates"),
        ({"title": "  "}, "title", "title is required"),
        ({"language": "german!"}, "language", "ISO 639-1"),
    ],
)
def test_article_submit_rejects_bad_input_and_stores_nothing(db, fields, field, message):
    kwargs = {"title": "T", "text": TEXT, **fields}
    with pytest.raises(ValidationError) as excinfo:
        article_submit(**kwargs)
    assert message in " ".join(excinfo.value.message_dict[field])
    assert Article.objects.count() == 0


@override_settings(ARTICLE_MAX_CHARS=20)
def test_article_submit_rejects_text_over_the_limit(db):
    with pytest.raises(ValidationError) as excinfo:
        article_submit(title="T", text=TEXT)
    assert "limit is 20" in excinfo.value.message_dict["text"][0]
    assert Article.objects.count() == 0


def test_article_text_is_stored_nfc_normalised(db):
    article = article_submit(title="T", text="Mu\u0308ller sagte, der Umsatz stieg 2023 um 5 Prozent.")
    assert article.text.startswith("Müller")
    claim = article.claims.get()
    assert article.text[claim.start : claim.end] == claim.text


@override_settings(EVIDENCE_PROVIDERS=["library", "nonexistent"])
def test_unknown_provider_in_settings_is_an_error_not_a_silent_skip(db):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="nonexistent"):
        article_submit(title="T", text=TEXT)


def test_claims_keep_their_speaker_and_its_schema_org_type(db):
    text = (
        "Laut Statistischem Bundesamt stieg die Inflation 2022 um 7,9 Prozent. "
        "Ministerin Anna Weber sagte, dass die Löhne 2023 um 5 Prozent stiegen. "
        "Die Mieten stiegen 2023 um 6 Prozent."
    )
    article = article_submit(title="Preise", text=text)
    assert [(c.speaker, c.speaker_type) for c in article.claims.order_by("start")] == [
        ("Statistisches Bundesamt", "Organization"),
        ("Anna Weber", "Person"),
        ("", ""),
    ]


def test_a_speaker_the_article_calls_a_firm_is_stored_as_an_organisation(db):
    text = (
        "Der japanische Chipkonzern Tokyo Electron legte am Dienstag Zahlen vor. "
        "Tokyo Electron teilte mit, der Umsatz sei 2023 um 4,9 Prozent gesunken."
    )
    article = article_submit(title="Chips", text=text)
    assert [(c.speaker, c.speaker_type) for c in article.claims.exclude(speaker="")] == [
        ("Tokyo Electron", "Organization")
    ]


BRIEF = (
    "La Policía Nacional ha detenido a 15 personas en Madrid por estafar 2 millones de euros a 300 ancianos. "
    "Según fuentes policiales, la red operaba desde 2021."
)


def test_a_short_article_is_weighed_as_news_not_as_a_post(db):
    article = article_submit(title="Estafa", text=BRIEF, language="es")
    assert [c.text for c in article.claims.order_by("start")] == [
        "La Policía Nacional ha detenido a 15 personas en Madrid por estafar 2 millones de euros a 300 ancianos.",
        "Según fuentes policiales, la red operaba desde 2021.",
    ]


def test_a_short_text_of_unknown_genre_is_weighed_as_a_post():
    from annotations.extraction import extract

    claims = extract(BRIEF, language="es").claims  # 156 characters: a post's length
    assert [c.text for c in claims] == ["Según fuentes policiales, la red operaba desde 2021."]
