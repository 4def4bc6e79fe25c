"""An outbox filled faster than it drains is drained in bounded steps: the cron
sweep takes at most --limit emails a run, and /healthz shows the backlog growing
old. (Memory with 10,000 and 100,000 queued emails: bench/faults/outbox_backlog.py.)"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from notifications.models import Notice, OutboundEmail
from notifications.services import notice_create
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def backlog(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(30):
            notice_create(
                account=make_user(f"user{n}@test.example"),
                kind=Notice.Kind.REPORT_RECEIVED,
                subject="We got your report",
                body="Thanks.",
            )
    return OutboundEmail.objects.all()


def test_the_sweep_sends_at_most_its_limit_per_run_oldest_first(backlog, capsys):
    oldest = list(backlog.order_by("pk")[:10])

    call_command("send_queued_email", "--limit", "10")

    assert "attempted 10, sent 10" in capsys.readouterr().out
    assert len(mail.outbox) == 10
    assert {email.message_id for email in oldest} == {m.extra_headers["Message-ID"] for m in mail.outbox}
    assert backlog.filter(status=OutboundEmail.Status.QUEUED).count() == 20


def test_a_backlog_older_than_the_limit_turns_healthz_red_and_back_once_drained(backlog, client, settings):
    settings.HEALTH_EMAIL_UNSENT_MAX_SECONDS = 3600
    backlog.update(created_at=timezone.now() - timedelta(hours=2))
    assert client.get("/healthz").json()["checks"]["outbox"] == {
        "status": "fail",
        "unsent": 30,
        "oldest_unsent_seconds": pytest.approx(7200, abs=60),
        "max_seconds": 3600,
    }

    for _ in range(3):
        call_command("send_queued_email", "--limit", "10")

    assert client.get("/healthz").json()["checks"]["outbox"]["status"] == "ok"
