from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Level(models.TextChoices):
    LIMITED = "limited", "Limited"
    SUSPENDED = "suspended", "Suspended"
    BLOCKED = "blocked", "Permanently blocked"


LEVEL_RANK = {Level.LIMITED: 1, Level.SUSPENDED: 2, Level.BLOCKED: 3}


class RestrictionQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(lifted_at__isnull=True, starts_at__lte=now).filter(
            Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        )


class Restriction(models.Model):
    """An account restriction. It stops applying by itself at ``ends_at``; lifting
    early is an explicit, audited act (enforcement.services.restriction_lift)."""

    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="restrictions")
    level = models.CharField(max_length=16, choices=Level.choices)
    reason = models.TextField()
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="restrictions")
    decision = models.ForeignKey(
        "cases.Decision", on_delete=models.PROTECT, null=True, blank=True, related_name="restrictions"
    )
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(null=True, blank=True, help_text="Empty: no end date (a permanent block)")
    until_resolved = models.BooleanField(
        default=False,
        help_text="Interim: ends when its case is closed, at the latest at ends_at "
        "(cases.policy.interim_suspension_end)",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lift_reason = models.TextField(blank=True)

    objects = RestrictionQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        return f"{self.get_level_display()} — {self.account}"

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.lifted_at is None and self.starts_at <= now and (self.ends_at is None or self.ends_at > now)
