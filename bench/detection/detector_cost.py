"""CPU of the structural detectors (self-hire, conflict of interest, rings), each
run alone in a full-scan context on an existing bench database.

    .venv/bin/python bench/detection/detector_cost.py --sqlite /tmp/bench-1m.sqlite3
    .venv/bin/python bench/detection/detector_cost.py --sqlite /tmp/bench-1m.sqlite3 --root /tmp/base

``--root`` times another checkout's code (e.g. ``git archive <commit> | tar -x -C
/tmp/base``), so before and after can be alternated on one database. Reports process
CPU (user + sys, SQLite runs in-process), the lowest of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite", required=True)
    parser.add_argument("--root", default=str(ROOT), help="time another checkout's code")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, args.root)
    os.chdir(args.root)
    os.environ.pop("DATABASE_URL", None)
    os.environ["SQLITE_PATH"] = args.sqlite
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()
    from detection.detectors import conflict_of_interest, feedback_ring, self_hire
    from detection.detectors.base import ScanContext

    for module in (self_hire, conflict_of_interest, feedback_ring):
        best, found = None, 0
        for _ in range(args.repeat):
            start = cpu()
            found = len(module.detect(ScanContext()))
            spent = cpu() - start
            best = spent if best is None else min(best, spent)
        print(
            f"{module.NAME:<22} {best:6.2f} s CPU  findings {found}  "
            f"(1-minute load {os.getloadavg()[0]:.2f}, code from {args.root})",
            flush=True,
        )


if __name__ == "__main__":
    main()
