from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotations.evidence.ranking import highlights
from annotations.extraction.language import language_code
from annotations.models import Article, Claim, Evidence, EvidenceLookup, Verdict, Webhook
from annotations.services.webhooks import EVENTS


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details."""

    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    errors = serializers.DictField(required=False)  # type: ignore[assignment]


class StrictCharField(serializers.CharField):
    """A JSON string and nothing else. DRF's CharField stores the number 5 as "5", which
    would hide a client's mistake (an article whose text is a number) behind a 201."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ArticleSubmitSerializer(serializers.Serializer):
    title = StrictCharField(max_length=500, required=False, allow_blank=True, default="")
    text = StrictCharField(required=False, allow_blank=True, trim_whitespace=False, default="")
    html = StrictCharField(required=False, allow_blank=True, trim_whitespace=False, default="")
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    language = StrictCharField(max_length=3, required=False, allow_null=True, default=None)
    source = StrictCharField(  # type: ignore[assignment]
        max_length=200, required=False, allow_blank=True, default=""
    )
    published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
    external_id = StrictCharField(max_length=200, required=False, allow_blank=True, default="")

    def validate_language(self, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        code = language_code(value)
        if code is None:
            raise serializers.ValidationError(f"{value!r} is not an ISO 639-1 language code.")
        return code

    def validate_published_at(self, value: dt.datetime | None) -> dt.datetime | None:
        if value is None:
            return None
        if value.year < 1800 or value > timezone.now() + dt.timedelta(days=1):
            raise serializers.ValidationError("The publication date must lie between 1800 and tomorrow.")
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["text"] and attrs["html"]:
            raise serializers.ValidationError({"text": "Send either text or html, not both."})
        fetch = settings.ARTICLE_URL_FETCH and attrs["url"] and not attrs["text"] and not attrs["html"]
        if not fetch and not attrs["text"].strip() and not attrs["html"].strip():
            hint = "" if settings.ARTICLE_URL_FETCH else " (fetching a page from url alone is disabled here)"
            raise serializers.ValidationError({"text": f"The article needs a non-empty text or html{hint}."})
        if not fetch and not attrs["title"].strip() and not attrs["html"]:
            raise serializers.ValidationError({"title": "A title is required."})
        attrs["fetch"] = bool(fetch)
        return attrs


class ProgressSerializer(serializers.Serializer):
    lookups_total = serializers.IntegerField()
    lookups_done = serializers.IntegerField()
    lookups_failed = serializers.IntegerField()
    percent = serializers.IntegerField()


class ClaimSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "start", "end", "status", "score", "speaker", "speaker_type", "version", "updated_at"]


class ArticleSerializer(serializers.ModelSerializer):
    progress = serializers.SerializerMethodField()
    same_text_as = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        default=None,
        help_text="The id of the first article submitted before this one with the same text, or null: "
        "its claims may already be under review.",
    )

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "source",
            "language",
            "published_at",
            "external_id",
            "status",
            "created_at",
            "processed_at",
            "progress",
            "same_text_as",
        ]

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, article: Article) -> dict[str, int]:
        return {
            "lookups_total": article.lookups_total,
            "lookups_done": article.lookups_done,
            "lookups_failed": article.lookups_failed,
            "percent": article.progress_percent,
        }


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSummarySerializer(many=True, read_only=True)
    text = serializers.CharField()

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text", "claims"]


class CurrentVerdictSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    rating = serializers.CharField()
    created_at = serializers.DateTimeField()
    published_at = serializers.DateTimeField(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    current_verdict = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "text",
            "start",
            "end",
            "sentence_index",
            "language",
            "score",
            "signals",
            "speaker",
            "speaker_type",
            "origin",
            "status",
            "version",
            "created_at",
            "updated_at",
            "current_verdict",
        ]

    @extend_schema_field(CurrentVerdictSerializer(allow_null=True))
    def get_current_verdict(self, claim: Claim) -> dict[str, Any] | None:
        verdict = getattr(claim, "current", None)
        if verdict is None:
            return None
        return {
            "id": verdict.pk,
            "rating": verdict.rating.slug,
            "created_at": verdict.created_at,
            "published_at": verdict.published_at,
        }


class LookupSerializer(serializers.ModelSerializer):
    class Meta:
        model = EvidenceLookup
        fields = [
            "id",
            "provider",
            "status",
            "attempts",
            "queued_at",
            "started_at",
            "finished_at",
            "duration_ms",
            "result_count",
            "error",
        ]


class LookupsRerunSerializer(serializers.Serializer):
    queued = serializers.IntegerField(help_text="How many of the claim's lookups were sent to run again.")
    lookups = LookupSerializer(many=True, help_text="The claim's lookups as they stand now.")


class EvidenceSerializer(serializers.ModelSerializer):
    highlights = serializers.SerializerMethodField(
        help_text="[start, end) code-point offsets into `passage` of what the reviewer UI marks: the claim's "
        "quantities in any format and its content words."
    )

    class Meta:
        model = Evidence
        fields = [
            "id",
            "provider",
            "source_title",
            "url",
            "passage",
            "language",
            "published_at",
            "retrieved_at",
            "relevance",
            "rank",
            "numeric_check",
            "numeric_details",
            "rating",
            "highlights",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.ListField(child=serializers.IntegerField())))
    def get_highlights(self, evidence: Evidence) -> list[list[int]]:
        claim = evidence.claim  # cached by the claim's prefetch: no query
        spans = highlights(claim.text, evidence.passage, claim.language, evidence.language or claim.language)
        return [[start, end] for start, end in spans]


class VerdictSerializer(serializers.ModelSerializer):
    rating: serializers.SlugRelatedField[Verdict] = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    author = serializers.CharField(source="author_name", read_only=True)
    cited_evidence = serializers.PrimaryKeyRelatedField[Evidence](many=True, read_only=True)

    class Meta:
        model = Verdict
        fields = [
            "id",
            "claim",
            "rating",
            "rationale",
            "cited_evidence",
            "author",
            "claim_version",
            "supersedes",
            "created_at",
            "approved_at",
            "published_at",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    lookups = LookupSerializer(many=True, read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    verdicts = VerdictSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "sentence", "lookups", "evidence", "verdicts"]


class VerdictCreateSerializer(serializers.Serializer):
    rating = serializers.SlugField(max_length=40)
    rationale = StrictCharField(max_length=20000)
    claim_version = serializers.IntegerField(min_value=1, max_value=2**31 - 1)
    cited_evidence = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1), required=False, default=list, max_length=100
    )


class SpeakerUpdateSerializer(serializers.Serializer):
    speaker = StrictCharField(
        max_length=200, allow_blank=True, help_text="Who made the claim, as a reader would look it up; empty: no one."
    )
    speaker_type = serializers.ChoiceField(
        choices=Claim._meta.get_field("speaker_type").choices or [],
        required=False,
        allow_blank=True,
        default="",
        help_text="The speaker's schema.org type; required with a speaker.",
    )
    claim_version = serializers.IntegerField(min_value=1, max_value=2**31 - 1)


class WebhookSerializer(serializers.ModelSerializer):
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=list(EVENTS)), min_length=1, max_length=len(EVENTS)
    )

    class Meta:
        model = Webhook
        fields = ["id", "url", "events", "is_active", "created_at"]
        read_only_fields = ["id", "is_active", "created_at"]


class WebhookCreatedSerializer(WebhookSerializer):
    secret = serializers.CharField(read_only=True, help_text="HMAC-SHA256 signing secret; shown only now.")

    class Meta(WebhookSerializer.Meta):
        fields = [*WebhookSerializer.Meta.fields, "secret"]
        read_only_fields = [*WebhookSerializer.Meta.read_only_fields, "secret"]
