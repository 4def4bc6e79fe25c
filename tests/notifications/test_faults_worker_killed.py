"""The task worker is killed (SIGKILL, a real `manage.py db_worker`) in the middle of
sending notices: after a restart, and the cron safety net, every notice is sent, and
the one that may have left twice leaves with the same Message-ID — the user's mail
client shows it once.

PostgreSQL only: the worker is another process and must see the test's database."""

from __future__ import annotations

import signal
import subprocess
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from notifications.models import Notice, OutboundEmail
from notifications.services import notice_create
from tests.conftest import make_user
from tests.fake_esp import FakeMailgun
from tests.production import PYTHON, ROOT, production_environment, test_database_url

pytestmark = pytest.mark.django_db(transaction=True)

NOTICES = 12
KILLED_DURING = 5  # the worker is killed while the ESP holds the 5th request open


def worker_environment(esp: FakeMailgun) -> dict[str, str]:
    return production_environment(
        DATABASE_URL=test_database_url(),
        MAILGUN_API_URL=esp.api_url,
        MAILGUN_API_KEY="key-test",
        MAILGUN_SENDER_DOMAIN="mg.example.com",
        LOG_FORMAT="text",
    )


def start_worker(env: dict[str, str], log) -> subprocess.Popen:
    return subprocess.Popen(
        [
            PYTHON,
            "manage.py",
            "db_worker",
            "--queue-name",
            "*",
            "--interval",
            "0.2",
            "--no-reload",
            "--no-startup-delay",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def wait_for(condition, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.2)


def statuses() -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in OutboundEmail.objects.values_list("status", flat=True):
        counts[status] = counts.get(status, 0) + 1
    return counts


def test_killing_the_worker_mid_send_loses_no_notice_and_a_resend_keeps_its_message_id(tmp_path):
    for n in range(NOTICES):
        user = make_user(f"user{n}@test.example", name=f"User {n}")
        notice_create(account=user, kind=Notice.Kind.REPORT_RECEIVED, subject="We got your report", body="Thanks.")
    assert statuses() == {"queued": NOTICES}

    with FakeMailgun() as esp, (tmp_path / "worker.log").open("wb") as log:
        esp.hold_at = KILLED_DURING
        env = worker_environment(esp)
        worker = start_worker(env, log)
        assert esp.holding.wait(90), (tmp_path / "worker.log").read_text()
        worker.send_signal(signal.SIGKILL)  # mid-send: the ESP has the message, we never hear back
        worker.wait(30)
        esp.release.set()

        assert statuses() == {"sent": KILLED_DURING - 1, "sending": 1, "queued": NOTICES - KILLED_DURING}
        (stuck,) = OutboundEmail.objects.filter(status=OutboundEmail.Status.SENDING)

        # A restarted worker sends everything that was waiting.
        worker = start_worker(env, log)
        try:
            wait_for(lambda: statuses() == {"sent": NOTICES - 1, "sending": 1})
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(30)

        # Cron's safety net (docs/deploy.md), 15 minutes later, puts the stuck send back
        # and sends it again.
        OutboundEmail.objects.filter(pk=stuck.pk).update(last_attempt_at=timezone.now() - timedelta(minutes=16))
        cron = subprocess.run(
            [PYTHON, "manage.py", "send_queued_email"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert cron.returncode == 0, cron.stderr
        assert "reclaimed 1" in cron.stdout and "sent 1" in cron.stdout

    assert statuses() == {"sent": NOTICES}
    outbox = {email.message_id: email for email in OutboundEmail.objects.all()}
    received = esp.message_ids()
    # Every notice reached the ESP; only the one in flight at the kill went twice, and
    # with the same Message-ID (the same to and subject too), so it shows once.
    assert set(received) == set(outbox)
    assert len(received) == NOTICES + 1
    assert [mid for mid in outbox if received.count(mid) == 2] == [stuck.message_id]
    copies = [item for item in esp.received if item.message_id == stuck.message_id]
    assert copies[0].to == copies[1].to and copies[0].subject == copies[1].subject
    stuck.refresh_from_db()
    assert stuck.attempts == 2
