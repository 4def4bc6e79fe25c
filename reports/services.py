"""Writes for abuse reports: filing one turns it into a detection signal that
opens or joins a case about the reported account (never the reporter)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cases.models import Case, CaseEvent, Decision
from cases.timeline import event_add
from core.errors import DomainError
from core.permissions import require_reviewer
from core.submissions import submission_begin
from detection.kinds import Kind
from detection.services import signal_for_user_report
from notifications.models import Notice
from notifications.services import notice_create

from .models import AbuseReport, ReportNote

logger = logging.getLogger(__name__)

# Above the case threshold (DETECTION_CASE_THRESHOLD, 0.7 by default): a report
# always reaches a reviewer.
SIGNAL_SCORE = 0.75
DETAILS_MIN = 10
DETAILS_MAX = 4000
NOTE_MAX = 4000
ARTICLE = "report-abuse"

# The behaviour each reason points at (design.md); "other" stays a plain user report.
REPORTED_KIND = {
    AbuseReport.Reason.PAID_FEEDBACK: Kind.PAID_FEEDBACK,
    AbuseReport.Reason.FEEDBACK_EXTORTION: Kind.FEEDBACK_EXTORTION,
    AbuseReport.Reason.FAKE_JOB: Kind.FEEDBACK_RING,
    AbuseReport.Reason.OTHER: Kind.USER_REPORT,
}


def reports_per_day() -> int:
    return int(getattr(settings, "REPORTS_PER_DAY", 5))


class ReportRefused(DomainError):
    """A report (or a note on one) refused for a reason the user can read."""

    def __init__(self, message: str, code: str, *, existing: AbuseReport | None = None):
        super().__init__(message, code)
        self.existing = existing


# --- checks -------------------------------------------------------------------------


def report_check_references(*, reporter, reported, contract=None, messages: Iterable = ()) -> None:
    """Who may report whom, from where. Raises ReportRefused."""
    if reporter is None or not reporter.is_authenticated:
        raise ReportRefused("Log in to report someone.", "login")
    if contract is not None and reporter.pk not in contract.parties():
        raise ReportRefused(
            "You can only report from a contract you are on, about the other person on it.", "not_contract_party"
        )
    if reported is None:
        raise ReportRefused("Choose who you are reporting from a contract, a message or a profile.", "no_reported")
    if reporter.pk == reported.pk:
        raise ReportRefused("You can’t report your own account.", "self_report")
    if reported.is_staff or not reported.kind:
        raise ReportRefused(
            "Only marketplace members can be reported here. For anything about our team, write to us in My Requests.",
            "not_member",
        )
    if contract is not None and {reporter.pk, reported.pk} != set(contract.parties()):
        raise ReportRefused(
            "You can only report from a contract you are on, about the other person on it.", "not_contract_party"
        )
    for message in messages:
        if message.recipient_id != reporter.pk or message.sender_id != reported.pk:
            raise ReportRefused(
                f"You can only report messages that {reported.display_name} sent to you.", "not_message_recipient"
            )


def _check_limits(*, reporter, reported, reason: str, now) -> None:
    existing = (
        AbuseReport.objects.filter(reporter=reporter, reported=reported, reason=reason)
        .select_related("signal__case")
        .order_by("-created_at")
    )
    for report in existing[:20]:
        if report.is_open:
            raise ReportRefused(
                f"You already reported {reported.display_name} for this (“{report.get_reason_display()}”, "
                f"report #{report.pk}), and we are still looking at it. You can follow it in My Requests "
                "and add anything new to that report.",
                "duplicate",
                existing=report,
            )
    window_start = now - timedelta(days=1)
    recent = list(
        AbuseReport.objects.filter(reporter=reporter, created_at__gt=window_start)
        .order_by("created_at")
        .values_list("created_at", flat=True)
    )
    limit = reports_per_day()
    if len(recent) >= limit:
        retry_at = recent[len(recent) - limit] + timedelta(days=1)
        raise ReportRefused(
            f"You have sent {len(recent)} reports in the last 24 hours, the most we accept from one account in a day. "
            f"You can send another after {retry_at.astimezone(UTC):%d %B %Y, %H:%M} UTC. "
            "Your earlier reports are with our team.",
            "rate_limited",
        )


# --- filing -------------------------------------------------------------------------


def _explanation(report: AbuseReport, n_messages: int) -> str:
    where = []
    if report.contract_id:
        where.append(f"contract “{report.contract}”")
    if n_messages:
        where.append(f"{n_messages} message{'s' if n_messages != 1 else ''}")
    source = f" Reported from {' and '.join(where)}." if where else ""
    words = report.details if len(report.details) <= 600 else report.details[:600] + "…"
    return (
        f"User report #{report.pk}: “{report.get_reason_display()}”.{source} "
        f"In the reporter’s words: “{words}” (The reporter is not a subject of this case.)"
    )


def report_file(
    *,
    reporter,
    reported,
    reason: str,
    details: str,
    contract=None,
    messages: Iterable = (),
    submission_key: str | None = None,
) -> AbuseReport:
    """File a report: the report, its detection signal (kind ``user_report``, about
    the reported account only), routed to a case, and a notice to the reporter.
    The same form sent twice (``submission_key``) files once and returns the first
    report, marked ``replayed``."""
    details = (details or "").strip()
    messages = list(messages)
    if reason not in AbuseReport.Reason.values:
        raise ReportRefused("Choose what happened from the list.", "reason")
    if len(details) < DETAILS_MIN:
        raise ReportRefused("Tell us what happened in a sentence or two, in your own words.", "details")
    if len(details) > DETAILS_MAX:
        raise ReportRefused(f"Please keep it under {DETAILS_MAX} characters.", "details")
    report_check_references(reporter=reporter, reported=reported, contract=contract, messages=messages)

    now = timezone.now()
    with transaction.atomic():
        once = submission_begin(
            user=reporter,
            key=submission_key,
            action="reports.report_file",
            params={
                "reported": reported.pk,
                "reason": reason,
                "details": details,
                "contract": contract.pk if contract is not None else None,
                "messages": sorted(m.pk for m in messages),
            },
        )
        if once.replayed:
            return once.replay()
        # One reporter's reports are filed one at a time, so a double click or two
        # tabs cannot slip past the duplicate and daily checks together.
        get_user_model().objects.select_for_update().filter(pk=reporter.pk).values_list("pk", flat=True).first()
        _check_limits(reporter=reporter, reported=reported, reason=reason, now=now)

        report = AbuseReport.objects.create(
            reporter=reporter,
            reported=reported,
            reason=reason,
            details=details,
            contract=contract,
            created_at=now,
            updated_at=now,
        )
        if messages:
            report.messages.set(messages)

        kind = REPORTED_KIND[reason]
        evidence = []
        if contract is not None:
            evidence.append(
                {"type": "contract", "id": contract.pk, "note": f"Reported from this contract (#{report.pk})"}
            )
        evidence += [{"type": "message", "id": m.pk, "note": f"Reported message (#{report.pk})"} for m in messages]
        report.signal = signal_for_user_report(
            report_id=report.pk,
            account=reported,
            case_kind=kind,
            score=SIGNAL_SCORE,
            explanation=_explanation(report, len(messages)),
            evidence=evidence,
            data={
                "reason": reason,
                "report": report.pk,
                "reporter": reporter.pk,
                "contract": contract.pk if contract is not None else None,
                "messages": [m.pk for m in messages],
            },
        )
        report.save(update_fields=["signal"])

        notice_create(
            account=reporter,
            kind=Notice.Kind.REPORT_RECEIVED,
            subject=f"We received your report about {reported.display_name}",
            body=(
                f"Thank you for telling us. Your report #{report.pk} "
                f"(“{report.get_reason_display()}”) is with our review team.\n\n"
                "You can follow its status in My Requests: received, under review, then reviewed. "
                "We never show your report or your name to the person you reported. When the review is "
                "finished we tell you whether we took action; for everyone’s privacy we never say what it was.\n\n"
                "If something new happens, add it to this report rather than filing a new one."
            ),
            report=report,
            article_slug=ARTICLE,
        )
        once.done(report)
    return report


# --- after filing -------------------------------------------------------------------


def report_note_add(*, report: AbuseReport, author, body: str, submission_key: str | None = None) -> ReportNote:
    """The reporter adds something to an open report; reviewers see it on the case.
    The same form sent twice adds it once (``submission_key``)."""
    body = (body or "").strip()
    if author.pk != report.reporter_id:
        raise ReportRefused("Only the person who filed this report can add to it.", "not_reporter")
    if not body:
        raise ReportRefused("Write something to add.", "empty")
    if len(body) > NOTE_MAX:
        raise ReportRefused(f"Please keep it under {NOTE_MAX} characters.", "too_long")
    with transaction.atomic():
        once = submission_begin(
            user=author, key=submission_key, action="reports.note_add", params={"report": report.pk, "body": body}
        )
        if once.replayed:
            return once.replay()
        report = AbuseReport.objects.select_for_update(of=("self",)).select_related("signal__case").get(pk=report.pk)
        if not report.is_open:
            raise ReportRefused(
                "This report has been reviewed. If something new has happened, please file a new report.", "reviewed"
            )
        note = ReportNote.objects.create(report=report, author=author, body=body)
        AbuseReport.objects.filter(pk=report.pk).update(updated_at=note.created_at)
        case = report.signal.case if report.signal_id and report.signal and report.signal.case_id else None
        if case is not None:
            # Internal: the case's subject must never read the reporter's words.
            event_add(
                case=case,
                type=CaseEvent.Type.NOTE,
                body=f"The reporter added to report #{report.pk}: “{body}”",
                data={"report": report.pk, "report_note": note.pk, "from": "reporter"},
                visible_to_user=False,
            )
        once.done(note)
    return note


def report_mark_read(*, report: AbuseReport) -> None:
    """The reporter opened the thread: it and the notices shown in it are read
    (My Requests marks a report "new" while one of its notices is unread)."""
    now = timezone.now()
    with transaction.atomic():
        AbuseReport.objects.filter(pk=report.pk).update(reporter_last_read_at=now)
        Notice.objects.filter(report=report, account_id=report.reporter_id, read_at__isnull=True).update(read_at=now)
    report.reporter_last_read_at = now


def reports_sync_for_case(*, case: Case) -> int:
    """Bring the reports behind a case up to date with it and tell each reporter
    when the review is finished. Runs after every case transition (the receiver
    below); safe to call any number of times. Returns how many reports changed."""
    return reports_sync_for_cases(cases=[case])


def reports_sync_for_cases(*, cases: list[Case]) -> int:
    """``reports_sync_for_case`` for many cases, with one query for their reports."""
    changed = 0
    with transaction.atomic():
        reports = list(
            AbuseReport.objects.select_for_update(of=("self",))
            .filter(signal__case__in=cases, status__in=AbuseReport.OPEN_STATUSES)
            .select_related("signal__case", "reported", "reporter")
            .order_by("pk")
        )
        for report in reports:
            case = report.signal.case
            progress = report.progress
            if progress == AbuseReport.Progress.UNDER_REVIEW and report.status != AbuseReport.Status.UNDER_REVIEW:
                report.status = AbuseReport.Status.UNDER_REVIEW
                report.updated_at = timezone.now()
                report.save(update_fields=["status", "updated_at"])
                changed += 1
            elif progress == AbuseReport.Progress.REVIEWED:
                outcome = _outcome(case, report)
                report.status = (
                    AbuseReport.Status.ACTION_TAKEN if outcome == "action_taken" else AbuseReport.Status.CLOSED
                )
                report.reviewed_at = report.updated_at = timezone.now()
                report.save(update_fields=["status", "reviewed_at", "updated_at"])
                subject, body = report_outcome_wording(report_id=report.pk, outcome=outcome)
                notice_create(
                    account=report.reporter,
                    kind=Notice.Kind.REPORT_UPDATE,
                    subject=subject,
                    body=body,
                    report=report,
                    article_slug=ARTICLE,
                )
                changed += 1
    return changed


def _outcome(case: Case, report: AbuseReport) -> str:
    """What the review of the reported account came to on this case: a violation
    decided ("action_taken"), no violation ("no_violation"), or closed without a
    decision about them ("closed")."""
    rungs = set(
        Decision.objects.filter(
            case=case,
            account=report.reported_id,
            status=Decision.Status.APPLIED,
        ).values_list("rung", flat=True)
    )
    if rungs & set(Decision.VIOLATION_RUNGS):
        return "action_taken"
    if Decision.Rung.NO_VIOLATION in rungs:
        return "no_violation"
    return "closed"


# What the reporter reads when the review is finished: the outcome in a few words,
# never who else the case concerned, what was decided about them, or any rung.
REPORT_OUTCOME = {
    "action_taken": (
        "we took action",
        "Our review team has finished looking into your report and took action under our feedback policy.",
    ),
    "no_violation": (
        "we found no violation",
        "Our review team has finished looking into your report and found no violation of our feedback policy.",
    ),
    "closed": (
        "we closed it without action",
        "Our review team has finished looking into your report and closed it without taking action.",
    ),
}


def report_outcome_wording(*, report_id: int, outcome: str) -> tuple[str, str]:
    """The subject and body of the notice that tells a reporter how their report ended."""
    headline, first = REPORT_OUTCOME[outcome]
    body = [
        first,
        "For everyone’s privacy we don’t share who was involved or what we did. Thank you for reporting: "
        "it helps keep feedback honest for everyone.",
    ]
    if outcome != "action_taken":
        body.append("If something new happens, please send us a new report.")
    return f"Your report #{report_id}: {headline}", "\n\n".join(body)


REPORTER_MESSAGE_SUBJECT = "A message from our review team about your report"
REPLAY_WINDOW = timedelta(minutes=10)


def report_message_reporter(*, report: AbuseReport, actor, body: str) -> Notice:
    """A reviewer writes to the person who filed a report (a question, a thank-you,
    what to do next). The reporter reads it in their report's thread in My
    Requests and by email; the case gets an internal event, never shown to its
    subjects. Nothing of the case is shared with the reporter but these words. The
    same message sent again within minutes returns the first, marked ``replayed``."""
    require_reviewer(actor)
    body = (body or "").strip()
    if not body:
        raise ReportRefused("Write the message before sending it.", "empty")
    if len(body) > NOTE_MAX:
        raise ReportRefused(f"Please keep it under {NOTE_MAX} characters.", "too_long")
    with transaction.atomic():
        locked = (
            AbuseReport.objects.select_for_update(of=("self",))
            .select_related("reporter", "signal__case")
            .get(pk=report.pk)
        )
        # The same words again within minutes (a double click, a resent form): the first stands.
        first = (
            Notice.objects.filter(
                report=locked,
                subject__startswith=REPORTER_MESSAGE_SUBJECT,
                body=body,
                created_at__gte=timezone.now() - REPLAY_WINDOW,
            )
            .order_by("created_at")
            .first()
        )
        if first is not None:
            first.replayed = True
            return first
        notice = notice_create(
            account=locked.reporter,
            kind=Notice.Kind.REPORT_UPDATE,
            subject=f"{REPORTER_MESSAGE_SUBJECT} #{locked.pk}",
            body=body,
            report=locked,
            article_slug=ARTICLE,
        )
        case = locked.signal.case if locked.signal_id and locked.signal and locked.signal.case_id else None
        if case is not None:
            event_add(
                case=case,
                type=CaseEvent.Type.MESSAGE_TO_REPORTER,
                actor=actor,
                body=body,
                data={"report": locked.pk, "notice": notice.pk, "reporter": locked.reporter_id},
                visible_to_user=False,
            )
        AbuseReport.objects.filter(pk=locked.pk).update(updated_at=notice.created_at)
    return notice


def on_case_status_changed(sender, *, case: Case, **kwargs) -> None:
    """Receiver of ``cases.signals.case_status_changed`` (ReportsConfig.ready): reporters
    follow the case behind their report, without seeing it."""
    reports_sync_for_case(case=case)


def on_cases_status_changed(sender, *, changes: list, **kwargs) -> None:
    """Receiver of ``cases.signals.cases_status_changed``: the same for many cases at once."""
    reports_sync_for_cases(cases=[case for case, _from, _to in changes])
