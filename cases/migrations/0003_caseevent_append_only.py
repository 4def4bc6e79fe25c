"""Make the timeline append-only in the database too: UPDATE (and, on PostgreSQL,
DELETE) on cases_caseevent raise, whatever code or raw SQL tries them."""

from django.db import migrations

PG_UP = """
CREATE OR REPLACE FUNCTION cases_caseevent_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case timeline events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER cases_caseevent_no_update BEFORE UPDATE ON cases_caseevent
  FOR EACH ROW EXECUTE FUNCTION cases_caseevent_append_only();
CREATE TRIGGER cases_caseevent_no_delete BEFORE DELETE ON cases_caseevent
  FOR EACH ROW EXECUTE FUNCTION cases_caseevent_append_only();
"""
PG_DOWN = """
DROP TRIGGER IF EXISTS cases_caseevent_no_update ON cases_caseevent;
DROP TRIGGER IF EXISTS cases_caseevent_no_delete ON cases_caseevent;
DROP FUNCTION IF EXISTS cases_caseevent_append_only();
"""
# On SQLite only UPDATE is refused in the database: Django's test-database flush
# empties tables with DELETE in no fixed order, which a DELETE trigger would
# break. Deletion is still refused by the model and by the PROTECT foreign key.
SQLITE_UP = [
    """CREATE TRIGGER cases_caseevent_no_update BEFORE UPDATE ON cases_caseevent
       BEGIN SELECT RAISE(ABORT, 'case timeline events are append-only'); END;""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS cases_caseevent_no_update;"]


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_UP)
    elif vendor == "sqlite":
        for statement in SQLITE_UP:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_DOWN)
    elif vendor == "sqlite":
        for statement in SQLITE_DOWN:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
