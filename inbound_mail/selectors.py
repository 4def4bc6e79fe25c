"""Reads for the quarantine pages."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import InboundEmail


def quarantine(*, reason: str = "", show: str = "held") -> QuerySet[InboundEmail]:
    """Held messages (quarantined or failed to process), or automatic ones, or
    everything already reviewed; without the raw bytes."""
    if show == "automatic":
        qs = InboundEmail.objects.filter(status=InboundEmail.Status.AUTO_REPLY)
    elif show == "reviewed":
        qs = InboundEmail.objects.filter(reviewed_at__isnull=False)
    else:
        qs = InboundEmail.objects.filter(status__in=InboundEmail.QUARANTINE_STATUSES)
    if reason:
        qs = qs.filter(reason=reason)
    return (
        qs.select_related("case", "account", "reviewed_by").defer("raw", "text", "html").order_by("-received_at", "-id")
    )
