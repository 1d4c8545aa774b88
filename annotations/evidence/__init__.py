"""Evidence providers: one module each, one interface (`base.EvidenceProvider`).

Network code lives only in this package. `get_provider(slug)` returns a configured
provider; `enabled_providers()` lists the slugs the settings turn on.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .base import ClaimQuery, EvidenceItem, EvidenceProvider, ProviderError, TransientProviderError


def _library() -> EvidenceProvider:
    from .library import LibraryProvider

    return LibraryProvider()


PROVIDERS: dict[str, Callable[[], EvidenceProvider]] = {"library": _library}
LABELS: dict[str, str] = {"library": "Evidence library"}


class UnknownProvider(ProviderError):
    pass


def get_provider(slug: str) -> EvidenceProvider:
    try:
        return PROVIDERS[slug]()
    except KeyError as exc:
        raise UnknownProvider(f"No evidence provider called {slug!r} is installed.") from exc


def enabled_providers() -> list[str]:
    unknown = [slug for slug in settings.EVIDENCE_PROVIDERS if slug not in PROVIDERS]
    if unknown:
        # A typo in EVIDENCE_PROVIDERS must not silently skip a source reviewers rely on.
        raise ImproperlyConfigured(f"EVIDENCE_PROVIDERS names unknown providers: {', '.join(unknown)}")
    return list(settings.EVIDENCE_PROVIDERS)


__all__ = [
    "ClaimQuery",
    "EvidenceItem",
    "EvidenceProvider",
    "ProviderError",
    "TransientProviderError",
    "enabled_providers",
    "get_provider",
]
