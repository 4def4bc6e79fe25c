"""Fragments of reports that lower apps' pages draw by name (no import): the
reports behind a case, with a form to write to each reporter (the case page)."""

from __future__ import annotations

from django import template

from ..forms import ReporterMessageForm
from ..selectors import reports_for_case

register = template.Library()


@register.inclusion_tag("reports/case_reporters.html", takes_context=True)
def case_reporters(context, case):
    """``{% load reports %}{% case_reporters case %}`` on the reviewer's case page:
    who reported this case's subjects, and a form to write to each of them. One
    query whatever the number of reports."""
    return {
        "case": case,
        "reports": list(reports_for_case(case)),
        "form": ReporterMessageForm(),
        "csrf_token": context.get("csrf_token"),
    }
