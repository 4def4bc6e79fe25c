"""Running detection: full scans, incremental runs on new events, and storing what
the detectors found as signals (idempotently), routing strong ones to cases.

* ``scan_full()`` runs every detector over the whole marketplace (``manage.py
  detect``, and the task queued after an import).
* ``scan_incremental(event=..., object_id=...)`` runs the detectors a new event can
  affect, over the accounts the event concerns and their neighbourhood (the task
  queued after a feedback, message, payment, contract or identity signal). An
  identity event runs self-hire alone; the pairs it finds are checked against the
  rings around them (``rings_around_pairs``), so a pair inside a ring is reported
  as the ring, as a full scan would.
* ``signals_upsert(findings=...)`` stores findings by fingerprint: a rerun over the
  same data updates the same rows and adds none. Ring findings whose membership
  changed are matched to the existing signal with the largest overlap.
* Signals scoring at least ``DETECTION_CASE_THRESHOLD`` that are new or changed are
  announced with ``signals.signals_found``; cases routes them (opens or updates a
  case). Weaker ones are kept and shown on the account.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import batched
from types import ModuleType

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import IdentitySignal
from contracts.models import Contract, Message, Payment
from core.errors import DomainError
from feedback.models import Feedback

from . import parallel
from .detectors import ALL, FOR_EVENT, Finding, ScanContext, feedback_ring, self_hire
from .kinds import Kind
from .models import ReviewLabel, Signal
from .signals import signals_found

logger = logging.getLogger(__name__)

EVENTS = ("feedback", "message", "payment", "contract", "identity")
GROUP_MATCH = 0.5  # Jaccard overlap for a changed ring to keep its signal
MESSAGE_DETECTORS = ("paid_feedback", "feedback_extortion")

Progress = Callable[[str], None]


class DetectionError(DomainError):
    """A detection request that names something detection does not know."""


@dataclass
class ScanReport:
    scope: str = "full"
    findings: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    routed: int = 0
    retired: int = 0
    cases: set[int] = field(default_factory=set)
    by_kind: Counter = field(default_factory=Counter)
    above_threshold: Counter = field(default_factory=Counter)
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    messages_scanned: int = 0

    def summary(self) -> str:
        kinds = ", ".join(
            f"{k} {n} ({self.above_threshold.get(k, 0)} ≥ threshold)" for k, n in sorted(self.by_kind.items())
        )
        return (
            f"Detection ({self.scope}): {self.findings} findings — {kinds or 'none'}; "
            f"signals {self.created} new, {self.updated} updated, {self.unchanged} unchanged, {self.retired} retired; "
            f"{self.routed} routed to {len(self.cases)} cases; {self.seconds:.1f}s"
        )


# --- running --------------------------------------------------------------------------


def ring_absorbs_pairs(findings: list[Finding], *, name: Callable[[int], str]) -> list[Finding]:
    """One report for two members of one ring who share identity values.

    Two accounts of a ring of three or more that share a device (or another value)
    would also be a self-hire pair: two signals, two cases, for one scheme. The ring
    is the larger story and already holds their contracts and ratings, so the pair's
    self-hire finding is folded into the ring's: its explanation gains what links the
    pair (written from the pair finding's data by ``self_hire.describe_links``; one
    person may hold both accounts) and its identity evidence, and no separate
    self-hire signal is stored. A ring of two stays beside a self-hire pair: that
    shape is self-hire's own. ``name`` gives an account's readable name."""
    rings = [f for f in findings if f.kind == Kind.FEEDBACK_RING and len(f.accounts) >= 3]
    if not rings:
        return findings
    kept = []
    for f in findings:
        ring = None
        if f.kind == Kind.SELF_HIRE:
            ring = next((r for r in rings if set(f.accounts) <= set(r.accounts)), None)
        if ring is None:
            kept.append(f)
            continue
        link = self_hire.describe_links(f.data, name)
        ring.explanation += (
            f" Inside the group, {link[0].lower()}{link[1:]} (self-hire score {f.score:.2f}): one person may hold "
            "both accounts; it is reported here, as part of the ring, not as a separate self-hire."
        )
        ring.evidence.extend(e for e in f.evidence if e.get("type") == "identity" and e not in ring.evidence)
        ring.data.setdefault("self_hire_pairs", []).append({"accounts": list(f.accounts), "score": f.score})
    return kept


def pairs_outside_rings(*, detectors: Iterable[ModuleType], findings: list[Finding]) -> list[set[int]]:
    """The self-hire pairs of an incremental run that did not run the ring detector
    (an identity event runs self-hire alone): a ring may hold them."""
    names = {d.NAME for d in detectors}
    if self_hire.NAME not in names or feedback_ring.NAME in names:
        return []
    return [set(f.accounts) for f in findings if f.kind == Kind.SELF_HIRE]


def rings_around_pairs(ctx: ScanContext, *, pairs: list[set[int]]) -> list[Finding]:
    """The rings of three or more that hold both accounts of one of ``pairs``.

    A full scan reports such a pair as part of its ring (``ring_absorbs_pairs``); an
    identity event, which runs self-hire alone, would store it as a self-hire until
    the next full scan retired it. So when that run finds pairs, the ring detector
    runs around their accounts (as it does after a contract event), and the rings
    holding a pair are returned, to be stored and to absorb the pair. Runs that find
    no pair (most identity events) cost nothing more."""
    around = ScanContext(scope=frozenset().union(*pairs), labels=ctx.labels)
    return [
        ring
        for ring in feedback_ring.detect(around)
        if ring.score >= settings.DETECTION_MIN_SCORE
        and len(ring.accounts) >= 3
        and any(pair <= set(ring.accounts) for pair in pairs)
    ]


def scan_full(*, progress: Progress | None = None, route: bool = True) -> ScanReport:
    """Every detector over the whole marketplace."""
    return scan_run(scope=None, detectors=ALL, progress=progress, route=route)


def scan_incremental(*, event: str, object_id: int) -> ScanReport:
    """The detectors ``event`` can affect, around the accounts it concerns."""
    if event not in EVENTS:
        raise DetectionError(f"Unknown detection event {event!r}; expected one of {', '.join(EVENTS)}.", "event")
    seeds = event_accounts(event=event, object_id=object_id)
    if not seeds:
        return ScanReport(scope=f"{event} {object_id} (gone)")
    report = scan_run(scope=frozenset(seeds), detectors=FOR_EVENT[event])
    report.scope = f"{event} {object_id}"
    return report


def event_accounts(*, event: str, object_id: int) -> set[int]:
    """The accounts a marketplace event concerns."""
    lookups = {
        "feedback": (Feedback, ("author_id", "recipient_id")),
        "message": (Message, ("sender_id", "recipient_id")),
        "payment": (Payment, ("payer_id", "payee_id")),
        "contract": (Contract, ("client_id", "freelancer_id")),
        "identity": (IdentitySignal, ("account_id",)),
    }
    model, fields = lookups[event]
    row = model.objects.filter(pk=object_id).values_list(*fields).first()
    return {a for a in (row or ()) if a is not None}


def scan_run(
    *,
    scope: frozenset[int] | None,
    detectors: Iterable[ModuleType] = ALL,
    progress: Progress | None = None,
    route: bool = True,
) -> ScanReport:
    started = time.perf_counter()
    run_started = timezone.now()
    detectors = tuple(detectors)
    ctx = ScanContext(scope=scope)
    report = ScanReport(scope="full" if scope is None else f"{len(scope)} accounts")
    findings: list[Finding] = []
    message_scan = None
    if scope is None and any(d.NAME in MESSAGE_DETECTORS for d in detectors):
        message_scan = parallel.start_message_scan()
    for detector in detectors:
        if progress:
            progress(detector.NAME)
        t0 = time.perf_counter()
        if message_scan is not None and detector.NAME in MESSAGE_DETECTORS:
            message_scan.join_into(ctx)
            report.timings["messages (in parallel)"] = message_scan.seconds
            for k, cpu in enumerate(message_scan.cpu):
                report.timings[f"messages, share {k + 1} of {len(message_scan.cpu)} (CPU)"] = cpu
            message_scan = None
        found = detector.detect(ctx)
        report.timings[detector.NAME] = round(time.perf_counter() - t0, 3)
        findings.extend(found)
    report.messages_scanned = ctx.cache.get("messages_scanned", 0)
    floor = settings.DETECTION_MIN_SCORE
    threshold = settings.DETECTION_CASE_THRESHOLD
    findings = [f for f in findings if f.score >= floor]
    if scope is not None and (around := pairs_outside_rings(detectors=detectors, findings=findings)):
        t0 = time.perf_counter()
        findings.extend(rings_around_pairs(ctx, pairs=around))
        report.timings["feedback_ring (around self-hire pairs)"] = round(time.perf_counter() - t0, 3)
    pairs = [f for f in findings if f.kind == Kind.SELF_HIRE]
    findings = ring_absorbs_pairs(findings, name=ctx.labels)
    kept = {id(f) for f in findings}
    absorbed = [f.fingerprint for f in pairs if id(f) not in kept]
    report.findings = len(findings)
    for f in findings:
        report.by_kind[f.kind] += 1
        if f.score >= threshold:
            report.above_threshold[f.kind] += 1
    if progress:
        progress("store")
    t0 = time.perf_counter()
    stored = signals_upsert(findings=findings)
    if absorbed:
        # A pair stored as self-hire before its ring was seen: now reported as the ring.
        report.retired += Signal.objects.filter(fingerprint__in=absorbed, is_active=True).update(
            is_active=False, updated_at=timezone.now()
        )
    if scope is None:
        # What a full scan no longer finds is retired (kept, and kept on its case).
        report.retired += Signal.objects.filter(
            Q(last_detected_at__lt=run_started) | Q(last_detected_at__isnull=True),
            detector__in=[d.NAME for d in detectors],
            is_active=True,
        ).update(is_active=False, updated_at=timezone.now())
    report.timings["store"] = round(time.perf_counter() - t0, 3)
    for _, state in stored:
        if state == "created":
            report.created += 1
        elif state == "updated":
            report.updated += 1
        else:
            report.unchanged += 1
    if route:
        if progress:
            progress("route")
        t0 = time.perf_counter()
        routed = signals_route(signals=[s for s, state in stored if state != "unchanged"])
        report.timings["route"] = round(time.perf_counter() - t0, 3)
        report.routed = len(routed)
        report.cases = {c.pk for c in routed}
    report.seconds = round(time.perf_counter() - started, 3)
    logger.debug(report.summary())
    return report


# --- storing --------------------------------------------------------------------------


def _account_sets(signal_ids: list[int]) -> dict[int, set[int]]:
    through = Signal.accounts.through
    out: dict[int, set[int]] = {}
    for batch in batched(signal_ids, 500, strict=False):
        for signal_id, user_id in through.objects.filter(signal_id__in=batch).values_list("signal_id", "user_id"):
            out.setdefault(signal_id, set()).add(user_id)
    return out


def _overlap_matches(findings: list[Finding], taken: set[int]) -> dict[int, Signal]:
    """For ring findings with a new fingerprint: the existing signal of the same
    detector whose accounts overlap most (Jaccard ≥ 0.5), each used once."""
    through = Signal.accounts.through
    matches: dict[int, Signal] = {}
    for index, f in enumerate(findings):
        members = set(f.accounts)
        candidate_ids = (
            set(
                through.objects.filter(user_id__in=members, signal__detector=f.detector).values_list(
                    "signal_id", flat=True
                )
            )
            - taken
        )
        if not candidate_ids:
            continue
        best, best_j = None, GROUP_MATCH
        for signal_id, accounts in _account_sets(sorted(candidate_ids)).items():
            j = len(accounts & members) / len(accounts | members)
            if j >= best_j:
                best, best_j = signal_id, j
        if best is not None:
            taken.add(best)
            matches[index] = Signal.objects.get(pk=best)
    return matches


def _changed(signal: Signal, f: Finding, accounts: set[int]) -> bool:
    return (
        abs(signal.score - f.score) > 1e-4
        or signal.explanation != f.explanation
        or signal.evidence != f.evidence
        or signal.detector_version != f.version
        or signal.fingerprint != f.fingerprint
        or accounts != set(f.accounts)
        or not signal.is_active
    )


def signals_upsert(*, findings: list[Finding]) -> list[tuple[Signal, str]]:
    """Store findings as signals; returns each signal with "created", "updated" or "unchanged"."""
    if not findings:
        return []
    # One finding per fingerprint (the strongest).
    unique: dict[str, Finding] = {}
    for f in findings:
        if f.fingerprint not in unique or f.score > unique[f.fingerprint].score:
            unique[f.fingerprint] = f
    findings = list(unique.values())
    fingerprints = [f.fingerprint for f in findings]
    existing: dict[str, Signal] = {}
    for chunk in batched(fingerprints, 500, strict=False):
        for s in Signal.objects.filter(fingerprint__in=chunk):
            existing[s.fingerprint] = s
    fresh = [f for f in findings if f.fingerprint not in existing]
    taken = {s.pk for s in existing.values()}
    group_fresh = [f for f in fresh if f.group]
    overlap = _overlap_matches(group_fresh, taken)
    matched_by_overlap = {id(group_fresh[i]): s for i, s in overlap.items()}

    now = timezone.now()
    results: list[tuple[Signal, str]] = []
    to_update: list[tuple[Signal, Finding]] = []
    to_create: list[Finding] = []
    known = list(existing.values()) + list(matched_by_overlap.values())
    accounts_of = _account_sets([s.pk for s in known])
    for f in findings:
        signal = existing.get(f.fingerprint) or matched_by_overlap.get(id(f))
        if signal is None:
            to_create.append(f)
        elif _changed(signal, f, accounts_of.get(signal.pk, set())):
            to_update.append((signal, f))
        else:
            results.append((signal, "unchanged"))

    through = Signal.accounts.through
    with transaction.atomic():
        for signal, f in to_update:
            signal.score = f.score
            signal.explanation = f.explanation
            signal.evidence = f.evidence
            signal.data = f.data
            signal.detector_version = f.version
            signal.fingerprint = f.fingerprint
            signal.is_active = True
            signal.updated_at = now
            if accounts_of.get(signal.pk, set()) != set(f.accounts):
                through.objects.filter(signal_id=signal.pk).delete()
                through.objects.bulk_create([through(signal_id=signal.pk, user_id=a) for a in f.accounts])
        Signal.objects.bulk_update(
            [s for s, _ in to_update],
            ["score", "explanation", "evidence", "data", "detector_version", "fingerprint", "is_active", "updated_at"],
            batch_size=500,
        )
        results.extend((s, "updated") for s, _ in to_update)
    created = _create(to_create, now)
    results.extend((s, "created") for s in created)
    seen = [s.pk for s, _ in results]
    for chunk in batched(seen, 500, strict=False):
        Signal.objects.filter(pk__in=chunk).update(last_detected_at=now)
    return results


def _create(findings: list[Finding], now) -> list[Signal]:
    if not findings:
        return []
    through = Signal.accounts.through
    objs = [
        Signal(
            kind=f.kind,
            detector=f.detector,
            detector_version=f.version,
            fingerprint=f.fingerprint,
            score=f.score,
            explanation=f.explanation,
            evidence=f.evidence,
            data=f.data,
            created_at=now,
            updated_at=now,
            last_detected_at=now,
        )
        for f in findings
    ]
    try:
        with transaction.atomic():
            created = Signal.objects.bulk_create(objs, batch_size=500)
            through.objects.bulk_create(
                [
                    through(signal_id=s.pk, user_id=a)
                    for s, f in zip(created, findings, strict=True)
                    for a in f.accounts
                ],
                batch_size=1000,
            )
        return created
    except IntegrityError:
        # Another run stored some of these meanwhile: fall back to one at a time.
        out = []
        for f, obj in zip(findings, objs, strict=True):
            obj.pk = None
            with transaction.atomic():
                signal, made = Signal.objects.get_or_create(
                    fingerprint=f.fingerprint,
                    defaults={
                        "kind": f.kind,
                        "detector": f.detector,
                        "detector_version": f.version,
                        "score": f.score,
                        "explanation": f.explanation,
                        "evidence": f.evidence,
                        "data": f.data,
                        "created_at": now,
                        "updated_at": now,
                    },
                )
                if made:
                    signal.accounts.set(f.accounts)
                    out.append(signal)
        return out


# --- routing --------------------------------------------------------------------------


def signals_route(*, signals: Iterable[Signal]) -> list:
    """Hand the strong signals to whoever routes them to cases (``signals_found``;
    cases connects ``cases.services.signals_route``). Returns the cases they opened
    or updated."""
    threshold = settings.DETECTION_CASE_THRESHOLD
    strong = [s for s in signals if s.score >= threshold]
    if not strong:
        return []
    return [case for _, routed in signals_found.send(sender=Signal, signals=strong) for case in routed or ()]


# --- reviewer labels ----------------------------------------------------------------------


def _overall_label(subjects: dict) -> str:
    """A signal is confirmed when a violation was confirmed for any subject it names,
    dismissed when every subject decided so far was found not to violate."""
    labels = {entry.get("label") for entry in subjects.values()}
    if ReviewLabel.CONFIRMED in labels:
        return ReviewLabel.CONFIRMED
    if ReviewLabel.DISMISSED in labels:
        return ReviewLabel.DISMISSED
    return ""


def signals_label(
    *, case_id: int, account_id: int, label: str, by=None, at=None, decision_id: int | None = None
) -> int:
    """Label the signals behind a case that name one subject with what a reviewer
    decided about that subject: ``confirmed`` (a violation) or ``dismissed`` (no
    violation). Called by cases, inside the transaction that applies a decision or
    reverses one on appeal, so a label never outlives a decision rolled back. The
    latest decision about a subject replaces its earlier label (an overturn flips
    it to dismissed). Keeps who and when, per subject and for the signal. Returns
    how many signals changed."""
    if label not in ReviewLabel.values:
        raise DetectionError(f"Unknown review label {label!r}.", "label")
    at = at or timezone.now()
    by_id = getattr(by, "pk", by)
    entry = {"label": label, "by": by_id, "at": at.isoformat(), "decision": decision_id}
    changed = []
    with transaction.atomic():
        signals = Signal.objects.select_for_update(of=("self",)).filter(case_id=case_id, accounts=account_id)
        for signal in signals.order_by("pk"):
            subjects = dict(signal.review_subjects or {})
            subjects[str(account_id)] = entry
            signal.review_subjects = subjects
            signal.review_label = _overall_label(subjects)
            signal.reviewed_at = at
            signal.reviewed_by_id = by_id
            changed.append(signal)
        Signal.objects.bulk_update(changed, ["review_subjects", "review_label", "reviewed_at", "reviewed_by"])
    return len(changed)


# --- user reports -----------------------------------------------------------------------

USER_REPORT_DETECTOR = "user_report"


def signal_for_user_report(
    *, report_id: int, account, case_kind: str, score: float, explanation: str, evidence: list, data: dict
) -> Signal:
    """Record a user's report as a signal about ``account`` and announce it like any
    finding (``signals_found``), so it opens or joins a case. Call inside the
    report's transaction. The case is about ``case_kind`` (the behaviour the report
    points at), so the report joins an open case about the same behaviour.
    Routing failures are logged by the router and leave the signal for a reviewer
    (or the next scan): the report is never lost."""
    now = timezone.now()
    signal = Signal.objects.create(
        kind=Kind.USER_REPORT,
        detector=USER_REPORT_DETECTOR,
        fingerprint=f"{USER_REPORT_DETECTOR}:{report_id}",
        score=score,
        explanation=explanation,
        evidence=evidence,
        data={"reported_kind": case_kind, "case_kind": case_kind, **data},
        created_at=now,
        updated_at=now,
    )
    signal.accounts.set([account])
    signals_route(signals=[signal])
    return signal
