"""Optional: ``announcements`` in every template context (lazy, evaluated only if
a template uses it). Add "announcements.context_processors.announcements" to
TEMPLATES[0]["OPTIONS"]["context_processors"] to enable it; the banner component
works without it through the {% active_announcements %} tag."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject

from .selectors import announcements_for_request


def announcements(request) -> dict:
    return {"announcements": SimpleLazyObject(lambda: announcements_for_request(request))}
