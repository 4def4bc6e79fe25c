"""Money checks live in the services under a row lock: a withdrawal never exceeds
the balance, payments never take a contract past its amount, a refund never
exceeds what was paid. A form submitted twice pays or withdraws once."""

import uuid
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from contracts.models import Payment, WithdrawalRequest
from contracts.selectors import balance_for
from contracts.services import payment_create, withdrawal_request
from core.errors import DomainError
from tests.concurrency import postgres_only, race


@pytest.fixture
def earned(contract, client_user):
    """The freelancer earned 100 on the 250 contract."""
    return payment_create(contract=contract, payer=client_user, kind="fixed", amount=Decimal("100"))


def test_the_withdrawal_service_refuses_more_than_the_balance(earned, subject):
    with pytest.raises(DomainError) as err:
        withdrawal_request(account=subject, amount=Decimal("100.01"))
    assert err.value.code == "insufficient_balance"
    assert "at most 100.00 USD" in err.value.message
    assert not WithdrawalRequest.objects.exists()


def test_payments_cannot_take_a_contract_past_its_amount(earned, contract, client_user):
    payment_create(contract=contract, payer=client_user, kind="milestone", amount=Decimal("150"))
    with pytest.raises(DomainError) as err:
        payment_create(contract=contract, payer=client_user, kind="milestone", amount=Decimal("0.01"))
    assert err.value.code == "over_contract"
    assert "250.00" in err.value.message
    # A bonus is on top of the contract amount, by definition.
    payment_create(contract=contract, payer=client_user, kind="bonus", amount=Decimal("20"))


def test_a_refund_cannot_exceed_what_was_paid_on_the_contract(earned, contract, subject):
    payment_create(contract=contract, payer=subject, kind="refund", amount=Decimal("60"))
    with pytest.raises(DomainError) as err:
        payment_create(contract=contract, payer=subject, kind="refund", amount=Decimal("40.01"))
    assert err.value.code == "over_paid"
    assert balance_for(subject)["available"] == Decimal("40.00")


def test_the_database_refuses_a_payment_or_withdrawal_of_zero(contract, client_user, subject):
    with pytest.raises(IntegrityError), transaction.atomic():
        Payment.objects.create(contract=contract, payer=client_user, payee=subject, kind="fixed", amount=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        WithdrawalRequest.objects.create(account=subject, amount=Decimal("-5"))


def test_second_submission_of_a_withdrawal_form_withdraws_once(client, earned, subject):
    client.force_login(subject)
    form = client.get(reverse("contracts:withdrawal_new")).content.decode()
    key = form.split('name="submission_key" value="')[1].split('"')[0]
    first = client.post(reverse("contracts:withdrawal_new"), {"amount": "60", "submission_key": key})
    second = client.post(reverse("contracts:withdrawal_new"), {"amount": "60", "submission_key": key}, follow=True)
    assert first.status_code == 302
    assert "already requested" in second.content.decode()
    assert WithdrawalRequest.objects.get().amount == Decimal("60")


def test_second_submission_of_a_payment_form_pays_once(client, contract, client_user):
    client.force_login(client_user)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    key = page.split('name="submission_key" value="')[1].split('"')[0]
    url = reverse("contracts:release_payment", args=[contract.pk])
    client.post(url, {"kind": "milestone", "amount": "50", "submission_key": key})
    second = client.post(url, {"kind": "milestone", "amount": "50", "submission_key": key}, follow=True)
    assert "already sent" in second.content.decode()
    assert Payment.objects.get().amount == Decimal("50")


def test_a_payment_key_reused_for_a_different_payment_is_refused(contract, client_user):
    key = str(uuid.uuid4())
    payment_create(contract=contract, payer=client_user, kind="milestone", amount=Decimal("50"), submission_key=key)
    with pytest.raises(DomainError) as err:
        payment_create(contract=contract, payer=client_user, kind="milestone", amount=Decimal("70"), submission_key=key)
    assert err.value.code == "key_reused"
    assert Payment.objects.count() == 1


# --- at the same moment, on PostgreSQL ---------------------------------------------------


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_withdrawals_cannot_overdraw(earned, subject):
    results = race([lambda: withdrawal_request(account=subject, amount=Decimal("60"))] * 4)
    accepted = [r for r in results if isinstance(r, WithdrawalRequest)]
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(accepted) == 1 and len(refused) == 3, results
    assert {e.code for e in refused} == {"insufficient_balance"}
    assert balance_for(subject)["available"] == Decimal("40.00")


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_payments_cannot_take_a_contract_past_its_amount(contract, client_user):
    results = race([lambda: payment_create(contract=contract, payer=client_user, kind="milestone", amount=150)] * 3)
    accepted = [r for r in results if isinstance(r, Payment)]
    assert len(accepted) == 1, results
    assert sum(p.amount for p in Payment.objects.all()) == Decimal("150")


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_payment_sent_twice_at_once_pays_once(contract, client_user):
    key = str(uuid.uuid4())

    def pay():
        return payment_create(contract=contract, payer=client_user, kind="bonus", amount=10, submission_key=key)

    results = race([pay, pay])
    assert all(isinstance(r, Payment) for r in results), results
    assert Payment.objects.count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_same_withdrawal_sent_twice_at_once_withdraws_once(earned, subject):
    key = str(uuid.uuid4())

    def withdraw():
        return withdrawal_request(account=subject, amount=Decimal("10"), submission_key=key)

    results = race([withdraw, withdraw])
    assert all(isinstance(r, WithdrawalRequest) for r in results), results
    assert WithdrawalRequest.objects.count() == 1


@pytest.mark.parametrize("model", [Payment, WithdrawalRequest], ids=lambda m: m.__name__)
def test_the_admin_can_neither_add_nor_change_nor_delete_money_records(client, admin_user, earned, subject, model):
    withdrawal_request(account=subject, amount=Decimal("10"))
    row = model.objects.first()
    meta = model._meta
    client.force_login(admin_user)

    assert client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_add")).status_code == 403
    assert (
        client.post(
            reverse(f"admin:{meta.app_label}_{meta.model_name}_delete", args=[row.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    change = client.post(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[row.pk]), {"amount": "999"})
    assert change.status_code == 403
    row.refresh_from_db()
    assert row.amount != Decimal("999")
    assert client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")).status_code == 200
