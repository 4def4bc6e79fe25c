"""A form sent twice (a double click, two tabs, a retry) creates once; the second
answer leads to what the first created and says it was already done (F4, F7)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from contracts.models import Job, Message, Payment, WithdrawalRequest
from contracts.services import job_post, message_send, payment_create
from tests.concurrency import postgres_only, race
from tests.submissions import keyed

pytestmark = pytest.mark.django_db


def test_a_contract_message_sent_twice_is_stored_once(client, contract, client_user):
    client.force_login(client_user)
    url = reverse("contracts:send_message", args=[contract.pk])
    form = keyed({"body": "Draft attached"})

    first = client.post(url, form)
    second = client.post(url, form, follow=True)

    assert first.status_code == 302
    assert second.redirect_chain[-1][0] == reverse("contracts:detail", args=[contract.pk]) + "#messages"
    assert "This message was already sent" in second.content.decode()
    assert Message.objects.count() == 1


def test_a_job_posted_twice_is_published_once_and_the_second_answer_opens_it(client, client_user):
    client.force_login(client_user)
    form = keyed({"title": "Logo", "description": "A simple logo", "budget": "50"})

    client.post(reverse("contracts:job_new"), form)
    second = client.post(reverse("contracts:job_new"), form, follow=True)

    job = Job.objects.get()
    assert second.redirect_chain[-1][0] == reverse("contracts:job", args=[job.pk])
    assert "This job was already posted" in second.content.decode()


def test_a_payment_without_the_form_key_is_refused_and_pays_nothing(client, contract, client_user):
    client.force_login(client_user)
    url = reverse("contracts:pay_bonus", args=[contract.pk])

    for _ in range(5):
        response = client.post(url, {"amount": "0.01"})

    assert response.status_code == 400
    assert "reload the page" in response.content.decode()
    assert not Payment.objects.exists()


def test_a_withdrawal_without_the_form_key_is_refused_and_withdraws_nothing(client, contract, client_user, subject):
    payment_create(contract=contract, payer=client_user, kind="fixed", amount=Decimal("100"))
    client.force_login(subject)

    response = client.post(reverse("contracts:withdrawal_new"), {"amount": "10"})

    assert response.status_code == 400
    assert "reload the page" in response.content.decode()
    assert not WithdrawalRequest.objects.exists()


# --- at the same moment, on PostgreSQL ---------------------------------------------------


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_contract_message_sent_four_times_at_once_is_stored_once(contract, client_user):
    def send():
        return message_send(sender=client_user, contract=contract, body="Once", submission_key="double-click")

    results = race([send] * 4)

    assert all(isinstance(r, Message) for r in results), results
    assert len({r.pk for r in results}) == 1
    assert sum(r.replayed for r in results) == 3
    assert Message.objects.count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_job_posted_three_times_at_once_is_published_once(client_user):
    def post():
        return job_post(
            client=client_user, title="Logo", description="", budget=Decimal("50"), submission_key="job-form-1"
        )

    results = race([post] * 3)

    assert all(isinstance(r, Job) for r in results), results
    assert Job.objects.count() == 1
