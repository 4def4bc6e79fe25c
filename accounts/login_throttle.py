"""Who may try to log in how often: the hooks django-axes calls (see settings, "Authentication").

Failed log-ins are counted per (account, client address) and per client address.
When either count reaches ``AXES_FAILURE_LIMIT`` within the cool-off, further
attempts *from that address* are refused (even with the right password) until the
cool-off has passed since the last failure that counted, or staff reset it.

Never per account alone: then anyone anywhere could keep a known account (a senior
reviewer's, say) locked out by sending a wrong password every few minutes. Guessing
one account's password from many addresses is watched instead: ``account_alarm``
logs a warning each time its failures from all addresses together reach another
``LOGIN_ACCOUNT_ALARM_FAILURES`` within the cool-off. django-axes has no setting
for a count that alarms without locking, so that count is ours, read from its
attempt records.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Count, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .backends import normalise_login

logger = logging.getLogger("accounts.login")


def username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The account an attempt is counted against: the email as the login form sends it,
    trimmed and lower-cased as accounts store it, so "Cleo@X" and "cleo@x" count together."""
    value = (credentials or {}).get("username")
    if value is None:
        value = request.POST.get("username")
    return normalise_login(value) if isinstance(value, str) else None


def account_alarm(sender, credentials: dict | None = None, request: HttpRequest | None = None, **kwargs) -> None:
    """Receiver of ``user_login_failed`` (AccountsConfig.ready; after axes has
    recorded the attempt): warn when one account's failed log-ins from every
    address together reach another ``LOGIN_ACCOUNT_ALARM_FAILURES`` within the
    cool-off. Nothing is locked: that is the point."""
    if request is None:
        return
    name = username(request, credentials)
    threshold = settings.LOGIN_ACCOUNT_ALARM_FAILURES
    if not name or threshold < 1:
        return
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    seen = AccessAttempt.objects.filter(username=name, attempt_time__gte=since).aggregate(
        failures=Sum("failures_since_start"), addresses=Count("ip_address", distinct=True)
    )
    failures = seen["failures"] or 0
    if failures and failures % threshold == 0:
        logger.warning(
            "Possible password guessing against %s: %d failed log-ins from %d addresses in the last %d minutes "
            "(each address is throttled; the account is not locked).",
            name,
            failures,
            seen["addresses"],
            round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
        )


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
