"""Data migrations, run backwards and forwards on the test database."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from annotations.models import Claim, Evidence, FactCheck
from tests.factories import ClaimFactory, EvidenceFactory, LibraryPassageFactory, LookupFactory

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(target: str) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("annotations", target)])


@pytest.fixture(autouse=True)
def _latest_afterwards():
    """Every test leaves the schema as the other tests expect it: fully migrated."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_0013_gives_stored_evidence_its_passage_s_fact_check_s_or_claim_s_language():
    claim = ClaimFactory(language="de")
    lookup = LookupFactory(claim=claim)
    english = LibraryPassageFactory(language="en")
    from_library = EvidenceFactory(lookup=lookup, source_key=f"library:{english.pk}")
    wikipedia = EvidenceFactory(lookup=LookupFactory(claim=claim, provider="wikipedia"), provider="wikipedia")
    wikipedia.source_key = "wikipedia:Tokyo Electron"  # not a number after the prefix: never cast
    wikipedia.save()
    gone = EvidenceFactory(lookup=lookup, source_key="library:999999")  # its passage was deleted since
    # Fact-checks were stored with the language as the file gave it, or none.
    tagged = FactCheck.objects.create(external_id="fc-1", claim_text="Exports rose 4 percent.", language="EN-us")
    untagged = FactCheck.objects.create(external_id="fc-2", claim_text="El paro subió un 4,9 por ciento en 2020.")
    factchecks = LookupFactory(claim=claim, provider="factchecks")
    from_factcheck = EvidenceFactory(lookup=factchecks, provider="factchecks", source_key="factcheck:fc-2")
    migrate("0012_library_search_languages")
    migrate("0013_evidence_language")
    languages = dict(Evidence.objects.values_list("pk", "language"))
    assert languages == {from_library.pk: "en", wikipedia.pk: "de", gone.pk: "de", from_factcheck.pk: "es"}
    assert dict(FactCheck.objects.values_list("pk", "language")) == {tagged.pk: "en", untagged.pk: "es"}


def test_0014_types_stored_speakers_as_people_or_organisations():
    office = ClaimFactory(speaker="Statistisches Bundesamt", language="de")
    person = ClaimFactory(speaker="Michelle Guida", language="de")
    described = ClaimFactory(speaker="the national statistics office", language="en")
    spokesman = ClaimFactory(speaker="a government spokesman", language="en")
    nobody = ClaimFactory(speaker="", language="en")
    migrate("0013_evidence_language")
    migrate("0014_claim_speaker_type")
    assert dict(Claim.objects.values_list("pk", "speaker_type")) == {
        office.pk: "Organization",
        person.pk: "Person",
        described.pk: "Organization",
        spokesman.pk: "Person",
        nobody.pk: "",
    }
