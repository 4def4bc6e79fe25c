"""Reads for the reviewer portal's email pages and for other apps' pages."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import OutboundEmail


def failed_emails_for_case(case) -> QuerySet[OutboundEmail]:
    """Emails on this case that did not reach the user: failed after every retry,
    refused by the ESP, or bounced. Newest first."""
    return (
        OutboundEmail.objects.filter(case=case, status__in=OutboundEmail.UNDELIVERED_STATUSES)
        .select_related("notice", "account")
        .order_by("-created_at", "-id")
    )


def undelivered_emails(*, status: str = "") -> QuerySet[OutboundEmail]:
    statuses = [status] if status in OutboundEmail.UNDELIVERED_STATUSES else OutboundEmail.UNDELIVERED_STATUSES
    return (
        OutboundEmail.objects.filter(status__in=statuses)
        .select_related("notice", "account", "case")
        .defer("body_text", "body_html")
        .order_by("-status_changed_at", "-id")
    )
