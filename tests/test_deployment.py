"""compose.yaml cannot be run here (no Docker engine); check that it agrees with the code."""

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def load_compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_has_the_services_with_healthchecks_and_a_named_volume():
    compose = load_compose()
    services = compose["services"]
    assert set(services) == {"db", "redis", "web", "worker", "worker-web", "beat"}
    for name in ("db", "redis", "web", "worker", "worker-web"):
        assert "healthcheck" in services[name], f"{name} has no healthcheck"
    assert "pgdata" in compose["volumes"]
    assert "pgdata:/var/lib/postgresql/data" in services["db"]["volumes"]


def test_compose_commands_run_what_the_project_has():
    services = load_compose()["services"]
    assert "migrate" in services["web"]["command"]
    assert "gunicorn factcheck.wsgi:application" in services["web"]["command"]
    assert (ROOT / "factcheck" / "wsgi.py").exists()
    assert services["worker"]["command"][:4] == ["celery", "-A", "factcheck", "worker"]
    assert services["worker-web"]["command"][:4] == ["celery", "-A", "factcheck", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "factcheck", "beat"]
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])


def test_compose_environment_names_only_settings_the_code_reads():
    services = load_compose()["services"]
    settings_source = (ROOT / "factcheck" / "settings.py").read_text()
    read_by_settings = set(re.findall(r'env_\w+\("([A-Z_]+)"', settings_source))
    for name in ("web", "worker", "worker-web", "beat"):
        env = services[name]["environment"]
        assert env["DJANGO_DEBUG"] == "false"
        assert env["CELERY_BROKER_URL"].startswith("redis://redis:")
        assert env["DATABASE_URL"].startswith("postgres://") and "@db:5432/" in env["DATABASE_URL"]
        unknown = set(env) - read_by_settings
        assert not unknown, f"{name} sets variables the settings never read: {unknown}"


def test_env_example_lists_every_variable_the_settings_read():
    settings_source = (ROOT / "factcheck" / "settings.py").read_text()
    read_by_settings = set(re.findall(r'env_\w+\("([A-Z_]+)"', settings_source))
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    missing = read_by_settings - documented - {"FACTCHECK_VAR_DIR"}
    assert not missing, f".env.example does not document {missing}"
    readme = (ROOT / "README.md").read_text()
    assert not [name for name in read_by_settings if name not in readme], "README configuration table is incomplete"


def test_the_compose_workers_between_them_consume_every_queue_and_the_web_lookups_alone():
    """Each queue the tasks are sent to has a worker; web lookups have one of their own."""
    from django.conf import settings

    from annotations.evidence import PROVIDERS, lookup_queue

    services = load_compose()["services"]
    consumed = {}
    for name in ("worker", "worker-web"):
        command = services[name]["command"]
        consumed[name] = set(command[command.index("-Q") + 1].split(","))
    declared = {queue.name for queue in settings.CELERY_TASK_QUEUES}
    sent_to = {lookup_queue(slug) for slug in PROVIDERS} | {settings.CELERY_TASK_DEFAULT_QUEUE}
    assert sent_to <= declared, "a worker started without -Q consumes every queue tasks are sent to"
    assert consumed["worker"] | consumed["worker-web"] == declared
    assert consumed["worker-web"] == {lookup_queue("wikipedia")} == {lookup_queue("google")}
    assert lookup_queue("library") in consumed["worker"] and lookup_queue("factchecks") in consumed["worker"]


@pytest.mark.django_db
def test_postgresql_prepares_the_statements_a_connection_runs_often():
    """Server-side binding with prepared statements (DATABASE_PREPARED_STATEMENTS): the
    same statement run again is planned once per connection, not once per run."""
    from django.db import connection

    from annotations.models import Article

    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    for pk in range(1, 8):
        list(Article.objects.filter(pk=pk))
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any('FROM "annotations_article"' in statement and "$1" in statement for statement in prepared)


def test_the_database_url_keeps_its_own_options_beside_prepared_statements():
    """`?sslmode=require` in DATABASE_URL must survive the prepared-statement options."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    )
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        DATABASE_URL="postgres://user@db.example.org:5432/factcheck?sslmode=require",
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    options = json.loads(out.stdout.strip().splitlines()[-1])
    assert options == {"sslmode": "require", "server_side_binding": True, "prepare_threshold": 5}
