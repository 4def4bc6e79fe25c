"""Decide, approve, appeal and answer an appeal from two threads at the same
moment: the row locks serialise them and the second sees the first's result.
Real threads against PostgreSQL."""

import pytest

from cases import services
from cases.models import Appeal, Case, CaseError, CaseEvent, Decision, Strike
from detection.kinds import Kind
from enforcement.models import Restriction
from notifications.models import Notice
from tests.concurrency import postgres_only, race

pytestmark = [pytest.mark.django_db(transaction=True), postgres_only]


@pytest.fixture
def claimed(reviewer, subject, client_user):
    """Two subjects: deciding one leaves the case open for the other."""
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject, client_user])
    services.case_claim(case=case, reviewer=reviewer)
    return case


def test_the_same_decision_from_two_threads_applies_once(claimed, reviewer, subject):
    def decide():
        return services.decision_make(
            case=Case.objects.get(pk=claimed.pk),
            account=subject,
            rung="suspension",
            reason="Self-hire.",
            actor=reviewer,
        )

    results = race([decide, decide])
    assert all(isinstance(r, Decision) for r in results), results
    assert results[0].pk == results[1].pk
    assert Strike.objects.filter(account=subject).count() == 1
    assert Restriction.objects.filter(account=subject).count() == 1
    assert Notice.objects.filter(account=subject, kind="decision").count() == 1
    assert CaseEvent.objects.filter(case=claimed, type=CaseEvent.Type.DECISION).count() == 1


def test_two_different_decisions_at_once_one_wins_the_other_is_told(claimed, reviewer, senior, subject):
    results = race(
        [
            lambda: services.decision_make(
                case=claimed, account=subject, rung="suspension", reason="Self-hire.", actor=reviewer
            ),
            lambda: services.decision_make(
                case=claimed, account=subject, rung="education", reason="A warning.", actor=senior
            ),
        ]
    )
    errors = [r for r in results if isinstance(r, CaseError)]
    assert len(errors) == 1 and errors[0].code == "already_decided", results
    assert Decision.objects.filter(case=claimed, account=subject).count() == 1
    assert Strike.objects.filter(account=subject).count() == 1


def test_two_seniors_approving_at_once_apply_the_block_once(claimed, reviewer, senior, admin_user, subject):
    block = services.decision_make(case=claimed, account=subject, rung="permanent_block", reason="x", actor=reviewer)
    results = race(
        [
            lambda: services.decision_approve(decision=block, approver=senior),
            lambda: services.decision_approve(decision=block, approver=admin_user),
        ]
    )
    errors = [r for r in results if isinstance(r, CaseError)]
    assert len(errors) == 1 and errors[0].code == "not_pending", results
    assert Restriction.objects.filter(account=subject).count() == 1
    assert Strike.objects.filter(account=subject).count() == 1
    assert Notice.objects.filter(account=subject, kind="decision").count() == 1


def test_the_same_appeal_from_two_tabs_at_once_is_opened_once(claimed, reviewer, subject):
    decision = services.decision_make(case=claimed, account=subject, rung="education", reason="x", actor=reviewer)

    def appeal():
        return services.appeal_open(decision=decision, account=subject, statement="It was real work.")

    results = race([appeal, appeal])
    assert all(isinstance(r, Appeal) for r in results), results
    assert Appeal.objects.count() == 1
    assert Notice.objects.filter(account=subject, kind="appeal_received").count() == 1
    assert CaseEvent.objects.filter(case=claimed, type=CaseEvent.Type.APPEAL_OPENED).count() == 1


def test_two_reviewers_answering_one_appeal_at_once_one_wins(claimed, reviewer, reviewer2, senior, subject):
    decision = services.decision_make(case=claimed, account=subject, rung="education", reason="x", actor=reviewer)
    appeal = services.appeal_open(decision=decision, account=subject, statement="It was real work.")
    results = race(
        [
            lambda: services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="uphold", answer="It stands."),
            lambda: services.appeal_decide(appeal=appeal, actor=senior, outcome="uphold", answer="Stands."),
        ]
    )
    errors = [r for r in results if isinstance(r, CaseError)]
    assert len(errors) == 1 and errors[0].code == "not_open", results
    assert CaseEvent.objects.filter(case=claimed, type=CaseEvent.Type.APPEAL_DECIDED).count() == 1
    assert Notice.objects.filter(account=subject, kind="appeal_decided").count() == 1
