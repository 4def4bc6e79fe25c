"""Server-side gates: the view decorator, the HTML refusal and the DRF permission."""

from __future__ import annotations

from functools import wraps

from django.shortcuts import render
from rest_framework import permissions, status
from rest_framework.exceptions import APIException

from . import registry

# Reading is never restricted; anything that changes something is.
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


def request_state(request, user=None):
    """The restriction for this request, evaluated at most once per request and user
    (the middleware attaches the cache; without it, the first caller does)."""
    lazy = getattr(request, "restriction", None)
    if lazy is None or not hasattr(lazy, "get"):
        from .middleware import LazyRestriction

        lazy = request.restriction = LazyRestriction(request)
    return lazy.get(user)


def restricted_action(name: str, methods: tuple[str, ...] | None = UNSAFE_METHODS):
    """Mark a view as performing ``name``. The middleware refuses it for an account
    whose restriction covers the action: by default the unsafe methods that perform
    it; ``methods=None`` refuses every method (a form page whose only purpose is
    the action, e.g. "post a job")."""
    registry.get(name)  # fail at import time on a typo

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            # Belt and braces when the middleware is not installed or did not run
            # process_view (a view called directly): check again here.
            if methods is None or request.method in methods:
                state = request_state(request)
                if state is not None and state.blocks(name):
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


class ActionAllowed(permissions.BasePermission):
    """DRF permission. The view names the restricted action it performs, by viewset
    action or HTTP method: ``restricted_actions = {"POST": "send_message"}``. A
    restricted account gets a 403 whose body says which action, why, until when,
    and where to read more and reply."""

    def has_permission(self, request, view) -> bool:
        mapping = getattr(view, "restricted_actions", None) or {}
        action_name = mapping.get(getattr(view, "action", None) or "") or mapping.get(request.method)
        if not action_name:
            return True
        # DRF's request.user: the account its authenticators found (token or session).
        state = request_state(request._request, request.user)
        if state is not None and state.blocks(action_name):
            raise AccountRestricted(restriction_error_body(action_name, state, request))
        return True
