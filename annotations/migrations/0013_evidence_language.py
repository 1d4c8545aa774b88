"""The evidence passage's language. Fact-checks' languages become ISO 639-1 codes first
("EN", "en-US" → "en"; none given → detected from the claim), as imports now store them.
Stored evidence then takes its library passage's or fact-check's language, else the
claim's, which the web providers searched in."""

from django.db import migrations, models

BATCH = 2000


def factcheck_languages(apps, schema_editor):
    from annotations.services.factchecks import record_language

    FactCheck = apps.get_model("annotations", "FactCheck")
    changed = []
    for record in FactCheck.objects.only("pk", "language", "claim_text").iterator(chunk_size=BATCH):
        code = record_language(record.language, record.claim_text)
        if code != record.language:
            record.language = code
            changed.append(record)
    FactCheck.objects.bulk_update(changed, ["language"], batch_size=BATCH)


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0012_library_search_languages'),
    ]

    operations = [
        migrations.AddField(
            model_name='evidence',
            name='language',
            field=models.CharField(blank=True, help_text="The passage's language (ISO 639-1); the claim's when the provider names none.", max_length=8),
        ),
        migrations.RunPython(factcheck_languages, migrations.RunPython.noop),
        migrations.RunSQL(
            # CASE, not AND: only library keys are "library:<passage id>", and the cast
            # must never see another provider's key.
            "UPDATE annotations_evidence SET language = COALESCE(CASE WHEN provider = 'library' "
            "AND source_key LIKE 'library:%' THEN (SELECT p.language FROM annotations_librarypassage p "
            "WHERE p.id = CAST(substr(annotations_evidence.source_key, 9) AS integer)) "
            "WHEN provider = 'factchecks' AND source_key LIKE 'factcheck:%' THEN (SELECT NULLIF(f.language, '') "
            "FROM annotations_factcheck f WHERE f.external_id = substr(annotations_evidence.source_key, 11)) END, "
            "(SELECT c.language FROM annotations_claim c WHERE c.id = annotations_evidence.claim_id), '')",
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
