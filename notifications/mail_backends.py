"""A development mailer that writes each message to its own .eml file.

Django's file backend appends every message of a connection to one .log file;
this one writes ``<timestamp>-<n>-<recipient>.eml`` per message, atomically
(write to a temporary name, then rename), so a mail client or ``ingest_email``
can open any of them. Each file starts with the Return-Path a delivering MTA
would add (the envelope sender: the email's signed bounce address). Configure it through MAILERS::

    MAILERS = {"default": {"BACKEND": "notifications.mail_backends.EmlFileBackend",
                           "OPTIONS": {"file_path": "var/mail"}}}
"""

from __future__ import annotations

import email.policy
import itertools
import os
import re
from datetime import UTC, datetime
from email.utils import parseaddr
from pathlib import Path

from django.core.mail import InvalidMailer
from django.core.mail.backends.base import BaseEmailBackend

_counter = itertools.count(1)


class EmlFileBackend(BaseEmailBackend):
    def __init__(self, *, file_path: str | os.PathLike | None = None, **kwargs):
        super().__init__(**kwargs)
        if not file_path:
            raise InvalidMailer("OPTIONS must define 'file_path'.", alias=self.alias)
        self.directory = Path(file_path).resolve()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidMailer(f"Cannot create 'file_path' {self.directory}: {exc}", alias=self.alias) from exc
        if not os.access(self.directory, os.W_OK):
            raise InvalidMailer(f"'file_path' is not writable: {self.directory}", alias=self.alias)

    def send_messages(self, email_messages) -> int:
        sent = 0
        for message in email_messages:
            if not message.recipients():
                continue
            envelope_sender = parseaddr(message.from_email or "")[1]
            data = message.message(policy=email.policy.SMTP).as_bytes()
            if envelope_sender:
                data = f"Return-Path: <{envelope_sender}>\r\n".encode() + data
            address = parseaddr(message.recipients()[0])[1] or "recipient"
            recipient = re.sub(r"[^A-Za-z0-9@._+-]", "_", address)[:60]
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            name = f"{stamp}-{os.getpid()}-{next(_counter)}-{recipient}.eml"
            temporary = self.directory / f".{name}.tmp"
            temporary.write_bytes(data)
            os.replace(temporary, self.directory / name)
            sent += 1
        return sent


class FlakyTestBackend:
    """anymail's test backend that fails its first ``failures`` sends with an ESP
    API error (as a real ESP does during an outage): for tests and for trying the
    retry path by hand. Counts are per process, on the class."""

    failures = 0
    calls = 0

    def __new__(cls, *args, **kwargs):
        from anymail.backends.test import EmailBackend as AnymailTestBackend
        from anymail.exceptions import AnymailAPIError

        class _Flaky(AnymailTestBackend):
            def send_messages(self, email_messages):
                FlakyTestBackend.calls += 1
                if FlakyTestBackend.calls <= FlakyTestBackend.failures:
                    raise AnymailAPIError("Mailgun API response 503 (Service Unavailable): upstream connect error")
                return super().send_messages(email_messages)

        return _Flaky(*args, **kwargs)
