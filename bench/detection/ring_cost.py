"""CPU of the feedback-ring step, phase by phase, on an existing bench database.

    .venv/bin/python bench/detection/ring_cost.py --sqlite var/bench/detection-10000.sqlite3
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ts_bench .venv/bin/python bench/detection/ring_cost.py

Reports process CPU (user + sys, so other sessions' load does not count) for:
building the pair table (one pass over contracts and feedback), the dense-block
search, the closed-chain search, and the whole detector (which also explains and
scores each group). The database's own CPU is not included (SQLite runs
in-process and is; for PostgreSQL, read the backend's CPU separately).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite")
    parser.add_argument("--repeat", type=int, default=3, help="take the lowest of this many runs")
    parser.add_argument("--root", default=str(ROOT), help="time another checkout's code (e.g. main, before a change)")
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    if args.sqlite:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = args.sqlite
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()
    from detection import graph
    from detection.detectors import feedback_ring as fr
    from detection.detectors.base import ScanContext
    from feedback.models import Feedback

    best: dict[str, float] = {}
    for _ in range(args.repeat):
        ctx = ScanContext()
        t = [cpu()]
        g = fr.build(ctx)
        t.append(cpu())
        adj = g.edges()
        blocks = graph.dense_blocks(
            adj, min_level=fr.MIN_LEVEL, min_density=fr.MIN_DENSITY, min_size=3, min_share=fr.MIN_SHARE
        )
        t.append(cpu())
        closed = getattr(fr, "_closed_chains", None)  # absent before the closed-chain rule
        chains = closed(g, ctx, [set(b.nodes) for b in blocks]) if closed else []
        t.append(cpu())
        findings = fr.detect(ScanContext())
        t.append(cpu())
        steps = {
            "build pairs": t[1] - t[0],
            "dense blocks": t[2] - t[1],
            "closed chains": t[3] - t[2],
            "whole detector": t[4] - t[3],
        }
        for k, v in steps.items():
            best[k] = min(best.get(k, v), v)
    print(
        f"feedback {Feedback.objects.count()}, pairs {len(g.pairs)}, blocks {len(blocks)}, "
        f"chains {len(chains)}, findings {len(findings)} "
        f"({sum(1 for f in findings if 'chain' in f.data)} chains); load average {os.getloadavg()[0]:.2f}"
    )
    for k, v in best.items():
        print(f"  {k:<16} {v:6.2f} s CPU")
    print(f"  at {time.strftime('%H:%M:%S')}, code from {args.root}")


if __name__ == "__main__":
    main()
