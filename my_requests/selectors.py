"""Reads for My Requests. Everything here is scoped to one account and to what
that account may see: events marked ``visible_to_user`` that concern no one in
particular or this account, never internal notes, signals or other subjects."""

from __future__ import annotations

from datetime import UTC, datetime

from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce

from cases.models import Case, CaseEvent, CaseSubject
from enforcement.models import Restriction
from notifications.models import Notice
from notifications.notices import APPEAL_HEADLINE, decision_headline
from reports.selectors import reports_for_user

# Defence in depth: even if one of these were ever marked visible by mistake, the
# user side would not show it.
NEVER_SHOWN = (
    CaseEvent.Type.NOTE,
    CaseEvent.Type.SIGNAL_ATTACHED,
    CaseEvent.Type.EVIDENCE_ADDED,
    CaseEvent.Type.ASSIGNED,
    CaseEvent.Type.CLAIMED,
    CaseEvent.Type.RELEASED,
    CaseEvent.Type.STATUS_CHANGED,
    CaseEvent.Type.DECISION_PROPOSED,
    CaseEvent.Type.DECISION_REJECTED,
    CaseEvent.Type.EMAIL_BOUNCED,
    CaseEvent.Type.MESSAGE_TO_REPORTER,  # for the reporter only, in their report's thread
)

# What the user reads for a case's status.
USER_STATUS = {
    Case.Status.NEW: "Under review",
    Case.Status.IN_REVIEW: "Under review",
    Case.Status.AWAITING_USER: "Waiting for your reply",
    Case.Status.DECIDED: "Decided",
    Case.Status.APPEALED: "Appeal under review",
    Case.Status.CLOSED: "Closed",
}

_NEVER = Value(datetime(1970, 1, 1, tzinfo=UTC), output_field=DateTimeField())


def visible_events(*, account, case_id: int) -> QuerySet[CaseEvent]:
    """The thread of one case as this account may read it, oldest first."""
    return (
        CaseEvent.objects.filter(case_id=case_id, visible_to_user=True)
        .exclude(type__in=NEVER_SHOWN)
        .filter(Q(account__isnull=True) | Q(account=account))
        .order_by("created_at", "id")
    )


def _visible_for_outer_subject() -> QuerySet[CaseEvent]:
    """Visible events of the outer CaseSubject's case, for that subject."""
    return (
        CaseEvent.objects.filter(case_id=OuterRef("case_id"), visible_to_user=True)
        .exclude(type__in=NEVER_SHOWN)
        .filter(Q(account__isnull=True) | Q(account_id=OuterRef("account_id")))
    )


def subject_rows(*, account) -> QuerySet[CaseSubject]:
    """The account's requests: cases it is a subject of and has been told about (a
    visible event) or that restrict it. Annotated with ``last_event_at`` and
    ``unread``: visible events written by someone else since the user last read
    the thread (all of them if they never opened it)."""
    visible = _visible_for_outer_subject()
    unread_events = visible.filter(Q(actor__isnull=True) | ~Q(actor_id=OuterRef("account_id"))).filter(
        created_at__gt=Coalesce(OuterRef("user_last_read_at"), _NEVER)
    )
    restricts = Restriction.objects.filter(case_id=OuterRef("case_id"), account_id=OuterRef("account_id"))
    return (
        CaseSubject.objects.filter(account=account)
        .filter(Exists(visible) | Exists(restricts))
        .select_related("case")
        .annotate(
            last_event_at=Subquery(visible.order_by("-created_at").values("created_at")[:1]),
            unread=Coalesce(
                Subquery(unread_events.values("case_id").annotate(n=Count("pk")).values("n")[:1]),
                Value(0),
                output_field=IntegerField(),
            ),
        )
        .order_by("-case__updated_at", "-case_id")
    )


def subject_for_case(*, account, case_id: int) -> CaseSubject | None:
    """The account's subject row on a case it may open in My Requests, or None."""
    return subject_rows(account=account).filter(case_id=case_id).first()


def loose_notices(*, account) -> QuerySet[Notice]:
    """Notices that belong to no case and no report (those show in their thread)."""
    return Notice.objects.filter(account=account, case__isnull=True, report__isnull=True).order_by("-created_at")


def user_reports(*, account):
    """The abuse reports this account filed, newest first, with ``unread`` notices."""
    qs = reports_for_user(account)
    unread = Notice.objects.filter(report_id=OuterRef("pk"), account=account, read_at__isnull=True)
    return qs.select_related("reported").annotate(has_unread=Exists(unread)).order_by("-created_at")


def requests_summary(*, account) -> dict:
    """Counts for the dashboard: open requests and requests with unread messages."""
    rows = list(subject_rows(account=account).values_list("case__status", "unread"))
    unread_notices = loose_notices(account=account).filter(read_at__isnull=True).count()
    return {
        "total": len(rows),
        "open": sum(1 for status, _ in rows if status in Case.OPEN_STATUSES),
        "unread": sum(1 for _, n in rows if n) + unread_notices,
    }


# How an event reads in the user's thread.
USER_EVENT_LABEL = {
    CaseEvent.Type.MESSAGE_TO_USER: "Message from the Trust & Safety team",
    CaseEvent.Type.MESSAGE_FROM_USER: "You wrote",
    CaseEvent.Type.INFO_REQUESTED: "We need some information from you",
    CaseEvent.Type.DECISION: "Decision",
    CaseEvent.Type.APPEAL_OPENED: "You appealed",
    CaseEvent.Type.APPEAL_DECIDED: "Decision on your appeal",
    CaseEvent.Type.RESTRICTION_APPLIED: "Restriction applied",
    CaseEvent.Type.RESTRICTION_LIFTED: "Restriction lifted",
    CaseEvent.Type.FEEDBACK_HIDDEN: "Feedback hidden",
    CaseEvent.Type.FEEDBACK_RESTORED: "Feedback restored",
    CaseEvent.Type.OPENED: "Request opened",
    CaseEvent.Type.REOPENED: "Request reopened",
    CaseEvent.Type.CLOSED: "Request closed",
}


def event_label(event: CaseEvent) -> str:
    label = USER_EVENT_LABEL.get(event.type, event.get_type_display())
    data = event.data or {}
    if event.type == CaseEvent.Type.DECISION and data.get("rung"):
        label = decision_headline(data["rung"])
    elif event.type == CaseEvent.Type.APPEAL_DECIDED and data.get("outcome") in APPEAL_HEADLINE:
        label = APPEAL_HEADLINE[data["outcome"]]
    elif event.type == CaseEvent.Type.RESTRICTION_LIFTED and data.get("expired"):
        label = "Restriction ended"
    return label
