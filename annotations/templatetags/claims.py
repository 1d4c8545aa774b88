"""Template filters for showing claims to reviewers."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def signal_label(name: str) -> str:
    """A signal's name as reviewers read it: "reported_speech" -> "reported speech"."""
    return name.replace("_", " ")
