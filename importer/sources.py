"""Open the file to import: a path, ``-`` for stdin, or a ``.gz`` file."""

from __future__ import annotations

import gzip
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from .parsing import MAX_LINE_BYTES, Overlong

_OVERLONG_START = 200  # bytes of an overlong line kept, for the errors file
_SKIP_CHUNK = 64 * 1024


class Source:
    """Lines (bytes) of the input, and how far into it reading has got, for a progress bar.

    A line longer than ``max_line_bytes`` (line ending included) is never held whole:
    it is read past in pieces and yields an :class:`Overlong` with its first bytes.
    """

    def __init__(
        self, raw: BinaryIO, *, gz: bool = False, total: int | None = None, max_line_bytes: int = MAX_LINE_BYTES
    ) -> None:
        self._raw = raw
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb") if gz else None
        self.total = total  # bytes on disk (compressed for .gz); None for a pipe
        self.max_line_bytes = max_line_bytes
        self._count = 0

    def __iter__(self) -> Iterator[bytes]:
        stream = self._gz if self._gz is not None else self._raw
        limit = self.max_line_bytes
        while line := stream.readline(limit + 1):
            self._count += len(line)
            if len(line) <= limit:
                yield line
                continue
            start, size = line[:_OVERLONG_START], len(line)
            while not line.endswith(b"\n") and (line := stream.readline(_SKIP_CHUNK)):
                self._count += len(line)
                size += len(line)
            yield Overlong(start, size=size, limit=limit)

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
