"""Enforcement's side of a decision: receivers of ``cases.signals``, connected in
EnforcementConfig.ready. They run inside the case service's transaction, so a
restriction is applied or lifted together with the decision or never."""

from __future__ import annotations

from cases.models import Appeal, Case, Decision

from .models import Level
from .services import restriction_apply, restriction_lift

# The decisions that restrict the account, and how.
RESTRICTION_FOR_RUNG = {Decision.Rung.SUSPENSION: Level.SUSPENDED, Decision.Rung.PERMANENT_BLOCK: Level.BLOCKED}


def on_decision_taking_effect(sender, *, case: Case, decision: Decision, actor, **kwargs) -> None:
    if level := RESTRICTION_FOR_RUNG.get(decision.rung):
        restriction_apply(
            account=decision.account,
            level=level,
            reason=decision.reason,
            actor=actor,
            case=case,
            decision=decision,
            ends_at=decision.suspension_until,
        )


def on_decision_reversed(sender, *, decision: Decision, appeal: Appeal, actor, **kwargs) -> None:
    """An appeal overturned or replaced the decision: its restrictions end now. The
    user is told by the appeal's answer, not by a notice of their own."""
    for restriction in decision.restrictions.filter(lifted_at__isnull=True):
        restriction_lift(
            restriction=restriction,
            actor=actor,
            reason=f"Appeal {appeal.get_outcome_display().lower()}",
            notify=False,
        )
