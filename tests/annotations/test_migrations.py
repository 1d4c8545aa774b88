"""Data migrations, run backwards and forwards on the test database."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotations.models import Evidence
from tests.factories import ClaimFactory, EvidenceFactory, LibraryPassageFactory, LookupFactory

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(target: str) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("annotations", target)])


def test_0013_gives_stored_evidence_its_passage_s_or_its_claim_s_language():
    claim = ClaimFactory(language="de")
    lookup = LookupFactory(claim=claim)
    english = LibraryPassageFactory(language="en")
    from_library = EvidenceFactory(lookup=lookup, source_key=f"library:{english.pk}")
    wikipedia = EvidenceFactory(lookup=LookupFactory(claim=claim, provider="wikipedia"), provider="wikipedia")
    wikipedia.source_key = "wikipedia:Tokyo Electron"  # not a number after the prefix: never cast
    wikipedia.save()
    gone = EvidenceFactory(lookup=lookup, source_key="library:999999")  # its passage was deleted since
    migrate("0012_library_search_languages")
    migrate("0013_evidence_language")
    languages = dict(Evidence.objects.values_list("pk", "language"))
    assert languages == {from_library.pk: "en", wikipedia.pk: "de", gone.pk: "de"}
