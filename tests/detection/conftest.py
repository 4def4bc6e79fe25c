"""Builders for marketplace rows, written straight to the database (no services,
so no incremental detection fires unless a test asks for it)."""

from __future__ import annotations

import itertools
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.identity import building_hash, hash_value
from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract, Message, Payment
from feedback.models import Feedback

_seq = itertools.count(1)
NOW = timezone.now().replace(microsecond=0)


class Market:
    """A tiny marketplace builder. Times are days before now."""

    def account(self, name: str, kind: str = "freelancer", **extra) -> User:
        n = next(_seq)
        email = extra.pop("email", f"{name.lower().replace(' ', '.')}.{n}@market.test")
        return User.objects.create(
            email=email, name=name, kind=kind, external_id=extra.pop("external_id", f"acc-{n}"), password="!", **extra
        )

    def identity(
        self, kind: str, value: str, *accounts: User, seen_days: tuple[float, float] = (0, 0)
    ) -> list[IdentitySignal]:
        """``seen_days``: first and last sighting on each account, in days before now."""
        first, last = (NOW - timedelta(days=d) for d in seen_days)
        return [
            IdentitySignal.objects.create(
                account=a,
                kind=kind,
                value_hash=hash_value(kind, value),
                building_hash=building_hash(kind, value),
                first_seen=first,
                last_seen=last,
            )
            for a in accounts
        ]

    def contract(
        self,
        client: User,
        freelancer: User,
        *,
        amount: str | float = "40.00",
        days_ago: float = 20,
        length: float = 1,
        org: Organization | None = None,
        ended: bool = True,
    ) -> Contract:
        started = NOW - timedelta(days=days_ago)
        return Contract.objects.create(
            external_id=f"c-{next(_seq)}",
            client=client,
            freelancer=freelancer,
            client_org=org,
            amount=Decimal(str(amount)),
            started_at=started,
            ended_at=started + timedelta(days=length) if ended else None,
            status=Contract.Status.ENDED if ended else Contract.Status.ACTIVE,
            title="Job",
        )

    def feedback(self, contract: Contract, author: User, rating: int = 5, *, after_days: float = 0.2) -> Feedback:
        recipient_id = contract.other_party_id(author.pk)
        when = (contract.ended_at or contract.started_at) + timedelta(days=after_days)
        return Feedback.objects.create(
            external_id=f"f-{next(_seq)}",
            contract=contract,
            author=author,
            recipient_id=recipient_id,
            rating=rating,
            created_at=min(when, NOW),
        )

    def job(self, client: User, freelancer: User, *, ratings=(5, 5), **kwargs) -> Contract:
        """A contract with feedback both ways (None: that side leaves none)."""
        c = self.contract(client, freelancer, **kwargs)
        if ratings[0]:
            self.feedback(c, client, ratings[0])
        if ratings[1]:
            self.feedback(c, freelancer, ratings[1], after_days=0.3)
        return c

    def message(self, contract: Contract, sender: User, body: str, *, days_ago: float | None = None) -> Message:
        sent = (
            NOW - timedelta(days=days_ago) if days_ago is not None else (contract.ended_at or NOW) - timedelta(hours=2)
        )
        return Message.objects.create(
            external_id=f"m-{next(_seq)}",
            sender=sender,
            recipient_id=contract.other_party_id(sender.pk),
            contract=contract,
            body=body,
            sent_at=sent,
        )

    def payment(self, contract: Contract, payer: User, kind: str, amount: str, *, after_days: float = 0.5) -> Payment:
        return Payment.objects.create(
            external_id=f"p-{next(_seq)}",
            contract=contract,
            payer=payer,
            payee_id=contract.other_party_id(payer.pk),
            kind=kind,
            amount=Decimal(amount),
            created_at=min((contract.ended_at or NOW) + timedelta(days=after_days), NOW),
        )

    def org(self, name: str, owner: User) -> Organization:
        org = Organization.objects.create(name=name, external_id=f"o-{next(_seq)}")
        Membership.objects.create(organization=org, account=owner, role=Membership.Role.OWNER)
        return org

    def member(self, org: Organization, account: User, role: str) -> Membership:
        return Membership.objects.create(organization=org, account=account, role=role)

    def honest_work(self, freelancer: User, clients: list[User], *, jobs: int = 1, **kwargs) -> None:
        """Ordinary work: larger, longer contracts, mostly five stars."""
        for i, client in enumerate(clients):
            for j in range(jobs):
                self.job(
                    client,
                    freelancer,
                    amount=kwargs.get("amount", 600 + 50 * i),
                    length=kwargs.get("length", 12),
                    days_ago=200 - 3 * i - j,
                )


@pytest.fixture
def market(db) -> Market:
    return Market()


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    return settings


@pytest.fixture
def detect(db):
    """``detect(module, scope=None)``: run one detector; returns its findings."""
    from detection.detectors.base import ScanContext

    def run(detector, scope=None):
        return detector.detect(ScanContext(scope=frozenset(scope) if scope is not None else None))

    return run
