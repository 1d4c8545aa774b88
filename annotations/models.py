"""The domain: articles, their claims, evidence lookups and evidence, verdicts.

Fields, constraints and small derived properties only; every write goes through
`annotations.services`. Offsets are Unicode code points into the article's
NFC-normalised text (the W3C TextPositionSelector convention), which is what Python's
`str` indexing gives.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class Language(models.TextChoices):
    """Languages the extractor knows; anything else is stored as its ISO 639-1 code."""

    GERMAN = "de", "German"
    ENGLISH = "en", "English"
    SPANISH = "es", "Spanish"
    FRENCH = "fr", "French"


class ApiClient(models.Model):
    """A system that talks to the REST API; only a hash of its token is stored."""

    name = models.CharField(max_length=200, unique=True)
    token_prefix = models.CharField(max_length=12, help_text="First characters of the token, to recognise it.")
    token_hash = models.CharField(max_length=128, unique=True)
    scopes = models.JSONField(default=list, help_text='Any of "submit", "read", "review".')
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        PROCESSING = "processing", "Processing"
        PROCESSED = "processed", "Processed"

    title = models.CharField(max_length=500)
    text = models.TextField(help_text="NFC-normalised plain text; claim offsets index into it.")
    url = models.URLField(max_length=2000, blank=True)
    source = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8)
    published_at = models.DateTimeField(null=True, blank=True)
    external_id = models.CharField(max_length=200, blank=True)
    idempotency_key = models.CharField(max_length=200, blank=True, help_text="The client's Idempotency-Key header.")
    request_hash = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the submitted request body.")
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the NFC text.")
    api_client = models.ForeignKey(ApiClient, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PROCESSING)
    # Progress is stored, not computed by asking Celery: lookups finish in workers and
    # update these counters in the same transaction as their own status.
    lookups_total = models.PositiveIntegerField(default=0)
    lookups_done = models.PositiveIntegerField(default=0)
    lookups_failed = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        # A plain b-tree: db_index on a CharField adds a second index, for LIKE only.
        indexes = [models.Index(fields=["content_hash"], name="article_content_hash_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["api_client", "external_id"],
                condition=~Q(external_id=""),
                name="article_unique_external_id_per_client",
            ),
            models.UniqueConstraint(
                fields=["api_client", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="article_unique_idempotency_key_per_client",
            ),
            models.CheckConstraint(
                condition=Q(lookups_done__gte=0) & Q(lookups_failed__gte=0),
                name="article_lookup_counts_non_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def lookups_finished(self) -> int:
        return self.lookups_done + self.lookups_failed

    @property
    def progress_percent(self) -> int:
        if not self.lookups_total:
            return 100
        return round(100 * self.lookups_finished / self.lookups_total)


class Claim(models.Model):
    class Status(models.TextChoices):
        EXTRACTED = "extracted", "Extracted"
        RESEARCHING = "researching", "Researching"
        READY = "ready", "Ready for review"
        IN_REVIEW = "in_review", "In review"
        VERIFIED = "verified", "Verified"
        DISPUTED = "disputed", "Disputed"
        DISMISSED = "dismissed", "Dismissed"

    class Origin(models.TextChoices):
        EXTRACTED = "extracted", "Extracted"
        MANUAL = "manual", "Added by a reviewer"

    # The unique (article, start, end) index serves lookups by article; no index of its own.
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims", db_index=False)
    text = models.TextField(help_text="The exact quote: article.text[start:end].")
    start = models.PositiveIntegerField(help_text="Code-point offset into the article's NFC text.")
    end = models.PositiveIntegerField()
    sentence_index = models.PositiveIntegerField(default=0)
    sentence = models.TextField(blank=True)
    language = models.CharField(max_length=8)
    score = models.FloatField(default=0.0)
    signals = models.JSONField(default=list, blank=True)
    speaker = models.CharField(max_length=200, blank=True)
    speaker_type = models.CharField(
        max_length=12,
        blank=True,
        choices=[("Person", "Person"), ("Organization", "Organization")],
        help_text="The speaker's schema.org type, as ClaimReview exports name the claim's author.",
    )
    origin = models.CharField(max_length=16, choices=Origin.choices, default=Origin.EXTRACTED)
    # Indexed by claim_queue_idx (status first), which serves every status lookup.
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.EXTRACTED)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_claims"
    )
    dismissed_reason = models.TextField(blank=True)
    # Optimistic concurrency: every change bumps the version; a write that names an older
    # version is refused.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["article_id", "start", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_start_before_end"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span_per_article"),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=1), name="claim_score_in_unit_interval"),
        ]
        indexes = [
            models.Index(fields=["status", "-score"], name="claim_queue_idx"),
            # The review queue lists open claims by score or age; partial indexes let the
            # database read the first page in order instead of sorting every open claim.
            models.Index(
                F("score").desc(),
                "created_at",
                "id",
                condition=Q(status__in=["extracted", "researching", "ready", "in_review"]),
                name="claim_open_by_score_idx",
            ),
            models.Index(
                fields=["created_at", "id"],
                condition=Q(status__in=["extracted", "researching", "ready", "in_review"]),
                name="claim_open_by_age_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class EvidenceLookup(models.Model):
    """One Celery job asking one provider about one claim."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    # The unique (claim, provider) index serves lookups by claim; no index of its own.
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="lookups", db_index=False)
    provider = models.CharField(max_length=40)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    queued_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    result_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["claim_id", "provider"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "provider"], name="lookup_unique_claim_provider"),
        ]
        indexes = [models.Index(fields=["status"], name="lookup_status_idx")]

    def __str__(self) -> str:
        return f"{self.provider} for claim {self.claim_id}"

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}


class Evidence(models.Model):
    """One item a provider returned for a claim."""

    class NumericCheck(models.TextChoices):
        AGREES = "agrees", "Agrees on the numbers"
        DISAGREES = "disagrees", "Disagrees on the numbers"
        SILENT = "silent", "Silent on the numbers"

    # The unique (lookup, source_key) index serves lookups by lookup; no index of its own.
    lookup = models.ForeignKey(EvidenceLookup, on_delete=models.CASCADE, related_name="evidence", db_index=False)
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    provider = models.CharField(max_length=40)
    source_key = models.CharField(max_length=500, help_text="Identifies the item within its provider.")
    source_title = models.CharField(max_length=500)
    url = models.URLField(max_length=2000, blank=True)
    passage = models.TextField()
    published_at = models.DateField(null=True, blank=True)
    retrieved_at = models.DateTimeField()
    relevance = models.FloatField()
    rank = models.PositiveIntegerField()
    numeric_check = models.CharField(max_length=10, choices=NumericCheck.choices, default=NumericCheck.SILENT)
    numeric_details = models.JSONField(default=list, blank=True)
    rating = models.CharField(max_length=200, blank=True, help_text="For earlier fact-checks: their rating.")
    language = models.CharField(
        max_length=8,
        blank=True,
        help_text="The passage's language (ISO 639-1); the claim's when the provider names none.",
    )

    class Meta:
        ordering = ["claim_id", "provider", "rank"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(fields=["lookup", "source_key"], name="evidence_unique_item_per_lookup"),
        ]

    def __str__(self) -> str:
        return self.source_title


class Rating(models.Model):
    """One step of the organisation's rating scale."""

    class Outcome(models.TextChoices):
        VERIFIED = "verified", "Verified"
        DISPUTED = "disputed", "Disputed"

    class FeverLabel(models.TextChoices):
        SUPPORTS = "SUPPORTS", "SUPPORTS"
        REFUTES = "REFUTES", "REFUTES"
        NOT_ENOUGH_INFO = "NOT ENOUGH INFO", "NOT ENOUGH INFO"

    slug = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=100)
    outcome = models.CharField(
        max_length=10, choices=Outcome.choices, help_text="The claim status a verdict with this rating leads to."
    )
    claimreview_value = models.PositiveSmallIntegerField(help_text="ratingValue in schema.org ClaimReview.")
    fever_label = models.CharField(max_length=20, choices=FeverLabel.choices)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    """A reviewer's decision. Append-only: the newest verdict of a claim is current."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="verdicts")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="verdicts")
    rationale = models.TextField()
    cited_evidence = models.ManyToManyField(Evidence, blank=True, related_name="cited_by")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="verdicts"
    )
    api_client = models.ForeignKey(ApiClient, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    # The claim version this verdict was made against; one verdict per version wins.
    claim_version = models.PositiveIntegerField()
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = "created_at"
        constraints = [
            models.UniqueConstraint(fields=["claim", "claim_version"], name="verdict_one_per_claim_version"),
            models.CheckConstraint(
                condition=Q(reviewer__isnull=False) | Q(api_client__isnull=False), name="verdict_has_author"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating} on claim {self.claim_id}"

    @property
    def author_name(self) -> str:
        if self.reviewer is not None:
            return self.reviewer.get_username()
        return f"API client {self.api_client.name}" if self.api_client is not None else "unknown"


class ClaimEvent(models.Model):
    """The audit trail: every change to a claim, who made it and what it changed."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    api_client = models.ForeignKey(ApiClient, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=40)
    old = models.JSONField(default=dict, blank=True)
    new = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} on claim {self.claim_id}"


class LibraryDocument(models.Model):
    """A document of the organisation's own evidence library."""

    origin = models.CharField(max_length=1000, unique=True, help_text="Where it was imported from (path or id).")
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=2000, blank=True)
    language = models.CharField(max_length=8)
    published_at = models.DateField(null=True, blank=True)
    content_hash = models.CharField(max_length=64)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title


class LibraryPassage(models.Model):
    """A searchable passage (a paragraph or so) of a library document.

    Full-text search runs on a PostgreSQL tsvector column with a GIN index, or on an
    SQLite FTS5 table kept in step by triggers; both are created in migration 0002.
    """

    # The unique (document, position) index serves lookups by document; no index of its own.
    document = models.ForeignKey(LibraryDocument, on_delete=models.CASCADE, related_name="passages", db_index=False)
    position = models.PositiveIntegerField()
    text = models.TextField()
    language = models.CharField(max_length=8)

    class Meta:
        ordering = ["document_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="passage_unique_position"),
        ]

    def __str__(self) -> str:
        return f"{self.document} §{self.position}"


class FactCheck(models.Model):
    """An earlier fact-check: imported ClaimReview records and this system's own verdicts."""

    class Origin(models.TextChoices):
        IMPORTED = "imported", "Imported"
        VERDICT = "verdict", "Own published verdict"

    external_id = models.CharField(max_length=200, unique=True)
    claim_text = models.TextField()
    title = models.CharField(max_length=1000, blank=True)
    rating = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    reviewed_at = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.IMPORTED)
    verdict = models.OneToOneField(Verdict, null=True, blank=True, on_delete=models.CASCADE, related_name="factcheck")
    imported_at = models.DateTimeField(auto_now=True)
    # Sentence embeddings of claim_text and title (float32), made by `embedding_model`;
    # computed after import and whenever the text changes (services.factchecks).
    claim_embedding = models.BinaryField(null=True, blank=True, editable=False)
    title_embedding = models.BinaryField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)

    class Meta:
        ordering = ["-reviewed_at", "id"]

    def __str__(self) -> str:
        return self.claim_text[:80]


class Webhook(models.Model):
    """A URL an API client registered to be told about events."""

    api_client = models.ForeignKey(ApiClient, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=2000)
    events = models.JSONField(default=list)
    secret = models.CharField(max_length=128, help_text="HMAC-SHA256 signing secret.")
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} to {self.webhook}"


class CheckworthinessModel(models.Model):
    """A trained check-worthiness scorer: hashed-feature weights, never training text."""

    name = models.CharField(max_length=200)
    languages = models.JSONField(default=list, help_text="Languages it was trained on; others use the default.")
    bits = models.PositiveSmallIntegerField()
    features = models.PositiveSmallIntegerField(
        default=1,
        help_text="Feature set: 1 words and signals, 2 also character n-grams, 3 also word meanings, "
        "4 word meanings shrunk for short texts (see extraction.scoring).",
    )
    intercept = models.FloatField()
    threshold = models.FloatField()
    weights = models.BinaryField(
        help_text="float32 weights, 2**bits of them; for feature sets 3 and 4 then one per vocabulary word."
    )
    metrics = models.JSONField(default=dict, help_text="Validation precision, recall and F1 per language.")
    trained_on = models.JSONField(default=dict, help_text="Sources and unit counts.")
    is_active = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=Q(is_active=True), name="checkworthiness_one_active_model"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.pk}"


class ProviderConfig(models.Model):
    """Admin overrides of an evidence provider's settings (the environment gives defaults)."""

    slug = models.SlugField(max_length=40, unique=True)
    enabled = models.BooleanField(default=True)
    base_url = models.URLField(max_length=500, blank=True, help_text="Empty: the default from the settings.")
    api_key = models.CharField(max_length=500, blank=True, help_text="Empty: the key from the settings.")
    timeout = models.FloatField(null=True, blank=True, help_text="Seconds; empty: the default.")
    rate_limit_per_minute = models.PositiveIntegerField(null=True, blank=True, help_text="Empty: the default.")
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug
