from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class Contract(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        ENDED = "ended", "Ended"
        CANCELLED = "cancelled", "Cancelled"

    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # client and freelancer keep their own indexes although contract_parties_idx and
    # contract_parties_rev_idx lead with them: without them PostgreSQL reads the whole
    # table for "contracts of these 500 accounts on either side" (client IN … OR
    # freelancer IN …, detection and case pages), ~50 ms against 6-8 ms at 168,000
    # contracts (bench/README.md, "Seventh round (idx)").
    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contracts_as_client")
    freelancer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contracts_as_freelancer"
    )
    client_org = models.ForeignKey(
        "accounts.Organization", on_delete=models.SET_NULL, null=True, blank=True, related_name="contracts"
    )
    title = models.CharField(max_length=300, blank=True)
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    currency = models.CharField(max_length=3, default="USD")
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE, db_index=True)
    job = models.ForeignKey("contracts.Job", on_delete=models.SET_NULL, null=True, blank=True, related_name="contracts")

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            # Direct self-hire: the same login on both sides. The service refuses
            # it with a readable error; this is the backstop.
            models.CheckConstraint(condition=~Q(client=F("freelancer")), name="contract_client_is_not_freelancer"),
            models.CheckConstraint(condition=Q(amount__gte=Decimal("0")), name="contract_amount_not_negative"),
        ]
        indexes = [
            models.Index(fields=["client", "freelancer"], name="contract_parties_idx"),
            models.Index(fields=["freelancer", "client"], name="contract_parties_rev_idx"),
        ]

    def __str__(self) -> str:
        return self.title or f"Contract {self.external_id or self.pk}"

    def parties(self) -> tuple[int, int]:
        return (self.client_id, self.freelancer_id)

    def other_party_id(self, account_id: int) -> int:
        return self.freelancer_id if account_id == self.client_id else self.client_id

    @property
    def duration_days(self) -> float | None:
        if not self.ended_at:
            return None
        return (self.ended_at - self.started_at).total_seconds() / 86400


class Payment(models.Model):
    class Kind(models.TextChoices):
        FIXED = "fixed", "Fixed price"
        HOURLY = "hourly", "Hourly"
        MILESTONE = "milestone", "Milestone"
        BONUS = "bonus", "Bonus"
        REFUND = "refund", "Refund"

    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="payments")
    payer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payments_made")
    payee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payments_received")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    created_at = models.DateTimeField(default=timezone.now)

    # What the contract amount caps; a bonus is on top of it, a refund goes back.
    AGAINST_CONTRACT = (Kind.FIXED, Kind.HOURLY, Kind.MILESTONE)

    replayed = False  # set on the payment a service returns for a form sent twice (core.submissions)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=Decimal("0")), name="payment_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.amount} on {self.contract_id}"


class Message(models.Model):
    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # No index of its own: message_pair_idx (sender, recipient) leads with it.
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="messages_sent", db_index=False
    )
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="messages_received")
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, null=True, blank=True, related_name="messages")
    body = models.TextField()
    sent_at = models.DateTimeField(default=timezone.now)

    replayed = False  # see Payment.replayed

    class Meta:
        ordering = ["sent_at"]
        indexes = [models.Index(fields=["sender", "recipient"], name="message_pair_idx")]

    def __str__(self) -> str:
        return f"Message {self.external_id or self.pk} from {self.sender_id}"


class Job(models.Model):
    """A job a client posts; freelancers send proposals to it."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        FILLED = "filled", "Filled"
        CLOSED = "closed", "Closed"

    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    budget = models.DecimalField(max_digits=14, decimal_places=2)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)

    replayed = False  # see Payment.replayed

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class Proposal(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Submitted"
        HIRED = "hired", "Hired"
        DECLINED = "declined", "Declined"

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="proposals")
    freelancer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proposals")
    cover_letter = models.TextField()
    rate = models.DecimalField(max_digits=14, decimal_places=2)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SUBMITTED)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["job", "freelancer"], name="proposal_one_per_job")]


class WithdrawalRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PAID = "paid", "Paid"
        REFUSED = "refused", "Refused"

    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="withdrawals")
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)

    replayed = False  # see Payment.replayed

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=Decimal("0")), name="withdrawal_amount_positive"),
        ]
