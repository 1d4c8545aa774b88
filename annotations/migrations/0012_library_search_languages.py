"""Library passages stemmed in every language PostgreSQL has a configuration for.

0002 built the search column with six configurations (de, en, es, fr, it, pt) and
`simple` for every other language. Articles in Dutch, Russian, Swedish, Arabic … are
recognised now, so their passages are stemmed too. The column is generated, so it is
dropped and added again (PostgreSQL rewrites the table once) with its GIN index.
Configurations this server does not have (older PostgreSQL releases lack some) keep
`simple`; `fulltext.pg_config()` makes the same choice for claims at run time.
SQLite's FTS5 table does not stem and is left alone.
"""

from django.db import migrations

# ISO 639-1 code → PostgreSQL text search configuration (as of PostgreSQL 15/16).
# The search reads the mapping back from the column (`fulltext.pg_config`).
CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
BEFORE = {"de": "german", "en": "english", "es": "spanish", "fr": "french", "it": "italian", "pt": "portuguese"}


def _case(configs):
    whens = " ".join(f"WHEN '{code}' THEN '{config}'::regconfig" for code, config in sorted(configs.items()))
    return f"CASE language {whens} ELSE 'simple'::regconfig END"


def _rebuild(configs):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config")
            available = {row[0] for row in cursor.fetchall()}
        usable = {code: config for code, config in configs.items() if config in available}
        for statement in (
            "DROP INDEX IF EXISTS librarypassage_search_gin",
            "ALTER TABLE annotations_librarypassage DROP COLUMN IF EXISTS search_vector",
            "ALTER TABLE annotations_librarypassage ADD COLUMN search_vector tsvector "
            f"GENERATED ALWAYS AS (to_tsvector({_case(usable)}, text)) STORED",
            "CREATE INDEX librarypassage_search_gin ON annotations_librarypassage USING GIN (search_vector)",
            # The search picks its candidate words by the column's statistics (fulltext.py).
            "ANALYZE annotations_librarypassage",
        ):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("annotations", "0011_passage_document_index")]

    operations = [migrations.RunPython(_rebuild(CONFIGS), _rebuild(BEFORE))]
