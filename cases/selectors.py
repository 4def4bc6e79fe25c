"""Reads for the reviewer portal: the queue, a case's evidence in readable form,
the subject's history and linked accounts."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from accounts.models import IdentitySignal
from contracts.models import Contract, Message, Payment
from core.converters import id_in_range
from detection.models import Signal
from detection.services import USER_REPORT_DETECTOR
from feedback.models import Feedback
from helpcenter.policy import AFTER_A_SUSPENSION, FEEDBACK_BUILDING, PERMANENT_BLOCKS

from . import policy
from .ladder import propose_rung
from .models import Appeal, Case, CaseEvent, CaseSubject, Decision, Evidence, Macro, Strike

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


EVIDENCE_PREVIEW = 2  # items of each type shown on the case page; the rest one click away
EVIDENCE_PAGE = 50  # items per page of the evidence view


def _ids(evidence: list[Evidence], kind: str) -> list[int]:
    return [e.object_id for e in evidence if e.kind == kind]


def evidence_items(case: Case) -> list[dict]:
    """Every evidence row as a readable, JSON-safe dict (one query per kind)."""
    return evidence_resolve(list(case.evidence.all()))


def evidence_resolve(evidence: list[Evidence]) -> list[dict]:
    """These evidence rows as readable, JSON-safe dicts, oldest first: one query per
    kind whatever their number."""
    User = get_user_model()
    out: list[dict] = []
    wanted = {kind: _ids(evidence, kind) for kind in Evidence.Kind.values}
    feedback = (
        Feedback.objects.filter(pk__in=wanted["feedback"]).select_related("author", "recipient")
        if wanted["feedback"]
        else []
    )
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
    contracts = Contract.objects.filter(pk__in=wanted["contract"]).select_related("client", "freelancer")
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
    messages = Message.objects.filter(pk__in=wanted["message"]).select_related("sender", "recipient")
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
    payments = Payment.objects.filter(pk__in=wanted["payment"]).select_related("payer", "payee")
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
    identities = list(IdentitySignal.objects.filter(pk__in=wanted["identity"]).select_related("account"))
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
    for u in User.objects.filter(pk__in=wanted["account"]):
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


HISTORY_LIMIT = 20
LINKED_LIMIT = 15
SHARED_IDENTITY_ROWS = 2000  # a value shared by more accounts is shown as far as this many


def _linked(subject_ids: list[int]) -> dict[int, list[dict]]:
    """For each subject, the accounts linked to it by contracts or shared identity
    signals and what links them (never the identity values themselves): four
    queries for all the subjects together."""
    User = get_user_model()
    links: dict[int, dict[int, list[str]]] = {pk: defaultdict(list) for pk in subject_ids}
    pairs = (
        Contract.objects.filter(Q(client_id__in=subject_ids) | Q(freelancer_id__in=subject_ids))
        .values("client_id", "freelancer_id")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    for row in pairs:
        client, freelancer, n = row["client_id"], row["freelancer_id"], row["n"]
        if client in links:
            links[client][freelancer].append(f"hired them {n}×")
        if freelancer in links:
            links[freelancer][client].append(f"worked for them {n}×")
    mine = list(
        IdentitySignal.objects.filter(account_id__in=subject_ids).values_list("account_id", "kind", "value_hash")
    )
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    shared = IdentitySignal.objects.filter(value_hash__in={h for _, _, h in mine}).values_list(
        "kind", "value_hash", "account_id"
    )
    for kind, value_hash, account_id in shared[:SHARED_IDENTITY_ROWS]:
        holders[(kind, value_hash)].append(account_id)
    for account_id, kind, value_hash in mine:
        label = IdentitySignal.Kind(kind).label.lower()
        for other in holders[(kind, value_hash)][: LINKED_LIMIT + 1]:
            if other != account_id:
                links[account_id][other].append(f"shares a {label}")
    wanted = {other for per in links.values() for other in list(per)[: LINKED_LIMIT * 3]}
    users = {u.pk: u for u in User.objects.filter(pk__in=wanted)}
    out = {}
    for pk, per in links.items():
        rows = [{"account": users[o], "links": why} for o, why in per.items() if o in users]
        rows.sort(key=lambda r: -len(r["links"]))
        out[pk] = rows[:LINKED_LIMIT]
    return out


def _evidence_groups(case: Case) -> list[dict]:
    """The case's evidence by type: how many of each, and the first few resolved to
    readable items (a fixed number of queries whatever the evidence holds)."""
    refs = list(case.evidence.order_by("kind", "id").only("kind", "object_id"))
    by_kind: dict[str, list[Evidence]] = defaultdict(list)
    for ref in refs:
        by_kind[ref.kind].append(ref)
    preview = [ref for kind_refs in by_kind.values() for ref in kind_refs[:EVIDENCE_PREVIEW]]
    items: dict[str, list[dict]] = defaultdict(list)
    for item in evidence_resolve(preview):
        items[item["type"]].append(item)
    labels = dict(Evidence.Kind.choices)
    return [
        {"kind": kind, "label": labels.get(kind, kind), "count": len(by_kind[kind]), "items": items[kind]}
        for kind in Evidence.Kind.values
        if by_kind.get(kind)
    ]


def evidence_page(case: Case, *, kind: str, page: int | str | None):
    """One page of the case's evidence of one type, resolved (the evidence view)."""
    qs = case.evidence.filter(kind=kind).order_by("id").only("kind", "object_id")
    paginator = Paginator(qs, EVIDENCE_PAGE)
    current = paginator.get_page(page)
    by_id = {(i["type"], i["id"]): i for i in evidence_resolve(list(current.object_list))}
    return current, [by_id[(e.kind, e.object_id)] for e in current.object_list if (e.kind, e.object_id) in by_id]


def manipulated_feedback(case: Case, subject_ids: list[int]) -> QuerySet[Feedback]:
    """Feedback a decision's remedy may hide: the case's feedback evidence and the
    feedback the subjects left one another."""
    evidence = case.evidence.filter(kind=Evidence.Kind.FEEDBACK).values("object_id")
    between = Feedback.objects.filter(
        contract__client_id__in=subject_ids, contract__freelancer_id__in=subject_ids
    ).values("pk")
    # One set of ids, not ``Q(pk__in=…) | Q(contract__…)``: PostgreSQL cannot use an
    # index for that OR and read every feedback row (220 ms at 109,000, growing with
    # the marketplace); the union is two index lookups (9 ms).
    return Feedback.objects.filter(pk__in=evidence.union(between, all=True))


def case_page(case: Case) -> dict:
    """Everything the case page shows about the subjects, the signals and the
    evidence, in a number of queries that does not grow with any of them:
    subjects (+accounts), strikes, prior cases, decisions, links (4), visible
    manipulated feedback, signals (+accounts), evidence refs and one per evidence
    type previewed."""
    subjects = list(CaseSubject.objects.filter(case=case).select_related("account").order_by("id"))
    ids = [cs.account_id for cs in subjects]
    now = timezone.now()
    strikes: dict[int, list[Strike]] = defaultdict(list)
    for strike in (
        Strike.objects.filter(account_id__in=ids, voided_at__isnull=True, expires_at__gt=now)
        .select_related("decision")
        .order_by("-created_at")
    ):
        strikes[strike.account_id].append(strike)
    prior: dict[int, list[dict]] = defaultdict(list)
    for row in (
        CaseSubject.objects.filter(account_id__in=ids)
        .exclude(case=case)
        .order_by("-case__created_at")
        .values("account_id", "case_id", "case__kind", "case__status")[: HISTORY_LIMIT * max(1, len(ids))]
    ):
        if len(prior[row["account_id"]]) < HISTORY_LIMIT:
            prior[row["account_id"]].append(
                {"id": row["case_id"], "kind": row["case__kind"], "status": row["case__status"]}
            )
    decided: dict[int, list[Decision]] = defaultdict(list)
    for decision in (
        Decision.objects.filter(account_id__in=ids)
        .exclude(case=case)
        .order_by("-created_at")[: HISTORY_LIMIT * max(1, len(ids))]
    ):
        if len(decided[decision.account_id]) < HISTORY_LIMIT:
            decided[decision.account_id].append(decision)
    linked = _linked(ids)
    fake: dict[int, int] = defaultdict(int)
    for author, recipient in (
        manipulated_feedback(case, ids)
        .filter(visibility=Feedback.Visibility.VISIBLE)
        .values_list("author_id", "recipient_id")
    ):
        for pk in {author, recipient}:
            fake[pk] += 1
    rows = []
    for cs in subjects:
        account = cs.account
        rows.append(
            {
                "subject": cs,
                "account": account,
                "strikes": strikes[account.pk],
                "proposal": propose_rung(account=account, kind=case.kind, strikes=strikes[account.pk]),
                "history": {"cases": prior[account.pk], "decisions": decided[account.pk]},
                "linked": linked[account.pk],
                "manipulated_feedback": fake[account.pk],
            }
        )
    signals = list(case.signals.prefetch_related("accounts").order_by("-score"))
    return {"subjects": rows, "signals": signals, "evidence_groups": _evidence_groups(case)}


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


# --- macros: reason and message templates filled for each subject ----------------------

ARTICLE_FOR_RUNG = {
    Decision.Rung.SUSPENSION: AFTER_A_SUSPENSION,
    Decision.Rung.PERMANENT_BLOCK: PERMANENT_BLOCKS,
}


def macro_choices(case: Case, accounts: list, *, use: str) -> list[dict]:
    """The active macros for this case's kind (and any kind), each with its text
    filled for every subject: ``{"id", "title", "rung", "texts": {account_pk: text}}``.
    Two queries (the macros, the subjects' contracts in the evidence)."""
    macros = list(Macro.objects.filter(use=use, is_active=True).filter(Q(kind="") | Q(kind=case.kind)))
    if not macros:
        return []
    ids = [a.pk for a in accounts]
    contract_of: dict[int, str] = {}
    for pk, title, client, freelancer in (
        Contract.objects.filter(pk__in=case.evidence.filter(kind=Evidence.Kind.CONTRACT).values("object_id"))
        .filter(Q(client_id__in=ids) | Q(freelancer_id__in=ids))
        .order_by("started_at", "pk")
        .values_list("pk", "title", "client_id", "freelancer_id")
    ):
        for account_id in (client, freelancer):
            contract_of.setdefault(account_id, f"“{title or 'Untitled'}” (contract #{pk})")
    out = []
    for macro in macros:
        slug = ARTICLE_FOR_RUNG.get(macro.rung, FEEDBACK_BUILDING)
        common = {
            "case": f"#{case.pk}",
            "kind": case.get_kind_display(),
            "policy_article": settings.SITE_URL + reverse("helpcenter:article", args=[slug]),
        }
        texts = {
            a.pk: macro.render(
                common
                | {"user": a.display_name, "contract": contract_of.get(a.pk, "your contracts on the marketplace")}
            )
            for a in accounts
        }
        out.append({"id": macro.pk, "title": macro.title, "rung": macro.rung, "texts": texts})
    return out
