"""The claim's speaker as schema.org types it: "Person" or "Organization". ClaimReview
exports wrote every speaker as a Person, "Statistisches Bundesamt" included; stored claims
with a speaker get their type from the same rules as new ones."""

from django.db import migrations, models

BATCH = 2000


def speaker_types(apps, schema_editor):
    from annotations.extraction.names import speaker_type

    Claim = apps.get_model("annotations", "Claim")
    changed = []
    for claim in Claim.objects.exclude(speaker="").only("pk", "speaker", "language").iterator(chunk_size=BATCH):
        claim.speaker_type = speaker_type(claim.speaker, claim.language)
        changed.append(claim)
    Claim.objects.bulk_update(changed, ["speaker_type"], batch_size=BATCH)


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0013_evidence_language'),
    ]

    operations = [
        migrations.AddField(
            model_name='claim',
            name='speaker_type',
            field=models.CharField(blank=True, choices=[('Person', 'Person'), ('Organization', 'Organization')], help_text="The speaker's schema.org type, as ClaimReview exports name the claim's author.", max_length=12),
        ),
        migrations.RunPython(speaker_types, migrations.RunPython.noop),
    ]
