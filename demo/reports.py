"""Demo: the demo client has filed a report about a freelancer they worked with
(it opens a case whose source is "user report"), a reviewer has written to them
about it and they answered in the report's thread; and the demo freelancer has
reported someone detection had already found (the report joins that case)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q

from accounts.models import User
from cases.models import Case
from contracts.models import Contract, Message
from detection.kinds import Kind
from reports.models import AbuseReport
from reports.services import ReportRefused, report_file, report_message_reporter, report_note_add

REPORTER_EMAIL = "client@example.com"
DETAILS = (
    "After I said the logo was late, the freelancer wrote that they would refund half the price "
    "if I changed my review to five stars. I don't want to be part of that."
)


def _pick_reported(client):
    """Someone the client worked with, else any other marketplace member."""
    # Prefer an unrestricted freelancer: the demo's suspended account has its own story.
    contract = (
        Contract.objects.filter(client=client, freelancer__is_staff=False, freelancer__restriction_level="")
        .select_related("freelancer")
        .order_by("started_at", "pk")
        .first()
    )
    if contract is not None:
        return contract.freelancer, contract
    other = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=False, restriction_level="")
        .exclude(Q(pk=client.pk) | Q(kind=""))
        .order_by("pk")
        .first()
    )
    return other, None


def seed(*, stdout) -> None:
    client = get_user_model().objects.filter(email=REPORTER_EMAIL).first()
    if client is None:
        stdout.write(f"  reports: skipped, no {REPORTER_EMAIL} (run demo.accounts first)")
        return
    if AbuseReport.objects.filter(reporter=client).exists():
        stdout.write("  reports: the demo report is already there")
        return
    reported, contract = _pick_reported(client)
    if reported is None:
        stdout.write("  reports: skipped, no other marketplace member to report")
        return
    messages = []
    if contract is not None:
        messages = list(Message.objects.filter(contract=contract, sender=reported, recipient=client)[:1])
    try:
        report = report_file(
            reporter=client,
            reported=reported,
            reason=AbuseReport.Reason.PAID_FEEDBACK,
            details=DETAILS,
            contract=contract,
            messages=messages,
        )
    except ReportRefused as exc:
        stdout.write(f"  reports: skipped ({exc.message})")
        return
    stdout.write(f"  reports: report #{report.pk} by {client.email} about {reported.email}")
    reviewer = User.objects.filter(email="reviewer@example.com").first()
    if reviewer is None:
        stdout.write("  reports: no demo reviewer to write to the reporter (run demo.accounts first)")
        return
    report_message_reporter(
        report=report,
        actor=reviewer,
        body=(
            "Thank you for your report. Could you tell us roughly when the refund was offered, and whether "
            "you received any money? Add it to this report: it reaches us directly."
        ),
    )
    report_note_add(
        report=report,
        author=client,
        body="It was on the day I complained about the delay. I didn't accept and received nothing.",
    )
    stdout.write(f"  reports: {reviewer.email} wrote to the reporter, who answered in the thread")
    _report_into_a_detected_case(stdout)


def _report_into_a_detected_case(stdout) -> None:
    """The demo freelancer reports a threat from someone detection already found: the
    report joins that case, which then counts as a user report too."""
    freelancer = User.objects.filter(email="freelancer@example.com").first()
    case = (
        Case.objects.filter(kind=Kind.FEEDBACK_EXTORTION, status__in=Case.OPEN_STATUSES, source=Case.Source.DETECTION)
        .exclude(case_subjects__account=freelancer)
        .order_by("pk")
        .first()
    )
    if freelancer is None or case is None:
        stdout.write("  reports: no open extortion case for the second report")
        return
    reported = case.subjects.order_by("pk").first()
    try:
        report = report_file(
            reporter=freelancer,
            reported=reported,
            reason=AbuseReport.Reason.FEEDBACK_EXTORTION,
            details="They told me they would leave one star unless I rated them five stars first.",
        )
    except ReportRefused as exc:
        stdout.write(f"  reports: second report skipped ({exc.message})")
        return
    stdout.write(f"  reports: report #{report.pk} by {freelancer.email} joined case #{report.signal.case_id}")
