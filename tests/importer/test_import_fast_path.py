"""The parser's shortcut for the common line gives what the general way gives, line for line.

Every busy type has its own reader for the usual line (``importer.parsing._PLAIN``), and
plain bytes skip a step of decoding (``_decoded_plainly``). Here each type's valid line is
spoiled one field at a time in every way an operator's file could (wrong JSON types, empty,
missing, huge numbers, NUL, control and bidirectional characters, bad times, lone
surrogates, extra and repeated keys) and each result, the Record or the rejection's exact
words, must be the same both ways (``plain=False`` is the general way alone).
"""

from __future__ import annotations

import json

import pytest

from importer.parsing import LineError, parse_line, record_key

NOW = "2024-03-01T10:00:00+00:00"
VALID = {
    "account": {
        "type": "account",
        "id": "a1",
        "email": "Zoe@Example.test ",
        "kind": "freelancer",
        "name": " Zoë Ñandú ",
        "country": "gb",
        "created_at": NOW,
    },
    "organization": {"type": "organization", "id": "o1", "name": "Co", "created_at": NOW},
    "membership": {"type": "membership", "org": "o1", "account": "a1", "role": "owner"},
    "contract": {
        "type": "contract",
        "id": "c1",
        "client": "a1",
        "freelancer": "a2",
        "client_org": "o1",
        "title": "Logo",
        "amount": "250.5",
        "currency": "eur",
        "started_at": "2024-01-01T09:00:00+02:00",
        "ended_at": "2024-02-01T09:00:00Z",
        "status": "ended",
    },
    "feedback": {
        "type": "feedback",
        "id": "f1",
        "contract": "c1",
        "author": "a1",
        "recipient": "a2",
        "rating": 4,
        "comment": "fine\nwork",
        "created_at": NOW,
    },
    "message": {
        "type": "message",
        "id": "m1",
        "sender": "a1",
        "recipient": "a2",
        "contract": "c1",
        "body": "hello ✓",
        "sent_at": NOW,
    },
    "payment": {
        "type": "payment",
        "id": "p1",
        "contract": "c1",
        "payer": "a1",
        "payee": "a2",
        "kind": "milestone",
        "amount": 12,
        "created_at": NOW,
    },
    "identity": {"type": "identity", "account": "a1", "kind": "phone", "value": "+44 7700 900123", "seen_at": NOW},
}
ABSENT = object()
# Values a field may be given, in Python: each becomes the field's JSON value.
SPOILED = [
    ABSENT,
    None,
    "",
    "   ",
    0,
    1,
    -1,
    5,
    6,
    True,
    False,
    1.5,
    10**30,
    [],
    ["a1"],
    {},
    {"id": "a1"},
    "a2",
    "a1",
    "x" * 64,
    "x" * 65,
    "nul\x00here",
    "line\nbreak",
    "tab\there",
    "bidi\u202eoverride",
    "Zoë ✓ 東京",
    "\u00a0padded\u00a0",
    "2024-13-01T00:00:00+00:00",
    "2024-01-01T00:00:00",
    "2024-01-01",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "0002-01-01T00:00:00+01:00",
    "2023-12-31T23:59:59+00:00",
    "12.50",
    "12.505",
    "-3",
    "0",
    "0.00",
    "1e12",
    "999999999999.99",
    " 7.5 ",
    "NaN",
    "Infinity",
    "12,50",
    "freelancer",
    "client",
    "owner",
    "milestone",
    "refund",
    "ended",
    "ACTIVE",
    "usd",
    "GBP ",
    "bad@",
    "a@b.c",
    "a@b.c" + "x" * 260,
    "---",
    "   10.0.0.1 ",
    "device-1",
]
# Raw JSON text for values Python cannot write as JSON: they come from a file's bytes.
RAW = ["NaN", "Infinity", "-Infinity", '"\\ud800"', '"ok\\udfff"', "1" * 5000, "1e400", "-0"]


def outcome(raw: bytes | str, *, plain: bool) -> tuple:
    try:
        record = parse_line(9, raw, plain=plain)
    except LineError as error:
        return ("rejected", error.reason, error.label, error.type)
    # repr, not ==: Decimal("80") == Decimal("80.00") but the database is sent what repr shows.
    return ("record", record.type, [(k, repr(v)) for k, v in record.values.items()], list(record.refs.items()))


def lines_for(type_: str) -> list[bytes]:
    valid = VALID[type_]
    out = [json.dumps(valid).encode(), (json.dumps(valid) + "\r\n").encode(), (json.dumps(valid) + " \x0b").encode()]
    out.append(b"\xef\xbb\xbf" + json.dumps(valid).encode())  # a byte order mark
    out.append(b" " + json.dumps(valid).encode())
    out.append(json.dumps(valid).encode() + b" {}")  # trailing data
    out.append(json.dumps({**valid, "extra": [1, {"x": None}]}).encode())
    out.append(json.dumps(valid, ensure_ascii=False).encode("latin-1", "replace"))  # not UTF-8 where it matters
    for name in [*valid, "unknown"]:
        if name == "type":
            continue
        for value in SPOILED:
            changed = {k: v for k, v in valid.items() if k != name}
            if value is not ABSENT:
                changed[name] = value
            out.append(json.dumps(changed, ensure_ascii=False).encode())
        for text in RAW:
            out.append(json.dumps({**valid, name: "@@"}).replace('"@@"', text).encode())
        # The same key twice: JSON says the last one counts.
        first = json.dumps(valid)[:-1]
        out.append(f'{first}, "{name}": {json.dumps(SPOILED[9])}}}'.encode())
        out.append(f'{{"{name}": 0, {first[1:]}}}'.encode())
    return out


@pytest.mark.parametrize("type_", VALID)
def test_every_spoiled_line_has_the_same_outcome_both_ways(type_):
    lines = lines_for(type_)
    differing = [
        (raw, fast, general)
        for raw in lines
        if (fast := outcome(raw, plain=True)) != (general := outcome(raw, plain=False))
    ]
    assert differing == []
    # The common line itself is read, and most spoiled ones are refused, both ways alike.
    assert outcome(lines[0], plain=True)[0] == "record"
    assert sum(outcome(raw, plain=True)[0] == "rejected" for raw in lines) > len(lines) / 3


@pytest.mark.parametrize("type_", VALID)
def test_record_keys_are_the_same_both_ways(type_):
    for raw in lines_for(type_):
        assert record_key(raw, plain=True) == record_key(raw, plain=False), raw


def test_the_common_shape_of_every_busy_type_takes_the_shortcut():
    """The shortcut is really taken (else the test above compares the general way with
    itself): a line it reads needs none of the general way's converters to fail."""
    from importer import parsing

    for type_ in ("account", "contract", "feedback", "message", "payment", "identity"):
        obj = json.loads(json.dumps(VALID[type_]))
        assert parsing._PLAIN[type_](9, obj) == parsing.parse_record(9, obj, plain=False), type_
        assert parsing._decoded_plainly(json.dumps(VALID[type_]).encode()) == obj


@pytest.mark.django_db
def test_an_import_leaves_the_cycle_collector_as_it_found_it(marketplace, write_jsonl, run_import):
    """Batches run with Python's cycle collector off (importer.services); a process
    that imports, such as a worker, gets it back on afterwards, also when lines
    were rejected; one that had it off keeps it off."""
    import gc

    assert gc.isenabled()
    run = run_import(write_jsonl([*marketplace, "not json", {"type": "account", "id": "x"}]), batch_size=3)
    assert run.counts["total"]["rejected"] == 2
    assert gc.isenabled()
    gc.disable()
    try:
        run_import(write_jsonl(marketplace))
        assert not gc.isenabled()  # one that had it off keeps it off
    finally:
        gc.enable()
