from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from cases.models import Case


class AbuseReport(models.Model):
    """A user's report of feedback manipulation aimed at them.

    The reporter follows it through three steps (received, under review,
    reviewed) and never sees the case it feeds: only the reported account is a
    subject of that case.
    """

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

    # What the reporter is shown: three steps, whatever the case behind it does.
    class Progress(models.TextChoices):
        RECEIVED = "received", "Received"
        UNDER_REVIEW = "under_review", "Under review"
        REVIEWED = "reviewed", "Reviewed"

    OPEN_STATUSES = (Status.RECEIVED, Status.UNDER_REVIEW)
    REVIEWED_STATUSES = (Status.ACTION_TAKEN, Status.CLOSED)

    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_filed")
    reported = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_against")
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
    updated_at = models.DateTimeField(default=timezone.now)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reporter_last_read_at = models.DateTimeField(null=True, blank=True)

    # Set on the report a service returns for a form sent twice (core.submissions).
    replayed = False

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["reporter", "created_at"], name="report_reporter_recent_idx"),
            models.Index(fields=["reporter", "reported", "reason"], name="report_duplicate_idx"),
        ]

    def __str__(self) -> str:
        return f"Report #{self.pk} by {self.reporter} about {self.reported}"

    def get_absolute_url(self) -> str:
        return reverse("reports:detail", kwargs={"pk": self.pk})

    @property
    def reported_kind(self) -> str:
        from .services import REPORTED_KIND

        return REPORTED_KIND[self.reason]

    @property
    def progress(self) -> str:
        """Received / under review / reviewed, read from the report and, when the
        report joined a case, from where that case is (select_related
        ``signal__case`` to keep this free)."""
        if self.status in self.REVIEWED_STATUSES:
            return self.Progress.REVIEWED
        case = self.signal.case if self.signal_id and self.signal and self.signal.case_id else None
        if case is not None:
            if case.status in (Case.Status.DECIDED, Case.Status.CLOSED):
                return self.Progress.REVIEWED
            if case.status != Case.Status.NEW or case.assignee_id:
                return self.Progress.UNDER_REVIEW
        if self.status == self.Status.UNDER_REVIEW:
            return self.Progress.UNDER_REVIEW
        return self.Progress.RECEIVED

    @property
    def progress_label(self) -> str:
        return self.Progress(self.progress).label

    @property
    def is_open(self) -> bool:
        return self.progress != self.Progress.REVIEWED


class ReportNote(models.Model):
    """Something the reporter added after filing (more detail, a new message)."""

    report = models.ForeignKey(AbuseReport, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    replayed = False  # see AbuseReport.replayed

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Note on report #{self.report_id}"
