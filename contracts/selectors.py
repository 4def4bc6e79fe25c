"""Reads for the marketplace that more than one place needs."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Q, Sum
from django.shortcuts import get_object_or_404

from .models import Contract, Payment, WithdrawalRequest

ZERO = Decimal("0.00")


def balance_for(user) -> dict:
    """Earnings (payments received, less refunds the user paid back), what was
    withdrawn or is on its way, and what is left to withdraw. Three queries; the
    withdrawal service reads it under the account's row lock."""
    received = Payment.objects.filter(payee=user).exclude(kind=Payment.Kind.REFUND).aggregate(s=Sum("amount"))["s"]
    refunded = Payment.objects.filter(payer=user, kind=Payment.Kind.REFUND).aggregate(s=Sum("amount"))["s"]
    withdrawn = (
        WithdrawalRequest.objects.filter(account=user)
        .exclude(status=WithdrawalRequest.Status.REFUSED)
        .aggregate(s=Sum("amount"))["s"]
    )
    earned = (received or ZERO) - (refunded or ZERO)
    return {"earned": earned, "withdrawn": withdrawn or ZERO, "available": max(ZERO, earned - (withdrawn or ZERO))}


def contracts_for(user):
    """The contracts ``user`` is a party to (as client or freelancer), newest first."""
    return (
        Contract.objects.filter(Q(client=user) | Q(freelancer=user))
        .select_related("client", "freelancer")
        .order_by("-started_at", "-id")
    )


def party_contract_or_404(user, pk: int) -> Contract:
    """A contract only its two parties may see; anyone else gets a 404."""
    return get_object_or_404(contracts_for(user), pk=pk)
