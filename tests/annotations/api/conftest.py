import pytest
from rest_framework.test import APIClient

from annotations.services.api_clients import api_client_create


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
