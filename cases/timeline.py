"""The one way to write a case's timeline."""

from __future__ import annotations

from django.utils import timezone

from .models import Case, CaseEvent


def event_add(
    *,
    case: Case,
    type: str,
    actor=None,
    account=None,
    body: str = "",
    data: dict | None = None,
    visible_to_user: bool = False,
) -> CaseEvent:
    """Append one event. Call inside the transaction that makes the change it records."""
    event = CaseEvent.objects.create(
        case=case,
        type=type,
        actor=actor,
        account=account,
        body=body,
        data=data or {},
        visible_to_user=visible_to_user,
    )
    Case.objects.filter(pk=case.pk).update(updated_at=timezone.now())
    return event
