from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from detection.kinds import Kind


class ReviewLabel(models.TextChoices):
    """A reviewer's verdict on a signal, read from the decisions on its case."""

    CONFIRMED = "confirmed", "Confirmed (a violation was decided)"
    DISMISSED = "dismissed", "Dismissed (no violation)"


class Signal(models.Model):
    """One finding: a detector (or a user report) says these accounts may be
    feedback building, with a score, the evidence and an explanation.

    ``fingerprint`` makes detection idempotent: rerunning a detector over the same
    data updates the existing signal instead of adding a duplicate.
    """

    kind = models.CharField(max_length=32, choices=Kind.choices, db_index=True)
    detector = models.CharField(max_length=64)
    detector_version = models.CharField(max_length=16, default="1")
    fingerprint = models.CharField(max_length=128, unique=True)
    accounts = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="signals")
    score = models.FloatField()
    explanation = models.TextField()
    # [{"type": "feedback", "id": 12}, …] — primary keys of our own rows.
    evidence = models.JSONField(default=list, blank=True)
    # Detector internals (features, weights); never shown to users.
    data = models.JSONField(default=dict, blank=True)
    case = models.ForeignKey("cases.Case", on_delete=models.SET_NULL, null=True, blank=True, related_name="signals")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)
    # A full scan that no longer finds a signal retires it (the data changed, e.g.
    # feedback was removed, or a ring was found split differently); a later scan that
    # finds it again reactivates it. Retired signals stay on their case as history.
    is_active = models.BooleanField(default=True, db_index=True)
    last_detected_at = models.DateTimeField(null=True, blank=True)
    # What reviewers made of it (``services.signals_label``, called by cases when a
    # decision applies or an appeal reverses one): per subject in ``review_subjects``
    # ({"<account id>": {"label", "by", "at", "decision"}}), and for the signal as a
    # whole in ``review_label``: confirmed when any subject's violation was confirmed,
    # dismissed when every subject decided so far was found not to violate.
    review_label = models.CharField(max_length=16, choices=ReviewLabel.choices, blank=True, db_index=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    review_subjects = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-score", "-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} {self.score:.2f} ({self.detector})"
