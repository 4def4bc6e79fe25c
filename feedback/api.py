"""Leaving feedback through the API (restricted action ``leave_feedback``)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers

from contracts.selectors import party_contract_or_404
from core.actions import ActionAllowed
from core.api import IDEMPOTENCY_KEY, created_response
from core.submissions import header_key

from .models import Feedback
from .services import feedback_leave


class FeedbackSerializer(serializers.ModelSerializer):
    rating = serializers.IntegerField(min_value=1, max_value=5)
    comment = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")

    class Meta:
        model = Feedback
        fields = ["id", "rating", "comment", "created_at"]
        read_only_fields = ["id", "created_at"]


class ContractFeedback(generics.CreateAPIView):
    """Leave feedback on one contract (restricted action ``leave_feedback``)."""

    serializer_class = FeedbackSerializer
    permission_classes = [permissions.IsAuthenticated, ActionAllowed]
    restricted_actions = {"POST": "leave_feedback"}

    @extend_schema(parameters=[IDEMPOTENCY_KEY])
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def create(self, request, *args, **kwargs):
        contract = party_contract_or_404(request.user, self.kwargs["pk"])
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        feedback = feedback_leave(
            contract=contract, author=request.user, **serializer.validated_data, submission_key=header_key(request)
        )
        return created_response(self.get_serializer(feedback).data, replayed=feedback.replayed)
