"""Round 2, F3: a user cannot flood a contract with messages (each queues a
detection scan and reaches the other party), nor flood jobs with proposals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from contracts.models import Message
from contracts.services import job_post, proposal_submit
from core.ratelimit import RateLimited, rate_limit_reset
from core.submissions import FIELD as KEY_FIELD

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight(settings, contract, client_user, subject):
    for user in (client_user, subject):
        rate_limit_reset(user=user, action="message_contract", scope=str(contract.pk))
        rate_limit_reset(user=user, action="message")
        rate_limit_reset(user=user, action="proposal")
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message_contract": (3, 600), "proposal": (2, 3600)}


def test_the_api_answers_429_rate_limited_past_the_limit_and_sends_nothing_more(tight, contract, client_user):
    api = APIClient()
    api.force_authenticate(client_user)
    url = f"/api/v1/contracts/{contract.pk}/messages/"
    codes = [api.post(url, {"body": f"Hi {n}"}, format="json").status_code for n in range(3)]
    refused = api.post(url, {"body": "One more"}, format="json")
    assert codes == [201, 201, 201]
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
    assert int(refused["Retry-After"]) > 0
    assert Message.objects.filter(contract=contract).count() == 3


def test_the_limit_is_per_user(tight, contract, client_user, subject):
    api = APIClient()
    api.force_authenticate(client_user)
    url = f"/api/v1/contracts/{contract.pk}/messages/"
    for n in range(4):
        api.post(url, {"body": f"Hi {n}"}, format="json")
    api.force_authenticate(subject)
    assert api.post(url, {"body": "My turn"}, format="json").status_code == 201


def test_the_page_says_why_and_keeps_the_text(tight, client, contract, client_user):
    client.force_login(client_user)
    url = f"/contracts/{contract.pk}/messages/"
    for n in range(3):
        assert client.post(url, {"body": f"Hi {n}", KEY_FIELD: f"k{n}"}).status_code == 302
    refused = client.post(url, {"body": "Please answer, this matters", KEY_FIELD: "k-last"})
    assert refused.status_code == 429
    text = refused.content.decode()
    assert "please wait" in text
    assert "Please answer, this matters" in text


def test_proposals_are_limited_too(tight, client_user, subject):
    jobs = [job_post(client=client_user, title=f"Job {n}", description="", budget=Decimal("100")) for n in range(3)]
    proposal_submit(job=jobs[0], freelancer=subject, cover_letter="Me", rate=Decimal("90"))
    proposal_submit(job=jobs[1], freelancer=subject, cover_letter="Me", rate=Decimal("90"))
    with pytest.raises(RateLimited):
        proposal_submit(job=jobs[2], freelancer=subject, cover_letter="Me", rate=Decimal("90"))
