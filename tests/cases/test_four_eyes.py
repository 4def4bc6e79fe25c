"""Four eyes by rule: one policy says which outcomes wait for a senior reviewer,
whatever the path (decision, appeal answer, API); the proposer never approves
their own proposal, nor the reviewer who took the decision under appeal; and a
proposal the case or the subject moved past is stale until re-proposed."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from cases import policy, services
from cases.models import Appeal, CaseError, CaseEvent, Decision, Strike
from detection.kinds import Kind


@pytest.fixture
def suspended(case, reviewer, client_user):
    """Rita suspended the client; the client appealed."""
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=client_user, rung="suspension", reason="Self-hire with your own account.", actor=reviewer
    )
    return decision


@pytest.fixture
def appeal(suspended, client_user):
    return services.appeal_open(decision=suspended, account=client_user, statement="It was a real job.")


def another_case_suspends(account, reviewer):
    other = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[account])
    return services.decision_make(case=other, account=account, rung="suspension", reason="Paid.", actor=reviewer)


# --- the rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rung,outcome,original,needs",
    [
        ("permanent_block", "", None, "permanent block"),
        ("suspension", "", None, ""),
        ("no_violation", "", None, ""),
        ("suspension", "uphold", "suspension", ""),
        ("no_violation", "overturn", "suspension", "Overturning"),
        ("permanent_block", "modify", "suspension", "Raising"),
        ("education", "modify", "suspension", "Lowering"),
        ("no_violation", "modify", "education", "Lowering"),
    ],
)
def test_one_rule_says_which_outcomes_wait_for_a_senior(rung, outcome, original, needs):
    replaces = Decision(rung=original) if original else None
    why = policy.approval_needed(rung=rung, outcome=outcome, replaces=replaces)
    assert (needs in why) if needs else why == ""


def test_a_modify_that_keeps_the_rung_but_changes_the_suspension_end_waits_too():
    original = Decision(rung="suspension", suspension_until=timezone.now() + timedelta(days=30))
    why = policy.approval_needed(
        rung="suspension", outcome="modify", replaces=original, suspension_until=timezone.now() + timedelta(days=2)
    )
    assert "suspension" in why.lower()


# --- appeals answered "modify" ---------------------------------------------------------


def test_an_appeal_answered_modify_waits_for_a_senior_before_anything_changes(appeal, client_user, reviewer2, senior):
    result = services.appeal_decide(
        appeal=appeal, actor=reviewer2, outcome="modify", new_rung="education", answer="A warning is enough."
    )
    assert result.status == Appeal.Status.PENDING_APPROVAL
    client_user.refresh_from_db()
    assert client_user.restriction_level == "suspended"
    assert not Decision.objects.filter(from_appeal=appeal).exists()
    assert Strike.objects.get(decision=appeal.decision).voided_at is None
    assert not client_user.notices.filter(kind="appeal_decided").exists()

    services.appeal_approve(appeal=appeal, approver=senior)
    client_user.refresh_from_db()
    assert client_user.restriction_level == ""
    replacement = Decision.objects.get(from_appeal=appeal)
    assert replacement.rung == "education" and replacement.approved_by == senior
    assert client_user.notices.filter(kind="appeal_decided").count() == 1


def test_a_reviewer_cannot_turn_a_suspension_into_a_permanent_block_alone(appeal, client_user, reviewer2):
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="modify", new_rung="permanent_block", answer="No.")
    client_user.refresh_from_db()
    assert client_user.restriction_level == "suspended"
    assert appeal.decision.case.events.filter(type=CaseEvent.Type.DECISION_PROPOSED).exists()


def test_a_reviewer_cannot_turn_a_suspension_into_no_violation_alone(appeal, client_user, reviewer2):
    result = services.appeal_decide(
        appeal=appeal, actor=reviewer2, outcome="modify", new_rung="no_violation", answer="Fine."
    )
    assert result.status == Appeal.Status.PENDING_APPROVAL
    client_user.refresh_from_db()
    assert client_user.restriction_level == "suspended"


def test_a_modify_to_the_same_decision_is_refused_as_an_uphold(appeal, reviewer2):
    with pytest.raises(CaseError) as err:
        services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="modify", new_rung="suspension", answer="x")
    assert err.value.code == "same_decision"


def test_the_senior_who_proposed_an_appeal_answer_cannot_approve_it(appeal, senior):
    services.appeal_decide(appeal=appeal, actor=senior, outcome="modify", new_rung="education", answer="Warning.")
    with pytest.raises(CaseError) as err:
        services.appeal_approve(appeal=appeal, approver=senior)
    assert err.value.code == "own_decision"


def test_the_senior_who_approved_the_original_block_cannot_approve_the_appeal_about_it(
    case, reviewer, reviewer2, senior, admin_user, subject
):
    services.case_claim(case=case, reviewer=reviewer)
    block = services.decision_make(case=case, account=subject, rung="permanent_block", reason="x", actor=reviewer)
    services.decision_approve(decision=block, approver=senior)
    appeal = services.appeal_open(decision=block, account=subject, statement="Please.")
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="overturn", answer="Sorry.")
    with pytest.raises(CaseError) as err:
        services.appeal_approve(appeal=appeal, approver=senior)
    assert err.value.code == "own_decision"
    services.appeal_approve(appeal=appeal, approver=admin_user)
    subject.refresh_from_db()
    assert subject.restriction_level == ""


def test_sending_an_appeal_answer_back_returns_the_appeal_to_the_hearer(appeal, client_user, reviewer2, senior):
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="overturn", answer="Sorry.")
    services.appeal_reject(appeal=appeal, approver=senior, reason="Look at the card evidence again.")
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.OPEN and appeal.outcome == "" and appeal.decided_by is None
    event = appeal.decision.case.events.filter(type=CaseEvent.Type.DECISION_REJECTED).get()
    assert event.body == "Look at the card evidence again." and not event.visible_to_user
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="uphold", answer="The evidence stands.")
    client_user.refresh_from_db()
    assert client_user.restriction_level == "suspended"


# --- stale proposals -------------------------------------------------------------------


@pytest.fixture
def block_proposal(case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    return services.decision_make(case=case, account=subject, rung="permanent_block", reason="Again.", actor=reviewer)


def test_approving_a_block_after_a_new_strike_is_refused_naming_the_strike(block_proposal, subject, reviewer, senior):
    other = another_case_suspends(subject, reviewer)
    assert policy.proposal_changes(block_proposal)
    with pytest.raises(CaseError) as err:
        services.decision_approve(decision=block_proposal, approver=senior)
    assert err.value.code == "stale"
    assert "new major strike" in err.value.message and f"case #{other.case_id}" in err.value.message
    subject.refresh_from_db()
    assert subject.restriction_level == "suspended"  # the other case's suspension, not the block


def test_closing_and_reopening_the_case_makes_a_pending_proposal_stale(block_proposal, case, reviewer, senior):
    services.case_close(case=case, actor=reviewer, reason="Wrong queue")
    services.case_reopen(case=case, actor=reviewer, reason="Right queue after all")
    services.case_claim(case=case, reviewer=reviewer)
    with pytest.raises(CaseError) as err:
        services.decision_approve(decision=block_proposal, approver=senior)
    assert err.value.code == "stale"
    assert "closed" in err.value.message and "reopened" in err.value.message


def test_a_current_proposal_is_not_stale_and_cannot_be_re_proposed(block_proposal, reviewer):
    assert policy.proposal_changes(block_proposal) == []
    with pytest.raises(CaseError) as err:
        services.decision_repropose(decision=block_proposal, actor=reviewer)
    assert err.value.code == "not_stale"


def test_re_proposing_replaces_the_stale_proposal_and_the_new_one_can_be_approved(
    block_proposal, case, subject, reviewer, reviewer2, senior
):
    another_case_suspends(subject, reviewer2)
    renewed = services.decision_repropose(decision=block_proposal, actor=reviewer)
    block_proposal.refresh_from_db()
    assert block_proposal.status == Decision.Status.STALE
    assert renewed.status == Decision.Status.PENDING_APPROVAL and renewed.replaces == block_proposal
    assert (renewed.rung, renewed.reason, renewed.decided_by) == ("permanent_block", "Again.", reviewer)
    stale_event = case.events.get(type=CaseEvent.Type.PROPOSAL_STALE)
    assert "new major strike" in " ".join(stale_event.data["changes"])
    assert services.decision_repropose(decision=block_proposal, actor=reviewer) == renewed  # a second click
    services.decision_approve(decision=renewed, approver=senior)
    subject.refresh_from_db()
    assert subject.restriction_level == "blocked"


def test_a_stale_appeal_answer_is_refused_until_re_proposed(appeal, client_user, reviewer, reviewer2, senior):
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="modify", new_rung="education", answer="Warning.")
    another_case_suspends(client_user, reviewer)
    with pytest.raises(CaseError) as err:
        services.appeal_approve(appeal=appeal, approver=senior)
    assert err.value.code == "stale" and "new major strike" in err.value.message
    services.appeal_repropose(appeal=appeal, actor=reviewer2)
    assert appeal.decision.case.events.filter(type=CaseEvent.Type.PROPOSAL_STALE, data__appeal=appeal.pk).exists()
    services.appeal_approve(appeal=appeal, approver=senior)
    assert Decision.objects.get(from_appeal=appeal).rung == "education"


# --- the case page and the API -----------------------------------------------------------


def test_the_case_page_shows_a_modify_answer_awaiting_approval_with_controls_for_seniors(
    client, appeal, case, reviewer2, senior
):
    client.force_login(reviewer2)
    response = client.post(
        f"/portal/cases/{case.pk}/appeals/{appeal.pk}/decide/",
        {"outcome": "modify", "new_rung": "education", "answer": "A warning is enough."},
        follow=True,
    )
    html = response.content.decode()
    assert "Lowering Suspension to Education needs a senior reviewer&#x27;s approval" in html
    assert 'data-testid="pending-appeal"' in html and 'data-testid="approve-appeal"' not in html
    client.force_login(senior)
    html = client.get(f"/portal/cases/{case.pk}/").content.decode()
    assert 'data-testid="approve-appeal"' in html and 'data-testid="send-back-appeal"' in html
    response = client.post(f"/portal/cases/{case.pk}/appeals/{appeal.pk}/approve/", follow=True)
    assert "Approved" in response.content.decode()
    assert Decision.objects.get(from_appeal=appeal).rung == "education"


def test_the_case_page_shows_a_stale_proposal_saying_what_changed_and_re_proposes_it(
    client, block_proposal, case, subject, reviewer, senior
):
    other = another_case_suspends(subject, reviewer)
    client.force_login(senior)
    html = client.get(f"/portal/cases/{case.pk}/").content.decode()
    assert 'data-testid="stale-proposal"' in html and f"new major strike (case #{other.case_id}" in html
    assert 'data-testid="approve"' not in html
    response = client.post(f"/portal/cases/{case.pk}/decisions/{block_proposal.pk}/approve/", follow=True)
    assert "stale" in response.content.decode()
    client.force_login(reviewer)
    response = client.post(f"/portal/cases/{case.pk}/decisions/{block_proposal.pk}/repropose/", follow=True)
    assert "Re-proposed" in response.content.decode()
    assert case.decisions.filter(status=Decision.Status.PENDING_APPROVAL).get().replaces == block_proposal


def test_the_api_shows_a_modify_answer_as_awaiting_approval_and_refuses_a_stale_approval(
    appeal, case, client_user, reviewer, reviewer2, senior
):
    api = APIClient()
    api.force_authenticate(reviewer2)
    response = api.post(
        f"/api/v1/cases/{case.pk}/appeals/{appeal.pk}/answer/",
        {"outcome": "modify", "new_rung": "education", "answer": "A warning is enough."},
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "pending_approval" and "Lowering" in body["awaiting_approval_because"]
    listed = api.get(f"/api/v1/cases/{case.pk}/appeals/").json()
    assert [a["status"] for a in listed] == ["pending_approval"]

    another_case_suspends(client_user, reviewer)
    api.force_authenticate(senior)
    response = api.post(f"/api/v1/cases/{case.pk}/appeals/{appeal.pk}/approve/")
    assert response.status_code == 409 and response.json()["code"] == "stale"
    assert api.get(f"/api/v1/cases/{case.pk}/appeals/").json()[0]["stale_because"]
