"""Fixtures for import tests: a small marketplace as JSON Lines, and a way to run the command."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

T0 = "2024-01-0{}T09:00:00+00:00"


@pytest.fixture
def marketplace() -> list[dict]:
    """A client's history with two freelancers, touching every type, in dependency order."""
    return [
        {
            "type": "account",
            "id": "a1",
            "email": "cleo@client.test",
            "kind": "client",
            "name": "Cleo",
            "country": "US",
            "created_at": "2023-05-01T08:00:00+00:00",
        },
        {
            "type": "account",
            "id": "a2",
            "email": "fred@free.test",
            "kind": "freelancer",
            "name": "Fred",
            "country": "GB",
        },
        {"type": "account", "id": "a3", "email": "fran@free.test", "kind": "freelancer", "name": "Fran"},
        {"type": "organization", "id": "o1", "name": "Cleo & Co", "created_at": "2023-04-01T00:00:00+02:00"},
        {"type": "membership", "org": "o1", "account": "a1", "role": "owner"},
        {
            "type": "contract",
            "id": "c1",
            "client": "a1",
            "freelancer": "a2",
            "client_org": "o1",
            "title": "Logo",
            "amount": "250.00",
            "started_at": T0.format(1),
            "ended_at": T0.format(5),
            "status": "ended",
        },
        {
            "type": "contract",
            "id": "c2",
            "client": "a1",
            "freelancer": "a3",
            "amount": "80",
            "currency": "EUR",
            "started_at": T0.format(2),
        },
        {
            "type": "message",
            "id": "m1",
            "sender": "a1",
            "recipient": "a2",
            "contract": "c1",
            "body": "Hello Fred",
            "sent_at": T0.format(2),
        },
        {
            "type": "payment",
            "id": "p1",
            "contract": "c1",
            "payer": "a1",
            "payee": "a2",
            "kind": "fixed",
            "amount": "250.00",
            "created_at": T0.format(5),
        },
        {
            "type": "feedback",
            "id": "f1",
            "contract": "c1",
            "author": "a1",
            "recipient": "a2",
            "rating": 5,
            "comment": "Great",
            "created_at": T0.format(6),
        },
        {
            "type": "feedback",
            "id": "f2",
            "contract": "c1",
            "author": "a2",
            "recipient": "a1",
            "rating": 4,
            "created_at": T0.format(6),
        },
        {
            "type": "feedback",
            "id": "f3",
            "contract": "c2",
            "author": "a1",
            "recipient": "a3",
            "rating": 3,
            "created_at": T0.format(7),
        },
        {"type": "identity", "account": "a2", "kind": "device", "value": "DEVICE-0042", "seen_at": T0.format(3)},
        {"type": "identity", "account": "a3", "kind": "phone", "value": "+44 7700 900123", "seen_at": T0.format(4)},
    ]


@dataclass
class ImportRun:
    stdout: str
    stderr: str
    error: CommandError | None

    @property
    def counts(self) -> dict[str, dict[str, int]]:
        """The summary table as {type: {column: n}}."""
        lines = self.stdout.splitlines()
        header = next(i for i, line in enumerate(lines) if line.startswith("type "))
        columns = lines[header].split()[1:]
        table = {}
        for line in lines[header + 1 :]:
            cells = line.split()
            table[cells[0]] = {c: int(v.replace(",", "")) for c, v in zip(columns, cells[1:], strict=True)}
        return table


@pytest.fixture
def run_import(db):
    """run_import(FILE, **options) -> ImportRun; never raises CommandError, returns it."""

    def run(file: str | Path, **options) -> ImportRun:
        out, err = StringIO(), StringIO()
        try:
            call_command("import_marketplace", str(file), stdout=out, stderr=err, **options)
            error = None
        except CommandError as exc:
            error = exc
        return ImportRun(out.getvalue(), err.getvalue(), error)

    return run


def to_lines(records: list[dict | str]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


@pytest.fixture
def write_jsonl(tmp_path):
    """write_jsonl(records, name) -> path of a file in tmp_path, gzipped if name ends in .gz."""

    def write(records: list[dict | str], name: str = "marketplace.jsonl") -> Path:
        path = tmp_path / name
        if name.endswith(".gz"):
            with gzip.open(path, "wt", encoding="utf-8") as file:
                file.write(to_lines(records))
        else:
            path.write_text(to_lines(records), encoding="utf-8")
        return path

    return write
