from django import template
from django.utils.dateparse import parse_datetime

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
