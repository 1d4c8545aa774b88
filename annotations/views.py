"""The reviewer UI: server-rendered pages. Views parse, check roles, call a service."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from annotations import selectors
from annotations.exports import FORMATS
from annotations.exports.filters import filters_from_mapping
from annotations.forms import ExportForm, VerdictForm
from annotations.models import Article, Claim, Rating
from annotations.permissions import can_edit, editor_required, reviewer_required
from annotations.services.exports import export_chunks
from annotations.services.reviews import StaleClaimVersion, verdict_submit

QUEUE_PAGE_SIZE = 50


@require_GET
@reviewer_required
def queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status") or None
    if status and status not in Claim.Status.values:
        status = None
    claims = selectors.claim_queue(status=status, language=request.GET.get("language") or None)
    page = Paginator(claims, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "annotations/queue.html",
        {"page": page, "statuses": Claim.Status.choices, "status": status or ""},
    )


@require_GET
@reviewer_required
def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    try:
        article = selectors.article_detail(article_id=article_id)
    except Article.DoesNotExist as exc:
        raise Http404("No such article.") from exc
    segments: list[dict[str, object]] = []
    cursor = 0
    for claim in article.claims.all():
        if claim.start < cursor:
            continue  # overlapping spans: the first one is highlighted
        segments.append({"text": article.text[cursor : claim.start], "claim": None})
        segments.append({"text": article.text[claim.start : claim.end], "claim": claim})
        cursor = claim.end
    segments.append({"text": article.text[cursor:], "claim": None})
    return render(request, "annotations/article.html", {"article": article, "segments": segments})


@never_cache
@require_http_methods(["GET", "POST"])
@reviewer_required
def claim_detail(request: HttpRequest, claim_id: int) -> HttpResponse:
    try:
        claim = selectors.claim_detail(claim_id=claim_id)
    except Claim.DoesNotExist as exc:
        raise Http404("No such claim.") from exc
    ratings = list(Rating.objects.filter(is_active=True))
    form = VerdictForm(request.POST or None, claim=claim, ratings=ratings)
    conflict = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                verdict_submit(
                    claim_id=claim.pk,
                    rating=form.cleaned_data["rating"],
                    rationale=form.cleaned_data["rationale"],
                    claim_version=form.cleaned_data["claim_version"],
                    cited_evidence_ids=[int(pk) for pk in form.cleaned_data["cited_evidence"]],
                    reviewer=request.user,  # type: ignore[arg-type]
                )
            except StaleClaimVersion as exc:
                conflict = exc.claim
                status = 409
                claim = selectors.claim_detail(claim_id=claim_id)
            except ValidationError as exc:
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
                status = 400
            else:
                messages.success(request, "Verdict recorded.")
                return redirect("annotations:claim", claim_id=claim.pk)
        else:
            status = 400
    verdicts = sorted(claim.verdicts.all(), key=lambda v: (v.created_at, v.pk), reverse=True)
    sentence_context = _context(claim)
    return render(
        request,
        "annotations/claim.html",
        {
            "claim": claim,
            "form": form,
            "conflict": conflict,
            "verdicts": verdicts,
            "current_verdict": verdicts[0] if verdicts else None,
            "context_before": sentence_context[0],
            "context_after": sentence_context[1],
            "can_edit": can_edit(request.user),
        },
        status=status,
    )


def _context(claim: Claim, chars: int = 300) -> tuple[str, str]:
    text = claim.article.text
    before = text[max(0, claim.start - chars) : claim.start]
    after = text[claim.end : claim.end + chars]
    return before, after


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Database and broker reachability; 200 when both answer, 503 otherwise."""
    from factcheck.celery import app

    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = f"error: {exc.__class__.__name__}"
    try:
        # A fresh connection to the configured URL, not one from the pool, so a broker that
        # went away since the last request is noticed.
        with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        checks["broker"] = "ok"
    except Exception as exc:  # noqa: BLE001
        checks["broker"] = f"error: {exc.__class__.__name__}"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)


def _problem_or_page(request: HttpRequest, status: int, title: str, detail: str, template: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
        return JsonResponse(body, status=status, content_type="application/problem+json")
    return render(request, template, {"title": title, "detail": detail}, status=status)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: problem details under /api/, a page elsewhere."""
    return _problem_or_page(request, 404, "Not Found", "Nothing exists at this address.", "annotations/error.html")


def server_error(request: HttpRequest) -> HttpResponse:
    return _problem_or_page(
        request,
        500,
        "Internal Server Error",
        "Something went wrong on our side; it has been logged.",
        "annotations/error.html",
    )


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _problem_or_page(request, 403, "Forbidden", "Your role does not allow this page.", "annotations/error.html")


@require_GET
@editor_required
def exports(request: HttpRequest) -> HttpResponseBase:
    """Editors download verdicts: pick a format and filters; the file streams."""
    form = ExportForm(
        request.GET if "format" in request.GET else None,
        formats=[(f.name, f.label) for f in FORMATS.values()],
        ratings=list(Rating.objects.all()),
    )
    if form.is_bound and form.is_valid():
        filters = filters_from_mapping(form.as_filter_mapping(), published_default=True)
        fmt = form.cleaned_data["format"]
        spec = FORMATS[fmt]
        response = StreamingHttpResponse(export_chunks(fmt=fmt, filters=filters), content_type=spec.media_type)
        response["Content-Disposition"] = f'attachment; filename="verdicts-{fmt}.{spec.extension}"'
        return response
    return render(request, "annotations/exports.html", {"form": form}, status=400 if form.is_bound else 200)
