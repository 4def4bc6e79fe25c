from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class AbuseReport(models.Model):
    """A user's report of feedback manipulation aimed at them."""

    class Reason(models.TextChoices):
        PAID_FEEDBACK = "paid_feedback", "Offered payment, a refund or free work for feedback"
        FEEDBACK_EXTORTION = "feedback_extortion", "Threatened negative feedback"
        FAKE_JOB = "fake_job", "Asked for a fake job or self-hire"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        RECEIVED = "received", "Received"
        UNDER_REVIEW = "under_review", "Under review"
        ACTION_TAKEN = "action_taken", "Reviewed — action taken"
        CLOSED = "closed", "Reviewed — closed"

    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_filed")
    reported = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_against"
    )
    reason = models.CharField(max_length=32, choices=Reason.choices)
    details = models.TextField()
    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.SET_NULL, null=True, blank=True, related_name="reports"
    )
    messages = models.ManyToManyField("contracts.Message", blank=True, related_name="reports")
    signal = models.OneToOneField(
        "detection.Signal", on_delete=models.SET_NULL, null=True, blank=True, related_name="report"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    reporter_last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Report #{self.pk} by {self.reporter} about {self.reported}"
