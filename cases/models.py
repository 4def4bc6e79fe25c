from __future__ import annotations

from datetime import timedelta
from string import Formatter

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from core.errors import DomainError
from detection.kinds import Kind


class CaseError(DomainError):
    """A case operation refused for a reason a reviewer can read."""


class Case(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        AWAITING_USER = "awaiting_user", "Awaiting user"
        DECIDED = "decided", "Decided"
        APPEALED = "appealed", "Appealed"
        CLOSED = "closed", "Closed"

    class Priority(models.IntegerChoices):
        URGENT = 1, "Urgent"
        HIGH = 2, "High"
        NORMAL = 3, "Normal"
        LOW = 4, "Low"

    class Source(models.TextChoices):
        DETECTION = "detection", "Detection"
        REPORT = "report", "User report"
        MANUAL = "manual", "Opened by a reviewer"

    # The lifecycle: every status change goes through one of these edges.
    TRANSITIONS: dict[str, set[str]] = {
        Status.NEW: {Status.IN_REVIEW, Status.CLOSED},
        # A subject may appeal their decision while another subject's is pending,
        # and within the appeal window after the case was closed.
        Status.IN_REVIEW: {Status.NEW, Status.AWAITING_USER, Status.DECIDED, Status.APPEALED, Status.CLOSED},
        Status.AWAITING_USER: {Status.NEW, Status.IN_REVIEW, Status.DECIDED, Status.APPEALED, Status.CLOSED},
        Status.DECIDED: {Status.APPEALED, Status.CLOSED, Status.IN_REVIEW},
        Status.APPEALED: {Status.DECIDED, Status.IN_REVIEW, Status.CLOSED},
        Status.CLOSED: {Status.NEW, Status.APPEALED},
    }
    OPEN_STATUSES = (Status.NEW, Status.IN_REVIEW, Status.AWAITING_USER, Status.APPEALED)

    # Time to first decision by priority.
    SLA = {
        Priority.URGENT: timedelta(hours=4),
        Priority.HIGH: timedelta(hours=24),
        Priority.NORMAL: timedelta(hours=72),
        Priority.LOW: timedelta(days=7),
    }

    kind = models.CharField(max_length=32, choices=Kind.choices, db_index=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.DETECTION)
    title = models.CharField(max_length=300, blank=True)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL, db_index=True)
    priority_score = models.FloatField(default=0.0, help_text="0–100, from signal scores, severity and age")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_cases"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    is_appeal = models.BooleanField(default=False, help_text="Back in the queue because the user appealed")
    has_new_user_reply = models.BooleanField(default=False, db_index=True)
    notice_undeliverable = models.BooleanField(
        default=False, help_text="An email notice on this case bounced: the user may not have been reached"
    )
    subjects = models.ManyToManyField(settings.AUTH_USER_MODEL, through="CaseSubject", related_name="cases")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)
    first_decided_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    # Set on the instance a service returns for a second identical submission
    # (claim next clicked twice, closing a closed case): nothing was done again.
    replayed = False

    class Meta:
        ordering = ["priority", "due_at", "id"]
        indexes = [models.Index(fields=["status", "priority", "due_at"], name="case_queue_idx")]

    def __str__(self) -> str:
        return f"Case #{self.pk} ({self.get_kind_display()})"

    @property
    def number(self) -> int:
        return self.pk

    def can_transition(self, to_status: str) -> bool:
        return to_status in self.TRANSITIONS.get(self.status, set())

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return bool(self.due_at and self.is_open and self.due_at < timezone.now())

    def can_claim(self) -> bool:
        return self.status in (self.Status.NEW, self.Status.IN_REVIEW, self.Status.AWAITING_USER, self.Status.APPEALED)


class CaseSubject(models.Model):
    """One account a case concerns, with its own outcome."""

    class Outcome(models.TextChoices):
        PENDING = "pending", "Pending"
        NO_VIOLATION = "no_violation", "No violation"
        EDUCATION = "education", "Education"
        INFO_REQUESTED = "info_requested", "Information requested"
        FEEDBACK_HIDDEN = "feedback_hidden", "Feedback hidden"
        SUSPENDED = "suspended", "Suspended"
        BLOCKED = "blocked", "Permanently blocked"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="case_subjects")
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_subjects")
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.PENDING)
    user_last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "account"], name="case_subject_unique")]

    def __str__(self) -> str:
        return f"{self.account} on case #{self.case_id}"


class CaseEvent(models.Model):
    """Append-only timeline. Nothing edits or deletes an event (the model refuses,
    and a database trigger refuses raw SQL too); corrections are new events."""

    class Type(models.TextChoices):
        OPENED = "opened", "Case opened"
        SIGNAL_ATTACHED = "signal_attached", "Signal attached"
        EVIDENCE_ADDED = "evidence_added", "Evidence added"
        ASSIGNED = "assigned", "Assigned"
        CLAIMED = "claimed", "Claimed"
        RELEASED = "released", "Released"
        STATUS_CHANGED = "status_changed", "Status changed"
        NOTE = "note", "Internal note"
        MESSAGE_TO_USER = "message_to_user", "Message to user"
        MESSAGE_FROM_USER = "message_from_user", "Message from user"
        MESSAGE_TO_REPORTER = "message_to_reporter", "Message to the reporter"
        INFO_REQUESTED = "info_requested", "Information requested"
        DECISION_PROPOSED = "decision_proposed", "Decision awaiting approval"
        DECISION = "decision", "Decision"
        DECISION_REJECTED = "decision_rejected", "Decision sent back"
        PROPOSAL_STALE = "proposal_stale", "Proposal went stale"
        RESTRICTION_APPLIED = "restriction_applied", "Restriction applied"
        RESTRICTION_LIFTED = "restriction_lifted", "Restriction lifted"
        FEEDBACK_HIDDEN = "feedback_hidden", "Feedback hidden"
        FEEDBACK_RESTORED = "feedback_restored", "Feedback restored"
        STRIKE_VOIDED = "strike_voided", "Strike voided"
        APPEAL_OPENED = "appeal_opened", "Appeal opened"
        APPEAL_DECIDED = "appeal_decided", "Appeal decided"
        EMAIL_BOUNCED = "email_bounced", "Email not delivered"
        REOPENED = "reopened", "Reopened"
        CLOSED = "closed", "Closed"

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    type = models.CharField(max_length=32, choices=Type.choices, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The subject this event concerns, when it concerns one",
    )
    body = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    visible_to_user = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    replayed = False  # see Case.replayed

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_type_display()} on case #{self.case_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise CaseError("Timeline events cannot be changed; add a correcting event instead.", "append_only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise CaseError("Timeline events cannot be deleted.", "append_only")


class Evidence(models.Model):
    """A link from a case to the record that justifies it."""

    class Kind(models.TextChoices):
        FEEDBACK = "feedback", "Feedback"
        CONTRACT = "contract", "Contract"
        MESSAGE = "message", "Message"
        PAYMENT = "payment", "Payment"
        IDENTITY = "identity", "Shared identity signal"
        ACCOUNT = "account", "Related account"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    object_id = models.BigIntegerField()
    note = models.CharField(max_length=300, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["kind", "id"]
        constraints = [models.UniqueConstraint(fields=["case", "kind", "object_id"], name="evidence_unique")]


class Decision(models.Model):
    class Rung(models.TextChoices):
        NO_VIOLATION = "no_violation", "No violation"
        EDUCATION = "education", "Education"
        REQUEST_INFO = "request_info", "Request more information"
        HIDE_FEEDBACK = "hide_feedback", "Hide feedback"
        SUSPENSION = "suspension", "Suspension"
        PERMANENT_BLOCK = "permanent_block", "Permanent block"

    class Status(models.TextChoices):
        PENDING_APPROVAL = "pending_approval", "Awaiting senior approval"
        APPLIED = "applied", "Applied"
        REJECTED = "rejected", "Sent back"
        SUPERSEDED = "superseded", "Superseded by appeal"
        STALE = "stale", "Stale: replaced by a new proposal"

    # A subject has at most one standing decision per case (an information request
    # is not an outcome): the second submission of a form finds the first.
    STANDING_STATUSES = (Status.PENDING_APPROVAL, Status.APPLIED)
    VIOLATION_RUNGS = (Rung.EDUCATION, Rung.HIDE_FEEDBACK, Rung.SUSPENSION, Rung.PERMANENT_BLOCK)
    APPEALABLE_RUNGS = VIOLATION_RUNGS
    # The outcomes that restrict the user (DSA Article 17): each comes with a statement of reasons.
    RESTRICTING_RUNGS = (Rung.HIDE_FEEDBACK, Rung.SUSPENSION, Rung.PERMANENT_BLOCK)
    APPEAL_WINDOW = timedelta(days=30)

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="decisions")
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="decisions")
    rung = models.CharField(max_length=24, choices=Rung.choices)
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.APPLIED)
    reason = models.TextField(help_text="What the user reads")
    internal_note = models.TextField(blank=True)
    suspension_until = models.DateTimeField(null=True, blank=True, help_text="Empty: until resolved")
    hidden_feedback = models.ManyToManyField("feedback.Feedback", blank=True, related_name="decisions")
    evidence_snapshot = models.JSONField(default=dict, blank=True)
    policy_article = models.SlugField(
        max_length=80, blank=True, help_text="The help-centre policy article the decision rests on (its slug)"
    )
    legal_ground = models.TextField(
        blank=True, help_text="Where the reviewer marks one: the law the behaviour breaks, and why"
    )
    proposed_rung = models.CharField(max_length=24, choices=Rung.choices, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    applied_at = models.DateTimeField(null=True, blank=True)
    from_appeal = models.ForeignKey(
        "cases.Appeal", on_delete=models.PROTECT, null=True, blank=True, related_name="modified_decisions"
    )
    basis = models.JSONField(
        default=dict, blank=True, help_text="What a proposal awaiting approval stood on (cases.policy.proposal_basis)"
    )
    replaces = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaced_by",
        help_text="The stale proposal this one was re-proposed from",
    )

    # Set on the instance a service returns when a second identical submission
    # found this decision already there (nothing was applied again).
    replayed = False

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "account"],
                condition=models.Q(status__in=("pending_approval", "applied")) & ~models.Q(rung="request_info"),
                name="decision_one_standing_per_case_subject",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_rung_display()} for {self.account} on case #{self.case_id}"

    @property
    def is_violation(self) -> bool:
        return self.rung in self.VIOLATION_RUNGS

    @property
    def is_restricting(self) -> bool:
        return self.rung in self.RESTRICTING_RUNGS

    def appeal_deadline(self):
        return (self.applied_at or self.created_at) + self.APPEAL_WINDOW

    def can_appeal(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.APPLIED
            and self.rung in self.APPEALABLE_RUNGS
            and self.from_appeal_id is None
            and now <= self.appeal_deadline()
            and not Appeal.objects.filter(decision=self).exists()
        )


class Strike(models.Model):
    class Severity(models.TextChoices):
        MINOR = "minor", "Minor"
        MAJOR = "major", "Major"
        SERIOUS = "serious", "Serious"

    LIFETIME = {
        Severity.MINOR: timedelta(days=180),
        Severity.MAJOR: timedelta(days=365),
        Severity.SERIOUS: timedelta(days=730),
    }

    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="strikes")
    decision = models.OneToOneField(Decision, on_delete=models.PROTECT, related_name="strike")
    severity = models.CharField(max_length=16, choices=Severity.choices)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    voided_at = models.DateTimeField(null=True, blank=True)
    void_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.voided_at is None and self.expires_at > now


class Appeal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        PENDING_APPROVAL = "pending_approval", "Awaiting senior approval"
        DECIDED = "decided", "Decided"

    class Outcome(models.TextChoices):
        UPHOLD = "uphold", "Upheld"
        MODIFY = "modify", "Modified"
        OVERTURN = "overturn", "Overturned"

    decision = models.OneToOneField(Decision, on_delete=models.PROTECT, related_name="appeal")
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="appeals")
    statement = models.TextField()
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.OPEN)
    outcome = models.CharField(max_length=16, choices=Outcome.choices, blank=True)
    answer = models.TextField(blank=True, help_text="What the user reads")
    new_rung = models.CharField(max_length=24, choices=Decision.Rung.choices, blank=True)
    new_suspension_until = models.DateTimeField(
        null=True, blank=True, help_text="When modified to a suspension: its end (empty: until resolved)"
    )
    basis = models.JSONField(
        default=dict, blank=True, help_text="What an answer awaiting approval stood on (cases.policy.proposal_basis)"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    replayed = False  # see Decision.replayed

    class Meta:
        ordering = ["-created_at"]


class SavedView(models.Model):
    """A reviewer's named queue view: the queue's filter query string, opened in
    one click from the queue page."""

    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(max_length=80)
    query = models.CharField(max_length=1000, blank=True, help_text="The queue's filters, as a query string")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["reviewer", "name"], name="saved_view_unique_name")]

    def __str__(self) -> str:
        return f"{self.name} ({self.reviewer})"


class Macro(models.Model):
    """A reason or message template reviewers pick in the decision form and the
    composer, per kind and rung (blank: any). Its placeholders are filled for the
    subject at hand; the text stays editable before it is sent."""

    class Use(models.TextChoices):
        REASON = "reason", "Decision reason"
        MESSAGE = "message", "Message to the user"

    # Placeholder → what it becomes (admins read this list in the admin's help text).
    PLACEHOLDERS = {
        "user": "the subject's display name",
        "contract": "the subject's first contract in the case's evidence (title and number)",
        "policy_article": "the address of the help article that matches the decision",
        "case": "the case number, e.g. #123",
        "kind": "the behaviour the case is about, e.g. Fake jobs / feedback ring",
    }

    title = models.CharField(max_length=120)
    use = models.CharField(max_length=16, choices=Use.choices, default=Use.REASON)
    kind = models.CharField(max_length=32, choices=Kind.choices, blank=True, help_text="Empty: every kind")
    rung = models.CharField(
        max_length=24, choices=Decision.Rung.choices, blank=True, help_text="Empty: every decision (or a message)"
    )
    body = models.TextField(help_text="Placeholders: " + ", ".join("{" + name + "}" for name in PLACEHOLDERS))
    is_active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["use", "kind", "rung", "title"]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if problem := placeholder_problem(self.body):
            raise ValidationError({"body": problem})

    def render(self, values: dict[str, str]) -> str:
        """The body with its placeholders filled; one the values lack stays as written."""
        return self.body.format_map(_Keep(values))


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholder_problem(text: str) -> str:
    """Why ``text`` is not a valid macro body ("" when it is): braces must pair, and
    only the known placeholders may appear, plainly (no attribute, index or format)."""
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in Formatter().parse(text) if name is not None]
    except ValueError:
        return "A brace is not closed or not opened. Write placeholders as {user}; write a brace itself as {{ or }}."
    known = ", ".join("{" + name + "}" for name in Macro.PLACEHOLDERS)
    unknown = sorted(
        {
            "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            for name, spec, conv in fields
            if name not in Macro.PLACEHOLDERS or spec or conv
        }
    )
    if unknown:
        shown = ", ".join(unknown)
        return f"Unknown placeholder{'s' if len(unknown) > 1 else ''} {shown}. Use only: {known}."
    return ""
