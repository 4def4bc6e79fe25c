"""Writes for the help centre."""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.identity import hash_value
from core.errors import DomainError

from .models import Article, ArticleVote

# New anonymous votes one address may add to one article per window. A visitor is
# only a cookie, which a script can drop or replace on every request, so the address
# is what bounds anonymous votes: one a day. Two people behind one address who both
# want to rate the same article on the same day without logging in are rare; one
# person clearing cookies to vote again is exactly what stuffing looks like. Anyone
# can log in to have their say: signed-in users are one vote each, whatever the address.
ANONYMOUS_VOTES_PER_ADDRESS = 1
ANONYMOUS_VOTE_WINDOW = timedelta(hours=24)


class VoteError(DomainError):
    """A vote that was not counted, for a reason the visitor can read."""


def article_vote(
    *, article: Article, helpful: bool, user=None, visitor_id: str = "", address: str | None = None
) -> ArticleVote:
    """Record one person's answer to "Was this article helpful?".

    A person is a signed-in user, or else an anonymous visitor id. Voting again
    changes the answer: there is never more than one vote per person. A new
    anonymous vote is refused (``VoteError`` "too_many_votes") once its address
    (``address``, the client IP) has added ``ANONYMOUS_VOTES_PER_ADDRESS`` votes to
    the article within ``ANONYMOUS_VOTE_WINDOW``.
    """
    if user is not None and user.is_authenticated:
        lookup = {"article": article, "user": user}
        address_hash = ""
    elif visitor_id:
        lookup = {"article": article, "user": None, "visitor_id": visitor_id}
        address_hash = hash_value("ip", address or "unknown")
    else:
        raise ValueError("A vote needs a signed-in user or a visitor id")
    now = timezone.now()
    for _attempt in range(2):
        try:
            with transaction.atomic():
                vote = ArticleVote.objects.select_for_update().filter(**lookup).first()
                if vote is None:
                    if address_hash:
                        _refuse_beyond_address_limit(article=article, address_hash=address_hash, now=now)
                    return ArticleVote.objects.create(
                        **lookup, helpful=helpful, address_hash=address_hash, created_at=now, updated_at=now
                    )
                if vote.helpful != helpful:
                    vote.helpful = helpful
                    vote.updated_at = now
                    vote.save(update_fields=["helpful", "updated_at"])
                return vote
        except IntegrityError:
            # Two clicks raced to create the same person's vote: the other one won,
            # so the second pass finds and updates it.
            continue
    raise RuntimeError("Could not record the vote")  # pragma: no cover


def _refuse_beyond_address_limit(*, article: Article, address_hash: str, now) -> None:
    # Lock the article so two votes from one address cannot both see room for one more.
    Article.objects.select_for_update().filter(pk=article.pk).values_list("pk", flat=True).first()
    recent = ArticleVote.objects.filter(
        article=article, address_hash=address_hash, created_at__gte=now - ANONYMOUS_VOTE_WINDOW
    ).count()
    if recent >= ANONYMOUS_VOTES_PER_ADDRESS:
        raise VoteError(
            "We already have an answer from your network for this article today, so yours was not "
            "counted. Log in to have your say.",
            code="too_many_votes",
        )
