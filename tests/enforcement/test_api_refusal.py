"""The API refuses a restricted action with a machine-readable 403."""

from datetime import timedelta

from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from contracts.models import Message
from enforcement.models import Level
from tests.enforcement.world import restrict_only


def test_restricted_post_gets_a_machine_readable_403(suspended, world):
    api = APIClient()
    api.force_login(suspended)
    before = Message.objects.count()

    response = api.post(f"/api/v1/contracts/{world['active'].pk}/messages/", {"body": "hello"}, format="json")

    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "account_restricted"
    assert body["action"] == "send_message"
    assert body["detail"] == "You can’t send a message while your account is suspended."
    restriction = body["restriction"]
    assert restriction["level"] == "suspended"
    assert restriction["ends_at"] == world["decision"].suspension_until.isoformat()
    assert restriction["case"] == world["case"].pk
    assert restriction["request_url"] == f"http://testserver/help/requests/case/{world['case'].pk}/"
    assert Message.objects.count() == before


def test_until_resolved_has_a_null_end(suspended, world):
    restrict_only(suspended, Level.BLOCKED)
    api = APIClient()
    api.force_login(suspended)
    response = api.post(f"/api/v1/contracts/{world['ended'].pk}/feedback/", {"rating": 5}, format="json")
    assert response.status_code == 403
    assert response.json()["action"] == "leave_feedback"
    assert response.json()["restriction"]["level"] == "blocked"
    assert response.json()["restriction"]["ends_at"] is None
    # No case behind this one: the link is My Requests itself.
    assert response.json()["restriction"]["request_url"] == "http://testserver/help/requests/"


def test_token_authenticated_clients_are_refused_too(suspended, world):
    """The middleware runs before DRF authenticates a token: the permission must
    look at the account DRF found, not at the anonymous request."""
    token = Token.objects.create(user=suspended)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.post(f"/api/v1/contracts/{world['active'].pk}/messages/", {"body": "hello"}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "account_restricted"


def test_reading_stays_allowed(suspended, world):
    api = APIClient()
    api.force_login(suspended)
    response = api.get(f"/api/v1/contracts/{world['active'].pk}/messages/")
    assert response.status_code == 200
    assert [m["body"] for m in response.json()["results"]][0].startswith("Hi!")
    assert api.get("/api/v1/contracts/").json()["count"] == 3  # two as freelancer, one as client


def test_unrestricted_user_sends_through_the_api(client_user, contract):
    api = APIClient()
    api.force_login(client_user)
    response = api.post(f"/api/v1/contracts/{contract.pk}/messages/", {"body": "hello"}, format="json")
    assert response.status_code == 201
    assert response.json()["body"] == "hello"
    response = api.post(f"/api/v1/contracts/{contract.pk}/feedback/", {"rating": 4, "comment": "ok"}, format="json")
    assert response.status_code == 201


def test_expired_restriction_no_longer_refuses_the_api(suspended, world):
    from accounts.models import User

    User.objects.filter(pk=suspended.pk).update(restriction_ends_at=timezone.now() - timedelta(seconds=1))
    api = APIClient()
    api.force_login(suspended)
    response = api.post(f"/api/v1/contracts/{world['active'].pk}/messages/", {"body": "back"}, format="json")
    assert response.status_code == 201


def test_outsiders_get_404_not_the_contract(bystander, world):
    api = APIClient()
    api.force_login(bystander)
    assert api.get(f"/api/v1/contracts/{world['active'].pk}/messages/").status_code == 404
    assert (
        api.post(f"/api/v1/contracts/{world['active'].pk}/messages/", {"body": "x"}, format="json").status_code == 404
    )
