from __future__ import annotations

import re
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from helpcenter.markup import render_inline

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class Announcement(models.Model):
    """A site-wide banner. ``global``: one message for everyone (the newest active
    one wins); ``responsive``: a targeted list, each matched against the visitor's
    country and user type. Either end of the window may be open."""

    ALL_COUNTRIES = "All"

    class Icon(models.TextChoices):
        INFO = "info", "Information"
        WARNING = "warning", "Warning"
        SUCCESS = "success", "Success"
        ERROR = "error", "Error"

    class Scope(models.TextChoices):
        GLOBAL = "global", "Global — one message for everyone"
        RESPONSIVE = "responsive", "Responsive — shown to the audience below"

    class UserType(models.TextChoices):
        ALL = "all", "All user types"
        CLIENT = "client", "Clients"
        FREELANCER = "freelancer", "Freelancers"
        AGENCY = "agency", "Agencies"

    title = models.CharField(max_length=120, help_text="For staff only: a name to find this announcement by")
    message = models.TextField(
        max_length=600,
        help_text="Shown to users. Links and emphasis only: **strong**, *emphasis*, [link text](https://… or /help/…).",
    )
    icon = models.CharField(max_length=16, choices=Icon.choices, default=Icon.INFO)
    scope = models.CharField(max_length=16, choices=Scope.choices, default=Scope.RESPONSIVE, db_index=True)
    country = models.CharField(
        max_length=3, default=ALL_COUNTRIES, help_text="“All”, or a two-letter country code (ISO 3166), e.g. GB"
    )
    usertype = models.CharField("user type", max_length=16, choices=UserType.choices, default=UserType.ALL)
    start = models.DateTimeField(null=True, blank=True, help_text="Empty: shown from now on")
    end = models.DateTimeField(null=True, blank=True, db_index=True, help_text="Empty: shown until someone ends it")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__isnull=True) | Q(end__gt=F("start")),
                name="announcement_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.message[:60]

    def clean(self) -> None:
        errors = {}
        country = (self.country or "").strip()
        country = self.ALL_COUNTRIES if country.lower() in ("", "all") else country.upper()
        if country != self.ALL_COUNTRIES and not _COUNTRY_CODE.match(country):
            errors["country"] = "Enter “All” or a two-letter country code such as GB or US."
        self.country = country
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "The end must come after the start."
        if self.scope == self.Scope.GLOBAL and (
            self.country != self.ALL_COUNTRIES or self.usertype != self.UserType.ALL
        ):
            errors["scope"] = "A global announcement is for everyone: choose responsive to target an audience."
        if errors:
            raise ValidationError(errors)

    @property
    def message_html(self):
        return render_inline(self.message)

    def is_active(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return (self.start is None or self.start <= now) and (self.end is None or now < self.end)

    def state(self, now: datetime | None = None) -> str:
        now = now or timezone.now()
        if self.start and now < self.start:
            return "scheduled"
        if self.end and now >= self.end:
            return "ended"
        return "active"


class Dismissal(models.Model):
    """A signed-in user closed this announcement: it stays closed for its life.
    (Anonymous visitors' dismissals live in a cookie.)"""

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="dismissals")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="announcement_dismissals")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "announcement"], name="dismissal_one_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} dismissed {self.announcement_id}"
