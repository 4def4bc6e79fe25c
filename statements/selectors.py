"""Reads: the statement a notice, a decision or a period concerns."""

from __future__ import annotations

from .models import Statement


def statement_for_notice(notice) -> Statement | None:
    """The statement that goes with a notice: a decision notice's decision, or the
    decision an appeal put in place (a modified appeal)."""
    event = getattr(notice, "event", None)
    if event is None:
        return None
    data = event.data or {}
    if notice.kind == "decision" and data.get("decision"):
        return Statement.objects.filter(decision_id=data["decision"]).first()
    if notice.kind == "appeal_decided" and data.get("appeal"):
        return Statement.objects.filter(decision__from_appeal_id=data["appeal"]).first()
    return None
