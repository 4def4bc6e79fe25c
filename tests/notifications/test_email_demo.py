import io

from cases.models import CaseEvent
from demo.notifications import seed
from inbound_mail.models import InboundEmail
from notifications.models import OutboundEmail


def test_demo_step_is_harmless_without_cases(db):
    out = io.StringIO()
    seed(stdout=out)
    assert "skipping the demo replies" in out.getvalue()
    assert InboundEmail.objects.count() == 0


def test_demo_sends_notices_as_eml_files_and_ingests_two_replies_once(notice_email, case, settings, tmp_path):
    settings.MAILERS = {
        "default": {"BACKEND": "notifications.mail_backends.EmlFileBackend", "OPTIONS": {"file_path": str(tmp_path)}}
    }
    seed(stdout=io.StringIO())
    seed(stdout=io.StringIO())  # idempotent

    assert len(list(tmp_path.glob("*.eml"))) == 1
    notice_email.refresh_from_db()
    assert notice_email.status == OutboundEmail.Status.SENT
    statuses = sorted(InboundEmail.objects.values_list("status", flat=True))
    assert statuses == [InboundEmail.Status.QUARANTINED, InboundEmail.Status.THREADED]
    (reply,) = CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER)
    assert "belongs to my cousin" in reply.body and "Reply above this line" in reply.data["original_text"]
