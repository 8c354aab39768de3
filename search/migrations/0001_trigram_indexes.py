"""Trigram indexes on the search index's text, so a rare Korean, Thai, Khmer, Lao or Burmese word is
found from the index instead of by reading every entry's text (search/matching.py, docs/performance.md).

PostgreSQL only: SQLite keeps no text columns beside its full-text index, and this does nothing there.
The indexes carry the names Wagtail's `manage.py enable_trigram` gives them, so that command finds
them in place, and Wagtail's own migration drops them if its text columns are ever removed.
"""

from django.db import migrations

INDEXES = {"modelsearch_title_text_trgm": "title_text", "modelsearch_body_text_trgm": "body_text"}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is None:
            # pg_trgm is a trusted extension (PostgreSQL 13 and later): the database's owner may create it.
            cursor.execute(
                "SELECT has_database_privilege(current_database(), 'CREATE')"
                " AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')"
            )
            if not cursor.fetchone()[0]:
                raise RuntimeError(
                    "The search's trigram indexes need PostgreSQL's pg_trgm extension, which this database user "
                    "may not create. Run `CREATE EXTENSION IF NOT EXISTS pg_trgm;` in this database as its owner "
                    "or a superuser, then migrate again (docs/deployment.md)."
                )
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, column in INDEXES.items():
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in INDEXES:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
    # The extension stays: other database objects may use it, and keeping it costs nothing.


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_trigram_indexes, drop_trigram_indexes, elidable=False)]
