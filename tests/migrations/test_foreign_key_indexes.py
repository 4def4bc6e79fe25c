"""Every foreign key keeps an index that leads with its column; the five dropped ones stay dropped.

Five foreign keys have no single-column index of their own (db_index=False; migrations
accounts 0006, contracts 0004 and feedback 0002): a composite index
or unique constraint of the same table leads with the column and serves the lookups,
joins and ON DELETE checks on it. These tests read the migrated test database (SQLite
or PostgreSQL, ``DATABASE_URL``), so they hold for what the migrations built, not only
for what the models declare: a foreign key left without any index would make deleting
an account or a contract scan the referring table, and the profile, case and detection
queries that filter on it read whole tables.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db import connection, models

pytestmark = pytest.mark.django_db

PROJECT_APPS = {
    "accounts",
    "announcements",
    "cases",
    "contracts",
    "core",
    "detection",
    "enforcement",
    "feedback",
    "helpcenter",
    "inbound_mail",
    "notifications",
    "reports",
    "statements",
}

COVERED = {  # column → the composite index or unique constraint that serves it
    ("contracts_message", "sender_id"): ("sender_id", "recipient_id"),
    ("feedback_feedback", "contract_id"): ("contract_id", "author_id"),
    ("feedback_feedback", "recipient_id"): ("recipient_id", "visibility"),
    ("accounts_identitysignal", "account_id"): ("account_id", "kind", "value_hash"),
    ("accounts_membership", "organization_id"): ("organization_id", "account_id"),
}


def _indexed_column_lists(table: str) -> list[tuple[str, ...]]:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return [
        tuple(c["columns"])
        for c in constraints.values()
        if (c["index"] or c["unique"] or c["primary_key"]) and c["columns"]
    ]


def _foreign_keys():
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label not in PROJECT_APPS or not model._meta.managed:
            continue
        for field in model._meta.local_fields:
            if isinstance(field, models.ForeignKey):
                yield model._meta.db_table, field.column


def test_every_foreign_key_column_leads_an_index():
    missing = [
        f"{table}.{column}"
        for table, column in _foreign_keys()
        if not any(cols[0] == column for cols in _indexed_column_lists(table))
    ]
    assert missing == []


@pytest.mark.parametrize(("table", "column"), sorted(COVERED))
def test_the_dropped_indexes_are_gone_and_their_composite_serves_the_column(table, column):
    lists = _indexed_column_lists(table)
    assert (column,) not in lists
    assert COVERED[table, column] in lists
