"""Bearer-token authentication for API clients."""

from __future__ import annotations

from typing import Any

from rest_framework import authentication, exceptions
from rest_framework.request import Request

from annotations.models import ApiClient
from annotations.services.api_clients import api_client_authenticate


class ApiClientUser:
    """Stands in for request.user when an API client authenticates with its token."""

    is_authenticated = True
    is_anonymous = False
    is_active = True
    is_superuser = False
    is_staff = False
    pk = None
    id = None

    def __init__(self, client: ApiClient) -> None:
        self.client = client

    def get_username(self) -> str:
        return f"api:{self.client.name}"

    def __str__(self) -> str:
        return self.get_username()


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[Any, ApiClient] | None:
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header:
            return None
        keyword, _, token = header.partition(" ")
        if keyword.lower() != self.keyword.lower():
            return None
        client = api_client_authenticate(token.strip())
        if client is None:
            raise exceptions.AuthenticationFailed("The token is invalid or its client is deactivated.")
        return ApiClientUser(client), client

    def authenticate_header(self, request: Request) -> str:
        return f'{self.keyword} realm="api"'
