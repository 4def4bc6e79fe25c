"""Are two PostgreSQL databases' contents the same? The proof that a faster importer
imports exactly what the old one did.

    .venv/bin/python bench/import/compare.py ts_before ts_after

Import the same file into two fresh databases, one with each version of the code
(``speed.py`` leaves its database behind), then run this. It walks every table of the
public schema in both, row by row in primary-key order, ids included, and prints
per table the row count and whether every row is equal; for a table that differs,
the first rows that do. Exits 1 if anything differs.

What an import draws at random or from the clock differs between two runs of the
same code, so it is compared for its kind, not its value: an account's password
(only "is it the unusable kind"), and every time within the last ``--recent`` days
(default 3), which only the clock of a run can have set (an account with no
``created_at`` joins "now"; the migrations seed help articles "now"): shown as
"recent". The benchmark file's own times are years older, so a change that stored
the clock instead of the file's time still shows. The task queue's and the
detection app's tables are the machinery's (the scan queued after the import) and
are left out.
"""

from __future__ import annotations

import argparse
import sys
from itertools import zip_longest

import psycopg

# Tables whose rows are the machinery's, not the import's: when each ran.
SKIPPED = {"django_migrations", "django_session", "django_admin_log"}
SKIPPED_PREFIXES = ("detection_", "django_tasks_")
# Column values drawn at random per run: compared by what they are, not what they hold.
MASKED = {("accounts_user", "password"): "CASE WHEN password LIKE '!%' THEN 'unusable' ELSE 'usable' END"}
BLOCK = 5000


def tables(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").fetchall()
    return [t for (t,) in rows if t not in SKIPPED and not t.startswith(SKIPPED_PREFIXES)]


def select(conn: psycopg.Connection, table: str, recent: int) -> str:
    columns = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'"
        " AND table_name = %s ORDER BY ordinal_position",
        [table],
    ).fetchall()
    key = [
        name
        for (name,) in conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
            " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
            [table],
        )
    ]
    shown = [
        MASKED.get((table, c))
        or (
            f"CASE WHEN \"{c}\" > now() - interval '{recent} days' THEN 'recent' ELSE \"{c}\"::text END"
            if kind.startswith("timestamp")
            else f'"{c}"'
        )
        for c, kind in columns
    ]
    order = ", ".join(f'"{c}"' for c in key) if key else ", ".join(str(i + 1) for i in range(len(columns)))
    return f'SELECT {", ".join(shown)} FROM "{table}" ORDER BY {order}'


def rows(conn: psycopg.Connection, sql: str, name: str):
    with conn.cursor(name=name) as cursor:
        cursor.itersize = BLOCK
        cursor.execute(sql)
        yield from cursor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--show", type=int, default=3, help="differing rows to print per table")
    parser.add_argument("--recent", type=int, default=3, help="days back from now that count as a run's clock")
    args = parser.parse_args()
    dsn = "host=127.0.0.1 user=postgres dbname={}"
    with psycopg.connect(dsn.format(args.first)) as a, psycopg.connect(dsn.format(args.second)) as b:
        names = tables(a)
        if names != tables(b):
            print(f"different tables: {sorted(set(names) ^ set(tables(b)))}")
            return 1
        same = True
        for table in names:
            sql = select(a, table, args.recent)
            count, differing, shown = 0, 0, []
            for left, right in zip_longest(rows(a, sql, "left"), rows(b, sql, "right")):
                count += 1
                if left != right:
                    differing += 1
                    if len(shown) < args.show:
                        shown.append((left, right))
            if count:
                print(f"{table}: {count:,} rows, {'same' if not differing else f'{differing:,} differ'}")
            for left, right in shown:
                print(f"  {args.first}: {left}\n  {args.second}: {right}")
            same = same and not differing
        print("SAME CONTENT" if same else "CONTENT DIFFERS")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
