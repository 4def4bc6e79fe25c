"""Incremental detection latency on the bench database (run quality.py first).

    .venv/bin/python bench/detection/incremental.py --accounts 100000

Times ``detection.services.scan_incremental`` for recent events of each type: a
feedback on the busiest freelancer's contract (the largest neighbourhood), a
random feedback, a message, a payment, a contract and an identity signal. Each
run re-checks the event's accounts and their neighbourhood and upserts signals,
exactly what the task queued by the site does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--sqlite", default=None)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args()
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = args.sqlite or str(ROOT / "var" / "bench" / f"detection-{args.accounts}.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.db.models import Count

    from accounts.models import IdentitySignal
    from contracts.models import Contract, Message, Payment
    from detection import services
    from feedback.models import Feedback

    by_freelancer = Contract.objects.values("freelancer_id").annotate(n=Count("id")).order_by("-n")
    busiest = by_freelancer.values_list("freelancer_id", flat=True)[0]
    hub_feedback = Feedback.objects.filter(recipient_id=busiest).order_by("-pk").values_list("pk", flat=True)[0]
    events = [("feedback (busiest freelancer)", "feedback", [hub_feedback])]
    n = args.samples
    for label, event, model in (
        ("feedback", "feedback", Feedback),
        ("message", "message", Message),
        ("payment", "payment", Payment),
        ("contract", "contract", Contract),
        ("identity", "identity", IdentitySignal),
    ):
        top = model.objects.order_by("-pk").values_list("pk", flat=True)[0]
        step = max(1, top // (n + 1))
        events.append((label, event, [top - i * step for i in range(n)]))
    print(f"{'event':<32}{'runs':>6}{'median s':>10}{'max s':>8}")
    for label, event, ids in events:
        times = []
        for pk in ids:
            t0 = time.perf_counter()
            services.scan_incremental(event=event, object_id=pk)
            times.append(time.perf_counter() - t0)
        print(f"{label:<32}{len(times):>6}{statistics.median(times):>10.3f}{max(times):>8.3f}")


if __name__ == "__main__":
    main()
