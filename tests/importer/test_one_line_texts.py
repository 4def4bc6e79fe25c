"""Round 2, F6: every imported one-line display text follows the account-name
rule, ids are strings, and a name of spaces only is refused — each as that
line's error naming the field."""

from __future__ import annotations

import json

import pytest

from importer.parsing import LineError, parse_line

ACCOUNT = {"type": "account", "id": "a1", "email": "a@x.test", "kind": "client", "name": "Ada"}
ORG = {"type": "organization", "id": "o1", "name": "Acme"}
CONTRACT = {
    "type": "contract",
    "id": "c1",
    "client": "a1",
    "freelancer": "a2",
    "title": "Logo",
    "amount": "10.00",
    "started_at": "2024-01-01T00:00:00+00:00",
}


def reason(obj: dict, **changes) -> str:
    with pytest.raises(LineError) as caught:
        parse_line(1, json.dumps({**obj, **changes}))
    return caught.value.reason


def test_an_organisation_name_with_a_bidi_override_is_refused():
    assert (
        reason(ORG, name="\u202eevil")
        == "name '\\u202eevil': a name cannot contain an invisible control character (U+202E)."
    )


def test_a_contract_title_with_a_line_break_is_refused():
    assert reason(CONTRACT, title="Logo\nBcc: x").startswith(
        "title 'Logo\\nBcc: x': a title cannot contain a line break"
    )


@pytest.mark.parametrize("obj", [ACCOUNT, ORG])
def test_a_name_of_spaces_only_is_refused(obj):
    assert reason(obj, name="   ") == "name '   ' is blank (only spaces)"


@pytest.mark.parametrize("obj", [ACCOUNT, ORG, CONTRACT])
def test_a_numeric_id_is_that_lines_error(obj):
    assert reason(obj, id=123) == "id must be a string identifier (in quotes), got the number 123"


def test_a_numeric_reference_is_that_lines_error():
    assert reason(CONTRACT, client=7).startswith("client must be a string identifier (in quotes), got the number 7")


def test_an_organisation_name_is_trimmed():
    record = parse_line(1, json.dumps({**ORG, "name": "  Acme  "}))
    assert record.values["name"] == "Acme"
