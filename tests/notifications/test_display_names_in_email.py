"""A name stored before names were validated, with a line break in it, no longer
stops the emails to its owner (F9): the To header is built from one clean line."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from accounts.models import User
from notifications.models import OutboundEmail
from notifications.services import outbound_email_send

pytestmark = pytest.mark.django_db


def test_a_notice_to_a_user_whose_stored_name_holds_a_line_break_is_emailed(
    case, subject, reviewer, settings, tmp_path, django_capture_on_commit_callbacks
):
    from cases.services import case_message_user

    # As an old profile form stored it, before validation (bypassing the model's checks).
    User.objects.filter(pk=subject.pk).update(name="Clara Client\r\nBcc: attacker@evil.example")
    settings.MAILERS = {
        "default": {"BACKEND": "notifications.mail_backends.EmlFileBackend", "OPTIONS": {"file_path": str(tmp_path)}}
    }
    with django_capture_on_commit_callbacks(execute=True):
        case_message_user(case=case, actor=reviewer, account=subject, body="We are looking at your case.")
    outbound = OutboundEmail.objects.get(case=case)

    sent = outbound_email_send(outbound_id=outbound.pk)

    assert sent.status == OutboundEmail.Status.SENT, sent.last_error
    (eml,) = tmp_path.glob("*.eml")
    parsed = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert str(parsed["To"]) == '"Clara Client Bcc: attacker@evil.example" <subject@test.example>'
    assert parsed["Bcc"] is None
