"""Server-side gates: the view decorator, the HTML refusal and the DRF permission."""

from __future__ import annotations

from functools import wraps

from django.shortcuts import render
from rest_framework import permissions, status
from rest_framework.exceptions import APIException

from . import registry


def restricted_action(name: str, methods: tuple[str, ...] | None = ("POST",)):
    """Mark a view as performing ``name``. The middleware refuses it for an
    account whose restriction covers the action (by default only the POST that
    performs it; pass ``methods=None`` to refuse every method)."""
    registry.get(name)  # fail at import time on a typo

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            # Belt and braces when the middleware is not installed (e.g. a view
            # called directly): check again here.
            state = getattr(request, "restriction", None)
            state = state.get() if state is not None and hasattr(state, "get") else None
            if (methods is None or request.method in methods) and state is not None and state.blocks(name):
                return refuse_html(request, name, state)
            return view(request, *args, **kwargs)

        wrapped.restricted_action = name
        wrapped.restricted_methods = methods
        return wrapped

    return decorator


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


def restriction_error_body(action_name: str, state) -> dict:
    return {
        "detail": state.reason_for(action_name),
        "code": "account_restricted",
        "action": action_name,
        "restriction": {
            "level": state.level,
            "ends_at": state.ends_at.isoformat() if state.ends_at else None,
            "case": state.case_id,
            "request_url": state.request_url,
        },
    }


class ActionAllowed(permissions.BasePermission):
    """DRF permission: the view declares ``restricted_actions = {"create": "send_message"}``
    (by viewset action or HTTP method); a restricted account gets a 403 whose body says
    which action, why, and where to read more."""

    def has_permission(self, request, view) -> bool:
        mapping = getattr(view, "restricted_actions", {}) or {}
        action_name = mapping.get(getattr(view, "action", None) or "") or mapping.get(request.method)
        if not action_name:
            return True
        lazy = getattr(request._request, "restriction", None)
        state = lazy.get() if lazy is not None else None
        if state is not None and state.blocks(action_name):
            raise AccountRestricted(restriction_error_body(action_name, state))
        return True
