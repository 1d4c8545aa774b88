from __future__ import annotations

from typing import Any

from django import forms
from django.utils.text import Truncator

from annotations.models import Claim, Evidence, Rating


class VerdictForm(forms.Form):
    rating = forms.ChoiceField(widget=forms.RadioSelect, label="Rating")
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        label="Rationale",
        help_text="Why this rating: what the evidence shows. Required.",
        max_length=20000,
    )
    cited_evidence = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label="Evidence relied on"
    )
    claim_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    loaded_at = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, claim: Claim, ratings: list[Rating], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        rating_field = self.fields["rating"]
        assert isinstance(rating_field, forms.ChoiceField)
        rating_field.choices = [(r.slug, r.label) for r in ratings]
        evidence_field = self.fields["cited_evidence"]
        assert isinstance(evidence_field, forms.MultipleChoiceField)
        evidence_field.choices = [(str(e.pk), evidence_label(e)) for e in claim.evidence.all()]
        self.fields["claim_version"].initial = claim.version

    def clean_rationale(self) -> str:
        value = str(self.cleaned_data["rationale"]).strip()
        if "\x00" in value:
            raise forms.ValidationError("The rationale contains NUL characters.")
        if not value:
            raise forms.ValidationError("A rationale is required.")
        return value


def evidence_label(evidence: Evidence) -> str:
    """What a reviewer ticks: the source, its provider and the start of the passage, since
    several passages of one document share a title."""
    excerpt = Truncator(" ".join(evidence.passage.split())).chars(90)
    return f"{evidence.source_title} ({evidence.provider}): “{excerpt}”"


class ExportForm(forms.Form):
    format = forms.ChoiceField(label="Format")
    since = forms.DateField(required=False, label="Verdicts from", widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, label="Verdicts until", widget=forms.DateInput(attrs={"type": "date"}))
    status = forms.ChoiceField(required=False, label="Claim status")
    rating = forms.ChoiceField(required=False, label="Rating")
    language = forms.CharField(required=False, max_length=8, label="Language (code)")
    article = forms.IntegerField(required=False, min_value=1, label="Article id")
    reviewer = forms.CharField(required=False, max_length=150, label="Reviewer (username)")
    published = forms.ChoiceField(
        choices=[("true", "Published verdicts only"), ("false", "All current verdicts")],
        initial="true",
        label="Which verdicts",
    )

    def __init__(self, *args: Any, formats: list[tuple[str, str]], ratings: list[Rating], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._set_choices("format", formats)
        self._set_choices("status", [("", "Any"), *Claim.Status.choices])
        self._set_choices("rating", [("", "Any"), *[(r.slug, r.label) for r in ratings]])

    def _set_choices(self, name: str, choices: list[tuple[str, str]]) -> None:
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def as_filter_mapping(self) -> dict[str, str | None]:
        data = self.cleaned_data
        return {
            "since": data["since"].isoformat() if data["since"] else None,
            "until": data["until"].isoformat() if data["until"] else None,
            "status": data["status"] or None,
            "rating": data["rating"] or None,
            "language": data["language"] or None,
            "article": str(data["article"]) if data["article"] else None,
            "reviewer": data["reviewer"] or None,
            "published": data["published"],
        }


class ClaimAddForm(forms.Form):
    """Offsets are Unicode code points into the article text (the page's script fills them)."""

    start = forms.IntegerField(min_value=0, max_value=10**8, label="Start offset")
    end = forms.IntegerField(min_value=1, max_value=10**8, label="End offset")


class DismissForm(forms.Form):
    reason = forms.CharField(max_length=2000, label="Why is this not a claim?")
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class SpanForm(forms.Form):
    start = forms.IntegerField(min_value=0, max_value=10**8, label="Start offset")
    end = forms.IntegerField(min_value=1, max_value=10**8, label="End offset")
    split_at = forms.IntegerField(min_value=1, max_value=10**8, required=False, label="Split at offset")
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class SpeakerForm(forms.Form):
    speaker = forms.CharField(max_length=200, required=False, label="Speaker")
    speaker_type = forms.ChoiceField(
        choices=[("Person", "a person"), ("Organization", "an organisation")],
        required=False,
        label="who is",
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ArticleForm(forms.Form):
    """A reviewer pastes an article; claims are extracted and researched as for any other."""

    title = forms.CharField(max_length=500, label="Title")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), label="Article text", strip=False)
    language = forms.CharField(
        max_length=3, required=False, label="Language (ISO code)", help_text="Detected when left empty."
    )
    source = forms.CharField(max_length=200, required=False, label="Source")
    url = forms.URLField(max_length=2000, required=False, label="URL", assume_scheme="https")
