"""What the inbound webhook promises: every message up to 25 MiB is stored whole and
byte for byte, a larger one is refused with 413 and nothing stored, and no message,
however malformed, is lost or answered with a 500."""

import hashlib
import logging
from urllib.parse import urlencode

import pytest

from demo.mail_samples import deeply_nested, gmail_reply, with_attachment
from inbound_mail.models import InboundEmail
from tests.mail import basic_auth, form_data

MIB = 1024 * 1024


def _big_reply(sent_email, *, size: int) -> bytes:
    """A reply with PDF attachments bringing the raw message to about ``size`` bytes."""
    raw = gmail_reply(new_text="The contracts are attached.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    chunk = 6 * MIB  # base64 makes each attachment about 8.1 MiB of the message
    while len(raw) + chunk * 4 // 3 < size:
        raw = with_attachment(
            raw, filename=f"contract-{len(raw)}.pdf", content_type="application/pdf", data=b"%PDF" + b"7" * chunk
        )
    remaining = max(1, (size - len(raw) - 1000) * 3 * 76 // (4 * 78))  # base64 lines: 76 characters + CRLF
    return with_attachment(raw, filename="last.pdf", content_type="application/pdf", data=b"%PDF" + b"7" * remaining)


def test_a_message_of_almost_25_mib_through_the_webhook_is_stored_whole(sent_email, mailgun):
    raw = _big_reply(sent_email, size=25 * MIB - 64 * 1024)
    assert 24 * MIB < len(raw) <= 25 * MIB

    response = mailgun.inbound(raw)

    assert response.status_code == 200
    inbound = InboundEmail.objects.get()
    assert inbound.raw_size == len(raw) and inbound.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert bytes(inbound.raw) == raw
    assert inbound.status == InboundEmail.Status.THREADED
    assert len(inbound.attachments) >= 3  # each one listed (over the per-attachment limit here: refused, kept)


def test_a_message_over_the_limit_gets_413_a_log_line_and_nothing_is_stored(settings, sent_email, mailgun, caplog):
    settings.INBOUND_MESSAGE_MAX_BYTES = 3 * MIB  # the same check as at 25 MiB, with less to send
    raw = _big_reply(sent_email, size=3 * MIB + 200 * 1024)

    with caplog.at_level(logging.WARNING, logger="inbound_mail.webhooks"):
        response = mailgun.inbound(raw)

    assert response.status_code == 413
    assert b"the limit is 3145728 bytes" in response.content
    assert "over INBOUND_MESSAGE_MAX_BYTES" in caplog.text and "nothing was stored" in caplog.text
    assert InboundEmail.objects.count() == 0


def test_a_message_just_under_the_limit_is_not_refused(settings, sent_email, mailgun):
    settings.INBOUND_MESSAGE_MAX_BYTES = 3 * MIB
    raw = _big_reply(sent_email, size=3 * MIB - 10 * 1024)
    assert len(raw) <= 3 * MIB
    assert mailgun.inbound(raw).status_code == 200
    assert InboundEmail.objects.get().raw_size == len(raw)


def test_an_urlencoded_webhook_of_a_large_message_is_stored_whole(settings, sent_email, mailgun, client):
    """Mailgun posts mail without attachments urlencoded; a long one used to hit
    Django's 2.5 MB request limit (400, nothing stored). Percent-encoding makes the
    request larger than the message: the limit applies to the message."""
    long_text = "\n".join(f"Line {n}: 100% = the contract history, as promised; à bientôt." for n in range(60_000))
    raw = gmail_reply(new_text=long_text, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    body = urlencode(mailgun.inbound_fields(raw)).encode()
    settings.INBOUND_MESSAGE_MAX_BYTES = len(raw) + 100
    assert len(raw) > 3 * MIB and len(body) > len(raw) + 2 * MIB

    response = client.generic(
        "POST",
        "/anymail/mailgun/inbound_mime/",
        body,
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=basic_auth(),
    )

    assert response.status_code == 200
    assert bytes(InboundEmail.objects.get().raw) == raw


def test_the_rest_of_the_site_keeps_djangos_request_size_limit(client, db):
    """Only the inbound route reads large bodies: a 3 MB form anywhere else is refused."""
    body, content_type = form_data({"username": "x" * (3 * MIB), "password": "y"})
    assert client.generic("POST", "/login/", body, content_type=content_type).status_code == 400


def test_an_8_bit_message_in_an_unlabelled_charset_is_stored_byte_for_byte(sent_email, mailgun):
    raw = gmail_reply(new_text="Ol\u00e1", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    raw = raw.replace(b"Subject: Re:", b"Subject: R\xe9ponse Re:", 1)  # Latin-1 byte, not UTF-8
    assert mailgun.inbound(raw).status_code == 200
    inbound = InboundEmail.objects.get()
    assert bytes(inbound.raw) == raw and inbound.subject.startswith("Réponse")


@pytest.mark.parametrize("depth", [60, 5000])
def test_deeply_nested_mime_through_the_webhook_is_stored_and_held_as_unreadable(sent_email, case, mailgun, depth):
    raw = deeply_nested(depth=depth, to=sent_email.reply_to, in_reply_to=sent_email.message_id)

    response = mailgun.inbound(raw)

    assert response.status_code == 200
    inbound = InboundEmail.objects.get()
    assert bytes(inbound.raw) == raw
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, InboundEmail.Reason.UNREADABLE)
    assert "nested" in inbound.detail
    assert inbound.from_email == "subject@test.example" and inbound.case == case  # the headers were read
