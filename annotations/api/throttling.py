from __future__ import annotations

from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle

from annotations.models import ApiClient


class ClientRateThrottle(SimpleRateThrottle):
    """Per API client (or signed-in user, or address); 429 with Retry-After when exceeded."""

    scope = "client"

    def get_cache_key(self, request: Request, view: object) -> str:
        if isinstance(request.auth, ApiClient):
            ident = f"client-{request.auth.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = f"addr-{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
