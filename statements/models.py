from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from core.errors import DomainError


class StatementError(DomainError):
    """A statement operation refused (statements never change once written)."""


class Statement(models.Model):
    """The statement of reasons (DSA Article 17) a user received with a decision
    that restricts them. Written once, in the decision's transaction, and never
    changed: ``content`` is what the user was told. A later appeal that changes
    the decision writes a new statement pointing at this one (``replaces``).

    Only the Transparency Database submission bookkeeping (``SUBMISSION_FIELDS``)
    moves after creation."""

    class Restriction(models.TextChoices):
        VISIBILITY = "visibility", "Feedback hidden (visibility restriction)"
        SUSPENSION = "suspension", "Account suspended (withdrawals held)"
        TERMINATION = "termination", "Account permanently blocked"

    class Submission(models.TextChoices):
        PENDING = "pending", "Waiting to be submitted"
        SUBMITTED = "submitted", "Submitted"
        FAILED = "failed", "Failed (will be retried)"

    SUBMISSION_FIELDS = frozenset({"submission", "attempts", "last_error", "submitted_at", "next_attempt_at"})

    puid = models.UUIDField(
        "platform unique id", default=uuid.uuid4, unique=True, editable=False, help_text="Sent as the TDB puid"
    )
    decision = models.OneToOneField("cases.Decision", on_delete=models.PROTECT, related_name="statement")
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="statements")
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="statements")
    restriction = models.CharField(max_length=16, choices=Restriction.choices, db_index=True)
    replaces = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaced_by",
        help_text="The statement of the decision an appeal changed",
    )
    content = models.JSONField(help_text="What the user was told, element by element (statements.content)")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    submission = models.CharField(max_length=16, choices=Submission.choices, default=Submission.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Statement {self.puid} ({self.get_restriction_display()}, case #{self.case_id})"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            fields = kwargs.get("update_fields")
            if fields is None or not set(fields) <= self.SUBMISSION_FIELDS:
                raise StatementError(
                    "A statement of reasons cannot be changed once sent; an appeal writes a new one.", "immutable"
                )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise StatementError("A statement of reasons cannot be deleted.", "immutable")
