"""Reviewer portal: thin views that fetch, validate with a form, call one
service and redirect with a message."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from core.errors import DomainError
from core.permissions import is_senior, reviewer_required
from core.submissions import form_key
from detection.selectors import neighbourhood_svg
from feedback.models import Feedback

from . import hooks, policy, selectors, services
from .dashboard import queue_health
from .forms import (
    AppealDecisionForm,
    BulkForm,
    DecideSubjectsForm,
    DecisionForm,
    MessageForm,
    NoteForm,
    OpenCaseForm,
    QueueFilterForm,
    ReasonForm,
    SavedViewForm,
    reviewers_queryset,
)
from .models import Appeal, Case, CaseEvent, Decision, Evidence, Macro

PAGE_SIZE = 25
WAITING = "Proposed: it waits for a senior reviewer's approval (four eyes); the page says why."


def _case_or_404(pk: int) -> Case:
    return get_object_or_404(Case.objects.select_related("assignee"), pk=pk)


def _back(case: Case, anchor: str = "", request=None):
    if request is not None and request.POST.get("next") == "approvals":
        return redirect("cases:approvals")
    return redirect(reverse("cases:detail", args=[case.pk]) + (f"#{anchor}" if anchor else ""))


def _run(request, case: Case, action, success: str, anchor: str = ""):
    """Call one service; say what happened. An action may return its own message
    (a proposal that waits, a submission that was already done) instead of ``success``."""
    try:
        said = action()
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        if said:
            messages.info(request, said)
        else:
            messages.success(request, success)
    return _back(case, anchor, request)


def _replayed(result, what: str) -> str | None:
    """The message for a second identical submission (services mark it ``replayed``)."""
    return f"{what} was already recorded; nothing was applied again." if result.replayed else None


def _waiting(proposal, user) -> None:
    """Annotate a proposal awaiting approval with what the page shows about it:
    why it waits, what changed since it was made, and why this user may not
    approve it (all from cases.policy)."""
    proposal.why = policy.approval_needed_for(proposal)
    proposal.changes = policy.proposal_changes(proposal)
    proposal.approve_refusal = policy.approver_refusal(user=user, proposal=proposal)


@reviewer_required
def queue(request):
    form = QueueFilterForm(request.GET or None)
    params = form.cleaned_data if form.is_valid() else {}
    qs = selectors.queue(params=params, user=request.user)
    paginator = Paginator(qs, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    senior = is_senior(request.user)
    return render(
        request,
        "cases/queue.html",
        {
            "form": form,
            "page": page,
            "cases": page.object_list,
            "query": query.urlencode(),
            "now": timezone.now(),
            "mine": Case.objects.filter(assignee=request.user, status__in=Case.OPEN_STATUSES).count(),
            "saved_views": list(request.user.saved_views.all()),
            # Assigning to someone else is for senior reviewers; others assign to themselves.
            "reviewers": list(reviewers_queryset()) if senior else [],
            "is_senior": senior,
        },
    )


def _queue_back(request):
    """Back to the queue with the filters the reviewer was looking at."""
    query = request.POST.get("query", "")
    return redirect(reverse("cases:queue") + (f"?{query}" if query else ""))


@reviewer_required
@require_POST
def bulk(request):
    """One action on the selected cases; every case's outcome is reported."""
    form = BulkForm(request.POST, reviewers=reviewers_queryset())
    raw_ids = request.POST.getlist("case")
    if not all(pk.isascii() and pk.isdigit() and len(pk) <= 19 for pk in raw_ids):
        messages.error(request, "The selection was not understood: reload the queue and select again.")
        return _queue_back(request)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return _queue_back(request)
    data = form.cleaned_data
    try:
        outcomes = services.cases_bulk(
            actor=request.user,
            case_ids=[int(pk) for pk in raw_ids],
            action=data["action"],
            assignee=data["assignee"] or request.user,
            reason=data["reason"],
        )
    except DomainError as exc:
        messages.error(request, exc.message)
        return _queue_back(request)
    done = [o for o in outcomes if o.done]
    refused = [o for o in outcomes if not o.done]
    if done:
        messages.success(
            request,
            f"{len(done)} of {len(outcomes)} case{pluralize(len(outcomes))} done: " + " ".join(o.message for o in done),
        )
    if refused:
        messages.error(request, f"{len(refused)} refused, unchanged: " + " ".join(o.message for o in refused))
    return _queue_back(request)


@reviewer_required
@require_POST
def saved_view_save(request):
    form = SavedViewForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give the view a name.")
        return _queue_back(request)
    params = QueryDict(request.POST.get("query", ""))
    try:
        view = services.saved_view_save(reviewer=request.user, name=form.cleaned_data["name"], params=params)
    except DomainError as exc:
        messages.error(request, exc.message)
        return _queue_back(request)
    messages.success(request, f"Saved the view “{view.name}”.")
    return redirect(reverse("cases:queue") + (f"?{view.query}" if view.query else ""))


@reviewer_required
@require_POST
def saved_view_delete(request, view_id: int):
    try:
        services.saved_view_delete(reviewer=request.user, view_id=view_id)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Saved view deleted.")
    return _queue_back(request)


@reviewer_required
@require_POST
def claim_next(request):
    try:
        case = services.case_claim_next(reviewer=request.user, submission_key=form_key(request))
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("cases:queue")
    if case is None:
        messages.info(request, "The queue has no unassigned case left. Nice work.")
        return redirect("cases:queue")
    if case.replayed:
        messages.info(request, f"That click already claimed case #{case.pk}; no other case was claimed.")
    else:
        messages.success(request, f"You claimed case #{case.pk}.")
    return redirect("cases:detail", case.pk)


TIMELINE_RECENT = 4  # latest events on the case page; the whole timeline is its own page
TIMELINE_PAGE = 100


def _decide_form(case: Case, page: dict, decisions: list[Decision], data=None) -> DecideSubjectsForm:
    """The several-subjects form: drawn with a line for every subject without a
    standing decision; read back with a line for every subject (a form sent twice
    is the service's to replay or refuse)."""
    standing = {
        d.account_id
        for d in decisions
        if d.status in Decision.STANDING_STATUSES and d.rung != Decision.Rung.REQUEST_INFO
    }
    rows = [row for row in page["subjects"] if data is not None or row["account"].pk not in standing]
    return DecideSubjectsForm(
        data,
        rows=rows,
        macros=selectors.macro_choices(case, [row["account"] for row in rows], use=Macro.Use.REASON),
        remedy=policy.remedy_preselected(case.kind),
    )


@reviewer_required
def detail(request, pk: int):
    return _detail_page(request, _case_or_404(pk))


def _detail_page(request, case: Case, *, decide_form=None, statement_preview: str = ""):
    """The case page; ``decide_subjects`` draws it again with the reviewer's form as
    filled and the statements of reasons it would send (a preview, nothing saved)."""
    page = selectors.case_page(case)
    subjects = page["subjects"]
    subject_ids = [row["account"].pk for row in subjects]
    recent_events = list(
        case.events.select_related("actor", "account").order_by("-created_at", "-id")[:TIMELINE_RECENT]
    )
    recent_events.reverse()
    decisions = list(
        case.decisions.select_related("account", "decided_by", "approved_by").prefetch_related(
            Prefetch("hidden_feedback"), "appeal"
        )
    )
    appeals = list(Appeal.objects.filter(decision__case=case).select_related("decision", "account", "decided_by"))
    pending_decisions = [d for d in decisions if d.status == Decision.Status.PENDING_APPROVAL]
    pending_appeals = [a for a in appeals if a.status == Appeal.Status.PENDING_APPROVAL]
    for proposal in pending_decisions + pending_appeals:
        _waiting(proposal, request.user)
    open_appeals = [a for a in appeals if a.status == Appeal.Status.OPEN]
    holder_refusal = policy.holder_refusal(case=case, user=request.user, doing="change it")
    for appeal in open_appeals:
        appeal.hear_refusal = policy.hearer_refusal(user=request.user, decision=appeal.decision)
    can_decide = holder_refusal is None and case.status in services.DECIDABLE
    message_macros = selectors.macro_choices(case, [row["account"] for row in subjects], use=Macro.Use.MESSAGE)
    for macro in message_macros:
        macro["texts_json"] = json.dumps({str(pk): text for pk, text in macro["texts"].items()})
    message_form = MessageForm(
        case=case, macros=message_macros, initial={"account": subject_ids[0] if subject_ids else None}
    )
    return render(
        request,
        "cases/detail.html",
        {
            "case": case,
            "recent_events": recent_events,
            "events_count": case.events.count(),
            "subjects": subjects,
            "evidence_groups": page["evidence_groups"],
            "evidence_total": sum(group["count"] for group in page["evidence_groups"]),
            "signals": page["signals"],
            "graph_svg": neighbourhood_svg(subject_ids),
            "decisions": decisions,
            "appeals": appeals,
            "pending_decisions": pending_decisions,
            "pending_appeals": pending_appeals,
            "open_appeals": open_appeals,
            "note_form": NoteForm(),
            "message_form": message_form,
            "message_macros": message_macros,
            "decide_form": (decide_form or _decide_form(case, page, decisions)) if can_decide else None,
            "statement_preview": statement_preview,
            "appeal_form": AppealDecisionForm(),
            "reason_form": ReasonForm(),
            "is_assignee": case.assignee_id == request.user.pk,
            "holder_refusal": holder_refusal,
            "can_decide": can_decide,
            "event_types": CaseEvent.Type,
        },
    )


@reviewer_required
def timeline(request, pk: int):
    """The case's whole timeline, oldest first, a page at a time (the case page shows the latest)."""
    case = _case_or_404(pk)
    events = case.events.select_related("actor", "account").order_by("created_at", "id")
    page = Paginator(events, TIMELINE_PAGE).get_page(request.GET.get("page"))
    return render(request, "cases/timeline.html", {"case": case, "page": page, "events": page.object_list})


@reviewer_required
def evidence(request, pk: int):
    """All of one type of a case's evidence, a page at a time (the case page shows the first few)."""
    case = _case_or_404(pk)
    kind = request.GET.get("type", "")
    if kind not in Evidence.Kind.values:
        kind = Evidence.Kind.FEEDBACK
    current, items = selectors.evidence_page(case, kind=kind, page=request.GET.get("page"))
    return render(
        request,
        "cases/evidence.html",
        {"case": case, "kind": kind, "kind_label": Evidence.Kind(kind).label, "page": current, "items": items},
    )


@reviewer_required
@require_POST
def decide_subjects(request, pk: int):
    """The case page's decision form: a rung and a reason per subject, one transaction."""
    case = _case_or_404(pk)
    decisions = list(case.decisions.all())
    page = selectors.case_page(case)
    form = _decide_form(case, page, decisions, data=request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return _back(case, "decide")

    if "preview" in request.POST:
        preview = _statement_previews(request, case, form)
        return _detail_page(request, case, decide_form=form, statement_preview=preview)

    def act():
        result = services.decisions_make(
            case=case,
            lines=form.lines,
            actor=request.user,
            internal_note=form.cleaned_data.get("internal_note") or "",
            policy_article=form.cleaned_data.get("policy_article") or "",
            legal_ground=form.cleaned_data.get("legal_ground") or "",
            submission_key=form_key(request),
        )
        fresh = [d for d in result.decisions if not getattr(d, "replayed", False)]
        if result.replayed or not fresh:
            return "These decisions were already recorded; nothing was applied again."
        waiting = [d for d in fresh if d.status == Decision.Status.PENDING_APPROVAL]
        applied = len(fresh) - len(waiting)
        said = f"{applied} decision{'s' if applied != 1 else ''} applied."
        if waiting:
            names = ", ".join(d.account.display_name for d in waiting)
            said += f" Waiting for a senior reviewer's approval (four eyes): {names}."
            return said
        return None if applied == 1 else said

    return _run(request, case, act, "Decision recorded.", "decisions")


@reviewer_required
@require_POST
def claim(request, pk: int):
    case = _case_or_404(pk)
    # The services return the case; only a string is a message of its own (``_run``).
    return _run(
        request,
        case,
        lambda: services.case_claim(case=case, reviewer=request.user) and None,
        f"You claimed case #{case.pk}.",
    )


@reviewer_required
@require_POST
def release(request, pk: int):
    case = _case_or_404(pk)
    return _run(
        request,
        case,
        lambda: services.case_release(case=case, reviewer=request.user) and None,
        "Case released to the queue.",
    )


@reviewer_required
@require_POST
def add_note(request, pk: int):
    case = _case_or_404(pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Write the note before saving it.")
        return _back(case, "composer")
    return _run(
        request,
        case,
        lambda: _replayed(
            services.case_note_add(
                case=case, actor=request.user, body=form.cleaned_data["body"], submission_key=form_key(request)
            ),
            "This note",
        ),
        "Note added.",
        "timeline",
    )


@reviewer_required
@require_POST
def message(request, pk: int):
    case = _case_or_404(pk)
    macros = selectors.macro_choices(case, list(case.subjects.all()), use=Macro.Use.MESSAGE)
    form = MessageForm(request.POST, case=case, macros=macros)
    if not form.is_valid():
        messages.error(request, "Choose the recipient and write the message (or choose a macro).")
        return _back(case, "composer")
    data = form.cleaned_data
    if data["kind"] == "request_info":
        action, done = services.case_request_info, "Information requested; the case now waits on the user."
    else:
        action, done = services.case_message_user, "Message sent to the user."
    return _run(
        request,
        case,
        lambda: _replayed(
            action(
                case=case,
                actor=request.user,
                account=data["account"],
                body=data["body"],
                submission_key=form_key(request),
            ),
            "This message" if data["kind"] == "message" else "This information request",
        ),
        done,
        "timeline",
    )


@reviewer_required
@require_POST
def decide(request, pk: int):
    case = _case_or_404(pk)
    form = DecisionForm(request.POST, case=case, feedback_choices=[(v, v) for v in request.POST.getlist("feedback")])
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(
                request, f"{form.fields[field].label if field in form.fields else field}: {' '.join(errors)}"
            )
        return _back(case, "decide")
    data = form.cleaned_data

    def act():
        decision = services.decision_make(
            case=case,
            account=data["account"],
            rung=data["rung"],
            reason=data["reason"],
            actor=request.user,
            internal_note=data["internal_note"],
            suspension_until=data["suspension_until"],
            feedback_ids=data["feedback"],
            policy_article=data["policy_article"],
            legal_ground=data["legal_ground"],
        )
        if decision.replayed:
            return _replayed(decision, f"This decision ({decision.get_rung_display()})")
        if decision.status == Decision.Status.PENDING_APPROVAL:
            return WAITING
        return None

    return _run(request, case, act, "Decision recorded.", "decisions")


def _statement_previews(request, case: Case, form) -> str:
    """The statement of reasons each line of the several-subjects form would send
    (``hooks.decision_preview``, drawn by the statements app); a line whose
    statement would lack an element shows the refusal instead. Nothing is saved."""
    data = form.cleaned_data
    parts = []
    subject_ids = [row["account"].pk for row in form.rows]
    for line in form.lines:
        hides = line.rung == Decision.Rung.HIDE_FEEDBACK or (line.hide_feedback and line.rung not in services.NO_REMEDY)
        refusal = policy.statement_refusal(
            rung=line.rung, policy_article=data.get("policy_article") or "", hides_feedback=hides
        )
        if refusal:
            form.add_error("policy_article", f"{line.account.display_name}: {refusal.message}")
            continue
        proposed = Decision(
            case=case,
            account=line.account,
            rung=line.rung,
            reason=line.reason.strip(),
            suspension_until=line.suspension_until if line.rung == Decision.Rung.SUSPENSION else None,
            policy_article=data.get("policy_article") or "",
            legal_ground=(data.get("legal_ground") or "").strip(),
            decided_by=request.user,
            created_at=timezone.now(),
        )
        proposed.preview_feedback_ids = (
            list(
                selectors.manipulated_feedback(case, subject_ids)
                .filter(visibility=Feedback.Visibility.VISIBLE)
                .filter(Q(author=line.account) | Q(recipient=line.account))
                .values_list("pk", flat=True)
            )
            if hides
            else []
        )
        parts.append(conditional_escape(hooks.decision_preview(decision=proposed, case=case)))
    return mark_safe("".join(parts))


@reviewer_required
@require_POST
def approve_decision(request, pk: int, decision_id: int):
    case = _case_or_404(pk)
    decision = get_object_or_404(Decision, pk=decision_id, case=case)
    return _run(
        request,
        case,
        lambda: _replayed(services.decision_approve(decision=decision, approver=request.user), "Your approval"),
        "Approved: the decision now applies.",
        "decisions",
    )


@reviewer_required
@require_POST
def repropose_decision(request, pk: int, decision_id: int):
    case = _case_or_404(pk)
    decision = get_object_or_404(Decision, pk=decision_id, case=case)
    return _run(
        request,
        case,
        lambda: _replayed(services.decision_repropose(decision=decision, actor=request.user), "The new proposal"),
        "Re-proposed on what stands now: a senior reviewer other than you must approve it.",
        "approvals",
    )


@reviewer_required
@require_POST
def reject_decision(request, pk: int, decision_id: int):
    case = _case_or_404(pk)
    decision = get_object_or_404(Decision, pk=decision_id, case=case)
    reason = request.POST.get("reason", "")
    return _run(
        request,
        case,
        lambda: services.decision_reject(decision=decision, approver=request.user, reason=reason),
        "Decision sent back.",
        "decisions",
    )


@reviewer_required
@require_POST
def decide_appeal(request, pk: int, appeal_id: int):
    case = _case_or_404(pk)
    appeal = get_object_or_404(Appeal, pk=appeal_id, decision__case=case)
    form = AppealDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose an outcome and write the answer the user will read.")
        return _back(case, "appeals")
    data = form.cleaned_data

    def act():
        result = services.appeal_decide(
            appeal=appeal,
            actor=request.user,
            outcome=data["outcome"],
            answer=data["answer"],
            new_rung=data["new_rung"],
            suspension_until=data["suspension_until"],
        )
        if result.replayed:
            return _replayed(result, "This answer")
        if result.status == Appeal.Status.PENDING_APPROVAL:
            return WAITING
        return None

    return _run(request, case, act, "Appeal answered.", "appeals")


@reviewer_required
@require_POST
def approve_appeal(request, pk: int, appeal_id: int):
    case = _case_or_404(pk)
    appeal = get_object_or_404(Appeal, pk=appeal_id, decision__case=case)
    return _run(
        request,
        case,
        lambda: _replayed(services.appeal_approve(appeal=appeal, approver=request.user), "Your approval"),
        "Approved: the appeal's answer now applies.",
        "appeals",
    )


@reviewer_required
@require_POST
def reject_appeal(request, pk: int, appeal_id: int):
    case = _case_or_404(pk)
    appeal = get_object_or_404(Appeal, pk=appeal_id, decision__case=case)
    reason = request.POST.get("reason", "")
    return _run(
        request,
        case,
        lambda: services.appeal_reject(appeal=appeal, approver=request.user, reason=reason),
        "Answer sent back: the appeal is open again.",
        "appeals",
    )


@reviewer_required
@require_POST
def repropose_appeal(request, pk: int, appeal_id: int):
    case = _case_or_404(pk)
    appeal = get_object_or_404(Appeal, pk=appeal_id, decision__case=case)
    return _run(
        request,
        case,
        lambda: services.appeal_repropose(appeal=appeal, actor=request.user),
        "Re-proposed on what stands now: a senior reviewer other than you must approve it.",
        "appeals",
    )


@reviewer_required
@require_POST
def close(request, pk: int):
    case = _case_or_404(pk)
    reason = request.POST.get("reason", "").strip()

    def act():
        closed = services.case_close(case=case, actor=request.user, reason=reason)
        return f"Case #{closed.pk} was already closed; nothing changed." if closed.replayed else None

    return _run(request, case, act, "Case closed.")


@reviewer_required
@require_POST
def reopen(request, pk: int):
    case = _case_or_404(pk)
    reason = request.POST.get("reason", "").strip()
    return _run(
        request,
        case,
        lambda: services.case_reopen(case=case, actor=request.user, reason=reason) and None,
        "Case reopened.",
    )


@reviewer_required
@require_POST
def open_appeal_from_reply(request, pk: int, event_id: int):
    """One click on a user's email reply marked "may be an appeal"."""
    case = _case_or_404(pk)
    event = get_object_or_404(CaseEvent, pk=event_id, case=case, type=CaseEvent.Type.MESSAGE_FROM_USER)
    return _run(
        request,
        case,
        lambda: _replayed(services.appeal_open_from_reply(event=event, reviewer=request.user), "This appeal"),
        "The reply is now the user's appeal: it is back in the queue for a reviewer who did not take the decision.",
        "appeals",
    )


@reviewer_required
def open_case(request):
    form = OpenCaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case = services.case_open(
                kind=form.cleaned_data["kind"],
                accounts=form.cleaned_data["emails"],
                actor=request.user,
                note=form.cleaned_data["note"],
                submission_key=form_key(request),
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            if case.replayed:
                messages.info(request, f"Case #{case.pk} was already opened from this form; no other case was opened.")
            else:
                messages.success(request, f"Case #{case.pk} opened.")
            return redirect("cases:detail", case.pk)
    return render(request, "cases/open.html", {"form": form})


@reviewer_required
def approvals(request):
    """Proposals waiting for this senior reviewer, the user's own proposals still
    waiting, and what was sent back to them with the reason."""
    return render(request, "cases/approvals.html", selectors.approvals(request.user))


@reviewer_required
def dashboard(request):
    return render(request, "cases/dashboard.html", queue_health())
