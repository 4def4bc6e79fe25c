"""anymail tracking webhooks (Mailgun's signed format) update the outbox; a bounce
flags the case once."""

import time

from cases.models import Case, CaseEvent
from notifications.models import OutboundEmail


def _event(outbound, event, **extra):
    return {
        "event": event,
        "timestamp": time.time(),
        "id": f"evt-{event}-{outbound.pk}",
        "recipient": outbound.to_email,
        "message": {"headers": {"message-id": outbound.esp_message_id or outbound.message_id.strip("<>")}},
        "user-variables": {"outbound_email": str(outbound.pk)},
        **extra,
    }


def test_delivered_event_marks_the_email_delivered(sent_email, mailgun):
    assert mailgun.tracking(_event(sent_email, "delivered")).status_code == 200
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.DELIVERED
    assert sent_email.events[-1]["type"] == "esp_delivered"


def test_a_bounce_flags_the_case_and_writes_the_timeline_once(sent_email, mailgun, case):
    bounce = _event(
        sent_email,
        "failed",
        severity="permanent",
        reason="bounce",
        **{"delivery-status": {"code": 550, "message": "550 5.1.1 The email account does not exist"}},
    )
    assert mailgun.tracking(bounce).status_code == 200
    assert mailgun.tracking(bounce).status_code == 200  # ESPs redeliver webhooks
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.BOUNCED
    assert Case.objects.get(pk=case.pk).notice_undeliverable
    (event,) = CaseEvent.objects.filter(case=case, type=CaseEvent.Type.EMAIL_BOUNCED)
    assert "5.1.1" in event.body and event.data["notice_kind"] == "info_request"
    assert not event.visible_to_user


def test_a_late_delivered_event_does_not_undo_a_bounce(sent_email, mailgun):
    mailgun.tracking(_event(sent_email, "failed", severity="permanent", reason="bounce"))
    mailgun.tracking(_event(sent_email, "delivered"))
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.BOUNCED


def test_a_temporary_failure_is_only_recorded(sent_email, mailgun, case):
    mailgun.tracking(_event(sent_email, "failed", severity="temporary", reason="generic"))
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.SENT
    assert not Case.objects.get(pk=case.pk).notice_undeliverable


def test_complaint_is_recorded_without_flagging_the_case(sent_email, mailgun, case):
    mailgun.tracking(_event(sent_email, "complained"))
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.COMPLAINED
    assert not Case.objects.get(pk=case.pk).notice_undeliverable


def test_forged_tracking_webhooks_are_refused(sent_email, mailgun):
    bounce = _event(sent_email, "failed", severity="permanent", reason="bounce")
    assert mailgun.tracking(bounce, key="not-the-signing-key").status_code == 400
    assert mailgun.tracking(bounce, auth=mailgun.basic_auth("hook:guessed")).status_code == 400
    sent_email.refresh_from_db()
    assert sent_email.status == OutboundEmail.Status.SENT
