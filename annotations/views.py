"""The reviewer UI: server-rendered pages. Views parse, check roles, call a service."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import normalize_newlines
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from annotations import selectors
from annotations.charts import bar_chart, column_chart
from annotations.evidence.ranking import highlights
from annotations.exports import FORMATS
from annotations.exports.filters import FilterError, filters_from_mapping
from annotations.extraction.language import language_code
from annotations.extraction.segment import split_sentences
from annotations.forms import ArticleForm, ClaimAddForm, DismissForm, ExportForm, SpanForm, SpeakerForm, VerdictForm
from annotations.models import Article, Claim, EvidenceLookup, Rating, Verdict
from annotations.permissions import editor_required, reviewer_required
from annotations.services import claims as claims_service
from annotations.services.articles import article_submit
from annotations.services.exports import export_chunks
from annotations.services.reviews import StaleClaimVersion, verdict_publish, verdict_submit

QUEUE_PAGE_SIZE = 50


def _user(request: HttpRequest) -> User:
    """The signed-in user; the role decorators have already turned everyone else away."""
    assert isinstance(request.user, User)
    return request.user


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 18 else None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


@require_GET
@reviewer_required
def queue(request: HttpRequest) -> HttpResponse:
    """Claims waiting for review: filterable, sortable, paginated, with counts."""
    status = request.GET.get("status") or None
    if status not in Claim.Status.values:
        status = None
    # What the reviewer typed stays in the fields; what cannot be a filter is said, not
    # silently dropped or matched against nothing ("EN" is "en"; "0,5" is 0.5).
    typed = {name: (request.GET.get(name) or "").strip() for name in ("language", "article", "min_score")}
    errors: list[str] = []
    language = language_code(typed["language"])
    if typed["language"] and language is None:
        errors.append(f"Language “{typed['language']}” is not an ISO 639-1 code such as de, en or es.")
    article_id = _int(typed["article"])
    if typed["article"] and article_id is None:
        errors.append(f"Article id “{typed['article']}” is not a number.")
    min_score = _float(typed["min_score"].replace(",", "."))
    if typed["min_score"] and (min_score is None or not 0 <= min_score <= 1):
        errors.append(f"Score at least “{typed['min_score']}” is not a number from 0 to 1.")
        min_score = None
    filters = selectors.QueueFilters(
        status=status,
        language=language,
        article_id=article_id,
        assignee=(request.GET.get("assignee") or None),
        min_score=min_score,
        sort="age" if request.GET.get("sort") == "age" else "score",
    )
    claims = selectors.claim_queue(filters, user_id=request.user.pk)
    page = Paginator(claims, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "annotations/queue.html",
        {
            "page": page,
            "filters": filters,
            "statuses": Claim.Status.choices,
            "counts": selectors.claim_status_counts(),
            "query": query.urlencode(),
            "typed": typed,
            "filter_errors": errors,
        },
        status=400 if errors else 200,
    )


@require_POST
@reviewer_required
def claim_take(request: HttpRequest, claim_id: int) -> HttpResponse:
    try:
        claims_service.claim_take(claim_id=claim_id, user=_user(request))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    except Claim.DoesNotExist as exc:
        raise Http404("No such claim.") from exc
    else:
        messages.success(request, "The claim is yours to review.")
    return redirect("annotations:claim", claim_id=claim_id)


@require_POST
@reviewer_required
def claim_release(request: HttpRequest, claim_id: int) -> HttpResponse:
    """Give a taken claim back to the queue."""
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_release(claim_id=claim_id, user=_user(request)),
        "The claim is back in the queue.",
    )


@require_http_methods(["GET", "POST"])
@reviewer_required
def article_new(request: HttpRequest) -> HttpResponse:
    """Paste an article: it is stored, its claims extracted and their evidence looked up."""
    form = ArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            article = article_submit(
                title=data["title"],
                text=data["text"],
                language=data["language"] or None,
                source=data["source"],
                url=data["url"],
                submitted_by=_user(request),
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, f"Article stored: {article.claims.count()} claims, evidence is being looked up.")
            earlier = selectors.article_same_text_as(article)
            if earlier is not None:
                # Stored all the same (nothing is lost), but two queues of the same claims
                # would be reviewed twice.
                messages.warning(
                    request,
                    f"The same text was submitted before as “{earlier.title}” (article {earlier.pk}); "
                    "its claims may already be under review.",
                )
            return redirect("annotations:article", article_id=article.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "annotations/article_new.html", {"form": form}, status=status)


@require_GET
@reviewer_required
def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    try:
        article = selectors.article_detail(article_id=article_id)
    except Article.DoesNotExist as exc:
        raise Http404("No such article.") from exc
    segments: list[dict[str, object]] = []
    cursor = 0
    claims = list(article.claims.all())
    for claim in claims:
        if claim.status == Claim.Status.DISMISSED or claim.start < cursor:
            continue  # overlapping spans: the first one is highlighted; all are listed below
        segments.append({"text": article.text[cursor : claim.start], "claim": None})
        segments.append({"text": article.text[claim.start : claim.end], "claim": claim})
        cursor = claim.end
    segments.append({"text": article.text[cursor:], "claim": None})
    return render(
        request,
        "annotations/article.html",
        {"article": article, "segments": segments, "claims": claims, "add_form": ClaimAddForm()},
    )


@never_cache
@require_GET
@reviewer_required
def article_progress(request: HttpRequest, article_id: int) -> JsonResponse:
    """For the live progress bar: counters stored on the article, claim statuses."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise Http404("No such article.")
    return JsonResponse(
        {
            "status": article.status,
            "lookups_total": article.lookups_total,
            "lookups_done": article.lookups_done,
            "lookups_failed": article.lookups_failed,
            "percent": article.progress_percent,
            "claims": {str(pk): st for pk, st in article.claims.values_list("pk", "status")},
        }
    )


@require_POST
@reviewer_required
def claim_add(request: HttpRequest, article_id: int) -> HttpResponse:
    form = ClaimAddForm(request.POST)
    if form.is_valid():
        try:
            claim = claims_service.claim_add(
                article_id=article_id,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                user=_user(request),
            )
        except Article.DoesNotExist as exc:
            raise Http404("No such article.") from exc
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "Claim added; its evidence is being looked up.")
            return redirect("annotations:claim", claim_id=claim.pk)
    else:
        messages.error(request, "Select the passage to add as a claim.")
    return redirect("annotations:article", article_id=article_id)


def _marked(text: str, spans: list[tuple[int, int]]) -> SafeString:
    """`text` as HTML with `spans` in <mark> and line breaks as <br>, every piece escaped."""
    parts: list[str] = []
    cursor = 0
    for start, end in spans:
        parts.append(escape(text[cursor:start]))
        parts.append(f'<mark class="term">{escape(text[start:end])}</mark>')
        cursor = end
    parts.append(escape(text[cursor:]))
    return mark_safe(normalize_newlines("".join(parts)).replace("\n", "<br>"))  # noqa: S308 - escaped above


def _claim_page(
    request: HttpRequest,
    claim: Claim,
    form: VerdictForm,
    *,
    status: int = 200,
    conflict: dict[str, object] | None = None,
) -> HttpResponse:
    verdicts = sorted(claim.verdicts.all(), key=lambda v: (v.created_at, v.pk), reverse=True)
    before, sentence, after = _context(claim)
    evidence_by_provider: dict[str, list[object]] = {}
    factchecks: list[object] = []
    for item in claim.evidence.all():
        spans = highlights(claim.text, item.passage, claim.language, item.language or claim.language)
        item.passage_marked = _marked(item.passage, spans)  # type: ignore[attr-defined]
        if item.provider == "factchecks":
            factchecks.append(item)
        else:
            evidence_by_provider.setdefault(item.provider, []).append(item)
    return render(
        request,
        "annotations/claim.html",
        {
            "claim": claim,
            "form": form,
            "conflict": conflict,
            "verdicts": verdicts,
            "current_verdict": verdicts[0] if verdicts else None,
            "context_before": before,
            "context_sentence": sentence,
            "context_after": after,
            "evidence_by_provider": evidence_by_provider,
            "factchecks": factchecks,
            "events": [e for e in claim.events.all() if e.kind == "comment"],
            "dismiss_form": DismissForm(initial={"version": claim.version}),
            "span_form": SpanForm(initial={"version": claim.version, "start": claim.start, "end": claim.end}),
            "speaker_form": SpeakerForm(
                initial={
                    "version": claim.version,
                    "speaker": claim.speaker,
                    "speaker_type": claim.speaker_type or "Person",
                }
            ),
            "loaded_at": timezone.now().isoformat(),
        },
        status=status,
    )


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
    if request.method != "POST":
        return _claim_page(request, claim, form)
    if not form.is_valid():
        return _claim_page(request, claim, form, status=400)
    try:
        verdict_submit(
            claim_id=claim.pk,
            rating=form.cleaned_data["rating"],
            rationale=form.cleaned_data["rationale"],
            claim_version=form.cleaned_data["claim_version"],
            cited_evidence_ids=[int(pk) for pk in form.cleaned_data["cited_evidence"]],
            reviewer=_user(request),
        )
    except StaleClaimVersion as exc:
        claim = selectors.claim_detail(claim_id=claim_id)
        loaded_at = parse_datetime(request.POST.get("loaded_at", "")) or claim.created_at
        changes = [e for e in claim.events.all() if e.created_at > loaded_at]
        conflict = {"claim": exc.claim, "changes": changes, "seen_version": exc.seen_version}
        # Keep the reviewer's text and choices; the next save is against the new version.
        data = request.POST.copy()
        data["claim_version"] = str(exc.claim.version)
        form = VerdictForm(data, claim=claim, ratings=ratings)
        form.is_valid()
        return _claim_page(request, claim, form, status=409, conflict=conflict)
    except ValidationError as exc:
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return _claim_page(request, claim, form, status=400)
    messages.success(request, "Verdict recorded.")
    return redirect("annotations:claim", claim_id=claim.pk)


def _claim_action(request: HttpRequest, claim_id: int, action: Callable[[], object], done: str) -> HttpResponse:
    try:
        action()
    except Claim.DoesNotExist as exc:
        raise Http404("No such claim.") from exc
    except StaleClaimVersion:
        messages.error(request, "The claim changed since you opened it; look again before you act.")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect("annotations:claim", claim_id=claim_id)


@require_POST
@reviewer_required
def claim_dismiss(request: HttpRequest, claim_id: int) -> HttpResponse:
    form = DismissForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why this is not a claim.")
        return redirect("annotations:claim", claim_id=claim_id)
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_dismiss(
            claim_id=claim_id,
            user=_user(request),
            reason=form.cleaned_data["reason"],
            version=form.cleaned_data["version"],
        ),
        "Claim dismissed; the reason is kept as feedback for the extractor.",
    )


@require_POST
@reviewer_required
def claim_span(request: HttpRequest, claim_id: int) -> HttpResponse:
    form = SpanForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give the new start and end offsets.")
        return redirect("annotations:claim", claim_id=claim_id)
    data = form.cleaned_data
    user = _user(request)
    if data.get("split_at"):
        return _claim_action(
            request,
            claim_id,
            lambda: claims_service.claim_split(
                claim_id=claim_id,
                at=data["split_at"],
                user=user,
                version=data["version"],
            ),
            "Claim split in two.",
        )
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_edit_span(
            claim_id=claim_id, start=data["start"], end=data["end"], user=user, version=data["version"]
        ),
        "Span changed; evidence is being looked up again.",
    )


@require_POST
@reviewer_required
def claim_speaker(request: HttpRequest, claim_id: int) -> HttpResponse:
    form = SpeakerForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect("annotations:claim", claim_id=claim_id)
    data = form.cleaned_data
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_set_speaker(
            claim_id=claim_id,
            speaker=data["speaker"],
            speaker_type=data["speaker_type"],
            user=_user(request),
            version=data["version"],
        ),
        "Speaker saved." if data["speaker"].strip() else "Speaker cleared: the claim names no one.",
    )


@require_POST
@reviewer_required
def claims_merge(request: HttpRequest, article_id: int) -> HttpResponse:
    ids = [int(v) for v in request.POST.getlist("claims") if v.isdigit()]
    try:
        merged = claims_service.claim_merge(claim_ids=ids, user=_user(request))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("annotations:article", article_id=article_id)
    messages.success(request, "Claims merged.")
    return redirect("annotations:claim", claim_id=merged.pk)


@require_POST
@reviewer_required
def lookup_retry(request: HttpRequest, claim_id: int, lookup_id: int) -> HttpResponse:
    lookup = get_object_or_404(EvidenceLookup, pk=lookup_id, claim_id=claim_id)
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.lookup_retry(lookup_id=lookup.pk, user=_user(request)),
        f"The {lookup.provider} lookup runs again.",
    )


@require_POST
@reviewer_required
def claim_lookups_rerun(request: HttpRequest, claim_id: int) -> HttpResponse:
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_lookups_rerun(claim_id=claim_id, user=_user(request)),
        "Every provider looks this claim up again.",
    )


@require_POST
@reviewer_required
def claim_comment(request: HttpRequest, claim_id: int) -> HttpResponse:
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_comment(
            claim_id=claim_id,
            user=_user(request),
            text=request.POST.get("comment", ""),
        ),
        "Comment added.",
    )


@require_POST
@editor_required
def claim_reopen(request: HttpRequest, claim_id: int) -> HttpResponse:
    return _claim_action(
        request,
        claim_id,
        lambda: claims_service.claim_reopen(claim_id=claim_id, editor=_user(request)),
        "Claim reopened; a correction will be recorded as a new verdict.",
    )


@require_POST
@editor_required
def verdict_action(request: HttpRequest, claim_id: int, verdict_id: int, action: str) -> HttpResponse:
    if action not in {"approve", "publish"}:
        raise Http404("No such action.")
    verdict = get_object_or_404(Verdict, pk=verdict_id, claim_id=claim_id)
    user = _user(request)
    if action == "approve":
        return _claim_action(
            request,
            claim_id,
            lambda: claims_service.verdict_approve(verdict_id=verdict.pk, editor=user),
            "Verdict approved.",
        )
    return _claim_action(
        request,
        claim_id,
        lambda: verdict_publish(verdict_id=verdict.pk, editor=user),
        "Verdict published.",
    )


def _context(claim: Claim) -> tuple[str, str, str]:
    """The claim's sentence with one sentence either side, from the article text."""
    text = claim.article.text
    spans = split_sentences(text)
    index = next((i for i, s in enumerate(spans) if s.start <= claim.start < s.end), None)
    if index is None:
        return text[max(0, claim.start - 300) : claim.start], claim.text, text[claim.end : claim.end + 300]
    sentence = spans[index]
    first = spans[max(0, index - 1)].start if index > 0 else sentence.start
    last = spans[index + 1].end if index + 1 < len(spans) else sentence.end
    return text[first : claim.start], claim.text, text[claim.end : last]


@require_GET
@editor_required
def dashboard(request: HttpRequest) -> HttpResponse:
    data = selectors.dashboard()
    status_labels = dict(Claim.Status.choices)
    return render(
        request,
        "annotations/dashboard.html",
        {
            "data": data,
            "status_chart": bar_chart(
                [(str(status_labels[k]), v) for k, v in data.status_counts.items()], title="Claims per status"
            ),
            "day_chart": column_chart(
                [(day.strftime("%d.%m."), n) for day, n in data.verdicts_per_day], title="Verdicts per day"
            ),
            "reviewer_chart": bar_chart(
                data.verdicts_per_reviewer, title="Verdicts per reviewer", colour="#7d4e00", empty="No verdicts yet."
            ),
        },
    )


@never_cache
@require_GET
def livez(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers. No database or broker is touched (see /healthz)."""
    return HttpResponse("ok", content_type="text/plain")


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
    filters = None
    if form.is_bound and form.is_valid():
        try:
            filters = filters_from_mapping(form.as_filter_mapping(), published_default=True)
        except FilterError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
    if filters is not None:
        fmt = form.cleaned_data["format"]
        spec = FORMATS[fmt]
        response = StreamingHttpResponse(export_chunks(fmt=fmt, filters=filters), content_type=spec.media_type)
        response["Content-Disposition"] = f'attachment; filename="verdicts-{fmt}.{spec.extension}"'
        return response
    return render(request, "annotations/exports.html", {"form": form}, status=400 if form.is_bound else 200)
