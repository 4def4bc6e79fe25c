"""Demo step: eight weeks of reviewed detections, so the dashboard's detector
feedback has a history to show.

For each detector, a few signals a week about accounts kept for this history
(``history-…@demo.example``, nobody the other demo steps use) go to cases the way
any finding does; demo reviewers decide them — mostly a violation (a reminder of
the policy: nothing restricted), sometimes no violation, more often for weaker
scores — and close them. The last week's newest stay open, waiting for a decision.
Each decision labels its signals (confirmed / dismissed), as in production.

Runs once: it does nothing when the history accounts exist.
"""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from accounts.models import User
from cases import services
from cases.models import Case, Decision
from detection.kinds import Kind
from detection.models import Signal

WEEKS = 8
# Detector → (kind, signals a week, the score below which reviewers often find no
# violation): what the dashboard's 95 % precision threshold then finds again.
DETECTORS = {
    "self_hire": (Kind.SELF_HIRE, 2, 0.72),
    "feedback_ring": (Kind.FEEDBACK_RING, 2, 0.78),
    "conflict_of_interest": (Kind.CONFLICT_OF_INTEREST, 1, 0.8),
    "paid_feedback": (Kind.PAID_FEEDBACK, 2, 0.83),
    "feedback_extortion": (Kind.FEEDBACK_EXTORTION, 1, 0.76),
}
EMAIL = "history-{n:03d}@demo.example"


def seed(*, stdout) -> None:
    if User.objects.filter(email=EMAIL.format(n=1)).exists():
        stdout.write("  reviews: the detector-feedback history is already there")
        return
    reviewer = User.objects.get(email="reviewer@example.com")
    senior = User.objects.get(email="senior@example.com")
    rng = random.Random(12)  # the same history on every machine
    now = timezone.now()
    n = decided = waiting = 0
    for week in range(WEEKS - 1, -1, -1):
        for detector, (kind, per_week, weak_below) in DETECTORS.items():
            for _ in range(per_week):
                n += 1
                found_at = now - timedelta(weeks=week, days=rng.uniform(0, 6), hours=rng.uniform(0, 12))
                account = User.objects.create_user(
                    email=EMAIL.format(n=n),
                    name=f"History Account {n}",
                    kind=User.Kind.FREELANCER if n % 3 else User.Kind.CLIENT,
                )
                score = round(rng.uniform(0.7, 0.99), 3)
                signal = Signal.objects.create(
                    kind=kind,
                    detector=detector,
                    fingerprint=f"demo-history:{detector}:{n}",
                    score=score,
                    explanation=f"{Kind(kind).label} found on a history account (demo).",
                    created_at=found_at,
                    updated_at=found_at,
                    last_detected_at=found_at,
                )
                signal.accounts.set([account])
                case = services.signal_route(signal=signal)
                Case.objects.filter(pk=case.pk).update(created_at=found_at, updated_at=found_at)
                if week == 0 and rng.random() < 0.5:
                    waiting += 1
                    continue  # waits for a decision
                actor = reviewer if n % 2 else senior
                services.case_claim(case=case, reviewer=actor)
                # Weaker signals are wrong more often: what a threshold is tuned on.
                dismissed = score < weak_below and rng.random() < 0.6
                services.decision_make(
                    case=case,
                    account=account,
                    rung=Decision.Rung.NO_VIOLATION if dismissed else Decision.Rung.EDUCATION,
                    reason=(
                        "We looked at the contracts and found real, paid work."
                        if dismissed
                        else "Feedback must describe real work. Please read our policy on feedback building."
                    ),
                    actor=actor,
                )
                services.case_close(case=case, actor=actor, reason="Decided (demo history).")
                decided += 1
    stdout.write(f"  reviews: {n} signals over {WEEKS} weeks, {decided} decided and closed, {waiting} waiting")
