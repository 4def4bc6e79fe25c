"""Demo step 2: plant feedback building among the demo accounts, then let
detection find it (``manage.py seed_demo`` runs this after ``demo.accounts``).

Nothing here opens a case: the planted rows are ordinary marketplace data
(accounts, identity signals, contracts, messages, payments, feedback) and the full
scan at the end finds them and routes them to cases. Idempotent: every planted row
has an external id ``demo-plant-…``; a scheme already planted is left alone, and the
scan upserts by fingerprint.

Planted (two of each kind):
* self-hire — Sid (``suspended@example.com``) and a client account sharing his
  card and laptop, hiring him three times; and a second pair sharing a phone and a
  device;
* feedback ring — five demo freelancers hiring each other on tiny one-day jobs,
  and a pair trading five stars both ways;
* conflict of interest — a freelancer made admin (and another hiring manager) of a
  demo company and hired by its owner on the company's contracts;
* paid feedback — a refund offered for five stars, and a bonus; both paid and rated;
* feedback extortion — a client threatening a one-star review, a freelancer
  threatening to withhold the source files.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from accounts.identity import hash_value
from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract, Message, Payment
from detection import services
from feedback.models import Feedback

PREFIX = "demo-plant"


class _Planter:
    def __init__(self, stdout):
        self.stdout = stdout
        self.now = timezone.now().replace(microsecond=0)
        demo = User.objects.filter(external_id__startswith="demo-acc-").order_by("id")
        self.clients = list(demo.filter(kind=User.Kind.CLIENT))
        self.freelancers = list(demo.filter(kind=User.Kind.FREELANCER))
        self.planted = 0

    # --- accounts -----------------------------------------------------------------------
    def account(self, key: str, kind: str, name: str, *, pool: list[User] | None = None, index: int = 0) -> User:
        """A demo marketplace account from ``pool`` when there is one, else a planted account."""
        if pool and index < len(pool):
            return pool[index]
        user, _ = User.objects.get_or_create(
            external_id=f"{PREFIX}-{key}",
            defaults={"email": f"{key}@plant.demo.example", "name": name, "kind": kind, "password": "!"},
        )
        return user

    def identity(self, account: User, kind: str, value: str) -> None:
        IdentitySignal.objects.get_or_create(
            account=account,
            kind=kind,
            value_hash=hash_value(kind, value),
            defaults={"first_seen": self.now - timedelta(days=90), "last_seen": self.now - timedelta(days=2)},
        )

    # --- activity ------------------------------------------------------------------------
    def done(self, scheme: str) -> bool:
        return Contract.objects.filter(external_id=f"{PREFIX}-{scheme}-c0").exists()

    def job(
        self,
        scheme: str,
        n: int,
        client: User,
        freelancer: User,
        *,
        amount: str,
        days_ago: float,
        length_days: float,
        org: Organization | None = None,
        title: str = "Quick task",
        ratings: tuple[int | None, int | None] = (5, 5),
    ) -> Contract:
        started = self.now - timedelta(days=days_ago)
        ended = started + timedelta(days=length_days)
        contract = Contract.objects.create(
            external_id=f"{PREFIX}-{scheme}-c{n}",
            client=client,
            freelancer=freelancer,
            client_org=org,
            title=title,
            amount=Decimal(amount),
            started_at=started,
            ended_at=ended,
            status=Contract.Status.ENDED,
        )
        Payment.objects.create(
            external_id=f"{PREFIX}-{scheme}-p{n}",
            contract=contract,
            payer=client,
            payee=freelancer,
            kind=Payment.Kind.FIXED,
            amount=Decimal(amount),
            created_at=ended,
        )
        client_rating, freelancer_rating = ratings
        if client_rating:
            self.feedback(scheme, f"{n}c", contract, client, freelancer, client_rating, ended + timedelta(hours=3))
        if freelancer_rating:
            self.feedback(scheme, f"{n}f", contract, freelancer, client, freelancer_rating, ended + timedelta(hours=5))
        return contract

    def feedback(self, scheme, key, contract, author, recipient, rating, when) -> None:
        Feedback.objects.create(
            external_id=f"{PREFIX}-{scheme}-f{key}",
            contract=contract,
            author=author,
            recipient=recipient,
            rating=rating,
            comment="Great to work with!" if rating >= 4 else "Not happy with this.",
            created_at=when,
        )

    def message(self, scheme, key, contract, sender, body, when) -> None:
        Message.objects.create(
            external_id=f"{PREFIX}-{scheme}-m{key}",
            sender=sender,
            recipient=contract.freelancer if sender.pk == contract.client_id else contract.client,
            contract=contract,
            body=body,
            sent_at=when,
        )

    def payment(self, scheme, key, contract, payer, kind, amount, when) -> None:
        Payment.objects.create(
            external_id=f"{PREFIX}-{scheme}-p{key}",
            contract=contract,
            payer=payer,
            payee=contract.freelancer if payer.pk == contract.client_id else contract.client,
            kind=kind,
            amount=Decimal(amount),
            created_at=when,
        )

    # --- schemes ---------------------------------------------------------------------------
    def plant(self, scheme: str, build) -> None:
        if self.done(scheme):
            return
        with transaction.atomic():
            build(scheme)
        self.planted += 1

    def self_hire_sid(self, scheme: str) -> None:
        sid, _ = User.objects.get_or_create(
            email="suspended@example.com",
            defaults={
                "name": "Sid Suspended",
                "kind": User.Kind.FREELANCER,
                "external_id": "demo-freelancer-suspended",
            },
        )
        puppet = self.account("sid-client", User.Kind.CLIENT, "Sam Dias")
        for who in (sid, puppet):
            self.identity(who, "payment_instrument", "4000 0566 5566 5556")
            self.identity(who, "device", "demo-plant-sid-laptop")
        for n, (amount, ago) in enumerate([("45.00", 40), ("60.00", 26), ("80.00", 12)]):
            self.job(scheme, n, puppet, sid, amount=amount, days_ago=ago, length_days=1.5, title="Logo tweak")

    def self_hire_phone(self, scheme: str) -> None:
        freelancer = self.account("sh2-freelancer", User.Kind.FREELANCER, "Nia Varga", pool=self.freelancers, index=10)
        puppet = self.account("sh2-client", User.Kind.CLIENT, "N. Varga Hiring")
        for who in (freelancer, puppet):
            self.identity(who, "phone", "+351 912 000 111")
            self.identity(who, "device", "demo-plant-sh2-phone")
        self.job(scheme, 0, puppet, freelancer, amount="30.00", days_ago=20, length_days=1, title="Data entry")
        self.job(scheme, 1, puppet, freelancer, amount="35.00", days_ago=9, length_days=1, title="Data entry")

    def ring(self, scheme: str) -> None:
        members = [
            self.account(f"ring-{i}", User.Kind.FREELANCER, f"Ring Member {i}", pool=self.freelancers, index=20 + i)
            for i in range(5)
        ]
        pairs = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 2), (1, 3), (2, 4), (3, 0)]
        n = 0
        for k, (a, b) in enumerate(pairs):
            for j in range(1 + (k % 2)):
                client, freelancer = (members[a], members[b]) if j == 0 else (members[b], members[a])
                self.job(scheme, n, client, freelancer, amount=f"{20 + 5 * (n % 7)}.00", days_ago=50 - n, length_days=1)
                n += 1

    def ring_pair(self, scheme: str) -> None:
        a = self.account("pair-a", User.Kind.FREELANCER, "Pair A", pool=self.freelancers, index=30)
        b = self.account("pair-b", User.Kind.FREELANCER, "Pair B", pool=self.freelancers, index=31)
        for n in range(4):
            client, freelancer = (a, b) if n % 2 == 0 else (b, a)
            self.job(scheme, n, client, freelancer, amount="25.00", days_ago=30 - 6 * n, length_days=0.5)

    def conflict(self, scheme: str, org_index: int, role: str, freelancer_index: int, contracts: int) -> None:
        org = Organization.objects.filter(external_id=f"demo-org-{org_index}").first()
        owner_membership = (
            Membership.objects.filter(organization=org, role=Membership.Role.OWNER).select_related("account").first()
            if org
            else None
        )
        if org is None or owner_membership is None:
            org, _ = Organization.objects.get_or_create(
                external_id=f"{PREFIX}-org-{org_index}", defaults={"name": f"Planted Company {org_index}"}
            )
            owner = self.account(f"org-{org_index}-owner", User.Kind.CLIENT, f"Owner {org_index}")
            Membership.objects.get_or_create(organization=org, account=owner, defaults={"role": Membership.Role.OWNER})
        else:
            owner = owner_membership.account
        insider = self.account(
            f"coi-{org_index}",
            User.Kind.FREELANCER,
            f"Insider {org_index}",
            pool=self.freelancers,
            index=freelancer_index,
        )
        Membership.objects.get_or_create(organization=org, account=insider, defaults={"role": role})
        for n in range(contracts):
            self.job(
                scheme,
                n,
                owner,
                insider,
                amount="1200.00",
                days_ago=60 - 20 * n,
                length_days=14,
                org=org,
                title="Website rebuild",
            )

    def paid_refund(self, scheme: str) -> None:
        freelancer = self.account("paid1-f", User.Kind.FREELANCER, "Paid One", pool=self.freelancers, index=50)
        client = self.account("paid1-c", User.Kind.CLIENT, "Client One", pool=self.clients, index=50)
        c = self.job(scheme, 0, client, freelancer, amount="300.00", days_ago=18, length_days=7, ratings=(None, 5))
        self.message(
            scheme, 0, c, freelancer, "pls leave 5* fb and ill refund ur $20 :)", c.ended_at - timedelta(hours=2)
        )
        self.payment(scheme, "r", c, freelancer, Payment.Kind.REFUND, "20.00", c.ended_at + timedelta(hours=20))
        self.feedback(scheme, "late", c, client, freelancer, 5, c.ended_at + timedelta(days=2))

    def paid_bonus(self, scheme: str) -> None:
        freelancer = self.account("paid2-f", User.Kind.FREELANCER, "Paid Two", pool=self.freelancers, index=51)
        client = self.account("paid2-c", User.Kind.CLIENT, "Client Two", pool=self.clients, index=51)
        c = self.job(scheme, 0, client, freelancer, amount="450.00", days_ago=25, length_days=10, ratings=(5, None))
        self.message(
            scheme,
            0,
            c,
            client,
            "I'll send you a $50 bonus if you leave me a 5 star review",
            c.ended_at - timedelta(hours=5),
        )
        self.payment(scheme, "b", c, client, Payment.Kind.BONUS, "50.00", c.ended_at + timedelta(hours=30))
        self.feedback(scheme, "late", c, freelancer, client, 5, c.ended_at + timedelta(days=3))

    def extortion_client(self, scheme: str) -> None:
        freelancer = self.account("ext1-f", User.Kind.FREELANCER, "Victim One", pool=self.freelancers, index=52)
        client = self.account("ext1-c", User.Kind.CLIENT, "Client Three", pool=self.clients, index=52)
        c = self.job(scheme, 0, client, freelancer, amount="600.00", days_ago=15, length_days=8, ratings=(None, None))
        self.message(
            scheme,
            0,
            c,
            client,
            "Unless you give me a 5 star review I will leave you a 1 star. Your choice.",
            c.ended_at - timedelta(hours=3),
        )
        self.feedback(scheme, "gave-in", c, freelancer, client, 5, c.ended_at + timedelta(days=1))

    def extortion_freelancer(self, scheme: str) -> None:
        freelancer = self.account("ext2-f", User.Kind.FREELANCER, "Freelancer Four", pool=self.freelancers, index=53)
        client = self.account("ext2-c", User.Kind.CLIENT, "Victim Two", pool=self.clients, index=53)
        c = self.job(scheme, 0, client, freelancer, amount="250.00", days_ago=10, length_days=5, ratings=(None, None))
        self.message(
            scheme,
            0,
            c,
            freelancer,
            "Leave me 5 stars or I will not send the source files.",
            c.ended_at - timedelta(hours=6),
        )


def seed(*, stdout) -> None:
    p = _Planter(stdout)
    p.plant("sid", p.self_hire_sid)
    p.plant("sh2", p.self_hire_phone)
    p.plant("ring", p.ring)
    p.plant("pair", p.ring_pair)
    p.plant("coi1", lambda s: p.conflict(s, 3, Membership.Role.ADMIN, 40, 2))
    p.plant("coi2", lambda s: p.conflict(s, 7, Membership.Role.HIRING_MANAGER, 41, 1))
    p.plant("paid1", p.paid_refund)
    p.plant("paid2", p.paid_bonus)
    p.plant("ext1", p.extortion_client)
    p.plant("ext2", p.extortion_freelancer)
    stdout.write(f"  planted {p.planted} new schemes (10 in all); running a full detection scan…")
    report = services.scan_full()
    stdout.write("  " + report.summary())
