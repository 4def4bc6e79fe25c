"""One cold import on PostgreSQL, with the CPU of both sides: the importer and the PostgreSQL server.

    .venv/bin/python bench/import/speed.py bench/out/import-1340000.jsonl
    .venv/bin/python bench/import/speed.py --phases bench/out/import-200000.jsonl

Drops and recreates the database $BENCH_DATABASE (default ts_bench_import_speed; psql -h 127.0.0.1 -U
postgres), migrates it, and imports FILE through the same service as
``manage.py import_marketplace``, in this process, with DEBUG off. PostgreSQL runs on
the same machine, so on a shared machine the wall clock says more about the other
work than about the import; the CPU seconds of the importer and of the whole
PostgreSQL server (every postgres process, read from /proc) less so. Prints wall time, records/s, CPU
of each side, records per CPU-second of both together, and peak RSS of the importer.
``--phases`` also prints where the time went (read-through, passes, ratings): per phase,
wall time and the CPU of each side.
The WAL the server wrote meanwhile is printed too (the whole server's: another database's
work counts). ``--keys-per-row`` turns off the change of issue #17 (foreign keys checked once per
batch), to measure it against the code before. "both busy" is the CPU of both processes over
the wall time: on an idle 2-core machine, how much they overlap.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB = os.environ.get("BENCH_DATABASE", "ts_bench_import_speed")
sys.path.insert(0, str(ROOT))
os.environ.update(
    DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DB}",
    DEBUG="false",
    LOG_LEVEL="WARNING",
    DJANGO_SETTINGS_MODULE="trustsafety.settings",
)
os.environ.setdefault("SECRET_KEY", "bench-import-not-a-secret-0123456789abcdefghijklmnop")
os.environ.setdefault("MAILER_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: str) -> tuple[str, list[str]] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # gone since the directory was listed
        return None
    return text[text.index("(") + 1 : text.rindex(")")], text.rsplit(")", 1)[1].split()


def server_cpu() -> float:
    """User + system CPU seconds of the whole PostgreSQL server on this machine: every
    live postgres process (backends, checkpointer, WAL writer…) plus what the ones
    that have exited used (the postmaster's reaped children). The importer opens new
    connections (it closes them before forking its parsing process), so following one
    backend would miss work."""
    total, postmasters = 0.0, []
    stats = {pid: _stat(pid) for pid in os.listdir("/proc") if pid.isdigit()}
    postgres = {pid for pid, st in stats.items() if st and st[0] == "postgres"}
    for pid in postgres:
        fields = stats[pid][1]
        total += (int(fields[11]) + int(fields[12])) / _TICK
        if fields[1] not in postgres:  # the postmaster: its parent is not a postgres process
            postmasters.append(fields)
    for fields in postmasters:
        total += (int(fields[13]) + int(fields[14])) / _TICK
    return total


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--phases", action="store_true", help="print when each phase starts")
    parser.add_argument(
        "--keys-per-row",
        action="store_true",
        help="leave the foreign keys to PostgreSQL's per-row triggers (as before #17)",
    )
    args = parser.parse_args()
    for sql in (f"DROP DATABASE IF EXISTS {DB}", f"CREATE DATABASE {DB}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)  # in-process: children's CPU is the import's alone

    from importer.bulk import fk_triggers_skippable
    from importer.services import HANDLERS, marketplace_import
    from importer.sources import open_source

    started = time.monotonic()

    from django.db import connection

    def wal_position() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')")
            return int(cursor.fetchone()[0])

    load_before = os.getloadavg()
    wal_before = wal_position()
    cpu_before, server_before = own_cpu(), server_cpu()
    mark = [started, cpu_before, server_before]

    def on_phase(text: str) -> None:
        if args.phases:
            # What the phase that ends here cost: wall, the importer's CPU, the server's CPU.
            now, cpu, server = time.monotonic(), own_cpu(), server_cpu()
            spent = (
                f"(phase before: {now - mark[0]:5.1f} s wall, CPU importer {cpu - mark[1]:5.1f} s,"
                f" server {server - mark[2]:5.1f} s)"
            )
            print(f"{now - started:7.1f} s  {spent}  {text}", flush=True)
            mark[:] = now, cpu, server

    with open_source(args.file) as source:
        result = marketplace_import(
            lines=source,
            on_phase=on_phase,
            keys_per_batch=not args.keys_per_row,
        )
    wall = time.monotonic() - started
    keys_per_batch = not args.keys_per_row and fk_triggers_skippable([h.model for h in HANDLERS.values()], "default")
    cpu, server = own_cpu() - cpu_before, server_cpu() - server_before
    wal = (wal_position() - wal_before) / 2**20
    on_phase("done")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = result.lines
    print(
        "foreign keys checked "
        f"{'per batch' if keys_per_batch else 'per row (triggers)'}\n"
        f"{n:,} lines, {result.imported:,} imported, {result.rejected:,} rejected, {result.passes} passes\n"
        f"wall {wall:.1f} s = {n / wall:,.0f} records/s\n"
        f"CPU importer {cpu:.1f} s, PostgreSQL server {server:.1f} s: "
        f"{n / (cpu + server):,.0f} records per CPU-second (both); "
        f"both busy {(cpu + server) / wall:.2f} cores on average (2 = full overlap on an idle 2-core machine)\n"
        f"WAL written {wal:,.0f} MB (the whole server's)\n"
        f"peak RSS {peak:.0f} MB; load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after"
    )


if __name__ == "__main__":
    main()
