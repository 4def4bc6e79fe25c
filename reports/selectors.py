"""Reads for abuse reports, as their reporter sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, QuerySet

from contracts.models import Message
from notifications.models import Notice

from .models import AbuseReport


def reports_for_user(user) -> QuerySet[AbuseReport]:
    """The reports this user filed, newest first, for My Requests.

    Each row knows its ``progress`` / ``progress_label`` (received, under review,
    reviewed) and its ``get_absolute_url()`` (the thread page) with no further
    query. Never exposes the case behind a report.
    """
    if user is None or not user.is_authenticated:
        return AbuseReport.objects.none()
    return (
        AbuseReport.objects.filter(reporter=user)
        .select_related("reported", "contract", "signal__case")
        .order_by("-created_at", "-id")
    )


def reports_for_case(case) -> QuerySet[AbuseReport]:
    """The reports behind a case (their signals joined it), for its reviewers."""
    return (
        AbuseReport.objects.filter(signal__case=case)
        .select_related("reporter", "reported", "signal__case")
        .order_by("created_at", "id")
    )


def report_for_reporter(user, pk: int) -> AbuseReport | None:
    """One report, only for the person who filed it."""
    return (
        reports_for_user(user)
        .prefetch_related(Prefetch("messages", queryset=Message.objects.order_by("sent_at", "id")))
        .filter(pk=pk)
        .first()
    )


@dataclass(frozen=True)
class ThreadEntry:
    when: datetime
    kind: str  # "notice" (from us) or "note" (from the reporter)
    subject: str
    body: str


def report_thread(report: AbuseReport) -> list[ThreadEntry]:
    """What happened since filing: our notices and the reporter's additions."""
    entries = [
        ThreadEntry(when=n.created_at, kind="notice", subject=n.subject, body=n.body)
        for n in Notice.objects.filter(report=report, account_id=report.reporter_id).order_by("created_at", "id")
    ]
    entries += [
        ThreadEntry(when=n.created_at, kind="note", subject="You added", body=n.body) for n in report.notes.all()
    ]
    return sorted(entries, key=lambda e: e.when)
