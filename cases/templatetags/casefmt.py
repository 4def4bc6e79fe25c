from django import template
from django.utils.dateparse import parse_datetime

from cases.models import Appeal, Decision

register = template.Library()


@register.filter
def iso(value):
    """Turn an ISO 8601 string kept in JSON (evidence, event data) back into a
    datetime, so templates can format it with |date."""
    if not value:
        return None
    try:
        return parse_datetime(str(value))
    except ValueError:
        return None


@register.simple_tag
def reply_appeal_state(event) -> str:
    """For a user's reply marked "may be an appeal": "open" while it can still be
    opened as their appeal, "appealed" once the decision has an appeal, "" when
    neither (not such a reply, or the decision no longer stands)."""
    decision_id = (event.data or {}).get("may_be_appeal")
    if not decision_id:
        return ""
    decision = Decision.objects.filter(pk=decision_id).only("status").first()
    if decision is None:
        return ""
    if Appeal.objects.filter(decision_id=decision_id).exists():
        return "appealed"
    return "open" if decision.status == Decision.Status.APPLIED else ""
