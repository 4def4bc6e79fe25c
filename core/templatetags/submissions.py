"""``{% submission_key %}``: the hidden input that makes a form apply once.

Registered as a template builtin (settings ``TEMPLATES``), so a form needs one line
and no ``{% load %}``. Every render draws a new key; see ``core.submissions``."""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from core.submissions import FIELD, new_key

register = template.Library()


@register.simple_tag
def submission_key() -> str:
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_key())
