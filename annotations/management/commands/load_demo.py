from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand

from annotations.extraction.extractor import normalise
from annotations.models import Article
from annotations.services.articles import article_submit, content_hash

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
DEMO_ARTICLE = DEMO_DIR / "deepseek-chipkrieg.de.txt"
DEMO_USERS = [("reviewer", ["reviewer"], False), ("editor", ["editor"], False), ("admin", ["admin"], True)]


class Command(BaseCommand):
    help = "Load the demo: evidence library, the sample article, and users with fresh passwords (printed)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-users", action="store_true", help="leave users alone")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("import_library", str(DEMO_DIR / "library"), stdout=self.stdout, stderr=self.stderr)
        call_command("import_factchecks", str(DEMO_DIR / "factchecks.jsonl"), stdout=self.stdout, stderr=self.stderr)
        text = normalise(DEMO_ARTICLE.read_text(encoding="utf-8"))
        title, _, _ = text.partition("\n")
        if Article.objects.filter(content_hash=content_hash(text)).exists():
            self.stdout.write("Demo article already loaded.")
        else:
            article = article_submit(
                title=title.strip(),
                text=text,
                language="de",
                source="elEconomista (demo)",
            )
            self.stdout.write(f"Demo article {article.pk}: {article.claims.count()} claims queued for research.")
        if options["no_users"]:
            return
        User = get_user_model()
        lines = []
        for username, groups, superuser in DEMO_USERS:
            password = secrets.token_urlsafe(9)
            user, _ = User.objects.get_or_create(username=username)
            user.set_password(password)
            user.is_staff = superuser
            user.is_superuser = superuser
            user.save()
            user.groups.set(Group.objects.filter(name__in=groups))
            lines.append(f"  {username:<9} {password}")
        self.stdout.write("Demo users (passwords are new on every run):\n" + "\n".join(lines))
