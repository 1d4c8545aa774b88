"""Fetching a web page for an article, guarded against server-side request forgery.

Only public addresses are reached: every address a host name resolves to is checked
before connecting (loopback, private, link-local — which holds the cloud metadata
service —, carrier-grade NAT, multicast and reserved ranges are refused), and because the
check sits in the connection itself, it runs again for every redirect. Size and time are
limited. Operators may allow specific extra addresses (ARTICLE_FETCH_ALLOWED_ADDRESSES).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from annotations.encodings import decode_page


class FetchError(Exception):
    """The page could not be fetched; the message says why, for the API client."""


class FetchRefused(FetchError):
    """The URL points at an address this server must not reach."""


@dataclass(frozen=True)
class Page:
    url: str
    content_type: str
    text: str


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _guarded_connect(allowed: frozenset[str]) -> Any:
    def create_connection(address: tuple[str, int], timeout: Any = None, source_address: Any = None) -> socket.socket:
        host, port = address
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(f"The host {host!r} could not be resolved.") from exc
        addresses = [str(info[4][0]) for info in infos]
        refused = [a for a in addresses if not is_public_address(a) and a not in allowed]
        if refused or not addresses:
            raise FetchRefused(f"{host} resolves to a non-public address ({', '.join(refused)}); refused.")
        last: OSError | None = None
        for family, kind, proto, _, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            sock.settimeout(timeout)
            try:
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                last = exc
                sock.close()
        raise FetchError(f"Could not connect to {host}: {last}")

    return create_connection


def _handlers(allowed: frozenset[str]) -> Iterable[urllib.request.BaseHandler]:
    connect = _guarded_connect(allowed)

    class GuardedHTTPConnection(http.client.HTTPConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class GuardedHTTPSConnection(http.client.HTTPSConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(GuardedHTTPConnection, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(GuardedHTTPSConnection, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 5

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            if urlparse(newurl).scheme not in {"http", "https"}:
                raise FetchRefused(f"Redirect to a non-web URL refused: {newurl}")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return [HTTPHandler(), HTTPSHandler(), Redirects()]


def fetch_public_url(url: str, *, max_bytes: int, timeout: float, allowed_addresses: Iterable[str] = ()) -> Page:
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise FetchRefused("Only absolute http and https URLs can be fetched.")
    opener = urllib.request.OpenerDirector()
    for handler in [*_handlers(frozenset(allowed_addresses)), urllib.request.HTTPErrorProcessor()]:
        opener.add_handler(handler)
    headers = {"User-Agent": "factcheck-fetch/1", "Accept": "text/html,text/plain"}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - scheme checked above
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in {"text/html", "text/plain", "application/xhtml+xml"}:
                raise FetchError(f"The page is {content_type}, not HTML or text.")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"The page is larger than {max_bytes} bytes.")
                if time.monotonic() > deadline:
                    raise FetchError(f"The page took longer than {timeout:g} seconds to arrive.")
                chunks.append(chunk)
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"The page answered HTTP {exc.code}.") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, FetchError):
            raise exc.reason from exc
        raise FetchError(f"The page could not be fetched: {exc.reason}") from exc
    except (TimeoutError, OSError) as exc:
        if isinstance(exc, FetchError):
            raise
        raise FetchError(f"The page could not be fetched: {exc}") from exc
    text = decode_page(b"".join(chunks), charset, html=content_type != "text/plain")
    return Page(url=final_url, content_type=content_type, text=text)
