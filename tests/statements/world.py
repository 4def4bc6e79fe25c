"""Decisions of every restricting kind, for the statements tests."""

from __future__ import annotations

from cases import services
from cases.models import Case, Decision
from detection.kinds import Kind
from feedback.models import Feedback

REASON = "You hired yourself through a second account to collect five-star feedback."


def decided(*, rung: str, subject, reviewer, senior=None, source=Case.Source.DETECTION, feedback=None, **extra):
    """A case about ``subject`` opened by ``source`` and decided with ``rung``
    (a permanent block is approved by ``senior``)."""
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject], source=source)
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case,
        account=subject,
        rung=rung,
        reason=REASON,
        actor=reviewer,
        feedback_ids=[f.pk for f in feedback or []],
        **extra,
    )
    if decision.status == Decision.Status.PENDING_APPROVAL:
        decision = services.decision_approve(decision=decision, approver=senior)
    decision.refresh_from_db()
    return case, decision


def fake_feedback(contract, *, author, recipient) -> Feedback:
    return Feedback.objects.create(
        contract=contract, author=author, recipient=recipient, rating=5, comment="Brilliant work, a true pro!"
    )
