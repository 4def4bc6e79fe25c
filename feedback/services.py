"""Writes for feedback, and the rating summary kept on the account row."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import batched

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, DecimalField, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Round
from django.utils import timezone

from core.errors import DomainError
from core.signals import marketplace_activity_recorded
from core.submissions import submission_begin

from .models import Feedback


class FeedbackError(DomainError):
    """Feedback refused (who may leave it, the rating, a second one)."""


def feedback_validate_parties(*, contract, author_id: int, recipient_id: int) -> None:
    parties = {contract.client_id, contract.freelancer_id}
    if author_id not in parties or recipient_id not in parties or author_id == recipient_id:
        raise FeedbackError(
            "Feedback must be written by one party of the contract about the other party.", "not_parties"
        )


def feedback_leave(*, contract, author, rating: int, comment: str = "", submission_key: str | None = None) -> Feedback:
    """Rate the other party, once per contract (the database holds to it). The same
    form sent twice (``submission_key``) returns the first feedback, marked ``replayed``."""
    try:
        rating = int(rating)
    except (TypeError, ValueError):
        raise FeedbackError("Choose a rating from 1 to 5 stars.", "rating")
    if not 1 <= rating <= 5:
        raise FeedbackError("Choose a rating from 1 to 5 stars.", "rating")
    recipient_id = contract.other_party_id(author.pk)
    feedback_validate_parties(contract=contract, author_id=author.pk, recipient_id=recipient_id)
    try:
        with transaction.atomic():
            once = submission_begin(
                user=author,
                key=submission_key,
                action="feedback.feedback_leave",
                params={"contract": contract.pk, "rating": rating, "comment": comment.strip()},
            )
            if once.replayed:
                return once.replay()
            feedback = Feedback.objects.create(
                contract=contract, author=author, recipient_id=recipient_id, rating=rating, comment=comment.strip()
            )
            once.done(feedback)
            rating_summary_refresh(account_ids=[recipient_id])
    except IntegrityError:
        if Feedback.objects.filter(contract=contract, author=author).exists():
            raise FeedbackError("You have already left feedback on this contract.", "duplicate")
        raise
    marketplace_activity_recorded(sender=Feedback, event="feedback", object_id=feedback.pk)
    return feedback


def feedback_hide(*, feedback: Feedback, reason: str, case=None) -> Feedback:
    """Soft-hide (reversible). The caller writes the case timeline."""
    if not reason.strip():
        raise FeedbackError("Say why the feedback is hidden.", "reason_required")
    Feedback.objects.filter(pk=feedback.pk).update(
        visibility=Feedback.Visibility.HIDDEN, hidden_reason=reason, hidden_at=timezone.now(), hidden_by_case=case
    )
    rating_summary_refresh(account_ids=[feedback.recipient_id])
    feedback.refresh_from_db()
    return feedback


def feedback_restore(*, feedback: Feedback) -> Feedback:
    Feedback.objects.filter(pk=feedback.pk).update(
        visibility=Feedback.Visibility.VISIBLE, hidden_reason="", hidden_at=None, hidden_by_case=None
    )
    rating_summary_refresh(account_ids=[feedback.recipient_id])
    feedback.refresh_from_db()
    return feedback


def rating_summary_refresh(*, account_ids: Iterable[int]) -> None:
    """Recompute average and count of *visible* feedback for these accounts, in
    one UPDATE per chunk (the database computes both from the feedback rows)."""
    ids = list(set(account_ids))
    User = get_user_model()
    visible = (
        Feedback.objects.filter(recipient=OuterRef("pk"), visibility=Feedback.Visibility.VISIBLE)
        .order_by()
        .values("recipient")
    )
    count = Subquery(visible.annotate(n=Count("id")).values("n"), output_field=IntegerField())
    average = Subquery(
        visible.annotate(a=Round(Avg("rating"), 2)).values("a"),
        output_field=DecimalField(max_digits=3, decimal_places=2),
    )
    for chunk in batched(ids, 500, strict=False):
        User.objects.filter(pk__in=chunk).update(rating_count=Coalesce(count, Value(0)), rating_average=average)
