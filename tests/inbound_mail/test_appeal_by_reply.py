"""Appealing by replying to the decision email (F14). The notice says the truth —
appeals go through My Requests, a reply reaches the reviewers as a message — and a
reply that arrives while the decision can be appealed is marked "may be an appeal"
on the case page, where a reviewer opens it as the user's appeal in one click."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Appeal, Case, CaseError, CaseEvent, Decision
from demo.mail_samples import gmail_reply
from inbound_mail.models import InboundEmail
from inbound_mail.services import inbound_email_ingest
from notifications.models import Notice, OutboundEmail

pytestmark = pytest.mark.django_db

APPEAL_WORDS = "I appeal this decision: the contract was real work for a real client."


@pytest.fixture
def decided(case, subject, reviewer, django_capture_on_commit_callbacks):
    """Rita suspended the subject; the decision email is in the outbox."""
    services.case_claim(case=case, reviewer=reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        decision = services.decision_make(
            case=case,
            account=subject,
            rung="suspension",
            reason="You hired yourself.",
            actor=reviewer,
            suspension_until=timezone.now() + timedelta(days=14),
        )
    return decision


def _reply_to_the_decision_email(decision, text: str = APPEAL_WORDS) -> CaseEvent:
    email = OutboundEmail.objects.get(notice__kind=Notice.Kind.DECISION, case=decision.case)
    raw = gmail_reply(new_text=text, to=email.reply_to, in_reply_to=email.message_id, subject="Re: suspended")
    result = inbound_email_ingest(raw=raw, source=InboundEmail.Source.MAILDIR)
    assert result.inbound.status == InboundEmail.Status.THREADED, result.inbound.detail
    return result.inbound.event


def test_the_decision_notice_sends_appeals_to_my_requests_and_says_a_reply_is_a_message(decided, subject):
    notice = Notice.objects.get(account=subject, kind=Notice.Kind.DECISION)
    email = OutboundEmail.objects.get(notice=notice)
    request_url = "https://portal.example.com" + reverse("inbox:case", args=[decided.case_id])

    assert "by replying to this email" not in notice.body
    assert f"open your request in My Requests ({request_url}) and choose “Appeal this decision”" in notice.body
    assert (
        "A reply to this email reaches the review team as a message on your request; it does not open an appeal."
        in (notice.body)
    )
    assert "It does not appeal the decision; to appeal, use your request in My Requests." in email.body_text


def test_an_email_reply_to_the_decision_within_the_window_is_marked_may_be_an_appeal(client, decided, reviewer):
    event = _reply_to_the_decision_email(decided)

    assert event.data["may_be_appeal"] == decided.pk
    assert not Appeal.objects.exists()  # a reply alone opens nothing
    client.force_login(reviewer)
    page = client.get(reverse("cases:detail", args=[decided.case_id])).content.decode()
    assert "may be an appeal" in page
    assert reverse("cases:open_appeal_from_reply", args=[decided.case_id, event.pk]) in page


def test_a_reviewer_opens_the_reply_as_the_users_appeal_in_one_click(client, decided, reviewer, subject):
    event = _reply_to_the_decision_email(decided)
    client.force_login(reviewer)

    response = client.post(reverse("cases:open_appeal_from_reply", args=[decided.case_id, event.pk]), follow=True)

    appeal = Appeal.objects.get(decision=decided)
    assert (appeal.account, appeal.statement) == (subject, APPEAL_WORDS)
    case = Case.objects.get(pk=decided.case_id)
    assert case.status == Case.Status.APPEALED and case.is_appeal and case.assignee is None
    opened = CaseEvent.objects.get(case=case, type=CaseEvent.Type.APPEAL_OPENED)
    assert (opened.actor, opened.account) == (reviewer, subject)
    assert opened.data["from_reply"] == event.pk and opened.data["opened_on_behalf"] is True
    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.NOTE, data__from_reply=event.pk).exists()
    assert Notice.objects.filter(account=subject, kind=Notice.Kind.APPEAL_RECEIVED).count() == 1
    assert "The reply is now the user" in response.content.decode()
    assert "The decision it answers has been appealed." in response.content.decode()


def test_opening_the_same_reply_as_an_appeal_twice_opens_one(decided, reviewer):
    event = _reply_to_the_decision_email(decided)

    first = services.appeal_open_from_reply(event=event, reviewer=reviewer)
    again = services.appeal_open_from_reply(event=event, reviewer=reviewer)

    assert again.replayed and again.pk == first.pk
    assert Appeal.objects.count() == 1


def test_a_reply_sent_within_the_window_can_be_opened_once_the_window_has_closed(decided, reviewer, subject):
    # The window closes three seconds from now; the reply arrives before that.
    Decision.objects.filter(pk=decided.pk).update(
        applied_at=timezone.now() - Decision.APPEAL_WINDOW + timedelta(seconds=3)
    )
    event = _reply_to_the_decision_email(decided)
    assert event.data["may_be_appeal"] == decided.pk
    time.sleep(3.5)
    with pytest.raises(CaseError, match="window to appeal this decision has closed"):
        services.appeal_open(decision=decided, account=subject, statement="Too late from My Requests")

    appeal = services.appeal_open_from_reply(event=event, reviewer=reviewer)

    assert appeal.decision_id == decided.pk and appeal.statement == APPEAL_WORDS


def test_a_reply_after_the_window_is_not_marked(decided):
    Decision.objects.filter(pk=decided.pk).update(applied_at=timezone.now() - timedelta(days=31))

    event = _reply_to_the_decision_email(decided, text="Hello again, any news?")

    assert "may_be_appeal" not in event.data


def test_a_reply_from_my_requests_is_not_marked(decided, subject):
    event = services.case_user_reply(case=decided.case, account=subject, body="A question", via="inbox")

    assert "may_be_appeal" not in event.data


def test_another_reviewer_cannot_open_the_appeal_on_a_case_someone_holds(decided, reviewer2):
    event = _reply_to_the_decision_email(decided)

    with pytest.raises(CaseError, match="claimed by Rita Reviewer"):
        services.appeal_open_from_reply(event=event, reviewer=reviewer2)

    assert not Appeal.objects.exists()
