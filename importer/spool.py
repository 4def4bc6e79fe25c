"""Disk-backed scratch space for an import, so memory stays flat whatever the file size."""

from __future__ import annotations

import json
import sqlite3
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .parsing import Overlong


class Waiting(NamedTuple):
    """A line put aside because it refers to a record not imported yet."""

    line: int
    type: str
    label: str
    reason: str
    text: str


class SpillFile:
    """Lines waiting for a record further on: written during one pass, read back in the next."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._file = path.open("w", encoding="utf-8")

    def add(self, waiting: Waiting) -> None:
        self._file.write(json.dumps(waiting, ensure_ascii=False))
        self._file.write("\n")
        self.count += 1

    def close(self) -> None:
        self._file.close()

    def __iter__(self) -> Iterator[Waiting]:
        with self.path.open(encoding="utf-8") as file:
            for text in file:
                yield Waiting(*json.loads(text))


class DiskIdSet:
    """A set of integers kept in a throwaway SQLite file rather than in memory."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE ids (id INTEGER PRIMARY KEY)")

    def update(self, ids: Iterable[int]) -> None:
        with self._db:  # one transaction: without it every row is its own commit
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR IGNORE INTO ids VALUES (?)", ((i,) for i in ids))

    def chunks(self, size: int) -> Iterator[list[int]]:
        cursor = self._db.execute("SELECT id FROM ids ORDER BY id")
        while rows := cursor.fetchmany(size):
            yield [row[0] for row in rows]

    def close(self) -> None:
        self._db.close()


class LineSpool:
    """The input's lines as read, kept on disk: a file is read once (stdin cannot be
    read twice) for the look for repeated records, and the import reads it back."""

    # line number, kind (0 bytes, 1 text, 2 overlong), overlong size and limit, length
    _HEAD = struct.Struct("<QBQQI")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("wb")

    def add(self, line: int, raw: bytes | str) -> None:
        if isinstance(raw, Overlong):
            kind, size, limit, data = 2, raw.size, raw.limit, bytes(raw)
        elif isinstance(raw, str):
            kind, size, limit, data = 1, 0, 0, raw.encode("utf-8", "surrogatepass")
        else:
            kind, size, limit, data = 0, 0, 0, raw
        self._file.write(self._HEAD.pack(line, kind, size, limit, len(data)) + data)  # one call a line

    def close(self) -> None:
        self._file.close()

    @classmethod
    def read(cls, path: Path) -> Iterator[tuple[int, bytes | str]]:
        """(line number, line) as they were added."""
        head = cls._HEAD
        with path.open("rb") as file:
            while packed := file.read(head.size):
                line, kind, size, limit, length = head.unpack(packed)
                data = file.read(length)
                if kind == 2:
                    yield line, Overlong(data, size=size, limit=limit)
                elif kind == 1:
                    yield line, data.decode("utf-8", "surrogatepass")
                else:
                    yield line, data


class Repeat(NamedTuple):
    """A record named again further down the same file: the later line wins."""

    line: int  # the line that is not imported
    later: int  # the next line that names the same record
    type: str
    key: str


class LastLines:
    """Which lines name a record that a later line names again, found with a
    throwaway SQLite file rather than memory: while the input is read, every
    (record, line) goes in unindexed; once it is all read, one sorted pass pairs
    each line with the next line naming the same record. The lines that have one
    are set aside, so the last line wins whatever the order of batches and passes,
    and importing the same file again changes nothing."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE seen (key TEXT, line INTEGER, type TEXT)")
        self._db.execute("CREATE TABLE repeated (line INTEGER PRIMARY KEY, type TEXT)")
        self.count = 0

    def add(self, keyed: Iterable[tuple[str, str, int]]) -> None:
        """(type, key, line) for lines that name a record."""
        with self._db:  # one transaction: without it every row is its own commit
            self._db.execute("BEGIN")
            self._db.executemany("INSERT INTO seen (type, key, line) VALUES (?, ?, ?)", keyed)

    def find(self) -> Iterator[Repeat]:
        """Once every line is in: the repeats, in line order (each is also set aside)."""
        pairs = self._db.execute(
            "SELECT line, later, type, key FROM ("
            " SELECT line, type, key, LEAD(line) OVER (PARTITION BY key ORDER BY line) AS later FROM seen"
            ") WHERE later IS NOT NULL ORDER BY line"
        ).fetchall()
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("DROP TABLE seen")
            self._db.executemany("INSERT INTO repeated VALUES (?, ?)", ((line, type_) for line, _, type_, _ in pairs))
        self.count = len(pairs)
        return (Repeat(*pair) for pair in pairs)

    def repeated_among(self, first: int, last: int) -> dict[int, str]:
        """Lines between ``first`` and ``last`` that a later line repeats: line -> type."""
        if not self.count:
            return {}
        rows = self._db.execute("SELECT line, type FROM repeated WHERE line BETWEEN ? AND ?", (first, last))
        return dict(rows.fetchall())

    def close(self) -> None:
        self._db.close()
