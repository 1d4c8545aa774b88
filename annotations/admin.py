from django.contrib import admin
from django.db.models import URLField

from . import models


class ModelAdmin(admin.ModelAdmin):
    """A URL typed without a scheme is read as https://, as Django 6 will by default."""

    formfield_overrides = {URLField: {"assume_scheme": "https"}}


class ClaimInline(admin.TabularInline):
    model = models.Claim
    fields = readonly_fields = ("text", "status", "score", "speaker", "origin")
    extra = 0
    show_change_link = True
    can_delete = False


@admin.register(models.Article)
class ArticleAdmin(ModelAdmin):
    list_display = [
        "title",
        "language",
        "source",
        "status",
        "lookups_total",
        "lookups_done",
        "lookups_failed",
        "created_at",
    ]
    list_filter = ["status", "language", "source", "created_at"]
    search_fields = ["title", "url", "external_id", "content_hash"]
    readonly_fields = ["content_hash", "lookups_total", "lookups_done", "lookups_failed", "processed_at"]
    inlines = [ClaimInline]


class LookupInline(admin.TabularInline):
    model = models.EvidenceLookup
    fields = readonly_fields = ("provider", "status", "attempts", "result_count", "duration_ms", "error")
    extra = 0
    can_delete = False


@admin.register(models.Claim)
class ClaimAdmin(ModelAdmin):
    list_display = [
        "short_text",
        "article",
        "status",
        "language",
        "score",
        "speaker",
        "origin",
        "assignee",
        "updated_at",
    ]
    list_filter = ["status", "language", "origin", "speaker_type"]
    search_fields = ["text", "speaker", "article__title"]
    raw_id_fields = ["article", "assignee"]
    readonly_fields = ["version"]
    inlines = [LookupInline]

    @admin.display(description="claim")
    def short_text(self, obj: models.Claim) -> str:
        return obj.text[:90]


@admin.register(models.ProviderConfig)
class ProviderConfigAdmin(ModelAdmin):
    list_display = ["slug", "enabled", "base_url", "timeout", "rate_limit_per_minute", "failing_lookups"]
    list_editable = ["enabled"]

    @admin.display(description="failed lookups (24 h)")
    def failing_lookups(self, obj: models.ProviderConfig) -> int:
        import datetime as dt

        from django.utils import timezone

        since = timezone.now() - dt.timedelta(hours=24)
        return models.EvidenceLookup.objects.filter(
            provider=obj.slug, status=models.EvidenceLookup.Status.FAILED, finished_at__gte=since
        ).count()


class FailingFilter(admin.SimpleListFilter):
    title = "failing providers"
    parameter_name = "failing"

    def lookups(self, request, model_admin):  # type: ignore[no-untyped-def]
        from annotations.evidence import PROVIDERS

        return [(slug, slug) for slug in PROVIDERS]

    def queryset(self, request, queryset):  # type: ignore[no-untyped-def]
        if self.value():
            return queryset.filter(provider=self.value(), status=models.EvidenceLookup.Status.FAILED)
        return queryset


@admin.register(models.EvidenceLookup)
class EvidenceLookupAdmin(ModelAdmin):
    list_display = ["claim_id", "provider", "status", "attempts", "result_count", "duration_ms", "queued_at", "error"]
    list_filter = ["status", "provider", FailingFilter]
    search_fields = ["error", "claim__text"]
    raw_id_fields = ["claim"]


@admin.register(models.Evidence)
class EvidenceAdmin(ModelAdmin):
    list_display = ["source_title", "provider", "claim_id", "rank", "relevance", "numeric_check", "retrieved_at"]
    list_filter = ["provider", "numeric_check"]
    search_fields = ["source_title", "passage", "url"]
    raw_id_fields = ["lookup", "claim"]


@admin.register(models.Rating)
class RatingAdmin(ModelAdmin):
    list_display = ["label", "slug", "outcome", "claimreview_value", "fever_label", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["outcome", "fever_label", "is_active"]


@admin.register(models.Verdict)
class VerdictAdmin(ModelAdmin):
    list_display = ["claim_id", "rating", "reviewer", "api_client", "claim_version", "created_at", "published_at"]
    list_filter = ["rating", "published_at", "created_at"]
    search_fields = ["rationale", "claim__text"]
    raw_id_fields = ["claim", "supersedes", "cited_evidence"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False  # verdicts are append-only; a correction is a new verdict

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(models.ClaimEvent)
class ClaimEventAdmin(ModelAdmin):
    list_display = ["claim_id", "kind", "actor", "api_client", "created_at"]
    list_filter = ["kind", "created_at"]
    raw_id_fields = ["claim"]


class PassageInline(admin.TabularInline):
    model = models.LibraryPassage
    fields = ["position", "text"]
    extra = 0


@admin.register(models.LibraryDocument)
class LibraryDocumentAdmin(ModelAdmin):
    list_display = ["title", "language", "url", "published_at", "imported_at"]
    list_filter = ["language"]
    search_fields = ["title", "origin", "url"]
    inlines = [PassageInline]


@admin.register(models.FactCheck)
class FactCheckAdmin(ModelAdmin):
    list_display = ["external_id", "short_claim", "rating", "language", "origin", "reviewed_at"]
    list_filter = ["origin", "language"]
    search_fields = ["external_id", "claim_text", "title"]

    @admin.display(description="claim")
    def short_claim(self, obj: models.FactCheck) -> str:
        return obj.claim_text[:90]


@admin.register(models.ApiClient)
class ApiClientAdmin(ModelAdmin):
    list_display = ["name", "token_prefix", "scopes", "is_active", "created_at", "last_used_at"]
    list_filter = ["is_active"]
    readonly_fields = ["token_prefix", "token_hash", "last_used_at"]


@admin.register(models.Webhook)
class WebhookAdmin(ModelAdmin):
    list_display = ["url", "api_client", "events", "is_active", "created_at"]
    list_filter = ["is_active"]


@admin.register(models.WebhookDelivery)
class WebhookDeliveryAdmin(ModelAdmin):
    list_display = ["webhook", "event", "status", "attempts", "response_status", "created_at", "delivered_at"]
    list_filter = ["status", "event"]
