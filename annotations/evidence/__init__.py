"""Evidence providers: one module each, one interface (`base.EvidenceProvider`).

Network code lives only in this package. `get_provider(slug)` returns a configured
provider; `enabled_providers()` lists the slugs that are switched on and configured.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .base import ClaimQuery, EvidenceItem, EvidenceProvider, ProviderError, TransientProviderError


def _library() -> EvidenceProvider:
    from .library import LibraryProvider

    return LibraryProvider()


def _factchecks() -> EvidenceProvider:
    from .factchecks import FactCheckProvider

    return FactCheckProvider()


def _wikipedia() -> EvidenceProvider:
    from .config import provider_settings
    from .wikipedia import WikipediaProvider

    return WikipediaProvider(provider_settings("wikipedia"))


def _google() -> EvidenceProvider:
    from .config import provider_settings
    from .google import GoogleFactCheckProvider

    return GoogleFactCheckProvider(provider_settings("google"))


PROVIDERS: dict[str, Callable[[], EvidenceProvider]] = {
    "library": _library,
    "factchecks": _factchecks,
    "wikipedia": _wikipedia,
    "google": _google,
}


# Lookups of providers that call web APIs wait on someone else's servers (up to
# PROVIDER_TIMEOUT per request, retried): they get their own queue, so a worker serving
# only that queue can hold many of them while a slow or failing service never takes the
# worker slots that library lookups, fact-check matching and webhooks need. A worker
# started without -Q consumes every queue (settings.CELERY_TASK_QUEUES).
LOOKUP_QUEUE = "lookups"
WEB_LOOKUP_QUEUE = "lookups-web"
WEB_PROVIDERS = frozenset({"wikipedia", "google"})


def lookup_queue(slug: str) -> str:
    """The Celery queue a lookup of this provider is sent to."""
    return WEB_LOOKUP_QUEUE if slug in WEB_PROVIDERS else LOOKUP_QUEUE


class UnknownProvider(ProviderError):
    pass


def get_provider(slug: str) -> EvidenceProvider:
    try:
        return PROVIDERS[slug]()
    except KeyError as exc:
        raise UnknownProvider(f"No evidence provider called {slug!r} is installed.") from exc


def enabled_providers() -> list[str]:
    """Providers switched on (settings or admin) and configured (web providers need a URL/key)."""
    from .config import all_provider_settings

    unknown = [slug for slug in settings.EVIDENCE_PROVIDERS if slug not in PROVIDERS]
    if unknown:
        # A typo in EVIDENCE_PROVIDERS must not silently skip a source reviewers rely on.
        raise ImproperlyConfigured(f"EVIDENCE_PROVIDERS names unknown providers: {', '.join(unknown)}")
    configs = all_provider_settings(list(PROVIDERS))
    return [slug for slug, config in configs.items() if config.enabled and config.configured]


__all__ = [
    "ClaimQuery",
    "EvidenceItem",
    "EvidenceProvider",
    "ProviderError",
    "TransientProviderError",
    "enabled_providers",
    "get_provider",
    "lookup_queue",
]
