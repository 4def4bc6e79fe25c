from django.contrib.auth import get_user_model
from django.db.models import Q
from rest_framework import serializers

from contracts.models import Contract, Message
from core.api import RefuseUnknownFields

from .models import AbuseReport


class ReportSerializer(serializers.ModelSerializer):
    """A report as its reporter sees it: no case, no outcome for the other party."""

    reported_name = serializers.CharField(source="reported.display_name", read_only=True)
    status = serializers.CharField(source="progress", read_only=True)
    status_label = serializers.CharField(source="progress_label", read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)
    messages = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = AbuseReport
        fields = [
            "id",
            "reported",
            "reported_name",
            "reason",
            "details",
            "contract",
            "messages",
            "status",
            "status_label",
            "created_at",
            "url",
        ]
        read_only_fields = fields


class ReportCreateSerializer(RefuseUnknownFields):
    """What a report may point to is what its reporter may see: a member's public
    profile, their own contracts, messages they sent or received. Any other id is
    "object does not exist", exactly like an id that does not exist."""

    reported = serializers.PrimaryKeyRelatedField(
        queryset=get_user_model().objects.filter(is_active=True, is_staff=False)
    )
    reason = serializers.ChoiceField(choices=AbuseReport.Reason.choices)
    details = serializers.CharField(max_length=4000)
    contract = serializers.PrimaryKeyRelatedField(queryset=Contract.objects.none(), required=False, allow_null=True)
    messages = serializers.PrimaryKeyRelatedField(
        queryset=Message.objects.none(), many=True, required=False, default=list
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            self.fields["contract"].queryset = Contract.objects.filter(Q(client=user) | Q(freelancer=user))
            self.fields["messages"].child_relation.queryset = Message.objects.filter(Q(sender=user) | Q(recipient=user))
