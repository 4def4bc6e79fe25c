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

from collections.abc import Callable, Container, Iterable
from enum import Enum
from functools import partial
from operator import itemgetter
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import IntegrityError, connections, models, router
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
        literal = array_literal(self.rhs)
        if literal is None:
            return f"{lhs} = ANY(%s)", (*params, self.rhs)
        return f"{lhs} = ANY(%s::{literal[0]}[])", (*params, literal[1])


def array_literal(values: Iterable[Any]) -> tuple[str, str] | None:
    """(element type, PostgreSQL array literal) for values all str or all int, else None.

    psycopg adapts a list parameter value by value in Python: for the 20,000-value
    lists of an import batch that is about five times the CPU of joining one string
    here, and the server reads the text form faster too. Every element is quoted,
    with backslash and double quote escaped, as the array input syntax asks."""
    values = list(values)
    types = set(map(type, values))  # one pass in C, not a generator per value
    if types == {int}:
        return "bigint", "{" + ",".join(map(str, values)) + "}"
    if types == {str}:
        quoted = ('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
        return "text", "{" + ",".join(quoted) + "}"
    return None


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


# --- Foreign keys checked once per batch (PostgreSQL) ------------------------------------
#
# Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: PostgreSQL queues one trigger
# per row and key and runs them at commit, each a ``SELECT … FOR KEY SHARE`` of the row
# referred to. For an import that is half of the server's work. When the role may set
# ``session_replication_role`` (a superuser, or GRANT SET ON PARAMETER), a batch runs
# with those triggers off and does the same check itself, once per batch and table:
# every value a written row refers to is looked up and locked ``FOR KEY SHARE`` in the
# batch's transaction, as the trigger would, so the row referred to cannot go away
# before the batch commits; a value that is not there refuses the write with an
# IntegrityError, as the trigger would.


def fk_triggers_skippable(models_written: list[type[models.Model]], using: str) -> bool:
    """Whether batches writing ``models_written`` may run with triggers off: PostgreSQL,
    the role may set ``session_replication_role``, and no table written has a trigger
    of its own (replica mode would skip it too; only the foreign keys' are expected)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return False
    tables = [model._meta.db_table for model in models_written]
    # GRANT SET ON PARAMETER (and has_parameter_privilege) came with PostgreSQL 15.
    allowed = (
        "has_parameter_privilege('session_replication_role', 'SET')"
        if connection.pg_version >= 150000
        else "current_setting('is_superuser') = 'on'"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {allowed}, "
            "(SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            " WHERE NOT t.tgisinternal AND c.relname = ANY(%s))",
            [tables],
        )
        allowed, own_triggers = cursor.fetchone()
    return bool(allowed) and not own_triggers


def skip_fk_triggers(using: str) -> None:
    """For the rest of the current transaction only (SET LOCAL); call right after it
    begins, and check every write with :func:`lock_referenced`."""
    with connections[using].cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")


def lock_referenced(
    model: type[models.Model],
    rows: list[dict],
    names: Iterable[str] | None = None,
    held: Container[tuple[str, Any]] = (),
) -> set[tuple[str, Any]]:
    """Check that every foreign key value in ``rows`` (only the attnames in ``names``,
    if given) points at a row, and lock those rows ``FOR KEY SHARE`` until the
    transaction ends; raise IntegrityError for the first that does not.

    ``held`` holds (table, key) of rows this transaction has already locked, which
    are neither checked nor locked again; the rows locked here are returned, for the
    caller to add to it once the savepoint they were locked in has been released (a
    savepoint rolled back releases its locks)."""
    locked: set[tuple[str, Any]] = set()
    if not rows:
        return locked
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    wanted = None if names is None else set(names)
    targets: dict[tuple[str, str, str], tuple[set, list[str]]] = {}
    for f in model._meta.concrete_fields:
        if not f.is_relation or (wanted is not None and f.attname not in wanted):
            continue
        default = _plain(f.get_default())
        values = {row.get(f.attname, default) for row in rows}
        values.discard(None)
        if not values:
            continue
        target = (f.related_model._meta.db_table, f.target_field.column, f.target_field.rel_db_type(connection))
        if held:
            values = {v for v in values if (target[0], v) not in held}
            if not values:
                continue
        found, attnames = targets.setdefault(target, (set(), []))
        found.update(values)
        attnames.append(f.attname)
    with connection.cursor() as cursor:
        for (table, column, db_type), (values, attnames) in targets.items():
            # The keys go as one array literal (see array_literal); only the count comes back.
            literal = array_literal(values)
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {quote(table)} WHERE {quote(column)} = ANY(%s::{db_type}[])"
                f" FOR KEY SHARE) AS locked",
                [literal[1] if literal is not None else list(values)],
            )
            if cursor.fetchone()[0] == len(values):
                locked.update((table, v) for v in values)
                continue
            present = f"SELECT {quote(column)} FROM {quote(table)} WHERE {quote(column)} = ANY(%s)"
            cursor.execute(present, [list(values)])
            missing = values.difference(row[0] for row in cursor.fetchall())
            value = min(missing)
            attname = next((a for a in attnames if any(row.get(a) == value for row in rows)), attnames[0])
            raise IntegrityError(
                f'insert or update on table "{model._meta.db_table}" violates foreign key: '
                f'key ({attname})=({value}) is not present in table "{table}"'
            )
    return locked


def analyze(models_written: Iterable[type[models.Model]], using: str) -> None:
    """Fresh planner statistics for the tables an import wrote (PostgreSQL only).

    After a bulk load the statistics describe the tables as they were before it,
    often empty, and PostgreSQL plans the portal's queries for that until autovacuum
    catches up (never, where it is off): on 100,000 cases the case page took 2–3 s
    instead of 0.5 s. ANALYZE reads a fixed-size sample of each table, so this costs
    seconds whatever the import's size."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    tables = sorted({model._meta.db_table for model in models_written})
    if tables:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))
