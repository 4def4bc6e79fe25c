"""Reads for the reviewer portal: the queue, a case's evidence in readable form,
the subject's history and linked accounts."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from accounts.models import IdentitySignal
from contracts.models import Contract, Message, Payment
from core.converters import id_in_range
from detection.models import Signal
from detection.services import USER_REPORT_DETECTOR
from feedback.models import Feedback

from . import policy
from .ladder import active_strikes, propose_rung
from .models import Appeal, Case, CaseEvent, CaseSubject, Decision, Evidence

# --- the queue's filters: the page (``queue``) and the API (``filters.CaseFilter``) ---------


def overdue_q() -> Q:
    """Open cases past their due time."""
    return Q(due_at__lt=timezone.now(), status__in=Case.OPEN_STATUSES)


def reported_q() -> Q:
    """Cases a user reported: opened by a report (``source`` "report"), or a case
    detection opened that a report joined later. The case's kind stays the
    reported behaviour either way."""
    report_signals = Signal.objects.filter(case=OuterRef("pk"), detector=USER_REPORT_DETECTOR)
    return Q(source=Case.Source.REPORT) | Q(Exists(report_signals))


def by_source(qs: QuerySet[Case], source: str) -> QuerySet[Case]:
    """The queue's source filter: "report" finds every case a user reported
    (``reported_q``); "detection" and "manual" the cases opened that way."""
    if source == Case.Source.REPORT:
        return qs.filter(reported_q())
    if source in Case.Source.values:
        return qs.filter(source=source)
    return qs


def search(qs: QuerySet[Case], text: str) -> QuerySet[Case]:
    """A number ("#123" or "123") finds exactly that case and nothing else; any
    other text finds cases with a subject whose email or name contains it. Blank
    text filters nothing.

    Names and emails are matched through the accounts first (on PostgreSQL a
    trigram GIN index serves the ``icontains``, accounts migration 0004), then the
    cases those accounts are subjects of."""
    term = (text or "").strip().lstrip("#").strip()
    if not term:
        return qs
    if term.isascii() and term.isdigit():
        number = int(term)
        return qs.filter(pk=number) if id_in_range(number) else qs.none()
    accounts = get_user_model().objects.filter(Q(email__icontains=term) | Q(name__icontains=term))
    return qs.filter(pk__in=CaseSubject.objects.filter(account__in=accounts).values("case_id"))


def queue(*, params: dict, user) -> QuerySet[Case]:
    """The reviewers' queue page: the form's filters, the same search and overdue
    rule as the API."""
    qs = (
        Case.objects.select_related("assignee")
        .prefetch_related(Prefetch("case_subjects", queryset=CaseSubject.objects.select_related("account")))
        .annotate(has_report=Exists(Signal.objects.filter(case=OuterRef("pk"), detector=USER_REPORT_DETECTOR)))
    )
    status = params.get("status")
    if status == "open" or not status:
        qs = qs.filter(status__in=Case.OPEN_STATUSES)
    elif status != "all":
        qs = qs.filter(status=status)
    if kind := params.get("kind"):
        qs = qs.filter(kind=kind)
    if source := params.get("source"):
        qs = by_source(qs, source)
    if priority := params.get("priority"):
        qs = qs.filter(priority=priority)
    assignee = params.get("assignee")
    if assignee == "me":
        qs = qs.filter(assignee=user)
    elif assignee == "none":
        qs = qs.filter(assignee__isnull=True)
    elif assignee and str(assignee).isdigit():
        qs = qs.filter(assignee_id=int(assignee))
    if params.get("overdue") in ("1", "true", "on", True):
        qs = qs.filter(overdue_q())
    if params.get("user_replied") in ("1", "true", "on", True):
        qs = qs.filter(has_new_user_reply=True)
    if params.get("appeal") in ("1", "true", "on", True):
        qs = qs.filter(is_appeal=True)
    qs = search(qs, params.get("q") or "")
    sort = params.get("sort") or "priority"
    ordering = {
        "priority": ["priority", "due_at", "id"],
        "due": ["due_at", "priority", "id"],
        "newest": ["-created_at", "-id"],
        "oldest": ["created_at", "id"],
        "updated": ["-updated_at", "-id"],
    }.get(sort, ["priority", "due_at", "id"])
    return qs.order_by(*ordering)


def _ids(evidence: list[Evidence], kind: str) -> list[int]:
    return [e.object_id for e in evidence if e.kind == kind]


def evidence_items(case: Case) -> list[dict]:
    """Every evidence row as a readable, JSON-safe dict (one query per kind)."""
    User = get_user_model()
    evidence = list(case.evidence.all())
    out: list[dict] = []
    feedback = Feedback.objects.filter(pk__in=_ids(evidence, "feedback")).select_related("author", "recipient")
    for f in feedback:
        out.append(
            {
                "type": "feedback",
                "id": f.pk,
                "external_id": f.external_id,
                "title": f"{f.rating}★ from {f.author.display_name} to {f.recipient.display_name}",
                "text": f.comment,
                "when": f.created_at.isoformat(),
                "contract": f.contract_id,
                "visible": f.is_visible,
            }
        )
    contracts = Contract.objects.filter(pk__in=_ids(evidence, "contract")).select_related("client", "freelancer")
    for c in contracts:
        days = c.duration_days
        out.append(
            {
                "type": "contract",
                "id": c.pk,
                "external_id": c.external_id,
                "title": f"“{c.title or 'Untitled'}” — {c.client.display_name} hired {c.freelancer.display_name}",
                "text": f"{c.amount} {c.currency}, {c.get_status_display().lower()}"
                + (f", lasted {days:.1f} days" if days is not None else ""),
                "when": c.started_at.isoformat(),
            }
        )
    messages = Message.objects.filter(pk__in=_ids(evidence, "message")).select_related("sender", "recipient")
    for m in messages:
        out.append(
            {
                "type": "message",
                "id": m.pk,
                "external_id": m.external_id,
                "title": f"Message from {m.sender.display_name} to {m.recipient.display_name}",
                "text": m.body,
                "when": m.sent_at.isoformat(),
            }
        )
    payments = Payment.objects.filter(pk__in=_ids(evidence, "payment")).select_related("payer", "payee")
    for p in payments:
        out.append(
            {
                "type": "payment",
                "id": p.pk,
                "external_id": p.external_id,
                "title": f"{p.get_kind_display()} of {p.amount} from {p.payer.display_name} to {p.payee.display_name}",
                "text": "",
                "when": p.created_at.isoformat(),
            }
        )
    identities = list(IdentitySignal.objects.filter(pk__in=_ids(evidence, "identity")).select_related("account"))
    # How many accounts use each value: one grouped query for all of them.
    sharing_by_value = {
        (row["kind"], row["value_hash"]): row["n"]
        for row in IdentitySignal.objects.filter(value_hash__in={i.value_hash for i in identities})
        .values("kind", "value_hash")
        .annotate(n=Count("id"))
    }
    for i in identities:
        sharing = sharing_by_value.get((i.kind, i.value_hash), 1)
        out.append(
            {
                "type": "identity",
                "id": i.pk,
                "title": f"{i.get_kind_display()} used by {i.account.display_name}",
                "text": f"The same {i.get_kind_display().lower()} is used by {sharing} account(s).",
                "when": i.last_seen.isoformat(),
            }
        )
    for u in User.objects.filter(pk__in=_ids(evidence, "account")):
        out.append(
            {
                "type": "account",
                "id": u.pk,
                "title": f"Related account {u.display_name} ({u.email})",
                "text": u.get_kind_display() if u.kind else "",
                "when": u.date_joined.isoformat(),
            }
        )
    out.sort(key=lambda item: item["when"])
    return out


def subject_history(account) -> dict:
    """Prior cases and decisions, for the case page's subject panel."""
    prior_cases = list(
        Case.objects.filter(case_subjects__account=account).order_by("-created_at").values("id", "kind", "status")[:20]
    )
    decisions = list(
        Decision.objects.filter(account=account).select_related("case", "decided_by").order_by("-created_at")[:20]
    )
    return {"cases": prior_cases, "decisions": decisions}


def linked_accounts(account, limit: int = 15) -> list[dict]:
    """Accounts linked to ``account`` by contracts, feedback or shared identity
    signals, with what links them (never the identity values themselves)."""
    User = get_user_model()
    links: dict[int, list[str]] = defaultdict(list)
    as_client = (
        Contract.objects.filter(client=account).values("freelancer_id").annotate(n=Count("id")).order_by("-n")[:limit]
    )
    for row in as_client:
        links[row["freelancer_id"]].append(f"hired them {row['n']}×")
    as_freelancer = (
        Contract.objects.filter(freelancer=account).values("client_id").annotate(n=Count("id")).order_by("-n")[:limit]
    )
    for row in as_freelancer:
        links[row["client_id"]].append(f"worked for them {row['n']}×")
    mine = IdentitySignal.objects.filter(account=account).values_list("kind", "value_hash")
    for kind, value_hash in mine:
        shared = (
            IdentitySignal.objects.filter(kind=kind, value_hash=value_hash)
            .exclude(account=account)
            .values_list("account_id", flat=True)[:limit]
        )
        label = IdentitySignal.Kind(kind).label.lower()
        for other in shared:
            links[other].append(f"shares a {label}")
    users = {u.pk: u for u in User.objects.filter(pk__in=list(links)[: limit * 3])}
    rows = [{"account": users[pk], "links": reasons} for pk, reasons in links.items() if pk in users]
    rows.sort(key=lambda r: -len(r["links"]))
    return rows[:limit]


def subjects_with_context(case: Case) -> list[dict]:
    rows = []
    for cs in CaseSubject.objects.filter(case=case).select_related("account"):
        strikes = active_strikes(cs.account)
        rows.append(
            {
                "subject": cs,
                "account": cs.account,
                "history": subject_history(cs.account),
                "linked": linked_accounts(cs.account),
                "strikes": strikes,
                "proposal": propose_rung(account=cs.account, kind=case.kind, strikes=strikes),
            }
        )
    return rows


# --- approvals: proposals waiting for a senior reviewer -------------------------------


def awaiting_approval_q_decisions(user) -> Q:
    """Proposed decisions ``user`` could act on as approver: not their own."""
    return Q(status=Decision.Status.PENDING_APPROVAL) & ~Q(decided_by=user)


def awaiting_approval_q_appeals(user) -> Q:
    """Proposed appeal answers ``user`` could approve: not their own, and not
    about a decision they took or approved (``policy.hearer_refusal``)."""
    return (
        Q(status=Appeal.Status.PENDING_APPROVAL)
        & ~Q(decided_by=user)
        & ~Q(decision__decided_by=user)
        & (Q(decision__approved_by__isnull=True) | ~Q(decision__approved_by=user))
    )


def awaiting_approval_count(user) -> int:
    """The nav badge: how many proposals wait for ``user``'s approval (one query)."""
    decisions = Decision.objects.filter(awaiting_approval_q_decisions(user)).values("pk")
    appeals = Appeal.objects.filter(awaiting_approval_q_appeals(user)).values("pk")
    return decisions.union(appeals, all=True).count()


def approvals(user, *, sent_back_days: int = 30) -> dict:
    """The approvals page in a fixed number of queries: proposals waiting for
    ``user`` (seniors), ``user``'s own proposals still waiting, and what was
    sent back to ``user`` lately with the reason. Every proposal carries what
    changed since it was made (``policy.proposals_changes``)."""
    decisions = list(
        Decision.objects.filter(status=Decision.Status.PENDING_APPROVAL)
        .select_related("case", "account", "decided_by")
        .order_by("created_at", "pk")
    )
    appeals = list(
        Appeal.objects.filter(status=Appeal.Status.PENDING_APPROVAL)
        .select_related("decision", "decision__case", "account", "decided_by")
        .order_by("decided_at", "pk")
    )
    proposals = decisions + appeals
    for proposal, changes in zip(proposals, policy.proposals_changes(proposals), strict=True):
        proposal.changes = changes
        proposal.is_appeal_answer = isinstance(proposal, Appeal)
        proposal.case_ref = proposal.decision.case if proposal.is_appeal_answer else proposal.case
        proposal.since = proposal.decided_at if proposal.is_appeal_answer else proposal.created_at
        proposal.why = policy.approval_needed_for(proposal)
        proposal.approve_refusal = policy.approver_refusal(user=user, proposal=proposal)
    proposals.sort(key=lambda p: (p.since or timezone.now(), p.pk))
    waiting_for_me = [p for p in proposals if p.approve_refusal is None]
    mine = [p for p in proposals if p.decided_by_id == user.pk]
    since = timezone.now() - timedelta(days=sent_back_days)
    sent_back = list(
        CaseEvent.objects.filter(
            type=CaseEvent.Type.DECISION_REJECTED, data__proposed_by=user.pk, created_at__gte=since
        )
        .select_related("actor", "account")
        .order_by("-created_at", "-pk")[:50]
    )
    return {"waiting_for_me": waiting_for_me, "mine": mine, "sent_back": sent_back}
