"""What a request's restriction is, computed lazily from the user row.

``User.restriction_level`` / ``restriction_ends_at`` are a denormalised summary of
the account's active restrictions. When they say "not restricted" (empty level, or
an end time already past) the request costs no query at all. Only a restricted
request reads the Restriction rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.urls import reverse
from django.utils import dateformat, timezone

from . import registry
from .models import LEVEL_RANK, Level, Restriction

# Help-centre articles by slug (helpcenter.policy writes them; linked by name, not imported).
SUSPENSION_ARTICLE = "after-a-suspension"
PERMANENT_BLOCK_ARTICLE = "permanent-blocks"


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
        """The strongest restriction, preferring one that comes from a case (the
        user has somewhere to read about it and reply)."""
        with_case = [r for r in self.restrictions if r.case_id]
        candidates = with_case or self.restrictions
        return candidates[0] if candidates else None

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
    def is_permanent(self) -> bool:
        """A permanent block: no end date, and nothing to wait for (only an appeal changes it)."""
        return self.level == Level.BLOCKED

    @property
    def awaits_review(self) -> bool:
        """Does it end when a review still open is resolved? Never for a closed case:
        closing lifts an interim suspension, and the banner must not promise a review
        that is over."""
        last = self._last_to_end
        if last is None or last.case is None or last.case.status == "closed":
            return False
        return last.until_resolved or last.ends_at is None

    @property
    def _last_to_end(self) -> Restriction | None:
        far = datetime.max.replace(tzinfo=UTC)
        return max(self.restrictions, key=lambda r: r.ends_at or far, default=None)

    @property
    def until_text(self) -> str:
        if self.is_permanent:
            return "with no end date (a permanent block ends only if an appeal changes the decision)"
        date = dateformat.format(timezone.localtime(self.ends_at), "j F Y, H:i T") if self.ends_at else ""
        if self.awaits_review:
            latest = f", at the latest {date}" if date else ""
            return f"until the review of your account is resolved{latest}"
        if self.ends_at is None:
            return "until a reviewer lifts the restriction"
        return "until " + date

    @property
    def summary(self) -> str:
        return f"Some actions are unavailable {self.until_text}."

    @property
    def article_slug(self) -> str:
        """The help article that explains this restriction."""
        return PERMANENT_BLOCK_ARTICLE if self.is_permanent else SUSPENSION_ARTICLE

    @property
    def article_title(self) -> str:
        return "What a permanent block means" if self.is_permanent else "What happens after a suspension"

    def blocks(self, action_name: str) -> bool:
        return registry.get(action_name).restricted_for(self.level)

    def reason_for(self, action_name: str) -> str:
        action = registry.get(action_name)
        return f"You can’t {action.phrase} while your account is {self.level_label.lower()}."

    def blocked_actions(self) -> list[registry.Action]:
        return [a for a in registry.ACTIONS.values() if a.restricted_for(self.level)]


def summary_says_restricted(user, now: datetime | None = None) -> bool:
    """Read only the user row: could this account be restricted right now?"""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "restriction_level", ""):
        return False
    ends_at = user.restriction_ends_at
    return ends_at is None or ends_at > (now or timezone.now())


def restriction_state_for(user, now: datetime | None = None) -> RestrictionState | None:
    now = now or timezone.now()
    if not summary_says_restricted(user, now):
        return None  # unrestricted, or expired by itself: no query, no one had to act
    active = list(Restriction.objects.active(now).filter(account_id=user.pk).select_related("case"))
    if not active:
        return None  # lifted or not yet started
    active.sort(key=lambda r: (-LEVEL_RANK.get(r.level, 0), r.starts_at))
    open_ended = any(r.ends_at is None for r in active)
    latest_end = None if open_ended else max(r.ends_at for r in active)
    return RestrictionState(level=active[0].level, ends_at=latest_end, restrictions=active)
