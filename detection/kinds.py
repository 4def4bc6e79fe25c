"""The feedback-building behaviours detection looks for (design.md), and how serious
each is on its own. Cases are opened per kind; cases and reports import these."""

from __future__ import annotations

from django.db import models


class Kind(models.TextChoices):
    """The feedback-building behaviours (design.md)."""

    SELF_HIRE = "self_hire", "Self-hire"
    FEEDBACK_RING = "feedback_ring", "Fake jobs / feedback ring"
    CONFLICT_OF_INTEREST = "conflict_of_interest", "Conflict of interest"
    PAID_FEEDBACK = "paid_feedback", "Paid feedback"
    FEEDBACK_EXTORTION = "feedback_extortion", "Feedback extortion"
    USER_REPORT = "user_report", "User report"


# How serious each behaviour is on its own (0–1); feeds priority and the ladder.
KIND_SEVERITY = {
    Kind.SELF_HIRE: 0.8,
    Kind.FEEDBACK_RING: 0.7,
    Kind.CONFLICT_OF_INTEREST: 0.5,
    Kind.PAID_FEEDBACK: 0.6,
    Kind.FEEDBACK_EXTORTION: 0.9,
    Kind.USER_REPORT: 0.4,
}
