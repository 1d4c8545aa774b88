"""Test overrides: the settings module with a private broker folder and a fast hasher.

Everything else comes from the environment exactly as in production, so the suite runs
against whatever DATABASE_URL and CELERY_BROKER_URL point at.
"""

from .settings import *  # noqa: F403
from .settings import CELERY_BROKER_URL, VAR_DIR

if CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(VAR_DIR / "test-broker" / "queue"),
        "data_folder_out": str(VAR_DIR / "test-broker" / "queue"),
        "control_folder": str(VAR_DIR / "test-broker" / "control"),
        "store_processed": False,
    }
# Hashing demo passwords with PBKDF2's full cost would dominate the suite's runtime.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
