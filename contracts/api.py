"""A small marketplace API for a signed-in user: their contracts, the messages on
one, sending a message and leaving feedback. Actions the registry restricts carry
the ``ActionAllowed`` permission: a restricted account gets a 403 with a
machine-readable body (code ``account_restricted``, the action, the restriction
level, its end and the request to read in My Requests)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404
from rest_framework import generics, permissions, serializers, status, viewsets
from rest_framework.exceptions import APIException
from rest_framework.response import Response

from core.actions import ActionAllowed
from feedback.models import Feedback
from feedback.services import feedback_leave

from .models import Contract, Message
from .services import message_send


class Invalid(APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid"

    def __init__(self, error: ValidationError):
        super().__init__()
        self.detail = {"detail": " ".join(error.messages), "code": error.code or "invalid"}


class ContractSerializer(serializers.ModelSerializer):
    client = serializers.CharField(source="client.display_name")
    freelancer = serializers.CharField(source="freelancer.display_name")

    class Meta:
        model = Contract
        fields = ["id", "title", "client", "freelancer", "amount", "currency", "status", "started_at", "ended_at"]


class MessageSerializer(serializers.ModelSerializer):
    sender = serializers.CharField(source="sender.display_name", read_only=True)
    body = serializers.CharField(max_length=5000)

    class Meta:
        model = Message
        fields = ["id", "sender", "body", "sent_at"]
        read_only_fields = ["id", "sender", "sent_at"]


class FeedbackSerializer(serializers.ModelSerializer):
    rating = serializers.IntegerField(min_value=1, max_value=5)
    comment = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")

    class Meta:
        model = Feedback
        fields = ["id", "rating", "comment", "created_at"]
        read_only_fields = ["id", "created_at"]


def _my_contracts(user):
    return Contract.objects.filter(Q(client=user) | Q(freelancer=user)).select_related("client", "freelancer")


class ContractViewSet(viewsets.ReadOnlyModelViewSet):
    """The signed-in user's contracts (as client or freelancer)."""

    serializer_class = ContractSerializer
    permission_classes = [permissions.IsAuthenticated]
    queryset = Contract.objects.none()  # for the schema; requests use get_queryset

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Contract.objects.none()
        return _my_contracts(self.request.user).order_by("-started_at", "-id")


class ContractMessages(generics.ListCreateAPIView):
    """Messages on one contract; POST sends one (restricted action ``send_message``)."""

    serializer_class = MessageSerializer
    permission_classes = [permissions.IsAuthenticated, ActionAllowed]
    restricted_actions = {"POST": "send_message"}

    def contract(self) -> Contract:
        return get_object_or_404(_my_contracts(self.request.user), pk=self.kwargs["pk"])

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Message.objects.none()
        return self.contract().messages.select_related("sender").order_by("sent_at", "id")

    def create(self, request, *args, **kwargs):
        contract = self.contract()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            message = message_send(sender=request.user, contract=contract, body=serializer.validated_data["body"])
        except ValidationError as exc:
            raise Invalid(exc)
        return Response(self.get_serializer(message).data, status=status.HTTP_201_CREATED)


class ContractFeedback(generics.CreateAPIView):
    """Leave feedback on one contract (restricted action ``leave_feedback``)."""

    serializer_class = FeedbackSerializer
    permission_classes = [permissions.IsAuthenticated, ActionAllowed]
    restricted_actions = {"POST": "leave_feedback"}

    def create(self, request, *args, **kwargs):
        contract = get_object_or_404(_my_contracts(request.user), pk=self.kwargs["pk"])
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            feedback = feedback_leave(contract=contract, author=request.user, **serializer.validated_data)
        except ValidationError as exc:
            raise Invalid(exc)
        return Response(self.get_serializer(feedback).data, status=status.HTTP_201_CREATED)
