"""The cases API names the policy article too: omitted, the rung's usual one;
empty, a restriction is refused with the same words as the form."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from cases import services
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from statements.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(db, reviewer, subject):
    policy_articles_ensure(Article)
    case = services.case_open(kind="paid_feedback", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    return case


def post(reviewer, case, **body):
    api = APIClient()
    api.force_authenticate(reviewer)
    return api.post(f"/api/v1/cases/{case.pk}/decisions/", body, format="json")


def test_an_api_suspension_without_an_article_named_rests_on_the_usual_one(reviewer, subject, case):
    response = post(reviewer, case, account=subject.pk, rung="suspension", reason="Paid feedback.", legal_ground="UCPD")

    assert response.status_code == 201
    assert response.json()["policy_article"] == "feedback-building"
    assert Statement.objects.get().content["ground"]["legal_ground"] == "UCPD"


def test_an_api_suspension_with_an_empty_article_is_refused(reviewer, subject, case):
    response = post(reviewer, case, account=subject.pk, rung="suspension", reason="Paid feedback.", policy_article="")

    assert response.status_code == 400
    assert response.json()["code"] == "policy_article_required"
    assert not Statement.objects.exists()
