from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Notice(models.Model):
    """A notice to a user about their account. It shows in My Requests and is
    emailed (notifications.services.notice_create queues the email after commit)."""

    class Kind(models.TextChoices):
        DECISION = "decision", "Decision"
        INFO_REQUEST = "info_request", "Information request"
        APPEAL_RECEIVED = "appeal_received", "Appeal received"
        APPEAL_DECIDED = "appeal_decided", "Appeal decided"
        RESTRICTION_LIFTED = "restriction_lifted", "Restriction lifted"
        REVIEWER_MESSAGE = "reviewer_message", "Message from the review team"
        REPORT_RECEIVED = "report_received", "Report received"
        REPORT_UPDATE = "report_update", "Report update"

    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=32, choices=Kind.choices)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="notices")
    event = models.OneToOneField(
        "cases.CaseEvent", on_delete=models.PROTECT, null=True, blank=True, related_name="notice"
    )
    report = models.ForeignKey(
        "reports.AbuseReport", on_delete=models.CASCADE, null=True, blank=True, related_name="notices"
    )
    article_slug = models.SlugField(blank=True, help_text="Help-centre article the notice links to")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject
