"""Server-side gates: the HTML refusal and the API refusal.

Views are tagged with ``core.actions.restricted_action`` and API views carry
``core.actions.ActionAllowed``; the middleware refuses tagged views in
``process_view``, and ``EnforcementConfig.ready`` registers ``html_gate`` and
``api_gate`` with ``core.actions`` for the decorator's own check and the DRF
permission."""

from __future__ import annotations

from django.shortcuts import render
from rest_framework import status
from rest_framework.exceptions import APIException

from . import registry


def request_state(request, user=None):
    """The restriction for this request, evaluated at most once per request and user
    (the middleware attaches the cache; without it, the first caller does)."""
    lazy = getattr(request, "restriction", None)
    if lazy is None or not hasattr(lazy, "get"):
        from .middleware import LazyRestriction

        lazy = request.restriction = LazyRestriction(request)
    return lazy.get(user)


def html_gate(request, action_name: str):
    """The refusal page when this request's restriction covers the action, else None."""
    state = request_state(request)
    if state is not None and state.blocks(action_name):
        return refuse_html(request, action_name, state)
    return None


def api_gate(request, action_name: str) -> None:
    """Raise the API's 403 when the restriction covers the action. ``request`` is
    DRF's: its user is the account its authenticators found (token or session)."""
    state = request_state(request._request, request.user)
    if state is not None and state.blocks(action_name):
        raise AccountRestricted(restriction_error_body(action_name, state, request))


def refuse_html(request, action_name: str, state):
    action = registry.get(action_name)
    return render(
        request,
        "enforcement/restricted.html",
        {"action": action, "state": state, "reason": state.reason_for(action_name)},
        status=403,
    )


class AccountRestricted(APIException):
    status_code = status.HTTP_403_FORBIDDEN
    default_code = "account_restricted"
    default_detail = "Your account is restricted from this action."

    def __init__(self, body: dict):
        super().__init__()
        self.detail = body  # keep types (None, ints) as they are in the JSON body


def restriction_error_body(action_name: str, state, request=None) -> dict:
    request_url = state.request_url
    if request is not None:
        request_url = request.build_absolute_uri(request_url)
    return {
        "detail": state.reason_for(action_name),
        "code": "account_restricted",
        "action": action_name,
        "restriction": {
            "level": state.level,
            "ends_at": state.ends_at.isoformat() if state.ends_at else None,
            "case": state.case_id,
            "request_url": request_url,
        },
    }
