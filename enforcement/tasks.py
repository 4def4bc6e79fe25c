"""Background work for enforcement (Django's tasks framework)."""

from __future__ import annotations

from django.tasks import task

from .services import restrictions_expire


@task()
def expire_restrictions() -> int:
    """Refresh the account summary of restrictions that ended by themselves."""
    return restrictions_expire()
