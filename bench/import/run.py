"""Benchmark manage.py import_marketplace on SQLite and PostgreSQL.

    .venv/bin/python bench/import/run.py                      # 1,000,000 records, both databases
    .venv/bin/python bench/import/run.py -n 100000 1000000    # memory stays flat: compare peak RSS
    .venv/bin/python bench/import/run.py --db sqlite -n 100000

For each size it generates bench/out/import-N.jsonl (once; deterministic), then for
each database starts from an empty, freshly migrated one (SQLite: a file under
bench/out/; PostgreSQL: database ts_bench_import, dropped and created with psql
-h 127.0.0.1 -U postgres), imports the file, and imports it again (everything
unchanged). Each import runs under /usr/bin/time for wall time, CPU time and peak
RSS; the 1-minute load average after it shows how busy the machine was. The portal
runs as in production (DEBUG off). Prints a Markdown table on stdout, the
importer's summaries on stderr.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PG_DB = "ts_bench_import"
PG_URL = f"postgres://postgres@127.0.0.1:5432/{PG_DB}"


def environment(db: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DEBUG="false", LOG_LEVEL="WARNING")
    # Production-like settings need these; they do not matter to the import.
    env.setdefault("SECRET_KEY", "bench-import-not-a-secret-0123456789abcdefghijklmnop")
    env.setdefault("MAILER_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
    env.pop("DATABASE_URL", None)
    if db == "postgres":
        env["DATABASE_URL"] = PG_URL
    else:
        env["SQLITE_PATH"] = str(OUT / "bench-import.sqlite3")
    return env


def fresh_database(db: str, env: dict[str, str]) -> None:
    if db == "postgres":
        for sql in (f"DROP DATABASE IF EXISTS {PG_DB}", f"CREATE DATABASE {PG_DB}"):
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True, capture_output=True)
    else:
        for path in OUT.glob("bench-import.sqlite3*"):
            path.unlink()
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def timed_import(path: Path, env: dict[str, str], batch_size: int) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        command = [
            "/usr/bin/time",
            "-o",
            timing.name,
            "-f",
            "%e %M %U %S",
            PYTHON,
            "manage.py",
            "import_marketplace",
            str(path),
            "--batch-size",
            str(batch_size),
        ]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        load = os.getloadavg()[0]  # other work on the machine slows the wall clock, not the CPU time
        wall, rss_kb, user, system = timing.read().split()[-4:]
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-2000:])
        raise SystemExit(f"import failed ({done.returncode})")
    return {
        "wall": float(wall),
        "rss_mb": int(rss_kb) / 1024,
        "cpu": float(user) + float(system),
        "load": load,
        "summary": done.stdout,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--records", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--db", choices=("sqlite", "postgres"), nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--batch-size", type=int, default=20_000)
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.records:
        data = OUT / f"import-{n}.jsonl"
        if not data.exists():
            subprocess.run(
                [PYTHON, str(ROOT / "bench" / "import" / "generate.py"), "-n", str(n), "-o", str(data)], check=True
            )
        size_mb = data.stat().st_size / 2**20
        for db in args.db:
            env = environment(db)
            fresh_database(db, env)
            for run in ("first import", "same file again"):
                result = timed_import(data, env, args.batch_size)
                print(result["summary"], file=sys.stderr)
                rows.append(
                    f"| {db} | {n:,} ({size_mb:,.0f} MB) | {run} | {result['wall']:.1f} s | "
                    f"{n / result['wall']:,.0f} | {result['cpu']:.1f} s | {n / result['cpu']:,.0f} | "
                    f"{result['rss_mb']:,.0f} MB | {result['load']:.1f} |"
                )
    print(
        "| database | records | run | wall | records/s | CPU (user+sys) | records per CPU-second "
        "| peak RSS | load average |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
