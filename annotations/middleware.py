"""Refuse NUL characters in query strings and form fields before any view sees them.

PostgreSQL text cannot hold NUL, and no legitimate parameter contains one; without this
a crafted query string would surface as a database error instead of a clear 400.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _has_nul(pairs: object) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in pairs)  # type: ignore[attr-defined]


class RejectNulMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        bad = "\x00" in request.path or _has_nul(request.GET.lists())
        if not bad and request.method == "POST" and request.content_type in FORM_TYPES:
            bad = _has_nul(request.POST.lists())
        if bad:
            message = "NUL characters are not allowed in parameters."
            if request.path.startswith("/api/"):
                body = {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": message}
                return JsonResponse(body, status=400, content_type="application/problem+json")
            return HttpResponseBadRequest(message)
        return self.get_response(request)
