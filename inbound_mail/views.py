"""Reviewer pages for inbound mail: the quarantine queue (attach a held message to
a case or discard it), a stored message's raw bytes and attachments."""

from __future__ import annotations

import nh3
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from core.errors import DomainError
from core.permissions import reviewer_required

from . import selectors
from .forms import AttachForm, DiscardForm, QuarantineFilterForm
from .mailparse import attachment_bytes
from .models import InboundEmail
from .services import inbound_email_attach, inbound_email_discard

PAGE_SIZE = 50

# What may survive of an email's HTML when a reviewer previews it: text structure
# and links only. No images (remote images are tracking beacons), no styles, no forms.
_PREVIEW_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "hr", "i", "li", "ol", "p",
    "pre", "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip


def sanitised_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=_PREVIEW_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


@reviewer_required
@require_GET
def quarantine_list(request):
    form = QuarantineFilterForm(request.GET or None)
    params = form.cleaned_data if form.is_valid() else {}
    qs = selectors.quarantine(reason=params.get("reason") or "", show=params.get("show") or "held")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "inbound_mail/quarantine_list.html",
        {"form": form, "page": page, "emails": page.object_list, "query": query.urlencode()},
    )


def _inbound_or_404(pk: int) -> InboundEmail:
    return get_object_or_404(InboundEmail.objects.select_related("case", "account", "outbound", "reviewed_by"), pk=pk)


@reviewer_required
@require_GET
def quarantine_detail(request, pk: int):
    inbound = _inbound_or_404(pk)
    initial = {"case": inbound.case_id, "account": inbound.account.email if inbound.account_id else ""}
    return render(
        request,
        "inbound_mail/quarantine_detail.html",
        {
            "email": inbound,
            "attach_form": AttachForm(initial=initial),
            "discard_form": DiscardForm(),
            "html_preview": sanitised_html(inbound.html) if inbound.html else "",
        },
    )


@reviewer_required
@require_POST
def quarantine_attach(request, pk: int):
    inbound = _inbound_or_404(pk)
    form = AttachForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "inbound_mail/quarantine_detail.html",
            {
                "email": inbound,
                "attach_form": form,
                "discard_form": DiscardForm(),
                "html_preview": sanitised_html(inbound.html) if inbound.html else "",
            },
            status=400,
        )
    case = form.cleaned_data["case_obj"]
    try:
        inbound_email_attach(
            inbound=inbound,
            case=case,
            account=form.cleaned_data["account_obj"],
            reviewer=request.user,
            trust_sender=form.cleaned_data["trust_sender"],
        )
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("inbound_mail:quarantine_detail", pk=inbound.pk)
    messages.success(request, f"The email was added to case #{case.pk} as the user's reply.")
    return redirect("inbound_mail:quarantine")


@reviewer_required
@require_POST
def quarantine_discard(request, pk: int):
    inbound = _inbound_or_404(pk)
    form = DiscardForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the email is discarded.")
        return redirect("inbound_mail:quarantine_detail", pk=inbound.pk)
    try:
        inbound_email_discard(inbound=inbound, reviewer=request.user, note=form.cleaned_data["note"])
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("inbound_mail:quarantine_detail", pk=inbound.pk)
    messages.success(request, "The email was discarded; its stored copy is kept.")
    return redirect("inbound_mail:quarantine")


def _download(content: bytes, filename: str) -> HttpResponse:
    """Bytes a browser must save, never render or sniff."""
    response = HttpResponse(content, content_type="application/octet-stream")
    safe = "".join(ch for ch in filename if ch.isalnum() or ch in "._- ")[:120] or "download"
    response["Content-Disposition"] = f'attachment; filename="{safe}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


@reviewer_required
@require_GET
def inbound_attachment(request, pk: int, index: int):
    """An accepted attachment, downloaded (never shown inline). Refused ones are
    not served at all; they stay inside the stored raw message."""
    inbound = get_object_or_404(InboundEmail, pk=pk)
    listed = next((a for a in inbound.attachments if a.get("index") == index), None)
    if listed is None or not listed.get("accepted"):
        raise Http404("No such attachment")
    found = attachment_bytes(bytes(inbound.raw), index)
    if found is None:
        raise Http404("No such attachment")
    return _download(found[1], listed["filename"])


@reviewer_required
@require_GET
def inbound_raw(request, pk: int):
    inbound = get_object_or_404(InboundEmail, pk=pk)
    return _download(bytes(inbound.raw), f"inbound-{inbound.pk}.eml")
