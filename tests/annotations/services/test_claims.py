import pytest
from django.core.exceptions import ValidationError

from annotations.models import Article, Claim, ClaimEvent, EvidenceLookup
from annotations.services import claims as svc
from annotations.services.reviews import StaleClaimVersion, verdict_submit
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory

TEXT = "Erster Satz ohne Zahl. Der Umsatz stieg 2023 um 5 Prozent, während die Kosten um 3 Prozent fielen. 🎉 Ende."


@pytest.fixture
def user(db):
    return UserFactory(username="rita", roles=["reviewer"])


@pytest.fixture
def article(db):
    return ArticleFactory(text=TEXT, language="de")


def span(fragment):
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def make_claim(article, fragment, **kwargs):
    start, end = span(fragment)
    return ClaimFactory(article=article, text=fragment, start=start, end=end, **kwargs)


def test_take_assigns_and_puts_the_claim_in_review(article, user):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    taken = svc.claim_take(claim_id=claim.pk, user=user, version=1)
    assert (taken.assignee, taken.status, taken.version) == (user, Claim.Status.IN_REVIEW, 2)
    assert ClaimEvent.objects.get(claim=claim).kind == "taken"
    with pytest.raises(StaleClaimVersion):
        svc.claim_take(claim_id=claim.pk, user=user, version=1)


def test_dismiss_needs_a_reason_and_keeps_it(article, user):
    claim = make_claim(article, "Erster Satz ohne Zahl.")
    with pytest.raises(ValidationError):
        svc.claim_dismiss(claim_id=claim.pk, user=user, reason="  ")
    dismissed = svc.claim_dismiss(claim_id=claim.pk, user=user, reason="Keine Tatsachenbehauptung")
    assert dismissed.status == Claim.Status.DISMISSED
    assert dismissed.dismissed_reason == "Keine Tatsachenbehauptung"


def test_add_claim_by_offsets_queues_lookups_with_exact_code_points(article, user, django_capture_on_commit_callbacks):
    start, end = span("🎉 Ende.")
    with django_capture_on_commit_callbacks() as callbacks:
        claim = svc.claim_add(article_id=article.pk, start=start, end=end, user=user)
    assert claim.text == "🎉 Ende."
    assert TEXT[claim.start : claim.end] == claim.text
    assert claim.origin == Claim.Origin.MANUAL
    assert EvidenceLookup.objects.filter(claim=claim).count() == 2
    article.refresh_from_db()
    assert article.lookups_total == 2 and article.status == Article.Status.PROCESSING
    assert len(callbacks) == 1
    with pytest.raises(ValidationError, match="already"):
        svc.claim_add(article_id=article.pk, start=start, end=end, user=user)


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (10, 10_000), (0, 2)])
def test_add_claim_refuses_bad_spans(article, user, start, end):
    with pytest.raises(ValidationError):
        svc.claim_add(article_id=article.pk, start=start, end=end, user=user)
    assert not Claim.objects.exists()


def test_split_coordinated_claim_in_two(article, user):
    whole = "Der Umsatz stieg 2023 um 5 Prozent, während die Kosten um 3 Prozent fielen."
    claim = make_claim(article, whole)
    at = TEXT.index(", während")
    first, second = svc.claim_split(claim_id=claim.pk, at=at, user=user, version=1)
    assert first.text == "Der Umsatz stieg 2023 um 5 Prozent"
    assert second.text == "während die Kosten um 3 Prozent fielen."
    assert TEXT[second.start : second.end] == second.text


def test_merge_spans_claims_and_dismisses_the_rest(article, user):
    a = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    b = make_claim(article, "die Kosten um 3 Prozent fielen.")
    merged = svc.claim_merge(claim_ids=[a.pk, b.pk], user=user)
    assert merged.pk == a.pk
    assert merged.text == "Der Umsatz stieg 2023 um 5 Prozent, während die Kosten um 3 Prozent fielen."
    b.refresh_from_db()
    assert b.status == Claim.Status.DISMISSED and f"claim {a.pk}" in b.dismissed_reason


def test_merge_refuses_claims_of_different_articles(article, user):
    a = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    other = ClaimFactory()
    with pytest.raises(ValidationError):
        svc.claim_merge(claim_ids=[a.pk, other.pk], user=user)


def test_reopen_after_verdict_then_correction_is_a_new_verdict(article, user):
    editor = UserFactory(username="eddie", roles=["editor"])
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    first = verdict_submit(claim_id=claim.pk, rating="verified", rationale="ok", claim_version=1, reviewer=user)
    reopened = svc.claim_reopen(claim_id=claim.pk, editor=editor)
    assert reopened.status == Claim.Status.IN_REVIEW
    second = verdict_submit(
        claim_id=claim.pk, rating="disputed", rationale="Korrektur", claim_version=reopened.version, reviewer=user
    )
    assert second.supersedes == first
    assert claim.verdicts.count() == 2


def _verify_citing(claim, evidence, user):
    """A first verdict on `claim` that relies on `evidence`."""
    verdict_submit(
        claim_id=claim.pk,
        rating="verified",
        rationale="ok",
        claim_version=1,
        reviewer=user,
        cited_evidence_ids=[evidence.pk],
    )


def test_retry_reruns_a_lookup_and_keeps_cited_evidence(article, user):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    cited = EvidenceFactory(lookup__claim=claim, lookup__status=EvidenceLookup.Status.FAILED)
    EvidenceFactory(lookup=cited.lookup)
    Article.objects.filter(pk=article.pk).update(lookups_total=1, lookups_failed=1, status=Article.Status.PROCESSED)
    _verify_citing(claim, cited, user)
    lookup = svc.lookup_retry(lookup_id=cited.lookup_id, user=user)
    assert lookup.status == EvidenceLookup.Status.QUEUED
    assert list(lookup.evidence.all()) == [cited]
    article.refresh_from_db()
    assert (article.lookups_failed, article.status) == (0, Article.Status.PROCESSING)


def test_rerunning_all_a_claims_lookups_runs_each_again_and_adds_providers_switched_on_since(article, user, settings):
    """ "Look up all again": every lookup runs again (evidence a verdict cites is kept, the
    rest goes), a provider switched on since the claim was researched gets its first
    lookup, the article counts it, and the event says who asked."""
    settings.EVIDENCE_PROVIDERS = ["library", "factchecks"]
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    cited = EvidenceFactory(lookup__claim=claim, lookup__status=EvidenceLookup.Status.DONE)
    EvidenceFactory(lookup=cited.lookup)
    Article.objects.filter(pk=article.pk).update(lookups_total=1, lookups_done=1, status=Article.Status.PROCESSED)
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.READY)
    _verify_citing(claim, cited, user)
    assert svc.claim_lookups_rerun(claim_id=claim.pk, user=user) == 2
    lookups = {lookup.provider: lookup for lookup in claim.lookups.all()}
    assert sorted(lookups) == ["factchecks", "library"]
    assert {lookup.status for lookup in lookups.values()} == {EvidenceLookup.Status.QUEUED}
    assert list(lookups["library"].evidence.all()) == [cited]
    article.refresh_from_db()
    assert (article.lookups_total, article.lookups_done, article.status) == (2, 0, Article.Status.PROCESSING)
    event = claim.events.get(kind="lookups_rerun")
    assert (event.actor, event.new) == (user, {"lookups": 2, "providers": ["factchecks", "library"]})


def test_a_dismissed_claim_or_one_with_no_provider_is_not_looked_up_again(article, user, settings):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    settings.EVIDENCE_PROVIDERS = []
    with pytest.raises(ValidationError, match="No evidence provider"):
        svc.claim_lookups_rerun(claim_id=claim.pk, user=user)
    settings.EVIDENCE_PROVIDERS = ["library"]
    svc.claim_dismiss(claim_id=claim.pk, user=user, reason="Keine Behauptung")
    with pytest.raises(ValidationError, match="dismissed"):
        svc.claim_lookups_rerun(claim_id=claim.pk, user=user)
    assert not claim.lookups.exists()


def test_comment_is_recorded(article, user):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    event = svc.claim_comment(claim_id=claim.pk, user=user, text="Quelle prüfen")
    assert (event.kind, event.new) == ("comment", {"text": "Quelle prüfen"})


def test_release_gives_a_taken_claim_back_and_only_its_reviewer_can(article, user):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    svc.claim_take(claim_id=claim.pk, user=user)
    other = UserFactory(username="other", roles=["reviewer"])
    with pytest.raises(ValidationError):
        svc.claim_release(claim_id=claim.pk, user=other)
    released = svc.claim_release(claim_id=claim.pk, user=user)
    assert (released.assignee, released.status) == (None, Claim.Status.READY)


def test_a_reviewer_corrects_the_speaker_and_the_change_is_audited(article, user):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent", speaker="Tokyo Electron", speaker_type="Person")
    changed = svc.claim_set_speaker(
        claim_id=claim.pk, speaker="  Tokyo   Electron ", speaker_type="Organization", user=user, version=1
    )
    assert (changed.speaker, changed.speaker_type, changed.version) == ("Tokyo Electron", "Organization", 2)
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_type, claim.version) == ("Tokyo Electron", "Organization", 2)
    event = ClaimEvent.objects.get(claim=claim, kind="speaker_changed")
    assert (event.actor, event.old, event.new) == (
        user,
        {"speaker": "Tokyo Electron", "speaker_type": "Person"},
        {"speaker": "Tokyo Electron", "speaker_type": "Organization"},
    )
    # The same again changes nothing and records nothing; a stale version is refused.
    assert (
        svc.claim_set_speaker(
            claim_id=claim.pk, speaker="Tokyo Electron", speaker_type="Organization", user=user, version=2
        ).version
        == 2
    )
    assert ClaimEvent.objects.filter(claim=claim, kind="speaker_changed").count() == 1
    with pytest.raises(StaleClaimVersion):
        svc.claim_set_speaker(claim_id=claim.pk, speaker="Jane Roe", speaker_type="Person", user=user, version=1)
    # An empty name says no one is named, and drops the type.
    cleared = svc.claim_set_speaker(claim_id=claim.pk, speaker=" ", speaker_type="Person", user=user, version=2)
    assert (cleared.speaker, cleared.speaker_type) == ("", "")


@pytest.mark.parametrize(
    ("speaker", "speaker_type", "field"),
    [
        ("Jane Roe", "", "speaker_type"),
        ("Jane Roe", "Thing", "speaker_type"),
        ("x" * 201, "Person", "speaker"),
    ],
)
def test_a_speaker_needs_a_type_and_a_name_that_fits(article, user, speaker, speaker_type, field):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent")
    with pytest.raises(ValidationError) as raised:
        svc.claim_set_speaker(claim_id=claim.pk, speaker=speaker, speaker_type=speaker_type, user=user, version=1)
    assert field in raised.value.message_dict
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("", 1)


def test_a_decided_claim_s_speaker_changes_only_after_it_is_reopened(article, user):
    claim = make_claim(article, "Der Umsatz stieg 2023 um 5 Prozent", status=Claim.Status.VERIFIED)
    with pytest.raises(ValidationError, match="reopen it first"):
        svc.claim_set_speaker(claim_id=claim.pk, speaker="Jane Roe", speaker_type="Person", user=user, version=1)
