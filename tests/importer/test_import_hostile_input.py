"""Hostile lines: whatever a line holds, it is that line's error and the run ends with its summary.

Each hostile line sits between good ones, with batches of two lines, so a crash would
also leave the batches before it committed and the ones after it not imported.
"""

from __future__ import annotations

import gzip
import json
from io import BytesIO

import pytest

from accounts.models import IdentitySignal, Organization, User
from importer import services
from importer.parsing import MAX_LINE_BYTES, LineError, Overlong, parse_line
from importer.sources import Source

pytestmark = pytest.mark.django_db

ACCOUNTS = [{"type": "account", "id": f"a{n}", "email": f"user{n}@example.test", "kind": "client"} for n in range(1, 5)]


def account_line(n: int, value: str) -> str:
    """An account line whose ``name`` is ``value``, written as raw JSON text."""
    return f'{{"type": "account", "id": "a{n}", "email": "hostile{n}@example.test", "kind": "client", "name": {value}}}'


ENORMOUS = account_line(9, '"' + "x" * (MAX_LINE_BYTES + 10) + '"')
HOSTILE = {
    "huge-integer": (account_line(9, "1" * 5000), "account a9: name is a number with 5,000 digits (at most 4,300"),
    "huge-integer-rating": (
        '{"type": "feedback", "id": "f9", "contract": "c1", "author": "a1", "recipient": "a2", '
        '"created_at": "2024-01-01T00:00:00+00:00", "rating": ' + "9" * 4301 + "}",
        "feedback f9: rating is a number with 4,301 digits",
    ),
    "deeply-nested-line": ("[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
    "deeply-nested-field": (account_line(9, "[" * 100_000 + "]" * 100_000), "invalid JSON: nested too deeply"),
    "nested-field": (account_line(9, "[" * 800 + "]" * 800), "account a9: name must be a string, got '[[["),
    "nan": (account_line(9, "NaN"), "account a9: name is NaN, which JSON does not allow"),
    "infinity": (account_line(9, "Infinity"), "account a9: name is Infinity, which JSON does not allow"),
    "minus-infinity": (account_line(9, "-Infinity"), "account a9: name is -Infinity, which JSON does not allow"),
    "lone-surrogate": (account_line(9, '"Zo\\ud800e"'), "account a9: name contains a lone surrogate escape"),
    "lone-surrogate-id": (
        '{"type": "account", "id": "\\udfff", "email": "x@example.test", "kind": "client"}',
        "account: id contains a lone surrogate escape",
    ),
    "lone-surrogate-identity-value": (
        '{"type": "identity", "account": "a1", "kind": "device", "value": "\\ud83d"}',
        "identity of 'a1': value contains a lone surrogate escape",
    ),
    "nul-in-email": (
        '{"type": "account", "id": "a9", "email": "a\\u0000b@example.test", "kind": "client"}',
        "account a9: bad email 'a\\x00b@example.test'",
    ),
    "enormous-string": (
        ENORMOUS,
        f"line is {len(ENORMOUS) + 1:,} bytes long (at most {MAX_LINE_BYTES:,})",  # + its newline
    ),
    "not-an-object": ("[1, 2, 3]", "expected a JSON object, got list"),
}


@pytest.mark.parametrize("hostile", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_line_is_reported_as_its_own_error_and_every_good_line_is_imported(
    hostile, write_jsonl, run_import, tmp_path
):
    text, message = hostile
    errors = tmp_path / "errors.jsonl"
    path = write_jsonl([ACCOUNTS[0], ACCOUNTS[1], text, ACCOUNTS[2], ACCOUNTS[3]])

    run = run_import(path, batch_size=2, errors=str(errors))

    (reported,) = run.stderr.splitlines()
    assert reported.startswith(f"line 3: {message}")
    assert str(run.error) == f"1 line(s) rejected; they are listed in {errors}"
    assert run.counts["total"] == {"imported": 4, "created": 4, "updated": 0, "unchanged": 0, "rejected": 1}
    assert sorted(User.objects.values_list("external_id", flat=True)) == ["a1", "a2", "a3", "a4"]
    # The errors file stays one valid UTF-8 JSON object per rejected line.
    (row,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert row["line"] == 3
    assert reported == "line 3: " + (f"{row['record']}: " if row["record"] else "") + row["reason"]


def test_invalid_utf8_is_reported_by_byte_and_the_rest_imported(tmp_path, run_import):
    good = [json.dumps(a).encode() for a in ACCOUNTS]
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b"\n".join([good[0], good[1], b'{"type": "account", "name": "Caf\xe9"}', good[2], good[3]]))

    run = run_import(path, batch_size=2)

    assert run.stderr.strip() == "line 3: not valid UTF-8 (byte 33)"
    assert run.counts["total"]["created"] == 4


def test_byte_order_mark_and_crlf_line_endings_are_read_as_plain_lines(tmp_path, run_import):
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(json.dumps(a).encode() for a in ACCOUNTS) + b"\r\n\r\n")

    run = run_import(path, batch_size=2)

    assert run.error is None, run.stderr
    assert run.counts["account"]["created"] == 4


def test_identity_value_on_a_broken_identity_line_is_not_written_to_the_errors_file(tmp_path, run_import):
    broken = '{"type": "identity", "account": "a1", "kind": "phone", "value": "+44 7700 900999", "seen_at": '
    errors = tmp_path / "errors.jsonl"
    path = tmp_path / "in.jsonl"
    path.write_text(broken + "\n", encoding="utf-8")
    run = run_import(path, errors=str(errors))

    assert run.stderr.startswith("line 1: invalid JSON")
    assert "900999" not in errors.read_text()
    assert '"value": "[redacted]"' in json.loads(errors.read_text())["text"]


def test_overlong_line_is_skipped_in_pieces_and_the_next_line_is_read_whole():
    long_line = b'{"type": "account", "name": "' + b"x" * 5000 + b'"}\n'
    source = Source(BytesIO(long_line + b'{"type": "organization"}\n'), max_line_bytes=1000)

    first, second = list(source)

    assert isinstance(first, Overlong)
    assert first.size == len(long_line)
    assert len(first) <= 200
    assert second == b'{"type": "organization"}\n'
    with pytest.raises(LineError, match=f"line is {len(long_line):,} bytes long"):
        parse_line(1, first)


def test_truncated_gzip_file_imports_what_was_read_and_ends_with_summary_and_failure(tmp_path, run_import):
    lines = [json.dumps({**ACCOUNTS[0], "id": f"a{n}", "email": f"u{n}@example.test"}) for n in range(3000)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])

    run = run_import(path, batch_size=100)

    assert "Imported " in run.stdout and "total" in run.stdout
    assert str(run.error).startswith("import stopped: the file could not be read after line ")
    assert "importing again is safe" in str(run.error)
    read = run.counts["account"]["created"]
    assert 0 < read < 3000
    assert User.objects.count() == read


def test_line_failing_unexpectedly_is_rejected_alone_and_the_rest_of_its_batch_is_imported(
    write_jsonl, run_import, monkeypatch
):
    # No input is known to fail past the parser any more; a handler that breaks on one
    # record stands for the next oversight, whatever it is.
    handler = services.HANDLERS["organization"]
    initial = handler.initial

    def breaks_on_one(values, run):
        if values["name"] == "Boom":
            raise RuntimeError("something nobody foresaw")
        return initial(values, run)

    monkeypatch.setattr(handler, "initial", breaks_on_one)
    orgs = [{"type": "organization", "id": f"o{n}", "name": name} for n, name in enumerate(["A", "B", "Boom", "C"])]

    run = run_import(write_jsonl([*orgs, *ACCOUNTS]), batch_size=4)

    assert run.stderr.splitlines() == ["line 3: organization o2: could not be imported: something nobody foresaw"]
    assert run.counts["organization"] == {"imported": 3, "created": 3, "updated": 0, "unchanged": 0, "rejected": 1}
    assert run.counts["account"]["created"] == 4
    assert sorted(Organization.objects.values_list("name", flat=True)) == ["A", "B", "C"]


def test_identity_hash_is_never_computed_from_text_that_is_not_unicode(write_jsonl, run_import):
    line = '{"type": "identity", "account": "a1", "kind": "phone", "value": "+44\\udc80"}'

    run = run_import(write_jsonl([ACCOUNTS[0], line]))

    assert run.counts["identity"]["rejected"] == 1
    assert not IdentitySignal.objects.exists()
