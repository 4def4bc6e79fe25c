"""Small query helpers shared by the detectors: epoch seconds and floats computed
by the database, so that scans over millions of rows build no datetime or Decimal
objects, and chunked iteration."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db.models import BigIntegerField, FloatField, Func


class Epoch(Func):
    """Seconds since 1970 of a datetime column, as an integer (NULL stays NULL)."""

    output_field = BigIntegerField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="CAST(strftime('%%%%s', %(expressions)s) AS INTEGER)", **extra
        )

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="CAST(EXTRACT(EPOCH FROM %(expressions)s) AS BIGINT)", **extra
        )

    def as_mysql(self, compiler, connection, **extra):  # pragma: no cover - not a supported backend
        return self.as_sql(compiler, connection, template="UNIX_TIMESTAMP(%(expressions)s)", **extra)


class AsFloat(Func):
    """A decimal column read as a float."""

    output_field = FloatField()
    template = "CAST(%(expressions)s AS DOUBLE PRECISION)"

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="CAST(%(expressions)s AS REAL)", **extra)


def chunk_size() -> int:
    return getattr(settings, "DETECTION_CHUNK_SIZE", 20_000)


def rows(queryset, *fields: Any) -> Iterator[tuple]:
    """Stream ``values_list`` rows in chunks (server-side cursor on PostgreSQL)."""
    return queryset.values_list(*fields).iterator(chunk_size=chunk_size())


def chunked(items: Iterable, size: int = 500) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
