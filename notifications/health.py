"""The outbox's contribution to /healthz (core.health; named in settings.HEALTH_CHECKS)."""

from __future__ import annotations

from django.conf import settings

from core.health import SCAN_LIMIT, Check, seconds_since

from .models import OutboundEmail

# Matches the partial index outbound_unsent_idx (models.py).
UNSENT = ["queued", "sending"]


def outbox() -> Check:
    """The oldest email not yet handed to the ESP (queued, waiting for a retry, or
    being sent): an ESP outage or a stopped worker shows here within the limit."""
    unsent = OutboundEmail.objects.filter(status__in=UNSENT)
    oldest = unsent.order_by("created_at").values_list("created_at", flat=True).first()
    count = unsent.order_by()[:SCAN_LIMIT].count()
    age = seconds_since(oldest)
    limit = settings.HEALTH_EMAIL_UNSENT_MAX_SECONDS
    return Check(
        age is None or age <= limit,
        {"unsent": count, "oldest_unsent_seconds": age, "max_seconds": limit},
    )
