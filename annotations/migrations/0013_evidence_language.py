"""The evidence passage's language: library passages name theirs; for evidence stored
before this, every other provider's passage is taken to be in the claim's language, as
the providers searched in it."""

from django.db import migrations, models


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
        migrations.RunSQL(
            # CASE, not AND: only library keys are "library:<passage id>", and the cast
            # must never see another provider's key.
            "UPDATE annotations_evidence SET language = COALESCE(CASE WHEN provider = 'library' "
            "AND source_key LIKE 'library:%' THEN (SELECT p.language FROM annotations_librarypassage p "
            "WHERE p.id = CAST(substr(annotations_evidence.source_key, 9) AS integer)) END, "
            "(SELECT c.language FROM annotations_claim c WHERE c.id = annotations_evidence.claim_id), '')",
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
