from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Feedback(models.Model):
    class Visibility(models.TextChoices):
        VISIBLE = "visible", "Visible"
        HIDDEN = "hidden", "Hidden by review"

    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # contract and recipient have no index of their own: feedback_one_per_author_per_contract
    # (contract, author) and feedback_recipient_vis_idx (recipient, visibility) lead with them.
    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.CASCADE, related_name="feedback", db_index=False
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="feedback_given")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="feedback_received", db_index=False
    )
    rating = models.PositiveSmallIntegerField()
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    visibility = models.CharField(max_length=16, choices=Visibility.choices, default=Visibility.VISIBLE)
    hidden_reason = models.TextField(blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by_case = models.ForeignKey(
        "cases.Case", on_delete=models.SET_NULL, null=True, blank=True, related_name="hidden_feedback"
    )

    replayed = False  # set on the feedback a service returns for a form sent twice (core.submissions)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["contract", "author"], name="feedback_one_per_author_per_contract"),
            models.CheckConstraint(condition=Q(rating__gte=1) & Q(rating__lte=5), name="feedback_rating_1_to_5"),
            models.CheckConstraint(condition=~Q(author=models.F("recipient")), name="feedback_not_to_self"),
        ]
        indexes = [models.Index(fields=["recipient", "visibility"], name="feedback_recipient_vis_idx")]

    def __str__(self) -> str:
        return f"{self.rating}★ from {self.author_id} to {self.recipient_id}"

    @property
    def is_visible(self) -> bool:
        return self.visibility == self.Visibility.VISIBLE
