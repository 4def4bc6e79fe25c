"""On PostgreSQL the import checks foreign keys once per batch instead of per row
(issue #17): the guarantee that every imported row points at a real row must hold."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from accounts.models import Membership, Organization, User
from contracts.models import Message
from importer.bulk import fk_triggers_skippable, lock_referenced, skip_fk_triggers
from importer.services import HANDLERS
from tests.conftest import make_user

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


@postgres_only
def test_the_test_database_role_may_check_keys_per_batch(db):
    assert fk_triggers_skippable([h.model for h in HANDLERS.values()], "default")


@postgres_only
def test_a_table_with_a_trigger_of_its_own_keeps_the_per_row_checks(db):
    from cases.models import CaseEvent  # its append-only triggers would be skipped too

    assert not fk_triggers_skippable([Organization, CaseEvent], "default")


def test_sqlite_keeps_its_own_checks(db):
    if connection.vendor == "postgresql":
        pytest.skip("SQLite only")
    assert not fk_triggers_skippable([Organization], "default")


@postgres_only
def test_with_triggers_off_a_row_pointing_nowhere_is_refused_naming_the_key(db):
    user = make_user("m@x.test")
    org = Organization.objects.create(external_id="o1", name="Org")
    missing = org.pk + 1000
    with (
        pytest.raises(IntegrityError, match=rf"\(organization_id\)=\({missing}\) is not present"),
        transaction.atomic(),
    ):
        skip_fk_triggers("default")
        lock_referenced(Membership, [{"organization_id": missing, "account_id": user.pk, "role": "member"}])


@postgres_only
def test_with_triggers_off_rows_pointing_at_real_rows_pass_and_updates_check_only_changed_keys(db):
    alice, bob = make_user("alice@x.test"), make_user("bob@x.test")
    rows = [{"sender_id": alice.pk, "recipient_id": bob.pk, "contract_id": None, "body": "hi"}]
    with transaction.atomic():
        skip_fk_triggers("default")
        lock_referenced(Message, rows)
        # an update that changes only the body does not look at the keys at all
        lock_referenced(Message, [{**rows[0], "sender_id": 10**9}], names=["body"])
        with pytest.raises(IntegrityError, match=r"\(sender_id\)"):
            lock_referenced(Message, [{**rows[0], "sender_id": 10**9}], names=["sender_id"])
    assert User.objects.filter(pk__in=[alice.pk, bob.pk]).count() == 2


@postgres_only
def test_rows_a_batch_has_locked_are_not_checked_again_and_the_others_still_are(db):
    """A batch's messages, payments and feedback point at the same accounts: each is
    checked and locked once per batch transaction; what is returned is what was locked."""
    alice, bob = make_user("alice@x.test"), make_user("bob@x.test")
    rows = [{"sender_id": alice.pk, "recipient_id": bob.pk, "contract_id": None, "body": "hi"}]
    with transaction.atomic():
        skip_fk_triggers("default")
        held = lock_referenced(Message, rows)
        assert held == {("accounts_user", alice.pk), ("accounts_user", bob.pk)}
        assert lock_referenced(Message, rows, held=held) == set()  # nothing left to check
        # a key the transaction has not locked is still checked, next to held ones
        with pytest.raises(IntegrityError, match=r"\(recipient_id\)=\(1000000000\)"):
            lock_referenced(Message, [{**rows[0], "recipient_id": 10**9}], held=held)


@postgres_only
def test_an_import_on_postgres_leaves_no_row_pointing_nowhere(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace), batch_size=3)
    with connection.cursor() as cursor:
        for table, column, target in (
            ("contracts_message", "sender_id", "accounts_user"),
            ("contracts_message", "contract_id", "contracts_contract"),
            ("contracts_payment", "contract_id", "contracts_contract"),
            ("feedback_feedback", "recipient_id", "accounts_user"),
            ("accounts_membership", "organization_id", "accounts_organization"),
        ):
            cursor.execute(
                f"SELECT count(*) FROM {table} t WHERE t.{column} IS NOT NULL "
                f"AND NOT EXISTS (SELECT 1 FROM {target} r WHERE r.id = t.{column})"
            )
            assert cursor.fetchone()[0] == 0, (table, column)
    assert Message.objects.exists() and Membership.objects.exists()


@postgres_only
def test_after_an_import_postgres_plans_with_the_tables_new_sizes(marketplace, write_jsonl, run_import):
    """The import analyses what it loaded, so the portal's queries are planned for the
    tables as they now are, not as they were (often empty) before the load."""

    def last_analyzed():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute("SELECT pg_stat_get_last_analyze_time('contracts_message'::regclass)")
            return cursor.fetchone()[0]

    before = last_analyzed()
    run_import(write_jsonl(marketplace))
    after = last_analyzed()
    assert after is not None and (before is None or after > before)
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'contracts_message'")
        assert cursor.fetchone()[0] == Message.objects.count() > 0
