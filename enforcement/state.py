"""What a request's restriction is, computed lazily from the user row.

``User.restriction_level`` / ``restriction_ends_at`` are a denormalised summary of
the account's active restrictions. When they say "not restricted" (empty level, or
an end time already past) the request costs no query at all. Only a restricted
request reads the Restriction rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse
from django.utils import timezone

from . import registry
from .models import LEVEL_RANK, Level, Restriction


@dataclass
class RestrictionState:
    level: str
    ends_at: datetime | None
    restrictions: list[Restriction] = field(default_factory=list)

    @property
    def level_label(self) -> str:
        return Level(self.level).label

    @property
    def primary(self) -> Restriction | None:
        return self.restrictions[0] if self.restrictions else None

    @property
    def case_id(self) -> int | None:
        primary = self.primary
        return primary.case_id if primary else None

    @property
    def request_url(self) -> str:
        if self.case_id:
            return reverse("inbox:case", args=[self.case_id])
        return reverse("inbox:index")

    @property
    def summary(self) -> str:
        if self.ends_at:
            until = timezone.localtime(self.ends_at).strftime("%-d %B %Y, %H:%M")
            return f"Some actions are unavailable until {until}."
        return "Some actions are unavailable until the review of your account is resolved."

    def blocks(self, action_name: str) -> bool:
        return registry.get(action_name).restricted_for(self.level)

    def reason_for(self, action_name: str) -> str:
        action = registry.get(action_name)
        return f"{action.label} is unavailable while your account is {self.level_label.lower()}."


def restriction_state_for(user) -> RestrictionState | None:
    if not getattr(user, "is_authenticated", False):
        return None
    level = getattr(user, "restriction_level", "")
    if not level:
        return None
    now = timezone.now()
    ends_at = user.restriction_ends_at
    if ends_at is not None and ends_at <= now:
        return None  # expired by itself: no query, no one had to act
    active = list(Restriction.objects.active(now).filter(account=user).select_related("case"))
    if not active:
        return None
    active.sort(key=lambda r: (-LEVEL_RANK.get(r.level, 0), r.starts_at), reverse=False)
    strongest = active[0]
    open_ended = any(r.ends_at is None for r in active)
    latest_end = None if open_ended else max(r.ends_at for r in active)
    return RestrictionState(level=strongest.level, ends_at=latest_end, restrictions=active)
