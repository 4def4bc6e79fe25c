"""anymail's signals, each calling one service and returning (conventions: signals
are for decoupled listeners; the logic lives in the services)."""

from __future__ import annotations

from anymail.signals import inbound, tracking
from django.dispatch import receiver


@receiver(inbound, dispatch_uid="notifications.inbound_email")
def on_inbound(sender, event, esp_name, **kwargs):
    from .inbound import inbound_email_receive

    inbound_email_receive(event=event, esp_name=esp_name)


@receiver(tracking, dispatch_uid="notifications.tracking")
def on_tracking(sender, event, esp_name, **kwargs):
    from .services import outbound_email_track

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
