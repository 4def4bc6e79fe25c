from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import Announcement
from .selectors import (
    DISMISSED_COOKIE,
    DISMISSED_COOKIE_MAX_IDS,
    Audience,
    announcements_active,
    announcements_live,
    dismissed_from_cookie,
)
from .services import announcement_dismiss

COOKIE_MAX_AGE = 60 * 60 * 24 * 365


def _next_url(request) -> str:
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or "/"
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/"


@require_POST
def dismiss(request, pk: int):
    """Close a banner: remembered per account for signed-in users, in a cookie for
    anonymous visitors. Answers 204 to script callers, or redirects back.

    Only a banner showing to this visitor can be closed. Any other id — missing,
    ended, not started, aimed at other people — gets exactly the same answer and
    changes nothing, so the endpoint tells nobody which announcements exist."""
    showing = {item.id for item in announcements_active(Audience.for_user(request.user)).banners()}
    wants_empty = request.headers.get("X-Requested-With") == "fetch"
    response = HttpResponse(status=204) if wants_empty else redirect(_next_url(request))
    if request.user.is_authenticated:
        if pk in showing:
            announcement_dismiss(announcement=Announcement.objects.get(pk=pk), user=request.user)
        return response
    # Keep only ids still live, so the cookie doesn't grow for ever.
    live_ids = {item.id for item in announcements_live()}
    ids = [i for i in dismissed_from_cookie(request.COOKIES.get(DISMISSED_COOKIE, "")) if i in live_ids]
    if pk in showing and pk not in ids:
        ids.append(pk)
    response.set_cookie(
        DISMISSED_COOKIE,
        ".".join(str(i) for i in ids[-DISMISSED_COOKIE_MAX_IDS:]),
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
