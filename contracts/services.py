"""Writes for contracts, payments, messages, jobs, proposals and withdrawals."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .models import Contract, Job, Message, Payment, Proposal, WithdrawalRequest


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
        raise ValidationError(
            "A client cannot hire their own account: the client and the freelancer are the same person.",
            code="self_contract",
        )
    if Decimal(amount) < 0:
        raise ValidationError("The contract amount cannot be negative.", code="negative_amount")
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
    transaction.on_commit(lambda: _detect("contract", contract.pk))
    return contract


def contract_end(*, contract: Contract, actor) -> Contract:
    if actor.pk not in contract.parties():
        raise ValidationError("Only the contract's client or freelancer can end it.", code="not_a_party")
    if contract.status != Contract.Status.ACTIVE:
        raise ValidationError("This contract has already ended.", code="not_active")
    contract.status = Contract.Status.ENDED
    contract.ended_at = timezone.now()
    contract.save(update_fields=["status", "ended_at"])
    return contract


def message_send(*, sender, contract: Contract, body: str) -> Message:
    body = (body or "").strip()
    if not body:
        raise ValidationError("Write a message before sending.", code="empty")
    if sender.pk not in contract.parties():
        raise ValidationError("Only the contract's client or freelancer can write here.", code="not_a_party")
    message = Message.objects.create(
        sender=sender, recipient_id=contract.other_party_id(sender.pk), contract=contract, body=body
    )
    transaction.on_commit(lambda: _detect("message", message.pk))
    return message


def payment_create(*, contract: Contract, payer, kind: str, amount: Decimal) -> Payment:
    amount = Decimal(amount)
    if amount <= 0:
        raise ValidationError("Enter an amount greater than zero.", code="amount")
    if kind not in Payment.Kind.values:
        raise ValidationError(f"Unknown payment kind {kind!r}.", code="kind")
    if payer.pk not in contract.parties():
        raise ValidationError("Only the contract's parties can make payments on it.", code="not_a_party")
    payment = Payment.objects.create(
        contract=contract, payer=payer, payee_id=contract.other_party_id(payer.pk), kind=kind, amount=amount
    )
    transaction.on_commit(lambda: _detect("payment", payment.pk))
    return payment


def job_post(*, client, title: str, description: str, budget: Decimal) -> Job:
    if not title.strip():
        raise ValidationError("Give the job a title.", code="title")
    return Job.objects.create(client=client, title=title.strip(), description=description, budget=budget)


def proposal_submit(*, job: Job, freelancer, cover_letter: str, rate: Decimal) -> Proposal:
    if job.client_id == freelancer.pk:
        raise ValidationError("You cannot apply to your own job.", code="self_proposal")
    if job.status != Job.Status.OPEN:
        raise ValidationError("This job is no longer open.", code="closed")
    if Proposal.objects.filter(job=job, freelancer=freelancer).exists():
        raise ValidationError("You have already sent a proposal for this job.", code="duplicate")
    return Proposal.objects.create(job=job, freelancer=freelancer, cover_letter=cover_letter, rate=rate)


def proposal_hire(*, proposal: Proposal, client) -> Contract:
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().select_related("job").get(pk=proposal.pk)
        if proposal.job.client_id != client.pk:
            raise ValidationError("Only the job's client can hire for it.", code="not_owner")
        if proposal.status != Proposal.Status.SUBMITTED:
            raise ValidationError("This proposal was already answered.", code="answered")
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


def withdrawal_request(*, account, amount: Decimal) -> WithdrawalRequest:
    amount = Decimal(amount)
    if amount <= 0:
        raise ValidationError("Enter an amount greater than zero.", code="amount")
    return WithdrawalRequest.objects.create(account=account, amount=amount)


def _detect(event: str, object_id: int) -> None:
    """Queue incremental detection for a new marketplace event (detection app)."""
    try:
        from detection.tasks import enqueue_incremental
    except ImportError:  # detection not built yet
        return
    enqueue_incremental(event, object_id)
