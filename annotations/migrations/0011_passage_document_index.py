"""The passage's document index: the unique (document, position) index already serves it.
Only the index goes; the foreign key constraint stays (see 0010)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0010_redundant_indexes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='librarypassage',
                    name='document',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='passages', to='annotations.librarydocument'),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "annotations_librarypassage_document_id_f28a99ea"',
                    reverse_sql='CREATE INDEX "annotations_librarypassage_document_id_f28a99ea" ON "annotations_librarypassage" ("document_id")',
                ),
            ],
        ),
    ]
