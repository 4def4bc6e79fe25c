"""A report, or a note added to one, sent twice arrives once (F4)."""

from __future__ import annotations

import pytest

from reports.models import AbuseReport, ReportNote
from reports.services import report_note_add
from tests.concurrency import postgres_only, race
from tests.submissions import keyed

pytestmark = pytest.mark.django_db


def test_a_report_filed_twice_from_one_form_is_filed_once_and_the_second_answer_opens_it(
    client, client_user, subject, contract, bribe
):
    client.force_login(client_user)
    form = keyed(
        {
            "user": subject.pk,
            "contract": contract.pk,
            "message": bribe.pk,
            "reason": "paid_feedback",
            "details": "Offered a refund for five stars.",
        }
    )

    client.post("/report/new/", form)
    second = client.post("/report/new/", form, follow=True)

    report = AbuseReport.objects.get()
    assert second.redirect_chain[-1][0] == f"/report/{report.pk}/"
    assert f"This report was already sent (report #{report.pk}); it was not sent again." in second.content.decode()


def test_a_note_added_twice_to_a_report_is_added_once(client, client_user, subject, file_report):
    report = file_report(client_user, subject)
    client.force_login(client_user)
    form = keyed({"body": "They wrote again today."})

    client.post(f"/report/{report.pk}/add/", form)
    second = client.post(f"/report/{report.pk}/add/", form, follow=True)

    assert ReportNote.objects.filter(report=report).count() == 1
    assert "This was already added to your report; it was not added again." in second.content.decode()


def test_the_reports_api_replays_a_request_sent_again_with_its_idempotency_key(client, client_user, subject):
    client.force_login(client_user)
    payload = {"reported": subject.pk, "reason": "paid_feedback", "details": "Refund offered for five stars."}

    first = client.post("/api/v1/reports/", payload, content_type="application/json", headers={"Idempotency-Key": "r1"})
    again = client.post("/api/v1/reports/", payload, content_type="application/json", headers={"Idempotency-Key": "r1"})

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert AbuseReport.objects.count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_report_note_sent_three_times_at_once_is_added_once(client_user, subject, file_report):
    report = file_report(client_user, subject)

    def add():
        return report_note_add(report=report, author=client_user, body="More detail", submission_key="note-form")

    results = race([add] * 3)

    assert all(isinstance(r, ReportNote) for r in results), results
    assert ReportNote.objects.count() == 1
