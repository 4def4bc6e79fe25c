"""Demo step 3: move the cases detection opened through every status, so the
queue looks alive: new, in review, awaiting the user, user replied, decided
(including the suspended freelancer), appealed, a block awaiting approval, closed.

Runs once: it does nothing when a demo reviewer has already decided something.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from cases import services
from cases.models import Case, Decision
from detection.kinds import Kind


def seed(*, stdout) -> None:
    reviewer = User.objects.get(email="reviewer@example.com")
    senior = User.objects.get(email="senior@example.com")
    if Decision.objects.filter(decided_by__in=[reviewer, senior]).exists():
        stdout.write("  cases already moved through the lifecycle")
        return
    sid = User.objects.get(email="suspended@example.com")

    sid_case = (
        Case.objects.filter(case_subjects__account=sid, status=Case.Status.NEW).order_by("-priority_score").first()
    )
    if sid_case is None:
        # Detection should have found Sid's planted scheme; if the detection step
        # did not run, open the case by hand so the enforcement demo still works.
        sid_case = services.case_open(
            kind=Kind.SELF_HIRE, accounts=[sid], note="Opened by the demo: detection did not run."
        )
    services.case_claim(case=sid_case, reviewer=reviewer)
    services.case_note_add(
        case=sid_case,
        actor=reviewer,
        body="Same card and device on the client and freelancer side; the client account did nothing else.",
    )
    services.decision_make(
        case=sid_case,
        account=sid,
        rung=Decision.Rung.SUSPENSION,
        reason=(
            "Your freelancer account and the client account that hired you are run by the same person: they "
            "share a payment card and a device. The five-star reviews from those contracts are not real "
            "feedback. Your account is suspended for 30 days while we review the rest of your work."
        ),
        actor=reviewer,
        suspension_until=timezone.now() + timedelta(days=30),
    )
    for other in sid_case.subjects.exclude(pk=sid.pk):
        services.decision_make(
            case=sid_case,
            account=other,
            rung=Decision.Rung.PERMANENT_BLOCK if other.kind == User.Kind.CLIENT else Decision.Rung.EDUCATION,
            reason="This client account exists only to hire and review its owner's own freelancer account.",
            actor=reviewer,
        )

    pool = list(
        Case.objects.filter(status=Case.Status.NEW, assignee__isnull=True).exclude(pk=sid_case.pk).order_by("id")
    )
    stdout.write(f"  {len(pool) + 1} detected cases to work with")

    def take():
        return pool.pop(0) if pool else None

    # In review, with a note.
    if case := take():
        services.case_claim(case=case, reviewer=reviewer)
        services.case_note_add(case=case, actor=reviewer, body="Checking the contract amounts against the ratings.")
    # Awaiting the user.
    if case := take():
        services.case_claim(case=case, reviewer=reviewer)
        subject = case.subjects.first()
        services.case_request_info(
            case=case,
            actor=reviewer,
            account=subject,
            body="Can you tell us how you found this client and what the work was? Links to the delivered files help.",
        )
    # The user replied: back in the queue, flagged.
    if case := take():
        services.case_claim(case=case, reviewer=senior)
        subject = case.subjects.first()
        services.case_request_info(
            case=case, actor=senior, account=subject, body="Did you offer anything in exchange for the review?"
        )
        services.case_user_reply(
            case=case,
            account=subject,
            body="No, the bonus was for finishing early. I never asked for five stars in return.",
        )
    # Decided with education, then appealed.
    if case := take():
        services.case_claim(case=case, reviewer=reviewer)
        decisions = [
            services.decision_make(
                case=case,
                account=account,
                rung=Decision.Rung.EDUCATION,
                reason="Feedback must describe real work. Please read our policy on feedback building.",
                actor=reviewer,
            )
            for account in case.subjects.all()
        ]
        services.appeal_open(
            decision=decisions[0],
            account=decisions[0].account,
            statement="These were real projects; I can send the files we delivered.",
        )
    # A permanent block waiting for a senior's approval (four eyes).
    if case := take():
        services.case_claim(case=case, reviewer=reviewer)
        services.decision_make(
            case=case,
            account=case.subjects.first(),
            rung=Decision.Rung.PERMANENT_BLOCK,
            reason="Repeated feedback building after earlier warnings.",
            actor=reviewer,
        )
    # Decided: no violation, then closed.
    if case := take():
        services.case_claim(case=case, reviewer=senior)
        for account in case.subjects.all():
            services.decision_make(
                case=case,
                account=account,
                rung=Decision.Rung.NO_VIOLATION,
                reason="We looked at these contracts and found real, paid work. No action is needed.",
                actor=senior,
            )
        services.case_close(case=case, actor=senior, reason="No violation.")
    # Decided: hide feedback.
    if case := take():
        services.case_claim(case=case, reviewer=senior)
        for account in case.subjects.all():
            feedback_ids = list(account.feedback_received.values_list("pk", flat=True)[:2])
            rung = Decision.Rung.HIDE_FEEDBACK if feedback_ids else Decision.Rung.EDUCATION
            services.decision_make(
                case=case,
                account=account,
                rung=rung,
                reason="Reviews that were exchanged rather than earned have been hidden from your profile.",
                actor=senior,
                feedback_ids=feedback_ids,
            )
    counts = {s: Case.objects.filter(status=s).count() for s in Case.Status.values}
    stdout.write("  cases by status: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
