import pytest
from django.core.exceptions import ValidationError

from annotations.models import Claim, ClaimEvent, Verdict
from annotations.services.reviews import StaleClaimVersion, verdict_submit
from tests.factories import ClaimFactory, EvidenceFactory, UserFactory


@pytest.fixture
def claim(db):
    return ClaimFactory()


def test_verdict_submit_records_rating_rationale_and_cited_evidence(claim):
    evidence = EvidenceFactory(lookup__claim=claim)
    user = UserFactory(roles=["reviewer"])
    verdict = verdict_submit(
        claim_id=claim.pk,
        rating="verified",
        rationale="The statistics office confirms it.",
        claim_version=claim.version,
        cited_evidence_ids=[evidence.pk],
        reviewer=user,
    )
    claim.refresh_from_db()
    assert claim.status == Claim.Status.VERIFIED
    assert claim.version == 2
    assert list(verdict.cited_evidence.all()) == [evidence]
    event = ClaimEvent.objects.get(claim=claim)
    assert event.kind == "verdict"
    assert event.old["status"] == Claim.Status.READY
    assert event.new["rating"] == "verified"


def test_verdict_submit_rejects_stale_version_and_writes_nothing(claim):
    user = UserFactory(roles=["reviewer"])
    verdict_submit(claim_id=claim.pk, rating="verified", rationale="ok", claim_version=1, reviewer=user)
    with pytest.raises(StaleClaimVersion) as excinfo:
        verdict_submit(claim_id=claim.pk, rating="disputed", rationale="no", claim_version=1, reviewer=user)
    assert excinfo.value.claim.version == 2
    assert Verdict.objects.filter(claim=claim).count() == 1


def test_new_verdict_supersedes_the_current_one_and_keeps_history(claim):
    user = UserFactory(roles=["reviewer"])
    first = verdict_submit(claim_id=claim.pk, rating="verified", rationale="a", claim_version=1, reviewer=user)
    second = verdict_submit(claim_id=claim.pk, rating="disputed", rationale="b", claim_version=2, reviewer=user)
    assert second.supersedes == first
    assert list(Verdict.objects.filter(claim=claim, superseded_by__isnull=True)) == [second]
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DISPUTED


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"rationale": "  "}, "rationale"), ({"rating": "true-ish"}, "rating")],
)
def test_verdict_submit_validates_rationale_and_rating(claim, kwargs, field):
    user = UserFactory(roles=["reviewer"])
    args = {"claim_id": claim.pk, "rating": "verified", "rationale": "ok", "claim_version": 1, "reviewer": user}
    with pytest.raises(ValidationError) as excinfo:
        verdict_submit(**{**args, **kwargs})
    assert field in excinfo.value.message_dict
    assert not Verdict.objects.exists()


def test_cited_evidence_must_belong_to_the_claim(claim):
    other = EvidenceFactory()
    user = UserFactory(roles=["reviewer"])
    with pytest.raises(ValidationError):
        verdict_submit(
            claim_id=claim.pk,
            rating="verified",
            rationale="ok",
            claim_version=1,
            cited_evidence_ids=[other.pk],
            reviewer=user,
        )
    assert not Verdict.objects.exists()
