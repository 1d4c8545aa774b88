"""Wikipedia, through the MediaWiki search and extracts API, in the claim's language."""

from __future__ import annotations

from typing import Any

from .base import ClaimQuery, EvidenceItem, ProviderError
from .http import WebProvider
from .ranking import query_terms, relevance


def _parse(data: Any, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
    if not isinstance(data, dict):
        raise ProviderError("Wikipedia sent malformed data (not an object).")
    if "error" in data:
        info = data["error"].get("info", "unknown error") if isinstance(data["error"], dict) else data["error"]
        raise ProviderError(f"Wikipedia reported an error: {info}")
    pages = (data.get("query") or {}).get("pages") or []
    if not isinstance(pages, list):
        raise ProviderError("Wikipedia sent malformed data (pages is not a list).")
    terms = query_terms(query.text, query.language)
    items = []
    for page in sorted(pages, key=lambda p: p.get("index", 0) if isinstance(p, dict) else 0):
        if not isinstance(page, dict) or not page.get("title"):
            raise ProviderError("Wikipedia sent malformed data (a page without a title).")
        extract = str(page.get("extract") or "").strip()
        if not extract:
            continue
        items.append(
            EvidenceItem(
                source_key=f"wikipedia:{query.language}:{page.get('pageid', page['title'])}",
                source_title=f"{page['title']} (Wikipedia)",
                passage=extract[:4000],
                url=str(page.get("fullurl") or ""),
                score=relevance(terms, extract, 0.5, query.language),
                language=query.language,
            )
        )
    items.sort(key=lambda item: -item.score)
    return items[:limit]


class WikipediaProvider(WebProvider):
    """Searches the claim's language edition and returns the intro extracts of the best pages."""

    slug = "wikipedia"
    label = "Wikipedia"

    def url(self, query: ClaimQuery) -> str:
        return self.config.base_url.replace("{language}", query.language or "en")

    def params(self, text: str, query: ClaimQuery, limit: int) -> dict[str, str]:
        return {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "generator": "search",
            "gsrsearch": text,
            "gsrlimit": str(limit),
            "prop": "extracts|info",
            "exintro": "1",
            "explaintext": "1",
            "exlimit": str(limit),
            "inprop": "url",
            "utf8": "1",
        }

    def parse(self, data: Any, query: ClaimQuery, limit: int) -> list[EvidenceItem]:
        return _parse(data, query, limit)
