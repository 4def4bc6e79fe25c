"""Writes for contracts, payments, messages, jobs, proposals and withdrawals."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from accounts.services import account_lock
from core.errors import DomainError
from core.ratelimit import rate_limit_count
from core.signals import marketplace_activity_recorded
from core.submissions import submission_begin

from .models import Contract, Job, Message, Payment, Proposal, WithdrawalRequest
from .selectors import ZERO, balance_for


class ContractError(DomainError):
    """A marketplace action on contracts, jobs, payments or withdrawals refused."""


def contract_create(
    *,
    client,
    freelancer,
    amount: Decimal,
    title: str = "",
    currency: str = "USD",
    client_org=None,
    started_at: datetime | None = None,
    job: Job | None = None,
) -> Contract:
    if client.pk == freelancer.pk:
        raise ContractError(
            "A client cannot hire their own account: the client and the freelancer are the same person.",
            code="self_contract",
        )
    if Decimal(amount) < 0:
        raise ContractError("The contract amount cannot be negative.", "negative_amount")
    contract = Contract.objects.create(
        client=client,
        freelancer=freelancer,
        amount=amount,
        title=title,
        currency=currency,
        client_org=client_org,
        started_at=started_at or timezone.now(),
        job=job,
    )
    marketplace_activity_recorded(sender=type(contract), event="contract", object_id=contract.pk)
    return contract


def contract_end(*, contract: Contract, actor) -> Contract:
    if actor.pk not in contract.parties():
        raise ContractError("Only the contract's client or freelancer can end it.", "not_a_party")
    if contract.status != Contract.Status.ACTIVE:
        raise ContractError("This contract has already ended.", "not_active")
    contract.status = Contract.Status.ENDED
    contract.ended_at = timezone.now()
    contract.save(update_fields=["status", "ended_at"])
    return contract


def message_send(*, sender, contract: Contract, body: str, submission_key: str | None = None) -> Message:
    """Write to the other party. The same form sent twice (``submission_key``, see
    core.submissions) sends once and returns the first message, marked ``replayed``."""
    body = (body or "").strip()
    if not body:
        raise ContractError("Write a message before sending.", "empty")
    if sender.pk not in contract.parties():
        raise ContractError("Only the contract's client or freelancer can write here.", "not_a_party")
    with transaction.atomic():
        once = submission_begin(
            user=sender,
            key=submission_key,
            action="contracts.message_send",
            params={"contract": contract.pk, "body": body},
        )
        if once.replayed:
            return once.replay()
        rate_limit_count(user=sender, action="message", what="messages")
        rate_limit_count(user=sender, action="message_contract", scope=str(contract.pk), what="messages here")
        message = Message.objects.create(
            sender=sender, recipient_id=contract.other_party_id(sender.pk), contract=contract, body=body
        )
        once.done(message)
        marketplace_activity_recorded(sender=type(message), event="message", object_id=message.pk)
    return message


def _paid(contract: Contract, **filters) -> Decimal:
    return contract.payments.filter(**filters).aggregate(s=Sum("amount"))["s"] or ZERO


def payment_create(
    *, contract: Contract, payer, kind: str, amount: Decimal, submission_key: str | None = None
) -> Payment:
    """Pay on a contract. The client pays (fixed, hourly and milestone payments up
    to the contract amount, bonuses on top); the freelancer refunds (at most what
    they were paid on the contract, out of their available balance). The checks
    run under the contract's row lock, so parallel payments cannot overpay; the
    same form sent twice (``submission_key``, see core.submissions) pays once and
    returns the first payment, marked ``replayed``."""
    amount = Decimal(amount)
    if amount <= 0:
        raise ContractError("Enter an amount greater than zero.", "amount")
    if kind not in Payment.Kind.values:
        raise ContractError(f"Unknown payment kind {kind!r}.", "kind")
    if payer.pk not in contract.parties():
        raise ContractError("Only the contract's parties can make payments on it.", "not_a_party")
    refund = kind == Payment.Kind.REFUND
    if payer.pk != (contract.freelancer_id if refund else contract.client_id):
        raise ContractError(
            "Refunds go from the freelancer back to the client; every other payment from the client.",
            code="wrong_payer",
        )
    with transaction.atomic():
        once = submission_begin(
            user=payer,
            key=submission_key,
            action="contracts.payment_create",
            params={"contract": contract.pk, "kind": kind, "amount": amount},
        )
        if once.replayed:
            return once.replay()
        locked = Contract.objects.select_for_update().get(pk=contract.pk)
        if locked.status == Contract.Status.CANCELLED:
            raise ContractError("This contract was cancelled: it takes no more payments.", "cancelled")
        if kind in Payment.AGAINST_CONTRACT:
            paid = _paid(locked, kind__in=Payment.AGAINST_CONTRACT)
            if paid + amount > locked.amount:
                raise ContractError(
                    f"That would pay more than the contract's {locked.amount:.2f} {locked.currency}: "
                    f"{paid:.2f} is paid, at most {max(ZERO, locked.amount - paid):.2f} is left. "
                    "Pay anything beyond it as a bonus.",
                    code="over_contract",
                )
        if refund:
            left = _paid(locked, payee=payer, kind__in=[*Payment.AGAINST_CONTRACT, Payment.Kind.BONUS]) - _paid(
                locked, payer=payer, kind=Payment.Kind.REFUND
            )
            if amount > left:
                raise ContractError(
                    f"A refund cannot exceed what you were paid on this contract: at most {max(ZERO, left):.2f} "
                    f"{locked.currency}.",
                    code="over_paid",
                )
            account_lock(account_id=payer.pk)  # a refund spends the balance a withdrawal reads
            available = balance_for(payer)["available"]
            if amount > available:
                raise ContractError(
                    f"A refund comes out of your available balance: at most {available:.2f} USD.",
                    code="insufficient_balance",
                )
        payment = Payment.objects.create(
            contract=locked,
            payer=payer,
            payee_id=locked.other_party_id(payer.pk),
            kind=kind,
            amount=amount,
        )
        once.done(payment)
    marketplace_activity_recorded(sender=type(payment), event="payment", object_id=payment.pk)
    return payment


def job_post(*, client, title: str, description: str, budget: Decimal, submission_key: str | None = None) -> Job:
    """Publish a job. The same form sent twice (``submission_key``) posts it once and
    returns the first job, marked ``replayed``."""
    if not title.strip():
        raise ContractError("Give the job a title.", "title")
    with transaction.atomic():
        once = submission_begin(
            user=client,
            key=submission_key,
            action="contracts.job_post",
            params={"title": title.strip(), "description": description, "budget": budget},
        )
        if once.replayed:
            return once.replay()
        rate_limit_count(user=client, action="job", what="jobs")
        job = Job.objects.create(client=client, title=title.strip(), description=description, budget=budget)
        once.done(job)
    return job


def proposal_submit(*, job: Job, freelancer, cover_letter: str, rate: Decimal) -> Proposal:
    if job.client_id == freelancer.pk:
        raise ContractError("You cannot apply to your own job.", "self_proposal")
    if job.status != Job.Status.OPEN:
        raise ContractError("This job is no longer open.", "closed")
    if Proposal.objects.filter(job=job, freelancer=freelancer).exists():
        raise ContractError("You have already sent a proposal for this job.", "duplicate")
    rate_limit_count(user=freelancer, action="proposal", what="proposals")
    return Proposal.objects.create(job=job, freelancer=freelancer, cover_letter=cover_letter, rate=rate)


def proposal_hire(*, proposal: Proposal, client) -> Contract:
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().select_related("job").get(pk=proposal.pk)
        if proposal.job.client_id != client.pk:
            raise ContractError("Only the job's client can hire for it.", "not_owner")
        if proposal.status != Proposal.Status.SUBMITTED:
            raise ContractError("This proposal was already answered.", "answered")
        contract = contract_create(
            client=client,
            freelancer=proposal.freelancer,
            amount=proposal.rate,
            title=proposal.job.title,
            job=proposal.job,
        )
        proposal.status = Proposal.Status.HIRED
        proposal.save(update_fields=["status"])
        Job.objects.filter(pk=proposal.job_id).update(status=Job.Status.FILLED)
    return contract


def withdrawal_request(*, account, amount: Decimal, submission_key: str | None = None) -> WithdrawalRequest:
    """Withdraw from the available balance. The balance is read under the
    account's row lock, so parallel requests cannot overdraw it; the same form
    sent twice (``submission_key``) withdraws once and returns the first request,
    marked ``replayed``."""
    amount = Decimal(amount)
    if amount <= 0:
        raise ContractError("Enter an amount greater than zero.", "amount")
    with transaction.atomic():
        once = submission_begin(
            user=account, key=submission_key, action="contracts.withdrawal_request", params={"amount": amount}
        )
        if once.replayed:
            return once.replay()
        account_lock(account_id=account.pk)
        available = balance_for(account)["available"]
        if amount > available:
            raise ContractError(
                f"You can withdraw at most {available:.2f} USD, your available balance.", "insufficient_balance"
            )
        withdrawal = WithdrawalRequest.objects.create(account=account, amount=amount)
        once.done(withdrawal)
    return withdrawal
