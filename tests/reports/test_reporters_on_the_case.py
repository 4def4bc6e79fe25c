"""Cases a user reported keep "user report" as their source beside the reported
behaviour (queue, API, dashboard); a reviewer writes to the reporter from the case;
the reporter's thread says how the review ended without anyone's private data."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from cases import services
from cases.dashboard import queue_health
from cases.models import Case, CaseEvent
from detection.kinds import Kind
from detection.models import Signal
from notifications.models import OutboundEmail
from reports.models import AbuseReport


@pytest.fixture
def reported_case(file_report, client_user, subject, contract, bribe):
    report = file_report(client_user, subject, contract=contract, messages=[bribe])
    return report, Case.objects.get(signals__report=report)


def _queue(client, **params):
    return client.get(reverse("cases:queue"), params).content.decode()


def test_a_report_opened_case_is_filtered_and_counted_as_a_user_report_beside_its_kind(
    client, reviewer, reported_case, bystander
):
    report, case = reported_case
    detected = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[bystander], source=Case.Source.DETECTION)
    client.force_login(reviewer)

    by_source = _queue(client, source="report")
    assert f'href="/portal/cases/{case.pk}/"' in by_source
    assert f'href="/portal/cases/{detected.pk}/"' not in by_source
    assert 'data-testid="source-report"' in by_source
    by_kind = _queue(client, kind="paid_feedback")
    assert f'href="/portal/cases/{case.pk}/"' in by_kind and f'href="/portal/cases/{detected.pk}/"' in by_kind

    api = APIClient()
    api.force_login(reviewer)
    ids = [row["id"] for row in api.get("/api/v1/cases/", {"source": "report"}).json()["results"]]
    assert ids == [case.pk]

    health = queue_health()
    assert health["reported_open"] == 1
    assert "User report (opened or joined by one): 1" in health["source_chart"]
    assert "Paid feedback: 2" in health["kind_chart"]


def test_a_report_that_joins_a_detected_case_makes_it_a_user_report_too(
    client, reviewer, file_report, client_user, subject
):
    signal = Signal.objects.create(
        kind=Kind.PAID_FEEDBACK, detector="paid_feedback", fingerprint="found", score=0.9, explanation="Refund offer"
    )
    signal.accounts.set([subject])
    case = services.signal_route(signal=signal)
    assert case.source == Case.Source.DETECTION

    file_report(client_user, subject)

    assert Case.objects.count() == 1
    client.force_login(reviewer)
    assert f'href="/portal/cases/{case.pk}/"' in _queue(client, source="report")
    assert f'href="/portal/cases/{case.pk}/"' in _queue(client, source="detection")
    assert queue_health()["reported_open"] == 1


def test_a_reviewer_writes_to_the_reporter_who_reads_it_in_the_thread_and_by_email(
    client, reviewer, reported_case, client_user, subject, django_capture_on_commit_callbacks
):
    report, case = reported_case
    client.force_login(reviewer)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert 'data-testid="case-reporters"' in page and f"Report #{report.pk}" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reports:message_reporter", args=[report.pk]),
            {"body": "Thank you. Could you tell us the date of the refund offer?"},
        )
    assert response.status_code == 302 and response.url.endswith(f"/portal/cases/{case.pk}/#reporters")

    event = case.events.get(type=CaseEvent.Type.MESSAGE_TO_REPORTER)
    assert event.visible_to_user is False and event.actor == reviewer and event.data["report"] == report.pk
    email = OutboundEmail.objects.get(notice__report=report, notice__subject__startswith="A message")
    assert email.to_email == client_user.email and email.case_id is None
    assert email.subject == f"A message from our review team about your report #{report.pk}"
    assert "Could you tell us the date of the refund offer?" in email.body_text
    assert f"/report/{report.pk}/" in email.body_text  # the link opens the report's thread

    client.force_login(client_user)
    thread = client.get(report.get_absolute_url()).content.decode()
    assert "Could you tell us the date of the refund offer?" in thread

    client.force_login(subject)  # the reported account never sees it
    assert "refund offer?" not in client.get(reverse("inbox:case", args=[case.pk])).content.decode()


def test_only_reviewers_write_to_reporters(client, reported_case, bystander):
    report, _ = reported_case
    client.force_login(bystander)
    response = client.post(reverse("reports:message_reporter", args=[report.pk]), {"body": "Hello"})
    assert response.status_code in (302, 403)
    assert not report.notices.filter(subject__startswith="A message from").exists()


@pytest.mark.parametrize(
    ("rung", "status", "subject_end", "first_sentence"),
    [
        (
            "suspension",
            AbuseReport.Status.ACTION_TAKEN,
            "we took action",
            "Our review team has finished looking into your report and took action under our feedback policy.",
        ),
        (
            "no_violation",
            AbuseReport.Status.CLOSED,
            "we found no violation",
            "Our review team has finished looking into your report and found no violation of our feedback policy.",
        ),
    ],
)
def test_the_reporters_outcome_says_what_happened_without_names_or_rungs(
    reported_case, reviewer, subject, rung, status, subject_end, first_sentence
):
    report, case = reported_case
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(case=case, account=subject, rung=rung, reason="Decided.", actor=reviewer)

    report.refresh_from_db()
    assert report.status == status
    notice = report.notices.get(kind="report_update")
    assert notice.subject == f"Your report #{report.pk}: {subject_end}"
    assert notice.body.startswith(first_sentence)
    for private in (subject.display_name, subject.email, "suspen", "Suspen", "block", "No violation"):
        assert private not in notice.subject + notice.body


def test_a_report_closed_without_a_decision_says_so(reported_case, reviewer):
    report, case = reported_case
    services.case_claim(case=case, reviewer=reviewer)
    services.case_close(case=case, actor=reviewer, reason="Duplicate of another case.")
    notice = report.notices.get(kind="report_update")
    assert notice.subject == f"Your report #{report.pk}: we closed it without action"


def test_the_same_message_to_a_reporter_sent_twice_goes_out_once(client, reviewer, reported_case):
    report, case = reported_case
    client.force_login(reviewer)
    url = reverse("reports:message_reporter", args=[report.pk])
    client.post(url, {"body": "Thanks for the details."})
    second = client.post(url, {"body": "Thanks for the details."}, follow=True)
    assert "already sent to the reporter" in second.content.decode()
    assert report.notices.filter(subject__startswith="A message from our review team").count() == 1
    assert case.events.filter(type=CaseEvent.Type.MESSAGE_TO_REPORTER).count() == 1
