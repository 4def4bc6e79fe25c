"""Writes for restrictions. Each applies or lifts in one transaction, keeps the
user row's denormalised summary true, and writes the case timeline."""

from __future__ import annotations

import logging
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.services import account_lock
from cases.models import CaseEvent
from cases.timeline import event_add
from core.errors import DomainError
from notifications.notices import restriction_ended_notice, restriction_lifted_notice

from .models import LEVEL_RANK, Level, Restriction

logger = logging.getLogger(__name__)


class RestrictionError(DomainError):
    """A restriction refused or already in the state asked for."""


def _lock_account(account_id: int) -> None:
    """Serialise writes to one account's restrictions: two decisions applied at once
    must not each recompute the summary without seeing the other's row."""
    account_lock(account_id=account_id)


def account_restriction_refresh(*, account_id: int, now: datetime | None = None) -> None:
    """Recompute ``User.restriction_level``/``restriction_ends_at`` from the rows.
    Call inside the transaction that changed them."""
    now = now or timezone.now()
    active = list(Restriction.objects.active(now).filter(account_id=account_id))
    # Future-dated restrictions count too: the summary must cover them once they start.
    pending = list(Restriction.objects.filter(account_id=account_id, lifted_at__isnull=True, starts_at__gt=now))
    rows = active + pending
    if not rows:
        level, ends_at = "", None
    else:
        level = max(rows, key=lambda r: LEVEL_RANK.get(r.level, 0)).level
        ends_at = None if any(r.ends_at is None for r in rows) else max(r.ends_at for r in rows)
    get_user_model().objects.filter(pk=account_id).update(restriction_level=level, restriction_ends_at=ends_at)


def restriction_apply(
    *,
    account,
    level: str,
    reason: str,
    actor=None,
    case=None,
    decision=None,
    ends_at: datetime | None = None,
    starts_at: datetime | None = None,
    until_resolved: bool = False,
) -> Restriction:
    if level not in Level.values:
        raise RestrictionError(f"Unknown restriction level {level!r}.", "level")
    if not (reason or "").strip():
        raise RestrictionError("Say why the account is restricted.", "reason_required")
    starts_at = starts_at or timezone.now()
    if ends_at is not None and ends_at <= starts_at:
        raise RestrictionError("A restriction must end after it starts.", "ends_before_start")
    with transaction.atomic():
        _lock_account(account.pk)
        restriction = Restriction.objects.create(
            account=account,
            level=level,
            reason=reason,
            case=case,
            decision=decision,
            starts_at=starts_at,
            ends_at=ends_at,
            until_resolved=until_resolved,
            created_by=actor,
        )
        account_restriction_refresh(account_id=account.pk)
        if case is not None:
            event_add(
                case=case,
                type=CaseEvent.Type.RESTRICTION_APPLIED,
                actor=actor,
                account=account,
                body=reason,
                data={
                    "restriction": restriction.pk,
                    "level": level,
                    "ends_at": ends_at.isoformat() if ends_at else None,
                    "until_resolved": until_resolved,
                },
            )
        if ends_at is not None:
            transaction.on_commit(lambda: _schedule_summary_refresh(ends_at))
    return restriction


def _schedule_summary_refresh(at: datetime) -> None:
    """Queue the summary refresh for the moment the restriction ends, where the
    task backend can defer work. Enforcement never waits for it: an end time in
    the past already reads as unrestricted."""
    from .tasks import expire_restrictions

    try:
        if expire_restrictions.get_backend().supports_defer:
            expire_restrictions.using(run_after=at).enqueue()
    except Exception:  # a queue hiccup must not undo or hide a decision already committed
        logger.warning("Could not schedule the restriction summary refresh for %s", at, exc_info=True)


def restriction_lift(*, restriction: Restriction, actor, reason: str, notify: bool = True) -> Restriction:
    if not reason.strip():
        raise RestrictionError("Say why the restriction is lifted.", "reason_required")
    with transaction.atomic():
        _lock_account(restriction.account_id)
        locked = (
            Restriction.objects.select_for_update(of=("self",)).select_related("account", "case").get(pk=restriction.pk)
        )
        if locked.lifted_at is not None:
            raise RestrictionError("This restriction was already lifted.", "already_lifted")
        locked.lifted_at = timezone.now()
        locked.lifted_by = actor
        locked.lift_reason = reason
        locked.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
        account_restriction_refresh(account_id=locked.account_id)
        if locked.case_id:
            event = event_add(
                case=locked.case,
                type=CaseEvent.Type.RESTRICTION_LIFTED,
                actor=actor,
                account=locked.account,
                body=reason,
                data={"restriction": locked.pk, "level": locked.level},
                visible_to_user=notify,
            )
            if notify:
                restriction_lifted_notice(restriction=locked, event=event, reason=reason)
    return locked


def restrictions_expire(*, now: datetime | None = None) -> int:
    """Bring the denormalised summary up to date for accounts whose restrictions
    ended by themselves. Not needed for enforcement (an end time in the past already
    means "unrestricted" without a query); it keeps lists and filters that read
    ``User.restriction_level`` honest, and tells each user whose account is free
    again that their restriction has ended. Returns how many accounts were refreshed."""
    now = now or timezone.now()
    stale = list(
        get_user_model()
        .objects.exclude(restriction_level="")
        .filter(restriction_ends_at__lte=now)
        .values_list("pk", flat=True)
    )
    for account_id in stale:
        with transaction.atomic():
            _lock_account(account_id)
            summary = (
                get_user_model().objects.filter(pk=account_id).values_list("restriction_level", "restriction_ends_at")
            )
            level, ends_at = summary.get()
            if not level or ends_at is None or ends_at > now:
                continue  # refreshed meanwhile
            account_restriction_refresh(account_id=account_id, now=now)
            if not summary.get()[0]:
                _tell_restriction_ended(account_id=account_id, ends_at=ends_at)
    return len(stale)


def _tell_restriction_ended(*, account_id: int, ends_at: datetime) -> None:
    """The account is free again because its last restriction reached its end:
    tell the user (once: the summary said "restricted" until the refresh above)."""
    ended = (
        Restriction.objects.filter(account_id=account_id, lifted_at__isnull=True, ends_at=ends_at)
        .select_related("account", "case")
        .order_by("-starts_at")
        .first()
    )
    if ended is None:
        return
    event = None
    if ended.case_id:
        event = event_add(
            case=ended.case,
            type=CaseEvent.Type.RESTRICTION_LIFTED,
            account=ended.account,
            body=f"The {ended.get_level_display().lower()} restriction reached its end date.",
            data={"restriction": ended.pk, "level": ended.level, "expired": True},
            visible_to_user=True,
        )
    restriction_ended_notice(restriction=ended, event=event)
