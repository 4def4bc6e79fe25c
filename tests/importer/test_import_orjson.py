"""orjson decodes the common line; every line it refuses or might read differently takes
``json``'s way, and the import ends the same either way.

``importer.parsing._decoded_plainly`` is the shortcut ``decode_line`` takes for plain
bytes: orjson's decoder by default, the ``json`` scanner it replaced in these tests.
The lines below are the ones where the two decoders part: orjson refuses NaN,
Infinity, lone surrogates and a byte order mark, and reads an integer past 64 bits as
a float. Each must end as the ``json`` way ends it: the same record, or the same
rejection naming the same line, record and field; and a whole import must leave the
same rows and report the same lines.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.db import models, transaction
from django.utils import timezone

from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract, Message, Payment
from feedback.models import Feedback
from importer import parsing
from importer.parsing import LineError, parse_line, record_key
from importer.services import marketplace_import

T = "2024-02-0{}T10:00:00+00:00"


def message(ext: str, body_json: str = '"hi"', **extra) -> bytes:
    """A message line with its body written as raw JSON text."""
    fields = {"type": "message", "id": ext, "sender": "a1", "recipient": "a2", "contract": "c1", "sent_at": T.format(3)}
    text = json.dumps({**fields, **extra})
    return (text[:-1] + f', "body": {body_json}}}').encode()


# Lines orjson does not read as json does, each with a field where it matters.
PARTING = [
    message("m-nan", "NaN"),  # orjson refuses NaN and Infinity
    message("m-inf", "-Infinity"),
    message("m-lone-high", '"half \\ud800 a pair"'),  # lone surrogates, escaped
    message("m-lone-low", '"\\udfff"'),
    message("m-reversed", '"\\udc00\\ud800"'),
    b'{"type": "message", "id": "m-cesu", "sender": "a1", "recipient": "a2", "sent_at": "2024-02-03T10:00:00+00:00", "body": "\xed\xa0\x80"}',
    message("m-2-64", "18446744073709551616"),  # past 64 bits: orjson gives a float
    message("m-long", "1" * 30),
    message("m-float", "1e400"),
    b'\xef\xbb\xbf{"type": "account", "id": "a-bom", "email": "bom@x.test", "kind": "client", "created_at": "2024-02-01T10:00:00+00:00"}',
    b'{"type": "account", "id": "a-vt", "email": "vt@x.test", "kind": "client", "created_at": "2024-02-01T10:00:00+00:00"}\x0b\n',
    b'{"type": "identity", "account": "a1", "kind": "device", "value": 123456789012345678901234567890, "seen_at": "2024-02-02T10:00:00+00:00"}',
    b'{"type": "payment", "id": "p-huge", "contract": "c1", "payer": "a1", "payee": "a2", "kind": "fixed", "amount": 100000000000000000000000, "created_at": "2024-02-04T10:00:00+00:00"}',
    b'{"type": "feedback", "id": "f-float", "contract": "c1", "author": "a1", "recipient": "a2", "rating": 4.0, "created_at": "2024-02-05T10:00:00+00:00"}',
    b'{"type": "feedback", "id": "f-big", "contract": "c1", "author": "a2", "recipient": "a1", "rating": 40000000000000000000, "created_at": "2024-02-05T10:00:00+00:00"}',
    b'{"type": "account", "id": "a-nested", "email": "n@x.test", "kind": "client", "name": [1.5, 1e400], "created_at": "2024-02-01T10:00:00+00:00"}',
]
# Lines both decoders read, the same way: the shortcut takes them.
SHARED = [
    message("m-pair", '"a pair \\ud83d\\ude00 is fine"'),
    message("m-repeated-key", '"first"', note=1)[:-1] + b', "body": "second"}',
    b'{"type": "feedback", "id": "f-ok", "contract": "c1", "author": "a1", "recipient": "a2", "rating": 2, "rating": 5, "created_at": "2024-02-05T10:00:00+00:00"}',
    b'  {"type": "account", "id": "a-space", "email": "sp@x.test", "kind": "client", "created_at": "2024-02-01T10:00:00+00:00"}\r\n',
    b'{"type": "identity", "account": "a2", "kind": "device", "value": 18446744073709551615, "seen_at": "2024-02-02T10:00:00+00:00"}',  # 2**64 - 1: still an integer
    b'{"type": "identity", "account": "a2", "kind": "device", "value": 9223372036854775807, "seen_at": "2024-02-02T10:00:00+00:00"}',
    message("m-escapes", '"tab\\t nul-free \\u00e9 \\"quoted\\" \\\\ back"'),
]
BASE = [
    b'{"type": "account", "id": "a1", "email": "a1@x.test", "kind": "client", "created_at": "2024-02-01T10:00:00+00:00"}',
    b'{"type": "account", "id": "a2", "email": "a2@x.test", "kind": "freelancer", "name": "Fr\xc3\xa9d", "created_at": "2024-02-01T10:00:00+00:00"}',
    b'{"type": "contract", "id": "c1", "client": "a1", "freelancer": "a2", "amount": "10.00", "started_at": "2024-02-01T11:00:00+00:00"}',
]


@pytest.fixture
def scanner(monkeypatch):
    """Decode with the ``json`` scanner, as before orjson."""
    monkeypatch.setattr(parsing, "_decoded_plainly", parsing._decoded_by_scanner)


def outcome(raw: bytes, *, plain: bool = True) -> tuple:
    try:
        record = parse_line(7, raw, plain=plain)
    except LineError as error:
        return ("rejected", error.reason, error.label, error.type)
    return ("record", record.type, [(k, repr(v)) for k, v in record.values.items()], list(record.refs.items()))


def test_orjson_is_the_decoder_and_refuses_the_lines_where_it_parts_from_json():
    assert parsing._decoded_plainly is parsing._decoded_by_orjson
    for raw in PARTING:
        assert parsing._decoded_by_orjson(raw) is None, raw
    for raw in [*BASE, *SHARED]:
        obj = parsing._decoded_by_orjson(raw)
        assert obj is not None, raw
        assert obj == json.loads(raw), raw


@pytest.mark.parametrize("raw", [*PARTING, *SHARED, *BASE])
def test_each_line_has_the_same_outcome_and_key_with_either_decoder(raw, monkeypatch):
    with_orjson = outcome(raw), record_key(raw)
    general = outcome(raw, plain=False), record_key(raw, plain=False)
    monkeypatch.setattr(parsing, "_decoded_plainly", parsing._decoded_by_scanner)
    assert (outcome(raw), record_key(raw)) == with_orjson == general


def test_the_refused_lines_are_rejected_naming_their_field_or_imported_as_json_reads_them():
    reasons = {raw: outcome(raw) for raw in PARTING}
    assert reasons[message("m-nan", "NaN")][1] == "body is NaN, which JSON does not allow"
    assert "lone surrogate" in reasons[message("m-lone-high", '"half \\ud800 a pair"')][1]
    assert reasons[PARTING[5]][1].startswith("not valid UTF-8")
    assert reasons[message("m-2-64", "18446744073709551616")][1] == "body must be a string, got '18446744073709551616'"
    assert reasons[PARTING[13]][1] == "bad rating '4.0' (expected a whole number from 1 to 5)"
    assert reasons[PARTING[14]][1] == "bad rating '40000000000000000000' (expected a whole number from 1 to 5)"
    # An identity value written as a long number keeps every digit (orjson would give 1.2345678901234568e+29).
    from accounts.identity import hashes

    identity = parse_line(7, PARTING[11])
    assert identity.values["value_hash"] == hashes("device", "123456789012345678901234567890")[0]
    assert outcome(PARTING[9])[0] == "record"  # a byte order mark is read past
    assert outcome(PARTING[10])[0] == "record"  # so is a vertical tab after the object


IMPORTED = (User, Organization, Membership, Contract, Feedback, Message, Payment, IdentitySignal)


def snapshot() -> dict[str, list[tuple]]:
    """Every row the import writes, with keys shown as the external ids they stand for
    (two imports draw different primary keys) and times of the run's clock as 'recent'."""
    recent = timezone.now() - timedelta(days=1)
    shown = {}
    for model in IMPORTED:
        names = []
        for f in model._meta.concrete_fields:
            if f.primary_key:
                continue
            if isinstance(f, models.ForeignKey):
                names.append(f"{f.name}__external_id" if hasattr(f.related_model, "external_id") else f.attname)
            elif f.name not in ("password", "last_login"):
                names.append(f.name)
        rows = []
        for row in model.objects.values_list(*names):
            rows.append(tuple("recent" if hasattr(v, "tzinfo") and v is not None and v > recent else v for v in row))
        shown[model._meta.label] = sorted(rows, key=repr)
    return shown


def run(lines: list[bytes]) -> tuple[dict, list[str], dict]:
    rejected = []
    result = marketplace_import(lines=iter(lines), batch_size=4, on_reject=lambda r: rejected.append((str(r), r.text)))
    counts = {t: (c.created, c.updated, c.unchanged, c.rejected, c.repeated) for t, c in result.counts.items()}
    return snapshot(), rejected, counts


@pytest.mark.django_db
def test_an_import_leaves_the_same_database_and_report_with_either_decoder(monkeypatch):
    lines = [line if line.endswith(b"\n") else line + b"\n" for line in [*BASE, *PARTING, *SHARED]]
    with transaction.atomic():
        with_orjson = run(lines)
        transaction.set_rollback(True)
    assert not Message.objects.exists()
    monkeypatch.setattr(parsing, "_decoded_plainly", parsing._decoded_by_scanner)
    with_json = run(lines)
    assert with_orjson == with_json
    database, rejected, counts = with_orjson
    # The file's lines were really imported and refused, not both runs empty.
    assert len(database["contracts.Message"]) == 3  # m-pair, m-repeated-key, m-escapes
    assert len(database["accounts.User"]) == 5  # a1, a2, a-bom, a-vt, a-space
    assert len(database["accounts.IdentitySignal"]) == 3
    assert [r for r, _ in rejected if "line 4:" in r] == [
        "line 4: message m-nan: body is NaN, which JSON does not allow"
    ]
    assert len(rejected) == 13  # nine messages, a name, a payment, two feedback
    assert counts["feedback"][0] == 1
