"""The marketplace's restricted actions, by name, and how a view or an API view
says which one it performs.

This module only *names* the actions and *tags* the views. Who may perform an
action (restriction levels), how its control degrades in a page and the refusal
itself belong to ``enforcement``: its middleware reads the tag in
``process_view``, and it registers the gates below in its ``AppConfig.ready`` so
the decorator's own check (a view reached without the middleware) and the DRF
permission ask it too. Nothing here imports enforcement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from rest_framework import permissions

# Reading is never restricted; anything that changes something is.
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    description: str

    @property
    def phrase(self) -> str:
        """The label inside a sentence: "You can’t send a message …"."""
        return self.label[:1].lower() + self.label[1:]


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in [
        Action("leave_feedback", "Leave feedback", "Rate the other party of a contract."),
        Action("send_message", "Send a message", "Write to the other party of a contract."),
        Action("submit_proposal", "Submit a proposal", "Apply to a client's job."),
        Action("hire", "Hire a freelancer", "Accept a proposal and start a contract."),
        Action("post_job", "Post a job", "Publish a new job for freelancers."),
        Action("request_withdrawal", "Request a withdrawal", "Move earnings out of the marketplace."),
        Action("edit_profile", "Edit your profile", "Change the public profile."),
        Action(
            "release_payment",
            "Pay for work on a contract",
            "Pay the freelancer for work on an existing contract: fixed-price, hourly and milestone payments.",
        ),
        Action("pay_bonus", "Pay a bonus", "Pay the freelancer more than the contract, on top of the work."),
        Action("end_contract", "End a contract", "Close a contract."),
    ]
}


def get(name: str) -> Action:
    try:
        return ACTIONS[name]
    except KeyError as exc:  # a typo in a template or view is a programming error
        raise KeyError(f"Unknown restricted action {name!r}; add it to core.actions.ACTIONS") from exc


# --- gates: registered by the app that enforces (enforcement.apps) ---------------------

# (request, action name) -> a response refusing the action, or None to let it through.
HtmlGate = Callable[[object, str], object | None]
# (DRF request, action name) -> None, or raises the API's refusal.
ApiGate = Callable[[object, str], None]


class _Gates:
    html: HtmlGate | None = None
    api: ApiGate | None = None


gates = _Gates()


def gates_register(*, html: HtmlGate, api: ApiGate) -> None:
    gates.html = html
    gates.api = api


def restricted_action(name: str, methods: tuple[str, ...] | None = UNSAFE_METHODS):
    """Mark a view as performing ``name``. The enforcing middleware refuses it for
    an account whose restriction covers the action: by default the unsafe methods
    that perform it; ``methods=None`` refuses every method (a form page whose only
    purpose is the action, e.g. "post a job")."""
    get(name)  # fail at import time on a typo

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            # Belt and braces when the middleware is not installed or did not run
            # process_view (a view called directly): ask the gate here too.
            if gates.html is not None and (methods is None or request.method in methods):
                refusal = gates.html(request, name)
                if refusal is not None:
                    return refusal
            return view(request, *args, **kwargs)

        wrapped.restricted_action = name
        wrapped.restricted_methods = methods
        return wrapped

    return decorator


def api_action(request, view) -> str:
    """The restricted action an API view performs for this request, or ''. The view
    names it by viewset action or HTTP method: ``restricted_actions = {"POST": "send_message"}``."""
    mapping = getattr(view, "restricted_actions", None) or {}
    return mapping.get(getattr(view, "action", None) or "") or mapping.get(request.method) or ""


class ActionAllowed(permissions.BasePermission):
    """DRF permission for views that perform a restricted action: a restricted
    account gets the enforcing app's refusal (a 403 saying which action, why, until
    when, and where to read more and reply)."""

    def has_permission(self, request, view) -> bool:
        name = api_action(request, view)
        if name and gates.api is not None:
            gates.api(request, name)
        return True
