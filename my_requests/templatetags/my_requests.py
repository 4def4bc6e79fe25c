"""My Requests drawn inside other apps' pages (the marketplace dashboard), composed
by template so contracts (below my_requests) never imports it."""

from __future__ import annotations

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def requests_summary(context) -> dict:
    """``{% requests_summary as requests %}``: total, open and unread requests of the
    signed-in user."""
    return selectors.requests_summary(account=context["request"].user)
