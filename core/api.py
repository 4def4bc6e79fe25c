"""The REST API's shared pieces: one status table for refused operations, the id
field that answers 400 for ids no row can have, and the optional
``Idempotency-Key`` header of create endpoints."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .converters import MAX_ID
from .errors import DomainError
from .submissions import HEADER, REPLAYED_HEADER

# Codes that say who may not do it, what is gone, or what already happened.
STATUS_FOR_CODE = {
    "not_found": status.HTTP_404_NOT_FOUND,
    "not_reviewer": status.HTTP_403_FORBIDDEN,
    "not_senior": status.HTTP_403_FORBIDDEN,
    "not_assignee": status.HTTP_403_FORBIDDEN,
    "own_decision": status.HTTP_403_FORBIDDEN,
    "stale": status.HTTP_409_CONFLICT,
    "pending_exists": status.HTTP_409_CONFLICT,
    "duplicate": status.HTTP_409_CONFLICT,
    # Approving, sending back or re-proposing what was already approved, sent back or replaced.
    "not_pending": status.HTTP_409_CONFLICT,
    # An Idempotency-Key already used for a request with other content.
    "key_reused": status.HTTP_422_UNPROCESSABLE_ENTITY,
    "rate_limited": status.HTTP_429_TOO_MANY_REQUESTS,
}
CONFLICT_PREFIX = "already_"


def status_for(code: str) -> int:
    """The HTTP status for a DomainError code; anything not listed is a 400."""
    if code in STATUS_FOR_CODE:
        return STATUS_FOR_CODE[code]
    if code.startswith(CONFLICT_PREFIX):
        return status.HTTP_409_CONFLICT
    return status.HTTP_400_BAD_REQUEST


def exception_handler(exc, context):
    """DRF's ``EXCEPTION_HANDLER``: a DomainError becomes ``{"detail", "code"}``
    with the status from the table; everything else is DRF's own answer."""
    if isinstance(exc, DomainError):
        headers = {"Retry-After": str(exc.retry_after)} if getattr(exc, "retry_after", None) else None
        return Response({"detail": exc.message, "code": exc.code}, status=status_for(exc.code), headers=headers)
    return drf_exception_handler(exc, context)


class IdField(serializers.IntegerField):
    """An id in a request body: a number no row can have (beyond the database's
    integer range, or below 1) is a 400 naming the field, never a query."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(**kwargs)


class RefuseUnknownFields(serializers.Serializer):
    """A write's input: a field the endpoint does not know (or only shows) is a 400 naming it
    (``{"unknown_field": ["…"]}`` per field), never silently ignored — a
    misspelt end date must not turn into "no end date". ``ALIASES`` maps an
    accepted other name to the field it means (giving both is refused)."""

    ALIASES: dict[str, str] = {}

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            data = self._resolve_aliases(data)
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(set(data.keys()) - writable)
            if unknown:
                raise serializers.ValidationError(
                    {name: ["Unknown or read-only field: this endpoint does not accept it."] for name in unknown}
                )
        return super().to_internal_value(data)

    def _resolve_aliases(self, data):
        if not any(alias in data for alias in self.ALIASES):
            return data
        data = data.copy()  # a dict, or a form's QueryDict (kept a QueryDict: lists stay lists)
        for alias, name in self.ALIASES.items():
            if alias in data:
                if name in data:
                    raise serializers.ValidationError({alias: [f"Give either {name} or {alias}, not both."]})
                if hasattr(data, "setlist"):
                    data.setlist(name, data.getlist(alias))
                    del data[alias]
                else:
                    data[name] = data.pop(alias)
        return data


IDEMPOTENCY_KEY = OpenApiParameter(
    name=HEADER,
    type=OpenApiTypes.STR,
    location=OpenApiParameter.HEADER,
    required=False,
    description=(
        "Optional. Any 1-100 visible ASCII characters, e.g. a UUID, new for each thing you mean to create. "
        "Sending the same request again with the same key (a retry after a timeout) creates nothing new: "
        f"the answer is 200 with what the first request created and the header `{REPLAYED_HEADER}: true`. "
        "The same key with different content is refused (422, code `key_reused`). A key is recorded only "
        "for a request that succeeded: after a refusal (4xx) the same key may be used again, with any content."
    ),
)


def created_response(data, *, replayed: bool) -> Response:
    """201 for something new; 200 with ``Idempotent-Replayed: true`` for a replay."""
    if replayed:
        return Response(data, status=status.HTTP_200_OK, headers={REPLAYED_HEADER: "true"})
    return Response(data, status=status.HTTP_201_CREATED)
