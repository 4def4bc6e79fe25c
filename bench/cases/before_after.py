"""The case page of the bench's rings timed with the code of any checkout, to compare
two trees on the same data (run ``case_page.py`` first; it leaves the database):

    .venv/bin/python bench/cases/before_after.py /work/main 30
    .venv/bin/python bench/cases/before_after.py . 30

Prints per ring: the page's size, process CPU p50/p95 and wall p50/p95 in ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[int(p / 100 * (len(ordered) - 1))]


def main() -> None:
    root, samples = os.path.abspath(sys.argv[1]), int(sys.argv[2])
    sys.path.insert(0, root)
    os.chdir(root)
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ts_wscase_bench")
    os.environ["DJANGO_SETTINGS_MODULE"] = "trustsafety.settings"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ["DEBUG"] = "true"
    import django

    django.setup()
    from django.test import Client

    from accounts.models import User
    from cases.models import Case

    client = Client()
    client.force_login(User.objects.get(email="bench-reviewer@bench.example"))
    print(root)
    for prefix in ("small", "ten", "twelve"):
        case = Case.objects.filter(case_subjects__account__email=f"{prefix}0@ring.example").first()
        url = f"/portal/cases/{case.pk}/"
        client.get(url)
        cpu, wall = [], []
        for _ in range(samples):
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.get(url)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        print(
            f"  {prefix}: {len(response.content)} bytes, CPU p50 {statistics.median(cpu):.0f} p95 {pct(cpu, 95):.0f}, "
            f"wall p50 {statistics.median(wall):.0f} p95 {pct(wall, 95):.0f}"
        )


if __name__ == "__main__":
    main()
