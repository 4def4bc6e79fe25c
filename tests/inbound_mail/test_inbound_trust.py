"""What inbound mail is believed: the sender as a mail server reads the From header,
bounces only at the signed return path of the email they report on, and automatic
replies never as the user's answer."""

import pytest
from django.core import mail

from cases.models import Case, CaseEvent
from demo.mail_samples import bounce, gmail_reply, outlook_reply
from inbound_mail.models import InboundEmail
from notifications.models import OutboundEmail

NEW_TEXT = "The account northwind-design belongs to my cousin Anna."
# Our MTA checked DMARC for the domain a mail server sees in From: the attacker's.
DMARC_PASS_FOR_ATTACKER = "Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=evil.example; dkim=pass header.d=evil.example; dmarc=pass header.from=evil.example\r\n"


def _user_messages(case):
    return list(CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER))


def _with_from(raw: bytes, from_header: bytes) -> bytes:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.startswith(b"From:")]
    return b"\r\n".join([from_header, *lines]) + b"\r\n\r\n" + body


def _return_path() -> str:
    return mail.outbox[-1].anymail_test_params["envelope_sender"]


# --- the From header ------------------------------------------------------------------------


def test_an_encoded_word_from_that_decodes_to_the_subjects_address_is_held(sent_email, case, mailgun, reviewer, client):
    """Decoded first, this From read as subject@test.example; a mail server (and DMARC)
    reads attacker@evil.example."""
    raw = gmail_reply(new_text="Please lift the block.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    raw = _with_from(raw, b"From: =?utf-8?q?subject=40test.example_=28?= <attacker@evil.example> =?utf-8?q?=29?=")
    raw = DMARC_PASS_FOR_ATTACKER.encode() + raw

    assert mailgun.inbound(raw).status_code == 200

    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, "from_forged")
    assert "cannot be read as an address" in inbound.detail
    assert _user_messages(case) == []
    client.force_login(reviewer)
    page = client.get(f"/portal/quarantine/{inbound.pk}/").content.decode()
    assert "Ambiguous or disguised sender (From header)" in page
    assert "impersonation" in page  # what the reason means, for the reviewer


@pytest.mark.parametrize(
    ("from_header", "why"),
    [
        (b"From: =?utf-8?q?subject=40test.example?= <attacker@evil.example>", "shows the address subject@test.example"),
        (b'From: "Fred <subject@test.example>" <attacker@evil.example>', "shows the address subject@test.example"),
        (
            b"From: =?utf-8?b?RnJlZCDvvJxzdWJqZWN077ygdGVzdC5leGFtcGxl77ye?= <attacker@evil.example>",
            "shows the address",
        ),
        (b"From: subject@test.example, attacker@evil.example", "names 2 addresses"),
        (b"From: =?utf-8?q?subject=40test.example?=", "cannot be read as an address"),
        (b"From: =?utf-8?q?subject?=@test.example", "encoded words"),
    ],
    ids=[
        "encoded-display-name",
        "quoted-display-name",
        "fullwidth-at-sign",
        "two-addresses",
        "only-an-encoded-word",
        "encoded-local-part",
    ],
)
def test_a_from_that_shows_another_address_or_several_is_held_with_the_reason(
    sent_email, case, mailgun, from_header, why
):
    raw = gmail_reply(new_text=NEW_TEXT, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    mailgun.inbound(DMARC_PASS_FOR_ATTACKER.encode() + _with_from(raw, from_header))
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, "from_forged")
    assert why in inbound.detail
    assert _user_messages(case) == []


def test_an_encoded_display_name_with_the_subjects_own_address_still_threads(sent_email, case, mailgun):
    raw = gmail_reply(new_text=NEW_TEXT, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    mailgun.inbound(_with_from(raw, b"From: =?utf-8?q?Fr=C3=A9d=C3=A9ric?= <Subject@Test.Example>"))
    inbound = InboundEmail.objects.get()
    assert inbound.status == InboundEmail.Status.THREADED
    assert (inbound.from_name, inbound.from_email) == ("Frédéric", "subject@test.example")
    assert _user_messages(case)[0].body == NEW_TEXT


# --- bounces ----------------------------------------------------------------------------------


def test_a_forged_bounce_naming_our_message_flags_nothing_and_is_held(sent_email, case, mailgun, reviewer, client):
    forged = bounce(original_message_id=sent_email.message_id, return_path="trust@example.com")

    assert mailgun.inbound(forged, recipient="trust@example.com").status_code == 200

    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, "bounce_untrusted")
    assert f"#{sent_email.pk}" in inbound.detail and "nothing was marked undelivered" in inbound.detail
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.SENT
    assert not Case.objects.get(pk=case.pk).notice_undeliverable
    assert not CaseEvent.objects.filter(case=case, type=CaseEvent.Type.EMAIL_BOUNCED).exists()
    client.force_login(reviewer)
    assert "anyone could have written it" in client.get(f"/portal/quarantine/{inbound.pk}/").content.decode()


def test_a_bounce_to_a_tampered_return_path_flags_nothing(sent_email, case, mailgun):
    local, domain = _return_path().split("@")
    tampered = f"{local[:-1]}{'a' if local[-1] != 'a' else 'b'}@{domain}"
    mailgun.inbound(bounce(original_message_id=sent_email.message_id, return_path=tampered), recipient=tampered)
    inbound = InboundEmail.objects.get()
    assert inbound.reason == "bounce_untrusted" and "not one we issued" in inbound.detail
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.SENT


def test_a_bounce_at_one_emails_return_path_marks_only_that_email(sent_email, case, mailgun, reviewer, subject):
    """The recipient of email A knows A's return path; naming B's Message-ID in a
    DSN sent there does not mark B."""
    from cases.services import case_open

    other_case = case_open(kind="paid_feedback", accounts=[subject], actor=reviewer)
    other = OutboundEmail.objects.create(
        case=other_case, account=subject, to_email=subject.email, from_email="trust@example.com",
        subject="Another notice", message_id="<other@example.com>", status=OutboundEmail.Status.SENT,
    )  # fmt: skip
    return_path = _return_path()  # sent_email's
    mailgun.inbound(bounce(original_message_id=other.message_id, return_path=return_path), recipient=return_path)
    other.refresh_from_db()
    sent_email.refresh_from_db()
    assert other.status == OutboundEmail.Status.SENT and not Case.objects.get(pk=other_case.pk).notice_undeliverable
    assert sent_email.status == OutboundEmail.Status.BOUNCED


def test_each_email_goes_out_with_its_own_signed_return_path(sent_email):
    from notifications.tokens import bounce_address, bounce_token_verify, bounce_tokens_in

    (message,) = mail.outbox
    envelope = message.anymail_test_params["envelope_sender"]
    assert envelope == bounce_address(outbound_id=sent_email.pk)
    (token,) = bounce_tokens_in([envelope])
    assert bounce_token_verify(token) == sent_email.pk
    assert str(message.anymail_test_params["from"]) == sent_email.from_email  # what the user sees is unchanged
    assert len(envelope.split("@")[0]) <= 64


def test_the_development_mailer_writes_the_return_path_into_each_eml_file(settings, notice_email, tmp_path):
    from notifications.services import outbound_email_send
    from notifications.tokens import bounce_address

    settings.MAILERS = {
        "default": {"BACKEND": "notifications.mail_backends.EmlFileBackend", "OPTIONS": {"file_path": str(tmp_path)}}
    }
    outbound_email_send(outbound_id=notice_email.pk)
    (written,) = tmp_path.glob("*.eml")
    first_line = written.read_bytes().split(b"\r\n", 1)[0].decode()
    assert first_line == f"Return-Path: <{bounce_address(outbound_id=notice_email.pk)}>"


# --- automatic replies ------------------------------------------------------------------------


def test_an_out_of_office_without_automatic_headers_is_recorded_but_not_the_users_reply(sent_email, case, mailgun):
    raw = outlook_reply(
        new_text="I am out of the office until 10 March with limited access to email.\nFor urgent matters call Anna.",
        to=sent_email.reply_to,
        in_reply_to=sent_email.message_id,
    )
    assert b"Auto-Submitted" not in raw and b"Automatic reply" not in raw
    mailgun.inbound(raw)
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.AUTO_REPLY, InboundEmail.Reason.AUTO_REPLY)
    assert inbound.case == case and inbound.raw_size == len(raw)
    assert _user_messages(case) == []
    assert not Case.objects.get(pk=case.pk).has_new_user_reply


def test_a_real_reply_that_mentions_being_away_still_threads(sent_email, case, mailgun):
    text = "Thanks for your message. I was out of the office last week, sorry for the delay.\nAnna is my cousin."
    mailgun.inbound(gmail_reply(new_text=text, to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    assert InboundEmail.objects.get().status == InboundEmail.Status.THREADED
    assert _user_messages(case)[0].body == text
