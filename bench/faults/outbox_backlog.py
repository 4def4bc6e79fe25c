"""The outbox filled faster than it drains: does the sender's memory grow with the backlog?

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ts_prod_backlog \\
      .venv/bin/python bench/faults/outbox_backlog.py --backlog 10000 100000 --seconds 60

For each backlog size: empties the outbox and the task queue, writes BACKLOG queued
emails (realistic bodies, ~2 KB text and ~5 KB HTML each) with one send task each,
analyses the tables (as autovacuum would have for a backlog that built up over
time), then runs a real `manage.py db_worker` against a local stand-in for Mailgun's API
(tests/fake_esp.py, answering at once) for SECONDS while a producer adds emails
faster than the worker sends them. It samples the worker's resident memory every
half second and reports: RSS once 20 emails are out and at the end, the peak, a
trace every 10 s, emails sent per
second, the backlog left, what /healthz says and how long it takes on that backlog,
and the peak RSS of the cron safety net (`send_queued_email --limit 500`) run over
the whole backlog. The database must be one you may empty (names starting with
ts_prod_ on the shared server).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tasks_db.models import DBTaskResult, get_date_max  # noqa: E402

from notifications.models import OutboundEmail  # noqa: E402
from tests.fake_esp import FakeMailgun  # noqa: E402
from tests.production import rss_kib  # noqa: E402

TEXT = ("We need some information from you about your account. " * 40)[:2000]
HTML = "<p>" + ("We need some <strong>information</strong> from you about your account. " * 60)[:5000] + "</p>"
TASK_PATH = "notifications.tasks.outbound_email_send_task"


def fill(count: int, *, start: int = 0) -> None:
    """``count`` queued emails and their send tasks, in batches of 5,000."""
    now = timezone.now()
    never = get_date_max()
    for offset in range(0, count, 5000):
        size = min(5000, count - offset)
        emails = OutboundEmail.objects.bulk_create(
            OutboundEmail(
                to_email=f"user{start + offset + i}@example.net",
                from_email="Trust & Safety <trust@example.com>",
                subject="We need some information from you",
                body_text=TEXT,
                body_html=HTML,
                message_id=f"<backlog-{start + offset + i}-{now.timestamp()}@example.com>",
                next_attempt_at=now,
            )
            for i in range(size)
        )
        DBTaskResult.objects.bulk_create(
            DBTaskResult(
                args_kwargs={"args": [email.pk], "kwargs": {}},
                task_path=TASK_PATH,
                queue_name="default",
                backend_name="default",
                run_after=never,
            )
            for email in emails
        )


def empty() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE notifications_outboundemail, django_tasks_database_dbtaskresult RESTART IDENTITY CASCADE"
        )


def sending_env(esp: FakeMailgun) -> dict[str, str]:
    """Production settings for the worker and the sweep (with DEBUG on, Django would
    keep the last 9,000 queries of each in memory)."""
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MAILER_BACKEND": "anymail.backends.mailgun.EmailBackend",
        "MAILGUN_API_URL": esp.api_url,
        "MAILGUN_API_KEY": "key-bench",
        "MAILGUN_SENDER_DOMAIN": "mg.example.com",
        "ANYMAIL_ESP": "none",
        "LOG_LEVEL": "WARNING",
    }


def peak_rss_of(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run a command to its end, sampling its RSS; (peak KiB, its output)."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        with contextlib.suppress(OSError, RuntimeError):  # it may end between poll and read
            peak = max(peak, rss_kib(process.pid))
        time.sleep(0.05)
    return peak, process.stdout.read().strip()


def measure(backlog: int, seconds: float, produce_per_second: int) -> dict:
    empty()
    started = time.perf_counter()
    fill(backlog)
    fill_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:  # as autovacuum would have, for a backlog that built up over time
        cursor.execute("ANALYZE notifications_outboundemail, django_tasks_database_dbtaskresult")
    client = Client()
    client.get("/healthz")  # the first call reads the migration files
    t = time.perf_counter()
    health = client.get("/healthz").json()
    healthz_ms = (time.perf_counter() - t) * 1000

    with FakeMailgun() as esp:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.1"],
            cwd=ROOT,
            env=sending_env(esp),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        produced = 0
        stop = threading.Event()

        def producer():
            nonlocal produced
            while not stop.is_set():
                fill(produce_per_second, start=backlog + produced)
                produced += produce_per_second
                stop.wait(1)

        thread = threading.Thread(target=producer)
        samples: list[tuple[float, int, int]] = []  # (seconds, RSS KiB, sent so far)
        began = time.monotonic()
        thread.start()
        try:
            while (elapsed := time.monotonic() - began) < seconds:
                samples.append((elapsed, rss_kib(worker.pid), len(esp.received)))
                time.sleep(0.5)
        finally:
            stop.set()
            thread.join()
            sent = len(esp.received)
            worker.terminate()
            worker.wait(60)

        left = OutboundEmail.objects.filter(status=OutboundEmail.Status.QUEUED).count()
        cron_peak, cron_output = peak_rss_of(
            [sys.executable, "manage.py", "send_queued_email", "--limit", "500"], sending_env(esp)
        )

    # Warm once the first 20 emails went out (anymail, requests and the templates loaded).
    warm = next((rss, at) for at, rss, sent_so_far in samples if sent_so_far >= 20)
    trace = [(round(at), round(rss / 1024, 1), sent_so_far) for at, rss, sent_so_far in samples[::20]]
    return {
        "backlog": backlog,
        "fill_seconds": round(fill_seconds, 1),
        "healthz_ms_on_backlog": round(healthz_ms, 1),
        "healthz_status": health["status"],
        "tasks_ready": health["checks"]["tasks"]["ready"],
        "seconds": seconds,
        "produced_per_second": produce_per_second,
        "produced": produced,
        "sent": sent,
        "sent_per_second": round(sent / seconds, 1),
        "queued_left": left,
        "worker_rss_mib_after_20_sent": round(warm[0] / 1024, 1),
        "worker_rss_mib_at_end": round(samples[-1][1] / 1024, 1),
        "worker_rss_mib_peak": round(max(rss for _, rss, _ in samples) / 1024, 1),
        "trace_seconds_rss_mib_sent": trace,
        "cron_sweep": cron_output,
        "cron_peak_rss_mib": round(cron_peak / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backlog", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--produce", type=int, default=200, help="emails added per second while the worker runs")
    args = parser.parse_args()
    if connection.vendor != "postgresql" or not connection.settings_dict["NAME"].startswith("ts_prod_"):
        raise SystemExit("Point DATABASE_URL at a PostgreSQL database named ts_prod_… that may be emptied")
    call_command("migrate", verbosity=0)
    for backlog in args.backlog:
        print(json.dumps(measure(backlog, args.seconds, args.produce)), flush=True)
    empty()


if __name__ == "__main__":
    main()
