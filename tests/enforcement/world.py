"""Builders shared by the enforcement, inbox and marketplace tests."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from demo.enforcement import suspension_world
from tests.conftest import make_user


def suspended_freelancer_world(*, reviewer, days: int = 14, email: str = "suspended@test.example") -> dict:
    """A freelancer like the demo's ``suspended@example.com``: contracts on both
    sides, a job with a proposal waiting, an open job elsewhere, and a case whose
    suspension decision restricts them for ``days``."""
    freelancer = make_user(email, kind="freelancer", name="Sid Suspended", country="GB")
    world = suspension_world(
        freelancer=freelancer,
        client=make_user(f"client-of-{email}", kind="client", name="Clara Client"),
        other_client=make_user(f"other-client-of-{email}", kind="client", name="Omar Owner"),
        subcontractor=make_user(f"sub-of-{email}", kind="freelancer", name="Sue Sub"),
        applicant=make_user(f"applicant-of-{email}", kind="freelancer", name="Andy Applicant"),
        reviewer=reviewer,
        days=days,
    )
    freelancer.refresh_from_db()
    world["user"] = freelancer
    world["ends_at"] = timezone.now() + timedelta(days=days)
    return world


def restrict_only(user, level: str | None, *, actor=None, ends_at=None):
    """Replace the account's restrictions with one of ``level`` (none if ``None``)."""
    from enforcement.models import Restriction
    from enforcement.services import restriction_apply, restriction_lift

    for restriction in Restriction.objects.active().filter(account=user):
        restriction_lift(restriction=restriction, actor=actor, reason="Test: change of level", notify=False)
    if level:
        restriction_apply(account=user, level=level, reason=f"Test: {level}", actor=actor, ends_at=ends_at)
    user.refresh_from_db()
    return user


def marketplace_snapshot(user) -> dict:
    """What a restricted action could change, to prove a refused one changed nothing."""
    from contracts.models import Contract, Job, Message, Payment, Proposal, WithdrawalRequest
    from feedback.models import Feedback

    user.refresh_from_db()
    return {
        "messages": Message.objects.count(),
        "payments": Payment.objects.count(),
        "feedback": Feedback.objects.count(),
        "jobs": Job.objects.count(),
        "proposals": list(Proposal.objects.order_by("pk").values_list("pk", "status")),
        "contracts": list(Contract.objects.order_by("pk").values_list("pk", "status")),
        "withdrawals": WithdrawalRequest.objects.count(),
        "profile": (user.name, user.country),
    }
