"""The line parser on its own: no database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from accounts.identity import hash_value
from importer.parsing import LineError, parse_line, redact

CONTRACT = {
    "type": "contract",
    "id": "c1",
    "client": "a1",
    "freelancer": "a2",
    "amount": "250.5",
    "started_at": "2024-01-01T09:00:00+02:00",
}


def line(obj: dict, **changes) -> str:
    data = {**obj, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not ...})


def rejection(raw: str) -> LineError:
    with pytest.raises(LineError) as info:
        parse_line(7, raw)
    return info.value


def test_contract_line_becomes_model_values_and_references():
    record = parse_line(3, line(CONTRACT))
    assert record.line == 3
    assert record.type == "contract"
    assert record.label == "contract c1"
    assert record.refs == {"client": ("account", "a1"), "freelancer": ("account", "a2")}
    assert record.values == {
        "external_id": "c1",
        "client_org_id": None,
        "title": "",
        "amount": Decimal("250.50"),
        "currency": "USD",
        "started_at": datetime(2024, 1, 1, 9, tzinfo=timezone(timedelta(hours=2))),
        "ended_at": None,
        "status": "active",
    }


def test_times_accept_z_suffix_and_keep_the_instant():
    record = parse_line(1, line(CONTRACT, started_at="2024-01-01T07:00:00Z"))
    assert record.values["started_at"] == datetime(2024, 1, 1, 7, tzinfo=UTC)


def test_bytes_line_with_utf8_text_is_read():
    raw = line(CONTRACT, title="Logo für Café").encode()
    assert parse_line(1, raw).values["title"] == "Logo für Café"


def test_identity_value_is_replaced_by_its_keyed_hash():
    raw = json.dumps({"type": "identity", "account": "a1", "kind": "phone", "value": "+44 7700 900-123"})
    record = parse_line(1, raw)
    assert "value" not in record.values
    assert record.values["value_hash"] == hash_value("phone", "+447700900123")
    assert "7700" not in repr(record)


def test_identity_value_with_nothing_left_after_normalising_is_refused():
    raw = json.dumps({"type": "identity", "account": "a1", "kind": "phone", "value": "--"})
    error = rejection(raw)
    assert (error.label, error.reason) == ("identity of 'a1'", "value is empty once normalised as a phone")


def test_identity_without_seen_at_has_no_time_so_a_rerun_cannot_move_it():
    raw = json.dumps({"type": "identity", "account": "a1", "kind": "device", "value": "d-1"})
    assert "seen_at" not in parse_line(1, raw).values


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ('{"type": "account", "id": ', "invalid JSON: Expecting value (column 26)"),
        ("[1, 2]", "expected a JSON object, got list"),
        ('{"id": "x1"}', "missing required field 'type'"),
        ('{"type": "review", "id": "r1"}', "unknown type 'review' (expected one of account, organization,"),
        (b'{"type": "account", "name": "\xff"}', "not valid UTF-8 (byte 30)"),
    ],
)
def test_lines_that_are_not_records_say_why(raw, reason):
    error = rejection(raw)
    assert error.reason.startswith(reason)
    assert error.type is None


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"amount": ...}, "missing required field 'amount'"),
        ({"started_at": ""}, "missing required field 'started_at'"),
        ({"status": "paused"}, "bad status 'paused' (expected one of active, ended, cancelled)"),
        ({"amount": "12,50"}, "bad decimal amount '12,50'"),
        ({"amount": "NaN"}, "bad decimal amount 'NaN'"),
        ({"amount": 12.5}, "amount must be a decimal string such as \"12.50\", got '12.5'"),
        ({"amount": "1.005"}, "amount '1.005' has more than 2 decimal places"),
        ({"amount": "-3"}, "amount '-3' is negative"),
        ({"amount": "1e30"}, "amount '1e30' is too large"),
        ({"started_at": "0001-01-01T00:00:00+01:00"}, "started_at '0001-01-01T00:00:00+01:00' is out of range"),
        ({"started_at": "2024-01-01T09:00:00"}, "started_at '2024-01-01T09:00:00' has no UTC offset"),
        ({"started_at": "2024-01-01"}, "started_at '2024-01-01' has no UTC offset"),
        ({"started_at": "yesterday"}, "started_at 'yesterday' is not an ISO 8601 time"),
        ({"currency": "euro"}, "bad currency 'euro' (expected an ISO 4217 code such as USD)"),
        ({"title": "x" * 301}, "title is longer than 300 characters"),
        ({"client": ["a1"]}, "client must be a string identifier"),
        ({"title": "Logo\u0000"}, "title contains a NUL character"),
        ({"freelancer": "a1"}, "client and freelancer are the same account 'a1' (self-contracts are refused)"),
    ],
)
def test_bad_contract_fields_are_named_in_the_reason(changes, reason):
    error = rejection(line(CONTRACT, **changes))
    assert error.reason.startswith(reason)
    assert error.label == "contract c1"
    assert error.type == "contract"


def test_nul_in_an_identifier_is_refused():
    assert rejection(line(CONTRACT, client="a\u00001")).reason == "client contains a NUL character"


def test_every_problem_on_a_line_is_reported_at_once():
    error = rejection(line(CONTRACT, amount=..., currency="dollars"))
    assert error.reason == (
        "missing required field 'amount'; bad currency 'dollars' (expected an ISO 4217 code such as USD)"
    )


@pytest.mark.parametrize("rating", [0, 6, "5", 4.5, True, None])
def test_feedback_rating_must_be_a_whole_number_from_1_to_5(rating):
    raw = {
        "type": "feedback",
        "id": "f1",
        "contract": "c1",
        "author": "a1",
        "recipient": "a2",
        "rating": rating,
        "created_at": "2024-01-01T00:00:00+00:00",
    }
    error = rejection(json.dumps(raw))
    if rating is None:
        assert error.reason == "missing required field 'rating'"
    else:
        assert error.reason.startswith("bad rating")
        assert "(expected a whole number from 1 to 5)" in error.reason


def test_feedback_to_oneself_is_refused():
    raw = {
        "type": "feedback",
        "id": "f1",
        "contract": "c1",
        "author": "a1",
        "recipient": "a1",
        "rating": 5,
        "created_at": "2024-01-01T00:00:00+00:00",
    }
    assert rejection(json.dumps(raw)).reason == "author and recipient are the same account 'a1'"


def test_account_email_is_normalised_and_checked():
    raw = {"type": "account", "id": "a1", "email": " Cleo@Client.TEST ", "kind": "client"}
    assert parse_line(1, json.dumps(raw)).values["email"] == "cleo@client.test"
    assert rejection(json.dumps({**raw, "email": "not-an-email"})).reason == "bad email 'not-an-email'"
    assert rejection(json.dumps({**raw, "kind": "robot"})).reason.startswith("bad kind 'robot'")


def test_records_without_ids_are_labelled_by_what_they_join():
    membership = {"type": "membership", "org": "o1", "account": "a1", "role": "boss"}
    assert rejection(json.dumps(membership)).label == "membership of 'a1' in 'o1'"
    identity = {"type": "identity", "account": "a1", "kind": "device"}
    error = rejection(json.dumps(identity))
    assert (error.label, error.reason) == ("identity of 'a1'", "missing required field 'value'")


def test_parsed_records_are_labelled_like_rejected_ones():
    membership = parse_line(1, json.dumps({"type": "membership", "org": "o1", "account": "a1", "role": "owner"}))
    identity = parse_line(2, json.dumps({"type": "identity", "account": "a1", "kind": "ip", "value": "10.0.0.1"}))
    assert membership.label == "membership of 'a1' in 'o1'"
    assert identity.label == "identity of 'a1'"
    assert parse_line(3, line(CONTRACT)).label == "contract c1"


def test_long_values_are_cut_short_in_reasons():
    error = rejection(line(CONTRACT, status="x" * 500))
    assert len(error.reason) < 120


def test_redact_blanks_identity_values_only():
    identity = json.dumps({"type": "identity", "account": "a1", "kind": "ip", "value": "10.0.0.1"})
    assert "10.0.0.1" not in redact("identity", identity)
    assert json.loads(redact("identity", identity))["value"] == "[redacted]"
    assert redact("contract", line(CONTRACT)) == line(CONTRACT)
