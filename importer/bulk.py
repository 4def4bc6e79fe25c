"""Multi-row INSERT of plain dicts: what ``bulk_create`` does, minus its per-object cost.

``bulk_create`` spends most of its time building a model instance per row and
compiling each value through the SQL compiler; at a million rows that dominates
the import. Here rows go straight to the database. On PostgreSQL that is one COPY,
psycopg adapting each value by its Python type. Elsewhere it is one parametrised
``INSERT … VALUES (…), (…)`` per few hundred rows: strings, integers and foreign
keys as they are, datetimes through the backend's own adapter, anything else
through the field's ``get_db_prep_save`` — what the ORM would send. The models the
importer writes hold only strings, numbers, booleans, decimals and datetimes.

What it does not do: ``pre_save`` hooks (``auto_now``/``auto_now_add``), signals, or
returning primary keys. The models the importer writes use none of them
(tests/importer checks that), and the importer looks rows up by external id.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from operator import itemgetter
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, models, router
from django.db.models import Lookup

_MAX_ROWS_PER_STATEMENT = 500
# Field types whose Python values (str, int, bool, None) every driver takes as they are;
# skipping their get_db_prep_save is most of the saving.
_AS_IS = frozenset(
    {
        "CharField",
        "TextField",
        "BooleanField",
        "IntegerField",
        "BigIntegerField",
        "SmallIntegerField",
        "PositiveIntegerField",
        "PositiveBigIntegerField",
        "PositiveSmallIntegerField",
        "ForeignKey",
    }
)


class OneOf(Lookup):
    """``<field> IN (…)`` for a long list of plain values (str or int), used directly:
    ``Model.objects.filter(OneOf(F("external_id"), ids))``.

    Unlike ``__in`` it does not prepare each value again, and on PostgreSQL it sends
    one array parameter (``= ANY(%s)``) rather than thousands of placeholders the
    driver would have to parse on every query.
    """

    lookup_name = "one_of"  # never registered on a field
    prepare_rhs = False

    def __init__(self, lhs, rhs) -> None:
        super().__init__(lhs, list(rhs))

    def as_sql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} IN ({', '.join(['%s'] * len(self.rhs))})", (*params, *self.rhs)

    def as_postgresql(self, compiler, connection):
        if not self.rhs:
            raise EmptyResultSet
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*params, self.rhs)


def _adapter(field: models.Field, connection) -> Callable[[Any], Any] | None:
    kind = field.get_internal_type()
    if kind in _AS_IS:
        return None
    if kind == "DateTimeField":  # values are aware datetimes already
        return connection.ops.adapt_datetimefield_value
    return partial(field.get_db_prep_save, connection=connection)


def _plain(value: Any) -> Any:
    """A choices default (``Status.ACTIVE``) as the plain value the ORM would store."""
    return value.value if isinstance(value, Enum) else value


def insert_rows(model: type[models.Model], rows: list[dict]) -> None:
    """INSERT ``rows`` ({attname: value}); absent fields take the field's default."""
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    # Callable defaults (timezone.now…) are evaluated once per call, as one "now".
    defaults = {f.attname: _plain(f.get_default()) for f in fields}
    in_order = itemgetter(*defaults) if len(fields) > 1 else lambda row: (row[fields[0].attname],)
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    names = ", ".join(quote(f.column) for f in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # COPY: no SQL text to build or parse, psycopg adapts each value by type.
            # It goes to psycopg's own cursor, so errors are translated (IntegrityError…) here.
            with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(in_order(defaults | row))
            return
        adapters = [(i, adapt) for i, f in enumerate(fields) if (adapt := _adapter(f, connection)) is not None]
        params_limit = connection.features.max_query_params or 2**16 - 1
        per_statement = max(1, min(_MAX_ROWS_PER_STATEMENT, params_limit // len(fields)))
        one_row = "(" + ", ".join(["%s"] * len(fields)) + ")"
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = []
            for row in chunk:
                values = list(in_order(defaults | row))
                for i, adapt in adapters:
                    values[i] = adapt(values[i])
                params += values
            cursor.execute(f"INSERT INTO {table} ({names}) VALUES " + ", ".join([one_row] * len(chunk)), params)
