"""Round 2, F9: approving a decision that was already approved is a 409 (a
conflict with what happened), as the API's status table says, not a 400."""

import pytest
from rest_framework.test import APIClient

from cases import services
from cases.models import Decision
from detection.kinds import Kind

pytestmark = pytest.mark.django_db


def test_approving_an_already_approved_decision_answers_409(reviewer, senior, admin_user, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    proposal = services.decision_make(
        case=case, account=subject, rung=Decision.Rung.PERMANENT_BLOCK, reason="Ring.", actor=reviewer
    )
    assert proposal.status == Decision.Status.PENDING_APPROVAL
    url = f"/api/v1/cases/{case.pk}/decisions/{proposal.pk}/approve/"
    first, second = APIClient(), APIClient()
    first.force_authenticate(senior)
    second.force_authenticate(admin_user)
    assert first.post(url).status_code == 200
    again = second.post(url)
    assert again.status_code == 409
    assert again.json()["code"] == "not_pending"
    rejected = second.post(f"/api/v1/cases/{case.pk}/decisions/{proposal.pk}/reject/", {"reason": "no"}, format="json")
    assert rejected.status_code == 409
