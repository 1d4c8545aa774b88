"""Errors as RFC 9457 problem details (`application/problem+json`) with field details."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

PROBLEM_TYPE = "application/problem+json"


def problem(status_code: int, detail: str, errors: dict[str, Any] | None = None, **extra: Any) -> Response:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status_code).phrase,
        "status": status_code,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    return Response(body, status=status_code, content_type=PROBLEM_TYPE)


def _flatten(detail: Any) -> Any:
    if isinstance(detail, dict):
        return {str(k): _flatten(v) for k, v in detail.items()}
    if isinstance(detail, list):
        return [_flatten(v) for v in detail]
    return str(detail)


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        code: int = status.HTTP_400_BAD_REQUEST
        if any(
            getattr(e, "code", None) == "too_long" for errs in getattr(exc, "error_dict", {}).values() for e in errs
        ):
            code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
        return problem(code, "The request was not accepted; see errors.", errors)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        result = problem(response.status_code, "The request was not accepted; see errors.", _flatten(data))
    else:
        detail = data.get("detail", "") if isinstance(data, dict) else str(data)
        result = problem(response.status_code, str(detail))
    for header in ("Retry-After", "WWW-Authenticate", "Allow"):
        if header in response:
            result[header] = response[header]
    return result
