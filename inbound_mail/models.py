"""Inbound mail: every message that reaches us (kept raw, before anything reads it)
and the sender addresses reviewers confirmed for a user."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from notifications.models import OutboundEmail


class InboundEmail(models.Model):
    """Every message that reaches us, raw bytes stored before anything else runs,
    so nothing a user sends is lost even when parsing or threading fails."""

    class Status(models.TextChoices):
        RECEIVED = "received", "Received (not processed yet)"
        THREADED = "threaded", "Added to a case"
        QUARANTINED = "quarantined", "Quarantined"
        AUTO_REPLY = "auto_reply", "Automatic message"
        DISCARDED = "discarded", "Discarded"
        ERROR = "error", "Processing failed"

    class Reason(models.TextChoices):
        NO_THREAD = "no_thread", "No recognisable thread"
        TOKEN_INVALID = "token_invalid", "Forged or damaged reply address"
        SENDER_MISMATCH = "sender_mismatch", "Sender is not the person we wrote to"
        SPAM = "spam", "Flagged as spam by the ESP"
        AUTH_FAILED = "auth_failed", "Failed sender authentication (SPF/DKIM/DMARC)"
        NO_CASE = "no_case", "Reply to an email that belongs to no case"
        REFUSED_BY_CASE = "refused_by_case", "The case refused the reply"
        EMPTY = "empty", "No new text and no attachments"
        AUTO_REPLY = "auto_reply", "Auto-reply or out-of-office"
        BOUNCE = "bounce", "Delivery status notification (bounce)"
        RECEIPT = "receipt", "Read receipt"
        MAILING_LIST = "mailing_list", "Mailing-list or bulk mail"
        FROM_FORGED = "from_forged", "Ambiguous or disguised sender (From header)"
        BOUNCE_UNTRUSTED = "bounce_untrusted", "Bounce that did not come back to our signed return path"
        UNREADABLE = "unreadable", "Could not be read (malformed or nested too deeply)"
        ERROR = "error", "Processing error"

    # What each reason means for the reviewer deciding what to do with the email.
    REASON_HELP = {
        Reason.NO_THREAD: "It answers none of our emails that we can recognise. Find the case it is about, if any.",
        Reason.TOKEN_INVALID: "The reply address it was sent to was not issued by us, or was altered.",
        Reason.SENDER_MISMATCH: "It comes from an address other than the one we wrote to. Attach it only if you "
        "know the address belongs to the same person.",
        Reason.SPAM: "The email provider judged it spam.",
        Reason.AUTH_FAILED: "The sender's domain did not vouch for it (SPF/DKIM/DMARC): it may be forged.",
        Reason.FROM_FORGED: "Its From header names more than one address, cannot be read, or shows an address in "
        "the sender's name that is not the real sender. This is how impersonation is usually attempted: attach "
        "it only after confirming who sent it.",
        Reason.BOUNCE_UNTRUSTED: "It claims that one of our emails was not delivered, but it did not come back to "
        "that email's signed return path, so anyone could have written it. Nothing was marked undelivered.",
        Reason.UNREADABLE: "Its structure could not be read safely. The message is stored exactly as received: "
        "download it to look at it with care.",
        Reason.ERROR: "Something went wrong while it was processed. It is stored exactly as received; delivering it "
        "again processes it again.",
    }

    class Source(models.TextChoices):
        WEBHOOK = "webhook", "ESP inbound webhook"
        MTA = "mta", "MTA pipe (stdin)"
        MAILDIR = "maildir", "Maildir import"
        DEMO = "demo", "Demo data"

    QUARANTINE_STATUSES = (Status.QUARANTINED, Status.ERROR)

    raw = models.BinaryField(help_text="The message exactly as received (RFC 822 bytes)")
    raw_size = models.PositiveIntegerField(default=0)
    raw_sha256 = models.CharField(max_length=64)
    message_id = models.CharField(max_length=255, unique=True)
    source = models.CharField(max_length=16, choices=Source.choices)
    esp_name = models.CharField(max_length=32, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED, db_index=True)
    reason = models.CharField(max_length=24, choices=Reason.choices, blank=True)
    detail = models.CharField(max_length=500, blank=True)

    from_email = models.CharField(max_length=320, blank=True)
    from_name = models.CharField(max_length=200, blank=True)
    to_addresses = models.TextField(blank=True)
    subject = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True, help_text="The message's Date header")
    in_reply_to = models.TextField(blank=True)
    references = models.TextField(blank=True)
    text = models.TextField(blank=True, help_text="The whole message as text (HTML converted)")
    html = models.TextField(blank=True, help_text="The HTML part as received; only ever shown sanitised")
    reply_text = models.TextField(blank=True, help_text="The new text, quotes and signature removed")
    attachments = models.JSONField(default=list, blank=True)
    spam_detected = models.BooleanField(null=True, blank=True)
    spam_score = models.FloatField(null=True, blank=True)
    auth_results = models.JSONField(default=dict, blank=True)

    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="inbound_emails"
    )
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="inbound_emails"
    )
    outbound = models.ForeignKey(
        OutboundEmail, on_delete=models.SET_NULL, null=True, blank=True, related_name="replies"
    )
    event = models.OneToOneField(
        "cases.CaseEvent", on_delete=models.PROTECT, null=True, blank=True, related_name="inbound_email"
    )
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]

    def __str__(self) -> str:
        return f"{self.subject or '(no subject)'} from {self.from_email or '?'} ({self.get_status_display()})"

    @property
    def reason_help(self) -> str:
        return self.REASON_HELP.get(self.reason, "")

    def can_review(self) -> bool:
        """Quarantined, failed and automatic messages can be attached or discarded."""
        return self.status in (self.Status.QUARANTINED, self.Status.ERROR, self.Status.AUTO_REPLY)


class VerifiedSenderAddress(models.Model):
    """An address other than the account's own that a reviewer confirmed belongs
    to the user: replies from it are accepted into their cases."""

    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="verified_sender_addresses"
    )
    email = models.CharField(max_length=320, help_text="Stored lower-case")
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    verified_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "email"], name="verified_sender_unique")]

    def __str__(self) -> str:
        return f"{self.email} for {self.account}"
