"""Email delivery drawn inside other apps' pages (the case page), composed by
template so cases (below notifications) never imports it."""

from __future__ import annotations

from django import template

from ..selectors import failed_emails_for_case

register = template.Library()


@register.inclusion_tag("notifications/case_email_status.html")
def case_email_status(case):
    """A warning when the user may not have received our emails about ``case``."""
    return {"case": case, "failed_emails": list(failed_emails_for_case(case))}
