"""The REST API's answer to a refused operation: one status table for every app."""

from __future__ import annotations

from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .errors import DomainError

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
        return Response({"detail": exc.message, "code": exc.code}, status=status_for(exc.code))
    return drf_exception_handler(exc, context)
