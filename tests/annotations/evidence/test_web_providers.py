"""Wikipedia and Google Fact Check Tools against local servers replaying their real formats."""

import pytest
from django.core.cache import cache

from annotations.evidence import enabled_providers, get_provider
from annotations.evidence.base import ClaimQuery, ProviderError, TransientProviderError
from annotations.models import Article, EvidenceLookup, ProviderConfig
from annotations.services.articles import article_submit
from annotations.services.evidence import lookup_run
from tests.replay import Replay

CLAIM = ClaimQuery(text="Tokyo Electron verlor an der Börse 4,9 Prozent.", language="de")


@pytest.fixture
def wikipedia(settings):
    server = Replay("wikipedia-search-de.json")
    settings.WIKIPEDIA_API_URL = server.url + "?lang={language}"
    settings.PROVIDER_TIMEOUT = 1.0
    yield server
    server.close()


@pytest.fixture
def google(settings):
    server = Replay("google-claims-search.json")
    settings.GOOGLE_FACTCHECK_URL = server.url
    settings.GOOGLE_FACTCHECK_API_KEY = "test-key"
    settings.PROVIDER_TIMEOUT = 1.0
    yield server
    server.close()


def test_web_providers_are_off_until_configured(db, settings):
    settings.WIKIPEDIA_API_URL = ""
    settings.GOOGLE_FACTCHECK_API_KEY = ""
    assert enabled_providers() == ["library", "factchecks"]


def test_admin_can_switch_a_provider_off_and_configure_one(db, settings, wikipedia):
    assert "wikipedia" in enabled_providers()
    ProviderConfig.objects.create(slug="wikipedia", enabled=False)
    assert "wikipedia" not in enabled_providers()
    ProviderConfig.objects.create(slug="google", enabled=True, api_key="from-admin")
    assert "google" in enabled_providers()


def test_wikipedia_searches_in_the_claims_language_and_ranks_extracts(db, wikipedia):
    items = get_provider("wikipedia").search(CLAIM, limit=5)
    assert [i.source_title for i in items] == ["Tokyo Electron (Wikipedia)", "ASML (Wikipedia)"]
    assert items[0].url == "https://de.wikipedia.org/wiki/Tokyo_Electron"
    request = wikipedia.requests[0]
    assert request["lang"] == ["de"]
    assert request["generator"] == ["search"] and request["prop"] == ["extracts|info"]
    assert "tokyo" in request["gsrsearch"][0].lower() and "4" in request["gsrsearch"][0]


def test_google_fact_check_tools_returns_reviews_with_ratings(db, google):
    query = ClaimQuery(text="In 2020 China graduated twice as many engineers as the US.", language="en")
    (item,) = get_provider("google").search(query, limit=5)
    assert item.rating == "Mostly true"
    assert item.url == "https://check.example.org/2024/11/engineers-china-us"
    assert "Michelle Guida" in item.passage
    assert google.requests[0]["key"] == ["test-key"]
    assert google.requests[0]["languageCode"] == ["en"]


@pytest.mark.parametrize(
    ("status", "body", "headers", "delay", "error", "message"),
    [
        (500, b"oops", {}, 0, TransientProviderError, "HTTP 500"),
        (503, b"", {}, 0, TransientProviderError, "HTTP 503"),
        (429, b"", {"Retry-After": "7"}, 0, TransientProviderError, "429"),
        (200, b"<html>not json</html>", {}, 0, ProviderError, "malformed"),
        (200, b'{"query": {"pages": "nope"}}', {}, 0, ProviderError, "malformed"),
        (200, b'{"error": {"code": "badvalue", "info": "Unrecognized value"}}', {}, 0, ProviderError, "Unrecognized"),
        (403, b"", {}, 0, ProviderError, "refused"),
        (200, b"{}", {}, 2.5, TransientProviderError, "in time"),
    ],
)
def test_wikipedia_errors_are_sorted_into_transient_and_permanent(
    db, wikipedia, status, body, headers, delay, error, message
):
    wikipedia.then(status, body, headers, delay)
    with pytest.raises(error, match=message) as excinfo:
        get_provider("wikipedia").search(CLAIM, limit=5)
    if status == 429:
        assert excinfo.value.retry_after == 7
    if error is ProviderError:
        assert not isinstance(excinfo.value, TransientProviderError)


def test_a_failing_provider_does_not_affect_the_others(db, settings, wikipedia):
    settings.EVIDENCE_PROVIDERS = ["library", "wikipedia"]
    wikipedia.then(200, b"garbage")
    article = article_submit(title="T", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    for lookup in EvidenceLookup.objects.filter(claim__article=article):
        lookup_run(lookup_id=lookup.pk)
    statuses = dict(EvidenceLookup.objects.values_list("provider", "status"))
    assert statuses == {"library": "done", "wikipedia": "failed"}
    assert "malformed" in EvidenceLookup.objects.get(provider="wikipedia").error
    article.refresh_from_db()
    assert (article.status, article.lookups_done, article.lookups_failed) == (Article.Status.PROCESSED, 1, 1)


def test_transient_provider_errors_retry_then_succeed(db, settings, wikipedia):
    settings.EVIDENCE_PROVIDERS = ["wikipedia"]
    wikipedia.then(503, b"")
    article = article_submit(title="T", text="Tokyo Electron verlor an der Börse 4,9 Prozent.")
    lookup = EvidenceLookup.objects.get(claim__article=article)
    assert lookup_run(lookup_id=lookup.pk).status == "retry"
    assert lookup_run(lookup_id=lookup.pk).status == "done"
    lookup.refresh_from_db()
    assert (lookup.attempts, lookup.result_count) == (2, 2)


def test_rate_limit_defers_calls_beyond_the_limit(db, wikipedia):
    cache.clear()
    ProviderConfig.objects.create(slug="wikipedia", rate_limit_per_minute=2)
    provider = get_provider("wikipedia")
    provider.search(CLAIM, limit=5)
    provider.search(CLAIM, limit=5)
    with pytest.raises(TransientProviderError, match="rate limit") as excinfo:
        provider.search(CLAIM, limit=5)
    assert 0 < excinfo.value.retry_after <= 61
    assert len(wikipedia.requests) == 2
