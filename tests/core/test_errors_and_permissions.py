"""One error base, one status table, one reviewer check, one site name."""

import pytest
from rest_framework.test import APIClient

from cases import services
from core.api import status_for
from core.errors import DomainError
from core.permissions import require_reviewer, require_senior
from detection.kinds import Kind
from notifications.models import OutboundEmail


@pytest.fixture
def case(db, subject):
    return services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("not_found", 404),
        ("not_reviewer", 403),
        ("not_senior", 403),
        ("not_assignee", 403),
        ("own_decision", 403),
        ("already_claimed", 409),
        ("already_decided", 409),
        ("stale", 409),
        ("pending_exists", 409),
        ("duplicate", 409),
        ("rate_limited", 429),
        ("reason_required", 400),
        ("anything_else", 400),
    ],
)
def test_each_refusal_code_answers_its_http_status(code, status):
    assert status_for(code) == status


def test_a_service_refusal_through_the_api_is_detail_and_code_with_its_status(case, reviewer, reviewer2):
    services.case_claim(case=case, reviewer=reviewer)
    api = APIClient()
    api.force_authenticate(reviewer2)
    response = api.post(f"/api/v1/cases/{case.pk}/claim/")
    assert response.status_code == 409
    assert response.json() == {"detail": response.json()["detail"], "code": "already_claimed"}
    assert "just claimed" in response.json()["detail"]


def test_only_reviewers_pass_the_reviewer_check_and_only_seniors_the_senior_one(reviewer, senior, subject):
    require_reviewer(reviewer)
    require_senior(senior)
    for user, check, code in [(subject, require_reviewer, "not_reviewer"), (reviewer, require_senior, "not_senior")]:
        with pytest.raises(DomainError) as refused:
            check(user)
        assert refused.value.code == code


def test_the_site_name_setting_names_the_marketplace_in_pages_and_emails(
    settings, client, case, reviewer, subject, django_capture_on_commit_callbacks
):
    settings.SITE_NAME = "Acme Gigs"
    assert "Acme Gigs" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.case_claim(case=case, reviewer=reviewer)
        services.case_message_user(case=case, actor=reviewer, account=subject, body="Hello")
    email = OutboundEmail.objects.get(account=subject)
    assert "Acme Gigs Trust & Safety" in email.reply_to and "Acme Gigs" in email.body_text
