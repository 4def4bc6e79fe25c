"""Who may see what: reviewers see cases; users never reach the portal or the
staff API."""

import pytest
from rest_framework.test import APIClient

from cases import services

PORTAL_PAGES = ["/portal/", "/portal/dashboard/", "/portal/cases/new/"]


@pytest.mark.parametrize("url", PORTAL_PAGES)
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/login/")


@pytest.mark.parametrize("url", PORTAL_PAGES)
def test_marketplace_users_are_refused_the_portal(client, subject, url):
    client.force_login(subject)
    assert client.get(url).status_code == 403


def test_a_user_cannot_open_their_own_case_in_the_portal(client, case, subject):
    client.force_login(subject)
    assert client.get(f"/portal/cases/{case.pk}/").status_code == 403


def test_a_user_cannot_post_a_decision(client, case, subject):
    client.force_login(subject)
    response = client.post(
        f"/portal/cases/{case.pk}/decide/", {"account": subject.pk, "rung": "no_violation", "reason": "me"}
    )
    assert response.status_code == 403
    assert not case.decisions.exists()


def test_staff_without_a_reviewer_role_are_refused(client, db):
    from tests.conftest import make_user

    staff = make_user("ops@test.example", kind="")
    staff.is_staff = True
    staff.save()
    client.force_login(staff)
    assert client.get("/portal/").status_code == 403


def test_reviewers_see_the_case(client, case, reviewer):
    client.force_login(reviewer)
    response = client.get(f"/portal/cases/{case.pk}/")
    assert response.status_code == 200
    assert b"Shared card and device" in response.content


@pytest.mark.parametrize(
    "method,url",
    [
        ("get", "/api/v1/cases/"),
        ("get", "/api/v1/cases/{pk}/"),
        ("get", "/api/v1/cases/{pk}/timeline/"),
        ("post", "/api/v1/cases/{pk}/claim/"),
    ],
)
def test_the_staff_api_refuses_users(case, subject, method, url):
    api = APIClient()
    api.force_authenticate(subject)
    response = getattr(api, method)(url.format(pk=case.pk))
    assert response.status_code == 403


def test_the_staff_api_refuses_anonymous(case):
    assert APIClient().get("/api/v1/cases/").status_code in (401, 403)


def test_token_authentication_works_for_reviewers(case, reviewer):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=reviewer)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.get("/api/v1/cases/")
    assert response.status_code == 200 and response.json()["count"] == 1


def test_api_claim_conflict_has_a_stable_code(case, reviewer, reviewer2):
    services.case_claim(case=case, reviewer=reviewer)
    api = APIClient()
    api.force_authenticate(reviewer2)
    response = api.post(f"/api/v1/cases/{case.pk}/claim/")
    assert response.status_code == 409
    assert response.json()["code"] == "already_claimed"
