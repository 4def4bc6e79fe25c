"""Writes: the statement written with a restricting decision, and the submission
bookkeeping of the Transparency Database export (``submit.py``)."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Min

from cases.models import Case, Decision
from cases.snapshot import evidence_snapshot
from feedback.models import Feedback

from . import submit
from .content import restriction_type, statement_content
from .models import Statement
from .tasks import statements_submit_task


def _content_date(decision: Decision, feedback_ids: list[int] | None = None):
    if decision.rung not in (Decision.Rung.SUSPENSION, Decision.Rung.PERMANENT_BLOCK):
        qs = Feedback.objects.filter(pk__in=feedback_ids) if feedback_ids is not None else decision.hidden_feedback
        return qs.aggregate(first=Min("created_at"))["first"]
    return decision.account.date_joined


def statement_for_decision(*, decision: Decision, case: Case) -> Statement | None:
    """Write the statement of a restricting decision that is taking effect, once
    (inside the decision's transaction: cases.signals.decision_taking_effect).
    A decision an appeal put in place points at the statement it replaces."""
    feedback_count = decision.hidden_feedback.count()
    restriction = restriction_type(decision, feedback_count)
    if restriction is None:
        return None
    if existing := Statement.objects.filter(decision=decision).first():
        return existing
    replaces = None
    if decision.from_appeal_id:
        replaces = Statement.objects.filter(decision_id=decision.from_appeal.decision_id).first()
    content = statement_content(
        decision=decision,
        case=case,
        snapshot=decision.evidence_snapshot or {},
        feedback_count=feedback_count,
        content_date=_content_date(decision),
        replaces_puid=str(replaces.puid) if replaces else "",
    )
    statement = Statement.objects.create(
        decision=decision,
        case=case,
        account=decision.account,
        restriction=restriction,
        replaces=replaces,
        content=content,
        created_at=decision.applied_at or decision.created_at,
    )
    if submit.enabled():
        # With the database task backend the task row commits with the statement.
        transaction.on_commit(statements_submit_task.enqueue)
    return statement


def statement_preview_content(*, decision: Decision, case: Case) -> dict:
    """The statement an unsaved decision would get (the decision form's preview)."""
    feedback_ids = getattr(decision, "preview_feedback_ids", [])
    return statement_content(
        decision=decision,
        case=case,
        snapshot=evidence_snapshot(case),
        feedback_count=len(feedback_ids),
        content_date=_content_date(decision, feedback_ids),
    )
