"""Help › My Requests: the user's notices, the cases that concern them (as threads
they can reply to), their appeals and their abuse reports.

None of these views performs a restricted action: a restricted account must
always be able to read why and answer.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cases.models import CaseSubject, Decision
from cases.services import appeal_open, case_user_reply
from core.errors import DomainError
from core.submissions import form_key
from enforcement.models import Restriction
from notifications.models import Notice
from notifications.notices import APPEAL_HEADLINE
from statements.selectors import statement_for_notice

from . import selectors
from .forms import AppealForm, ReplyForm


@login_required
def index(request):
    user = request.user
    rows = list(selectors.subject_rows(account=user))
    for row in rows:
        row.user_status = selectors.USER_STATUS.get(row.case.status, row.case.get_status_display())
    return render(
        request,
        "my_requests/index.html",
        {
            "rows": rows,
            "notices": list(selectors.loose_notices(account=user)[:50]),
            "reports": list(selectors.user_reports(account=user)[:50]),
        },
    )


def _subject_or_404(user, case_id: int) -> CaseSubject:
    subject = selectors.subject_for_case(account=user, case_id=case_id)
    if subject is None:
        raise Http404("No such request")
    return subject


def _case_page(request, subject: CaseSubject, *, reply_form=None, appeal_forms=None, status=200, mark_read=True):
    user = request.user
    case = subject.case
    last_read = subject.user_last_read_at
    events = list(selectors.visible_events(account=user, case_id=case.pk).select_related("actor"))
    for event in events:
        event.is_new = (last_read is None or event.created_at > last_read) and event.actor_id != user.pk
        event.from_user = event.actor_id == user.pk
        event.label = selectors.event_label(event)
    shown = (Decision.Status.APPLIED, Decision.Status.SUPERSEDED)  # never one still awaiting approval
    decisions = list(
        Decision.objects.filter(case=case, account=user, status__in=shown)
        .select_related("appeal", "statement")
        .order_by("created_at", "id")
    )
    appeal_forms = appeal_forms or {}
    now = timezone.now()
    for decision in decisions:
        decision.appeal_obj = getattr(decision, "appeal", None)  # None when not appealed
        decision.statement_obj = getattr(decision, "statement", None)  # only restricting decisions have one
        decision.appeal_result = APPEAL_HEADLINE.get(getattr(decision.appeal_obj, "outcome", ""), "")
        decision.appealable = decision.can_appeal(now)
        decision.form = appeal_forms.get(decision.pk) or AppealForm(prefix=f"d{decision.pk}")
    restrictions = list(Restriction.objects.filter(case=case, account=user).order_by("-starts_at"))
    for r in restrictions:
        r.active_now = r.is_active(now)
    if mark_read:
        _mark_read(subject, now)
    return render(
        request,
        "my_requests/case.html",
        {
            "subject": subject,
            "case": case,
            "user_status": selectors.USER_STATUS.get(case.status, case.get_status_display()),
            "events": events,
            "decisions": decisions,
            "restrictions": restrictions,
            "interim_days": settings.SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL,
            "reply_form": reply_form or ReplyForm(),
        },
        status=status,
    )


def _mark_read(subject: CaseSubject, now) -> None:
    CaseSubject.objects.filter(pk=subject.pk).update(user_last_read_at=now)
    Notice.objects.filter(account_id=subject.account_id, case_id=subject.case_id, read_at__isnull=True).update(
        read_at=now
    )


@login_required
def case_detail(request, case_id: int):
    return _case_page(request, _subject_or_404(request.user, case_id))


@login_required
@require_POST
def reply(request, case_id: int):
    subject = _subject_or_404(request.user, case_id)
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            event = case_user_reply(
                case=subject.case,
                account=request.user,
                body=form.cleaned_data["body"],
                via="inbox",
                submission_key=form_key(request),
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            if event.replayed:
                messages.info(request, "This reply was already sent; it was not sent again.")
            else:
                messages.success(request, "Your reply is with the Trust & Safety team. We’ll answer here and by email.")
            return redirect(reverse("inbox:case", args=[case_id]) + "#thread")
    return _case_page(request, subject, reply_form=form, status=400, mark_read=False)


@login_required
@require_POST
def appeal(request, case_id: int, decision_id: int):
    subject = _subject_or_404(request.user, case_id)
    decision = get_object_or_404(Decision, pk=decision_id, case_id=case_id, account=request.user)
    form = AppealForm(request.POST, prefix=f"d{decision.pk}")
    if form.is_valid():
        try:
            appeal = appeal_open(
                decision=decision,
                account=request.user,
                statement=form.cleaned_data["statement"],
                submission_key=form_key(request),
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            if appeal.replayed:
                messages.info(request, "This appeal was already sent; it was not sent again.")
            else:
                messages.success(
                    request,
                    "Your appeal is received. A reviewer who did not take the first decision will look at it "
                    "and write to you here.",
                )
            return redirect(reverse("inbox:case", args=[case_id]) + "#decisions")
    return _case_page(request, subject, appeal_forms={decision.pk: form}, status=400, mark_read=False)


@login_required
def notice_detail(request, notice_id: int):
    notice = get_object_or_404(Notice, pk=notice_id, account=request.user)
    if notice.read_at is None:
        Notice.objects.filter(pk=notice.pk).update(read_at=timezone.now())
    if notice.case_id and selectors.subject_for_case(account=request.user, case_id=notice.case_id):
        return redirect("inbox:case", case_id=notice.case_id)
    if notice.report_id:
        return redirect("reports:detail", pk=notice.report_id)
    return render(request, "my_requests/notice.html", {"notice": notice, "statement": statement_for_notice(notice)})
