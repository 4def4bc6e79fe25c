from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api import IdField, RefuseUnknownFields

from . import policy
from .models import Appeal, Case, CaseEvent, CaseSubject, Decision


class SubjectSerializer(serializers.ModelSerializer):
    account = serializers.IntegerField(source="account_id")
    email = serializers.EmailField(source="account.email")
    external_id = serializers.CharField(source="account.external_id", allow_null=True)

    class Meta:
        model = CaseSubject
        fields = ["account", "email", "external_id", "outcome"]


class CaseSerializer(serializers.ModelSerializer):
    subjects = SubjectSerializer(source="case_subjects", many=True, read_only=True)
    assignee = serializers.IntegerField(source="assignee_id", allow_null=True, read_only=True)
    overdue = serializers.BooleanField(source="is_overdue", read_only=True)

    class Meta:
        model = Case
        fields = [
            "id",
            "kind",
            "status",
            "source",
            "title",
            "priority",
            "priority_score",
            "assignee",
            "claimed_at",
            "due_at",
            "overdue",
            "is_appeal",
            "has_new_user_reply",
            "notice_undeliverable",
            "subjects",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class EventSerializer(serializers.ModelSerializer):
    actor = serializers.IntegerField(source="actor_id", allow_null=True)
    account = serializers.IntegerField(source="account_id", allow_null=True)

    class Meta:
        model = CaseEvent
        fields = ["id", "type", "actor", "account", "body", "data", "visible_to_user", "created_at"]
        read_only_fields = fields


class NoteSerializer(RefuseUnknownFields):
    body = serializers.CharField()


class DecisionInputSerializer(RefuseUnknownFields):
    account = IdField()
    rung = serializers.ChoiceField(choices=Decision.Rung.choices)
    reason = serializers.CharField()
    internal_note = serializers.CharField(required=False, allow_blank=True, default="")
    suspension_until = serializers.DateTimeField(required=False, allow_null=True, default=None)
    feedback = serializers.ListField(child=IdField(), required=False, default=list)
    policy_article = serializers.SlugField(
        required=False,
        allow_null=True,
        allow_blank=True,
        default=None,
        help_text="Slug of the help-centre policy article the decision rests on (its statement of reasons links it). "
        "Omitted: the rung's usual article. Empty: none, refused for a restriction.",
    )
    legal_ground = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=500, help_text="The law broken, where one applies"
    )


class AwaitingApprovalMixin(serializers.Serializer):
    """For a proposal awaiting a senior reviewer: why it waits and, when it went
    stale, what changed since (the same cases.policy the case page reads)."""

    awaiting_approval_because = serializers.SerializerMethodField()
    stale_because = serializers.SerializerMethodField()

    def _waiting(self, obj) -> bool:
        return obj.status == "pending_approval"

    def get_awaiting_approval_because(self, obj) -> str:
        return policy.approval_needed_for(obj) if self._waiting(obj) else ""

    def get_stale_because(self, obj) -> list[str]:
        return policy.proposal_changes(obj) if self._waiting(obj) else []


class DecisionSerializer(AwaitingApprovalMixin, serializers.ModelSerializer):
    class Meta:
        model = Decision
        fields = [
            "id",
            "case",
            "account",
            "rung",
            "status",
            "reason",
            "suspension_until",
            "policy_article",
            "legal_ground",
            "decided_by",
            "approved_by",
            "created_at",
            "applied_at",
            "replaces",
            "awaiting_approval_because",
            "stale_because",
        ]
        read_only_fields = fields


# Described rather than enumerated: as an enum the schema would name it after the
# field, colliding with the subject's "outcome" (validation is the ChoiceField's).
@extend_schema_field({"type": "string", "description": "One of: " + ", ".join(Appeal.Outcome.values)})
class AppealOutcomeField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=Appeal.Outcome.choices, **kwargs)


@extend_schema_field({"type": "string", "description": "When modified: one of " + ", ".join(policy.RUNG_ORDER)})
class NewRungField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=[(r.value, r.label) for r in policy.RUNG_ORDER], allow_blank=True, **kwargs)


class AppealSerializer(AwaitingApprovalMixin, serializers.ModelSerializer):
    outcome = AppealOutcomeField(read_only=True)
    new_rung = NewRungField(read_only=True)

    class Meta:
        model = Appeal
        fields = [
            "id",
            "decision",
            "account",
            "statement",
            "status",
            "outcome",
            "new_rung",
            "new_suspension_until",
            "answer",
            "decided_by",
            "approved_by",
            "created_at",
            "decided_at",
            "awaiting_approval_because",
            "stale_because",
        ]
        read_only_fields = fields


class AppealAnswerSerializer(RefuseUnknownFields):
    """The end of a suspension an appeal is modified to is ``new_suspension_until``,
    the name the Appeal answer uses; ``suspension_until`` is accepted too (the
    decision's name for it). Omitted: a suspension until resolved (interim: it ends
    when the case closes, at the latest after SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL days)."""

    ALIASES = {"suspension_until": "new_suspension_until"}

    outcome = AppealOutcomeField()
    answer = serializers.CharField()
    new_rung = NewRungField(required=False, default="")
    new_suspension_until = serializers.DateTimeField(required=False, allow_null=True, default=None)


class SendBackSerializer(RefuseUnknownFields):
    reason = serializers.CharField(help_text="Why: the proposer reads it on the case and in their approvals.")
