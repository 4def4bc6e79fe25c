"""A small marketplace API for a signed-in user: their contracts, the messages on
one and sending a message, paying for work and paying a bonus (leaving feedback
is feedback's API). Paying for work on an existing contract is never refused by a
restriction (the other party did nothing wrong); a bonus is. Actions the registry restricts carry
the ``ActionAllowed`` permission: a restricted account gets a 403 with a
machine-readable body (code ``account_restricted``, the action, the restriction
level, its end and the request to read in My Requests)."""

from __future__ import annotations

from decimal import Decimal

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers, viewsets

from core.actions import ActionAllowed
from core.api import IDEMPOTENCY_KEY, RefuseUnknownFields, created_response
from core.submissions import header_key

from .models import Contract, Message, Payment
from .selectors import contracts_for
from .services import message_send, payment_create


class ContractSerializer(serializers.ModelSerializer):
    client = serializers.CharField(source="client.display_name")
    freelancer = serializers.CharField(source="freelancer.display_name")

    class Meta:
        model = Contract
        fields = ["id", "title", "client", "freelancer", "amount", "currency", "status", "started_at", "ended_at"]


class MessageSerializer(RefuseUnknownFields, serializers.ModelSerializer):
    sender = serializers.CharField(source="sender.display_name", read_only=True)
    body = serializers.CharField(max_length=5000)

    class Meta:
        model = Message
        fields = ["id", "sender", "body", "sent_at"]
        read_only_fields = ["id", "sender", "sent_at"]


class ContractViewSet(viewsets.ReadOnlyModelViewSet):
    """The signed-in user's contracts (as client or freelancer)."""

    serializer_class = ContractSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_value_converter = "id"
    queryset = Contract.objects.none()  # for the schema; requests use get_queryset

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Contract.objects.none()
        return contracts_for(self.request.user)


class ContractMessages(generics.ListCreateAPIView):
    """Messages on one contract; POST sends one (restricted action ``send_message``)."""

    serializer_class = MessageSerializer
    permission_classes = [permissions.IsAuthenticated, ActionAllowed]
    restricted_actions = {"POST": "send_message"}

    def contract(self) -> Contract:
        return get_object_or_404(contracts_for(self.request.user), pk=self.kwargs["pk"])

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Message.objects.none()
        return self.contract().messages.select_related("sender").order_by("sent_at", "id")

    @extend_schema(parameters=[IDEMPOTENCY_KEY])
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def create(self, request, *args, **kwargs):
        contract = self.contract()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        message = message_send(
            sender=request.user,
            contract=contract,
            body=serializer.validated_data["body"],
            submission_key=header_key(request),
        )
        return created_response(self.get_serializer(message).data, replayed=message.replayed)


class PaymentSerializer(RefuseUnknownFields, serializers.ModelSerializer):
    payer = serializers.CharField(source="payer.display_name", read_only=True)
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, min_value=Decimal("0.01"))

    class Meta:
        model = Payment
        fields = ["id", "kind", "payer", "amount", "created_at"]
        read_only_fields = ["id", "payer", "created_at"]


class WorkPaymentSerializer(PaymentSerializer):
    kind = serializers.ChoiceField(choices=[(k, Payment.Kind(k).label) for k in Payment.AGAINST_CONTRACT])


class BonusSerializer(PaymentSerializer):
    class Meta(PaymentSerializer.Meta):
        read_only_fields = ["id", "kind", "payer", "created_at"]


class _ContractPayments(generics.ListCreateAPIView):
    permission_classes = [permissions.IsAuthenticated, ActionAllowed]
    kinds: tuple[str, ...] = ()

    def contract(self) -> Contract:
        return get_object_or_404(contracts_for(self.request.user), pk=self.kwargs["pk"])

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Payment.objects.none()
        return self.contract().payments.filter(kind__in=self.kinds).select_related("payer").order_by("created_at", "id")

    def kind(self, data) -> str:
        return data["kind"]

    @extend_schema(parameters=[IDEMPOTENCY_KEY])
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def create(self, request, *args, **kwargs):
        contract = self.contract()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        payment = payment_create(
            contract=contract,
            payer=request.user,
            kind=self.kind(data),
            amount=data["amount"],
            submission_key=header_key(request),
        )
        return created_response(self.get_serializer(payment).data, replayed=payment.replayed)


class ContractPayments(_ContractPayments):
    """Payments for work on one contract; POST pays (milestone, fixed or hourly).
    Never refused by a restriction: the other party is paid for work done."""

    serializer_class = WorkPaymentSerializer
    restricted_actions = {"POST": "release_payment"}
    kinds = Payment.AGAINST_CONTRACT


class ContractBonuses(_ContractPayments):
    """Bonuses on one contract; POST pays one (restricted action ``pay_bonus``)."""

    serializer_class = BonusSerializer
    restricted_actions = {"POST": "pay_bonus"}
    kinds = (Payment.Kind.BONUS,)

    def kind(self, data) -> str:
        return Payment.Kind.BONUS
