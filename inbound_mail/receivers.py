"""anymail's inbound signal, calling one service and returning (conventions: signals
are for decoupled listeners; the logic lives in the services)."""

from __future__ import annotations

from anymail.signals import inbound
from django.dispatch import receiver

from .services import inbound_email_receive


@receiver(inbound, dispatch_uid="inbound_mail.inbound_email")
def on_inbound(sender, event, esp_name, **kwargs):
    inbound_email_receive(event=event, esp_name=esp_name)
