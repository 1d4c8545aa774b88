"""Full-text search on library passages, per database.

PostgreSQL: a stored generated tsvector built with the text search configuration of the
passage's language (German, English, Spanish … or 'simple'), and a GIN index on it.
SQLite: an external-content FTS5 table over the passages, kept in step by triggers.
"""

from django.db import migrations

PG_CONFIG_CASE = (
    "CASE language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig "
    "WHEN 'es' THEN 'spanish'::regconfig WHEN 'fr' THEN 'french'::regconfig "
    "WHEN 'it' THEN 'italian'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig "
    "ELSE 'simple'::regconfig END"
)

PG_FORWARD = [
    f"ALTER TABLE annotations_librarypassage ADD COLUMN search_vector tsvector "
    f"GENERATED ALWAYS AS (to_tsvector({PG_CONFIG_CASE}, text)) STORED",
    "CREATE INDEX librarypassage_search_gin ON annotations_librarypassage USING GIN (search_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS librarypassage_search_gin",
    "ALTER TABLE annotations_librarypassage DROP COLUMN IF EXISTS search_vector",
]

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE annotations_librarypassage_fts USING fts5("
    "text, content='annotations_librarypassage', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER librarypassage_fts_ai AFTER INSERT ON annotations_librarypassage BEGIN "
    "INSERT INTO annotations_librarypassage_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER librarypassage_fts_ad AFTER DELETE ON annotations_librarypassage BEGIN "
    "INSERT INTO annotations_librarypassage_fts(annotations_librarypassage_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER librarypassage_fts_au AFTER UPDATE ON annotations_librarypassage BEGIN "
    "INSERT INTO annotations_librarypassage_fts(annotations_librarypassage_fts, rowid, text) "
    "VALUES ('delete', old.id, old.text); "
    "INSERT INTO annotations_librarypassage_fts(rowid, text) VALUES (new.id, new.text); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS librarypassage_fts_au",
    "DROP TRIGGER IF EXISTS librarypassage_fts_ad",
    "DROP TRIGGER IF EXISTS librarypassage_fts_ai",
    "DROP TABLE IF EXISTS annotations_librarypassage_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": PG_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
