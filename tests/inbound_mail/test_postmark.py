"""Postmark, the other ESP whose webhooks we mount (ANYMAIL_ESP=postmark): basic auth
only (Postmark signs nothing), the raw message (RawEmail) stored before it is read."""

import json

import pytest
from django.urls import include, path

from demo.mail_samples import deeply_nested, gmail_reply
from inbound_mail.models import InboundEmail
from inbound_mail.webhooks import webhook_urlpatterns
from notifications.models import OutboundEmail
from tests.mail import basic_auth
from trustsafety import urls as project_urls


class PostmarkOnly:
    """The URLs a deployment with ANYMAIL_ESP=postmark serves: the portal, with
    Postmark's routes under /anymail/ (emails link to the portal's pages)."""

    urlpatterns = [path("anymail/", include((webhook_urlpatterns("postmark"), "anymail"))), *project_urls.urlpatterns]


@pytest.fixture
def postmark(settings, client):
    settings.ROOT_URLCONF = PostmarkOnly

    def post(kind: str, payload: dict, *, auth: str | None = None):
        return client.post(
            f"/anymail/postmark/{kind}/",
            data=json.dumps(payload),
            content_type="application/json",
            HTTP_AUTHORIZATION=auth or basic_auth(),
        )

    return post


def _inbound(raw: bytes, recipient: str) -> dict:
    return {
        "FromFull": {"Email": "subject@test.example", "Name": "Fred"},
        "OriginalRecipient": recipient,
        "Headers": [{"Name": "Return-Path", "Value": "<subject@test.example>"}],
        "MessageID": "3f2d4b8e-postmark",
        "RawEmail": raw.decode("utf-8"),
    }


def test_a_postmark_reply_is_stored_as_received_and_threads(postmark, sent_email, case):
    raw = gmail_reply(new_text="It is my cousin's account.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert postmark("inbound", _inbound(raw, sent_email.reply_to)).status_code == 200
    inbound = InboundEmail.objects.get()
    assert bytes(inbound.raw) == raw and inbound.status == InboundEmail.Status.THREADED
    assert inbound.esp_name == "Postmark"


def test_a_deeply_nested_message_through_postmark_is_stored_and_held(postmark, sent_email):
    raw = deeply_nested(depth=5000, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert postmark("inbound", _inbound(raw, sent_email.reply_to)).status_code == 200
    assert InboundEmail.objects.get().reason == InboundEmail.Reason.UNREADABLE


def test_a_postmark_message_over_the_limit_gets_413(postmark, settings, sent_email):
    settings.INBOUND_MESSAGE_MAX_BYTES = 4000
    raw = gmail_reply(new_text="x" * 6000, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert postmark("inbound", _inbound(raw, sent_email.reply_to)).status_code == 413
    assert InboundEmail.objects.count() == 0


def test_postmark_webhooks_need_basic_auth(postmark, sent_email):
    bounce = {
        "RecordType": "Bounce",
        "Type": "HardBounce",
        "MessageID": "postmark-id",
        "Email": sent_email.to_email,
        "Metadata": {"outbound_email": str(sent_email.pk)},
        "BouncedAt": "2025-03-04T10:03:00Z",
    }
    assert postmark("tracking", bounce, auth=basic_auth("hook:guessed")).status_code == 400
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.SENT
    assert postmark("tracking", bounce).status_code == 200
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.BOUNCED
