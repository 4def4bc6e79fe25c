"""What a decision stands on stays put: asking a decided subject a question keeps
their outcome, one subject's appeal closing leaves another's open, and feedback a
decision cannot hide is refused by number instead of dropped."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from cases import services
from cases.models import Case, CaseError, CaseSubject, Decision

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    return case


def test_asking_a_decided_subject_for_information_keeps_their_decided_outcome(held, reviewer, subject, client_user):
    services.decision_make(case=held, account=subject, rung="education", reason="Read the policy.", actor=reviewer)

    services.case_request_info(case=held, actor=reviewer, account=subject, body="One more question")

    assert CaseSubject.objects.get(case=held, account=subject).outcome == CaseSubject.Outcome.EDUCATION
    # Deciding the other subject still decides the case: the first is not "pending" again.
    services.decision_make(case=held, account=client_user, rung="no_violation", reason="Fine.", actor=reviewer)
    held.refresh_from_db()
    assert held.status == Case.Status.DECIDED


def test_closing_one_subjects_appeal_keeps_the_case_appealed_while_another_is_open(
    held, reviewer, reviewer2, subject, client_user
):
    first = services.decision_make(case=held, account=subject, rung="education", reason="a", actor=reviewer)
    second = services.decision_make(case=held, account=client_user, rung="education", reason="b", actor=reviewer)
    appeal_one = services.appeal_open(decision=first, account=subject, statement="Unfair")
    services.appeal_open(decision=second, account=client_user, statement="Unfair too")
    services.case_claim(case=held, reviewer=reviewer2)

    services.appeal_decide(appeal=appeal_one, actor=reviewer2, outcome="uphold", answer="It stands.")

    held.refresh_from_db()
    assert held.is_appeal
    assert held.status == Case.Status.APPEALED


def test_a_hide_feedback_decision_naming_feedback_that_is_not_the_subjects_is_refused_by_number(
    held, reviewer, subject, five_star
):
    with pytest.raises(CaseError) as err:
        services.decision_make(
            case=held,
            account=subject,
            rung="hide_feedback",
            reason="Bought.",
            actor=reviewer,
            feedback_ids=[five_star.pk, 987654],
        )

    assert err.value.code == "feedback_not_subjects"
    assert "Feedback #987654 is not by or about Fred Freelancer" in err.value.message
    assert not Decision.objects.exists()


def test_the_api_answers_400_naming_feedback_a_decision_cannot_hide(held, reviewer, client_user, five_star):
    api = APIClient()
    api.force_authenticate(reviewer)
    other = 987654

    response = api.post(
        f"/api/v1/cases/{held.pk}/decisions/",
        {"account": client_user.pk, "rung": "hide_feedback", "reason": "x", "feedback": [five_star.pk, other]},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "feedback_not_subjects"
    assert f"#{other}" in response.json()["detail"]
