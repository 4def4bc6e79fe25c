"""Who may do what to a case, written once.

Four eyes, by rule rather than by path:

- ``approval_needed`` says which outcomes wait for a senior reviewer — a
  permanent block, a suspension longer than ``SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL``
  days, any overturn, any appeal outcome that raises or lowers the rung (or moves
  a suspension's end); ``suspension_refusal`` refuses a suspension longer than
  ``SUSPENSION_MAX_DAYS`` (that is a permanent block, and must say so);
- ``approver_refusal`` says who may approve one: a senior reviewer who is neither
  the proposer nor anyone who took the decision under appeal;
- ``hearer_refusal`` keeps the reviewers of a decision away from its appeal;
- ``proposal_basis`` records what a proposal stood on when it was made, and
  ``proposal_changes`` says, in words, what has moved since (the case closed or
  reopened, another decision, a new or ended strike). A proposal with changes is
  stale: it cannot be approved until someone re-proposes it.

A suspension "until resolved" is interim, never indefinite: it ends when the
case is closed (by any path: ``case_status_changed`` to closed, heard by
enforcement, lifts it with a timeline event and a notice), and at the latest
``SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL`` days after it applied
(``interim_suspension_end``), so a forgotten case cannot keep an account
suspended. Longer takes a fixed end (and four eyes beyond that many days). The
same holds for an appeal modified to a suspension without an end.

Statements of reasons: ``statement_refusal`` refuses a restricting outcome
(hidden feedback, a suspension, a permanent block) that names no published
help-centre policy article — the contractual ground its statement of reasons
must give the user (DSA Article 17(3)(e)). ``DEFAULT_ARTICLE`` is the article a
caller that names none (the API, demo data) stands on.

Assignment: ``holder_refusal`` lets only the reviewer holding a claimed case, or
a senior reviewer, change it or speak for it: deciding, closing, reopening,
writing to its users, asking them for information, adding a held email to it as
their reply, opening an appeal from their reply. An unclaimed case is anyone's.

The services ask these on every path (portal forms, the API, demo data); the
case page and the API ask the same functions to show the state. A refusal is a
``CaseError`` with a stable code, returned rather than raised so that pages can
explain it before anyone clicks.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone

from core.permissions import is_senior
from detection.kinds import Kind
from helpcenter import policy as help_policy
from helpcenter.models import Article

from .models import Appeal, Case, CaseError, CaseEvent, Decision, Strike

# The ladder's outcomes from mildest to harshest (an information request is not an outcome).
RUNG_ORDER = (
    Decision.Rung.NO_VIOLATION,
    Decision.Rung.EDUCATION,
    Decision.Rung.HIDE_FEEDBACK,
    Decision.Rung.SUSPENSION,
    Decision.Rung.PERMANENT_BLOCK,
)
NEEDS_SENIOR = "needs a senior reviewer's approval"

# The policy article each restricting outcome stands on when the caller names none
# (the reviewer's form always names one: it starts on this and may be changed).
DEFAULT_ARTICLE = {
    Decision.Rung.HIDE_FEEDBACK: help_policy.FEEDBACK_BUILDING,
    Decision.Rung.SUSPENSION: help_policy.FEEDBACK_BUILDING,
    Decision.Rung.PERMANENT_BLOCK: help_policy.PERMANENT_BLOCKS,
}


def statement_refusal(
    *, rung: str, policy_article: str, named: bool = True, hides_feedback: bool = False
) -> CaseError | None:
    """Why a decision's statement of reasons would be incomplete (None: it is not).
    A restricting outcome — or any outcome that hides feedback (the remedy on an
    education, say: a visibility restriction all the same) — must name a policy
    article; one the caller ``named`` must be published (``DEFAULT_ARTICLE``'s are
    created by a data migration)."""
    restricts = rung in Decision.RESTRICTING_RUNGS or hides_feedback
    if not restricts and not policy_article:
        return None
    label = Decision.Rung(rung).label if rung in Decision.Rung.values else rung
    if not policy_article:
        what = (
            f"a {label.lower()} restricts the user"
            if rung in Decision.RESTRICTING_RUNGS
            else "hiding feedback restricts the user"
        )
        return CaseError(
            f"Choose the policy article this decision rests on: {what}, and the "
            "statement of reasons they receive must name the rule they broke.",
            "policy_article_required",
        )
    if named and not Article.objects.filter(slug=policy_article, is_published=True).exists():
        return CaseError(
            f"There is no published help-centre article {policy_article!r}; choose one the user can open.",
            "policy_article_unknown",
        )
    return None


# --- which outcomes wait ---------------------------------------------------------------


def _days(setting: str) -> int:
    return int(getattr(settings, setting))


def _longer_than(suspension_until: datetime | None, days: int, start: datetime | None) -> bool:
    return suspension_until is not None and suspension_until - (start or timezone.now()) > timedelta(days=days)


def suspension_refusal(*, rung: str, suspension_until: datetime | None, start: datetime | None = None):
    """A suspension longer than ``SUSPENSION_MAX_DAYS`` is a permanent block in all
    but name: refused, whoever asks, so that it goes through the permanent block's
    own rule (a senior reviewer's approval) and tells the user what it is."""
    longest = _days("SUSPENSION_MAX_DAYS")
    if rung == Decision.Rung.SUSPENSION and _longer_than(suspension_until, longest, start):
        return CaseError(
            f"A suspension can last at most {longest} days. For longer, use a permanent block "
            "(it needs a senior reviewer's approval, and the user is told it has no end).",
            "suspension_too_long",
        )
    return None


def interim_suspension_end(start: datetime | None = None) -> datetime:
    """The hard end of a suspension "until resolved" that applied at ``start``:
    ``SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL`` days later, unless the case closes first."""
    return (start or timezone.now()) + timedelta(days=_days("SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL"))


def approval_needed(
    *,
    rung: str,
    outcome: str = "",
    replaces: Decision | None = None,
    suspension_until: datetime | None = None,
    start: datetime | None = None,
) -> str:
    """Why this outcome must wait for a senior reviewer, or "" when it applies at once.

    ``rung`` is what would apply; for an appeal, ``outcome`` is the answer and
    ``replaces`` the decision under appeal (``suspension_until`` the new end when
    modified to a suspension). A suspension's length counts from ``start`` (now,
    or when a proposal was made)."""
    if outcome == Appeal.Outcome.UPHOLD:
        return ""
    if outcome == Appeal.Outcome.OVERTURN:
        return f"Overturning a decision {NEEDS_SENIOR}."
    if replaces is not None:
        before, after = RUNG_ORDER.index(replaces.rung), RUNG_ORDER.index(rung)
        old, new = Decision.Rung(replaces.rung).label, Decision.Rung(rung).label
        if after > before:
            return f"Raising {old} to {new} {NEEDS_SENIOR}."
        if after < before:
            return f"Lowering {old} to {new} {NEEDS_SENIOR}."
        if rung == Decision.Rung.SUSPENSION and suspension_until != replaces.suspension_until:
            return f"Changing when a suspension ends {NEEDS_SENIOR}."
        return ""
    if rung == Decision.Rung.PERMANENT_BLOCK:
        return f"A permanent block {NEEDS_SENIOR}."
    most = _days("SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL")
    if rung == Decision.Rung.SUSPENSION and _longer_than(suspension_until, most, start):
        return f"A suspension longer than {most} days {NEEDS_SENIOR}."
    return ""


def approval_needed_for(proposal: Decision | Appeal) -> str:
    """The same rule, read back from a proposal already waiting."""
    if isinstance(proposal, Appeal):
        return approval_needed(
            rung=proposal.new_rung or proposal.decision.rung,
            outcome=proposal.outcome,
            replaces=proposal.decision if proposal.outcome == Appeal.Outcome.MODIFY else None,
            suspension_until=proposal.new_suspension_until,
        )
    return approval_needed(rung=proposal.rung, suspension_until=proposal.suspension_until, start=proposal.created_at)


# --- who may approve, who may hear -----------------------------------------------------


def approver_refusal(*, user, proposal: Decision | Appeal) -> CaseError | None:
    """Why ``user`` may not approve ``proposal`` (None: they may)."""
    if not is_senior(user):
        return CaseError("Only a senior reviewer can approve this.", "not_senior")
    if user.pk == proposal.decided_by_id:
        return CaseError("Four eyes: a senior reviewer other than the proposer must approve.", "own_decision")
    if isinstance(proposal, Appeal) and (refusal := hearer_refusal(user=user, decision=proposal.decision)):
        return refusal
    return None


def hearer_refusal(*, user, decision: Decision) -> CaseError | None:
    """Nobody who took a decision (or approved it) hears, answers or approves its appeal."""
    if user.pk in (decision.decided_by_id, decision.approved_by_id):
        return CaseError(
            "You took part in the decision under appeal; another reviewer must hear the appeal.", "own_decision"
        )
    return None


def holder_refusal(*, case: Case, user, doing: str) -> CaseError | None:
    """A claimed case is changed by its assignee or a senior reviewer only."""
    if case.assignee_id and case.assignee_id != user.pk and not is_senior(user):
        return CaseError(
            f"Case #{case.pk} is claimed by {case.assignee}; only they or a senior reviewer can {doing}.",
            "not_assignee",
        )
    return None


# --- stale proposals -------------------------------------------------------------------

_WATCHED_EVENTS = Q(type__in=(CaseEvent.Type.CLOSED, CaseEvent.Type.REOPENED)) | Q(
    type=CaseEvent.Type.STATUS_CHANGED, data__to=Case.Status.DECIDED
)


def _active_strikes(account_id: int):
    return Strike.objects.filter(account_id=account_id, voided_at__isnull=True, expires_at__gt=timezone.now())


def _outcomes(account_id: int):
    return Decision.objects.filter(account_id=account_id, status=Decision.Status.APPLIED).exclude(
        rung=Decision.Rung.REQUEST_INFO
    )


def proposal_basis(*, case: Case, account) -> dict:
    """What a proposal stands on: the case's timeline so far, the account's active
    strikes and the decisions applied about it. Stored on the proposal."""
    return {
        "event": case.events.aggregate(last=Max("id"))["last"] or 0,
        "strikes": sorted(_active_strikes(account.pk).values_list("pk", flat=True)),
        "decisions": sorted(_outcomes(account.pk).values_list("pk", flat=True)),
    }


def _day(moment: datetime) -> str:
    moment = timezone.localtime(moment)
    return f"{moment.day} {moment:%b %Y}"


def proposal_changes(proposal: Decision | Appeal) -> list[str]:
    """What changed since ``proposal`` was made, one phrase per change; empty
    while it still stands."""
    return proposals_changes([proposal])[0]


def _case_id(proposal: Decision | Appeal) -> int:
    return proposal.decision.case_id if isinstance(proposal, Appeal) else proposal.case_id


def proposals_changes(proposals: list[Decision | Appeal]) -> list[list[str]]:
    """``proposal_changes`` for many proposals at once, in three queries whatever
    their number (the approvals page): the watched events of their cases, the
    outcomes applied about their accounts, and those accounts' strikes."""
    if not proposals:
        return []
    now = timezone.now()
    case_ids = {_case_id(p) for p in proposals}
    account_ids = {p.account_id for p in proposals}
    oldest_event = min((p.basis or {}).get("event", 0) for p in proposals)
    events = list(
        CaseEvent.objects.filter(_WATCHED_EVENTS, case_id__in=case_ids, pk__gt=oldest_event)
        .select_related("actor")
        .order_by("id")
    )
    outcomes = list(
        Decision.objects.filter(account_id__in=account_ids, status=Decision.Status.APPLIED)
        .exclude(rung=Decision.Rung.REQUEST_INFO)
        .order_by("applied_at", "pk")
    )
    strikes = list(
        Strike.objects.filter(account_id__in=account_ids).select_related("decision").order_by("-created_at", "-pk")
    )
    return [_changes(p, events, outcomes, strikes, now) for p in proposals]


def _changes(proposal, events, outcomes, strikes, now) -> list[str]:
    case_id, account_id = _case_id(proposal), proposal.account_id
    basis = proposal.basis or {}
    changes = []
    for event in events:
        if event.case_id != case_id or event.pk <= basis.get("event", 0):
            continue
        what = {CaseEvent.Type.CLOSED: "closed", CaseEvent.Type.REOPENED: "reopened"}.get(event.type, "decided")
        who = f" by {event.actor.display_name}" if event.actor else ""
        why = f" ({event.body})" if event.body else ""
        changes.append(f"the case was {what}{who} on {_day(event.created_at)}{why}")

    known_decisions = set(basis.get("decisions", []))
    new_decisions = {d.pk: d for d in outcomes if d.account_id == account_id and d.pk not in known_decisions}
    known_strikes = set(basis.get("strikes", []))
    mine = [s for s in strikes if s.account_id == account_id]
    for strike in mine:
        if strike.pk in known_strikes or not strike.is_active(now):
            continue
        decision = new_decisions.pop(strike.decision_id, None) or strike.decision
        changes.append(
            f"a new {strike.get_severity_display().lower()} strike (case #{decision.case_id}: "
            f"{decision.get_rung_display()}, {_day(strike.created_at)})"
        )
    for decision in new_decisions.values():
        changes.append(
            f"another decision was applied: {decision.get_rung_display()} on case #{decision.case_id} "
            f"({_day(decision.applied_at or decision.created_at)})"
        )
    for strike in sorted(mine, key=lambda s: s.pk):
        if strike.pk in known_strikes and not strike.is_active(now):
            ended = "was voided" if strike.voided_at else "expired"
            changes.append(
                f"the {strike.get_severity_display().lower()} strike from case #{strike.decision.case_id} {ended}"
            )
    return changes


def stale_refusal(proposal: Decision | Appeal) -> CaseError | None:
    if changes := proposal_changes(proposal):
        return CaseError(
            "This proposal is stale: since it was made, " + "; ".join(changes) + ". Re-propose it (or send it "
            "back) so that the approval is given on what stands now.",
            "stale",
        )
    return None


# --- the feedback remedy ----------------------------------------------------------------

# Behaviours whose feedback is not real: the decision form ticks "hide the manipulated
# feedback" for every subject of such a case (the reviewer may untick it).
FAKE_FEEDBACK_KINDS = (Kind.SELF_HIRE, Kind.FEEDBACK_RING, Kind.PAID_FEEDBACK, Kind.CONFLICT_OF_INTEREST)


def remedy_preselected(kind: str) -> bool:
    return kind in FAKE_FEEDBACK_KINDS
