"""The outbox's contribution to /healthz (core.health; named in settings.HEALTH_CHECKS)."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Min

from core.health import Check, seconds_since

from .models import OutboundEmail


def outbox() -> Check:
    """The oldest email not yet handed to the ESP (queued, waiting for a retry, or
    being sent): an ESP outage or a stopped worker shows here within the limit."""
    figures = OutboundEmail.objects.filter(
        status__in=(OutboundEmail.Status.QUEUED, OutboundEmail.Status.SENDING)
    ).aggregate(unsent=Count("pk"), oldest=Min("created_at"))
    age = seconds_since(figures["oldest"])
    limit = settings.HEALTH_EMAIL_UNSENT_MAX_SECONDS
    return Check(
        age is None or age <= limit,
        {"unsent": figures["unsent"], "oldest_unsent_seconds": age, "max_seconds": limit},
    )
