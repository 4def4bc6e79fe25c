"""Demo step: the suspended freelancer (``suspended@example.com``).

``suspension_world`` builds everything a suspended freelancer meets on the site, so
that every action in the registry has a control on a page they visit: contracts as
freelancer (messages, feedback, end contract), a subcontract where they are the
client (release a payment), a job of theirs with a proposal waiting (hire), an open
job elsewhere (submit a proposal), earnings (withdraw), a profile (edit) — and a
case with a suspension decision, which applies the restriction. The browser test
builds the same world for its own users.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from cases.models import Case, Decision
from cases.services import case_message_user, case_note_add, case_open, decision_make
from contracts.models import Job
from contracts.services import (
    contract_create,
    contract_end,
    job_post,
    message_send,
    payment_create,
    proposal_hire,
    proposal_submit,
)
from detection.kinds import Kind
from enforcement.models import Restriction
from feedback.services import feedback_leave

OWN_JOB_TITLE = "Illustrate my blog header"
SUSPENSION_REASON = (
    "Several of your recent five-star reviews came from short contracts with the same few clients, who paid "
    "you back shortly after each review. This is feedback building, which our policy does not allow. Your "
    "account is suspended while the suspension lasts; the feedback itself stays under review."
)


def suspension_world(
    *,
    freelancer: User,
    client: User,
    other_client: User,
    subcontractor: User,
    applicant: User,
    reviewer: User,
    days: int = 14,
) -> dict:
    """Give ``freelancer`` a working marketplace life and suspend them for ``days``."""
    with transaction.atomic():
        world = freelancer_life(
            freelancer=freelancer,
            client=client,
            other_client=other_client,
            subcontractor=subcontractor,
            applicant=applicant,
        )
        world.update(suspend(freelancer=freelancer, reviewer=reviewer, days=days))
    return world


def freelancer_life(
    *, freelancer: User, client: User, other_client: User, subcontractor: User, applicant: User
) -> dict:
    """Contracts on both sides, a job with a proposal waiting and an open job
    elsewhere: a page for every action in the registry."""
    with transaction.atomic():
        active = contract_create(
            client=client, freelancer=freelancer, amount=Decimal("900.00"), title="Landing page copy"
        )
        message_send(sender=client, contract=active, body="Hi! Could you send the first draft by Thursday?")
        message_send(sender=freelancer, contract=active, body="Sure, Thursday works. I’ll share a doc.")
        payment_create(contract=active, payer=client, kind="milestone", amount=Decimal("300.00"))

        ended = contract_create(
            client=other_client, freelancer=freelancer, amount=Decimal("250.00"), title="Newsletter template"
        )
        payment_create(contract=ended, payer=other_client, kind="fixed", amount=Decimal("250.00"))
        contract_end(contract=ended, actor=other_client)
        feedback_leave(contract=ended, author=other_client, rating=5, comment="Quick and careful work.")

        # The freelancer subcontracts: a job of theirs, one hire, one proposal waiting.
        proofread = job_post(
            client=freelancer, title="Proofread my portfolio", description="Ten pages.", budget=Decimal("80")
        )
        first = proposal_submit(job=proofread, freelancer=subcontractor, cover_letter="Happy to.", rate=Decimal("80"))
        subcontract = proposal_hire(proposal=first, client=freelancer)
        header = job_post(
            client=freelancer, title=OWN_JOB_TITLE, description="One illustration, 1600×600.", budget=Decimal("120")
        )
        waiting = proposal_submit(
            job=header, freelancer=applicant, cover_letter="I draw in a flat style; samples on my profile.", rate=120
        )
        open_job = job_post(
            client=other_client,
            title="Write product descriptions for a tea shop",
            description="Twenty short descriptions, friendly tone.",
            budget=Decimal("200"),
        )
    return {
        "active": active,
        "ended": ended,
        "subcontract": subcontract,
        "own_job": header,
        "waiting_proposal": waiting,
        "open_job": open_job,
    }


def suspend(*, freelancer: User, reviewer: User, days: int) -> dict:
    """A case about the freelancer, an internal note, a message, then a suspension
    decision (which applies the restriction through the case services)."""
    with transaction.atomic():
        case = case_open(
            kind=Kind.FEEDBACK_RING,
            accounts=[freelancer],
            source=Case.Source.DETECTION,
            note="Reciprocal five-star reviews with three clients; refunds after each review.",
        )
        case_note_add(case=case, actor=reviewer, body="Internal: the refund pattern matches last month's ring.")
        case_message_user(
            case=case,
            actor=reviewer,
            account=freelancer,
            body="We are reviewing recent feedback on your account and will write to you with the outcome.",
        )
        decision = decision_make(
            case=case,
            account=freelancer,
            rung=Decision.Rung.SUSPENSION,
            reason=SUSPENSION_REASON,
            actor=reviewer,
            internal_note="Detector score 0.93; three linked accounts.",
            suspension_until=timezone.now() + timedelta(days=days),
        )
    return {"case": case, "decision": decision}


def _someone(kind: str, email: str, name: str) -> User:
    user = User.objects.filter(kind=kind, external_id__startswith="demo-acc-").exclude(email=email).order_by("id")
    found = user.first()
    if found is not None:
        return found
    made, _ = User.objects.get_or_create(email=email, defaults={"name": name, "kind": kind, "password": "!"})
    return made


def seed(*, stdout) -> None:
    sid = User.objects.filter(email="suspended@example.com").first()
    reviewer = User.objects.filter(email="reviewer@example.com").first()
    if sid is None or reviewer is None:
        stdout.write("  skipped: the accounts step makes suspended@example.com and reviewer@example.com")
        return
    if not Job.objects.filter(client=sid, title=OWN_JOB_TITLE).exists():
        client = User.objects.filter(email="client@example.com").first() or _someone(
            User.Kind.CLIENT, "demo-client-a@demo.example", "Dana Client"
        )
        freelancers = list(
            User.objects.filter(kind=User.Kind.FREELANCER, external_id__startswith="demo-acc-").order_by("id")[:2]
        )
        while len(freelancers) < 2:
            n = len(freelancers)
            freelancers.append(
                User.objects.get_or_create(
                    email=f"demo-helper-{n}@demo.example", defaults={"name": f"Helper {n}", "kind": "freelancer"}
                )[0]
            )
        freelancer_life(
            freelancer=sid,
            client=client,
            other_client=_someone(User.Kind.CLIENT, "demo-client-b@demo.example", "Omar Client"),
            subcontractor=freelancers[0],
            applicant=freelancers[1],
        )
        stdout.write("  suspended@example.com: contracts, a subcontract and jobs for every action's control")
    if Restriction.objects.filter(account=sid).exists():
        stdout.write("  suspended@example.com: already restricted (the cases step decided)")
        return
    world = suspend(freelancer=sid, reviewer=reviewer, days=14)
    stdout.write(f"  suspended@example.com: suspended for 14 days on case #{world['case'].pk}")
