"""A feedback ring at real scale, for the demo, the tests and ``bench/``: ``members``
accounts hiring each other round a circle, five-star feedback both ways, chat and
payments on every contract, one shared device, a detection signal and a case
that links ``evidence`` records, with a busy timeline.

Everything is written in bulk (a ten-member ring with 500 evidence items takes a
fraction of a second), and nothing here decides anything: callers do that
through ``cases.services``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.models import IdentitySignal, User
from cases.models import Case, CaseEvent, Evidence
from cases.services import case_open
from contracts.models import Contract, Message, Payment
from detection.kinds import Kind
from detection.models import Signal
from feedback.models import Feedback

PRAISE = [
    "Outstanding work, delivered early. Would hire again!",
    "Five stars, a true professional.",
    "Perfect communication and a flawless result.",
    "Best freelancer on the platform, highly recommended.",
]


@dataclass
class Ring:
    case: Case
    members: list[User]
    contracts: list[Contract]
    feedback: list[Feedback]
    signal: Signal


def build_ring(
    *,
    members: int = 10,
    evidence: int = 500,
    events: int = 60,
    prefix: str = "ring",
    domain: str = "ring.example",
) -> Ring:
    """A ring case with ``members`` subjects, ``evidence`` evidence links (identity
    signals, then contracts, feedback, messages and payments in equal parts) and about
    ``events`` timeline events. Account emails are ``{prefix}{i}@{domain}``."""
    now = timezone.now()
    people = []
    for i in range(members):
        user = User(
            email=f"{prefix}{i}@{domain}",
            name=f"{prefix.title()} Member {i + 1}",
            kind=User.Kind.FREELANCER if i % 2 == 0 else User.Kind.CLIENT,
            country=["GB", "US", "DE", "IN", "PH"][i % 5],
            date_joined=now - timedelta(days=90 + i),
        )
        user.set_unusable_password()
        people.append(user)
    people = User.objects.bulk_create(people)

    # Each member hires the next round the circle, again and again, until the
    # ring has enough records to link as evidence (about a fifth are contracts).
    n_contracts = max(members, -(-(evidence - members) // 4))
    contracts = Contract.objects.bulk_create(
        Contract(
            client=people[i % members],
            freelancer=people[(i + 1) % members],
            title=f"Logo tweak {i + 1}",
            amount=Decimal("5.00"),
            started_at=now - timedelta(days=60 - (i % 50), hours=i),
            ended_at=now - timedelta(days=59 - (i % 50), hours=i),
            status=Contract.Status.ENDED,
        )
        for i in range(n_contracts)
    )
    feedback = Feedback.objects.bulk_create(
        Feedback(
            contract=c,
            author=c.client,
            recipient=c.freelancer,
            rating=5,
            comment=PRAISE[i % len(PRAISE)],
            created_at=c.ended_at,
        )
        for i, c in enumerate(contracts)
    )
    messages = Message.objects.bulk_create(
        Message(
            sender=c.client, recipient=c.freelancer, contract=c, body="Sent the job as agreed.", sent_at=c.started_at
        )
        for c in contracts
    )
    payments = Payment.objects.bulk_create(
        Payment(
            contract=c,
            payer=c.client,
            payee=c.freelancer,
            kind=Payment.Kind.FIXED,
            amount=c.amount,
            created_at=c.ended_at,
        )
        for c in contracts
    )
    device = hashlib.sha256(f"{prefix}-{domain}-device".encode()).hexdigest()
    identities = IdentitySignal.objects.bulk_create(
        IdentitySignal(account=p, kind=IdentitySignal.Kind.DEVICE, value_hash=device, last_seen=now) for p in people
    )

    refs = (
        [("identity", i.pk) for i in identities]
        + [("contract", c.pk) for c in contracts]
        + [("feedback", f.pk) for f in feedback]
        + [("message", m.pk) for m in messages]
        + [("payment", p.pk) for p in payments]
    )[:evidence]
    signal = Signal.objects.create(
        kind=Kind.FEEDBACK_RING,
        detector="feedback_ring",
        fingerprint=f"ring:{prefix}:{domain}",
        score=0.93,
        explanation=(
            f"{members} accounts hired each other round a circle {n_contracts} times for $5 each, every contract "
            "closed within a day with five-star feedback, and all of them log in from the same device."
        ),
        evidence=[{"type": kind, "id": pk} for kind, pk in refs[:40]],
        data={"members": members},
    )
    signal.accounts.set(people)
    case = case_open(kind=Kind.FEEDBACK_RING, accounts=people, source=Case.Source.DETECTION, note=signal.explanation)
    Signal.objects.filter(pk=signal.pk).update(case=case)
    Evidence.objects.bulk_create(Evidence(case=case, kind=kind, object_id=pk) for kind, pk in refs)
    CaseEvent.objects.bulk_create(
        CaseEvent(
            case=case,
            type=CaseEvent.Type.SIGNAL_ATTACHED if i % 3 == 0 else CaseEvent.Type.EVIDENCE_ADDED,
            body=signal.explanation if i % 3 == 0 else "",
            data={"signal": signal.pk, "kind": signal.kind, "score": 0.93, "detector": signal.detector}
            if i % 3 == 0
            else {"count": 10},
            account=people[i % members],
        )
        for i in range(max(0, events - 1))
    )
    return Ring(case=case, members=people, contracts=contracts, feedback=feedback, signal=signal)
