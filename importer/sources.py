"""Open the file to import: a path, ``-`` for stdin, or a ``.gz`` file."""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO


class Source:
    """Lines (bytes) of the input, and how far into it reading has got, for a progress bar."""

    def __init__(self, raw: BinaryIO, *, gz: bool = False, total: int | None = None) -> None:
        self._raw = raw
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb") if gz else None
        self.total = total  # bytes on disk (compressed for .gz); None for a pipe
        self._count = 0

    def __iter__(self) -> Iterator[bytes]:
        if self._gz is not None:
            yield from self._gz
            return
        for line in self._raw:
            self._count += len(line)
            yield line

    @property
    def bytes_read(self) -> int:
        # For .gz the position in the compressed file, so it matches ``total``.
        return self._raw.tell() if self._gz is not None else self._count


@contextmanager
def open_source(path: str, *, stdin: BinaryIO | None = None) -> Iterator[Source]:
    if path == "-":
        yield Source(stdin if stdin is not None else sys.stdin.buffer)
        return
    with open(path, "rb") as raw:
        yield Source(raw, gz=path.endswith(".gz"), total=os.fstat(raw.fileno()).st_size)
