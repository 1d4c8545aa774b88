"""JSON over HTTP for the web providers, with errors sorted into transient and permanent."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from email.utils import parsedate_to_datetime
from typing import Any

from .base import ClaimQuery, EvidenceItem, ProviderError, TransientProviderError
from .config import ProviderSettings
from .ranking import search_text
from .ratelimit import acquire

USER_AGENT = "factcheck-evidence/1 (newsroom fact-checking tool)"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        import datetime as dt

        return max(0.0, (parsedate_to_datetime(value) - dt.datetime.now(dt.UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def get_json(url: str, params: dict[str, Any], *, timeout: float, name: str) -> Any:
    """GET url?params and decode JSON. Timeouts, 429 and 5xx are transient; the rest permanent."""
    full = f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode(params)}"
    if urllib.parse.urlparse(full).scheme not in {"http", "https"}:
        raise ProviderError(f"{name}: the configured URL is not http(s).")
    request = urllib.request.Request(full, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            body = response.read(5 * 1024 * 1024 + 1)
    except urllib.error.HTTPError as exc:
        if exc.code == 429:
            raise TransientProviderError(
                f"{name} is rate-limiting us (HTTP 429).", _retry_after(exc.headers.get("Retry-After"))
            ) from exc
        if exc.code >= 500:
            raise TransientProviderError(f"{name} answered HTTP {exc.code}.") from exc
        raise ProviderError(f"{name} refused the request (HTTP {exc.code}); check its configuration.") from exc
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TransientProviderError(f"{name} did not answer in time or could not be reached ({reason}).") from exc
    if len(body) > 5 * 1024 * 1024:
        raise ProviderError(f"{name} sent an answer larger than 5 MB.")
    try:
        return json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProviderError(f"{name} sent malformed data (not JSON).") from exc


class WebProvider:
    """A provider behind a JSON web API. The claim's heaviest terms go out as the query,
    within the provider's rate limit and timeout; a subclass names the request (`params`,
    and `url` when the address depends on the claim) and reads the answer (`parse`)."""

    slug = ""
    label = ""

    def __init__(self, config: ProviderSettings) -> None:
        self.config = config

    def search(self, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        text = search_text(query.text, query.language)
        if not text:
            return []
        acquire(self.slug, self.config.rate_limit_per_minute)
        data = get_json(self.url(query), self.params(text, query, limit), timeout=self.config.timeout, name=self.label)
        return self.parse(data, query, limit)

    def url(self, query: ClaimQuery) -> str:
        return self.config.base_url

    def params(self, text: str, query: ClaimQuery, limit: int) -> dict[str, str]:
        raise NotImplementedError

    def parse(self, data: Any, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        raise NotImplementedError
