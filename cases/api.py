"""The cases API for staff tools: same services as the portal, stable error codes."""

from __future__ import annotations

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from core.api import IDEMPOTENCY_KEY, created_response
from core.permissions import IsReviewer
from core.submissions import header_key

from . import services
from .filters import CaseFilter
from .models import Appeal, Case, CaseSubject, Decision
from .serializers import (
    AppealAnswerSerializer,
    AppealSerializer,
    CaseSerializer,
    DecisionInputSerializer,
    DecisionSerializer,
    EventSerializer,
    NoteSerializer,
    SendBackSerializer,
)


class CaseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = CaseSerializer
    permission_classes = [IsReviewer]
    filterset_class = CaseFilter
    lookup_value_converter = "id"

    def get_queryset(self):
        # Two queries a page whatever its size: the cases (with assignee) and
        # their subjects with accounts.
        return (
            Case.objects.all()
            .prefetch_related(Prefetch("case_subjects", queryset=CaseSubject.objects.select_related("account")))
            .order_by("priority", "due_at", "id")
        )

    @extend_schema(responses=EventSerializer(many=True))
    @action(detail=True, methods=["get"])
    def timeline(self, request, pk=None):
        case = self.get_object()
        events = case.events.order_by("created_at", "id")
        page = self.paginate_queryset(events)
        return self.get_paginated_response(EventSerializer(page, many=True).data)

    @extend_schema(request=None, responses=CaseSerializer)
    @action(detail=True, methods=["post"])
    def claim(self, request, pk=None):
        case = services.case_claim(case=self.get_object(), reviewer=request.user)
        return Response(CaseSerializer(case).data)

    @extend_schema(request=None, responses=CaseSerializer)
    @action(detail=True, methods=["post"])
    def release(self, request, pk=None):
        case = services.case_release(case=self.get_object(), reviewer=request.user)
        return Response(CaseSerializer(case).data)

    @extend_schema(request=NoteSerializer, responses=EventSerializer, parameters=[IDEMPOTENCY_KEY])
    @action(detail=True, methods=["post"])
    def notes(self, request, pk=None):
        serializer = NoteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = services.case_note_add(
            case=self.get_object(),
            actor=request.user,
            body=serializer.validated_data["body"],
            submission_key=header_key(request),
        )
        return created_response(EventSerializer(event).data, replayed=event.replayed)

    @extend_schema(methods=["GET"], request=None, responses=DecisionSerializer(many=True))
    @extend_schema(
        methods=["POST"], request=DecisionInputSerializer, responses=DecisionSerializer, parameters=[IDEMPOTENCY_KEY]
    )
    @action(detail=True, methods=["get", "post"])
    def decisions(self, request, pk=None):
        """GET: the case's decisions, with what a proposal waits for and whether it
        went stale. POST: decide for one subject; the same decision posted again
        answers 200 with the first (nothing is applied twice)."""
        case = self.get_object()
        if request.method == "GET":
            decisions = case.decisions.order_by("created_at", "id")
            return Response(DecisionSerializer(decisions, many=True).data)
        serializer = DecisionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        subject = CaseSubject.objects.filter(case=case, account_id=data["account"]).select_related("account").first()
        if subject is None:
            raise NotFound({"detail": "That account is not a subject of this case.", "code": "not_subject"})
        decision = services.decision_make(
            case=case,
            account=subject.account,
            rung=data["rung"],
            reason=data["reason"],
            actor=request.user,
            internal_note=data["internal_note"],
            suspension_until=data["suspension_until"],
            feedback_ids=data["feedback"],
            policy_article=data["policy_article"],
            legal_ground=data["legal_ground"],
            submission_key=header_key(request),
        )
        return created_response(DecisionSerializer(decision).data, replayed=decision.replayed)

    def _decision(self, decision_id) -> Decision:
        return get_object_or_404(Decision, pk=decision_id, case=self.get_object())

    def _appeal(self, appeal_id) -> Appeal:
        return get_object_or_404(
            Appeal.objects.select_related("decision"), pk=appeal_id, decision__case=self.get_object()
        )

    @extend_schema(request=None, responses=DecisionSerializer)
    @action(detail=True, methods=["post"], url_path="decisions/<id:decision_id>/approve")
    def approve_decision(self, request, pk=None, decision_id=None):
        decision = self._decision(decision_id)
        return Response(DecisionSerializer(services.decision_approve(decision=decision, approver=request.user)).data)

    @extend_schema(request=SendBackSerializer, responses=DecisionSerializer)
    @action(detail=True, methods=["post"], url_path="decisions/<id:decision_id>/reject")
    def reject_decision(self, request, pk=None, decision_id=None):
        decision = self._decision(decision_id)
        serializer = SendBackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        reason = serializer.validated_data["reason"]
        result = services.decision_reject(decision=decision, approver=request.user, reason=reason)
        return Response(DecisionSerializer(result).data)

    @extend_schema(request=None, responses=DecisionSerializer)
    @action(detail=True, methods=["post"], url_path="decisions/<id:decision_id>/repropose")
    def repropose_decision(self, request, pk=None, decision_id=None):
        decision = self._decision(decision_id)
        renewed = services.decision_repropose(decision=decision, actor=request.user)
        return Response(
            DecisionSerializer(renewed).data, status=status.HTTP_200_OK if renewed.replayed else status.HTTP_201_CREATED
        )

    @extend_schema(request=None, responses=AppealSerializer(many=True))
    @action(detail=True, methods=["get"])
    def appeals(self, request, pk=None):
        appeals = Appeal.objects.filter(decision__case=self.get_object()).select_related("decision")
        return Response(AppealSerializer(appeals.order_by("created_at", "id"), many=True).data)

    @extend_schema(request=AppealAnswerSerializer, responses=AppealSerializer)
    @action(detail=True, methods=["post"], url_path="appeals/<id:appeal_id>/answer")
    def answer_appeal(self, request, pk=None, appeal_id=None):
        appeal = self._appeal(appeal_id)
        serializer = AppealAnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data["suspension_until"] = data.pop("new_suspension_until")
        result = services.appeal_decide(appeal=appeal, actor=request.user, **data)
        return Response(AppealSerializer(result).data)

    @extend_schema(request=None, responses=AppealSerializer)
    @action(detail=True, methods=["post"], url_path="appeals/<id:appeal_id>/approve")
    def approve_appeal(self, request, pk=None, appeal_id=None):
        appeal = self._appeal(appeal_id)
        return Response(AppealSerializer(services.appeal_approve(appeal=appeal, approver=request.user)).data)

    @extend_schema(request=SendBackSerializer, responses=AppealSerializer)
    @action(detail=True, methods=["post"], url_path="appeals/<id:appeal_id>/reject")
    def reject_appeal(self, request, pk=None, appeal_id=None):
        appeal = self._appeal(appeal_id)
        serializer = SendBackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        reason = serializer.validated_data["reason"]
        result = services.appeal_reject(appeal=appeal, approver=request.user, reason=reason)
        return Response(AppealSerializer(result).data)

    @extend_schema(request=None, responses=AppealSerializer)
    @action(detail=True, methods=["post"], url_path="appeals/<id:appeal_id>/repropose")
    def repropose_appeal(self, request, pk=None, appeal_id=None):
        appeal = self._appeal(appeal_id)
        return Response(AppealSerializer(services.appeal_repropose(appeal=appeal, actor=request.user)).data)
