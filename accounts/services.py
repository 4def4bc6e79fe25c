from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from core.errors import DomainError
from core.signals import marketplace_activity_recorded

from .identity import hashes
from .models import IdentitySignal, User
from .validators import display_name_problem


def identity_record(*, account: User, kind: str, value: str, seen_at: datetime | None = None) -> IdentitySignal:
    """Record that ``account`` used ``value`` (a device, card, phone…). Only its
    keyed hash is stored; first/last seen are widened to include ``seen_at``."""
    if kind not in IdentitySignal.Kind.values:
        raise ValueError(f"unknown identity kind {kind!r}")
    if not str(value).strip():
        raise ValueError("identity value is empty")
    seen_at = seen_at or timezone.now()
    digest, building = hashes(kind, value)
    with transaction.atomic():
        signal, created = IdentitySignal.objects.select_for_update().get_or_create(
            account=account,
            kind=kind,
            value_hash=digest,
            defaults={"first_seen": seen_at, "last_seen": seen_at, "building_hash": building},
        )
        if not created:
            changed = []
            if signal.building_hash != building:  # stored before building hashes were
                signal.building_hash = building
                changed.append("building_hash")
            if seen_at < signal.first_seen:
                signal.first_seen = seen_at
                changed.append("first_seen")
            if seen_at > signal.last_seen:
                signal.last_seen = seen_at
                changed.append("last_seen")
            if changed:
                signal.save(update_fields=changed)
        if created:
            marketplace_activity_recorded(sender=IdentitySignal, event="identity", object_id=signal.pk)
    return signal


def account_profile_update(*, account: User, name: str, country: str) -> User:
    """Change what the user may edit on their public profile. Saves only these
    fields: the row also carries the rating and restriction summaries, which
    other services keep. A name that is not one clean line is refused."""
    name = name.strip()
    if problem := display_name_problem(name):
        raise DomainError(problem, "name")
    account.name = name
    account.country = country.strip().upper()
    account.save(update_fields=["name", "country"])
    return account


def account_lock(*, account_id: int) -> None:
    """Take the row lock on one account, inside the caller's transaction: the point
    where the writes that must see each other meet — its withdrawals against its
    balance, its strikes and restrictions against a proposal that counted them."""
    User.objects.select_for_update().filter(pk=account_id).values_list("pk", flat=True).first()
