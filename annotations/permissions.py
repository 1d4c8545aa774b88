"""Roles are Django groups: reviewer, editor (a reviewer who also publishes) and admin."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase

REVIEWER, EDITOR, ADMIN = "reviewer", "editor", "admin"
ROLE_GROUPS = (REVIEWER, EDITOR, ADMIN)


def user_roles(user: Any) -> set[str]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    if user.is_superuser:
        return set(ROLE_GROUPS)
    cached = getattr(user, "_role_cache", None)
    if cached is None:
        cached = set(user.groups.filter(name__in=ROLE_GROUPS).values_list("name", flat=True))
        user._role_cache = cached
    return set(cached)


def can_review(user: Any) -> bool:
    return bool(user_roles(user) & {REVIEWER, EDITOR, ADMIN})


def can_edit(user: Any) -> bool:
    return bool(user_roles(user) & {EDITOR, ADMIN})


View = Callable[..., HttpResponseBase]


def role_required(check: Callable[[Any], bool]) -> Callable[[View], View]:
    """Anonymous users go to the login page; signed-in users without the role get 403."""

    def decorator(view: View) -> View:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not check(request.user):
                raise PermissionDenied("Your role does not allow this page.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


reviewer_required = role_required(can_review)
editor_required = role_required(can_edit)
