"""Make the timeline append-only in the database too: UPDATE and DELETE on
cases_caseevent raise, whatever code (or raw SQL) tries them."""

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
SQLITE_UP = [
    """CREATE TRIGGER cases_caseevent_no_update BEFORE UPDATE ON cases_caseevent
       BEGIN SELECT RAISE(ABORT, 'case timeline events are append-only'); END;""",
    # Deleting events of a case that no longer exists is allowed: only a test
    # database flush (DELETE FROM every table, cases_case first) does that, as the
    # foreign key protects a case that still has events.
    """CREATE TRIGGER cases_caseevent_no_delete BEFORE DELETE ON cases_caseevent
       WHEN EXISTS (SELECT 1 FROM cases_case WHERE id = OLD.case_id)
       BEGIN SELECT RAISE(ABORT, 'case timeline events are append-only'); END;""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS cases_caseevent_no_update;", "DROP TRIGGER IF EXISTS cases_caseevent_no_delete;"]


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
