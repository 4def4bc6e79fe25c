"""What the reporter sees: the form, the thread page, My Requests data and the API."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from cases.models import CaseEvent
from cases.services import case_claim, case_close
from notifications.models import Notice
from reports.models import AbuseReport, ReportNote
from reports.selectors import reports_for_user
from reports.services import ReportRefused, report_note_add, reports_sync_for_case
from tests.submissions import keyed

# --- the form ---------------------------------------------------------------------------


def test_the_form_from_a_contract_names_the_other_party(client, client_user, subject, contract):
    client.force_login(client_user)
    html = client.get(f"/report/new/?contract={contract.pk}").content.decode()
    assert f"Report {subject.display_name}" in html
    assert contract.title in html
    assert 'name="reason"' in html


def test_the_form_from_a_message_reports_its_sender(client, client_user, subject, bribe):
    client.force_login(client_user)
    html = client.get(f"/report/new/?message={bribe.pk}").content.decode()
    assert f"Report {subject.display_name}" in html and "refund $50" in html


def test_filing_through_the_form_leads_to_the_thread(client, client_user, subject, contract, bribe):
    client.force_login(client_user)
    response = client.post(
        "/report/new/",
        keyed(
            {
                "user": subject.pk,
                "contract": contract.pk,
                "message": bribe.pk,
                "reason": "paid_feedback",
                "details": "Offered a refund for five stars.",
            }
        ),
    )
    report = AbuseReport.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/report/{report.pk}/"
    assert list(report.messages.all()) == [bribe] and report.contract == contract


def test_the_form_shows_a_duplicate_refusal_with_a_link(client, client_user, subject, file_report):
    first = file_report(client_user, subject)
    client.force_login(client_user)
    html = client.post(
        "/report/new/", keyed({"user": subject.pk, "reason": "paid_feedback", "details": "Again, money for stars."})
    ).content.decode()
    assert "You already reported" in html
    assert f'href="/report/{first.pk}/"' in html
    assert AbuseReport.objects.count() == 1


def test_the_form_refuses_reporting_yourself(client, subject):
    client.force_login(subject)
    response = client.get(f"/report/new/?user={subject.pk}")
    assert response.status_code == 403
    assert "You can’t report your own account." in response.content.decode()


def test_someone_elses_contract_is_not_found_on_the_form(client, bystander, contract):
    client.force_login(bystander)
    response = client.get(f"/report/new/?contract={contract.pk}")
    assert response.status_code == 404


def test_the_form_needs_a_login(client, subject):
    response = client.get(f"/report/new/?user={subject.pk}")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_form_requires_a_reason_and_words(client, client_user, subject):
    client.force_login(client_user)
    html = client.post("/report/new/", {"user": subject.pk}).content.decode()
    assert "Choose what happened." in html
    assert AbuseReport.objects.count() == 0


# --- the thread page ------------------------------------------------------------------


def test_the_reporter_sees_the_report_and_its_status(client, client_user, subject, file_report):
    report = file_report(client_user, subject)
    client.force_login(client_user)
    response = client.get(f"/report/{report.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "They offered me money for a review." in html
    assert 'data-testid="report-status">Received<' in html
    assert "We received your report" in html  # the notice, in the thread
    # The reporter never sees the case behind it.
    assert "/portal/" not in html and f"Case #{report.signal.case_id}" not in html
    report.refresh_from_db()
    assert report.reporter_last_read_at is not None
    assert not Notice.objects.filter(report=report, read_at__isnull=True).exists()


def test_nobody_else_can_open_a_report(client, client_user, subject, bystander, reviewer, file_report):
    report = file_report(client_user, subject)
    for other in (subject, bystander):
        client.force_login(other)
        assert client.get(f"/report/{report.pk}/").status_code == 404
    client.logout()
    assert client.get(f"/report/{report.pk}/").status_code == 302


def test_status_follows_the_case_without_showing_it(client_user, subject, reviewer, file_report):
    report = file_report(client_user, subject)
    case = report.signal.case
    assert reports_for_user(client_user).get().progress == "received"
    case_claim(case=case, reviewer=reviewer)
    assert reports_for_user(client_user).get().progress == "under_review"
    case_close(case=case, actor=reviewer, reason="Reviewed")
    row = reports_for_user(client_user).get()
    assert (row.progress, row.progress_label) == ("reviewed", "Reviewed")


def test_reports_for_user_lists_only_ones_own_in_one_query(
    client_user, subject, bystander, file_report, django_assert_num_queries
):
    mine = file_report(client_user, subject)
    file_report(bystander, subject, details="Also offered me a bonus for a review.")
    with django_assert_num_queries(1):  # reports + reported + contract + signal + case, joined
        rows = list(reports_for_user(client_user))
        assert [(r.pk, r.progress, r.reported.display_name, r.get_absolute_url()) for r in rows] == [
            (mine.pk, "received", subject.display_name, f"/report/{mine.pk}/")
        ]


def test_the_case_lifecycle_keeps_the_report_in_step_and_tells_the_reporter_once(
    client_user, subject, reviewer, file_report
):
    report = file_report(client_user, subject)
    case = report.signal.case
    case_claim(case=case, reviewer=reviewer)
    report.refresh_from_db()
    assert report.status == AbuseReport.Status.UNDER_REVIEW
    case_close(case=case, actor=reviewer, reason="Nothing found")
    assert reports_sync_for_case(case=case) == 0  # the transition already synced
    report.refresh_from_db()
    assert report.status == AbuseReport.Status.CLOSED and report.reviewed_at
    update = Notice.objects.get(report=report, kind="report_update")
    assert update.account == client_user


def test_the_reporter_can_add_to_an_open_report(client, client_user, subject, file_report):
    report = file_report(client_user, subject)
    client.force_login(client_user)
    response = client.post(f"/report/{report.pk}/add/", keyed({"body": "They wrote again today."}))
    assert response.status_code == 302
    assert ReportNote.objects.get(report=report).body == "They wrote again today."
    event = report.signal.case.events.get(type=CaseEvent.Type.NOTE)
    assert "They wrote again today." in event.body and not event.visible_to_user
    assert "They wrote again today." in client.get(f"/report/{report.pk}/").content.decode()


def test_nobody_else_can_add_to_a_report(client, client_user, subject, file_report):
    report = file_report(client_user, subject)
    client.force_login(subject)
    assert client.post(f"/report/{report.pk}/add/", {"body": "Lies"}).status_code == 404
    with pytest.raises(ReportRefused) as exc:
        report_note_add(report=report, author=subject, body="Lies")
    assert exc.value.code == "not_reporter"
    assert not ReportNote.objects.exists()


def test_the_list_of_ones_reports(client, client_user, subject, file_report):
    report = file_report(client_user, subject)
    client.force_login(client_user)
    html = client.get("/report/").content.decode()
    assert f'href="/report/{report.pk}/"' in html and "Received" in html


# --- the report link fragment -----------------------------------------------------------


def render_link(viewer, reported, **extra) -> str:
    return Template('{% include "reports/report_link.html" %}').render(
        Context({"user": viewer, "reported": reported, **extra})
    )


def test_the_report_link_points_at_the_form(client_user, subject, contract, bribe):
    html = render_link(client_user, subject, contract=contract, message=bribe)
    assert f'href="/report/new/?user={subject.pk}&amp;contract={contract.pk}&amp;message={bribe.pk}"' in html
    assert "Report" in html


def test_no_report_link_for_oneself_or_staff(subject, reviewer):
    assert "report-link" not in render_link(subject, subject)
    assert "report-link" not in render_link(reviewer, subject)


# --- the API ----------------------------------------------------------------------------


def test_filing_through_the_api(client, client_user, subject, contract, bribe):
    client.force_login(client_user)
    response = client.post(
        "/api/v1/reports/",
        {
            "reported": subject.pk,
            "reason": "paid_feedback",
            "details": "Refund offered for five stars.",
            "contract": contract.pk,
            "messages": [bribe.pk],
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "received" and body["reported"] == subject.pk and body["messages"] == [bribe.pk]
    assert body["url"] == f"/report/{body['id']}/"
    assert "case" not in body and "signal" not in body


def test_api_refusals_carry_stable_codes(client, client_user, subject):
    client.force_login(client_user)
    payload = {"reported": subject.pk, "reason": "paid_feedback", "details": "Refund offered for five stars."}
    assert client.post("/api/v1/reports/", payload, content_type="application/json").status_code == 201
    again = client.post("/api/v1/reports/", payload, content_type="application/json")
    assert again.status_code == 409 and again.json()["code"] == "duplicate"
    me = client.post("/api/v1/reports/", payload | {"reported": client_user.pk}, content_type="application/json")
    assert me.status_code == 400 and me.json()["code"] == "self_report"


def test_the_api_lists_only_ones_own_reports(client, client_user, subject, bystander, file_report):
    file_report(bystander, subject)
    mine = file_report(client_user, subject)
    client.force_login(client_user)
    assert [r["id"] for r in client.get("/api/v1/reports/").json()["results"]] == [mine.pk]
    client.force_login(bystander)
    assert client.get(f"/api/v1/reports/{mine.pk}/").status_code == 404


def test_the_api_needs_a_login(client, db):
    assert client.post("/api/v1/reports/", {}, content_type="application/json").status_code in (401, 403)
