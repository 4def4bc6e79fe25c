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


class OutboundEmail(models.Model):
    """The outbox: one row per email we send, written before anything leaves the
    house and kept afterwards as the record of what was sent, to whom, and what the
    ESP said about it. The send task moves it along; retries are bookkept here."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        DELIVERED = "delivered", "Delivered"
        BOUNCED = "bounced", "Bounced"
        COMPLAINED = "complained", "Marked as spam"
        REJECTED = "rejected", "Rejected by the ESP"
        FAILED = "failed", "Failed"

    # The user was not reached: what reviewers must see.
    UNDELIVERED_STATUSES = (Status.FAILED, Status.REJECTED, Status.BOUNCED)
    # Final ESP verdicts a later, out-of-order "delivered" must not overwrite.
    FINAL_STATUSES = (Status.BOUNCED, Status.COMPLAINED, Status.REJECTED)

    notice = models.OneToOneField(Notice, on_delete=models.CASCADE, null=True, blank=True, related_name="email")
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="outbound_emails"
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="outbound_emails"
    )
    to_email = models.EmailField()
    from_email = models.CharField(max_length=320)
    reply_to = models.CharField(max_length=320, blank=True)
    subject = models.CharField(max_length=500)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    message_id = models.CharField(max_length=255, unique=True, help_text="Our Message-ID header, with <>")
    esp_message_id = models.CharField(max_length=255, blank=True, db_index=True)
    reply_token = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    events = models.JSONField(default=list, blank=True, help_text="What happened to it: attempts and ESP events")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="outbound_due_idx"),
            # The unsent emails only, oldest first: /healthz finds the oldest in one
            # index probe however long the history of sent mail.
            models.Index(
                fields=["created_at"],
                name="outbound_unsent_idx",
                condition=models.Q(status__in=["queued", "sending"]),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to_email} ({self.get_status_display()})"

    @property
    def is_undelivered(self) -> bool:
        return self.status in self.UNDELIVERED_STATUSES

    def can_retry(self) -> bool:
        """A reviewer may queue a failed send again (not a bounce: that address is dead)."""
        return self.status == self.Status.FAILED
