"""Scopes: `submit`, `read`, `review`. API clients have the scopes they were given; signed-in
users have their role's: reviewers read and review, editors and admins also submit."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from annotations.models import ApiClient
from annotations.permissions import ADMIN, EDITOR, REVIEWER, user_roles

ROLE_SCOPES = {REVIEWER: {"read", "review"}, EDITOR: {"read", "review", "submit"}, ADMIN: {"read", "review", "submit"}}


def request_scopes(request: Request) -> set[str]:
    if isinstance(request.auth, ApiClient):
        return set(request.auth.scopes)
    scopes: set[str] = set()
    for role in user_roles(request.user):
        scopes |= ROLE_SCOPES[role]
    return scopes


class ScopePermission(BasePermission):
    """Views set `required_scopes = {"GET": "read", "POST": "submit", …}`."""

    message = "Your credentials do not carry the scope this request needs."

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        needed = getattr(view, "required_scopes", {}).get(request.method)
        if needed is None:
            return request.method in {"HEAD", "OPTIONS"} and bool(request_scopes(request))
        return needed in request_scopes(request)


class ApiClientOnly(BasePermission):
    message = "Webhooks belong to API clients; authenticate with an API token."

    def has_permission(self, request: Request, view: Any) -> bool:
        return isinstance(request.auth, ApiClient)
