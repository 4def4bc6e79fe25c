"""Appeals: heard by another reviewer; overturning needs a senior's approval and
undoes everything the decision did."""

import pytest

from cases import services
from cases.models import Appeal, CaseError, CaseEvent, Decision, Strike
from feedback.models import Feedback


@pytest.fixture
def hidden_decision(case, reviewer, subject, client_user, five_star):
    services.case_claim(case=case, reviewer=reviewer)
    d = services.decision_make(
        case=case,
        account=client_user,
        rung="suspension",
        reason="Self-hire and fake feedback.",
        actor=reviewer,
        feedback_ids=[five_star.pk],
    )
    services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    return d


def test_hidden_feedback_drops_out_of_the_rating_summary(hidden_decision, five_star, subject):
    five_star.refresh_from_db()
    subject.refresh_from_db()
    assert five_star.visibility == Feedback.Visibility.HIDDEN
    assert five_star.hidden_reason == "Self-hire and fake feedback."
    assert subject.rating_count == 0 and subject.rating_average is None


def test_overturn_restores_feedback_lifts_restriction_and_voids_strike(
    hidden_decision, case, client_user, subject, five_star, reviewer2, senior, admin_user
):
    appeal = services.appeal_open(decision=hidden_decision, account=client_user, statement="It was a real job.")
    result = services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="overturn", answer="You are right.")
    assert result.status == Appeal.Status.PENDING_APPROVAL
    client_user.refresh_from_db()
    assert client_user.restriction_level == "suspended"  # nothing changes before approval

    services.appeal_approve(appeal=appeal, approver=senior)
    five_star.refresh_from_db()
    subject.refresh_from_db()
    client_user.refresh_from_db()
    assert five_star.visibility == Feedback.Visibility.VISIBLE
    assert subject.rating_count == 1 and subject.rating_average == 5
    assert client_user.restriction_level == ""
    assert Strike.objects.get(decision=hidden_decision).voided_at is not None
    hidden_decision.refresh_from_db()
    assert hidden_decision.status == Decision.Status.SUPERSEDED
    types = set(case.events.values_list("type", flat=True))
    assert {"feedback_restored", "restriction_lifted", "strike_voided", "appeal_decided"} <= types
    assert client_user.notices.filter(kind="appeal_decided").exists()


def test_the_original_reviewer_cannot_hear_the_appeal(hidden_decision, client_user, reviewer):
    appeal = services.appeal_open(decision=hidden_decision, account=client_user, statement="please")
    with pytest.raises(CaseError) as err:
        services.appeal_decide(appeal=appeal, actor=reviewer, outcome="overturn", answer="ok")
    assert err.value.code == "own_decision"
    with pytest.raises(CaseError, match="another reviewer must hear"):
        services.case_claim(case=hidden_decision.case, reviewer=reviewer)


def test_overturn_needs_a_senior_reviewer(hidden_decision, client_user, reviewer2):
    appeal = services.appeal_open(decision=hidden_decision, account=client_user, statement="please")
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="overturn", answer="ok")
    with pytest.raises(CaseError) as err:
        services.appeal_approve(appeal=appeal, approver=reviewer2)
    assert err.value.code == "not_senior"


def test_modify_replaces_the_decision_with_a_final_one(hidden_decision, client_user, reviewer2, senior, case):
    appeal = services.appeal_open(decision=hidden_decision, account=client_user, statement="too harsh")
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="modify", new_rung="education", answer="A warning.")
    services.appeal_approve(appeal=appeal, approver=senior)  # lowering the rung is four-eyes
    client_user.refresh_from_db()
    assert client_user.restriction_level == ""
    replacement = Decision.objects.get(from_appeal=appeal)
    assert replacement.rung == "education" and replacement.strike.severity == "minor"
    with pytest.raises(CaseError):
        services.appeal_open(decision=replacement, account=client_user, statement="again")


def test_decision_freezes_the_evidence_as_it_stood(hidden_decision, five_star):
    snap = hidden_decision.evidence_snapshot
    assert snap["taken_at"]
    # The evidence is what was linked when the decision was taken; later edits
    # to the record do not reach the frozen copy.
    Feedback.objects.filter(pk=five_star.pk).update(comment="edited later")
    hidden_decision.refresh_from_db()
    assert "edited later" not in str(hidden_decision.evidence_snapshot)


def test_permanent_block_waits_for_a_different_senior(case, reviewer, senior, subject):
    services.case_claim(case=case, reviewer=reviewer)
    d = services.decision_make(case=case, account=subject, rung="permanent_block", reason="Repeated.", actor=reviewer)
    assert d.status == Decision.Status.PENDING_APPROVAL
    subject.refresh_from_db()
    assert subject.restriction_level == ""
    assert case.events.filter(type=CaseEvent.Type.DECISION_PROPOSED).exists()
    with pytest.raises(CaseError) as err:
        services.decision_approve(decision=d, approver=reviewer)
    assert err.value.code == "not_senior"
    services.decision_approve(decision=d, approver=senior)
    subject.refresh_from_db()
    assert subject.restriction_level == "blocked"
    d.refresh_from_db()
    assert d.approved_by == senior and d.status == Decision.Status.APPLIED


def test_a_senior_cannot_approve_their_own_block(case, senior, subject):
    d = services.decision_make(case=case, account=subject, rung="permanent_block", reason="x", actor=senior)
    with pytest.raises(CaseError) as err:
        services.decision_approve(decision=d, approver=senior)
    assert err.value.code == "own_decision"
