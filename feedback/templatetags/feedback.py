"""Feedback drawn inside other apps' pages: the contract page's panel and the
public profile's list. Composed by template, so contracts and accounts (below
feedback in the layers) never import it."""

from __future__ import annotations

from django import template
from django.core.paginator import Paginator

from ..forms import FeedbackForm
from ..models import Feedback

register = template.Library()

PROFILE_PAGE_SIZE = 20


@register.inclusion_tag("feedback/contract_panel.html", takes_context=True)
def contract_feedback(context, contract, other):
    """The contract page's feedback card: what each party wrote, and the form to
    leave one (bound, with its errors, when the page is drawn again after a refusal)."""
    user = context["request"].user
    feedback = list(contract.feedback.select_related("author"))
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "user": user,
        "contract": contract,
        "other": other,
        "my_feedback": next((f for f in feedback if f.author_id == user.pk), None),
        "their_feedback": next((f for f in feedback if f.author_id != user.pk and f.is_visible), None),
        "feedback_form": context.get("feedback_form") or FeedbackForm(),
    }


@register.inclusion_tag("feedback/profile_list.html", takes_context=True)
def profile_feedback(context, person):
    """The visible feedback a member received, newest first, 20 a page (``?page=``)."""
    received = (
        Feedback.objects.filter(recipient=person, visibility=Feedback.Visibility.VISIBLE)
        .select_related("author", "contract")
        .order_by("-created_at", "-id")
    )
    page = Paginator(received, PROFILE_PAGE_SIZE).get_page(context["request"].GET.get("page"))
    return {"page": page}
