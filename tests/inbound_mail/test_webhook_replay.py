"""Mailgun webhooks (round 2, F4): a signature is fresh and used once, and an
authenticated request we cannot read is a 4xx (a 5xx would be retried for ever)."""

from __future__ import annotations

import logging
import time

from inbound_mail.models import InboundEmail
from tests.mail import basic_auth, form_data, mailgun_signature

INBOUND = "/anymail/mailgun/inbound_mime/"
RAW = b"From: someone@test.example\r\nTo: help@example.com\r\nSubject: hi\r\nMessage-ID: <r1@test.example>\r\n\r\nHello\r\n"


def _inbound(client, signature: dict, **fields):
    body, content_type = form_data({"recipient": "", "sender": "someone@test.example", **fields, **signature})
    return client.generic("POST", INBOUND, body, content_type=content_type, HTTP_AUTHORIZATION=basic_auth())


def test_a_signature_a_year_old_is_refused_and_logged(client, db, caplog):
    with caplog.at_level(logging.WARNING, logger="inbound_mail.webhooks"):
        response = _inbound(client, mailgun_signature(at=time.time() - 365 * 86400), **{"body-mime": RAW})
    assert response.status_code == 400
    assert not InboundEmail.objects.exists()
    assert "timestamp" in caplog.text


def test_a_signature_from_the_future_is_refused(client, db):
    response = _inbound(client, mailgun_signature(at=time.time() + 3600), **{"body-mime": RAW})
    assert response.status_code == 400


def test_a_reused_token_is_refused(client, db, caplog):
    signature = mailgun_signature()
    assert _inbound(client, signature, **{"body-mime": RAW}).status_code == 200
    with caplog.at_level(logging.WARNING, logger="inbound_mail.webhooks"):
        again = _inbound(client, signature, **{"body-mime": RAW.replace(b"<r1@", b"<r2@")})
    assert again.status_code == 400
    assert InboundEmail.objects.count() == 1
    assert "already used" in caplog.text


def test_a_signed_but_malformed_request_is_a_4xx_and_logged(client, db, caplog):
    """The body sent as a file part (no body-mime field): anymail's parsed route
    raised MultiValueDictKeyError, a 500 the ESP retries for ever."""
    with caplog.at_level(logging.WARNING, logger="inbound_mail.webhooks"):
        response = _inbound(client, mailgun_signature(), attachment=RAW)
    assert 400 <= response.status_code < 500
    assert "could not be read" in caplog.text


def test_a_replayed_tracking_event_is_refused(client, db):
    payload = {"signature": mailgun_signature(), "event-data": {"event": "opened", "timestamp": time.time()}}
    url = "/anymail/mailgun/tracking/"
    first = client.post(url, data=payload, content_type="application/json", HTTP_AUTHORIZATION=basic_auth())
    again = client.post(url, data=payload, content_type="application/json", HTTP_AUTHORIZATION=basic_auth())
    assert first.status_code == 200
    assert again.status_code == 400
