"""Detection quality and full-scan time on a synthetic marketplace.

    .venv/bin/python bench/detection/quality.py --accounts 10000 --fraud-rate 0.04
    .venv/bin/python bench/detection/quality.py --accounts 100000 --contracts-per-account 8   # ≈1M feedback
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ts_bench .venv/bin/python bench/detection/quality.py ...

Steps: (1) a fresh database (a new SQLite file under var/bench/, or the given
PostgreSQL database, recreated), migrated; (2) ``demo.synthetic.generate``
writes the marketplace and returns the ground truth; (3) a *separate process* runs
the full scan (``detection.services.scan_full``) so its time and peak memory
(max RSS) are the scan's alone; (4) signals at or above the case threshold are
compared with the ground truth, per kind:

* a signal is a true positive when at least half of its accounts belong to one
  injected scheme of the same kind; precision = true positives / signals;
* a scheme is recalled when one true-positive signal covers at least half of its
  accounts; recall = schemes recalled / schemes;
* the same at account level (flagged accounts vs accounts in schemes) is printed too,
  with a naive baseline for rings: "two accounts that hired each other both ways and
  gave each other five stars".
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def setup_django(db_url: str | None, sqlite_path: str | None) -> None:
    if db_url:
        os.environ["DATABASE_URL"] = db_url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = sqlite_path
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def recreate_postgres(db_url: str) -> None:
    import psycopg
    from dj_database_url import parse

    cfg = parse(db_url)
    name = cfg["NAME"]
    with psycopg.connect(
        host=cfg["HOST"] or "127.0.0.1",
        port=cfg["PORT"] or 5432,
        user=cfg["USER"],
        password=cfg["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def _pg(db_url: str):
    import psycopg
    from dj_database_url import parse

    cfg = parse(db_url)
    conn = psycopg.connect(
        host=cfg["HOST"] or "127.0.0.1",
        port=cfg["PORT"] or 5432,
        user=cfg["USER"],
        password=cfg["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    return conn, cfg["NAME"]


def snapshot(args) -> None:
    """Keep a pristine copy of the generated marketplace (before any scan)."""
    if args.database_url:
        conn, name = _pg(args.database_url)
        with conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}_generated"')
            conn.execute(f'CREATE DATABASE "{name}_generated" TEMPLATE "{name}"')
    else:
        shutil.copyfile(args.sqlite, args.sqlite + ".generated")


def restore(args) -> None:
    """Start again from the pristine copy: the next scan is a first scan."""
    if args.database_url:
        conn, name = _pg(args.database_url)
        with conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{name}_generated"')
    else:
        for suffix in ("-wal", "-shm"):
            Path(args.sqlite + suffix).unlink(missing_ok=True)
        shutil.copyfile(args.sqlite + ".generated", args.sqlite)


class ServerCPU:
    """CPU seconds of the PostgreSQL backends (and their parallel workers) serving one
    database while a step runs, read from /proc (the server on this machine): the scan's
    queries cost the shared cores too. Polled every 0.2 s, so a backend's last fifth of a
    second before it ends may be missed."""

    def __init__(self, db_url: str | None):
        from dj_database_url import parse

        self.title = f" {parse(db_url)['NAME']} " if db_url else None
        self.seen: dict[str, float] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self.done.wait(0.2):
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                    if not title.startswith("postgres:"):
                        continue
                    # a backend on this database, or a parallel worker helping one
                    leader = (
                        title.rsplit("parallel worker for PID ", 1)[-1].strip() if "parallel worker" in title else None
                    )
                    if self.title not in title + " " and leader not in self.seen:
                        continue
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.seen[pid] = (int(fields[11]) + int(fields[12])) / tick

    def __enter__(self):
        if self.title and Path("/proc/self/stat").exists():
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()

    @property
    def seconds(self) -> float | None:
        return round(sum(self.seen.values()), 1) if self.seen else None


def phase_generate(args) -> None:
    setup_django(args.database_url, args.sqlite)
    from django.core.management import call_command

    from demo.synthetic import Spec, generate

    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    result = generate(
        Spec(
            accounts=args.accounts,
            fraud_rate=args.fraud_rate,
            contracts_per_account=args.contracts_per_account,
            messages_per_contract=args.messages_per_contract,
            seed=args.seed,
        ),
        stdout=sys.stderr,
    )
    Path(args.truth).write_text(result.to_json())
    from django.db import connection

    with connection.cursor() as cursor:  # fresh tables: give the planner its statistics
        cursor.execute("ANALYZE")
    print(f"generated in {time.perf_counter() - t0:.0f}s: {result.counts}", file=sys.stderr)


def phase_scan(args) -> None:
    setup_django(args.database_url, args.sqlite)
    from django.core.management import call_command

    from detection import services

    call_command("migrate", verbosity=0)  # a reused database may predate a migration
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    report = services.scan_full(route=not args.no_route)
    seconds = time.perf_counter() - t0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_parent, cpu_child = me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the parallel message scan
    print(
        json.dumps(
            {
                "seconds": round(seconds, 2),
                "max_rss_mb": round(rss_mb),
                "child_max_rss_mb": round(child_mb),
                "cpu_parent_s": round(cpu_parent, 1),
                "cpu_child_s": round(cpu_child, 1),
                "load_before": round(load_before, 2),
                "load_after": round(os.getloadavg()[0], 2),
                "timings": report.timings,
                "findings": report.findings,
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "routed": report.routed,
                "cases": len(report.cases),
                "messages_scanned": report.messages_scanned,
            }
        )
    )


def _match(signal: set[int], truths: list[set[int]]) -> set[int] | None:
    for t in truths:
        if len(signal & t) >= math.ceil(len(signal) / 2):
            return t
    return None


def evaluate(signals: list[tuple[str, set[int]]], truth: list[dict]) -> dict:
    by_kind: dict[str, list[set[int]]] = defaultdict(list)
    for t in truth:
        by_kind[t["kind"]].append(set(t["accounts"]))
    flagged: dict[str, list[set[int]]] = defaultdict(list)
    for kind, accounts in signals:
        flagged[kind].append(accounts)
    out = {}
    for kind in sorted(set(by_kind) | set(flagged)):
        truths, found = by_kind.get(kind, []), flagged.get(kind, [])
        tp = 0
        recalled = set()
        for s in found:
            t = _match(s, truths)
            if t is not None:
                tp += 1
                if len(s & t) >= math.ceil(len(t) / 2):
                    recalled.add(id(t))
        flagged_accounts = set().union(*found) if found else set()
        true_accounts = set().union(*truths) if truths else set()
        hit = flagged_accounts & true_accounts
        out[kind] = {
            "schemes": len(truths),
            "signals": len(found),
            "precision": tp / len(found) if found else 1.0,
            "recall": len(recalled) / len(truths) if truths else 1.0,
            "account_precision": len(hit) / len(flagged_accounts) if flagged_accounts else 1.0,
            "account_recall": len(hit) / len(true_accounts) if true_accounts else 1.0,
        }
    return out


def naive_ring_pairs() -> list[tuple[str, set[int]]]:
    """Baseline: pairs that hired each other both ways and exchanged five stars both ways."""
    from feedback.models import Feedback

    directions = defaultdict(set)
    five = defaultdict(set)
    for author, recipient, client in (
        Feedback.objects.filter(rating=5)
        .values_list("author_id", "recipient_id", "contract__client_id")
        .iterator(chunk_size=20000)
    ):
        key = (min(author, recipient), max(author, recipient))
        directions[key].add(client)
        five[key].add(author)
    return [("feedback_ring", set(k)) for k in directions if len(directions[k]) == 2 and len(five[k]) == 2]


def phase_evaluate(args, scan: dict) -> None:
    setup_django(args.database_url, args.sqlite)
    from django.conf import settings

    from detection.models import Signal

    truth = json.loads(Path(args.truth).read_text())
    threshold = settings.DETECTION_CASE_THRESHOLD
    accounts = defaultdict(set)
    through = Signal.accounts.through
    for signal_id, user_id in through.objects.values_list("signal_id", "user_id").iterator(chunk_size=20000):
        accounts[signal_id].add(user_id)
    strong, stored = [], []
    for pk, kind, score in Signal.objects.filter(is_active=True).values_list("pk", "kind", "score"):
        stored.append((kind, accounts[pk]))
        if score >= threshold:
            strong.append((kind, accounts[pk]))
    result = evaluate(strong, truth["truth"])
    all_stored = evaluate(stored, truth["truth"])
    naive = evaluate(naive_ring_pairs(), [t for t in truth["truth"] if t["kind"] == "feedback_ring"])
    counts = truth["counts"]
    print()
    print(
        f"accounts {args.accounts}, fraud rate {args.fraud_rate:.0%}, contracts {counts.get('Contract')}, "
        f"feedback {counts.get('Feedback')}, messages {counts.get('Message')}, payments {counts.get('Payment')}, "
        f"identity signals {counts.get('IdentitySignal')}"
    )
    print(
        f"full scan: {scan['seconds']:.1f}s, peak memory (max RSS) {scan['max_rss_mb']} MB for the scanning process "
        f"and {scan['child_max_rss_mb']} MB for its largest message-scoring child; steps {scan['timings']}"
    )
    print(
        f"CPU: {scan['cpu_parent_s']}s in the scanning process (incl. Django start-up), {scan['cpu_child_s']}s in "
        f"the children; other load on the machine: 1-minute load average {scan['load_before']} before, "
        f"{scan['load_after']} after"
    )
    if scan.get("cpu_server_s") is not None:
        print(f"CPU of the PostgreSQL backends serving the scan: {scan['cpu_server_s']}s")
    print(
        f"findings {scan['findings']}: signals {scan['created']} new, {scan['updated']} updated, "
        f"{scan['unchanged']} unchanged; {scan['routed']} routed to {scan['cases']} cases"
    )
    print()
    header = f"{'kind':<22}{'schemes':>8}{'signals':>8}{'precision':>11}{'recall':>8}{'acct P':>8}{'acct R':>8}"
    print(f"at the case threshold ({threshold}):")
    print(header)
    for kind, r in result.items():
        print(
            f"{kind:<22}{r['schemes']:>8}{r['signals']:>8}{r['precision']:>11.3f}{r['recall']:>8.3f}"
            f"{r['account_precision']:>8.3f}{r['account_recall']:>8.3f}"
        )
    print()
    print(f"every stored signal (≥ {settings.DETECTION_MIN_SCORE}, including those kept on the account only):")
    print(header)
    for kind, r in all_stored.items():
        print(
            f"{kind:<22}{r['schemes']:>8}{r['signals']:>8}{r['precision']:>11.3f}{r['recall']:>8.3f}"
            f"{r['account_precision']:>8.3f}{r['account_recall']:>8.3f}"
        )
    r = naive.get("feedback_ring")
    if r:
        print()
        print(
            "naive reciprocal-pair rule for rings: "
            f"{r['signals']} pairs, precision {r['precision']:.3f}, recall {r['recall']:.3f}, "
            f"account precision {r['account_precision']:.3f}, account recall {r['account_recall']:.3f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps({"scan": scan, "quality": result, "stored": all_stored, "naive": naive}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--fraud-rate", type=float, default=0.04)
    parser.add_argument("--contracts-per-account", type=float, default=4.0)
    parser.add_argument("--messages-per-contract", type=float, default=1.2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--sqlite", default=None, help="SQLite file (default var/bench/detection-N.sqlite3)")
    parser.add_argument("--reuse", action="store_true", help="Skip generation: scan the existing bench database")
    parser.add_argument(
        "--first-scan",
        action="store_true",
        help="With --reuse: start from the copy kept right after generation (no signals, no cases yet)",
    )
    parser.add_argument("--no-route", action="store_true", help="Do not open cases (time detection + storage only)")
    parser.add_argument("--json", help="Also write the figures to this file")
    parser.add_argument("--phase", choices=["generate", "scan"], help=argparse.SUPPRESS)
    parser.add_argument("--truth", help=argparse.SUPPRESS)
    args = parser.parse_args()
    bench_dir = ROOT / "var" / "bench"
    bench_dir.mkdir(parents=True, exist_ok=True)
    args.sqlite = args.sqlite or str(bench_dir / f"detection-{args.accounts}.sqlite3")
    args.truth = args.truth or str(Path(args.sqlite).with_suffix(".truth.json"))

    if args.phase == "generate":
        return phase_generate(args)
    if args.phase == "scan":
        return phase_scan(args)

    passthrough = [
        f"--accounts={args.accounts}",
        f"--fraud-rate={args.fraud_rate}",
        f"--contracts-per-account={args.contracts_per_account}",
        f"--messages-per-contract={args.messages_per_contract}",
        f"--seed={args.seed}",
        f"--sqlite={args.sqlite}",
        f"--truth={args.truth}",
    ]
    if args.database_url:
        passthrough.append(f"--database-url={args.database_url}")
    if not args.reuse:
        if args.database_url:
            recreate_postgres(args.database_url)
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(args.sqlite + suffix).unlink(missing_ok=True)
        subprocess.run([sys.executable, __file__, "--phase=generate", *passthrough], check=True)
        snapshot(args)
    elif args.first_scan:
        restore(args)
    scan_args = [sys.executable, __file__, "--phase=scan", *passthrough] + (["--no-route"] if args.no_route else [])
    with ServerCPU(args.database_url) as server:
        out = subprocess.run(scan_args, check=True, stdout=subprocess.PIPE, text=True)
    scan = json.loads(out.stdout.strip().splitlines()[-1])
    scan["cpu_server_s"] = server.seconds
    phase_evaluate(args, scan)


if __name__ == "__main__":
    main()
