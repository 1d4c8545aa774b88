from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.models import ApiClient
from annotations.services.api_clients import api_client_create, api_client_rotate_token


class Command(BaseCommand):
    help = "Create an API client (or --rotate an existing one's token). The token is printed once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--scopes", default="read", help="comma-separated: submit,read,review")
        parser.add_argument("--rotate", action="store_true", help="issue a new token for an existing client")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["rotate"]:
                existing = ApiClient.objects.filter(name=options["name"]).first()
                if existing is None:
                    raise CommandError(f"No API client called {options['name']!r}.")
                client, token = api_client_rotate_token(client_id=existing.pk)
            else:
                client, token = api_client_create(name=options["name"], scopes=options["scopes"].split(","))
        except ValidationError as exc:
            raise CommandError("; ".join(" ".join(v) for v in exc.message_dict.values())) from exc
        self.stdout.write(f"API client {client.name!r} (scopes: {', '.join(client.scopes)})")
        self.stdout.write(f"Token (shown once, store it now): {token}")
