from __future__ import annotations

import logging

from django import template
from django.db import DatabaseError

from ..selectors import announcements_for_request

register = template.Library()
logger = logging.getLogger(__name__)

ICON_LABELS = {"info": "Information", "warning": "Warning", "success": "Good news", "error": "Important"}
ICON_GLYPHS = {"info": "i", "warning": "!", "success": "✓", "error": "×"}


@register.inclusion_tag("announcements/banners.html", takes_context=True)
def active_announcements(context) -> dict:
    """The visitor's active, undismissed announcements as banners."""
    request = context.get("request")
    if request is None:
        return {"items": []}
    try:
        banners = announcements_for_request(request)
    except DatabaseError:
        # A banner is never worth breaking the page (or the error page) for.
        logger.exception("Could not load announcements")
        banners = []
    items = [
        {"a": item, "label": ICON_LABELS.get(item.icon, "Information"), "glyph": ICON_GLYPHS.get(item.icon, "i")}
        for item in banners
    ]
    return {"items": items, "request": request, "csrf_token": context.get("csrf_token")}
