"""A first import into empty tables does not look for rows that cannot be there
(``importer.services._Run.note_empty_tables``), and ends exactly as one that looks."""

from __future__ import annotations

import json
from contextlib import contextmanager

from django.db import connection

from accounts.models import Organization, User
from contracts.models import Contract, Message
from importer.services import marketplace_import


def lines_of(records: list[dict]) -> list[bytes]:
    return [json.dumps(r).encode() + b"\n" for r in records]


@contextmanager
def statements():
    """Every SQL statement run meanwhile (the importer forgets Django's query log per batch)."""
    seen: list[str] = []

    def note(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(note):
        yield seen


LOOKUP = 'SELECT "contracts_message"."id"'


def outcome(result) -> dict:
    return {t: (c.created, c.updated, c.unchanged, c.rejected) for t, c in result.counts.items() if c.imported}


def test_a_first_import_skips_the_lookups_and_a_second_one_makes_them(marketplace, db):
    with statements() as first:
        result = marketplace_import(lines=iter(lines_of(marketplace)), batch_size=4)
    assert result.rejected == 0 and Message.objects.count() == 1
    assert [sql for sql in first if sql.startswith(LOOKUP)] == []  # the messages table was empty
    assert any(sql.startswith('SELECT "accounts_user"."email"') for sql in first)  # the rules still look
    with statements() as second:
        again = marketplace_import(lines=iter(lines_of(marketplace)), batch_size=4)
    assert again.imported == 0 and again.rejected == 0  # every record found, unchanged
    assert any(sql.startswith(LOOKUP) for sql in second)


def test_a_row_written_by_someone_else_during_the_import_is_found_as_before(marketplace, db):
    """Another session creates organisation o1 after the import has noted its table empty:
    the import's write is refused, the batch is imported again with the lookups, and o1
    is updated as if it had been there from the start."""

    def meanwhile(text: str) -> None:
        if text.startswith("pass 1"):
            Organization.objects.create(external_id="o1", name="Written meanwhile")

    result = marketplace_import(lines=iter(lines_of(marketplace)), batch_size=4, on_phase=meanwhile)
    assert result.rejected == 0
    assert (result.counts["organization"].created, result.counts["organization"].updated) == (0, 1)
    assert Organization.objects.get(external_id="o1").name == "Cleo & Co"
    assert Contract.objects.get(external_id="c1").client_org.external_id == "o1"
    assert User.objects.filter(external_id__in=["a1", "a2", "a3"]).count() == 3
    assert outcome(result)["contract"] == (2, 0, 0, 0)
