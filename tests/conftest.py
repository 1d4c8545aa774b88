from __future__ import annotations

import importlib
from collections.abc import Iterator

import pytest
from django.test import Client
from rest_framework.test import APIClient

from annotations.services.api_clients import api_client_create
from factcheck.celery import app as celery_app
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttling counters live in the cache; ids repeat across rolled-back tests."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _restore_migration_data(request, django_db_blocker):
    """Transactional tests end with a flush that also deletes rows created by data
    migrations (role groups, the default rating scale); put them back around such tests."""
    transactional = "transactional_db" in request.fixturenames or any(
        mark.kwargs.get("transaction") for mark in request.node.iter_markers("django_db")
    )

    def restore():
        from django.apps import apps

        migration = importlib.import_module("annotations.migrations.0003_roles_and_ratings")
        with django_db_blocker.unblock():
            migration.forward(apps, None)

    if transactional:
        restore()
    yield
    if transactional:
        restore()


@pytest.fixture
def reviewer(db):
    return UserFactory(username="rita", roles=["reviewer"])


@pytest.fixture
def editor(db):
    return UserFactory(username="eddie", roles=["editor"])


@pytest.fixture
def outsider(db):
    """Signed in, but in no role group."""
    return UserFactory(username="olga", roles=[])


@pytest.fixture
def reviewer_client(reviewer) -> Client:
    client = Client()
    client.force_login(reviewer)
    return client


@pytest.fixture
def celery_worker(transactional_db) -> Iterator[object]:
    """A real Celery worker (in a thread of this process) consuming the configured broker.

    Runs against whatever CELERY_BROKER_URL says: the embedded filesystem broker by
    default, Redis in CI. Messages left by earlier tests are purged first.
    """
    from tests.workers import threads_worker

    celery_app.control.purge()
    with threads_worker() as worker:
        yield worker


@pytest.fixture
def token_for(db):
    def make(*scopes, name=None):
        _, token = api_client_create(name=name or f"client-{'-'.join(scopes) or 'none'}", scopes=list(scopes))
        return token

    return make


@pytest.fixture
def api(token_for):
    def make(*scopes, name=None):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_for(*scopes, name=name)}")
        return client

    return make
