from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "annotations"
    verbose_name = "Fact-checking"

    def ready(self) -> None:
        from factcheck.celery import ensure_broker_folders

        ensure_broker_folders()
        from annotations.api import schema  # noqa: F401 - registers the OpenAPI auth extension
