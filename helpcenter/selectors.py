"""Reads for the help centre."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from .models import Article, ArticleVote

MAX_SEARCH_TERMS = 8


def articles_visible(user=None) -> QuerySet[Article]:
    """Published articles; staff also see drafts (to preview them)."""
    qs = Article.objects.all()
    if not (user is not None and user.is_authenticated and user.is_staff):
        qs = qs.filter(is_published=True)
    return qs


def articles_search(query: str, *, user=None) -> QuerySet[Article]:
    """Every word must appear in the title, the summary or the body."""
    qs = articles_visible(user)
    terms = [term for term in query.split() if term][:MAX_SEARCH_TERMS]
    for term in terms:
        qs = qs.filter(Q(title__icontains=term) | Q(summary__icontains=term) | Q(body__icontains=term))
    return qs


@dataclass(frozen=True)
class HelpfulCounts:
    helpful: int
    total: int


def article_helpful_counts(article: Article) -> HelpfulCounts:
    """ "N out of M found this helpful", in one query."""
    counts = ArticleVote.objects.filter(article=article).aggregate(
        total=Count("id"), helpful=Count("id", filter=Q(helpful=True))
    )
    return HelpfulCounts(helpful=counts["helpful"], total=counts["total"])


def article_vote_for(article: Article, *, user=None, visitor_id: str = "") -> ArticleVote | None:
    if user is not None and user.is_authenticated:
        return ArticleVote.objects.filter(article=article, user=user).first()
    if visitor_id:
        return ArticleVote.objects.filter(article=article, user=None, visitor_id=visitor_id).first()
    return None
