"""Parsing export filters from strings (command options, query parameters, form fields)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.utils.dateparse import parse_date

from annotations.extraction.language import language_code
from annotations.models import Claim, Rating
from annotations.selectors import VerdictFilters


class FilterError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def unknown_rating(slug: str) -> str | None:
    """Why `slug` names no rating ("must be one of …"), or None when it names one. Shared by
    the export filters and the claims API, so both say the same."""
    if Rating.objects.filter(slug=slug).exists():
        return None
    return f"must be one of {', '.join(Rating.objects.order_by('slug').values_list('slug', flat=True))}."


def _day(field: str, value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parsed = parse_date(value) if len(value) <= 10 else None
    if parsed is None:
        raise FilterError(field, "must be a date like 2026-01-31.")
    return dt.datetime.combine(parsed, dt.time.min, tzinfo=dt.UTC)


# The names `filters_from_mapping` reads.
FILTER_NAMES = ("since", "until", "status", "rating", "language", "article", "reviewer", "published")


def filters_from_mapping(data: Mapping[str, str | None], *, published_default: bool) -> VerdictFilters:
    """`since`, `until` (dates; `until` exclusive), `status`, `rating`, `language`,
    `article`, `reviewer`, `published` ("true"/"false")."""
    status = data.get("status") or None
    if status and status not in Claim.Status.values:
        raise FilterError("status", f"must be one of {', '.join(Claim.Status.values)}.")
    article = data.get("article") or None
    if article is not None and (not str(article).isdigit() or len(str(article)) > 18):
        raise FilterError("article", "must be an article id.")
    published = data.get("published")
    if published in (None, ""):
        published_only = published_default
    elif str(published).lower() in {"true", "1", "yes", "on"}:
        published_only = True
    elif str(published).lower() in {"false", "0", "no", "off", "all"}:
        published_only = False
    else:
        raise FilterError("published", "must be true or false.")
    since, until = _day("since", data.get("since")), _day("until", data.get("until"))
    if until is not None:
        if since is not None and until < since:
            raise FilterError("until", "must not lie before since.")
        until += dt.timedelta(days=1)  # "until 2026-01-31" includes that day
    # A mistyped rating or language would otherwise export nothing, and say nothing.
    language = language_code(data.get("language"))
    if data.get("language") and language is None:
        raise FilterError("language", "must be an ISO 639-1 code such as de, en or es.")
    rating = data.get("rating") or None
    problem = unknown_rating(rating) if rating is not None else None
    if problem is not None:
        raise FilterError("rating", problem)
    return VerdictFilters(
        published_only=published_only,
        since=since,
        until=until,
        language=language,
        rating=rating,
        article_id=int(article) if article is not None else None,
        status=status,
        reviewer=(data.get("reviewer") or None),
    )
