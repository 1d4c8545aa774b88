"""SQLite: how many passages hold each word, for weighing a claim's words by their rarity
in the library as PostgreSQL's statistics do (fts5vocab over the passages' FTS5 index).
Nothing on PostgreSQL."""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE annotations_librarypassage_vocab USING fts5vocab(annotations_librarypassage_fts, 'row')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS annotations_librarypassage_vocab"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0016_checkworthiness_model_meaning_floor")]

    operations = [migrations.RunPython(_run({"sqlite": SQLITE_FORWARD}), _run({"sqlite": SQLITE_BACKWARD}))]
