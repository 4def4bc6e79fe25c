from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from core.api import IDEMPOTENCY_KEY, created_response, status_for
from core.submissions import header_key

from .selectors import reports_for_user
from .serializers import ReportCreateSerializer, ReportSerializer
from .services import ReportRefused, report_file


class ReportViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):
    """Reports filed by the signed-in user. Refusals answer with a stable ``code``:
    ``duplicate`` (409), ``rate_limited`` (429), ``self_report``, ``not_contract_party``,
    ``not_message_recipient``, ``not_member``, ``details``, ``reason`` (400)."""

    permission_classes = [IsAuthenticated]
    serializer_class = ReportSerializer
    lookup_value_converter = "id"

    def get_queryset(self):
        return reports_for_user(self.request.user).prefetch_related("messages")

    @extend_schema(
        request=ReportCreateSerializer,
        responses={201: ReportSerializer, 200: ReportSerializer},
        parameters=[IDEMPOTENCY_KEY],
    )
    def create(self, request, *args, **kwargs):
        incoming = ReportCreateSerializer(data=request.data, context=self.get_serializer_context())
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        try:
            report = report_file(
                reporter=request.user,
                reported=data["reported"],
                reason=data["reason"],
                details=data["details"],
                contract=data.get("contract"),
                messages=data.get("messages") or [],
                submission_key=header_key(request),
            )
        except ReportRefused as exc:
            body = {"detail": exc.message, "code": exc.code}
            if exc.existing is not None:
                body["existing"] = exc.existing.pk
            return Response(body, status=status_for(exc.code))
        replayed = report.replayed
        report = self.get_queryset().get(pk=report.pk)
        return created_response(ReportSerializer(report).data, replayed=replayed)
