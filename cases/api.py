"""The cases API for staff tools: same services as the portal, stable error codes."""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotFound
from rest_framework.response import Response

from . import services
from .filters import CaseFilter
from .models import Case, CaseError, CaseSubject
from .serializers import (
    CaseSerializer,
    DecisionInputSerializer,
    DecisionSerializer,
    EventSerializer,
    NoteSerializer,
)


class IsReviewer(permissions.BasePermission):
    message = "Reviewers only."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and request.user.is_reviewer)


class CaseConflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"

    def __init__(self, error: CaseError):
        super().__init__()
        self.detail = {"detail": error.message, "code": error.code}


def _do(fn):
    try:
        return fn()
    except CaseError as exc:
        raise CaseConflict(exc)


class CaseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = CaseSerializer
    permission_classes = [IsReviewer]
    filterset_class = CaseFilter

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
        case = _do(lambda: services.case_claim(case=self.get_object(), reviewer=request.user))
        return Response(CaseSerializer(case).data)

    @extend_schema(request=None, responses=CaseSerializer)
    @action(detail=True, methods=["post"])
    def release(self, request, pk=None):
        case = _do(lambda: services.case_release(case=self.get_object(), reviewer=request.user))
        return Response(CaseSerializer(case).data)

    @extend_schema(request=NoteSerializer, responses=EventSerializer)
    @action(detail=True, methods=["post"])
    def notes(self, request, pk=None):
        serializer = NoteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = _do(
            lambda: services.case_note_add(
                case=self.get_object(), actor=request.user, body=serializer.validated_data["body"]
            )
        )
        return Response(EventSerializer(event).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=DecisionInputSerializer, responses=DecisionSerializer)
    @action(detail=True, methods=["post"])
    def decisions(self, request, pk=None):
        case = self.get_object()
        serializer = DecisionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        subject = CaseSubject.objects.filter(case=case, account_id=data["account"]).select_related("account").first()
        if subject is None:
            raise NotFound({"detail": "That account is not a subject of this case.", "code": "not_subject"})
        decision = _do(
            lambda: services.decision_make(
                case=case,
                account=subject.account,
                rung=data["rung"],
                reason=data["reason"],
                actor=request.user,
                internal_note=data["internal_note"],
                suspension_until=data["suspension_until"],
                feedback_ids=data["feedback"],
            )
        )
        return Response(DecisionSerializer(decision).data, status=status.HTTP_201_CREATED)
