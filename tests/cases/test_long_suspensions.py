"""A suspension is four eyes by length too (F1): longer than
SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL days it waits for a senior reviewer, like a
permanent block; longer than SUSPENSION_MAX_DAYS it is refused: that is a
permanent block, and has to be proposed as one. Decisions and appeal answers,
page and API alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from cases import services
from cases.models import Appeal, CaseError, Decision
from enforcement.models import Restriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    return case


def _suspend(case, reviewer, account, days: float):
    return services.decision_make(
        case=case,
        account=account,
        rung="suspension",
        reason="You hired yourself.",
        actor=reviewer,
        suspension_until=timezone.now() + timedelta(days=days),
    )


def test_a_suspension_of_up_to_thirty_days_applies_at_once(held, reviewer, subject):
    decision = _suspend(held, reviewer, subject, 29.9)

    assert decision.status == Decision.Status.APPLIED
    assert Restriction.objects.filter(decision=decision).exists()


def test_a_suspension_longer_than_thirty_days_waits_for_a_senior_reviewer(held, reviewer, subject):
    decision = _suspend(held, reviewer, subject, 31)

    assert decision.status == Decision.Status.PENDING_APPROVAL
    assert decision.approved_by is None
    assert not Restriction.objects.filter(account=subject).exists()
    proposed = held.events.get(type="decision_proposed")
    assert proposed.data["why"] == "A suspension longer than 30 days needs a senior reviewer's approval."


def test_a_senior_reviewer_other_than_the_proposer_applies_a_long_suspension(held, reviewer, senior, subject):
    decision = _suspend(held, reviewer, subject, 90)

    approved = services.decision_approve(decision=decision, approver=senior)

    assert approved.status == Decision.Status.APPLIED and approved.approved_by == senior
    assert Restriction.objects.get(decision=decision).ends_at == decision.suspension_until


def test_a_suspension_beyond_a_year_is_refused_saying_use_a_permanent_block(held, reviewer, subject):
    with pytest.raises(CaseError) as err:
        _suspend(held, reviewer, subject, 366)

    assert err.value.code == "suspension_too_long"
    assert "use a permanent block" in err.value.message
    assert not Decision.objects.exists()


def test_the_limits_are_settings(held, reviewer, subject, settings):
    settings.SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL = 7
    settings.SUSPENSION_MAX_DAYS = 60

    assert _suspend(held, reviewer, subject, 10).status == Decision.Status.PENDING_APPROVAL
    with pytest.raises(CaseError, match="at most 60 days"):
        services.decision_make(
            case=held,
            account=held.subjects.exclude(pk=subject.pk).get(),
            rung="suspension",
            reason="x",
            actor=reviewer,
            suspension_until=timezone.now() + timedelta(days=61),
        )


def test_the_api_cannot_suspend_until_the_year_9999_on_one_reviewers_word(held, reviewer, subject):
    api = APIClient()
    api.force_authenticate(reviewer)
    body = {"account": subject.pk, "rung": "suspension", "reason": "x", "suspension_until": "9999-12-31T00:00:00Z"}

    response = api.post(f"/api/v1/cases/{held.pk}/decisions/", body, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "suspension_too_long"
    assert not Restriction.objects.exists()


def test_the_api_sends_a_two_month_suspension_to_a_senior(held, reviewer, subject):
    api = APIClient()
    api.force_authenticate(reviewer)
    until = (timezone.now() + timedelta(days=60)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    response = api.post(
        f"/api/v1/cases/{held.pk}/decisions/",
        {"account": subject.pk, "rung": "suspension", "reason": "x", "suspension_until": until},
        format="json",
    )

    assert response.status_code == 201
    assert response.json()["status"] == "pending_approval"
    assert "longer than 30 days" in response.json()["awaiting_approval_because"]


def test_the_decision_form_cannot_suspend_until_the_year_9999(client, held, reviewer, subject):
    client.force_login(reviewer)
    form = {"account": subject.pk, "rung": "suspension", "reason": "x", "suspension_until": "9999-12-31T23:59"}

    response = client.post(reverse("cases:decide", args=[held.pk]), form, follow=True)

    assert "use a permanent block" in response.content.decode()
    assert not Decision.objects.exists()
    assert not Restriction.objects.exists()


def test_an_appeal_answer_cannot_turn_a_decision_into_a_suspension_beyond_a_year(case, reviewer, senior, subject):
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    appeal = services.appeal_open(decision=decision, account=subject, statement="Unfair")
    services.case_claim(case=case, reviewer=senior)

    with pytest.raises(CaseError) as err:
        services.appeal_decide(
            appeal=appeal,
            actor=senior,
            outcome="modify",
            answer="Longer.",
            new_rung="suspension",
            suspension_until=datetime(9999, 12, 31, tzinfo=UTC),
        )

    assert err.value.code == "suspension_too_long"
    assert Appeal.objects.get(pk=appeal.pk).status == Appeal.Status.OPEN
