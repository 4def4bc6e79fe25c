"""One submission applies once (core.submissions): the key a page draws into every
form that creates something, checked and recorded inside the service's transaction
under a unique (user, key)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from contracts.models import Message, Payment
from contracts.services import message_send, payment_create
from core.errors import DomainError
from core.models import Submission
from core.submissions import FIELD
from tests.submissions import keyed

pytestmark = pytest.mark.django_db

KEY = re.compile(rf'name="{FIELD}" value="([^"]+)"')


def test_a_form_sent_without_its_key_is_refused_with_reload_the_page_and_nothing_is_applied(
    client, contract, client_user
):
    client.force_login(client_user)

    response = client.post(reverse("contracts:send_message", args=[contract.pk]), {"body": "Scripted, no key"})

    assert response.status_code == 400
    assert "reload the page and send it again" in response.content.decode()
    assert not Message.objects.exists()


def test_each_drawing_of_a_form_carries_a_new_key(client, contract, client_user):
    client.force_login(client_user)
    url = reverse("contracts:detail", args=[contract.pk])

    first, second = (KEY.findall(client.get(url).content.decode()) for _ in range(2))

    assert len(first) == len(second) >= 2  # the message form, the payment form (and feedback, if open)
    assert not set(first) & set(second)


def test_the_same_key_sent_again_with_other_content_is_refused(contract, client_user):
    message_send(sender=client_user, contract=contract, body="First", submission_key="k-1")

    with pytest.raises(DomainError) as err:
        message_send(sender=client_user, contract=contract, body="Something else", submission_key="k-1")

    assert err.value.code == "key_reused"
    assert list(Message.objects.values_list("body", flat=True)) == ["First"]


def test_a_submission_that_was_refused_leaves_its_key_free_for_the_corrected_one(contract, client_user):
    with pytest.raises(DomainError):
        payment_create(contract=contract, payer=client_user, kind="fixed", amount=Decimal("900"), submission_key="k")

    payment = payment_create(
        contract=contract, payer=client_user, kind="fixed", amount=Decimal("90"), submission_key="k"
    )

    assert not payment.replayed
    assert Payment.objects.get().amount == Decimal("90")


def test_two_people_may_use_the_same_key_for_their_own_submissions(contract, client_user, subject):
    mine = message_send(sender=client_user, contract=contract, body="Hi", submission_key="same")
    theirs = message_send(sender=subject, contract=contract, body="Hi", submission_key="same")

    assert not mine.replayed and not theirs.replayed
    assert Submission.objects.count() == 2


# --- the API: an optional Idempotency-Key header --------------------------------------------


def test_an_api_create_sent_twice_with_the_same_idempotency_key_creates_once_and_says_replayed(contract, client_user):
    api = APIClient()
    api.force_authenticate(client_user)
    url = f"/api/v1/contracts/{contract.pk}/messages/"

    first = api.post(url, {"body": "Retry-safe"}, format="json", headers={"Idempotency-Key": "req-42"})
    again = api.post(url, {"body": "Retry-safe"}, format="json", headers={"Idempotency-Key": "req-42"})

    assert (first.status_code, again.status_code) == (201, 200)
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert Message.objects.count() == 1


def test_an_idempotency_key_reused_for_other_content_answers_422(contract, client_user):
    api = APIClient()
    api.force_authenticate(client_user)
    url = f"/api/v1/contracts/{contract.pk}/messages/"
    api.post(url, {"body": "One"}, format="json", headers={"Idempotency-Key": "req-43"})

    response = api.post(url, {"body": "Two"}, format="json", headers={"Idempotency-Key": "req-43"})

    assert response.status_code == 422
    assert response.json()["code"] == "key_reused"


def test_a_malformed_idempotency_key_is_refused(contract, client_user):
    api = APIClient()
    api.force_authenticate(client_user)

    response = api.post(
        f"/api/v1/contracts/{contract.pk}/messages/", {"body": "x"}, format="json", headers={"Idempotency-Key": "a b"}
    )

    assert response.status_code == 400 and response.json()["code"] == "key_invalid"
    assert not Message.objects.exists()


def test_the_openapi_schema_documents_the_idempotency_key_on_create_endpoints(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    creates = {
        ("/api/v1/contracts/{id}/messages/", "post"),
        ("/api/v1/reports/", "post"),
        ("/api/v1/cases/{id}/notes/", "post"),
        ("/api/v1/cases/{id}/decisions/", "post"),
        ("/api/v1/contracts/{id}/feedback/", "post"),
    }
    for path, method in creates:
        names = {p["name"] for p in schema["paths"][path][method].get("parameters", [])}
        assert "Idempotency-Key" in names, path


def test_keyed_helper_draws_a_key_like_the_page(client, contract, client_user):
    client.force_login(client_user)
    url = reverse("contracts:send_message", args=[contract.pk])

    assert client.post(url, keyed({"body": "With a key"})).status_code == 302


def test_a_decision_replayed_by_content_is_found_again_by_its_idempotency_key(reviewer, subject):
    from cases import services

    case = services.case_open(kind="self_hire", accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    api = APIClient()
    api.force_authenticate(reviewer)
    url = f"/api/v1/cases/{case.pk}/decisions/"
    body = {"account": subject.pk, "rung": "education", "reason": "Read the policy."}
    first = api.post(url, body, format="json")  # no key

    answers = [api.post(url, body, format="json", headers={"Idempotency-Key": "d-1"}) for _ in range(2)]

    assert first.status_code == 201
    assert [a.status_code for a in answers] == [200, 200]
    assert {a.json()["id"] for a in answers} == {first.json()["id"]}
