"""Filing a report: the report, its signal, the case it opens or joins, the notice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cases.models import Case, CaseEvent
from detection.kinds import Kind
from detection.models import Signal
from notifications.models import Notice
from reports.models import AbuseReport
from reports.services import ReportRefused


def test_a_report_becomes_a_signal_about_the_reported_account_only(file_report, client_user, subject, contract, bribe):
    report = file_report(client_user, subject, contract=contract, messages=[bribe])
    signal = Signal.objects.get(pk=report.signal_id)
    assert signal.kind == Kind.USER_REPORT
    assert signal.detector == "user_report"
    assert signal.fingerprint == f"user_report:{report.pk}"
    assert signal.score >= 0.7
    assert signal.data["reported_kind"] == Kind.PAID_FEEDBACK
    assert list(signal.accounts.all()) == [subject]
    assert {"type": "contract", "id": contract.pk} in [{k: e[k] for k in ("type", "id")} for e in signal.evidence]
    assert {"type": "message", "id": bribe.pk} in [{k: e[k] for k in ("type", "id")} for e in signal.evidence]
    assert "Offered payment, a refund or free work for feedback" in signal.explanation
    assert "They offered me money for a review." in signal.explanation


def test_the_report_keeps_the_reporters_words_and_references(file_report, client_user, subject, contract, bribe):
    report = file_report(client_user, subject, contract=contract, messages=[bribe], details="  Refund for 5 stars.  ")
    report.refresh_from_db()
    assert report.details == "Refund for 5 stars."
    assert report.contract == contract
    assert list(report.messages.all()) == [bribe]
    assert report.status == AbuseReport.Status.RECEIVED


def test_the_signal_opens_a_case_with_the_reported_account_as_its_only_subject(
    file_report, client_user, subject, contract, bribe
):
    report = file_report(client_user, subject, contract=contract, messages=[bribe])
    case = Case.objects.get(signals__report=report)
    assert list(case.subjects.all()) == [subject]
    assert case.source == Case.Source.REPORT
    assert case.kind == Kind.PAID_FEEDBACK
    assert case.evidence.filter(kind="contract", object_id=contract.pk).exists()
    assert case.evidence.filter(kind="message", object_id=bribe.pk).exists()
    assert case.events.filter(type=CaseEvent.Type.SIGNAL_ATTACHED).exists()


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("paid_feedback", Kind.PAID_FEEDBACK),
        ("feedback_extortion", Kind.FEEDBACK_EXTORTION),
        ("fake_job", Kind.FEEDBACK_RING),
        ("other", Kind.USER_REPORT),
    ],
)
def test_each_reason_carries_its_kind(file_report, client_user, subject, reason, kind):
    report = file_report(client_user, subject, reason=reason)
    assert report.signal.data["reported_kind"] == kind
    assert report.signal.case.kind == kind


def test_a_second_report_about_the_same_account_joins_the_open_case(file_report, client_user, subject, bystander):
    first = file_report(client_user, subject)
    second = file_report(bystander, subject, details="Same freelancer offered me a bonus for five stars.")
    assert first.signal.case_id == second.signal.case_id
    case = Case.objects.get(pk=first.signal.case_id)
    assert list(case.subjects.all()) == [subject]  # neither reporter becomes a subject


def test_the_reporter_is_told_their_report_arrived(file_report, client_user, subject):
    report = file_report(client_user, subject)
    notice = Notice.objects.get(report=report)
    assert notice.account == client_user
    assert notice.kind == "report_received"
    assert notice.article_slug == "report-abuse"
    assert subject.display_name in notice.subject
    assert not Notice.objects.filter(account=subject).exists()


def test_a_report_with_no_contract_or_message_is_fine(file_report, client_user, bystander):
    report = file_report(client_user, bystander, reason="other", details="Their profile lists reviews from friends.")
    assert report.signal.evidence == []
    assert report.signal.case is not None


# --- who may report whom --------------------------------------------------------------


def test_nobody_can_report_themselves(file_report, subject):
    with pytest.raises(ReportRefused) as exc:
        file_report(subject, subject)
    assert exc.value.code == "self_report"
    assert AbuseReport.objects.count() == 0


def test_only_a_party_can_report_from_a_contract(file_report, bystander, subject, contract):
    with pytest.raises(ReportRefused) as exc:
        file_report(bystander, subject, contract=contract)
    assert exc.value.code == "not_contract_party"


def test_the_reported_person_must_be_the_other_party(file_report, client_user, bystander, contract):
    with pytest.raises(ReportRefused) as exc:
        file_report(client_user, bystander, contract=contract)
    assert exc.value.code == "not_contract_party"


def test_only_the_recipient_can_report_a_message(file_report, bystander, subject, bribe):
    with pytest.raises(ReportRefused) as exc:
        file_report(bystander, subject, messages=[bribe])
    assert exc.value.code == "not_message_recipient"


def test_a_sender_cannot_report_the_recipient_with_their_own_message(file_report, client_user, subject, bribe):
    with pytest.raises(ReportRefused) as exc:
        file_report(subject, client_user, messages=[bribe])
    assert exc.value.code == "not_message_recipient"


def test_staff_cannot_be_reported_here(file_report, client_user, reviewer):
    with pytest.raises(ReportRefused) as exc:
        file_report(client_user, reviewer)
    assert exc.value.code == "not_member"


def test_the_reporter_must_say_what_happened(file_report, client_user, subject):
    with pytest.raises(ReportRefused) as exc:
        file_report(client_user, subject, details="bad")
    assert exc.value.code == "details"


# --- duplicates and the daily limit ---------------------------------------------------


def test_the_same_report_twice_while_open_is_refused_clearly(file_report, client_user, subject):
    first = file_report(client_user, subject)
    with pytest.raises(ReportRefused) as exc:
        file_report(client_user, subject, details="Again: money for a review.")
    assert exc.value.code == "duplicate"
    assert exc.value.message.startswith(f"You already reported {subject.display_name}")
    assert exc.value.existing == first
    assert AbuseReport.objects.count() == 1


def test_a_different_reason_about_the_same_person_is_a_new_report(file_report, client_user, subject):
    file_report(client_user, subject)
    file_report(client_user, subject, reason="feedback_extortion", details="Now they threaten me with one star.")
    assert AbuseReport.objects.count() == 2


def test_once_the_case_is_closed_the_same_report_can_be_filed_again(file_report, client_user, subject, reviewer):
    from cases.services import case_close

    first = file_report(client_user, subject)
    case_close(case=first.signal.case, actor=reviewer, reason="Nothing found")
    again = file_report(client_user, subject, details="It happened again this week.")
    assert again.pk != first.pk


def test_more_than_the_daily_limit_is_refused(file_report, client_user, settings):
    from tests.conftest import make_user

    settings.REPORTS_PER_DAY = 2
    people = [make_user(f"f{i}@test.example") for i in range(3)]
    file_report(client_user, people[0])
    file_report(client_user, people[1])
    with pytest.raises(ReportRefused) as exc:
        file_report(client_user, people[2])
    assert exc.value.code == "rate_limited"
    assert "2 reports in the last 24 hours" in exc.value.message
    assert "UTC" in exc.value.message


def test_the_daily_limit_is_a_rolling_24_hours(file_report, client_user, settings):
    from tests.conftest import make_user

    settings.REPORTS_PER_DAY = 1
    a, b = make_user("a@test.example"), make_user("b@test.example")
    old = file_report(client_user, a)
    AbuseReport.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=25))
    assert file_report(client_user, b).pk
