"""Disk-backed scratch space for an import, so memory stays flat whatever the file size."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple


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
        self._db.executemany("INSERT OR IGNORE INTO ids VALUES (?)", ((i,) for i in ids))

    def chunks(self, size: int) -> Iterator[list[int]]:
        cursor = self._db.execute("SELECT id FROM ids ORDER BY id")
        while rows := cursor.fetchmany(size):
            yield [row[0] for row in rows]

    def close(self) -> None:
        self._db.close()
