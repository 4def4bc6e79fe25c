"""Forms for the marketplace pages. They validate what the user typed; the
services make the change."""

from __future__ import annotations

from decimal import Decimal

from django import forms

from .models import Payment

MONEY = {"max_digits": 14, "decimal_places": 2}


class MessageForm(forms.Form):
    body = forms.CharField(
        label="Your message",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "Write to the other party…"}),
        error_messages={"required": "Write a message before sending."},
    )


class PaymentForm(forms.Form):
    """Paying for work on the contract (never refused by a restriction: the other
    party is paid for work done). A bonus has its own form and action."""

    KIND_CHOICES = [
        (Payment.Kind.MILESTONE, "Milestone payment"),
        (Payment.Kind.FIXED, "Fixed-price payment"),
        (Payment.Kind.HOURLY, "Hourly payment"),
    ]
    kind = forms.ChoiceField(
        label="Type",
        choices=KIND_CHOICES,
        error_messages={"invalid_choice": "Choose a milestone, fixed-price or hourly payment (a bonus is paid apart)."},
    )
    amount = forms.DecimalField(
        label="Amount",
        min_value=Decimal("0.01"),
        **MONEY,
        error_messages={"min_value": "Enter an amount greater than zero.", "required": "Enter the amount to pay."},
    )


class BonusForm(forms.Form):
    amount = forms.DecimalField(
        label="Bonus amount",
        min_value=Decimal("0.01"),
        **MONEY,
        error_messages={"min_value": "Enter an amount greater than zero.", "required": "Enter the bonus to pay."},
    )


class JobForm(forms.Form):
    title = forms.CharField(label="Job title", max_length=200, error_messages={"required": "Give the job a title."})
    description = forms.CharField(
        label="What needs doing", required=False, max_length=10000, widget=forms.Textarea(attrs={"rows": 6})
    )
    budget = forms.DecimalField(
        label="Budget (USD)",
        min_value=Decimal("1"),
        **MONEY,
        error_messages={"required": "Enter a budget.", "min_value": "The budget must be at least 1."},
    )


class ProposalForm(forms.Form):
    cover_letter = forms.CharField(
        label="Cover letter",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Tell the client why you are a good fit."},
    )
    rate = forms.DecimalField(
        label="Your price (USD)",
        min_value=Decimal("1"),
        **MONEY,
        error_messages={"required": "Enter your price.", "min_value": "Your price must be at least 1."},
    )


class WithdrawalForm(forms.Form):
    """The amount only: whether the balance covers it is the service's check, made
    under the account's row lock (a form's check races with the next request)."""

    amount = forms.DecimalField(
        label="Amount to withdraw (USD)",
        min_value=Decimal("0.01"),
        **MONEY,
        error_messages={"required": "Enter the amount to withdraw.", "min_value": "Enter an amount greater than zero."},
    )
