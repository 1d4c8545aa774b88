"""Effective provider configuration: the environment's defaults, overridden in the admin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from annotations.models import ProviderConfig


@dataclass(frozen=True)
class ProviderSettings:
    slug: str
    enabled: bool
    base_url: str
    api_key: str
    timeout: float
    rate_limit_per_minute: int

    @property
    def configured(self) -> bool:
        if self.slug == "wikipedia":
            return bool(self.base_url)
        if self.slug == "google":
            return bool(self.api_key and self.base_url)
        return True


DEFAULT_URLS = {"wikipedia": "WIKIPEDIA_API_URL", "google": "GOOGLE_FACTCHECK_URL"}
DEFAULT_KEYS = {"google": "GOOGLE_FACTCHECK_API_KEY"}


def provider_settings(slug: str) -> ProviderSettings:
    from annotations.models import ProviderConfig

    return _merge(slug, ProviderConfig.objects.filter(slug=slug).first())


def all_provider_settings(slugs: list[str]) -> dict[str, ProviderSettings]:
    """Every provider's settings with one query."""
    from annotations.models import ProviderConfig

    rows = {row.slug: row for row in ProviderConfig.objects.filter(slug__in=slugs)}
    return {slug: _merge(slug, rows.get(slug)) for slug in slugs}


def _merge(slug: str, row: ProviderConfig | None) -> ProviderSettings:
    base_url = getattr(settings, DEFAULT_URLS[slug], "") if slug in DEFAULT_URLS else ""
    api_key = getattr(settings, DEFAULT_KEYS[slug], "") if slug in DEFAULT_KEYS else ""
    return ProviderSettings(
        slug=slug,
        enabled=(row.enabled if row else slug in settings.EVIDENCE_PROVIDERS),
        base_url=(row.base_url if row and row.base_url else base_url),
        api_key=(row.api_key if row and row.api_key else api_key),
        timeout=(row.timeout if row and row.timeout else settings.PROVIDER_TIMEOUT),
        rate_limit_per_minute=(
            row.rate_limit_per_minute
            if row and row.rate_limit_per_minute is not None
            else settings.PROVIDER_RATE_LIMIT_PER_MINUTE
        ),
    )
