"""Background work (Django's tasks framework; the worker is ``manage.py db_worker``)."""

from __future__ import annotations

from django.tasks import task


@task(queue_name="default")
def outbound_email_send_task(outbound_id: int) -> str:
    """Try to send one outbox email; retries are queued by the service itself."""
    from .services import outbound_email_send

    return outbound_email_send(outbound_id=outbound_id).status
