"""An existing database keeps every row through the layers refactor (issue #15).

The data set ``data/demo-before-layers.json.gz`` is the demo marketplace as the
code before the refactor made it (commit daa87b0: ``migrate``, ``seed_demo``, then a
few rows the demo does not make — verified sender addresses, article votes, a
withdrawal, a report note, an API token — so that every model that moved has rows),
saved with ``dumpdata`` together with each table's row count and each app's last
migration at that commit.

The test takes the test database back to exactly those migrations, loads the rows
through the models *as they were then* (the historical models of that migration
state, not today's classes), migrates to the latest state and counts every table
again, under its new name where a model changed app. It runs on SQLite and on
PostgreSQL (``DATABASE_URL``).
"""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

DATA = Path(__file__).parent / "data" / "demo-before-layers.json.gz"

# Tables whose model moved to another app, old name → new name.
RENAMED_TABLES = {
    "notifications_inboundemail": "inbound_mail_inboundemail",
    "notifications_verifiedsenderaddress": "inbound_mail_verifiedsenderaddress",
}
# Rows later data migrations add on purpose, by table: they are not data lost.
ADDED_BY_MIGRATIONS = {
    "helpcenter_article": 1,  # helpcenter.0004/0005: the "What a permanent block means" article
}
# Models that moved, old label → new label, and the fields compared row by row.
MOVED = {
    "notifications.inboundemail": (
        "inbound_mail.InboundEmail",
        ["message_id", "status", "reason", "from_email", "subject", "case", "account", "outbound", "event", "raw"],
    ),
    "notifications.verifiedsenderaddress": ("inbound_mail.VerifiedSenderAddress", ["account", "email", "verified_by"]),
}


def _load_data_set() -> dict:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return json.load(f)


def _migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def _leaves() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def _value(field, raw):
    if raw is None:
        return None
    if field.get_internal_type() == "BinaryField":
        return base64.b64decode(raw)  # dumpdata writes bytes as base64
    return field.to_python(raw)


def load_records(apps, records: list[dict]) -> None:
    """Insert dumpdata records through the historical models in ``apps``: plain
    fields converted by their field, foreign keys by id, many-to-many rows after
    every object exists. Constraint checks wait until everything is in (on
    PostgreSQL the foreign keys are deferred to the end of the transaction)."""
    objects = defaultdict(list)
    m2m_rows = defaultdict(list)
    for record in records:
        model = apps.get_model(record["model"])
        values = {model._meta.pk.attname: record["pk"]}
        for name, raw in record["fields"].items():
            field = model._meta.get_field(name)
            if field.many_to_many:
                if field.remote_field.through._meta.auto_created:
                    m2m_rows[field.remote_field.through].extend(
                        {field.m2m_field_name() + "_id": record["pk"], field.m2m_reverse_field_name() + "_id": other}
                        for other in raw
                    )
            elif field.is_relation:
                values[field.attname] = raw
            else:
                values[field.attname] = _value(field, raw)
        objects[model].append(model(**values))
    with transaction.atomic(), connection.constraint_checks_disabled():
        for model, rows in objects.items():
            # Rows a data migration made (staff roles, policy articles) are replaced by
            # the database's own version of them.
            model.objects.filter(pk__in=[row.pk for row in rows]).delete()
            model.objects.bulk_create(rows, batch_size=500)
        for through, rows in m2m_rows.items():
            through.objects.bulk_create([through(**row) for row in rows], batch_size=500)
        connection.check_constraints()


def _count(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_every_row_of_an_existing_database_survives_the_move_to_layered_apps():
    data = _load_data_set()
    before = sorted(data["leaf_migrations"].items())
    latest = _leaves()
    try:
        old_apps = _migrate(before)
        assert not {"inbound_mail"} & {app for app, _ in before}
        load_records(old_apps, data["records"])
        ContentType = old_apps.get_model("contenttypes", "ContentType")
        inbound_type = ContentType.objects.get_or_create(app_label="notifications", model="inboundemail")[0].pk
        assert _count("notifications_inboundemail") == data["counts"]["notifications_inboundemail"] > 0

        new_apps = _migrate(latest)

        lost = {
            table: (rows, _count(RENAMED_TABLES.get(table, table)))
            for table, rows in data["counts"].items()
            if _count(RENAMED_TABLES.get(table, table)) != rows + ADDED_BY_MIGRATIONS.get(table, 0)
        }
        assert lost == {}, "tables whose row count changed (before, after)"
        by_label = defaultdict(list)
        for record in data["records"]:
            by_label[record["model"]].append(record)
        for old_label, (new_label, fields) in MOVED.items():
            model = new_apps.get_model(new_label)
            for record in by_label[old_label]:
                row = model.objects.get(pk=record["pk"])
                for name in fields:
                    field = model._meta.get_field(name)
                    got = getattr(row, field.attname)
                    expected = (
                        _value(field, record["fields"][name]) if not field.is_relation else record["fields"][name]
                    )
                    assert bytes(got) == expected if name == "raw" else got == expected, (new_label, row.pk, name)
        # Permissions granted on the moved models follow them: same content type row.
        NewContentType = new_apps.get_model("contenttypes", "ContentType")
        assert NewContentType.objects.get(app_label="inbound_mail", model="inboundemail").pk == inbound_type
    finally:
        _migrate(latest)
