"""Settings for the fact-checking annotation workflow.

One module, driven by environment variables (all listed in `.env.example` and the
README). The defaults give the embedded mode: a SQLite file and a Celery broker that
keeps its messages in a folder, so one machine with Python is enough. Production safety
(secure cookies, HSTS, a required secret key) follows from DJANGO_DEBUG=false.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("FACTCHECK_VAR_DIR", BASE_DIR / "var"))


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from exc


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from exc


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_DEBUG=false")
    # Development only: a fixed key keeps sessions valid across restarts of `make run`.
    SECRET_KEY = "insecure-development-key-set-DJANGO_SECRET_KEY-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "annotations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "annotations.middleware.RejectNulMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

if not DEBUG:
    # Static files are collected into STATIC_ROOT and served by WhiteNoise in production;
    # in development `runserver` serves them from the app folders.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "annotations.context_processors.roles",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker are separate processes writing to one file: WAL lets
    # readers proceed during a write, IMMEDIATE transactions take the write lock up front
    # (no "database is locked" upgrade failures), and busy_timeout waits instead of failing.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    # A file, not memory: worker threads and processes in tests must see the same data.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if env_bool("DATABASE_PREPARED_STATEMENTS", True):
        # psycopg 3 sends parameters apart from the SQL (server-side binding) and prepares
        # a statement once it has run five times on a connection, so PostgreSQL plans it
        # once per connection, not once per run: an evidence lookup's eight statements
        # took about a fifth less database CPU and a tenth less Python CPU. Turn it off
        # behind a connection pooler that cannot keep prepared statements (PgBouncer in
        # transaction mode before 1.21).
        # Added to what the URL carries ("?sslmode=require" and the like), not instead of it.
        DATABASES["default"]["OPTIONS"] = {
            **DATABASES["default"].get("OPTIONS", {}),
            "server_side_binding": True,
            "prepare_threshold": 5,
        }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth, i18n, static ---------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "annotations:queue"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("es", "Español")]
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Production safety follows from DEBUG=false ---------------------------------------
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^livez$"]
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# --- Celery ---------------------------------------------------------------------------
# The host part means nothing to the filesystem transport; without one kombu warns
# "No hostname was supplied" in every process.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://localhost/")
CELERY_BROKER_FOLDER = Path(env_str("CELERY_BROKER_FOLDER", str(VAR_DIR / "broker")))
if CELERY_BROKER_URL.startswith("filesystem://"):
    # kombu's filesystem transport: messages are files in one folder shared by the web
    # process (producer) and the worker (consumer). No server to install.
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
        "data_folder_in": str(CELERY_BROKER_FOLDER / "queue"),
        "data_folder_out": str(CELERY_BROKER_FOLDER / "queue"),
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "store_processed": False,
    }
else:
    # With acks_late, a message whose worker vanished is redelivered after this many
    # seconds; it must exceed the longest task (the hard time limit below).
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 600)}
CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_IGNORE_RESULT = True
# Lookups of web providers have a queue of their own (annotations/evidence/__init__.py);
# a worker started without -Q consumes all three, and a deployment can give the web
# lookups workers of their own (compose.yaml, docs/operations.md).
# Each queue is bound by its own routing key: bound alike, a message re-sent from its
# delivery details (a retry) would be copied into every queue.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_QUEUES = tuple(Queue(name, routing_key=name) for name in ("celery", "lookups", "lookups-web"))
# acks_late + reject_on_worker_lost: a lookup whose worker died mid-task is redelivered
# instead of lost; the tasks are idempotent, so running twice is safe.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# One message at a time per worker process: with acks_late, prefetched messages would sit
# unacknowledged behind a slow lookup while other workers idle.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Provider calls have their own timeouts; these limits stop a task that hangs anyway so
# it cannot block a worker slot forever (soft: raise inside the task; hard: kill it).
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 60)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 90)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Celery's Django fixup closes the database connection before and after every task unless
# this is set: on PostgreSQL that made each lookup open a new connection, about half its
# time. factcheck/celery.py gives tasks Django's own request lifecycle instead
# (CONN_MAX_AGE, health checks), and closes the connections after any task that did not
# succeed. The fixup still closes them after this many tasks, and in every new worker process.
CELERY_DB_REUSE_MAX = env_int("CELERY_DB_REUSE_MAX", 1000)
# Worker processes commit without waiting for the WAL flush (PostgreSQL's
# synchronous_commit = off, for their own connections only; web requests, where reviewers'
# verdicts are written, keep waiting). What a worker writes can be written again: if the
# PostgreSQL server itself crashes, the last few hundred milliseconds of lookups revert
# whole (a lookup and its evidence share a transaction) and the periodic sweep sends them
# again. A lookup then waits for no disk flush: about a quarter more lookups per second.
WORKER_SYNCHRONOUS_COMMIT = env_bool("WORKER_SYNCHRONOUS_COMMIT", False)
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-lookups": {
        "task": "annotations.tasks.evidence_lookups_sweep",
        "schedule": float(env_int("LOOKUP_SWEEP_INTERVAL", 60)),
    },
}

# --- The product ----------------------------------------------------------------------
# Evidence providers asked about every claim, in this order.
EVIDENCE_PROVIDERS = env_list("EVIDENCE_PROVIDERS", "library,factchecks,wikipedia,google")
# The web providers stay off until configured: Wikipedia needs its API URL ({language} is
# replaced by the claim's language), Google Fact Check Tools an API key.
WIKIPEDIA_API_URL = env_str("WIKIPEDIA_API_URL", "")
GOOGLE_FACTCHECK_API_KEY = env_str("GOOGLE_FACTCHECK_API_KEY", "")
GOOGLE_FACTCHECK_URL = env_str("GOOGLE_FACTCHECK_URL", "https://factchecktools.googleapis.com/v1alpha1/claims:search")
PROVIDER_TIMEOUT = env_float("PROVIDER_TIMEOUT", 10.0)
PROVIDER_RATE_LIMIT_PER_MINUTE = env_int("PROVIDER_RATE_LIMIT_PER_MINUTE", 120)
# Earlier fact-checks below this similarity are not shown as evidence.
FACTCHECK_MIN_SCORE = env_float("FACTCHECK_MIN_SCORE", 0.3)
# Match claims to earlier fact-checks by meaning too (sentence embeddings), not only words.
FACTCHECK_SEMANTIC_MATCHING = env_bool("FACTCHECK_SEMANTIC_MATCHING", True)
# Library passages below this relevance (the rarity-weighted share of the claim's words a
# passage holds, docs/evidence.md) are not shown as evidence.
LIBRARY_MIN_RELEVANCE = env_float("LIBRARY_MIN_RELEVANCE", 0.1)
EVIDENCE_RESULTS_PER_LOOKUP = env_int("EVIDENCE_RESULTS_PER_LOOKUP", 5)
# A lookup queued or running longer than this is re-queued by the periodic sweep.
LOOKUP_STUCK_AFTER_SECONDS = env_int("LOOKUP_STUCK_AFTER_SECONDS", 300)
LOOKUP_MAX_ATTEMPTS = env_int("LOOKUP_MAX_ATTEMPTS", 5)
ARTICLE_MAX_CHARS = env_int("ARTICLE_MAX_CHARS", 2 * 1024 * 1024)
EXTRACTION_MIN_SCORE = env_float("EXTRACTION_MIN_SCORE", 0.5)
# Exports: who publishes the verdicts and where they live publicly (ClaimReview url/@id).
FACTCHECK_PUBLIC_BASE_URL = env_str("FACTCHECK_PUBLIC_BASE_URL", "http://127.0.0.1:8000")
FACTCHECK_ORGANISATION_NAME = env_str("FACTCHECK_ORGANISATION_NAME", "Fact-check desk")
FACTCHECK_ORGANISATION_URL = env_str("FACTCHECK_ORGANISATION_URL", "http://127.0.0.1:8000/")
WEBHOOK_TIMEOUT = env_float("WEBHOOK_TIMEOUT", 10.0)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 8)
# Per API client; DRF answers 429 with Retry-After when exceeded.
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "600/minute")
# Fetching an article from {url} alone: off unless enabled (see docs/api.md on SSRF).
ARTICLE_URL_FETCH = env_bool("ARTICLE_URL_FETCH", False)
ARTICLE_FETCH_MAX_BYTES = env_int("ARTICLE_FETCH_MAX_BYTES", 5 * 1024 * 1024)
ARTICLE_FETCH_TIMEOUT = env_float("ARTICLE_FETCH_TIMEOUT", 10.0)
# Extra addresses the fetcher may reach although they are not public (e.g. an internal CMS).
ARTICLE_FETCH_ALLOWED_ADDRESSES = env_list("ARTICLE_FETCH_ALLOWED_ADDRESSES", "")
# Request bodies above this are refused with 413 before they are parsed (JSON escaping
# can make a body several times longer than its text).
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_CHARS * 4 + 64 * 1024

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env_str("CACHE_URL")}
        if env_str("CACHE_URL").startswith("redis")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "annotations.api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["annotations.api.parsers.StrictJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "annotations.api.pagination.IdCursorPagination",
    "DEFAULT_THROTTLE_CLASSES": ["annotations.api.throttling.ClientRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"client": API_THROTTLE_RATE},
    "EXCEPTION_HANDLER": "annotations.api.exceptions.problem_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "PAGE_SIZE": 50,
    # `format` is the export format in /api/v1/exports/verdicts, not content negotiation.
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check annotation API",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "DESCRIPTION": "Submit articles, follow their processing, read claims and verdicts. See docs/api.md.",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "annotations.models.Claim.Status",
        "ArticleStatusEnum": "annotations.models.Article.Status",
        "LookupStatusEnum": "annotations.models.EvidenceLookup.Status",
    },
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}
