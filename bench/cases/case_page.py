"""p95 of the reviewer's case page for a ten-member ring with 500 evidence items.

    .venv/bin/python bench/cases/case_page.py \\
        --database-url postgres://postgres@127.0.0.1:5432/ts_wscase_bench [--samples 300] [--background 2000]

Steps: recreate and migrate the database; write ``--background`` ordinary
two-subject cases (so the tables are not tiny), then three rings with
``demo.ring.build_ring`` — 2 members/20 evidence, 10 members/500 evidence (with
200 timeline events and five macros) and 12 members/500 evidence; a reviewer
claims the ten-member ring. Then it GETs each case page in turn through Django's
test client (the full middleware stack, templates included), interleaved, and
reports per page: the query count, wall-clock p50/p95/max and process CPU p50/p95
(``time.process_time``: what the page costs this process, less sensitive to the
other work on a shared machine). PostgreSQL runs on the same machine, so the wall
time includes its work and the CPU time does not.
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
sys.path.insert(0, str(ROOT / "bench" / "detection"))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), required=False)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--background", type=int, default=2000)
    args = parser.parse_args()
    if not args.database_url or not args.database_url.startswith("postgres"):
        parser.error("give a PostgreSQL --database-url (the database is dropped and created again)")
    from quality import recreate_postgres, setup_django

    recreate_postgres(args.database_url)
    os.environ["DEBUG"] = "true"
    setup_django(args.database_url, None)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import Role, User
    from cases.models import Case, CaseSubject, Macro
    from cases.services import case_claim
    from demo.ring import build_ring
    from demo.workspace import seed_macros
    from detection.kinds import Kind

    call_command("migrate", verbosity=0)
    tty = sys.stdout.isatty()
    print(f"writing {args.background} background cases…", flush=True)
    people = User.objects.bulk_create(
        User(email=f"bg{i}@bench.example", name=f"Background {i}", kind="freelancer")
        for i in range(args.background * 2)
    )
    cases = Case.objects.bulk_create(Case(kind=Kind.PAID_FEEDBACK, title=f"bg {i}") for i in range(args.background))
    CaseSubject.objects.bulk_create(
        CaseSubject(case=c, account=people[2 * i + j]) for i, c in enumerate(cases) for j in (0, 1)
    )
    seed_macros()
    rings = {
        "ring 2 members / 20 evidence": build_ring(members=2, evidence=20, events=20, prefix="small"),
        "ring 10 members / 500 evidence": build_ring(members=10, evidence=500, events=200, prefix="ten"),
        "ring 12 members / 500 evidence": build_ring(members=12, evidence=500, events=200, prefix="twelve"),
    }
    reviewer = User.objects.create_user(email="bench-reviewer@bench.example", password="x", name="Bench Reviewer")
    reviewer.is_staff = True
    reviewer.save(update_fields=["is_staff"])
    from django.contrib.auth.models import Group

    reviewer.groups.add(Group.objects.get_or_create(name=Role.REVIEWER)[0])
    case_claim(case=rings["ring 10 members / 500 evidence"].case, reviewer=reviewer)
    print(f"macros: {Macro.objects.count()}, cases: {Case.objects.count()}", flush=True)

    client = Client()
    client.force_login(reviewer)
    urls = {label: f"/portal/cases/{ring.case.pk}/" for label, ring in rings.items()}
    queries = {}
    for label, url in urls.items():  # warm up, and count the queries once
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        queries[label] = len(ctx.captured_queries)
    wall: dict[str, list[float]] = {label: [] for label in urls}
    cpu: dict[str, list[float]] = {label: [] for label in urls}
    for i in range(args.samples):
        for label, url in urls.items():
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.get(url)
            wall[label].append((time.perf_counter() - t0) * 1000)
            cpu[label].append((time.process_time() - c0) * 1000)
            assert response.status_code == 200
        if tty:
            print(f"\r{i + 1}/{args.samples} rounds", end="", flush=True)
    if tty:
        print()
    print("| page | queries | wall p50 | wall p95 | wall max | CPU p50 | CPU p95 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label in urls:
        w, c = wall[label], cpu[label]
        print(
            f"| {label} | {queries[label]} | {statistics.median(w):.1f} ms | {pct(w, 95):.1f} ms | {max(w):.1f} ms "
            f"| {statistics.median(c):.1f} ms | {pct(c, 95):.1f} ms |"
        )


if __name__ == "__main__":
    main()
