from __future__ import annotations

from typing import Any

from django import forms

from annotations.models import Claim, Rating


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

    def __init__(self, *args: Any, claim: Claim, ratings: list[Rating], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        rating_field = self.fields["rating"]
        assert isinstance(rating_field, forms.ChoiceField)
        rating_field.choices = [(r.slug, r.label) for r in ratings]
        evidence_field = self.fields["cited_evidence"]
        assert isinstance(evidence_field, forms.MultipleChoiceField)
        evidence_field.choices = [(str(e.pk), e.source_title) for e in claim.evidence.all()]
        self.fields["claim_version"].initial = claim.version

    def clean_rationale(self) -> str:
        value = str(self.cleaned_data["rationale"]).strip()
        if "\x00" in value:
            raise forms.ValidationError("The rationale contains NUL characters.")
        if not value:
            raise forms.ValidationError("A rationale is required.")
        return value
