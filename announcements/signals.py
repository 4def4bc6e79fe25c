"""Keep the cached announcement set honest: any save or delete clears it."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Announcement
from .services import announcements_changed


@receiver(post_save, sender=Announcement, dispatch_uid="announcements_saved")
@receiver(post_delete, sender=Announcement, dispatch_uid="announcements_deleted")
def announcement_written(sender, **kwargs) -> None:
    announcements_changed()
