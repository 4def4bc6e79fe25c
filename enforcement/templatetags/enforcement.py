"""Template side of the action registry.

``{% action_state "send_message" as st %}`` gives ``st.allowed``, ``st.disabled``,
``st.hidden``, ``st.redirect``, ``st.reason`` and ``st.error_url`` for custom markup
(a form with fields). ``{% action_control "hire" label="Hire" url=... %}`` draws a
one-button control (a POST form, or a link with ``method="get"``) that degrades as
the registry says.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.urls import reverse

from .. import registry

register = template.Library()


@dataclass(frozen=True)
class ActionState:
    name: str
    allowed: bool
    mode: str
    reason: str
    error_url: str

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
    def dom_id(self) -> str:
        return f"restricted-{self.name}"


def _state(context, name: str) -> ActionState:
    action = registry.get(name)
    request = context.get("request")
    lazy = getattr(request, "restriction", None)
    state = lazy.get() if lazy is not None else None
    if state is None or not state.blocks(name):
        return ActionState(name, True, action.mode, "", "")
    return ActionState(name, False, action.mode, state.reason_for(name), reverse("enforcement:refused", args=[name]))


@register.simple_tag(takes_context=True)
def action_state(context, name: str) -> ActionState:
    return _state(context, name)


@register.inclusion_tag("components/action_control.html", takes_context=True)
def action_control(context, name: str, label: str, url: str = "", method: str = "post", style: str = "", **hidden):
    return {
        "st": _state(context, name),
        "label": label,
        "url": url,
        "method": method.lower(),
        "style": style,
        "hidden_fields": hidden,
        "csrf_token": context.get("csrf_token"),
    }
