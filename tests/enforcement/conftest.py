import pytest
from django.urls import reverse

from tests.enforcement.world import suspended_freelancer_world
from tests.submissions import keyed


@pytest.fixture
def world(db, reviewer):
    return suspended_freelancer_world(reviewer=reviewer)


@pytest.fixture
def suspended(world):
    return world["user"]


@pytest.fixture
def endpoints(world):
    """For every action in the registry: the endpoint that performs it and a valid
    POST body. A new registry action without an entry here fails the tests."""
    return {
        "leave_feedback": (
            reverse("feedback:leave", args=[world["ended"].pk]),
            keyed({"rating": "5", "comment": "Great"}),
        ),
        "send_message": (reverse("contracts:send_message", args=[world["active"].pk]), keyed({"body": "Hello"})),
        "submit_proposal": (
            reverse("contracts:submit_proposal", args=[world["open_job"].pk]),
            {"cover_letter": "I can do it", "rate": "150"},
        ),
        "hire": (reverse("contracts:hire", args=[world["waiting_proposal"].pk]), {}),
        "post_job": (reverse("contracts:job_new"), keyed({"title": "A new job", "description": "", "budget": "50"})),
        "request_withdrawal": (reverse("contracts:withdrawal_new"), keyed({"amount": "10"})),
        "edit_profile": (reverse("accounts:profile_edit"), {"name": "Someone Else", "country": "FR"}),
        "release_payment": (
            reverse("contracts:release_payment", args=[world["subcontract"].pk]),
            keyed({"kind": "milestone", "amount": "15"}),
        ),
        "pay_bonus": (reverse("contracts:pay_bonus", args=[world["subcontract"].pk]), keyed({"amount": "15"})),
        "end_contract": (reverse("contracts:end", args=[world["active"].pk]), {}),
    }
