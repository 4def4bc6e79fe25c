"""Writes for cases: one business operation per function, one transaction each.

Every status change goes through ``_transition`` (lock, guard, timeline event).
What other apps do about a case — restrictions, notices, reporters' views — they do
in receivers of the domain events in ``signals.py`` (``events`` here), sent inside these
transactions; email leaves only after commit.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import batched
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q, prefetch_related_objects
from django.utils import timezone

from accounts.services import account_lock
from core.converters import id_in_range
from core.errors import DomainError
from core.permissions import is_senior, require_reviewer, require_senior
from core.submissions import submission_begin
from detection.kinds import KIND_SEVERITY, Kind
from detection.models import ReviewLabel
from detection.services import signals_label
from feedback.models import Feedback
from feedback.services import feedback_hide, feedback_restore

from . import policy
from . import signals as events
from .ladder import propose_rung
from .models import (
    Appeal,
    Case,
    CaseError,
    CaseEvent,
    CaseSubject,
    Decision,
    Evidence,
    SavedView,
    Strike,
)
from .selectors import manipulated_feedback
from .snapshot import evidence_snapshot
from .timeline import event_add

logger = logging.getLogger(__name__)


# --- helpers ------------------------------------------------------------------------

# A subject whose outcome on the case is still open (the case is decided once none is).
UNDECIDED_OUTCOMES = (CaseSubject.Outcome.PENDING, CaseSubject.Outcome.INFO_REQUESTED)


def _lock(case: Case) -> Case:
    return Case.objects.select_for_update().get(pk=case.pk)


def _transition(case: Case, to_status: str, *, actor=None, reason: str = "") -> None:
    """Move a *locked* case along an allowed edge, writing the timeline."""
    if case.status == to_status:
        return
    if not case.can_transition(to_status):
        raise CaseError(
            f"A case that is {case.get_status_display().lower()} cannot become {Case.Status(to_status).label.lower()}.",
            "illegal_transition",
        )
    from_status = case.status
    case.status = to_status
    now = timezone.now()
    case.updated_at = now
    fields = ["status", "updated_at"]
    if to_status == Case.Status.CLOSED:
        case.closed_at = now
        fields.append("closed_at")
    case.save(update_fields=fields)
    event_add(
        case=case,
        type=CaseEvent.Type.STATUS_CHANGED,
        actor=actor,
        body=reason,
        data={"from": from_status, "to": to_status},
    )
    events.case_status_changed.send(Case, case=case, from_status=from_status, to_status=to_status, actor=actor)


def _require_holder(case: Case, actor, doing: str) -> None:
    """The one assignment rule for every write on a *locked* case (policy.holder_refusal)."""
    if refusal := policy.holder_refusal(case=case, user=actor, doing=doing):
        raise refusal


def _replay(result):
    """A second identical submission: hand back the first result, marked so that
    the caller can say nothing was applied again."""
    result.replayed = True
    return result


def _require_subject(case: Case, account) -> CaseSubject:
    try:
        return CaseSubject.objects.get(case=case, account=account)
    except CaseSubject.DoesNotExist:
        raise CaseError(f"{account} is not a subject of case #{case.pk}.", "not_subject")


def priority_compute(case: Case, *, now: datetime | None = None) -> tuple[float, int]:
    """Priority score 0–100: the strongest signal (60), the kind's severity (25)
    and the case's age (15, growing over a week). Mapped to four bands."""
    now = now or timezone.now()
    top_score = case.signals.aggregate(top=Max("score"))["top"] or 0.0
    return _priority_from(case, top_score, now)


def _priority_from(case: Case, top_score: float, now: datetime) -> tuple[float, int]:
    severity = KIND_SEVERITY.get(case.kind, 0.5)
    age_days = max(0.0, (now - case.created_at).total_seconds() / 86400)
    score = 60 * min(1.0, top_score) + 25 * severity + 15 * min(1.0, age_days / 7)
    if score >= 75:
        band = Case.Priority.URGENT
    elif score >= 60:
        band = Case.Priority.HIGH
    elif score >= 40:
        band = Case.Priority.NORMAL
    else:
        band = Case.Priority.LOW
    return round(score, 1), band


def _reprioritise(case: Case) -> None:
    score, band = priority_compute(case)
    due_at = case.created_at + Case.SLA[band]
    Case.objects.filter(pk=case.pk).update(priority_score=score, priority=band, due_at=due_at)
    case.priority_score, case.priority, case.due_at = score, band, due_at


def _add_subjects(case: Case, accounts: Iterable) -> None:
    existing = set(case.case_subjects.values_list("account_id", flat=True))
    CaseSubject.objects.bulk_create([CaseSubject(case=case, account=a) for a in accounts if a.pk not in existing])


def _add_evidence(case: Case, refs: Iterable[dict], *, actor=None) -> int:
    valid = set(Evidence.Kind.values)
    rows = []
    for ref in refs:
        kind, object_id = ref.get("type"), ref.get("id")
        if kind in valid and isinstance(object_id, int):
            rows.append(
                Evidence(case=case, kind=kind, object_id=object_id, note=str(ref.get("note", ""))[:300], added_by=actor)
            )
    Evidence.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


# --- opening cases ------------------------------------------------------------------


def case_open(
    *,
    kind: str,
    accounts: Iterable,
    source: str = Case.Source.MANUAL,
    actor=None,
    title: str = "",
    note: str = "",
    evidence: Iterable[dict] = (),
    submission_key: str | None = None,
) -> Case:
    """Open a case about ``accounts``. A reviewer's form sent twice
    (``submission_key``) opens one case and returns it, marked ``replayed``."""
    accounts = list(accounts)
    if not accounts:
        raise CaseError("A case must concern at least one account.", "no_subjects")
    if kind not in Kind.values:
        raise CaseError(f"Unknown case kind {kind!r}.", "kind")
    with transaction.atomic():
        once = submission_begin(
            user=actor,
            key=submission_key if actor is not None else None,
            action="cases.case_open",
            params={"kind": kind, "accounts": sorted(a.pk for a in accounts), "note": note},
        )
        if once.replayed:
            return once.replay()
        case = Case.objects.create(kind=kind, source=source, title=title or _default_title(kind, accounts))
        CaseSubject.objects.bulk_create([CaseSubject(case=case, account=a) for a in accounts])
        event_add(
            case=case,
            type=CaseEvent.Type.OPENED,
            actor=actor,
            body=note,
            data={"source": source, "accounts": [a.pk for a in accounts]},
        )
        _add_evidence(case, evidence, actor=actor)
        _reprioritise(case)
        once.done(case)
    return case


def _default_title(kind: str, accounts: list) -> str:
    names = ", ".join(a.display_name for a in accounts[:3])
    more = f" and {len(accounts) - 3} more" if len(accounts) > 3 else ""
    return f"{Kind(kind).label}: {names}{more}"


def _signal_event_data(signal) -> dict:
    """What the timeline keeps of a signal attached to a case."""
    return {"signal": signal.pk, "kind": signal.kind, "score": round(signal.score, 3), "detector": signal.detector}


def signal_route(*, signal) -> Case | None:
    """Attach a signal to the open case about the same kind and (overlapping)
    accounts, or open one. Signals below the threshold stay on the accounts only.
    Idempotent: a signal already on a case is refreshed there, not re-attached."""
    threshold = settings.DETECTION_CASE_THRESHOLD
    if signal.score < threshold:
        return None
    kind = signal.kind
    if kind == Kind.USER_REPORT:
        kind = (signal.data or {}).get("case_kind") or Kind.USER_REPORT
    accounts = list(signal.accounts.all())
    account_ids = {a.pk for a in accounts}
    with transaction.atomic():
        if signal.case_id:
            case = _lock(Case.objects.get(pk=signal.case_id))
            _add_subjects(case, accounts)  # a ring that grew brings its new members
            _add_evidence(case, signal.evidence)
            _reprioritise(case)
            return case
        case = (
            Case.objects.select_for_update()
            .filter(kind=kind, status__in=Case.OPEN_STATUSES, case_subjects__account_id__in=account_ids)
            .order_by("created_at")
            .first()
        )
        opened = case is None
        if opened:
            source = Case.Source.REPORT if signal.kind == Kind.USER_REPORT else Case.Source.DETECTION
            case = case_open(kind=kind, accounts=accounts, source=source, note=signal.explanation)
        else:
            _add_subjects(case, accounts)
        type(signal).objects.filter(pk=signal.pk).update(case=case)
        signal.case = case
        event_add(
            case=case,
            type=CaseEvent.Type.SIGNAL_ATTACHED,
            body=signal.explanation,
            data=_signal_event_data(signal),
        )
        _add_evidence(case, signal.evidence)
        _reprioritise(case)
    return case


ROUTE_BATCH = 500


def _route_kind(signal) -> str:
    if signal.kind == Kind.USER_REPORT:
        return (signal.data or {}).get("case_kind") or Kind.USER_REPORT
    return signal.kind


def _signals_route_batch(signals: list) -> list[Case]:
    """Route one batch in one transaction with a fixed number of queries: what
    ``signal_route`` does signal by signal, decided in memory and written in bulk.

    A signal joins the oldest open case of its kind that names one of its accounts
    (also a case opened by an earlier signal of the same batch, or one that an
    earlier signal of the batch widened), exactly as routing them one by one would."""
    strong = [s for s in signals if s.score >= settings.DETECTION_CASE_THRESHOLD]
    if not strong:
        return []
    now = timezone.now()
    accounts_of = {s.pk: list(s.accounts.all()) for s in strong}
    # Cases the signals already belong to, and open cases that could take the new ones.
    attached_ids = {s.case_id for s in strong if s.case_id}
    kinds = {_route_kind(s) for s in strong if not s.case_id}
    account_ids = {a.pk for s in strong if not s.case_id for a in accounts_of[s.pk]}
    found = Case.objects.none()
    if kinds and account_ids:
        found = Case.objects.filter(
            kind__in=kinds, status__in=Case.OPEN_STATUSES, case_subjects__account_id__in=account_ids
        )
    cases = {
        c.pk: c
        for c in Case.objects.select_for_update()
        .filter(Q(pk__in=attached_ids) | Q(pk__in=found.values("pk")))
        .order_by("created_at", "pk")
    }
    subjects: dict[int, set[int]] = defaultdict(set)  # case id → account ids (known cases)
    existing = set(CaseSubject.objects.filter(case_id__in=cases).values_list("case_id", "account_id"))
    for case_id, account_id in existing:
        subjects[case_id].add(account_id)
    # (kind, account id) → the oldest open case about it; new cases are keyed by
    # ("new", n) and always rank after existing ones.
    rank: dict = {}
    owner: dict[tuple[str, int], object] = {}

    def claim(key, kind: str, account_ids: Iterable[int]) -> None:
        for account_id in account_ids:
            current = owner.get((kind, account_id))
            if current is None or rank[key] < rank[current]:
                owner[(kind, account_id)] = key

    for case in cases.values():
        rank[case.pk] = (0, case.created_at, case.pk)
        if case.status in Case.OPEN_STATUSES:
            claim(case.pk, case.kind, subjects[case.pk])

    new_cases: list[dict] = []  # kind, source, accounts (ordered), note
    placement: list[tuple[object, object]] = []  # (signal, case key) in order
    for signal in strong:
        accounts = accounts_of[signal.pk]
        if signal.case_id:
            key = signal.case_id  # refreshed there: a ring that grew brings its new members
            placement.append((signal, key))
            subjects[key].update(a.pk for a in accounts)
            if cases[key].status in Case.OPEN_STATUSES:
                claim(key, cases[key].kind, [a.pk for a in accounts])
            continue
        kind = _route_kind(signal)
        keys = {owner[(kind, a.pk)] for a in accounts if (kind, a.pk) in owner}
        if keys:
            key = min(keys, key=rank.__getitem__)
            accounts_before = subjects[key] if isinstance(key, int) else new_cases[key[1]]["ids"]
            for a in accounts:
                if a.pk not in accounts_before:
                    accounts_before.add(a.pk)
                    if not isinstance(key, int):
                        new_cases[key[1]]["accounts"].append(a)
        else:
            source = Case.Source.REPORT if signal.kind == Kind.USER_REPORT else Case.Source.DETECTION
            key = ("new", len(new_cases))
            rank[key] = (1, len(new_cases))
            new_cases.append(
                {
                    "kind": kind,
                    "source": source,
                    "accounts": list(accounts),
                    "ids": {a.pk for a in accounts},
                    "note": signal.explanation,
                }
            )
        claim(key, kind, [a.pk for a in accounts])
        placement.append((signal, key))

    created = Case.objects.bulk_create(
        [
            Case(kind=n["kind"], source=n["source"], title=_default_title(n["kind"], n["accounts"]), created_at=now)
            for n in new_cases
        ]
    )
    if any(c.pk is None for c in created):  # a backend that cannot return ids (not ours)
        raise CaseError("The database did not return the new cases' ids.", "bulk_ids")

    def case_of(key) -> Case:
        return created[key[1]] if isinstance(key, tuple) else cases[key]

    events_rows = [
        CaseEvent(
            case=case,
            type=CaseEvent.Type.OPENED,
            body=n["note"],
            data={"source": n["source"], "accounts": [a.pk for a in n["accounts"]]},
            created_at=now,
        )
        for case, n in zip(created, new_cases, strict=True)
    ]
    subject_rows = [
        CaseSubject(case=case, account=a) for case, n in zip(created, new_cases, strict=True) for a in n["accounts"]
    ]
    # Subjects that signals added to cases that already existed.
    if cases:
        subject_rows += [
            CaseSubject(case_id=case_id, account_id=account_id)
            for case_id in cases
            for account_id in subjects[case_id]
            if (case_id, account_id) not in existing
        ]
    evidence_rows = []
    valid = set(Evidence.Kind.values)
    attach = set()  # ids of the signals attached now
    for signal, key in placement:
        case = case_of(key)
        for ref in signal.evidence or ():
            kind, object_id = ref.get("type"), ref.get("id")
            if kind in valid and isinstance(object_id, int):
                evidence_rows.append(
                    Evidence(case=case, kind=kind, object_id=object_id, note=str(ref.get("note", ""))[:300])
                )
        if signal.case_id:
            continue  # already attached: refreshed, not attached again
        attach.add(signal.pk)
        signal.case = case
        events_rows.append(
            CaseEvent(
                case=case,
                type=CaseEvent.Type.SIGNAL_ATTACHED,
                body=signal.explanation,
                data=_signal_event_data(signal),
                created_at=now,
            )
        )
    CaseSubject.objects.bulk_create(subject_rows, ignore_conflicts=True)
    Evidence.objects.bulk_create(evidence_rows, ignore_conflicts=True)
    CaseEvent.objects.bulk_create(events_rows)
    signal_model = type(strong[0])
    signal_model.objects.bulk_update([s for s, _ in placement if s.pk in attach], ["case"])
    # Priorities, from each touched case's strongest signal.
    touched = {case_of(key).pk: case_of(key) for _, key in placement}
    top = dict(
        signal_model.objects.filter(case_id__in=touched)
        .values("case_id")
        .annotate(top=Max("score"))
        .values_list("case_id", "top")
    )
    for case_id, case in touched.items():
        score, band = _priority_from(case, top.get(case_id) or 0.0, now)
        case.priority_score, case.priority, case.due_at = score, band, case.created_at + Case.SLA[band]
        case.updated_at = now
    Case.objects.bulk_update(list(touched.values()), ["priority_score", "priority", "due_at", "updated_at"])
    return [case_of(key) for signal, key in placement]


def signals_route(*, signals: Iterable, **kwargs) -> list[Case]:
    """Route strong signals to cases (the receiver of ``detection.signals.signals_found``,
    connected in CasesConfig.ready): ``ROUTE_BATCH`` signals per transaction, each
    batch read with one lookup of the open cases and written with bulk inserts
    (a first scan opens thousands of cases). A batch that fails is routed again
    one signal at a time, so one bad signal is logged and skipped and never undoes
    the others' cases."""
    cases = []
    for batch in batched(signals, ROUTE_BATCH, strict=False):
        prefetch_related_objects(batch, "accounts")  # one query per batch
        try:
            with transaction.atomic():
                cases += _signals_route_batch(list(batch))
            continue
        except Exception:
            logger.exception("Routing a batch of %d signals in bulk failed; routing them one by one", len(batch))
        for signal in batch:
            signal.refresh_from_db(fields=["case"])
            try:
                with transaction.atomic():
                    case = signal_route(signal=signal)
            except Exception:
                logger.exception("Could not route signal %s to a case", signal.pk)
                continue
            if case is not None:
                cases.append(case)
    return cases


# --- claiming -----------------------------------------------------------------------


def case_claim(*, case: Case, reviewer) -> Case:
    """Take a case. Two reviewers clicking at once: the row lock serialises them,
    the second sees the first's claim and is refused."""
    require_reviewer(reviewer)
    with transaction.atomic():
        locked = _lock(case)
        if locked.assignee_id and locked.assignee_id != reviewer.pk:
            raise CaseError(f"Case #{locked.pk} was just claimed by {locked.assignee}.", "already_claimed")
        if locked.assignee_id == reviewer.pk:
            return locked
        if not locked.can_claim():
            raise CaseError(f"A {locked.get_status_display().lower()} case cannot be claimed.", "not_claimable")
        if locked.is_appeal:
            under_appeal = locked.decisions.filter(
                appeal__status__in=(Appeal.Status.OPEN, Appeal.Status.PENDING_APPROVAL)
            )
            for decision in under_appeal:
                if refusal := policy.hearer_refusal(user=reviewer, decision=decision):
                    raise refusal
        locked.assignee = reviewer
        locked.claimed_at = timezone.now()
        locked.save(update_fields=["assignee", "claimed_at"])
        event_add(case=locked, type=CaseEvent.Type.CLAIMED, actor=reviewer)
        if locked.status == Case.Status.NEW:
            _transition(locked, Case.Status.IN_REVIEW, actor=reviewer)
    return locked


def case_claim_next(*, reviewer, submission_key: str | None = None) -> Case | None:
    """Claim the most urgent unassigned case. ``skip_locked`` lets two reviewers
    pressing "claim next" at once get two different cases; one reviewer pressing
    it twice (``submission_key``: a double click) gets the first case back, marked
    ``replayed``, and claims nothing more."""
    require_reviewer(reviewer)
    with transaction.atomic():
        once = submission_begin(user=reviewer, key=submission_key, action="cases.claim_next", params={})
        if once.replayed:
            return once.replay()
        claimed = _claim_next(reviewer)
        once.done(claimed)
    return claimed


def _claim_next(reviewer) -> Case | None:
    """The claim itself, inside the caller's transaction."""
    qs = Case.objects.filter(assignee__isnull=True, status__in=(Case.Status.NEW, Case.Status.APPEALED)).order_by(
        "priority", "due_at", "id"
    )
    skipped: list[int] = []
    for _ in range(20):
        # Lock one row at a time so a concurrent "claim next" skips just it.
        candidate = qs.exclude(pk__in=skipped).select_for_update(skip_locked=True).first()
        if candidate is None:
            return None
        try:
            return case_claim(case=candidate, reviewer=reviewer)
        except CaseError:
            skipped.append(candidate.pk)  # e.g. an appeal against this reviewer's own decision
    return None


def case_release(*, case: Case, reviewer) -> Case:
    require_reviewer(reviewer)
    with transaction.atomic():
        locked = _lock(case)
        if locked.assignee_id is None:
            return locked
        _require_holder(locked, reviewer, "release it")
        locked.assignee = None
        locked.claimed_at = None
        locked.save(update_fields=["assignee", "claimed_at"])
        event_add(case=locked, type=CaseEvent.Type.RELEASED, actor=reviewer)
        if locked.status == Case.Status.IN_REVIEW:
            _transition(locked, Case.Status.NEW, actor=reviewer, reason="Released to the queue")
    return locked


def case_assign(*, case: Case, assignee, actor) -> Case:
    require_reviewer(actor)
    require_reviewer(assignee)
    if not is_senior(actor) and actor.pk != assignee.pk:
        raise CaseError("Only a senior reviewer can assign cases to others.", "not_senior")
    with transaction.atomic():
        locked = _lock(case)
        _require_holder(locked, actor, "reassign it")
        if not locked.is_open:
            raise CaseError(f"A {locked.get_status_display().lower()} case cannot be assigned.", "not_claimable")
        locked.assignee = assignee
        locked.claimed_at = timezone.now()
        locked.save(update_fields=["assignee", "claimed_at"])
        event_add(case=locked, type=CaseEvent.Type.ASSIGNED, actor=actor, data={"assignee": assignee.pk})
        if locked.status == Case.Status.NEW:
            _transition(locked, Case.Status.IN_REVIEW, actor=actor)
    return locked


# --- notes and messages -------------------------------------------------------------


def case_note_add(*, case: Case, actor, body: str, submission_key: str | None = None) -> CaseEvent:
    """An internal note. Any reviewer may add one, claimed case or not (it only
    informs whoever holds it). The same form sent twice adds it once."""
    require_reviewer(actor)
    if not body.strip():
        raise CaseError("Write the note before saving it.", "empty")
    with transaction.atomic():
        once = submission_begin(
            user=actor, key=submission_key, action="cases.note_add", params={"case": case.pk, "body": body.strip()}
        )
        if once.replayed:
            return once.replay()
        event = event_add(case=case, type=CaseEvent.Type.NOTE, actor=actor, body=body.strip())
        once.done(event)
    return event


def case_message_user(*, case: Case, actor, account, body: str, submission_key: str | None = None) -> CaseEvent:
    """Write to a subject in the platform's name (My Requests and email): the
    holder rule applies, as for deciding. The same form sent twice writes once."""
    require_reviewer(actor)
    if not body.strip():
        raise CaseError("Write the message before sending it.", "empty")
    with transaction.atomic():
        once = submission_begin(
            user=actor,
            key=submission_key,
            action="cases.message_user",
            params={"case": case.pk, "account": account.pk, "body": body.strip()},
        )
        if once.replayed:
            return once.replay()
        locked = _lock(case)
        _require_subject(locked, account)
        _require_holder(locked, actor, "write to its users")
        event = event_add(
            case=locked,
            type=CaseEvent.Type.MESSAGE_TO_USER,
            actor=actor,
            account=account,
            body=body.strip(),
            visible_to_user=True,
        )
        Case.objects.filter(pk=locked.pk).update(has_new_user_reply=False)
        events.message_to_user.send(Case, case=locked, account=account, event=event)
        once.done(event)
    return event


def case_request_info(*, case: Case, actor, account, body: str, submission_key: str | None = None) -> CaseEvent:
    """Ask the user for information; the case waits on them. A subject whose
    outcome is already decided keeps it (the question is asked, the decision
    stands). The same form sent twice asks once."""
    require_reviewer(actor)
    if not body.strip():
        raise CaseError("Say what information you need.", "empty")
    with transaction.atomic():
        once = submission_begin(
            user=actor,
            key=submission_key,
            action="cases.request_info",
            params={"case": case.pk, "account": account.pk, "body": body.strip()},
        )
        if once.replayed:
            return once.replay()
        locked = _lock(case)
        subject = _require_subject(locked, account)
        _require_holder(locked, actor, "ask the user for information on it")
        if locked.status == Case.Status.NEW:
            _transition(locked, Case.Status.IN_REVIEW, actor=actor)
        _transition(locked, Case.Status.AWAITING_USER, actor=actor)
        event = event_add(
            case=locked,
            type=CaseEvent.Type.INFO_REQUESTED,
            actor=actor,
            account=account,
            body=body.strip(),
            visible_to_user=True,
        )
        if subject.outcome in UNDECIDED_OUTCOMES:
            subject.outcome = CaseSubject.Outcome.INFO_REQUESTED
            subject.save(update_fields=["outcome"])
        Case.objects.filter(pk=locked.pk).update(has_new_user_reply=False)
        events.information_requested.send(Case, case=locked, account=account, event=event)
        once.done(event)
    return event


def case_user_reply(
    *,
    case: Case,
    account,
    body: str,
    via: str = "inbox",
    data: dict | None = None,
    attached_by=None,
    submission_key: str | None = None,
) -> CaseEvent:
    """The user answers (from My Requests or by email): the same timeline event
    either way, and the case comes back to the reviewers marked "user replied".

    ``attached_by``: a reviewer adding a held email as the user's reply (the
    quarantine); the holder rule applies to them as to anyone who speaks for a
    claimed case. An email reply that arrives while a decision about the user on
    this case can still be appealed is marked ``may_be_appeal`` (the decision's id):
    decision notices send appeals to My Requests, but a user who answers the email
    instead may mean one, and a reviewer can open it as their appeal
    (``appeal_open_from_reply``). The same form sent twice (``submission_key``)
    adds the reply once."""
    if not body.strip() and not (data or {}).get("attachments"):
        raise CaseError("Write your reply before sending it.", "empty")
    with transaction.atomic():
        once = submission_begin(
            user=account, key=submission_key, action="cases.user_reply", params={"case": case.pk, "body": body.strip()}
        )
        if once.replayed:
            return once.replay()
        locked = _lock(case)
        _require_subject(locked, account)
        if attached_by is not None:
            _require_holder(locked, attached_by, "add a user's email to it")
        data = {"via": via, **(data or {})}
        if via == "email" and (appealable := _appealable_decision(locked, account)):
            data["may_be_appeal"] = appealable.pk
        if locked.status == Case.Status.CLOSED:
            _transition(locked, Case.Status.NEW, reason="The user wrote on a closed case")
        elif locked.status == Case.Status.AWAITING_USER:
            _transition(locked, Case.Status.IN_REVIEW if locked.assignee_id else Case.Status.NEW)
        event = event_add(
            case=locked,
            type=CaseEvent.Type.MESSAGE_FROM_USER,
            actor=account,
            account=account,
            body=body.strip(),
            data=data,
            visible_to_user=True,
        )
        Case.objects.filter(pk=locked.pk).update(has_new_user_reply=True)
        CaseSubject.objects.filter(case=locked, account=account).update(user_last_read_at=timezone.now())
        once.done(event)
    return event


def case_user_replies_by_email(replies: list[tuple[int, object, str, dict]]) -> list[CaseEvent | CaseError]:
    """Many email replies at once — ``(case_id, account, body, data)`` each — as
    ``case_user_reply(via="email")`` would add them one by one (the same events, status
    changes and marks), with a fixed number of statements for the lot: the cases
    locked in id order by one SELECT … FOR UPDATE, the subjects and the appealable
    decisions read once, the events inserted by one INSERT. Runs in the caller's
    transaction (``inbound_mail`` batches a maildir). Returns, per reply, its event
    or the CaseError that refused it (nothing is written for a refused one)."""
    if not replies:
        return []
    case_ids = sorted({case_id for case_id, *_ in replies})
    cases = {c.pk: c for c in Case.objects.select_for_update().filter(pk__in=case_ids).order_by("pk")}
    subjects = set(CaseSubject.objects.filter(case_id__in=case_ids).values_list("case_id", "account_id"))
    open_decisions: dict[tuple[int, int], list[Decision]] = {}
    candidates = Decision.objects.filter(
        case_id__in=case_ids, status=Decision.Status.APPLIED, rung__in=Decision.APPEALABLE_RUNGS,
        from_appeal__isnull=True,
    ).order_by("-applied_at", "-pk")  # fmt: skip
    for decision in candidates:
        open_decisions.setdefault((decision.case_id, decision.account_id), []).append(decision)
    now = timezone.now()
    results: list[CaseEvent | CaseError] = []
    new_events: list[CaseEvent] = []
    changes: list[tuple[Case, str, str]] = []
    touched: dict[int, set[int]] = {}
    for case_id, account, body, data in replies:
        case = cases.get(case_id)
        if case is None:
            results.append(CaseError(f"Case #{case_id} does not exist.", "not_found"))
            continue
        if not body.strip() and not data.get("attachments"):
            results.append(CaseError("Write your reply before sending it.", "empty"))
            continue
        if (case.pk, account.pk) not in subjects:
            results.append(CaseError(f"{account} is not a subject of case #{case.pk}.", "not_subject"))
            continue
        data = {"via": "email", **data}
        appealable = next((d for d in open_decisions.get((case.pk, account.pk), []) if d.can_appeal(now)), None)
        if appealable is not None:
            data["may_be_appeal"] = appealable.pk
        to_status, reason = "", ""
        if case.status == Case.Status.CLOSED:
            to_status, reason = Case.Status.NEW, "The user wrote on a closed case"
        elif case.status == Case.Status.AWAITING_USER:
            to_status = Case.Status.IN_REVIEW if case.assignee_id else Case.Status.NEW
        if to_status and not case.can_transition(to_status):
            results.append(CaseError(f"Case #{case.pk} cannot take a reply now.", "illegal_transition"))
            continue
        if to_status:  # as _transition does, written for the lot at the end
            changes.append((case, case.status, to_status))
            new_events.append(
                CaseEvent(case=case, type=CaseEvent.Type.STATUS_CHANGED, body=reason,
                          data={"from": case.status, "to": to_status})
            )  # fmt: skip
            case.status = to_status
        event = CaseEvent(
            case=case, type=CaseEvent.Type.MESSAGE_FROM_USER, actor=account, account=account, body=body.strip(),
            data=data, visible_to_user=True,
        )  # fmt: skip
        new_events.append(event)
        results.append(event)
        touched.setdefault(case.pk, set()).add(account.pk)
    if new_events:
        for to_status in {to for _case, _from, to in changes}:
            Case.objects.filter(pk__in=[c.pk for c, _f, to in changes if to == to_status]).update(status=to_status)
        CaseEvent.objects.bulk_create(new_events)
        Case.objects.filter(pk__in=touched).update(has_new_user_reply=True, updated_at=now)
        for case in cases.values():
            if case.pk in touched:
                case.updated_at, case.has_new_user_reply = now, True
        pairs = Q()
        for case_id, account_ids in touched.items():
            pairs |= Q(case_id=case_id, account_id__in=account_ids)
        CaseSubject.objects.filter(pairs).update(user_last_read_at=now)
    if changes:
        events.cases_status_changed.send(Case, changes=changes, actor=None)
    return results


def _appealable_decision(case: Case, account, now: datetime | None = None) -> Decision | None:
    """The latest decision about ``account`` on ``case`` that can still be appealed."""
    now = now or timezone.now()
    candidates = case.decisions.filter(
        account=account, status=Decision.Status.APPLIED, rung__in=Decision.APPEALABLE_RUNGS, from_appeal__isnull=True
    ).order_by("-applied_at", "-pk")
    return next((d for d in candidates if d.can_appeal(now)), None)


def case_close(*, case: Case, actor, reason: str) -> Case:
    """Close a case. Closing a closed case (a double click, two tabs, a second
    reviewer a moment later) changes nothing and writes nothing: the case comes
    back marked ``replayed``."""
    require_reviewer(actor)
    with transaction.atomic():
        locked = _lock(case)
        if locked.status == Case.Status.CLOSED:
            return _replay(locked)
        _require_holder(locked, actor, "close it")
        if locked.status == Case.Status.APPEALED:
            raise CaseError("Decide the appeal before closing the case.", "appeal_open")
        _transition(locked, Case.Status.CLOSED, actor=actor, reason=reason)
        event_add(case=locked, type=CaseEvent.Type.CLOSED, actor=actor, body=reason)
    return locked


def case_reopen(*, case: Case, actor, reason: str) -> Case:
    require_reviewer(actor)
    if not reason.strip():
        raise CaseError("Say why the case is reopened.", "reason_required")
    with transaction.atomic():
        locked = _lock(case)
        _require_holder(locked, actor, "reopen it")
        if locked.status not in (Case.Status.CLOSED, Case.Status.DECIDED):
            raise CaseError("Only a decided or closed case can be reopened.", "illegal_transition")
        target = Case.Status.NEW if locked.status == Case.Status.CLOSED else Case.Status.IN_REVIEW
        _transition(locked, target, actor=actor, reason=reason)
        event_add(case=locked, type=CaseEvent.Type.REOPENED, actor=actor, body=reason)
        if target == Case.Status.NEW:
            locked.assignee = None
            locked.save(update_fields=["assignee"])
    return locked


# --- decisions ----------------------------------------------------------------------

DECIDABLE = (Case.Status.NEW, Case.Status.IN_REVIEW, Case.Status.AWAITING_USER)


def _ready_to_decide(case: Case, actor) -> None:
    """A *locked* case takes a decision while it is open for one."""
    if case.status == Case.Status.NEW:
        _transition(case, Case.Status.IN_REVIEW, actor=actor)
    if case.status not in DECIDABLE:
        raise CaseError(
            f"A {case.get_status_display().lower()} case cannot take a new decision; reopen it first.",
            "illegal_transition",
        )


def _standing_decision(case: Case, account, rung: str) -> Decision | None:
    """The decision a new one for this subject would repeat or collide with: the
    subject's standing outcome on this case, or — for an information request —
    the request still waiting for the user's answer."""
    decisions = case.decisions.filter(account=account).select_related("decided_by")
    if rung != Decision.Rung.REQUEST_INFO:
        return decisions.filter(status__in=Decision.STANDING_STATUSES).exclude(rung=Decision.Rung.REQUEST_INFO).first()
    if not CaseSubject.objects.filter(case=case, account=account, outcome=CaseSubject.Outcome.INFO_REQUESTED).exists():
        return None
    return decisions.filter(rung=Decision.Rung.REQUEST_INFO).order_by("-created_at", "-pk").first()


def _not_pending(thing: str, status: str, by=None) -> CaseError:
    who = f" by {by.display_name}" if by else ""
    return CaseError(f"This {thing} is no longer waiting for approval: it was {status}{who}.", "not_pending")


def _decision_not_pending(decision: Decision) -> CaseError:
    status = {
        Decision.Status.APPLIED: "approved" if decision.approved_by_id else "applied",
        Decision.Status.REJECTED: "sent back",
        Decision.Status.STALE: "replaced by a new proposal",
        Decision.Status.SUPERSEDED: "superseded on appeal",
    }.get(decision.status, decision.get_status_display().lower())
    return _not_pending("decision", status, decision.approved_by)


def _propose(case: Case, decision: Decision, *, actor, why: str, replaces: Decision | None = None) -> None:
    """Record what a proposal stands on and say on the timeline that it waits."""
    decision.basis = policy.proposal_basis(case=case, account=decision.account)
    decision.save(update_fields=["basis"])
    event_add(
        case=case,
        type=CaseEvent.Type.DECISION_PROPOSED,
        actor=actor,
        account=decision.account,
        body=decision.reason,
        data={
            "decision": decision.pk,
            "rung": decision.rung,
            "why": why,
            **({"replaces": replaces.pk} if replaces else {}),
        },
    )


def decision_make(
    *,
    case: Case,
    account,
    rung: str,
    reason: str,
    actor,
    internal_note: str = "",
    suspension_until: datetime | None = None,
    feedback_ids: Iterable[int] = (),
    policy_article: str | None = None,
    legal_ground: str = "",
    submission_key: str | None = None,
    snapshot: dict | None = None,
) -> Decision:
    """Decide for one subject. What the policy sends to four eyes waits for a
    senior reviewer's approval; everything else applies at once.

    A subject has one standing decision per case (the database holds to it): the
    same submission again — a double click, a second tab — returns the first,
    marked ``replayed``, and applies nothing; a different one is refused. A
    ``submission_key`` (the API's Idempotency-Key) replays the same way for an
    information request too. ``snapshot``: the evidence as it stands, when the
    caller has already taken it under the case's lock (several subjects at once).

    ``policy_article`` is the help-centre article (slug) the decision rests on:
    None takes the rung's usual one (``policy.DEFAULT_ARTICLE``); a restricting
    outcome with none is refused (``policy.statement_refusal``). ``legal_ground``
    is the law it breaks, where the reviewer marks one."""
    require_reviewer(actor)
    if rung not in Decision.Rung.values:
        raise CaseError(f"Unknown decision {rung!r}.", "rung")
    if not reason.strip():
        raise CaseError("Write the reason the user will read.", "reason_required")
    feedback_ids = _feedback_ids(feedback_ids)
    if rung == Decision.Rung.HIDE_FEEDBACK and not feedback_ids:
        raise CaseError("Choose the feedback to hide.", "feedback_required")
    if suspension_until is not None and suspension_until <= timezone.now():
        raise CaseError("A suspension must end in the future (or leave the date empty).", "suspension_past")
    reason = reason.strip()
    suspension_until = suspension_until if rung == Decision.Rung.SUSPENSION else None
    if refusal := policy.suspension_refusal(rung=rung, suspension_until=suspension_until):
        raise refusal
    feedback_ids = list(feedback_ids)
    named = policy_article is not None
    default_article = policy.DEFAULT_ARTICLE.get(
        rung, policy.DEFAULT_ARTICLE[Decision.Rung.HIDE_FEEDBACK] if feedback_ids else ""
    )
    policy_article = policy_article.strip() if named else default_article
    if refusal := policy.statement_refusal(
        rung=rung, policy_article=policy_article, named=named, hides_feedback=bool(feedback_ids)
    ):
        raise refusal
    legal_ground = legal_ground.strip()
    with transaction.atomic():
        once = submission_begin(
            user=actor,
            key=submission_key,
            action="cases.decision_make",
            params={
                "case": case.pk,
                "account": account.pk,
                "rung": rung,
                "reason": reason,
                "suspension_until": suspension_until,
                "feedback": feedback_ids,
                "policy_article": policy_article,
                "legal_ground": legal_ground,
            },
        )
        if once.replayed:
            return once.replay()
        locked = _lock(case)
        _require_subject(locked, account)
        _require_holder(locked, actor, "decide on it")
        first = _standing_decision(locked, account, rung)
        if first and (first.rung, first.reason, first.suspension_until, first.decided_by_id) == (
            rung,
            reason,
            suspension_until,
            actor.pk,
        ):
            once.done(first)  # a later request with this key finds it too
            return _replay(first)
        _ready_to_decide(locked, actor)
        if first and rung != Decision.Rung.REQUEST_INFO:
            waiting = first.status == Decision.Status.PENDING_APPROVAL
            raise CaseError(
                f"{account.display_name} already has a decision on case #{locked.pk}: "
                f"{first.get_rung_display()} ({first.get_status_display().lower()}), by "
                f"{first.decided_by.display_name} on {timezone.localtime(first.created_at):%d %b %Y at %H:%M}. "
                + ("A senior reviewer approves it or sends it back." if waiting else "It changes only on appeal."),
                "already_decided",
            )
        hidden = _feedback_of(account, feedback_ids)
        why = policy.approval_needed(rung=rung, suspension_until=suspension_until)
        decision = Decision.objects.create(
            case=locked,
            account=account,
            rung=rung,
            reason=reason,
            internal_note=internal_note.strip(),
            suspension_until=suspension_until,
            policy_article=policy_article,
            legal_ground=legal_ground,
            decided_by=actor,
            proposed_rung=propose_rung(account=account, kind=locked.kind).rung,
            evidence_snapshot=snapshot or evidence_snapshot(locked),
            status=Decision.Status.PENDING_APPROVAL if why else Decision.Status.APPLIED,
        )
        if hidden:
            decision.hidden_feedback.set(hidden)
        if why:
            _propose(locked, decision, actor=actor, why=why)
        elif rung == Decision.Rung.REQUEST_INFO:
            case_request_info(case=locked, actor=actor, account=account, body=reason)
        else:
            _apply_decision(locked, decision, actor=actor)
        once.done(decision)
    return decision


@dataclass
class SubjectDecision:
    """One subject's line of the several-subjects form: the rung, the reason the
    user reads, a suspension's end, and whether the manipulated feedback is hidden
    with it (the remedy: any rung but "no violation" and an information request
    may carry it; "hide feedback" always does)."""

    account: object
    rung: str
    reason: str
    suspension_until: datetime | None = None
    hide_feedback: bool = False


@dataclass
class Decided:
    """What ``decisions_make`` did: the decisions taken (or found, when replayed)."""

    decisions: list[Decision]
    replayed: bool = False


NO_REMEDY = (Decision.Rung.NO_VIOLATION, Decision.Rung.REQUEST_INFO)


def decisions_make(
    *,
    case: Case,
    lines: list[SubjectDecision],
    actor,
    internal_note: str = "",
    policy_article: str | None = None,
    legal_ground: str = "",
    submission_key: str | None = None,
) -> Decided:
    """Decide for several subjects at once, in one transaction: each line goes
    through ``decision_make`` (four eyes by the same policy, subject by subject), so
    what needs a senior waits and the rest applies. Any refusal — one subject
    already decided, a suspension too long — rolls every line back and names the
    subject. The same form sent twice returns the first result (``replayed``)."""
    require_reviewer(actor)
    if not lines:
        raise CaseError("Choose a decision for at least one subject.", "no_lines")
    if len({line.account.pk for line in lines}) != len(lines):
        raise CaseError("Each subject can have one decision in the form.", "duplicate_subject")
    with transaction.atomic():
        once = submission_begin(
            user=actor,
            key=submission_key,
            action="cases.decisions_make",
            params={
                "case": case.pk,
                "lines": [
                    [line.account.pk, line.rung, line.reason.strip(), line.suspension_until, line.hide_feedback]
                    for line in lines
                ],
                "note": internal_note.strip(),
                "policy_article": policy_article,
                "legal_ground": legal_ground.strip(),
            },
        )
        if once.replayed:
            first = once.replay()
            decisions = list(
                Decision.objects.filter(case=case, decided_by=actor, account__in=[line.account for line in lines])
                .filter(created_at__gte=first.created_at if first else timezone.now())
                .select_related("account")
            )
            return Decided(decisions=decisions, replayed=True)
        locked = _lock(case)  # one lock for the whole form: a parallel decision waits for it
        _require_holder(locked, actor, "decide on it")
        subject_ids = list(CaseSubject.objects.filter(case=locked).values_list("account_id", flat=True))
        remedy = {}
        for line in lines:
            if line.account.pk not in subject_ids:
                raise CaseError(f"{line.account.display_name} is not a subject of case #{locked.pk}.", "not_subject")
            remedy[line.account.pk] = []
        wanted = [
            line.account.pk
            for line in lines
            if (line.hide_feedback and line.rung not in NO_REMEDY) or line.rung == Decision.Rung.HIDE_FEEDBACK
        ]
        if wanted:
            for pk, author, recipient in (
                manipulated_feedback(locked, subject_ids)
                .filter(visibility=Feedback.Visibility.VISIBLE)
                .filter(Q(author_id__in=wanted) | Q(recipient_id__in=wanted))
                .values_list("pk", "author_id", "recipient_id")
            ):
                for account_id in {author, recipient} & set(wanted):
                    remedy[account_id].append(pk)
        snapshot = evidence_snapshot(locked)  # one for the whole form: the evidence as it stood
        decisions = []
        for line in lines:
            if line.rung == Decision.Rung.HIDE_FEEDBACK and not remedy[line.account.pk]:
                raise CaseError(
                    f"{line.account.display_name}: no visible feedback by or about them is in this case to hide; "
                    "choose another decision. Nothing was applied.",
                    "feedback_required",
                )
            try:
                decision = decision_make(
                    case=locked,
                    account=line.account,
                    rung=line.rung,
                    reason=line.reason,
                    actor=actor,
                    internal_note=internal_note,
                    suspension_until=line.suspension_until,
                    feedback_ids=remedy[line.account.pk],
                    policy_article=policy_article,
                    legal_ground=legal_ground,
                    snapshot=snapshot,
                )
            except CaseError as exc:
                raise CaseError(f"{line.account.display_name}: {exc.message} Nothing was applied.", exc.code) from exc
            decisions.append(decision)
        once.done(decisions[0])
    return Decided(decisions=decisions)


def _feedback_ids(values: Iterable) -> list[int]:
    """The feedback ids a decision names, as numbers; anything that cannot be one is refused by name."""
    ids, bad = [], []
    for value in values:
        text = str(value).strip()
        if text.isdigit() and id_in_range(int(text)):
            ids.append(int(text))
        else:
            bad.append(text[:30])
    if bad:
        raise CaseError(f"These are not feedback ids: {', '.join(bad)}.", "feedback_unknown")
    return sorted(set(ids))


def _feedback_of(account, feedback_ids: list[int]) -> list[Feedback]:
    """The feedback to hide with a decision: only feedback the subject wrote or
    received. Any other id is refused by number rather than quietly dropped."""
    if not feedback_ids:
        return []
    found = list(Feedback.objects.filter(Q(author=account) | Q(recipient=account), pk__in=feedback_ids))
    foreign = sorted(set(feedback_ids) - {f.pk for f in found})
    if foreign:
        raise CaseError(
            f"Feedback {', '.join(f'#{pk}' for pk in foreign)} is not by or about {account.display_name}: "
            "a decision can hide only its subject's own feedback.",
            "feedback_not_subjects",
        )
    return found


def decision_approve(*, decision: Decision, approver) -> Decision:
    """A senior reviewer other than the proposer applies a proposal that still
    stands. Approving twice returns the first approval (``replayed``)."""
    require_reviewer(approver)
    with transaction.atomic():
        case = _lock(decision.case)
        locked = Decision.objects.select_for_update(of=("self",)).select_related("approved_by").get(pk=decision.pk)
        if locked.status == Decision.Status.APPLIED and locked.approved_by_id == approver.pk:
            return _replay(locked)
        if refusal := policy.approver_refusal(user=approver, proposal=locked):
            raise refusal
        if locked.status != Decision.Status.PENDING_APPROVAL:
            raise _decision_not_pending(locked)
        if refusal := policy.suspension_refusal(rung=locked.rung, suspension_until=locked.suspension_until):
            raise refusal
        account_lock(account_id=locked.account_id)  # no strike lands on the account while we look
        if refusal := policy.stale_refusal(locked):
            raise refusal
        _ready_to_decide(case, approver)
        locked.approved_by = approver
        locked.status = Decision.Status.APPLIED
        locked.save(update_fields=["approved_by", "status"])
        _apply_decision(case, locked, actor=approver)
    return locked


SEND_BACK_REASON = "Say why you send it back: the proposer reads it on the case and in their approvals."


def _send_back_reason(reason: str) -> str:
    if not (reason or "").strip():
        raise CaseError(SEND_BACK_REASON, "reason_required")
    return reason.strip()


def decision_reject(*, decision: Decision, approver, reason: str) -> Decision:
    """Send a proposal back to its proposer with the reason they read (the
    timeline and their approvals page); the proposal is marked sent back."""
    require_reviewer(approver)
    require_senior(approver, "send a decision back")
    reason = _send_back_reason(reason)
    with transaction.atomic():
        _lock(decision.case)
        locked = Decision.objects.select_for_update(of=("self",)).select_related("approved_by").get(pk=decision.pk)
        if locked.status != Decision.Status.PENDING_APPROVAL:
            raise _decision_not_pending(locked)
        locked.status = Decision.Status.REJECTED
        locked.approved_by = approver
        locked.save(update_fields=["status", "approved_by"])
        event_add(
            case=locked.case,
            type=CaseEvent.Type.DECISION_REJECTED,
            actor=approver,
            account=locked.account,
            body=reason,
            data={"decision": locked.pk, "rung": locked.rung, "proposed_by": locked.decided_by_id},
        )
    return locked


def decision_repropose(*, decision: Decision, actor) -> Decision:
    """Replace a stale proposal by the same decision proposed on what stands now:
    one click on the case page. The stale one is marked so, with an event saying
    what changed; whoever re-proposes is the new proposer (a different senior
    approves). Clicking twice returns the first replacement (``replayed``)."""
    require_reviewer(actor)
    with transaction.atomic():
        case = _lock(decision.case)
        stale = Decision.objects.select_for_update(of=("self",)).select_related("approved_by").get(pk=decision.pk)
        renewed = Decision.objects.filter(replaces=stale).first()
        if renewed is not None and renewed.decided_by_id == actor.pk:
            return _replay(renewed)
        if stale.status != Decision.Status.PENDING_APPROVAL:
            raise _decision_not_pending(stale)
        _require_holder(case, actor, "re-propose on it")
        account_lock(account_id=stale.account_id)
        changes = policy.proposal_changes(stale)
        if not changes:
            raise CaseError("This proposal still stands: approve it or send it back.", "not_stale")
        _ready_to_decide(case, actor)
        if stale.suspension_until and stale.suspension_until <= timezone.now():
            raise CaseError("The suspension's end has passed: make a new decision instead.", "suspension_past")
        if refusal := policy.suspension_refusal(rung=stale.rung, suspension_until=stale.suspension_until):
            raise refusal
        stale.status = Decision.Status.STALE
        stale.save(update_fields=["status"])
        event_add(
            case=case,
            type=CaseEvent.Type.PROPOSAL_STALE,
            actor=actor,
            account=stale.account,
            body="; ".join(changes),
            data={"decision": stale.pk, "changes": changes},
        )
        renewed = Decision.objects.create(
            case=case,
            account=stale.account,
            rung=stale.rung,
            reason=stale.reason,
            internal_note=stale.internal_note,
            suspension_until=stale.suspension_until,
            policy_article=stale.policy_article,
            legal_ground=stale.legal_ground,
            decided_by=actor,
            proposed_rung=propose_rung(account=stale.account, kind=case.kind).rung,
            evidence_snapshot=evidence_snapshot(case),
            status=Decision.Status.PENDING_APPROVAL,
            replaces=stale,
        )
        renewed.hidden_feedback.set(stale.hidden_feedback.all())
        _propose(case, renewed, actor=actor, why=policy.approval_needed_for(renewed), replaces=stale)
    return renewed


STRIKE_SEVERITY = {
    Decision.Rung.EDUCATION: Strike.Severity.MINOR,
    Decision.Rung.HIDE_FEEDBACK: Strike.Severity.MINOR,
    Decision.Rung.SUSPENSION: Strike.Severity.MAJOR,
    Decision.Rung.PERMANENT_BLOCK: Strike.Severity.SERIOUS,
}
OUTCOME_FOR_RUNG = {
    Decision.Rung.NO_VIOLATION: CaseSubject.Outcome.NO_VIOLATION,
    Decision.Rung.EDUCATION: CaseSubject.Outcome.EDUCATION,
    Decision.Rung.HIDE_FEEDBACK: CaseSubject.Outcome.FEEDBACK_HIDDEN,
    Decision.Rung.SUSPENSION: CaseSubject.Outcome.SUSPENDED,
    Decision.Rung.PERMANENT_BLOCK: CaseSubject.Outcome.BLOCKED,
}


def _apply_effects(case: Case, decision: Decision, *, actor, modified: bool = False) -> CaseEvent:
    """What applying a decision does to the account — hidden feedback, a strike,
    a restriction, the subject's outcome — and its DECISION timeline event.
    Inside the caller's transaction."""
    now = timezone.now()
    decision.applied_at = now
    decision.save(update_fields=["applied_at"])
    account, rung = decision.account, decision.rung
    account_lock(account_id=account.pk)  # strikes land one at a time (policy.proposal_changes counts them)
    if rung != Decision.Rung.NO_VIOLATION:
        for feedback in decision.hidden_feedback.all():
            if feedback.is_visible:
                feedback_hide(feedback=feedback, reason=decision.reason, case=case)
                event_add(
                    case=case,
                    type=CaseEvent.Type.FEEDBACK_HIDDEN,
                    actor=actor,
                    account=account,
                    body=decision.reason,
                    data={"feedback": feedback.pk, "decision": decision.pk},
                )
    if rung in STRIKE_SEVERITY:
        severity = STRIKE_SEVERITY[rung]
        Strike.objects.create(
            account=account, decision=decision, severity=severity, expires_at=now + Strike.LIFETIME[severity]
        )
    events.decision_taking_effect.send(Decision, case=case, decision=decision, actor=actor)  # enforcement restricts
    _label_signals(case, decision, by=decision.decided_by_id, at=now)
    CaseSubject.objects.filter(case=case, account=account).update(outcome=OUTCOME_FOR_RUNG.get(rung, "pending"))
    return event_add(
        case=case,
        type=CaseEvent.Type.DECISION,
        actor=actor,
        account=account,
        body=decision.reason,
        data={
            "decision": decision.pk,
            "rung": rung,
            "rung_label": decision.get_rung_display(),
            "suspension_until": decision.suspension_until.isoformat() if decision.suspension_until else None,
            "approved_by": decision.approved_by_id,
            "modified": modified,
        },
        visible_to_user=True,
    )


def _label_signals(case: Case, decision: Decision, *, by, at, label: str = "") -> None:
    """Tell detection what reviewers made of the signals behind the case for this
    subject (detection is lower: a direct call, inside this transaction)."""
    if not label:
        if decision.rung == Decision.Rung.REQUEST_INFO:
            return
        label = ReviewLabel.CONFIRMED if decision.is_violation else ReviewLabel.DISMISSED
    signals_label(case_id=case.pk, account_id=decision.account_id, label=label, by=by, at=at, decision_id=decision.pk)


def _apply_decision(case: Case, decision: Decision, *, actor) -> None:
    """Apply a decision, tell the user, and decide the case once no subject is pending."""
    event = _apply_effects(case, decision, actor=actor)
    now = decision.applied_at
    if case.first_decided_at is None:
        case.first_decided_at = now
        case.save(update_fields=["first_decided_at"])
    Case.objects.filter(pk=case.pk).update(has_new_user_reply=False)
    events.decision_applied.send(Decision, case=case, decision=decision, event=event)
    # The case is decided once no subject is still pending.
    if not CaseSubject.objects.filter(case=case, outcome__in=UNDECIDED_OUTCOMES).exists():
        _transition(case, Case.Status.DECIDED, actor=actor)


# --- appeals ------------------------------------------------------------------------


def appeal_open(*, decision: Decision, account, statement: str, submission_key: str | None = None) -> Appeal:
    """The user appeals a decision about their account, once. The same appeal sent
    again (a double click, a retried email, the same form) returns the first
    (``replayed``)."""
    if decision.account_id != account.pk:
        raise CaseError("You can only appeal decisions about your own account.", "not_yours")
    statement = statement.strip()
    if not statement:
        raise CaseError("Tell us why you think the decision is wrong.", "statement_required")
    with transaction.atomic():
        once = submission_begin(
            user=account,
            key=submission_key,
            action="cases.appeal_open",
            params={"decision": decision.pk, "statement": statement},
        )
        if once.replayed:
            return once.replay()
        case = _lock(decision.case)
        appeal = _appeal_open(case, decision, account=account, statement=statement, actor=account)
        once.done(appeal)
    return appeal


def _appeal_open(
    case: Case, decision: Decision, *, account, statement: str, actor, received_at: datetime | None = None, **data
) -> Appeal:
    """Open the appeal on a *locked* case, inside the caller's transaction. The
    window is counted at ``received_at`` (when the user's words arrived)."""
    locked = Decision.objects.select_for_update().get(pk=decision.pk)
    if first := Appeal.objects.filter(decision=locked).first():
        if first.statement == statement:
            return _replay(first)
        raise CaseError("This decision has already been appealed; it can be appealed once.", "already_appealed")
    if locked.status != Decision.Status.APPLIED or locked.rung not in Decision.APPEALABLE_RUNGS:
        raise CaseError("This decision cannot be appealed.", "not_appealable")
    if locked.from_appeal_id:
        raise CaseError("An appeal decision is final.", "final")
    if (received_at or timezone.now()) > locked.appeal_deadline():
        raise CaseError(
            f"The {Decision.APPEAL_WINDOW.days}-day window to appeal this decision has closed.", "window_closed"
        )
    appeal = Appeal.objects.create(decision=locked, account=account, statement=statement)
    _transition(case, Case.Status.APPEALED, actor=actor, reason="The user appealed")
    case.is_appeal = True
    case.assignee = None
    case.has_new_user_reply = True
    case.save(update_fields=["is_appeal", "assignee", "has_new_user_reply"])
    event = event_add(
        case=case,
        type=CaseEvent.Type.APPEAL_OPENED,
        actor=actor,
        account=account,
        body=statement,
        data={"appeal": appeal.pk, "decision": locked.pk, **data},
        visible_to_user=True,
    )
    events.appeal_opened.send(Appeal, case=case, appeal=appeal, event=event)
    return appeal


def appeal_open_from_reply(*, event: CaseEvent, reviewer) -> Appeal:
    """A reviewer opens an appeal on the user's behalf from their email reply to a
    decision notice (an event marked ``may_be_appeal``): the user's words become
    the statement, the window is counted when the reply arrived, and the timeline
    says who opened it from which reply. The holder rule applies; opening it twice
    returns the first appeal (``replayed``)."""
    require_reviewer(reviewer)
    with transaction.atomic():
        case = _lock(event.case)
        reply = CaseEvent.objects.get(pk=event.pk)
        decision_id = (reply.data or {}).get("may_be_appeal")
        if reply.type != CaseEvent.Type.MESSAGE_FROM_USER or not decision_id:
            raise CaseError("Only a user's reply to a decision notice can be opened as an appeal.", "not_a_reply")
        decision = Decision.objects.filter(pk=decision_id, case=case).first()
        if decision is None:
            raise CaseError("The decision this reply answered is not on this case.", "not_a_reply")
        if (first := Appeal.objects.filter(decision=decision).first()) and first.statement == reply.body.strip():
            return _replay(first)
        _require_holder(case, reviewer, "open an appeal on it")
        statement = reply.body.strip()
        if not statement:
            raise CaseError("The reply has no words to appeal with; ask the user to appeal in My Requests.", "empty")
        appeal = _appeal_open(
            case,
            decision,
            account=reply.account,
            statement=statement,
            actor=reviewer,
            received_at=reply.created_at,
            from_reply=reply.pk,
            opened_on_behalf=True,
        )
        event_add(
            case=case,
            type=CaseEvent.Type.NOTE,
            actor=reviewer,
            account=reply.account,
            body=(
                f"Opened the user's email reply of {timezone.localtime(reply.created_at):%d %b %Y %H:%M} "
                f"as their appeal of the {decision.get_rung_display().lower()}."
            ),
            data={"appeal": appeal.pk, "from_reply": reply.pk, "decision": decision.pk},
        )
    return appeal


def _lock_appeal(appeal: Appeal) -> tuple[Case, Appeal]:
    """Lock the case, then the appeal (every case write takes the case row first)."""
    case = _lock(Case(pk=Appeal.objects.values_list("decision__case_id", flat=True).get(pk=appeal.pk)))
    locked = (
        Appeal.objects.select_for_update(of=("self",))
        .select_related("decision", "decided_by", "approved_by")
        .get(pk=appeal.pk)
    )
    return case, locked


def _appeal_not_pending(appeal: Appeal) -> CaseError:
    if appeal.status == Appeal.Status.OPEN:
        return _not_pending("appeal answer", "sent back")
    return _not_pending("appeal answer", "decided", appeal.approved_by or appeal.decided_by)


def appeal_decide(
    *,
    appeal: Appeal,
    actor,
    outcome: str,
    answer: str,
    new_rung: str = "",
    suspension_until: datetime | None = None,
) -> Appeal:
    """Uphold, modify or overturn. Whatever the policy sends to four eyes (an
    overturn, a modify that raises or lowers the rung) waits for a senior
    reviewer; an uphold applies at once. Nobody who took the decision hears its
    appeal. The same answer submitted again returns the first (``replayed``)."""
    require_reviewer(actor)
    if outcome not in Appeal.Outcome.values:
        raise CaseError(f"Unknown appeal outcome {outcome!r}.", "outcome")
    answer = answer.strip()
    if not answer:
        raise CaseError("Write the answer the user will read.", "answer_required")
    new_rung = new_rung if outcome == Appeal.Outcome.MODIFY else ""
    if outcome == Appeal.Outcome.MODIFY and new_rung not in policy.RUNG_ORDER:
        raise CaseError("Choose the new decision.", "rung")
    suspension_until = suspension_until if new_rung == Decision.Rung.SUSPENSION else None
    if suspension_until is not None and suspension_until <= timezone.now():
        raise CaseError("A suspension must end in the future (or leave the date empty).", "suspension_past")
    if refusal := policy.suspension_refusal(rung=new_rung, suspension_until=suspension_until):
        raise refusal
    with transaction.atomic():
        case, locked = _lock_appeal(appeal)
        if locked.status != Appeal.Status.OPEN:
            if (locked.decided_by_id, locked.outcome, locked.answer, locked.new_rung) == (
                actor.pk,
                outcome,
                answer,
                new_rung,
            ):
                return _replay(locked)
            raise CaseError(f"This appeal has already been answered by {locked.decided_by}.", "not_open")
        if refusal := policy.hearer_refusal(user=actor, decision=locked.decision):
            raise refusal
        _require_holder(case, actor, "answer its appeal")
        why = policy.approval_needed(
            rung=new_rung or locked.decision.rung,
            outcome=outcome,
            replaces=locked.decision if outcome == Appeal.Outcome.MODIFY else None,
            suspension_until=suspension_until,
        )
        if outcome == Appeal.Outcome.MODIFY and not why:
            raise CaseError("That is the decision as it stands: uphold it instead.", "same_decision")
        locked.outcome = outcome
        locked.answer = answer
        locked.new_rung = new_rung
        locked.new_suspension_until = suspension_until
        locked.decided_by = actor
        fields = ["outcome", "answer", "new_rung", "new_suspension_until", "decided_by"]
        if not why:
            locked.save(update_fields=fields)
            _apply_appeal(case, locked, actor=actor)
            return locked
        locked.status = Appeal.Status.PENDING_APPROVAL
        locked.basis = policy.proposal_basis(case=case, account=locked.account)
        locked.save(update_fields=[*fields, "status", "basis"])
        _propose_appeal(case, locked, actor=actor, why=why)
    return locked


def _propose_appeal(case: Case, appeal: Appeal, *, actor, why: str, **data) -> None:
    event_add(
        case=case,
        type=CaseEvent.Type.DECISION_PROPOSED,
        actor=actor,
        account=appeal.account,
        body=appeal.answer,
        data={"appeal": appeal.pk, "outcome": appeal.outcome, "new_rung": appeal.new_rung, "why": why, **data},
    )


def appeal_approve(*, appeal: Appeal, approver) -> Appeal:
    """A senior reviewer who is neither the proposer nor anyone who took the
    decision under appeal applies an answer that still stands. Approving twice
    returns the first approval (``replayed``)."""
    require_reviewer(approver)
    with transaction.atomic():
        case, locked = _lock_appeal(appeal)
        if locked.status == Appeal.Status.DECIDED and locked.approved_by_id == approver.pk:
            return _replay(locked)
        if refusal := policy.approver_refusal(user=approver, proposal=locked):
            raise refusal
        if locked.status != Appeal.Status.PENDING_APPROVAL:
            raise _appeal_not_pending(locked)
        account_lock(account_id=locked.account_id)
        if refusal := policy.stale_refusal(locked):
            raise refusal
        locked.approved_by = approver
        locked.save(update_fields=["approved_by"])
        _apply_appeal(case, locked, actor=approver)
    return locked


def appeal_reject(*, appeal: Appeal, approver, reason: str) -> Appeal:
    """Send a proposed answer back: the appeal is open again for a hearer."""
    require_reviewer(approver)
    require_senior(approver, "send an appeal answer back")
    reason = _send_back_reason(reason)
    with transaction.atomic():
        case, locked = _lock_appeal(appeal)
        if locked.status != Appeal.Status.PENDING_APPROVAL:
            raise _appeal_not_pending(locked)
        proposed = {"outcome": locked.outcome, "new_rung": locked.new_rung, "proposed_by": locked.decided_by_id}
        locked.status = Appeal.Status.OPEN
        locked.outcome = locked.answer = locked.new_rung = ""
        locked.new_suspension_until = None
        locked.decided_by = None
        locked.basis = {}
        locked.save(
            update_fields=["status", "outcome", "answer", "new_rung", "new_suspension_until", "decided_by", "basis"]
        )
        event_add(
            case=case,
            type=CaseEvent.Type.DECISION_REJECTED,
            actor=approver,
            account=locked.account,
            body=reason,
            data={"appeal": locked.pk, **proposed},
        )
    return locked


def appeal_repropose(*, appeal: Appeal, actor) -> Appeal:
    """Re-propose a stale appeal answer on what stands now. The appeal row holds
    the one live answer, so the stale proposal lives on in its event (what was
    proposed, by whom, what changed); whoever re-proposes is the new proposer."""
    require_reviewer(actor)
    with transaction.atomic():
        case, locked = _lock_appeal(appeal)
        if locked.status != Appeal.Status.PENDING_APPROVAL:
            raise _appeal_not_pending(locked)
        if refusal := policy.hearer_refusal(user=actor, decision=locked.decision):
            raise refusal
        _require_holder(case, actor, "re-propose on it")
        account_lock(account_id=locked.account_id)
        changes = policy.proposal_changes(locked)
        if not changes:
            raise CaseError("This proposal still stands: approve it or send it back.", "not_stale")
        event_add(
            case=case,
            type=CaseEvent.Type.PROPOSAL_STALE,
            actor=actor,
            account=locked.account,
            body="; ".join(changes),
            data={
                "appeal": locked.pk,
                "changes": changes,
                "outcome": locked.outcome,
                "new_rung": locked.new_rung,
                "proposed_by": locked.decided_by_id,
            },
        )
        locked.decided_by = actor
        locked.basis = policy.proposal_basis(case=case, account=locked.account)
        locked.save(update_fields=["decided_by", "basis"])
        _propose_appeal(case, locked, actor=actor, why=policy.approval_needed_for(locked), renewed=True)
    return locked


def _apply_appeal(case: Case, appeal: Appeal, *, actor) -> None:
    """Apply an appeal's outcome on a *locked* case, inside the caller's transaction."""
    decision = appeal.decision
    account_lock(account_id=decision.account_id)
    now = timezone.now()
    if appeal.outcome in (Appeal.Outcome.OVERTURN, Appeal.Outcome.MODIFY):
        # Undo the original decision's effects (enforcement lifts its restrictions).
        events.decision_reversed.send(Decision, case=case, decision=decision, appeal=appeal, actor=actor)
        for feedback in decision.hidden_feedback.all():
            if not feedback.is_visible:
                feedback_restore(feedback=feedback)
                event_add(
                    case=case,
                    type=CaseEvent.Type.FEEDBACK_RESTORED,
                    actor=actor,
                    account=decision.account,
                    data={"feedback": feedback.pk, "appeal": appeal.pk},
                )
        strike = Strike.objects.filter(decision=decision, voided_at__isnull=True).first()
        if strike:
            strike.voided_at = now
            strike.void_reason = f"Appeal {appeal.get_outcome_display().lower()}"
            strike.save(update_fields=["voided_at", "void_reason"])
            event_add(case=case, type=CaseEvent.Type.STRIKE_VOIDED, actor=actor, account=decision.account)
        decision.status = Decision.Status.SUPERSEDED
        decision.save(update_fields=["status"])
    appeal.status = Appeal.Status.DECIDED
    appeal.decided_at = now
    appeal.save(update_fields=["status", "decided_at"])
    outcome_label = appeal.get_outcome_display().lower()
    event = event_add(
        case=case,
        type=CaseEvent.Type.APPEAL_DECIDED,
        actor=actor,
        account=appeal.account,
        body=appeal.answer,
        data={"appeal": appeal.pk, "outcome": appeal.outcome, "new_rung": appeal.new_rung},
        visible_to_user=True,
    )
    if appeal.outcome == Appeal.Outcome.OVERTURN:
        CaseSubject.objects.filter(case=case, account=appeal.account).update(outcome=CaseSubject.Outcome.NO_VIOLATION)
        _label_signals(case, decision, by=appeal.decided_by_id, at=now, label=ReviewLabel.DISMISSED)
    still_pending = CaseSubject.objects.filter(case=case, outcome__in=UNDECIDED_OUTCOMES).exists()
    # Another subject's appeal still open keeps the case appealed (and in the appeal queue).
    other_appeals = (
        Appeal.objects.filter(decision__case=case, status__in=(Appeal.Status.OPEN, Appeal.Status.PENDING_APPROVAL))
        .exclude(pk=appeal.pk)
        .exists()
    )
    if not other_appeals:
        target = Case.Status.IN_REVIEW if still_pending else Case.Status.DECIDED
        _transition(case, target, actor=actor, reason=f"Appeal {outcome_label}")
    case.is_appeal = other_appeals
    case.has_new_user_reply = False
    case.save(update_fields=["is_appeal", "has_new_user_reply"])
    events.appeal_decided.send(Appeal, case=case, appeal=appeal, event=event)
    if appeal.outcome == Appeal.Outcome.MODIFY:
        # The new decision takes the original's place; it is final (from_appeal).
        replacement = Decision.objects.create(
            case=case,
            account=decision.account,
            rung=appeal.new_rung,
            reason=appeal.answer,
            decided_by=appeal.decided_by,
            approved_by=appeal.approved_by,
            evidence_snapshot=decision.evidence_snapshot,
            suspension_until=appeal.new_suspension_until,
            policy_article=decision.policy_article or policy.DEFAULT_ARTICLE.get(appeal.new_rung, ""),
            legal_ground=decision.legal_ground,
            from_appeal=appeal,
            status=Decision.Status.APPLIED,
        )
        replacement.hidden_feedback.set(decision.hidden_feedback.all())
        _apply_effects(case, replacement, actor=actor, modified=True)


# --- bulk work from the queue -----------------------------------------------------------

BULK_MAX = 100
BULK_ACTIONS = ("assign", "release", "close_duplicate")


@dataclass(frozen=True)
class BulkOutcome:
    """What happened to one case of a bulk action: done, or refused and why."""

    case_id: int
    done: bool
    message: str


def cases_bulk(*, actor, case_ids: Iterable[int], action: str, assignee=None, reason: str = "") -> list[BulkOutcome]:
    """Apply one action to many cases, each through its own service (its own
    transaction, row lock and timeline event). A refusal on one case is reported
    for that case and does not stop the others: the result lists every case.

    ``assign`` gives each case to ``assignee`` (someone else: seniors only);
    ``release`` puts each back in the queue; ``close_duplicate`` closes each as a
    duplicate, with the reason written on its timeline."""
    require_reviewer(actor)
    ids = list(dict.fromkeys(int(pk) for pk in case_ids))
    if not ids:
        raise CaseError("Select at least one case.", "empty")
    if len(ids) > BULK_MAX:
        raise CaseError(f"Select at most {BULK_MAX} cases at a time.", "too_many")
    if action not in BULK_ACTIONS:
        raise CaseError("Choose what to do with the selected cases.", "unknown_action")
    if action == "assign" and assignee is None:
        raise CaseError("Choose the reviewer to assign the cases to.", "assignee_required")
    if action == "assign" and assignee.pk != actor.pk and not is_senior(actor):
        raise CaseError("Only a senior reviewer can assign cases to others.", "not_senior")
    if action == "close_duplicate" and not reason.strip():
        raise CaseError("Say what the cases duplicate: the reason goes on each case's timeline.", "reason_required")
    found = Case.objects.in_bulk([pk for pk in ids if id_in_range(pk)])
    outcomes = []
    for pk in ids:
        case = found.get(pk)
        if case is None:
            outcomes.append(BulkOutcome(pk, False, f"Case #{pk} does not exist."))
            continue
        try:
            if action == "assign":
                case_assign(case=case, assignee=assignee, actor=actor)
                message = f"Case #{pk} assigned to {assignee.display_name}."
            elif action == "release":
                case_release(case=case, reviewer=actor)
                message = f"Case #{pk} released to the queue."
            else:
                closed = case_close(case=case, actor=actor, reason=f"Duplicate: {reason.strip()}")
                message = f"Case #{pk} was already closed." if closed.replayed else f"Case #{pk} closed as a duplicate."
        except DomainError as exc:
            outcomes.append(BulkOutcome(pk, False, f"Case #{pk}: {exc.message}"))
        else:
            outcomes.append(BulkOutcome(pk, True, message))
    return outcomes


# --- saved queue views --------------------------------------------------------------------

SAVED_VIEW_KEYS = ("q", "status", "kind", "source", "priority", "assignee", "overdue", "user_replied", "sort")


def saved_view_save(*, reviewer, name: str, params: dict[str, str]) -> SavedView:
    """Save the queue's current filters under ``name`` for ``reviewer`` (the same
    name again replaces that view's filters). Only the queue's own filters are
    kept; the page number is not a filter."""
    require_reviewer(reviewer)
    name = " ".join((name or "").split())
    if not name:
        raise CaseError("Give the view a name.", "name_required")
    if len(name) > SavedView._meta.get_field("name").max_length:
        raise CaseError("A view's name is at most 80 characters.", "name_too_long")
    query = urlencode([(key, params[key]) for key in SAVED_VIEW_KEYS if params.get(key)])
    if len(query) > SavedView._meta.get_field("query").max_length:
        raise CaseError("These filters are too long to save.", "query_too_long")
    with transaction.atomic():
        view, _ = SavedView.objects.update_or_create(reviewer=reviewer, name=name, defaults={"query": query})
    return view


def saved_view_delete(*, reviewer, view_id: int) -> None:
    """Delete one of ``reviewer``'s saved views (someone else's is not found)."""
    require_reviewer(reviewer)
    deleted, _ = SavedView.objects.filter(reviewer=reviewer, pk=view_id).delete()
    if not deleted:
        raise CaseError("That saved view does not exist (it may be deleted already).", "not_found")
