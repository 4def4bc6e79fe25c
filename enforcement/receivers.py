"""Enforcement's side of a decision: receivers of ``cases.signals``, connected in
EnforcementConfig.ready. They run inside the case service's transaction, so a
restriction is applied or lifted together with the decision or never."""

from __future__ import annotations

from django.utils import timezone

from cases import policy
from cases.models import Appeal, Case, Decision

from .models import Level
from .services import restriction_apply, restriction_lift

# The decisions that restrict the account, and how.
RESTRICTION_FOR_RUNG = {Decision.Rung.SUSPENSION: Level.SUSPENDED, Decision.Rung.PERMANENT_BLOCK: Level.BLOCKED}


def on_decision_taking_effect(sender, *, case: Case, decision: Decision, actor, **kwargs) -> None:
    if level := RESTRICTION_FOR_RUNG.get(decision.rung):
        ends_at, interim = decision.suspension_until, False
        if level == Level.SUSPENDED and ends_at is None:
            # "Until resolved" is interim: it ends with the case, at the latest at its hard end.
            ends_at, interim = policy.interim_suspension_end(decision.applied_at), True
        restriction_apply(
            account=decision.account,
            level=level,
            reason=decision.reason,
            actor=actor,
            case=case,
            decision=decision,
            ends_at=ends_at,
            until_resolved=interim,
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


def on_case_status_changed(sender, *, case: Case, to_status: str, actor, **kwargs) -> None:
    """Closing a case, by whatever path, resolves its review: every interim
    ("until resolved") restriction it applied ends now, and the user is told."""
    if to_status != Case.Status.CLOSED:
        return
    now = timezone.now()
    interim = case.restrictions.filter(until_resolved=True, lifted_at__isnull=True).exclude(ends_at__lte=now)
    for restriction in interim.order_by("pk"):
        restriction_lift(
            restriction=restriction,
            actor=actor,
            reason=f"The review of case #{case.pk} is closed, so the suspension until it was resolved ends.",
        )
