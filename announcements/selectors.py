"""Reads for announcements, built to cost nothing on a normal page view.

Every announcement that has not ended yet (scheduled ones included) is kept in the
Django cache as plain frozen records with their message already rendered. Each
request then picks the active ones for the visitor in Python, against the clock of
that request, so a scheduled banner appears on time and an expired one disappears
on time without waiting for the cache. Saving or deleting an announcement clears
the cache (see signals.py); the short timeout bounds staleness when several
processes each keep a local-memory cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from .models import Announcement, Dismissal

CACHE_KEY = "announcements:live:v1"
DISMISSED_COOKIE = "announcements_dismissed"
DISMISSED_COOKIE_MAX_IDS = 40
ALL_COUNTRIES = Announcement.ALL_COUNTRIES
ALL_USERTYPES = Announcement.UserType.ALL.value


def iso_utc(value: datetime | None) -> str:
    """ISO 8601 in UTC with a ``Z``, or "" for an open end."""
    if value is None:
        return ""
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class LiveAnnouncement:
    id: int
    scope: str
    message_html: str
    icon: str
    country: str
    usertype: str
    start: datetime | None
    end: datetime | None
    created_at: datetime = field(compare=False)

    @classmethod
    def from_model(cls, obj: Announcement) -> LiveAnnouncement:
        return cls(
            id=obj.pk,
            scope=obj.scope,
            message_html=str(obj.message_html),
            icon=obj.icon,
            country=obj.country or ALL_COUNTRIES,
            usertype=obj.usertype or ALL_USERTYPES,
            start=obj.start,
            end=obj.end,
            created_at=obj.created_at,
        )

    @property
    def is_global(self) -> bool:
        return self.scope == Announcement.Scope.GLOBAL

    def is_active(self, now: datetime) -> bool:
        return (self.start is None or self.start <= now) and (self.end is None or now < self.end)

    def is_for(self, audience: Audience) -> bool:
        country_ok = self.country == ALL_COUNTRIES or (
            audience.country is not None and self.country == audience.country
        )
        usertype_ok = self.usertype == ALL_USERTYPES or (
            audience.usertype is not None and self.usertype == audience.usertype
        )
        return country_ok and usertype_ok

    def global_json(self) -> dict:
        return {"message": self.message_html, "icon": self.icon, "start": iso_utc(self.start), "end": iso_utc(self.end)}

    def responsive_json(self) -> dict:
        return {
            "message": self.message_html,
            "country": self.country,
            "usertype": self.usertype,
            "icon": self.icon,
            "start": iso_utc(self.start),
            "end": iso_utc(self.end),
        }


EMPTY_GLOBAL = {"message": "", "icon": "", "start": "", "end": ""}


@dataclass(frozen=True)
class Audience:
    """Who is looking: ``None`` fields match only untargeted announcements."""

    country: str | None = None
    usertype: str | None = None

    @classmethod
    def for_user(cls, user) -> Audience:
        if user is None or not user.is_authenticated:
            return cls()
        return cls(country=(user.country or "").upper() or None, usertype=user.kind or None)


@dataclass(frozen=True)
class ActiveSet:
    global_: LiveAnnouncement | None
    responsive: tuple[LiveAnnouncement, ...]

    def as_json(self) -> dict:
        return {
            "global": self.global_.global_json() if self.global_ else dict(EMPTY_GLOBAL),
            "responsive": [item.responsive_json() for item in self.responsive],
        }

    def banners(self) -> list[LiveAnnouncement]:
        return ([self.global_] if self.global_ else []) + list(self.responsive)


def announcements_cache_clear() -> None:
    cache.delete(CACHE_KEY)


def announcements_live() -> tuple[LiveAnnouncement, ...]:
    """Announcements that have not ended: from the cache, or one query."""
    live = cache.get(CACHE_KEY)
    if live is None:
        now = timezone.now()
        rows = Announcement.objects.filter(Q(end__isnull=True) | Q(end__gt=now)).order_by("start", "id")
        live = tuple(LiveAnnouncement.from_model(row) for row in rows)
        cache.set(CACHE_KEY, live, settings.ANNOUNCEMENTS_CACHE_SECONDS)
    return live


def _start_key(item: LiveAnnouncement) -> tuple:
    # The newest window wins; an open start counts as the oldest.
    return (item.start is not None, item.start or item.created_at, item.id)


def announcements_active(audience: Audience, *, now: datetime | None = None) -> ActiveSet:
    """The active set for an audience: the winning global message (the one whose
    window started last, when windows overlap) and the matching targeted ones."""
    now = now or timezone.now()
    current = [item for item in announcements_live() if item.is_active(now) and item.is_for(audience)]
    globals_ = [item for item in current if item.is_global]
    responsive = tuple(item for item in current if not item.is_global)
    return ActiveSet(global_=max(globals_, key=_start_key) if globals_ else None, responsive=responsive)


def dismissed_from_cookie(value: str) -> list[int]:
    ids = []
    for part in (value or "").split("."):
        if part.isdigit() and len(part) < 12:
            ids.append(int(part))
    return ids[-DISMISSED_COOKIE_MAX_IDS:]


def announcements_dismissed(request, candidate_ids: set[int]) -> set[int]:
    """Which of these the visitor closed. No query when nothing is showing."""
    if not candidate_ids:
        return set()
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return set(
            Dismissal.objects.filter(user=user, announcement_id__in=candidate_ids).values_list(
                "announcement_id", flat=True
            )
        )
    return candidate_ids & set(dismissed_from_cookie(request.COOKIES.get(DISMISSED_COOKIE, "")))


def announcements_for_request(request) -> list[LiveAnnouncement]:
    """The banners to show on this page, without the dismissed ones (memoised per request)."""
    cached = getattr(request, "_announcement_banners", None)
    if cached is not None:
        return cached
    banners = announcements_active(Audience.for_user(getattr(request, "user", None))).banners()
    dismissed = announcements_dismissed(request, {item.id for item in banners})
    result = [item for item in banners if item.id not in dismissed]
    request._announcement_banners = result
    return result
