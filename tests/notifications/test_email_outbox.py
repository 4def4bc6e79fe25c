"""Notices become emails through the outbox and the real task worker."""

from email import message_from_bytes, policy

import pytest
from django.core import mail

from notifications.mail_backends import FlakyTestBackend
from notifications.models import Notice, OutboundEmail
from notifications.selectors import failed_emails_for_case
from notifications.services import notice_create, outbox_process
from notifications.tokens import reply_token_verify, reply_tokens_in


@pytest.fixture
def flaky(settings):
    FlakyTestBackend.calls = 0
    FlakyTestBackend.failures = 0
    settings.MAILERS = {"default": {"BACKEND": "notifications.mail_backends.FlakyTestBackend"}}
    return FlakyTestBackend


def _request_info(case, reviewer, subject):
    from cases.services import case_request_info

    case_request_info(case=case, actor=reviewer, account=subject, body="Who owns the account northwind-design?")
    return OutboundEmail.objects.get(case=case)


@pytest.mark.django_db(transaction=True)
def test_a_real_notice_goes_through_the_outbox_and_the_worker(worker, case, reviewer, subject):
    outbound = _request_info(case, reviewer, subject)
    assert outbound.status == OutboundEmail.Status.QUEUED
    assert mail.outbox == []  # nothing leaves inside the transaction

    worker()

    outbound.refresh_from_db()
    assert outbound.status == OutboundEmail.Status.SENT and outbound.attempts == 1
    (sent,) = mail.outbox
    assert sent.to == ["Fred Freelancer <subject@test.example>"]
    assert sent.subject == f"We need some information from you (case #{case.pk})"
    assert sent.extra_headers["Message-ID"] == outbound.message_id
    assert sent.extra_headers["Auto-Submitted"] == "auto-generated"
    assert sent.anymail_test_params["metadata"] == {"outbound_email": str(outbound.pk), "case": str(case.pk)}
    assert sent.anymail_test_params["track_clicks"] is False
    # Reply-To is bound to this email and this case.
    (token,) = reply_tokens_in(sent.reply_to)
    ref = reply_token_verify(token)
    assert (ref.case_id, ref.outbound_id) == (case.pk, outbound.pk)
    # Text and HTML, our marker first, links to the request and the article.
    assert sent.body.startswith("--- Reply above this line ---")
    assert f"https://portal.example.com/help/requests/case/{case.pk}/" in sent.body
    assert "https://portal.example.com/help/articles/feedback-building/" in sent.body
    assert "Who owns the account northwind-design?" in sent.body
    (html, mimetype) = sent.alternatives[0]
    assert mimetype == "text/html" and "Reply above this line" in html and "Open your request" in html


@pytest.mark.django_db(transaction=True)
def test_an_esp_failure_is_retried_with_backoff_until_it_succeeds(worker, case, reviewer, subject, flaky):
    flaky.failures = 2
    outbound = _request_info(case, reviewer, subject)

    worker()  # base backoff is 0 in tests, so the retries run in the same batch

    outbound.refresh_from_db()
    assert outbound.status == OutboundEmail.Status.SENT
    assert outbound.attempts == 3
    assert [e["type"] for e in outbound.events] == ["queued", "attempt_failed", "attempt_failed", "sent"]
    assert "503" in outbound.last_error
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_a_send_that_keeps_failing_is_marked_failed_and_shown_to_reviewers(
    worker, case, reviewer, subject, flaky, client
):
    flaky.failures = 100
    outbound = _request_info(case, reviewer, subject)

    worker()

    outbound.refresh_from_db()
    assert outbound.status == OutboundEmail.Status.FAILED and outbound.attempts == 4
    assert list(failed_emails_for_case(case)) == [outbound]
    client.force_login(reviewer)
    page = client.get("/portal/email/undelivered/").content.decode()
    assert outbound.subject in page and "Send again" in page
    # A reviewer sends it again once the ESP is back.
    flaky.failures = 0
    client.post(f"/portal/email/{outbound.pk}/retry/")
    worker()
    outbound.refresh_from_db()
    assert outbound.status == OutboundEmail.Status.SENT
    assert list(failed_emails_for_case(case)) == []


def test_a_recipient_the_esp_refuses_is_not_retried(notice_email, settings):
    from anymail.message import AnymailRecipientStatus

    from notifications.services import outbound_email_send

    def refuse(sender, message, esp_name, **kwargs):
        message.anymail_test_response = {
            "recipient_status": {"subject@test.example": AnymailRecipientStatus(message_id=None, status="rejected")}
        }

    from anymail.signals import pre_send

    pre_send.connect(refuse, dispatch_uid="refuse-test")
    try:
        result = outbound_email_send(outbound_id=notice_email.pk)
    finally:
        pre_send.disconnect(dispatch_uid="refuse-test")
    assert result.status == OutboundEmail.Status.REJECTED and result.attempts == 1


def test_a_notice_without_a_case_still_gets_an_email(db, subject, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notice = notice_create(
            account=subject, kind=Notice.Kind.REPORT_RECEIVED, subject="We got your report", body="Thank you."
        )
    assert notice.email.case is None
    assert "https://portal.example.com/help/requests/" in notice.email.body_text


def test_the_queue_sweep_backfills_notices_that_missed_their_email(db, subject):
    from datetime import timedelta

    from django.utils import timezone

    notice = Notice.objects.create(
        account=subject,
        kind=Notice.Kind.REPORT_UPDATE,
        subject="Update",
        body="Done.",
        created_at=timezone.now() - timedelta(minutes=5),
    )
    counts = outbox_process()
    assert counts["backfilled"] == 1 and counts["sent"] == 1
    assert OutboundEmail.objects.get(notice=notice).status == OutboundEmail.Status.SENT


def test_later_emails_on_a_case_thread_under_the_earlier_ones(
    sent_email, case, reviewer, subject, django_capture_on_commit_callbacks
):
    from cases.services import case_message_user
    from notifications.services import build_message

    with django_capture_on_commit_callbacks(execute=True):
        case_message_user(case=case, actor=reviewer, account=subject, body="Thanks, we are looking at it.")
    second = OutboundEmail.objects.filter(case=case).exclude(pk=sent_email.pk).get()
    headers = build_message(second).extra_headers
    assert headers["In-Reply-To"] == sent_email.message_id


def test_development_mailer_writes_one_eml_file_per_message(notice_email, settings, tmp_path):
    from notifications.services import outbound_email_send

    settings.MAILERS = {
        "default": {"BACKEND": "notifications.mail_backends.EmlFileBackend", "OPTIONS": {"file_path": str(tmp_path)}}
    }
    outbound_email_send(outbound_id=notice_email.pk)
    (eml,) = tmp_path.glob("*.eml")
    parsed = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["Message-ID"] == notice_email.message_id
    assert parsed["Reply-To"].addresses[0].domain == "reply.example.com"
    assert parsed.get_body(("plain",)).get_content().startswith("--- Reply above this line ---")
    assert parsed.get_body(("html",)) is not None


@pytest.mark.parametrize("kind", Notice.Kind.values)
def test_every_notice_kind_has_its_three_templates(kind, subject, case):
    from django.template.loader import get_template

    from notifications.rendering import notice_email_render

    for name in ("subject.txt", "body.txt", "body.html"):
        get_template(f"emails/{kind}/{name}")
    notice = Notice.objects.create(
        account=subject,
        kind=kind,
        subject="Line one\nline two & more",
        body="A <b> & c",
        case=case,
        article_slug="how-to-appeal",
    )
    rendered = notice_email_render(notice=notice, reply_address="reply+x@reply.example.com")
    assert rendered.subject == "Line one line two & more"  # one header line, not HTML-escaped
    assert rendered.text.startswith("--- Reply above this line ---") and "A <b> & c" in rendered.text
    assert "A &lt;b&gt; &amp; c" in rendered.html and "Reply above this line" in rendered.html
    assert f"/help/requests/case/{case.pk}/" in rendered.text and "/help/articles/how-to-appeal/" in rendered.html
