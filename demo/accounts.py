"""Demo step 1: staff, the demo logins, and an honest little marketplace.

Deterministic (seeded) and idempotent: the marketplace is created once, keyed by
external ids ``demo-…``; the logins are created or reset on every run.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from accounts.identity import hash_value
from accounts.models import IdentitySignal, Membership, Organization, Role, User
from contracts.models import Contract, Job, Message, Payment, Proposal
from feedback.models import Feedback
from feedback.services import rating_summary_refresh

DEMO_PASSWORD = "correct-horse-demo"

STAFF = [
    ("reviewer@example.com", "Riley Reviewer", [Role.REVIEWER]),
    ("senior@example.com", "Sasha Senior", [Role.SENIOR_REVIEWER]),
    ("admin@example.com", "Alex Admin", [Role.ADMIN]),
]
USERS = [
    ("client@example.com", "Clara Client", User.Kind.CLIENT, "US"),
    ("freelancer@example.com", "Felix Freelancer", User.Kind.FREELANCER, "PT"),
    ("suspended@example.com", "Sid Suspended", User.Kind.FREELANCER, "GB"),
]

FIRST = [
    "Ana",
    "Ben",
    "Chen",
    "Dara",
    "Eli",
    "Fatima",
    "Gus",
    "Hana",
    "Ivan",
    "Jade",
    "Kofi",
    "Lena",
    "Marco",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Umar",
    "Vera",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
]
LAST = [
    "Adams",
    "Bauer",
    "Costa",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kim",
    "Lopez",
    "Mensah",
    "Novak",
    "Okafor",
    "Petrov",
    "Rossi",
    "Silva",
    "Tanaka",
    "Usman",
    "Varga",
    "Weber",
    "Yilmaz",
]
COUNTRIES = ["US", "GB", "DE", "FR", "IN", "BR", "PT", "NG", "PH", "UA", "CA", "ES", "PL", "KE", "MX"]
JOBS = [
    "Logo design",
    "WordPress fixes",
    "Mobile app UI",
    "Data cleaning in Excel",
    "Translate product pages",
    "Django API endpoint",
    "Podcast editing",
    "SEO audit",
    "Bookkeeping for Q3",
    "Illustrations for a book",
    "Landing page copy",
    "Shopify theme tweaks",
    "Python scraping script",
    "Pitch deck design",
    "Customer support emails",
    "Video subtitles",
    "Market research summary",
    "React component library",
]
PRAISE = [
    "Great communication and delivered on time.",
    "Solid work, would hire again.",
    "Understood the brief quickly and asked good questions.",
    "Excellent quality, a pleasure to work with.",
    "Did exactly what we needed.",
    "Fast, friendly and professional.",
    "Very happy with the result.",
]
MEH = [
    "Work was fine but a few days late.",
    "Needed more revisions than expected.",
    "Okay result, communication could be better.",
]
CHAT = [
    "Hi! Thanks for the offer, happy to start tomorrow.",
    "Here is the first draft, let me know what you think.",
    "Could you make the header a bit larger?",
    "Done — uploaded the final files.",
    "Thanks, this looks great. Releasing the payment now.",
    "Quick question about the deadline: is Friday ok?",
]


def seed(*, stdout) -> None:
    staff_and_logins(stdout=stdout)
    if User.objects.filter(external_id="demo-acc-0").exists():
        stdout.write("  marketplace already seeded")
        return
    honest_marketplace(stdout=stdout)


def staff_and_logins(*, stdout) -> dict[str, User]:
    people = {}
    with transaction.atomic():
        for email, name, roles in STAFF:
            user, _ = User.objects.get_or_create(email=email, defaults={"name": name, "is_staff": True})
            user.is_staff = True
            user.is_superuser = email == "admin@example.com"
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.set([Group.objects.get_or_create(name=r)[0] for r in roles])
            people[email] = user
        for email, name, kind, country in USERS:
            user, _ = User.objects.get_or_create(
                email=email,
                defaults={
                    "name": name,
                    "kind": kind,
                    "country": country,
                    "external_id": f"demo-{kind}-" + email.split("@")[0],
                },
            )
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            people[email] = user
    stdout.write("  staff and demo logins ready (password: correct-horse-demo)")
    return people


def honest_marketplace(*, stdout, n_clients: int = 110, n_freelancers: int = 170, n_agencies: int = 20) -> None:
    rng = random.Random(20261127)
    now = timezone.now()
    clara = User.objects.get(email="client@example.com")
    felix = User.objects.get(email="freelancer@example.com")
    sid = User.objects.get(email="suspended@example.com")

    with transaction.atomic():
        accounts = []
        plan = [(User.Kind.CLIENT, n_clients), (User.Kind.FREELANCER, n_freelancers), (User.Kind.AGENCY, n_agencies)]
        i = 0
        for kind, n in plan:
            for _ in range(n):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                accounts.append(
                    User(
                        email=f"{first}.{last}.{i}@demo.example".lower(),
                        name=f"{first} {last}",
                        kind=kind,
                        country=rng.choice(COUNTRIES),
                        external_id=f"demo-acc-{i}",
                        date_joined=now - timedelta(days=rng.randint(200, 900)),
                        password="!",  # unusable: only the listed demo logins can sign in
                    )
                )
                i += 1
        User.objects.bulk_create(accounts)
        accounts = list(User.objects.filter(external_id__startswith="demo-acc-").order_by("id"))
        clients = [a for a in accounts if a.kind == User.Kind.CLIENT] + [clara]
        freelancers = [a for a in accounts if a.kind != User.Kind.CLIENT] + [felix, sid]

        orgs = Organization.objects.bulk_create(
            [
                Organization(
                    name=f"{rng.choice(LAST)} {rng.choice(['Labs', 'Studio', 'GmbH', 'Ltd', 'Co'])}",
                    external_id=f"demo-org-{k}",
                    created_at=now - timedelta(days=800),
                )
                for k in range(25)
            ]
        )
        memberships, org_of = [], {}
        for k, org in enumerate(orgs):
            owner = clients[k]
            org_of[owner.pk] = org
            memberships.append(Membership(organization=org, account=owner, role=Membership.Role.OWNER))
            for extra in rng.sample(clients[25:], 2):
                if (org.pk, extra.pk) not in {(m.organization_id, m.account_id) for m in memberships}:
                    memberships.append(
                        Membership(
                            organization=org,
                            account=extra,
                            role=rng.choice([Membership.Role.HIRING_MANAGER, Membership.Role.MEMBER]),
                        )
                    )
        Membership.objects.bulk_create(memberships, ignore_conflicts=True)

        # Heavy-tailed activity: a few busy clients, many occasional ones.
        contracts = []
        for c in range(620):
            client = clients[min(int(rng.paretovariate(1.2)) - 1, len(clients) - 1)] if c % 3 else rng.choice(clients)
            if c < 12:
                client = clara
            freelancer = rng.choice(freelancers) if c >= 12 else rng.choice([felix, *freelancers[:40]])
            if c in (3, 7):
                freelancer = felix
            started = now - timedelta(days=rng.randint(5, 360), hours=rng.randint(0, 23))
            length = timedelta(days=rng.randint(4, 60))
            ended = started + length if started + length < now - timedelta(days=1) else None
            contracts.append(
                Contract(
                    external_id=f"demo-c-{c}",
                    client=client,
                    freelancer=freelancer,
                    client_org=org_of.get(client.pk),
                    title=rng.choice(JOBS),
                    amount=Decimal(rng.choice([150, 300, 450, 800, 1200, 2500, 4000])) + Decimal(rng.randint(0, 99)),
                    started_at=started,
                    ended_at=ended,
                    status=Contract.Status.ENDED if ended else Contract.Status.ACTIVE,
                )
            )
        Contract.objects.bulk_create(contracts)
        contracts = list(Contract.objects.filter(external_id__startswith="demo-c-"))

        feedback, messages, payments = [], [], []
        for c in contracts:
            for m in range(rng.randint(2, 4)):
                sender, recipient = (c.client, c.freelancer) if m % 2 == 0 else (c.freelancer, c.client)
                messages.append(
                    Message(
                        external_id=f"demo-m-{c.pk}-{m}",
                        sender=sender,
                        recipient=recipient,
                        contract=c,
                        body=rng.choice(CHAT),
                        sent_at=c.started_at + timedelta(hours=6 * (m + 1)),
                    )
                )
            payments.append(
                Payment(
                    external_id=f"demo-p-{c.pk}",
                    contract=c,
                    payer=c.client,
                    payee=c.freelancer,
                    kind=rng.choice([Payment.Kind.FIXED, Payment.Kind.MILESTONE, Payment.Kind.HOURLY]),
                    amount=c.amount,
                    created_at=c.started_at + timedelta(days=2),
                )
            )
            if c.ended_at and rng.random() < 0.85:
                for author, recipient in ((c.client, c.freelancer), (c.freelancer, c.client)):
                    if rng.random() < 0.8:
                        rating = rng.choices([5, 4, 3, 2, 1], weights=[78, 14, 4, 2, 2])[0]
                        feedback.append(
                            Feedback(
                                external_id=f"demo-f-{c.pk}-{author.pk}",
                                contract=c,
                                author=author,
                                recipient=recipient,
                                rating=rating,
                                comment=rng.choice(PRAISE if rating >= 4 else MEH),
                                created_at=c.ended_at + timedelta(hours=rng.randint(1, 72)),
                            )
                        )
        Message.objects.bulk_create(messages)
        Payment.objects.bulk_create(payments)
        Feedback.objects.bulk_create(feedback)

        # Identity signals: everyone has a device and an IP; a coworking space's
        # public IP is shared by many honest accounts; two family members share a
        # laptop but never work together. None of this is fraud.
        identities = []
        cafe_ip = "203.0.113.77"
        for n, a in enumerate(accounts + [clara, felix, sid]):
            identities.append(IdentitySignal(account=a, kind="device", value_hash=hash_value("device", f"dev-{a.pk}")))
            ip = cafe_ip if n % 9 == 0 else f"198.51.100.{n % 250}" if n % 4 == 0 else f"192.0.2.{n % 250}-{n}"
            identities.append(IdentitySignal(account=a, kind="ip", value_hash=hash_value("ip", ip)))
        family = [a for a in accounts if a.kind == User.Kind.FREELANCER][-2:]
        for a in family:
            identities.append(
                IdentitySignal(account=a, kind="device", value_hash=hash_value("device", "family-laptop"))
            )
        IdentitySignal.objects.bulk_create(identities, ignore_conflicts=True)

        # A few open jobs with proposals, for the jobs page.
        for j, title in enumerate(
            ["Redesign our pricing page", "Translate onboarding emails to German", "Fix a flaky CI pipeline"]
        ):
            job, _ = Job.objects.get_or_create(
                client=clara,
                title=title,
                defaults={"description": "Details in the attached brief.", "budget": Decimal(300 + 200 * j)},
            )
            for f in freelancers[j * 3 : j * 3 + 3]:
                Proposal.objects.get_or_create(
                    job=job,
                    freelancer=f,
                    defaults={
                        "cover_letter": "I have done this before; happy to help.",
                        "rate": Decimal(280 + 200 * j),
                    },
                )
        other_client = clients[5]
        Job.objects.get_or_create(
            client=other_client,
            title="Write product descriptions",
            defaults={"description": "40 short descriptions.", "budget": Decimal("400")},
        )

        rating_summary_refresh(account_ids=[a.pk for a in accounts] + [clara.pk, felix.pk, sid.pk])
    stdout.write(
        f"  honest marketplace: {len(accounts) + 3} accounts, {len(contracts)} contracts, "
        f"{len(feedback)} feedback, {len(messages)} messages"
    )
