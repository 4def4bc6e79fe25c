"""Writes for the help centre."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Article, ArticleVote


def article_vote(*, article: Article, helpful: bool, user=None, visitor_id: str = "") -> ArticleVote:
    """Record one person's answer to "Was this article helpful?".

    A person is a signed-in user, or else an anonymous visitor id. Voting again
    changes the answer: there is never more than one vote per person.
    """
    if user is not None and user.is_authenticated:
        lookup = {"article": article, "user": user}
    elif visitor_id:
        lookup = {"article": article, "user": None, "visitor_id": visitor_id}
    else:
        raise ValueError("A vote needs a signed-in user or a visitor id")
    now = timezone.now()
    for _attempt in range(2):
        try:
            with transaction.atomic():
                vote, created = ArticleVote.objects.select_for_update().get_or_create(
                    **lookup, defaults={"helpful": helpful, "created_at": now, "updated_at": now}
                )
                if not created and vote.helpful != helpful:
                    vote.helpful = helpful
                    vote.updated_at = now
                    vote.save(update_fields=["helpful", "updated_at"])
                return vote
        except IntegrityError:
            # Two clicks raced to create the same person's vote: the other one won,
            # so the second pass finds and updates it.
            continue
    raise RuntimeError("Could not record the vote")  # pragma: no cover
