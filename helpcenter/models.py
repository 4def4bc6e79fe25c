from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .markup import plain_text, render_blocks


class Article(models.Model):
    """A help-centre page. Notices and error pages link to policy articles by slug."""

    class Category(models.TextChoices):
        FEEDBACK = "feedback", "Feedback and ratings"
        ACCOUNT = "account", "Your account"
        SAFETY = "safety", "Safety and reporting"
        GETTING_STARTED = "getting_started", "Getting started"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.CharField(max_length=300, blank=True, help_text="One sentence shown in lists and search results")
    body = models.TextField(
        help_text=(
            "Paragraphs separated by a blank line; '## ' for a heading; '- ' for a bullet; "
            "**strong**, *emphasis*, [link text](https://… or /help/…). Other markup is removed."
        )
    )
    category = models.CharField(max_length=24, choices=Category.choices, default=Category.FEEDBACK, db_index=True)
    position = models.PositiveSmallIntegerField(default=100, help_text="Lower comes first within its category")
    is_published = models.BooleanField("published", default=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["category", "position", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("helpcenter:article", kwargs={"slug": self.slug})

    @property
    def body_html(self):
        return render_blocks(self.body)

    @property
    def teaser(self) -> str:
        if self.summary:
            return self.summary
        words = plain_text(self.body).split()
        return " ".join(words[:30]) + ("…" if len(words) > 30 else "")


class ArticleVote(models.Model):
    """One person's answer to "Was this article helpful?" — a signed-in user, or a
    visitor known only by a random id kept in a cookie. Changing the answer
    updates the same row. New anonymous votes are limited per address (see
    ``services.article_vote``): the cookie is the visitor's to drop or replace."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="article_votes"
    )
    visitor_id = models.CharField(max_length=64, blank=True, db_index=True)
    # Anonymous votes only: keyed hash of the address the vote came from, so votes
    # from one address can be limited without keeping the address.
    address_hash = models.CharField(max_length=64, blank=True)
    helpful = models.BooleanField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(
                fields=["article", "address_hash", "created_at"],
                condition=~Q(address_hash=""),
                name="article_vote_by_address",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "user"], condition=Q(user__isnull=False), name="article_vote_one_per_user"
            ),
            models.UniqueConstraint(
                fields=["article", "visitor_id"], condition=~Q(visitor_id=""), name="article_vote_one_per_visitor"
            ),
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(visitor_id="")) | (Q(user__isnull=True) & ~Q(visitor_id="")),
                name="article_vote_user_xor_visitor",
            ),
        ]

    def __str__(self) -> str:
        who = f"user {self.user_id}" if self.user_id else f"visitor {self.visitor_id[:6]}…"
        return f"{'Yes' if self.helpful else 'No'} on {self.article_id} by {who}"
