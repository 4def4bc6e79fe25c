"""Lines that contradict themselves, the same record twice in one file, and accounts
the import must leave alone (issue #11 follow-up: F10, F11, F12, F9)."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest

from accounts.models import User
from contracts.models import Contract, Message, Payment
from tests.conftest import make_user
from tests.importer.conftest import T0, to_lines

pytestmark = pytest.mark.django_db


def _contract(record_id: str, amount: str, **extra) -> dict:
    return {
        "type": "contract",
        "id": record_id,
        "client": "a1",
        "freelancer": "a2",
        "amount": amount,
        "started_at": T0.format(1),
        **extra,
    }


# --- F10: records that contradict themselves ----------------------------------------------


def test_a_contract_that_ends_before_it_starts_is_rejected_naming_ended_at(marketplace, write_jsonl, run_import):
    bad = _contract("c-back", "10", started_at="2026-03-01T00:00:00+00:00", ended_at="2020-01-01T00:00:00+00:00")

    run = run_import(write_jsonl([*marketplace, bad]))

    assert "contract c-back: ended_at '2020-01-01T00:00:00+00:00' is before started_at" in run.stderr
    assert run.counts["contract"]["rejected"] == 1
    assert not Contract.objects.filter(external_id="c-back").exists()


def test_a_message_from_someone_not_on_its_contract_is_rejected_naming_the_sender(marketplace, write_jsonl, run_import):
    # a3 (Fran) is not on contract c1 (a1 and a2): the line would put words in her mouth.
    forged = {
        "type": "message",
        "id": "m-forged",
        "sender": "a3",
        "recipient": "a2",
        "contract": "c1",
        "body": "Five stars and I refund you",
        "sent_at": T0.format(3),
    }

    run = run_import(write_jsonl([*marketplace, forged]))

    assert "message m-forged: sender 'a3' is not a party of contract 'c1'" in run.stderr
    assert not Message.objects.filter(external_id="m-forged").exists()
    assert Message.objects.filter(external_id="m1").exists()


def test_a_message_to_someone_not_on_its_contract_is_rejected_naming_the_recipient(
    marketplace, write_jsonl, run_import
):
    stray = {
        "type": "message",
        "id": "m-stray",
        "sender": "a1",
        "recipient": "a3",
        "contract": "c1",
        "body": "Hello",
        "sent_at": T0.format(3),
    }

    run = run_import(write_jsonl([*marketplace, stray]))

    assert "message m-stray: recipient 'a3' is not a party of contract 'c1'" in run.stderr


def test_a_payment_whose_payer_does_not_fit_its_kind_is_rejected_naming_the_payer(marketplace, write_jsonl, run_import):
    backwards = {
        "type": "payment",
        "id": "p-backwards",
        "contract": "c1",
        "payer": "a2",
        "payee": "a1",
        "kind": "fixed",
        "amount": "5",
        "created_at": T0.format(5),
    }
    refund_from_client = {**backwards, "id": "p-refund", "payer": "a1", "payee": "a2", "kind": "refund"}
    refund = {**backwards, "id": "p-refund-ok", "kind": "refund"}

    run = run_import(write_jsonl([*marketplace, backwards, refund_from_client, refund]))

    assert "payment p-backwards: payer 'a2' does not fit a fixed payment: its payer is the client" in run.stderr
    assert "payment p-refund: payer 'a1' does not fit a refund: its payer is the freelancer" in run.stderr
    assert set(Payment.objects.values_list("external_id", flat=True)) == {"p1", "p-refund-ok"}


# --- F11: one record on several lines of a file -------------------------------------------


def test_a_record_repeated_in_one_file_is_imported_from_its_last_line_with_a_warning_naming_both_lines(
    marketplace, write_jsonl, run_import
):
    lines = [
        *marketplace,
        _contract("k0", "100"),
        {"type": "account", "id": "a9", "email": "x@y.test", "kind": "client"},
    ]
    lines.append(_contract("k0", "999"))  # line 17 repeats line 15

    run = run_import(write_jsonl(lines))

    assert "warning: line 15: contract k0: repeated on line 17; line 17 is imported, this one is not" in run.stderr
    assert Contract.objects.get(external_id="k0").amount == Decimal("999.00")
    assert run.counts["contract"] == {
        "imported": 3,
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
        "repeated": 1,
    }
    assert run.error is None  # a repeat is a warning, not a failure


def test_reimporting_a_file_with_a_repeated_record_reports_everything_unchanged(marketplace, write_jsonl, run_import):
    # Small batches put the two lines in different transactions, and the second one
    # refers forward (to account a9, further on): it lands in a later pass.
    lines = [*marketplace, _contract("k0", "100"), *([{"type": "organization", "id": "o2", "name": "Pad"}] * 3)]
    lines += [
        _contract("k0", "999", freelancer="a9"),
        {"type": "account", "id": "a9", "email": "nine@free.test", "kind": "freelancer"},
    ]
    path = write_jsonl(lines)

    first = run_import(path, batch_size=2)
    again = run_import(path, batch_size=2)
    third = run_import(path, batch_size=2)

    assert Contract.objects.get(external_id="k0").amount == Decimal("999.00")
    assert first.counts["contract"]["created"] == 3
    for run in (again, third):
        assert run.counts["total"]["created"] == run.counts["total"]["updated"] == 0, run.stdout
        assert run.counts["contract"]["unchanged"] == 3
    assert Contract.objects.get(external_id="k0").amount == Decimal("999.00")


def test_a_repeated_record_read_from_stdin_is_imported_from_its_last_line(marketplace, run_import):
    stdin = BytesIO(to_lines([*marketplace, _contract("k0", "100"), _contract("k0", "42")]).encode())

    run = run_import("-", stdin=stdin)

    assert "line 15: contract k0: repeated on line 16" in run.stderr
    assert Contract.objects.get(external_id="k0").amount == Decimal("42.00")


# --- F12: accounts that log in to the portal ----------------------------------------------


def test_the_import_never_changes_the_email_of_an_account_that_can_log_in(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))
    fred = User.objects.get(external_id="a2")
    fred.set_password("a real password")
    fred.save()

    moved = {"type": "account", "id": "a2", "email": "fred@attacker.test", "kind": "freelancer", "name": "Fred"}
    run = run_import(write_jsonl([moved], "moved.jsonl"))

    assert (
        "account a2: email: account 'a2' logs in to the portal, so the import does not change its email" in run.stderr
    )
    assert run.counts["account"]["rejected"] == 1
    assert User.objects.get(external_id="a2").email == "fred@free.test"


def test_the_import_still_updates_the_email_of_an_account_that_cannot_log_in(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))

    moved = {"type": "account", "id": "a2", "email": "fred@new.test", "kind": "freelancer", "name": "Fred"}
    run = run_import(write_jsonl([moved], "moved.jsonl"))

    assert run.counts["account"]["updated"] == 1
    assert User.objects.get(external_id="a2").email == "fred@new.test"


def test_the_import_never_touches_a_staff_account(run_import, write_jsonl):
    staff = make_user("rita@portal.test", staff_role="reviewer", external_id="s1")

    line = {"type": "account", "id": "s1", "email": "rita@portal.test", "kind": "client", "name": "Renamed"}
    run = run_import(write_jsonl([line]))

    assert "account s1: account 's1' is a staff account; the import never changes one" in run.stderr
    staff.refresh_from_db()
    assert (staff.name, staff.kind, staff.is_staff) == ("Rita", "", True)


# --- F9: names are one line -----------------------------------------------------------------


def test_an_imported_name_with_a_line_break_is_rejected_naming_the_field(write_jsonl, run_import):
    line = {"type": "account", "id": "a1", "email": "c@x.test", "kind": "client", "name": "Clara\r\nBcc: a@evil.test"}

    run = run_import(write_jsonl([line]))

    assert "account a1: name 'Clara\\r\\nBcc: a@evil.test': a name cannot contain a line break." in run.stderr
    assert not User.objects.filter(external_id="a1").exists()
