"""Every lifecycle transition the services allow, and the ones they refuse."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cases import services
from cases.models import Case, CaseError, CaseEvent, CaseSubject, Decision
from core.errors import DomainError
from enforcement.models import Restriction


def statuses(case):
    return list(case.events.filter(type=CaseEvent.Type.STATUS_CHANGED).values_list("data__to", flat=True))


def test_new_case_is_new_with_an_opened_event_and_due_time(case):
    assert case.status == Case.Status.NEW
    assert case.events.filter(type=CaseEvent.Type.OPENED).count() == 1
    assert case.due_at is not None and case.due_at > timezone.now()
    assert set(case.subjects.values_list("email", flat=True)) == {"subject@test.example", "client@test.example"}


def test_claim_moves_new_case_into_review(case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    case.refresh_from_db()
    assert case.status == Case.Status.IN_REVIEW and case.assignee == reviewer
    assert statuses(case) == ["in_review"]


def test_release_returns_the_case_to_the_queue(case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    services.case_release(case=case, reviewer=reviewer)
    case.refresh_from_db()
    assert case.status == Case.Status.NEW and case.assignee is None


def test_request_info_waits_on_the_user_and_reply_brings_it_back(case, reviewer, subject):
    services.case_claim(case=case, reviewer=reviewer)
    services.case_request_info(case=case, actor=reviewer, account=subject, body="Who else uses your card?")
    case.refresh_from_db()
    assert case.status == Case.Status.AWAITING_USER
    services.case_user_reply(case=case, account=subject, body="Only me, it is my card.")
    case.refresh_from_db()
    assert case.status == Case.Status.IN_REVIEW
    assert case.has_new_user_reply is True
    reply = case.events.get(type=CaseEvent.Type.MESSAGE_FROM_USER)
    assert reply.visible_to_user and reply.data["via"] == "inbox"


def test_decisions_for_every_subject_decide_the_case(case, reviewer, subject, client_user):
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(
        case=case, account=subject, rung="education", reason="Please read the policy.", actor=reviewer
    )
    case.refresh_from_db()
    assert case.status == Case.Status.IN_REVIEW  # the client still has no outcome
    services.decision_make(case=case, account=client_user, rung="no_violation", reason="Nothing wrong.", actor=reviewer)
    case.refresh_from_db()
    assert case.status == Case.Status.DECIDED
    assert case.first_decided_at is not None


def test_suspension_applies_a_restriction_a_strike_and_a_notice(case, reviewer, subject, client_user):
    services.case_claim(case=case, reviewer=reviewer)
    until = timezone.now() + timedelta(days=14)
    decision = services.decision_make(
        case=case,
        account=subject,
        rung="suspension",
        reason="You hired yourself.",
        actor=reviewer,
        suspension_until=until,
    )
    subject.refresh_from_db()
    assert subject.restriction_level == "suspended"
    restriction = Restriction.objects.get(account=subject)
    assert restriction.ends_at == until and restriction.decision == decision
    assert decision.strike.severity == "major"
    assert subject.notices.filter(kind="decision", case=case).exists()
    assert CaseSubject.objects.get(case=case, account=subject).outcome == "suspended"
    types = list(case.events.values_list("type", flat=True))
    assert "restriction_applied" in types and "decision" in types


def test_appeal_then_uphold_then_close(case, reviewer, reviewer2, subject, client_user):
    services.case_claim(case=case, reviewer=reviewer)
    d = services.decision_make(case=case, account=subject, rung="education", reason="Read this.", actor=reviewer)
    services.decision_make(case=case, account=client_user, rung="no_violation", reason="Fine.", actor=reviewer)
    appeal = services.appeal_open(decision=d, account=subject, statement="I did nothing wrong.")
    case.refresh_from_db()
    assert case.status == Case.Status.APPEALED and case.is_appeal
    services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="uphold", answer="The evidence stands.")
    case.refresh_from_db()
    assert case.status == Case.Status.DECIDED and not case.is_appeal
    services.case_close(case=case, actor=reviewer2, reason="Done")
    case.refresh_from_db()
    assert case.status == Case.Status.CLOSED and case.closed_at


def test_reopen_a_closed_case_puts_it_back_in_the_queue(case, reviewer):
    services.case_close(case=case, actor=reviewer, reason="Duplicate")
    services.case_reopen(case=case, actor=reviewer, reason="Not a duplicate after all")
    case.refresh_from_db()
    assert case.status == Case.Status.NEW and case.assignee is None
    assert case.events.filter(type=CaseEvent.Type.REOPENED).exists()


@pytest.mark.parametrize(
    "start,target",
    [("new", "decided"), ("new", "appealed"), ("new", "awaiting_user"), ("closed", "decided"), ("appealed", "new")],
)
def test_illegal_transitions_are_refused(case, start, target):
    assert not Case(status=start).can_transition(target)
    Case.objects.filter(pk=case.pk).update(status=start)
    case.refresh_from_db()
    with pytest.raises(CaseError) as err:
        services._transition(case, target)
    assert err.value.code == "illegal_transition"


def test_every_allowed_edge_is_in_the_table():
    edges = {(a, b) for a, targets in Case.TRANSITIONS.items() for b in targets}
    assert ("new", "in_review") in edges and ("decided", "appealed") in edges and ("closed", "new") in edges
    assert all(a != b for a, b in edges)


def test_cannot_decide_an_appealed_case_directly(case, reviewer, subject, client_user):
    d = services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    services.decision_make(case=case, account=client_user, rung="no_violation", reason="x", actor=reviewer)
    services.appeal_open(decision=d, account=subject, statement="please")
    with pytest.raises(CaseError, match="appealed case cannot take a new decision"):
        services.decision_make(case=case, account=subject, rung="suspension", reason="x", actor=reviewer)


def test_closing_with_an_open_appeal_is_refused(case, reviewer, subject, client_user):
    d = services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    services.decision_make(case=case, account=client_user, rung="no_violation", reason="x", actor=reviewer)
    services.appeal_open(decision=d, account=subject, statement="please")
    with pytest.raises(CaseError, match="Decide the appeal"):
        services.case_close(case=case, actor=reviewer, reason="")


def test_appeal_only_once_and_only_within_the_window(case, reviewer, subject, client_user):
    d = services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    with pytest.raises(CaseError, match="only appeal decisions about your own account"):
        services.appeal_open(decision=d, account=client_user, statement="not mine")
    Decision.objects.filter(pk=d.pk).update(applied_at=timezone.now() - timedelta(days=31))
    d.refresh_from_db()
    with pytest.raises(CaseError, match="window"):
        services.appeal_open(decision=d, account=subject, statement="late")
    Decision.objects.filter(pk=d.pk).update(applied_at=timezone.now())
    d.refresh_from_db()
    services.appeal_open(decision=d, account=subject, statement="first")
    with pytest.raises(CaseError, match="appealed once"):
        services.appeal_open(decision=d, account=subject, statement="second")


def test_a_no_violation_decision_cannot_be_appealed(case, reviewer, subject):
    d = services.decision_make(case=case, account=subject, rung="no_violation", reason="x", actor=reviewer)
    with pytest.raises(CaseError, match="cannot be appealed"):
        services.appeal_open(decision=d, account=subject, statement="?")


def test_non_reviewers_cannot_act_on_cases(case, subject, bystander):
    for call in (
        lambda: services.case_claim(case=case, reviewer=bystander),
        lambda: services.case_note_add(case=case, actor=bystander, body="hi"),
        lambda: services.decision_make(case=case, account=subject, rung="education", reason="x", actor=bystander),
    ):
        with pytest.raises(DomainError) as err:  # the shared reviewer check (core.permissions)
            call()
        assert err.value.code == "not_reviewer"


def test_user_reply_from_a_non_subject_is_refused(case, bystander):
    with pytest.raises(CaseError) as err:
        services.case_user_reply(case=case, account=bystander, body="let me in")
    assert err.value.code == "not_subject"
