"""The email test world shared by tests/notifications and tests/inbound_mail:
settings, a case with a sent notice, a task worker, and Mailgun's signed webhook
formats (each conftest imports the fixtures it uses)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

import pytest
from django.core import mail
from django.core.management import call_command

WEBHOOK_AUTH = "hook:s3cret-hook"
SIGNING_KEY = "test-mailgun-signing-key"


@pytest.fixture(autouse=True)
def email_settings(settings):
    settings.MAILERS = {"default": {"BACKEND": "anymail.backends.test.EmailBackend"}}
    settings.EMAIL_RETRY_BASE_SECONDS = 0
    settings.EMAIL_SEND_MAX_ATTEMPTS = 4
    settings.REPLY_DOMAIN = "reply.example.com"
    settings.EMAIL_MESSAGE_ID_DOMAIN = "example.com"
    settings.SITE_URL = "https://portal.example.com"
    settings.ANYMAIL = {"WEBHOOK_SECRET": [WEBHOOK_AUTH], "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}
    settings.INBOUND_TRUSTED_AUTHSERV_IDS = ["mx.example.com"]
    settings.INBOUND_ATTACHMENT_MAX_BYTES = 1024 * 1024
    mail.outbox = []
    yield


@pytest.fixture
def case(db, subject, reviewer):
    from cases.services import case_open

    return case_open(kind="self_hire", accounts=[subject], actor=reviewer, note="Opened for the email tests")


@pytest.fixture
def notice_email(case, subject, reviewer, django_capture_on_commit_callbacks):
    """A real information request on the case: its notice puts an email in the outbox."""
    from cases.services import case_request_info
    from notifications.models import OutboundEmail

    with django_capture_on_commit_callbacks(execute=True):
        case_request_info(case=case, actor=reviewer, account=subject, body="Who owns the account northwind-design?")
    return OutboundEmail.objects.get(case=case)


@pytest.fixture
def sent_email(notice_email):
    """The information request, sent through anymail's test backend."""
    from notifications.services import outbound_email_send

    return outbound_email_send(outbound_id=notice_email.pk)


@pytest.fixture
def worker():
    """The real task worker (``manage.py db_worker --batch``): runs everything due, then exits."""

    def run() -> None:
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    return run


def basic_auth(credentials: str = WEBHOOK_AUTH) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


def mailgun_signature(key: str = SIGNING_KEY, *, at: float | None = None, token: str = "") -> dict[str, str]:
    timestamp = str(int(time.time() if at is None else at))
    token = token or hashlib.sha256(f"{timestamp}{time.perf_counter_ns()}".encode()).hexdigest()[:50]
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {"timestamp": timestamp, "token": token, "signature": signature}


def form_data(fields: dict[str, str | bytes]) -> tuple[bytes, str]:
    """multipart/form-data as Mailgun writes it, values as raw bytes (Django's test
    client would re-encode a str, and splits bytes into one field per byte)."""
    boundary = "----mailgun" + hashlib.sha256(str(time.perf_counter_ns()).encode()).hexdigest()[:24]
    body = b""
    for name, value in fields.items():
        data = value if isinstance(value, bytes) else str(value).encode()
        body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


class Mailgun:
    """Posts to anymail's Mailgun webhooks exactly as Mailgun does: basic auth in the
    URL credentials, HMAC signature over timestamp+token with the signing key, the
    raw message's bytes in body-mime."""

    basic_auth = staticmethod(basic_auth)

    def __init__(self, client):
        self.client = client

    def inbound_fields(self, raw: bytes, *, recipient: str = "", key: str = SIGNING_KEY, **extra) -> dict:
        return {
            "recipient": recipient,
            "sender": "subject@test.example",
            "body-mime": raw,
            **mailgun_signature(key),
            **extra,
        }

    def inbound(
        self,
        raw: bytes,
        *,
        recipient: str = "",
        auth: str | None = None,
        key: str = SIGNING_KEY,
        headers_extra: dict | None = None,
    ):
        body, content_type = form_data(self.inbound_fields(raw, recipient=recipient, key=key, **(headers_extra or {})))
        return self.client.generic(
            "POST",
            "/anymail/mailgun/inbound_mime/",
            body,
            content_type=content_type,
            HTTP_AUTHORIZATION=auth or basic_auth(),
        )

    def tracking(self, event_data: dict, *, auth: str | None = None, key: str = SIGNING_KEY):
        payload = {"signature": mailgun_signature(key), "event-data": event_data}
        return self.client.post(
            "/anymail/mailgun/tracking/",
            data=payload,
            content_type="application/json",
            HTTP_AUTHORIZATION=auth or basic_auth(),
        )


@pytest.fixture
def mailgun(client):
    return Mailgun(client)
