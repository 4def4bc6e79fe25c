"""The reviewer nav's "Approvals" link, with a badge counting the proposals that
wait for this senior reviewer (one query, seniors only)."""

from django import template

from core.permissions import is_reviewer, is_senior

from .. import selectors

register = template.Library()


@register.inclusion_tag("cases/components/approvals_link.html", takes_context=True)
def approvals_link(context):
    user = context["request"].user
    if not is_reviewer(user):
        return {"show": False}
    count = selectors.awaiting_approval_count(user) if is_senior(user) else 0
    return {"show": True, "count": count}
