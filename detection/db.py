"""Small query helpers shared by the detectors: epoch seconds and floats computed
by the database, so that scans over millions of rows build no datetime or Decimal
objects, and chunked iteration."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db import connections
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


def rows(queryset, *fields: Any, ordered: bool = False) -> Iterator[tuple]:
    """Stream ``values_list(*fields)`` rows in chunks, unordered (in the
    queryset's order with ``ordered=True``).

    The query is built by the ORM, but rows are fetched straight from the database
    cursor (a server-side cursor on PostgreSQL): no per-row converters, which is
    why the detectors read times through ``Epoch`` and amounts through ``AsFloat``.
    Foreign keys, integers and text come back as they are."""
    qs = (queryset if ordered else queryset.order_by()).values_list(*fields)
    if qs.query.extra_select:  # pragma: no cover - not used by the detectors
        yield from qs.iterator(chunk_size=chunk_size())
        return
    compiler = qs.query.get_compiler(using=qs.db)
    try:
        sql, params = compiler.as_sql()
    except Exception:  # an empty __in list and the like: let the ORM decide
        yield from qs.iterator(chunk_size=chunk_size())
        return
    size = chunk_size()
    with connections[qs.db].chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while True:
            batch = cursor.fetchmany(size)
            if not batch:
                break
            yield from batch


def chunked(items: Iterable, size: int = 500) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
