from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from contracts.models import Contract, Message
from core.errors import DomainError
from core.permissions import reviewer_required
from core.submissions import form_key

from .forms import REASON_HELP, ReporterMessageForm, ReportForm, ReportNoteForm
from .models import AbuseReport
from .selectors import report_for_reporter, report_thread, reports_for_user
from .services import (
    ReportRefused,
    report_check_references,
    report_file,
    report_mark_read,
    report_message_reporter,
    report_note_add,
)

MAX_MESSAGES = 20


def _ids(values) -> list[int]:
    return [int(v) for v in values if str(v).isdigit()][:MAX_MESSAGES]


def _references(request, data):
    """Resolve ?user=, ?contract= and ?message= (repeatable) into objects. Who is
    reported defaults to the sender of the message or the other contract party.

    Only what the reporter may see resolves: a member's public profile, a contract
    they are a party to, a message they sent or received. Anything else answers the
    same 404 as an id that does not exist, so the form never confirms that an object
    exists, let alone names the people on it."""
    me = request.user
    user_ids, contract_ids = _ids([data.get("user", "")]), _ids([data.get("contract", "")])
    message_ids = _ids(data.getlist("message"))
    contract = None
    if contract_ids:
        contract = Contract.objects.filter(Q(client=me) | Q(freelancer=me), pk=contract_ids[0]).first()
        if contract is None:
            raise Http404("No such contract")
    visible_messages = Message.objects.filter(Q(sender=me) | Q(recipient=me), pk__in=message_ids)
    found = list(visible_messages.select_related("sender").order_by("sent_at", "id"))
    if len(found) != len(set(message_ids)):
        raise Http404("No such message")
    reported = None
    if user_ids:
        # The same people whose profile page anyone signed in may open.
        reported = get_user_model().objects.filter(pk=user_ids[0], is_active=True, is_staff=False).first()
        if reported is None:
            raise Http404("No such account")
    elif found:
        reported = found[0].sender
    elif contract is not None:
        reported = get_user_model().objects.get(pk=contract.other_party_id(me.pk))
    return reported, contract, found


@login_required
@require_http_methods(["GET", "POST"])
def report_new(request):
    data = request.POST if request.method == "POST" else request.GET
    reported, contract, found_messages = _references(request, data)
    context = {"reported": reported, "contract": contract, "found_messages": found_messages, "reason_help": REASON_HELP}
    try:
        report_check_references(reporter=request.user, reported=reported, contract=contract, messages=found_messages)
    except ReportRefused as exc:
        return render(request, "reports/new.html", context | {"refused": exc}, status=403)

    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            report = report_file(
                reporter=request.user,
                reported=reported,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
                contract=contract,
                messages=found_messages,
                submission_key=form_key(request),
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
            context["existing"] = getattr(exc, "existing", None)
        else:
            if report.replayed:
                messages.info(request, f"This report was already sent (report #{report.pk}); it was not sent again.")
            else:
                messages.success(request, "Thank you. Your report was sent to our review team.")
            return redirect(report)
    return render(request, "reports/new.html", context | {"form": form})


def _own_report(request, pk: int):
    report = report_for_reporter(request.user, pk)
    if report is None:
        raise Http404("No such report")  # the same answer whether it exists or not
    return report


@login_required
@require_GET
def report_detail(request, pk: int):
    report = _own_report(request, pk)
    thread = report_thread(report)
    report_mark_read(report=report)
    return render(
        request,
        "reports/detail.html",
        {"report": report, "thread": thread, "note_form": ReportNoteForm(), "steps": report.Progress.choices},
    )


@login_required
@require_POST
def report_note(request, pk: int):
    report = _own_report(request, pk)
    form = ReportNoteForm(request.POST)
    if form.is_valid():
        try:
            note = report_note_add(
                report=report, author=request.user, body=form.cleaned_data["body"], submission_key=form_key(request)
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            if note.replayed:
                messages.info(request, "This was already added to your report; it was not added again.")
            else:
                messages.success(request, "Added to your report.")
            return redirect(report)
    else:
        messages.error(request, "Write something to add.")
    return redirect(report)


@login_required
@require_GET
def report_index(request):
    return render(request, "reports/index.html", {"reports": list(reports_for_user(request.user))})


@reviewer_required
@require_POST
def message_reporter(request, pk: int):
    """A reviewer writes to a reporter from the case page (reports' fragment there)."""
    report = get_object_or_404(AbuseReport.objects.select_related("signal"), pk=pk)
    case_id = report.signal.case_id if report.signal_id else None
    back = reverse("cases:detail", args=[case_id]) + "#reporters" if case_id else reverse("cases:queue")
    form = ReporterMessageForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("body", ["Write the message before sending it."])))
        return redirect(back)
    try:
        notice = report_message_reporter(report=report, actor=request.user, body=form.cleaned_data["body"])
    except ReportRefused as exc:
        messages.error(request, exc.message)
    else:
        if getattr(notice, "replayed", False):
            messages.info(request, "This message was already sent to the reporter; it was not sent again.")
        else:
            messages.success(request, f"Message sent to the reporter of report #{report.pk}.")
    return redirect(back)
