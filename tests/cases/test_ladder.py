"""The portal proposes a rung from the account's active strikes, and says why."""

from datetime import timedelta

from django.utils import timezone

from cases import services
from cases.ladder import propose_rung
from cases.models import Strike
from detection.kinds import Kind


def decide(case, account, rung, reviewer, **kw):
    return services.decision_make(case=case, account=account, rung=rung, reason="Policy breach.", actor=reviewer, **kw)


def test_first_minor_violation_proposes_education(subject):
    p = propose_rung(account=subject, kind=Kind.CONFLICT_OF_INTEREST)
    assert p.rung == "education" and "First violation" in p.why


def test_first_serious_violation_proposes_suspension(subject):
    p = propose_rung(account=subject, kind=Kind.FEEDBACK_EXTORTION)
    assert p.rung == "suspension" and "serious on its own" in p.why


def test_one_minor_strike_proposes_hiding_feedback(case, subject, reviewer):
    decide(case, subject, "education", reviewer)
    p = propose_rung(account=subject, kind=Kind.PAID_FEEDBACK)
    assert p.rung == "hide_feedback" and "1 active minor strike" in p.why


def test_a_major_strike_proposes_suspension_and_two_propose_a_block(case, subject, client_user, reviewer):
    decide(case, subject, "suspension", reviewer)
    assert propose_rung(account=subject, kind=Kind.PAID_FEEDBACK).rung == "suspension"
    case2 = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[subject])
    decide(case2, subject, "suspension", reviewer)
    p = propose_rung(account=subject, kind=Kind.PAID_FEEDBACK)
    assert p.rung == "permanent_block" and "2 active major strikes" in p.why


def test_expired_and_voided_strikes_do_not_count(case, subject, reviewer):
    d = decide(case, subject, "suspension", reviewer)
    Strike.objects.filter(decision=d).update(expires_at=timezone.now() - timedelta(days=1))
    assert propose_rung(account=subject, kind=Kind.PAID_FEEDBACK).rung == "education"
    Strike.objects.filter(decision=d).update(expires_at=timezone.now() + timedelta(days=1), voided_at=timezone.now())
    assert propose_rung(account=subject, kind=Kind.PAID_FEEDBACK).rung == "education"


def test_the_decision_records_what_the_portal_proposed(case, subject, reviewer):
    d = decide(case, subject, "education", reviewer)
    assert d.proposed_rung == "suspension"  # self-hire is serious on its own
