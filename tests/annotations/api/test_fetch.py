"""SSRF guard for fetching articles by URL: only public addresses, re-checked on redirects."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from annotations.evidence.fetch import FetchRefused, fetch_public_url, is_public_address
from annotations.models import Article


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_non_public_addresses_are_refused(address):
    assert not is_public_address(address)


def test_public_addresses_are_allowed():
    assert is_public_address("93.184.216.34")
    assert is_public_address("2606:4700::1111")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/admin/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://10.0.0.5/internal",
    ],
)
def test_fetch_refuses_private_targets_before_connecting(url):
    with pytest.raises(FetchRefused):
        fetch_public_url(url, max_bytes=1000, timeout=2)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://x/", "ftp://example.org/"])
def test_fetch_refuses_non_web_schemes(url):
    with pytest.raises(FetchRefused):
        fetch_public_url(url, max_bytes=1000, timeout=2)


# Pages whose encoding is not UTF-8 or is declared in the page rather than by the server.
PAGES = {
    "/latin": ("text/html", b'<meta charset="windows-1252"><p>M\xfcller: \x84Plus 4,9 %\x93 \x80</p>'),
    "/resaved": ("text/html", '<meta charset="iso-8859-1"><p>Müller: 4,9 %</p>'.encode()),
    "/header": ("text/html; charset=iso-8859-1", b'<meta charset="utf-8"><p>M\xfcller</p>'),
    "/bom": ("text/plain", "\ufeffMüller".encode("utf-16")),
}


class Site:
    """A local site: / serves an article, /redirect sends the fetcher to a private address."""

    def __init__(self):
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", "http://10.0.0.1/secret")
                    self.end_headers()
                    return
                content_type = "text/html; charset=utf-8"
                if self.path == "/big":
                    body = b"<p>" + b"x" * 5000 + b"</p>"
                elif self.path in PAGES:
                    content_type, body = PAGES[self.path]
                else:
                    body = b"<html><title>Seite</title><p>Die Inflation stieg 2022 um 7,9 Prozent.</p></html>"
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


def test_redirect_to_a_private_address_is_refused_even_from_an_allowed_host(site):
    with pytest.raises(FetchRefused, match=r"10\.0\.0\.1"):
        fetch_public_url(f"{site.base}/redirect", max_bytes=10_000, timeout=5, allowed_addresses=["127.0.0.1"])


def test_size_limit(site):
    from annotations.evidence.fetch import FetchError

    with pytest.raises(FetchError, match="larger than"):
        fetch_public_url(f"{site.base}/big", max_bytes=1000, timeout=5, allowed_addresses=["127.0.0.1"])


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/latin", "Müller: „Plus 4,9 %“ €"),  # the page's own <meta> declaration
        ("/resaved", "Müller: 4,9 %"),  # valid UTF-8 beats a stale Latin-1 declaration
        ("/header", "Müller"),  # the server's charset beats the page's
        ("/bom", "Müller"),  # a byte order mark beats everything
    ],
)
def test_fetch_decodes_the_page_the_way_it_declares(site, path, text):
    page = fetch_public_url(f"{site.base}{path}", max_bytes=10_000, timeout=5, allowed_addresses=["127.0.0.1"])
    assert text in page.text
    assert "\ufffd" not in page.text


def test_api_url_submission_is_off_by_default(api):
    response = api("submit").post(
        "/api/v1/articles/", json.dumps({"url": "https://example.org/a"}), content_type="application/json"
    )
    assert response.status_code == 400
    assert "disabled" in json.dumps(response.json())


@override_settings(ARTICLE_URL_FETCH=True)
def test_api_url_submission_refuses_private_targets(api):
    response = api("submit").post(
        "/api/v1/articles/", json.dumps({"url": "http://169.254.169.254/latest/"}), content_type="application/json"
    )
    assert response.status_code == 422
    assert "non-public" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_api_url_submission_fetches_when_enabled(api, site):
    with override_settings(ARTICLE_URL_FETCH=True, ARTICLE_FETCH_ALLOWED_ADDRESSES=["127.0.0.1"]):
        response = api("submit").post(
            "/api/v1/articles/", json.dumps({"url": f"{site.base}/a"}), content_type="application/json"
        )
    assert response.status_code == 201, response.content
    article = Article.objects.get()
    assert article.title == "Seite"
    assert article.text == "Die Inflation stieg 2022 um 7,9 Prozent."
