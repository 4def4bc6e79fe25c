"""manage.py import_marketplace against a real database."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from decimal import Decimal
from io import BytesIO

import pytest
from django.db import models
from django.db.models import F

from accounts.identity import hash_value
from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract, Message, Payment
from feedback.models import Feedback
from importer.bulk import OneOf, insert_rows
from importer.services import HANDLERS, _attempt

pytestmark = pytest.mark.django_db

EVERY_TYPE = ("account", "organization", "membership", "contract", "feedback", "message", "payment", "identity")


def table_counts() -> dict[str, int]:
    return {
        "account": User.objects.count(),
        "organization": Organization.objects.count(),
        "membership": Membership.objects.count(),
        "contract": Contract.objects.count(),
        "feedback": Feedback.objects.count(),
        "message": Message.objects.count(),
        "payment": Payment.objects.count(),
        "identity": IdentitySignal.objects.count(),
    }


def test_import_creates_every_type_with_references_resolved(marketplace, write_jsonl, run_import):
    run = run_import(write_jsonl(marketplace))

    assert run.error is None, run.stderr
    assert run.stderr == ""
    assert table_counts() == {
        "account": 3,
        "organization": 1,
        "membership": 1,
        "contract": 2,
        "feedback": 3,
        "message": 1,
        "payment": 1,
        "identity": 2,
    }
    cleo = User.objects.get(external_id="a1")
    assert (cleo.email, cleo.kind, cleo.name, cleo.country) == ("cleo@client.test", "client", "Cleo", "US")
    assert cleo.date_joined == datetime(2023, 5, 1, 8, tzinfo=UTC)
    assert not cleo.has_usable_password()
    c1 = Contract.objects.get(external_id="c1")
    assert (c1.client, c1.freelancer.external_id, c1.client_org.external_id) == (cleo, "a2", "o1")
    assert (c1.amount, c1.currency, c1.status) == (Decimal("250.00"), "USD", "ended")
    assert Contract.objects.get(external_id="c2").currency == "EUR"
    f2 = Feedback.objects.get(external_id="f2")
    assert (f2.contract, f2.author.external_id, f2.recipient, f2.rating) == (c1, "a2", cleo, 4)
    assert Membership.objects.get().role == "owner"
    payment = Payment.objects.get()
    assert (payment.payer, payment.payee.external_id, payment.kind) == (cleo, "a2", "fixed")
    assert Message.objects.get().contract == c1


def test_summary_counts_created_per_type_and_exit_code_is_zero(tmp_path, marketplace, write_jsonl, run_import):
    run = run_import(write_jsonl(marketplace))

    assert run.error is None
    assert run.stdout.startswith(f"Imported {tmp_path / 'marketplace.jsonl'}: 14 lines in ")
    counts = run.counts
    assert list(counts) == [*EVERY_TYPE, "total"]
    assert counts["feedback"] == {"imported": 3, "created": 3, "updated": 0, "unchanged": 0, "rejected": 0}
    assert counts["total"] == {"imported": 14, "created": 14, "updated": 0, "unchanged": 0, "rejected": 0}


def test_second_import_of_the_same_file_changes_nothing_and_says_so(marketplace, write_jsonl, run_import):
    path = write_jsonl(marketplace)
    run_import(path)
    before = table_counts()
    rows_before = list(Contract.objects.order_by("pk").values())

    again = run_import(path)

    assert again.error is None
    assert again.counts["total"] == {"imported": 0, "created": 0, "updated": 0, "unchanged": 14, "rejected": 0}
    assert all(again.counts[t]["unchanged"] > 0 for t in EVERY_TYPE)
    assert table_counts() == before
    assert list(Contract.objects.order_by("pk").values()) == rows_before


def test_changed_records_are_updated_in_place_and_counted_as_updated(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))
    records = marketplace
    records[5] = {**records[5], "title": "Logo and icons", "amount": "300"}  # contract c1
    records[4] = {**records[4], "role": "admin"}  # membership o1/a1

    run = run_import(write_jsonl(records, "changed.jsonl"))

    assert run.counts["contract"] == {"imported": 1, "created": 0, "updated": 1, "unchanged": 1, "rejected": 0}
    assert run.counts["membership"]["updated"] == 1
    assert run.counts["total"]["updated"] == 2
    c1 = Contract.objects.get(external_id="c1")
    assert (c1.title, c1.amount, c1.client.external_id) == ("Logo and icons", Decimal("300.00"), "a1")
    assert Contract.objects.count() == 2
    assert Membership.objects.get().role == "admin"


def test_later_file_may_refer_to_records_already_imported(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))
    later = [
        {
            "type": "contract",
            "id": "c3",
            "client": "a1",
            "freelancer": "a3",
            "amount": "10",
            "started_at": "2024-02-01T00:00:00+00:00",
        },
        {
            "type": "feedback",
            "id": "f4",
            "contract": "c3",
            "author": "a3",
            "recipient": "a1",
            "rating": 2,
            "created_at": "2024-02-02T00:00:00+00:00",
        },
    ]

    run = run_import(write_jsonl(later, "later.jsonl"))

    assert run.error is None
    assert Feedback.objects.get(external_id="f4").contract.external_id == "c3"


def test_forward_references_are_resolved_in_later_passes(marketplace, write_jsonl, run_import):
    # Feedback before its contract, the contract before its accounts, an identity
    # and a membership before their account: with batches of two, across batches.
    records = list(reversed(marketplace))

    run = run_import(write_jsonl(records), batch_size=2)

    assert run.error is None, run.stderr
    assert run.counts["total"]["created"] == 14
    assert "passes" in run.stdout.splitlines()[0]
    assert table_counts()["feedback"] == 3
    assert Feedback.objects.get(external_id="f1").contract.external_id == "c1"


def test_forward_reference_within_one_batch_needs_no_second_pass(marketplace, write_jsonl, run_import):
    records = marketplace
    records.insert(0, records.pop(9))  # feedback f1 first

    run = run_import(write_jsonl(records))

    assert run.error is None
    assert "passes" not in run.stdout.splitlines()[0]
    assert Feedback.objects.filter(external_id="f1").exists()


def test_reference_never_found_is_rejected_with_its_original_line_number(marketplace, write_jsonl, run_import):
    records = marketplace
    records.insert(
        2,
        {
            "type": "feedback",
            "id": "f9",
            "contract": "c9",
            "author": "a1",
            "recipient": "a2",
            "rating": 5,
            "created_at": "2024-01-09T00:00:00+00:00",
        },
    )
    records.append(
        {
            "type": "message",
            "id": "m9",
            "sender": "a1",
            "recipient": "a7",
            "body": "?",
            "sent_at": "2024-01-09T00:00:00+00:00",
        }
    )

    run = run_import(write_jsonl(records), batch_size=4)

    assert run.stderr.splitlines() == [
        "line 3: feedback f9: refers to unknown contract 'c9'",
        "line 16: message m9: refers to unknown account 'a7' (recipient)",
    ]
    assert str(run.error) == "2 line(s) rejected"
    assert run.counts["feedback"]["rejected"] == 1
    assert run.counts["total"]["created"] == 14


FEEDBACK_A3_ON_C1 = {
    "type": "feedback",
    "id": "f9",
    "contract": "c1",
    "author": "a3",
    "recipient": "a2",
    "rating": 5,
    "created_at": "2024-01-09T00:00:00+00:00",
}


@pytest.mark.parametrize(
    ("bad_line", "type_", "message"),
    [
        ('{"type": "account", "id": "a9", "email": ', "invalid", "line 15: invalid JSON: Expecting value (column 41)"),
        (
            '{"type": "review", "id": "r1"}',
            "invalid",
            "line 15: unknown type 'review' (expected one of account, organization, membership, contract, feedback, message, payment, identity)",
        ),
        (
            {
                "type": "payment",
                "id": "p9",
                "contract": "c1",
                "payer": "a1",
                "payee": "a2",
                "kind": "fixed",
                "created_at": "2024-01-09T00:00:00+00:00",
            },
            "payment",
            "line 15: payment p9: missing required field 'amount'",
        ),
        (
            {
                "type": "message",
                "id": "m9",
                "sender": "a1",
                "recipient": "a2",
                "body": "Hi",
                "sent_at": "2024-01-09T10:00:00+00:00",
                "contract": "c404",
            },
            "message",
            "line 15: message m9: refers to unknown contract 'c404'",
        ),
        (FEEDBACK_A3_ON_C1, "feedback", "line 15: feedback f9: author 'a3' is not a party of contract 'c1'"),
        (
            {**FEEDBACK_A3_ON_C1, "author": "a2", "recipient": "a3"},
            "feedback",
            "line 15: feedback f9: recipient 'a3' is not a party of contract 'c1'",
        ),
        (
            {**FEEDBACK_A3_ON_C1, "author": "a1", "rating": 9},
            "feedback",
            "line 15: feedback f9: bad rating '9' (expected a whole number from 1 to 5)",
        ),
        (
            {**FEEDBACK_A3_ON_C1, "author": "a1"},
            "feedback",
            "line 15: feedback f9: contract 'c1' already has feedback 'f1' from author 'a1'",
        ),
        (
            {
                "type": "contract",
                "id": "c9",
                "client": "a2",
                "freelancer": "a2",
                "amount": "5",
                "started_at": "2024-01-09T00:00:00+00:00",
            },
            "contract",
            "line 15: contract c9: client and freelancer are the same account 'a2' (self-contracts are refused)",
        ),
        (
            {
                "type": "contract",
                "id": "c9",
                "client": "a1",
                "freelancer": "a2",
                "amount": "5",
                "started_at": "2024-01-09 10:00",
            },
            "contract",
            "line 15: contract c9: started_at '2024-01-09 10:00' has no UTC offset (write e.g. 2024-05-01T12:00:00+00:00)",
        ),
        (
            {
                "type": "contract",
                "id": "c9",
                "client": "a1",
                "freelancer": "a2",
                "amount": "5 USD",
                "started_at": "2024-01-09T00:00:00+00:00",
            },
            "contract",
            "line 15: contract c9: bad decimal amount '5 USD'",
        ),
        (
            {"type": "membership", "org": "o1", "account": "a2", "role": "boss"},
            "membership",
            "line 15: membership of 'a2' in 'o1': bad role 'boss' (expected one of owner, admin, hiring_manager, member)",
        ),
        (
            {"type": "account", "id": "a9", "email": "FRED@free.test", "kind": "freelancer"},
            "account",
            "line 15: account a9: email 'fred@free.test' is already used by account 'a2'",
        ),
    ],
    ids=[
        "invalid-json",
        "unknown-type",
        "missing-field",
        "unknown-reference",
        "author-not-a-party",
        "recipient-not-a-party",
        "bad-rating",
        "second-feedback-by-same-author",
        "self-contract",
        "time-without-offset",
        "bad-decimal",
        "bad-enum",
        "email-taken",
    ],
)
def test_bad_line_is_rejected_with_reason_and_the_rest_is_imported(
    bad_line, type_, message, marketplace, write_jsonl, run_import
):
    run = run_import(write_jsonl([*marketplace, bad_line]))

    assert run.stderr.splitlines() == [message]
    assert str(run.error) == "1 line(s) rejected"
    assert run.counts[type_]["rejected"] == 1
    assert run.counts["total"] == {"imported": 14, "created": 14, "updated": 0, "unchanged": 0, "rejected": 1}
    assert table_counts()["feedback"] == 3


def test_invalid_row_appears_in_summary_only_when_needed(marketplace, write_jsonl, run_import):
    assert "invalid" not in run_import(write_jsonl(marketplace)).counts
    run = run_import(write_jsonl(["not json"], "bad.jsonl"))
    assert run.counts["invalid"]["rejected"] == 1


def test_feedback_already_left_on_the_portal_blocks_an_imported_duplicate(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))
    Feedback.objects.filter(external_id="f3").update(external_id=None)  # as if left on the site
    duplicate = {
        "type": "feedback",
        "id": "f8",
        "contract": "c2",
        "author": "a1",
        "recipient": "a3",
        "rating": 1,
        "created_at": "2024-01-09T00:00:00+00:00",
    }

    run = run_import(write_jsonl([duplicate], "dup.jsonl"))

    assert (
        run.stderr.strip()
        == "line 1: feedback f8: contract 'c2' already has feedback entered on the portal from author 'a1'"
    )


def test_errors_file_lists_rejected_lines_as_json_lines_without_identity_values(
    tmp_path, marketplace, write_jsonl, run_import
):
    bad_identity = {"type": "identity", "account": "a404", "kind": "phone", "value": "+1 555 0100"}
    records = [*marketplace, "{oops", bad_identity]
    errors = tmp_path / "errors.jsonl"

    run = run_import(write_jsonl(records), errors=str(errors))

    assert str(run.error) == f"2 line(s) rejected; they are listed in {errors}"
    rows = [json.loads(text) for text in errors.read_text().splitlines()]
    assert [(r["line"], r["type"], r["record"], r["reason"]) for r in rows] == [
        (15, None, "", "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (16, "identity", "identity of 'a404'", "refers to unknown account 'a404'"),
    ]
    assert rows[0]["text"] == "{oops"
    assert "555" not in errors.read_text()
    assert json.loads(rows[1]["text"])["value"] == "[redacted]"


def test_identity_values_are_stored_only_as_keyed_hashes(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))

    phone = IdentitySignal.objects.get(kind="phone")
    assert phone.account.external_id == "a3"
    assert phone.value_hash == hash_value("phone", "+447700900123")
    written_by_import = (User, Organization, Membership, Contract, Feedback, Message, Payment, IdentitySignal)
    for model in written_by_import:
        text_fields = [
            f.name for f in model._meta.concrete_fields if isinstance(f, models.CharField | models.TextField)
        ]
        for raw in ("DEVICE-0042", "7700 900123", "7700900123"):
            for name in text_fields:
                assert not model.objects.filter(**{f"{name}__icontains": raw}).exists(), (model, name, raw)


def test_identity_seen_again_widens_first_and_last_seen_without_a_second_row(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))
    sightings = [
        {
            "type": "identity",
            "account": "a3",
            "kind": "phone",
            "value": "0044 7700-900-123",
            "seen_at": "2023-12-01T00:00:00+00:00",
        },
        {
            "type": "identity",
            "account": "a3",
            "kind": "phone",
            "value": "+447700900123",
            "seen_at": "2024-06-01T00:00:00+01:00",
        },
        {
            "type": "identity",
            "account": "a3",
            "kind": "phone",
            "value": "+447700900123",
            "seen_at": "2024-03-01T00:00:00+00:00",
        },
        {"type": "identity", "account": "a3", "kind": "phone", "value": "+447700900123"},
    ]

    run = run_import(write_jsonl(sightings, "seen.jsonl"))

    assert run.counts["identity"] == {"imported": 2, "created": 0, "updated": 2, "unchanged": 2, "rejected": 0}
    phone = IdentitySignal.objects.get(kind="phone")
    assert phone.first_seen == datetime(2023, 12, 1, tzinfo=UTC)
    assert phone.last_seen == datetime(2024, 5, 31, 23, tzinfo=UTC)
    assert run_import(write_jsonl(sightings, "seen.jsonl")).counts["identity"]["unchanged"] == 4


def test_an_address_naming_a_flat_is_stored_with_its_building_s_hash_and_a_reimport_fills_it_in(
    marketplace, write_jsonl, run_import
):
    """The building hash lets detection link a flat to the building written without a
    flat. A sighting stored before building hashes existed gets it when the identity
    lines are imported again (docs/deploy.md, "Upgrades")."""
    flat = {"type": "identity", "account": "a3", "kind": "address", "value": "Kirchstr. 4, Whg. 2"}
    run_import(write_jsonl([*marketplace, flat]))
    row = IdentitySignal.objects.get(kind="address")
    assert row.building_hash == hash_value("address", "Kirchstrasse 4")

    IdentitySignal.objects.filter(pk=row.pk).update(building_hash="")  # as stored by the release before
    run = run_import(write_jsonl([flat], "again.jsonl"))
    assert run.counts["identity"]["updated"] == 1
    row.refresh_from_db()
    assert row.building_hash == hash_value("address", "Kirchstrasse 4")


def test_gzip_file_is_read(tmp_path, marketplace, write_jsonl, run_import):
    run = run_import(write_jsonl(marketplace, "marketplace.jsonl.gz"))

    assert run.error is None
    assert run.counts["total"]["created"] == 14
    with gzip.open(tmp_path / "marketplace.jsonl.gz", "rt") as file:
        assert len(file.readlines()) == 14


def test_dash_reads_from_stdin(marketplace, write_jsonl, run_import):
    stdin = BytesIO(write_jsonl([*marketplace, "", "{broken"]).read_bytes())

    run = run_import("-", stdin=stdin)

    assert run.counts["total"] == {"imported": 14, "created": 14, "updated": 0, "unchanged": 0, "rejected": 1}
    assert run.stdout.startswith("Imported stdin: 15 lines in ")
    assert run.stderr.startswith("line 16: invalid JSON")


def test_missing_file_is_a_clear_error(tmp_path, run_import):
    run = run_import(tmp_path / "nope.jsonl")
    assert str(run.error) == f"cannot open {tmp_path / 'nope.jsonl'}: No such file or directory"


def test_rating_summaries_of_recipients_are_recomputed(marketplace, write_jsonl, run_import):
    run_import(write_jsonl(marketplace))
    fred, cleo = User.objects.get(external_id="a2"), User.objects.get(external_id="a1")
    assert (fred.rating_count, fred.rating_average) == (1, Decimal("5.00"))
    assert (cleo.rating_count, cleo.rating_average) == (1, Decimal("4.00"))

    # f1 moves from 5 to 1 stars, and a new contract brings Fred a 4.
    more = [
        {**marketplace[9], "rating": 1},
        {
            "type": "contract",
            "id": "c5",
            "client": "a1",
            "freelancer": "a2",
            "amount": "1",
            "started_at": "2024-03-01T00:00:00+00:00",
        },
        {
            "type": "feedback",
            "id": "f5",
            "contract": "c5",
            "author": "a1",
            "recipient": "a2",
            "rating": 4,
            "created_at": "2024-03-02T00:00:00+00:00",
        },
    ]
    run_import(write_jsonl(more, "more.jsonl"))

    fred.refresh_from_db()
    assert (fred.rating_count, fred.rating_average) == (2, Decimal("2.50"))


def test_hidden_feedback_stays_hidden_when_imported_again(marketplace, write_jsonl, run_import):
    path = write_jsonl(marketplace)
    run_import(path)
    Feedback.objects.filter(external_id="f1").update(visibility=Feedback.Visibility.HIDDEN, hidden_reason="ring")

    run = run_import(path)

    assert run.counts["feedback"]["unchanged"] == 3
    assert Feedback.objects.get(external_id="f1").visibility == Feedback.Visibility.HIDDEN


def test_models_written_in_bulk_have_no_save_time_hooks_the_bulk_insert_would_skip():
    for handler in HANDLERS.values():
        for field in handler.model._meta.concrete_fields:
            assert not getattr(field, "auto_now", False), field
            assert not getattr(field, "auto_now_add", False), field


def test_rows_the_database_refuses_are_retried_one_by_one_and_only_those_fail(db):
    states = [
        {"external_id": "o1", "name": "First"},
        {"external_id": "o1", "name": "Clash"},
        {"external_id": "o2", "name": "Other"},
    ]

    errors, whole = _attempt(
        lambda: insert_rows(Organization, states),
        lambda state: Organization(**state).save(force_insert=True),
        states,
    )

    assert not whole  # written one by one
    assert errors[0] is None and errors[2] is None
    assert "unique" in errors[1].lower()
    assert sorted(Organization.objects.values_list("name", flat=True)) == ["First", "Other"]


def test_bulk_insert_fills_defaults_as_the_orm_would(db):
    insert_rows(Organization, [{"external_id": "o7", "name": "Defaults"}])
    org = Organization.objects.get(external_id="o7")
    assert org.created_at is not None
    assert org.members.count() == 0


def test_detection_is_queued_once_after_an_import_that_changed_something(marketplace, write_jsonl, run_import):
    from django_tasks_db.models import DBTaskResult

    path = write_jsonl(marketplace)
    run_import(path)
    queued = DBTaskResult.objects.filter(task_path__endswith="detect_full_scan")
    assert queued.count() == 1
    assert not DBTaskResult.objects.filter(task_path__endswith="detect_incremental").exists()

    run_import(path)  # nothing changed: nothing to scan again
    assert queued.count() == 1


def test_one_of_matches_listed_values_and_nothing_for_an_empty_list(db):
    insert_rows(Organization, [{"external_id": f"o{i}", "name": f"Org {i}"} for i in range(5)])
    found = Organization.objects.filter(OneOf(F("external_id"), ["o1", "o3", "o9"])).values_list("name", flat=True)
    assert sorted(found) == ["Org 1", "Org 3"]
    pks = list(Organization.objects.order_by("pk").values_list("pk", flat=True)[:2])
    assert Organization.objects.filter(OneOf(F("pk"), pks)).count() == 2
    assert not Organization.objects.filter(OneOf(F("external_id"), [])).exists()


def test_long_lookups_are_split_into_several_queries(marketplace, write_jsonl, run_import, monkeypatch):
    from importer import services

    monkeypatch.setattr(services, "_IN_CHUNK", 2)  # every lookup list here is longer than that
    more_members = [{"type": "membership", "org": "o1", "account": a, "role": "member"} for a in ("a2", "a3")]
    sightings = [{"type": "identity", "account": "a1", "kind": "ip", "value": f"10.0.0.{i}"} for i in range(5)]
    path = write_jsonl([*marketplace, *more_members, *sightings])

    assert run_import(path).counts["total"]["created"] == 21
    assert run_import(path).counts["total"] == {
        "imported": 0,
        "created": 0,
        "updated": 0,
        "unchanged": 21,
        "rejected": 0,
    }


def test_one_of_finds_ids_with_quotes_backslashes_and_commas_exactly(db):
    odd = ['q"uote', "back\\slash", "com,ma", "{brace}", "NULL", " spaced ", "ünï", "x"]
    insert_rows(Organization, [{"external_id": ext, "name": ext} for ext in odd])
    found = Organization.objects.filter(OneOf(F("external_id"), [*odd[:-1], "null", "back\\\\slash"]))
    assert sorted(found.values_list("external_id", flat=True)) == sorted(odd[:-1])
    pks = list(Organization.objects.filter(external_id__in=odd[:2]).values_list("pk", flat=True))
    assert Organization.objects.filter(OneOf(F("pk"), [*pks, 10**12])).count() == 2
