"""PostgreSQL stops while the ESP posts inbound mail: the webhook answers 5xx so the
ESP keeps the message and retries; once the database is back every message is
stored exactly once, redeliveries included.

Runs the `make serve` stack (gunicorn, the task worker) against a private
PostgreSQL server (tests/private_postgres.py) that the test stops and starts: the
shared server is never touched. In the PostgreSQL pass of the suite only."""

from __future__ import annotations

import base64
import json
import secrets
import time

import pytest
from django.db import connection

from tests.mail import form_data, mailgun_signature
from tests.private_postgres import PrivatePostgres, binaries
from tests.production import Stack, free_port, http_get, http_post

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql" or binaries() is None,
    reason="the PostgreSQL pass runs it (needs Debian's PostgreSQL server binaries)",
)

WEBHOOK_SECRET = f"esp:{secrets.token_urlsafe(24)}"
SIGNING_KEY = secrets.token_hex(32)


def raw_message(n: int) -> bytes:
    return (
        f"From: Pat Example <pat{n}@example.net>\r\n"
        f"To: reply+unknown@reply.example.com\r\n"
        f"Subject: About my account ({n})\r\n"
        f"Message-ID: <fault-{n}@example.net>\r\n"
        f"Date: Mon, 02 Mar 2026 09:00:00 +0000\r\n"
        f"\r\nHello, this is message {n}.\r\n"
    ).encode()


class Esp:
    """Posts inbound mail the way Mailgun does (basic auth, signed, raw MIME), and
    keeps what it must retry: anything not answered 2xx."""

    def __init__(self, url: str):
        self.url = url + "/anymail/mailgun/inbound_mime/"
        self.auth = "Basic " + base64.b64encode(WEBHOOK_SECRET.encode()).decode()

    def deliver(self, n: int) -> int:
        fields = {"recipient": "reply+unknown@reply.example.com", "body-mime": raw_message(n)}
        body, content_type = form_data({**fields, **mailgun_signature(SIGNING_KEY)})
        try:
            return http_post(self.url, body, headers={"Content-Type": content_type, "Authorization": self.auth})
        except OSError:  # no answer at all: the ESP retries too
            return 599


@pytest.fixture
def database():
    server = PrivatePostgres().create()
    yield server
    server.destroy()


def test_webhooks_while_postgres_is_down_answer_5xx_and_nothing_is_lost_or_doubled(database, tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "PORT": str(free_port()),
        "DATABASE_URL": database.url,
        "WEB_WORKERS": "2",
        "TASK_WORKERS": "1",
        "RESTART_DELAY": "1",
        "ANYMAIL_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY,
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }
    stack = Stack(env, tmp_path / "serve.log")
    try:
        stack.wait_healthy()
        esp = Esp(stack.url)
        before = {n: esp.deliver(n) for n in range(1, 9)}

        database.stop()
        during = {}
        for n in range(9, 17):  # a steady trickle, 5 a second
            during[n] = esp.deliver(n)
            time.sleep(0.2)
        health_status, _, health = http_get(stack.url + "/healthz")

        database.start()
        stack.wait_healthy(timeout=60)
        # The ESP retries what was refused, and (as ESPs do) delivers a few twice.
        retried = {n: esp.deliver(n) for n in during}
        duplicates = {n: esp.deliver(n) for n in (1, 2, 9)}
    finally:
        stack.stop()

    assert set(before.values()) == {200}
    assert all(status >= 500 for status in during.values()), during
    assert health_status == 503 and json.loads(health)["checks"]["database"]["status"] == "fail"
    assert set(retried.values()) == {200} and set(duplicates.values()) == {200}
    # The task worker exits when the database goes away; make serve starts it again.
    assert "serve: task worker" in stack.output() and "starting another in 1s" in stack.output()
    stored = database.query("SELECT message_id, count(*) FROM inbound_mail_inboundemail GROUP BY message_id")
    assert sorted(stored) == sorted((f"<fault-{n}@example.net>", 1) for n in range(1, 17))
