"""Reads for the marketplace that more than one place needs."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Sum

from .models import Payment, WithdrawalRequest

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
