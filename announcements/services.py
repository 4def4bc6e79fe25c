"""Writes for announcements."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .models import Announcement, Dismissal
from .selectors import announcements_cache_clear


def announcement_dismiss(*, announcement: Announcement, user) -> Dismissal:
    """A signed-in user closes a banner for the rest of its life. Idempotent."""
    dismissal, _ = Dismissal.objects.get_or_create(announcement=announcement, user=user)
    return dismissal


def announcement_end(*, announcement: Announcement, when=None) -> Announcement:
    """Stop showing an announcement now (or at ``when``)."""
    when = when or timezone.now()
    with transaction.atomic():
        announcement.end = when
        if announcement.start and announcement.start >= when:
            announcement.start = None
        announcement.updated_at = timezone.now()
        announcement.save(update_fields=["start", "end", "updated_at"])
    return announcement


def announcements_changed() -> None:
    """Forget the cached set now and again after commit (a reader between the two
    could have cached the old rows)."""
    announcements_cache_clear()
    transaction.on_commit(announcements_cache_clear)
