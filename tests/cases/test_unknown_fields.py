"""Case write endpoints refuse fields they do not know (round 2, F2): a misspelt
or wrongly named end date used to be ignored and turned into "no end date"."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from cases import services
from cases.models import Appeal, Decision
from detection.kinds import Kind

pytestmark = pytest.mark.django_db


def api_for(user):
    api = APIClient()
    api.force_authenticate(user)
    return api


@pytest.fixture
def appeal(subject, reviewer):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=subject, rung=Decision.Rung.EDUCATION, reason="Read the policy.", actor=reviewer
    )
    return services.appeal_open(decision=decision, account=subject, statement="Not me.")


def _answer_url(appeal):
    return f"/api/v1/cases/{appeal.decision.case_id}/appeals/{appeal.pk}/answer/"


def test_appeal_answer_takes_the_end_date_by_the_name_the_answer_shows(appeal, senior):
    end = (timezone.now() + timedelta(days=5)).replace(microsecond=0)
    response = api_for(senior).post(
        _answer_url(appeal),
        {
            "outcome": "modify",
            "new_rung": "suspension",
            "new_suspension_until": end.isoformat(),
            "answer": "Five days.",
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["new_suspension_until"] is not None
    appeal.refresh_from_db()
    assert appeal.new_suspension_until == end


def test_appeal_answer_still_takes_the_old_input_name(appeal, senior):
    end = (timezone.now() + timedelta(days=5)).replace(microsecond=0)
    response = api_for(senior).post(
        _answer_url(appeal),
        {"outcome": "modify", "new_rung": "suspension", "suspension_until": end.isoformat(), "answer": "Five days."},
        format="json",
    )
    assert response.status_code == 200, response.json()
    appeal.refresh_from_db()
    assert appeal.new_suspension_until == end


def test_appeal_answer_with_an_unknown_field_is_refused_naming_it(appeal, senior):
    response = api_for(senior).post(
        _answer_url(appeal),
        {"outcome": "modify", "new_rung": "suspension", "suspension_end": "2030-01-01T00:00:00Z", "answer": "x"},
        format="json",
    )
    assert response.status_code == 400
    assert "suspension_end" in response.json()
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.OPEN


def test_appeal_answer_with_both_names_is_refused(appeal, senior):
    response = api_for(senior).post(
        _answer_url(appeal),
        {
            "outcome": "modify",
            "new_rung": "suspension",
            "suspension_until": "2030-01-01T00:00:00Z",
            "new_suspension_until": "2030-01-02T00:00:00Z",
            "answer": "x",
        },
        format="json",
    )
    assert response.status_code == 400 and "suspension_until" in response.json()


def test_decision_with_an_unknown_field_is_refused_and_nothing_applies(reviewer, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    api = api_for(reviewer)
    api.post(f"/api/v1/cases/{case.pk}/claim/")
    response = api.post(
        f"/api/v1/cases/{case.pk}/decisions/",
        {"account": subject.pk, "rung": "suspension", "reason": "x", "suspended_until": "2030-01-01T00:00:00Z"},
        format="json",
    )
    assert response.status_code == 400 and "suspended_until" in response.json()
    assert not Decision.objects.filter(case=case).exists()


def test_note_with_an_unknown_field_is_refused(reviewer, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    response = api_for(reviewer).post(
        f"/api/v1/cases/{case.pk}/notes/", {"body": "x", "visible_to_user": True}, format="json"
    )
    assert response.status_code == 400 and "visible_to_user" in response.json()


def test_contract_message_with_an_unknown_field_is_refused(contract, client_user):
    response = api_for(client_user).post(
        f"/api/v1/contracts/{contract.pk}/messages/", {"body": "Hi", "sender": 1}, format="json"
    )
    assert response.status_code == 400 and "sender" in response.json()
    assert not contract.messages.exists()
