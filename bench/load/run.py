"""Run the load test against `make serve` (PostgreSQL + Redis) at 1, 2 and 4 web workers.

    .venv/bin/python bench/load/build.py --database ts_bench_load      # once (~10 min)
    .venv/bin/python bench/load/run.py --database ts_bench_load --workers 1 2 4

For each number of web workers: starts ``make serve`` (DEBUG off, gunicorn, one task
worker, whitenoise, JSON logs) on 127.0.0.1:PORT with DATABASE_URL and REDIS_URL,
waits for /healthz/ready, runs locust headless (``--users``, ``--spawn-rate``, ``--time``:
bounded in count and time) with bench/load/locustfile.py, samples pg_stat_activity
(connections to the database: all, and those running a query) and the load average
every 2 seconds, then stops the stack with SIGTERM as Ctrl-C would. Prints a Markdown
table per run (requests, failures, requests/s, p50/p95/p99 per endpoint) and a
summary line; locust's CSV files are kept in bench/out/load-<workers>w_*.csv.
"""

from __future__ import annotations

import argparse
import csv
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
VENV = ROOT / ".venv" / "bin"


def wait_until_up(url: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz/ready", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit(f"{url}/healthz/ready did not answer 200 within {timeout:.0f} s")


def wait_until_free(port: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(1)
    raise SystemExit(f"port {port} still in use {timeout:.0f} s after stopping the stack")


class Sampler(threading.Thread):
    """Connections to the database (pg_stat_activity) and the load average, every 2 s."""

    def __init__(self, database: str) -> None:
        super().__init__(daemon=True)
        self.database = database
        self.connections: list[int] = []
        self.active: list[int] = []
        self.load: list[float] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        import psycopg

        with psycopg.connect("host=127.0.0.1 user=postgres dbname=postgres", autocommit=True) as conn:
            while not self.stopped.wait(2):
                row = conn.execute(
                    "SELECT count(*), count(*) FILTER (WHERE state = 'active') FROM pg_stat_activity "
                    "WHERE datname = %s",
                    (self.database,),
                ).fetchone()
                self.connections.append(row[0])
                self.active.append(row[1])
                self.load.append(os.getloadavg()[0])


def one_run(args, workers: int) -> dict:
    url = f"http://127.0.0.1:{args.port}"
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{args.database}",
        REDIS_URL=args.redis_url,
        WEB_WORKERS=str(workers),
        TASK_WORKERS="1",
        PORT=str(args.port),
    )
    log = (OUT / f"load-{workers}w-serve.log").open("w")
    stack = subprocess.Popen(
        ["make", "-s", "serve"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        wait_until_up(url)
        time.sleep(3)
        sampler = Sampler(args.database)
        sampler.start()
        prefix = OUT / f"load-{workers}w"
        command = [
            str(VENV / "locust"),
            "-f",
            str(ROOT / "bench" / "load" / "locustfile.py"),
            "--headless",
            "--host",
            url,
            "--users",
            str(args.users),
            "--spawn-rate",
            str(args.spawn_rate),
            "--run-time",
            args.time,
            "--stop-timeout",
            "10",
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ]
        locust_env = dict(os.environ, WEBHOOKS_PER_SECOND=str(args.webhooks_per_second))
        done = subprocess.run(command, cwd=ROOT, env=locust_env, capture_output=True, text=True)
        sampler.stopped.set()
        sampler.join()
        if done.returncode not in (0, 1):  # 1: some requests failed (reported below)
            sys.stderr.write(done.stderr[-3000:])
            raise SystemExit(f"locust failed ({done.returncode})")
    finally:
        os.killpg(stack.pid, signal.SIGTERM)
        stack.wait()
        wait_until_free(args.port)
        log.close()
    with (OUT / f"load-{workers}w_stats.csv").open() as file:
        rows = list(csv.DictReader(file))
    return {
        "workers": workers,
        "rows": rows,
        "connections": sampler.connections,
        "active": sampler.active,
        "load": sampler.load,
    }


def report(run: dict) -> None:
    print(f"\n### {run['workers']} web worker(s)\n")
    print("| endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in run["rows"]:
        name = f"{row['Type']} {row['Name']}" if row["Name"] != "Aggregated" else "**all**"
        print(
            f"| {name} | {int(row['Request Count']):,} | {int(row['Failure Count']):,} | "
            f"{float(row['Requests/s']):.2f} | {row['50%']} | {row['95%']} | {row['99%']} | "
            f"{float(row['Max Response Time']):.0f} |"
        )
    conns, active, load = run["connections"], run["active"], run["load"]
    if conns:
        print(
            f"\ndatabase connections: max {max(conns)}, median {statistics.median(conns):.0f} "
            f"(running a query: max {max(active)}, median {statistics.median(active):.0f}); "
            f"1-minute load average: median {statistics.median(load):.1f}, max {max(load):.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="ts_bench_load")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/8")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--users", type=int, default=60)
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument("--time", default="2m", help="locust --run-time per run (2m)")
    parser.add_argument("--webhooks-per-second", type=float, default=2)
    parser.add_argument("--port", type=int, default=8077)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    runs = []
    for workers in args.workers:
        print(f"run: {workers} web worker(s), {args.users} users for {args.time}", file=sys.stderr, flush=True)
        runs.append(one_run(args, workers))
        report(runs[-1])
    print("\n| web workers | requests/s | failures | p50 ms | p95 ms | p99 ms | DB connections max | load average |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in runs:
        total = next(r for r in run["rows"] if r["Name"] == "Aggregated")
        print(
            f"| {run['workers']} | {float(total['Requests/s']):.1f} | {int(total['Failure Count']):,} | "
            f"{total['50%']} | {total['95%']} | {total['99%']} | {max(run['connections'], default=0)} | "
            f"{statistics.median(run['load']) if run['load'] else 0:.1f} |"
        )


if __name__ == "__main__":
    main()
