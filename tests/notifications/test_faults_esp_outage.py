"""The ESP fails: our notices wait and retry with backoff, and either go out when it
comes back — the same email, the same Message-ID — or end "failed", shown on the
case and to monitoring. Never silently lost.

The real task worker sends through anymail's real Mailgun backend to a local HTTP
server standing in for Mailgun (tests/fake_esp.py) that answers 500 during the
outage; the clock is moved through the retry schedule (production's: 6 attempts,
60 s × 4ⁿ)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from notifications.models import OutboundEmail
from tests.fake_esp import FakeMailgun

pytestmark = pytest.mark.django_db(transaction=True)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def esp(settings):
    outage = {"until": None}  # the ESP answers 500 until this time (None: for good)

    def answer(number: int) -> int:
        now = datetime.now(UTC)
        return 500 if outage["until"] is None or now < outage["until"] else 200

    with FakeMailgun(answer) as server:
        server.outage = outage
        settings.MAILERS = {"default": {"BACKEND": "anymail.backends.mailgun.EmailBackend"}}
        settings.ANYMAIL = {
            **settings.ANYMAIL,
            "MAILGUN_API_KEY": "key-test",
            "MAILGUN_SENDER_DOMAIN": "mg.example.com",
            "MAILGUN_API_URL": server.api_url,
        }
        settings.EMAIL_SEND_MAX_ATTEMPTS = 6  # production's schedule
        settings.EMAIL_RETRY_BASE_SECONDS = 60
        yield server


def _run_through_the_schedule(clock, worker, outbound) -> list[datetime]:
    """Run the worker, then move the clock to the next retry, until the email is
    no longer waiting. Returns the time of each attempt."""
    attempts = []
    for _ in range(10):
        worker()
        outbound.refresh_from_db()
        attempts.append(outbound.last_attempt_at)
        if outbound.status != OutboundEmail.Status.QUEUED:
            return attempts
        clock.move_to(outbound.next_attempt_at + timedelta(seconds=1))
    raise AssertionError("the email never left the queue")


def _request_info(case, reviewer, subject) -> OutboundEmail:
    from cases.services import case_request_info

    case_request_info(case=case, actor=reviewer, account=subject, body="Who owns the account northwind-design?")
    return OutboundEmail.objects.get(case=case)


def test_an_hour_long_outage_is_ridden_out_with_backoff_and_the_email_goes_out_once(
    esp, worker, case, reviewer, subject, client
):
    esp.outage["until"] = T0 + timedelta(hours=1)
    with time_machine.travel(T0, tick=False) as clock:
        outbound = _request_info(case, reviewer, subject)
        attempts = []
        worker()
        outbound.refresh_from_db()
        attempts.append(outbound.last_attempt_at)
        while outbound.status == OutboundEmail.Status.QUEUED:
            clock.move_to(outbound.next_attempt_at + timedelta(seconds=1))
            if outbound.attempts == 4:  # an hour and more without sending: monitoring hears of it
                health = client.get("/healthz")
                assert health.status_code == 503 and health.json()["checks"]["outbox"]["status"] == "fail"
            worker()
            outbound.refresh_from_db()
            attempts.append(outbound.last_attempt_at)

    assert outbound.status == OutboundEmail.Status.SENT
    # Waits of about 1, 4, 16 and 64 minutes (±10 % jitter): the fifth try is after the outage.
    gaps = [(later - earlier).total_seconds() / 60 for earlier, later in zip(attempts, attempts[1:], strict=False)]
    assert len(gaps) == 4
    for gap, expected in zip(gaps, [1, 4, 16, 64], strict=True):
        assert expected * 0.9 <= gap <= expected * 1.1 + 0.05
    assert [event["type"] for event in outbound.events] == ["queued", *["attempt_failed"] * 4, "sent"]
    assert "500" in outbound.events[1]["error"]
    # The ESP was asked five times and took the email once, with our Message-ID.
    assert esp.attempts == 5
    assert esp.message_ids() == [outbound.message_id]
    assert esp.received[0].to.endswith("<subject@test.example>")


def test_an_outage_longer_than_the_schedule_ends_failed_and_shown_on_the_case(
    esp, worker, case, reviewer, subject, client, caplog
):
    esp.outage["until"] = None  # down for good
    with time_machine.travel(T0, tick=False) as clock:
        outbound = _request_info(case, reviewer, subject)
        attempts = _run_through_the_schedule(clock, worker, outbound)

    assert outbound.status == OutboundEmail.Status.FAILED
    assert outbound.attempts == 6 and esp.attempts == 6 and esp.received == []
    # The last try came about 5 h 41 min after the first (1 + 4 + 16 + 64 + 256 minutes).
    assert 0.9 * 341 <= (attempts[-1] - attempts[0]).total_seconds() / 60 <= 1.1 * 341
    assert "Email %s gave up after %s attempts: %s" in [r.msg for r in caplog.records if r.levelname == "ERROR"]
    # A reviewer sees it on the case and in the undelivered list, with a way to send it again.
    client.force_login(reviewer)
    case_page = client.get(f"/portal/cases/{case.pk}/").content.decode()
    assert "The user may not have received our emails about this case." in case_page
    assert "Failed" in case_page and outbound.subject in case_page
    undelivered = client.get("/portal/email/undelivered/").content.decode()
    assert outbound.subject in undelivered and "Send again" in undelivered
    # When the ESP is back, "Send again" delivers the same email, with the same Message-ID.
    esp.outage["until"] = T0
    client.post(f"/portal/email/{outbound.pk}/retry/")
    worker()
    outbound.refresh_from_db()
    assert outbound.status == OutboundEmail.Status.SENT
    assert esp.message_ids() == [outbound.message_id]
