"""The one table core keeps: which submissions have already been applied."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class Submission(models.Model):
    """A form (or an API request with an ``Idempotency-Key``) that created something.

    The row is inserted inside the transaction of the service that does the work,
    under a unique (user, key): a second identical submission — sequential or
    parallel — finds it and gets the first result back instead of a second one.
    See ``core.submissions``."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=100)
    action = models.CharField(max_length=64, help_text="What the submission did, e.g. contracts.message_send")
    fingerprint = models.CharField(max_length=64, help_text="SHA-256 of what was submitted")
    result_type = models.CharField(max_length=100, blank=True, help_text="app_label.model of what it created")
    result_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="submission_once_per_user_and_key")]

    def __str__(self) -> str:
        return f"{self.action} by {self.user_id} ({self.key})"
