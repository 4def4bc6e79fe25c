"""Who may try to log in how often: the hooks django-axes calls (see settings, "Authentication").

Failed log-ins are counted per account (the email typed, however it is capitalised)
and per client address; when either reaches ``AXES_FAILURE_LIMIT`` within the
cool-off, further attempts are refused (even with the right password) until the
cool-off has passed since the last failure or staff reset the lockout.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The account an attempt is counted against: the email as the login form sends it,
    trimmed and lower-cased as accounts store it, so "Cleo@X" and "cleo@x" count together."""
    value = (credentials or {}).get("username")
    if value is None:
        value = request.POST.get("username")
    return value.strip().lower() if isinstance(value, str) else None


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """The login page again, saying why the attempt was refused and until when (429)."""
    cool_off: timedelta = settings.AXES_COOLOFF_TIME
    context = {
        "form": AuthenticationForm(request, initial={"username": username(request, credentials) or ""}),
        "locked_out": True,
        "cool_off_minutes": max(1, round(cool_off.total_seconds() / 60)),
        "next": request.POST.get("next", request.GET.get("next", "")),
    }
    return render(request, "registration/login.html", context, status=429)
