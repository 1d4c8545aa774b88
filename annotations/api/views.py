"""REST API v1. Views parse and authorise, call one service or selector, and serialise."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.evidence.fetch import FetchError, fetch_public_url
from annotations.exports import FORMATS
from annotations.exports.filters import FILTER_NAMES, FilterError, filters_from_mapping, unknown_rating
from annotations.extraction.language import language_code
from annotations.models import ApiClient, Article, Claim, Verdict, Webhook
from annotations.selectors import VerdictFilters, article_same_text_as, claim_research_prefetches, with_same_text_as
from annotations.services.articles import IdempotencyConflict, article_submit_once
from annotations.services.claims import claim_lookups_rerun, claim_set_speaker
from annotations.services.exports import export_chunks
from annotations.services.reviews import StaleClaimVersion, verdict_submit
from annotations.services.webhooks import webhook_create

from . import serializers as s
from .exceptions import PROBLEM_TYPE, problem
from .pagination import ClaimCursorPagination
from .permissions import ApiClientOnly, ScopePermission

# A header value never holds these; a client that sends them has a bug worth naming.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def problems(*codes: int) -> dict[Any, OpenApiResponse]:
    """Error responses, documented with the problem+json media type they are sent with."""
    return {(code, PROBLEM_TYPE): OpenApiResponse(s.ProblemSerializer, description="Problem details") for code in codes}


COMMON = (400, 401, 403, 415, 429)

# What every list takes besides its filters: the cursor pagination's parameters.
_PAGE_PARAMETERS = frozenset(["cursor", "page_size"])


def _known_parameters_only(request: Request, taken: Iterable[str] = (), pages: bool = True) -> None:
    """A query parameter the endpoint does not take is a 400 naming it: `?minscore=0.8` or
    `sinse=2024-01-01` would otherwise return every row, as if filtered. Lists also take
    the pagination's parameters."""
    allowed = (_PAGE_PARAMETERS if pages else frozenset()) | set(taken)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        takes = ", ".join(sorted(allowed))
        raise ValidationError({name: [f"Not a parameter of this endpoint; it takes {takes}."] for name in unknown})


class ArticleListCreate(generics.ListAPIView):
    """Submit articles (scope `submit`) and list them (scope `read`)."""

    permission_classes = [ScopePermission]
    required_scopes = {"GET": "read", "POST": "submit"}
    serializer_class = s.ArticleSerializer
    queryset = with_same_text_as(Article.objects.all())

    @extend_schema(responses={200: s.ArticleSerializer(many=True), **problems(400, 401, 403, 429)})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        _known_parameters_only(request)
        return super().get(request, *args, **kwargs)

    @extend_schema(
        request=s.ArticleSubmitSerializer,
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                str,
                OpenApiParameter.HEADER,
                required=False,
                description="Retry-safe submission: the same key returns the same article.",
            )
        ],
        responses={200: s.ArticleSerializer, 201: s.ArticleSerializer, **problems(*COMMON, 409, 413, 422)},
    )
    def post(self, request: Request) -> Response:
        body = s.ArticleSubmitSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        client = request.auth if isinstance(request.auth, ApiClient) else None
        key = request.headers.get("Idempotency-Key", "").strip()
        if len(key) > 200:
            return problem(400, "The Idempotency-Key header is longer than 200 characters.")
        if _CONTROL_CHARACTERS.search(key):
            return problem(400, "The Idempotency-Key header holds control characters.")
        # The same JSON document in any key order or spacing is the same request.
        canonical = json.dumps(request.data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        request_hash = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
        fields = dict(body.validated_data)
        if fields.pop("fetch"):
            try:
                page = fetch_public_url(
                    fields["url"],
                    max_bytes=settings.ARTICLE_FETCH_MAX_BYTES,
                    timeout=settings.ARTICLE_FETCH_TIMEOUT,
                    allowed_addresses=settings.ARTICLE_FETCH_ALLOWED_ADDRESSES,
                )
            except FetchError as exc:
                return problem(422, str(exc), errors={"url": [str(exc)]})
            fields["html" if page.content_type != "text/plain" else "text"] = page.text
        try:
            article, created = article_submit_once(
                api_client=client,
                idempotency_key=key,
                request_hash=request_hash,
                submitted_by=request.user if client is None else None,
                **fields,
            )
        except IdempotencyConflict as exc:
            return problem(409, str(exc), article=exc.article.pk)
        earlier = article_same_text_as(article)
        article.same_text_as = earlier.pk if earlier else None  # type: ignore[attr-defined]
        location = reverse("api:article-detail", kwargs={"pk": article.pk})
        return Response(
            s.ArticleSerializer(article).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
            headers={"Location": request.build_absolute_uri(location)},
        )


class ArticleDetail(generics.RetrieveAPIView):
    """One article with its processing progress and claims."""

    permission_classes = [ScopePermission]
    required_scopes = {"GET": "read"}
    serializer_class = s.ArticleDetailSerializer
    queryset = with_same_text_as(
        Article.objects.prefetch_related(Prefetch("claims", queryset=Claim.objects.order_by("start")))
    )

    @extend_schema(responses={200: s.ArticleDetailSerializer, **problems(401, 403, 404, 429)})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


def _iso_language(value: str) -> None:
    if language_code(value) is None:
        raise ValidationError("Must be an ISO 639-1 code such as de, en or es.")


def _known_rating(value: str) -> None:
    problem = unknown_rating(value)
    if problem is not None:
        raise ValidationError(problem[0].upper() + problem[1:])


class ClaimFilter(filters.FilterSet):
    """A language or rating that cannot exist is a 400, not an empty page that looks like
    an answer."""

    status = filters.ChoiceFilter(choices=Claim.Status.choices)
    language = filters.CharFilter(method="filter_language", max_length=8, validators=[_iso_language])
    article = filters.NumberFilter(field_name="article_id", min_value=1)
    min_score = filters.NumberFilter(field_name="score", lookup_expr="gte", min_value=0, max_value=1)
    rating = filters.CharFilter(method="filter_rating", max_length=40, validators=[_known_rating])
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = Claim
        fields = ["status", "language", "article", "min_score", "rating", "updated_since"]

    def filter_language(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return queryset.filter(language=language_code(value))

    def filter_rating(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return queryset.filter(verdicts__superseded_by__isnull=True, verdicts__rating__slug=value)


def _with_current_verdict(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    current = Verdict.objects.filter(superseded_by__isnull=True).select_related("rating")
    return claims.prefetch_related(Prefetch("verdicts", queryset=current, to_attr="current_list"))


class ClaimList(generics.ListAPIView):
    """Claims, filterable by status, language, article, minimum check-worthiness score,
    current rating and `updated_since`."""

    permission_classes = [ScopePermission]
    required_scopes = {"GET": "read"}
    serializer_class = s.ClaimSerializer
    pagination_class = ClaimCursorPagination
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = ClaimFilter

    def get_queryset(self) -> QuerySet[Claim]:
        return _with_current_verdict(Claim.objects.all())

    def paginate_queryset(self, queryset: Any) -> Any:
        page = super().paginate_queryset(queryset)
        for claim in page or []:
            claim.current = claim.current_list[0] if claim.current_list else None
        return page

    @extend_schema(responses={200: s.ClaimSerializer(many=True), **problems(400, 401, 403, 429)})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        _known_parameters_only(request, ClaimFilter.base_filters)
        return super().get(request, *args, **kwargs)


class ClaimDetail(generics.RetrieveAPIView):
    """One claim with its lookups, evidence and the full verdict history."""

    permission_classes = [ScopePermission]
    required_scopes = {"GET": "read"}
    serializer_class = s.ClaimDetailSerializer

    def get_queryset(self) -> QuerySet[Claim]:
        return _with_current_verdict(Claim.objects.prefetch_related(*claim_research_prefetches()))

    def get_object(self) -> Claim:
        claim: Claim = super().get_object()
        claim.current = claim.current_list[0] if claim.current_list else None  # type: ignore[attr-defined]
        return claim

    @extend_schema(responses={200: s.ClaimDetailSerializer, **problems(401, 403, 404, 429)})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class ClaimVerdictCreate(APIView):
    """Record a verdict (scope `review`) against the claim version the client saw."""

    permission_classes = [ScopePermission]
    required_scopes = {"POST": "review"}

    @extend_schema(
        request=s.VerdictCreateSerializer,
        responses={201: s.VerdictSerializer, **problems(*COMMON, 404, 409)},
    )
    def post(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim, pk=pk)
        body = s.VerdictCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        client = request.auth if isinstance(request.auth, ApiClient) else None
        try:
            verdict = verdict_submit(
                claim_id=claim.pk,
                rating=body.validated_data["rating"],
                rationale=body.validated_data["rationale"],
                claim_version=body.validated_data["claim_version"],
                cited_evidence_ids=body.validated_data["cited_evidence"],
                reviewer=None if client else request.user,  # type: ignore[arg-type]
                api_client=client,
            )
        except StaleClaimVersion as exc:
            return _stale(exc)
        return Response(s.VerdictSerializer(verdict).data, status=status.HTTP_201_CREATED)


class ClaimSpeakerUpdate(APIView):
    """Correct a claim's speaker and its type (scope `review`) against the version the client saw."""

    permission_classes = [ScopePermission]
    required_scopes = {"PUT": "review"}

    @extend_schema(
        request=s.SpeakerUpdateSerializer,
        responses={200: s.ClaimSummarySerializer, **problems(*COMMON, 404, 409)},
    )
    def put(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim, pk=pk)
        body = s.SpeakerUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        client = request.auth if isinstance(request.auth, ApiClient) else None
        try:
            claim = claim_set_speaker(
                claim_id=claim.pk,
                speaker=body.validated_data["speaker"],
                speaker_type=body.validated_data["speaker_type"],
                version=body.validated_data["claim_version"],
                user=None if client else request.user,  # type: ignore[arg-type]
                api_client=client,
            )
        except StaleClaimVersion as exc:
            return _stale(exc)
        return Response(s.ClaimSummarySerializer(claim).data)


class ClaimLookupsRerun(APIView):
    """Look a claim's evidence up again with every provider (scope `review`): each lookup
    runs again, evidence a verdict cites is kept, and a provider switched on since gets
    its first lookup. The lookups run in the background; read the claim to follow them."""

    permission_classes = [ScopePermission]
    required_scopes = {"POST": "review"}

    @extend_schema(request=None, responses={202: s.LookupsRerunSerializer, **problems(*COMMON, 404)})
    def post(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim, pk=pk)
        client = request.auth if isinstance(request.auth, ApiClient) else None
        queued = claim_lookups_rerun(
            claim_id=claim.pk,
            user=None if client else request.user,  # type: ignore[arg-type]
            api_client=client,
        )
        body = {"queued": queued, "lookups": claim.lookups.order_by("provider", "id")}
        return Response(s.LookupsRerunSerializer(body).data, status=status.HTTP_202_ACCEPTED)


def _stale(exc: StaleClaimVersion) -> Response:
    return problem(
        409,
        f"The claim changed since you read it: it is at version {exc.claim.version}, you sent {exc.seen_version}.",
        current_version=exc.claim.version,
        current_status=exc.claim.status,
    )


def _client(request: Request) -> ApiClient:
    assert isinstance(request.auth, ApiClient)  # ApiClientOnly let the request in
    return request.auth


class WebhookListCreate(generics.ListAPIView):
    """An API client's webhooks; registering one returns its signing secret once."""

    permission_classes = [ApiClientOnly]
    serializer_class = s.WebhookSerializer

    def get_queryset(self) -> QuerySet[Webhook]:
        return Webhook.objects.filter(api_client=_client(self.request))

    @extend_schema(responses={200: s.WebhookSerializer(many=True), **problems(400, 401, 403, 429)})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        _known_parameters_only(request)
        return super().get(request, *args, **kwargs)

    @extend_schema(request=s.WebhookSerializer, responses={201: s.WebhookCreatedSerializer, **problems(*COMMON)})
    def post(self, request: Request) -> Response:
        body = s.WebhookSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        hook = webhook_create(
            api_client=_client(request),
            url=body.validated_data["url"],
            events=body.validated_data["events"],
        )
        return Response(s.WebhookCreatedSerializer(hook).data, status=status.HTTP_201_CREATED)


class WebhookDetail(generics.RetrieveDestroyAPIView):
    permission_classes = [ApiClientOnly]
    serializer_class = s.WebhookSerializer

    def get_queryset(self) -> QuerySet[Webhook]:
        return Webhook.objects.filter(api_client=_client(self.request))

    @extend_schema(responses={200: s.WebhookSerializer, **problems(401, 403, 404, 429)})
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(responses={204: None, **problems(401, 403, 404, 429)})
    def delete(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().delete(request, *args, **kwargs)


class VerdictExport(APIView):
    """Stream an export (scope `read`): `format` csv, jsonl, claimreview, annotations, audit, audit-jsonl.

    Filters: since, until (dates), status, rating, language, article, reviewer; only
    published verdicts unless `published=false`.
    """

    permission_classes = [ScopePermission]
    required_scopes = {"GET": "read"}

    @extend_schema(
        parameters=[
            OpenApiParameter("format", str, enum=list(FORMATS), required=True),
            OpenApiParameter("published", bool, required=False),
            OpenApiParameter("since", OpenApiTypes.DATE, required=False),
            OpenApiParameter("until", OpenApiTypes.DATE, required=False),
            OpenApiParameter("status", str, enum=list(Claim.Status.values), required=False),
            OpenApiParameter("rating", str, required=False),
            OpenApiParameter("language", str, required=False),
            OpenApiParameter("article", int, required=False),
            OpenApiParameter("reviewer", str, required=False),
        ],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV"),
            (200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR, description="JSON Lines"),
            (200, "application/ld+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="JSON-LD"),
            **problems(400, 401, 403, 429),
        },
    )
    def get(self, request: Request) -> HttpResponseBase:
        _known_parameters_only(request, ("format", *FILTER_NAMES), pages=False)
        fmt = request.query_params.get("format", "")
        if fmt not in FORMATS:
            return problem(400, f"format must be one of {', '.join(FORMATS)}.", errors={"format": ["Unknown format."]})
        try:
            filters = filters_from_mapping(request.query_params, published_default=True)
        except FilterError as exc:
            return problem(400, str(exc), errors={exc.field: [exc.message]})
        return export_response(fmt, filters)


def export_response(fmt: str, filters: VerdictFilters) -> StreamingHttpResponse:
    spec = FORMATS[fmt]
    response = StreamingHttpResponse(export_chunks(fmt=fmt, filters=filters), content_type=spec.media_type)
    response["Content-Disposition"] = f'attachment; filename="verdicts-{fmt}.{spec.extension}"'
    return response
