"""Reviewer pages for outbound email: the emails that did not reach users, one
email's detail, and sending a failed one again."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from core.errors import DomainError
from core.permissions import reviewer_required

from . import selectors
from .models import OutboundEmail
from .services import outbound_email_retry

PAGE_SIZE = 50

# What may survive of an email's HTML when a reviewer previews it: text structure
# and links only. No images (remote images are tracking beacons), no styles, no forms.
_PREVIEW_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "hr", "i", "li", "ol", "p",
    "pre", "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip


@reviewer_required
@require_GET
def undelivered_list(request):
    status = request.GET.get("status", "")
    page = Paginator(selectors.undelivered_emails(status=status), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "notifications/undelivered_list.html",
        {"page": page, "emails": page.object_list, "status": status, "statuses": OutboundEmail.UNDELIVERED_STATUSES},
    )


@reviewer_required
@require_GET
def outbound_detail(request, pk: int):
    outbound = get_object_or_404(OutboundEmail.objects.select_related("notice", "account", "case"), pk=pk)
    return render(request, "notifications/outbound_detail.html", {"email": outbound})


@reviewer_required
@require_POST
def outbound_retry(request, pk: int):
    outbound = get_object_or_404(OutboundEmail, pk=pk)
    try:
        outbound_email_retry(outbound=outbound, actor=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "The email is queued to be sent again.")
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("notifications:undelivered")
    return redirect(target)
