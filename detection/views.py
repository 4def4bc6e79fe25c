"""Reviewer pages: an account's signals (with its neighbourhood graph), and the
list of signals kept below the case threshold."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from core.permissions import reviewer_required
from detection.kinds import Kind

from . import selectors


@reviewer_required
def account_signals(request, pk: int):
    account = get_object_or_404(get_user_model(), pk=pk)
    show_retired = request.GET.get("retired") == "1"
    signals = list(selectors.signals_for_account(account, include_retired=show_retired))
    cases = {s.case.pk: s.case for s in signals if s.case_id}
    return render(
        request,
        "detection/account_signals.html",
        {
            "account": account,
            "signals": signals,
            "cases": list(cases.values()),
            "show_retired": show_retired,
            "threshold": settings.DETECTION_CASE_THRESHOLD,
            "graph_svg": selectors.neighbourhood_svg([account.pk]),
        },
    )


@reviewer_required
def signal_list(request):
    kind = request.GET.get("kind") or ""
    if kind not in Kind.values:
        kind = ""
    page = Paginator(selectors.signals_kept_on_accounts(kind=kind or None), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "detection/signal_list.html",
        {
            "page_obj": page,
            "kind": kind,
            "kinds": Kind.choices,
            "threshold": settings.DETECTION_CASE_THRESHOLD,
        },
    )
