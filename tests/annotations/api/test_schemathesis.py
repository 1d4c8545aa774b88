"""Property-based run of the whole API against its own OpenAPI schema.

Schemathesis generates requests (valid and invalid) for every operation in /api/schema/
and checks that no response is a 5xx and none contradicts the schema.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from factcheck.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture
def keep_test_connection():
    """The WSGI handler closes database connections after each request, which would close
    the test's transaction; Django's own test client disconnects the same signal."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def auth_header(db, keep_test_connection):
    from annotations.services.api_clients import api_client_create
    from tests.factories import ClaimFactory

    ClaimFactory()
    _, token = api_client_create(name="schemathesis", scopes=["submit", "read", "review"])
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_schema(case, auth_header):
    case.call_and_validate(
        headers=auth_header,
        checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
    )
