"""Name and email search at scale: trigram GIN indexes on PostgreSQL.

The reviewers' queue finds cases by a subject's email or name with ``icontains``,
which Django writes as ``UPPER(col::text) LIKE UPPER('%term%')``. On PostgreSQL a
trigram GIN index on that very expression answers it without scanning every
account. SQLite has neither the extension nor the index type: there the search
scans, and these operations do nothing.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = {
    "accounts_user_email_trgm": "email",
    "accounts_user_name_trgm": "name",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index, column in INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{index}" ON "accounts_user" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index}"')


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_display_names_are_one_line"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create, drop, elidable=False),
    ]
