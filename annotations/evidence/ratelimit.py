"""Per-provider rate limits shared by every worker through the cache (Redis in production)."""

from __future__ import annotations

import time

from django.core.cache import cache

from .base import TransientProviderError


def acquire(slug: str, per_minute: int) -> None:
    """Count one call in this minute's window; over the limit, retry when the window ends."""
    if per_minute <= 0:
        return
    window = int(time.time() // 60)
    key = f"provider-rate:{slug}:{window}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    if count > per_minute:
        raise TransientProviderError(
            f"{slug}: the rate limit of {per_minute} calls per minute is reached.",
            retry_after=60 - time.time() % 60 + 1,
        )
