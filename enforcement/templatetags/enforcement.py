"""Template side of the action registry.

``{% action_state "send_message" as st %}`` gives ``st.allowed``, ``st.disabled``,
``st.hidden``, ``st.redirect``, ``st.reason``, ``st.error_url`` and
``st.request_url`` for custom markup (a form with fields).
``{% action_control "hire" label="Hire" url=... %}`` draws a one-button control (a
POST form, or a link with ``method="get"``) that degrades as the registry says.
Pass ``key=`` when one page draws the same action more than once (ids stay unique).
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.urls import reverse

from .. import registry
from ..gates import request_state

register = template.Library()


@dataclass(frozen=True)
class ActionState:
    name: str
    allowed: bool
    mode: str
    reason: str = ""
    error_url: str = ""
    request_url: str = ""
    key: str = ""

    @property
    def disabled(self) -> bool:
        return not self.allowed and self.mode == registry.DISABLED

    @property
    def hidden(self) -> bool:
        return not self.allowed and self.mode == registry.HIDDEN

    @property
    def redirect(self) -> bool:
        return not self.allowed and self.mode == registry.REDIRECT

    @property
    def state(self) -> str:
        """What the page shows: ``enabled``, ``disabled``, ``hidden`` or ``redirect``."""
        return "enabled" if self.allowed else self.mode

    @property
    def dom_id(self) -> str:
        return f"restricted-{self.name}{'-' + self.key if self.key else ''}"


def _state(context, name: str, key="") -> ActionState:
    action = registry.get(name)
    request = context.get("request")
    state = request_state(request) if request is not None else None
    if state is None or not state.blocks(name):
        return ActionState(name, True, action.mode, key=str(key))
    return ActionState(
        name,
        False,
        action.mode,
        reason=state.reason_for(name),
        error_url=reverse("enforcement:refused", args=[name]),
        request_url=state.request_url,
        key=str(key),
    )


@register.simple_tag(takes_context=True)
def action_state(context, name: str, key="") -> ActionState:
    return _state(context, name, key)


@register.inclusion_tag("components/action_control.html", takes_context=True)
def action_control(
    context, name: str, label: str, url: str = "", method: str = "post", style: str = "", key="", **hidden
):
    return {
        "st": _state(context, name, key),
        "label": label,
        "url": url,
        "method": method.lower(),
        "style": style,
        "hidden_fields": hidden,
        "csrf_token": context.get("csrf_token"),
    }
