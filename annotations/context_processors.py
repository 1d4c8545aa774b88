from __future__ import annotations

from django.http import HttpRequest

from annotations.permissions import can_edit, can_review


def roles(request: HttpRequest) -> dict[str, bool]:
    """What the signed-in user may do, for navigation and buttons in every template."""
    user = getattr(request, "user", None)
    return {"can_edit": can_edit(user), "can_review": can_review(user)}
