"""anymail's tracking signal, calling one service and returning (conventions: signals
are for decoupled listeners; the logic lives in the services)."""

from __future__ import annotations

from anymail.signals import tracking
from django.dispatch import receiver

from .services import outbound_email_track


@receiver(tracking, dispatch_uid="notifications.tracking")
def on_tracking(sender, event, esp_name, **kwargs):
    outbound_email_track(
        event_type=event.event_type,
        message_id=event.message_id,
        metadata=event.metadata,
        recipient=event.recipient or "",
        description=event.description or "",
        mta_response=event.mta_response or "",
        reject_reason=event.reject_reason or "",
        event_id=event.event_id or "",
        esp_name=esp_name,
    )
