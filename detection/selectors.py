"""Reads for reviewers: an account's signals, signals' evidence in readable form,
and the neighbourhood graph drawn as SVG (``neighbourhood_svg``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncWeek
from django.utils import timezone

from accounts.models import IdentitySignal
from contracts.models import Contract, Message, Payment
from feedback.models import Feedback

from .detectors import BY_NAME
from .kinds import Kind
from .models import ReviewLabel, Signal
from .svg import neighbourhood_svg

__all__ = [
    "detector_feedback",
    "neighbourhood_svg",
    "precision_threshold",
    "signal_cards",
    "signals_for_account",
    "signals_kept_on_accounts",
]


def signals_for_account(account, *, include_retired: bool = False) -> QuerySet[Signal]:
    """Every signal that names the account, strongest first."""
    qs = Signal.objects.filter(accounts=account).select_related("case").prefetch_related("accounts")
    if not include_retired:
        qs = qs.filter(is_active=True)
    return qs.order_by("-score", "-updated_at")


def signals_kept_on_accounts(*, kind: str | None = None) -> QuerySet[Signal]:
    """Active signals below the case threshold: kept on the accounts, not in the queue."""
    qs = Signal.objects.filter(is_active=True, score__lt=settings.DETECTION_CASE_THRESHOLD)
    if kind:
        qs = qs.filter(kind=kind)
    return qs.prefetch_related("accounts").order_by("-score", "-updated_at")


def _people(ids: Iterable[int]) -> dict[int, str]:
    User = get_user_model()
    return {
        pk: name or email.split("@")[0]
        for pk, name, email in User.objects.filter(pk__in=set(ids)).values_list("pk", "name", "email")
    }


def signal_cards(signals: Iterable[Signal]) -> list[dict]:
    """Each signal with its evidence resolved to readable items, in one query per
    evidence type for the whole list. Identity evidence names the kind of value and
    whose it is — never the value (only its keyed hash is stored anyway)."""
    signals = list(signals)
    wanted: dict[str, set[int]] = defaultdict(set)
    for s in signals:
        for ref in s.evidence or []:
            if isinstance(ref, dict) and isinstance(ref.get("id"), int):
                wanted[ref.get("type", "")].add(ref["id"])
    rows: dict[tuple[str, int], dict] = {}
    people_ids: set[int] = set()
    feedback = list(
        Feedback.objects.filter(pk__in=wanted["feedback"]).values_list(
            "pk", "author_id", "recipient_id", "rating", "comment", "created_at", "visibility"
        )
    )
    contracts = list(
        Contract.objects.filter(pk__in=wanted["contract"]).values_list(
            "pk", "client_id", "freelancer_id", "title", "amount", "currency", "started_at", "ended_at"
        )
    )
    messages = list(
        Message.objects.filter(pk__in=wanted["message"]).values_list(
            "pk", "sender_id", "recipient_id", "body", "sent_at"
        )
    )
    payments = list(
        Payment.objects.filter(pk__in=wanted["payment"]).values_list(
            "pk", "payer_id", "payee_id", "kind", "amount", "created_at"
        )
    )
    identities = list(
        IdentitySignal.objects.filter(pk__in=wanted["identity"]).values_list("pk", "account_id", "kind", "last_seen")
    )
    for row in feedback:
        people_ids.update(row[1:3])
    for row in contracts:
        people_ids.update(row[1:3])
    for row in messages:
        people_ids.update(row[1:3])
    for row in payments:
        people_ids.update(row[1:3])
    for row in identities:
        people_ids.add(row[1])
    people_ids |= wanted["account"]
    name = _people(people_ids)
    kinds = dict(IdentitySignal.Kind.choices)
    for pk, author, recipient, rating, comment, created, visibility in feedback:
        rows[("feedback", pk)] = {
            "title": f"{rating}★ from {name.get(author, author)} to {name.get(recipient, recipient)}",
            "text": comment,
            "when": created,
            "hidden": visibility != Feedback.Visibility.VISIBLE,
        }
    for pk, client, freelancer, title, amount, currency, started, ended in contracts:
        rows[("contract", pk)] = {
            "title": f"{name.get(client, client)} hired {name.get(freelancer, freelancer)}: "
            f"{title or 'contract'} ({amount} {currency})",
            "text": "",
            "when": started,
            "until": ended,
        }
    for pk, sender, recipient, body, sent in messages:
        rows[("message", pk)] = {
            "title": f"Message from {name.get(sender, sender)} to {name.get(recipient, recipient)}",
            "text": body,
            "when": sent,
        }
    for pk, payer, payee, kind, amount, created in payments:
        rows[("payment", pk)] = {
            "title": f"{kind.title()} payment of {amount} from {name.get(payer, payer)} to {name.get(payee, payee)}",
            "text": "",
            "when": created,
        }
    for pk, account, kind, last_seen in identities:
        rows[("identity", pk)] = {
            "title": f"{kinds.get(kind, kind)} of {name.get(account, account)}",
            "text": "",
            "when": last_seen,
        }
    for pk in wanted["account"]:
        rows[("account", pk)] = {"title": f"Account {name.get(pk, pk)}", "text": "", "when": None}

    cards = []
    for s in signals:
        items = []
        for ref in s.evidence or []:
            if not isinstance(ref, dict):
                continue
            kind, pk = ref.get("type", ""), ref.get("id")
            found = rows.get((kind, pk))
            item = {"type": kind, "id": pk, "note": ref.get("note", "")}
            if found:
                item.update(found)
            else:
                item.update({"title": f"{kind} #{pk} (no longer available)", "text": "", "when": None})
            items.append(item)
        cards.append(
            {
                "signal": s,
                "evidence": items,
                "above_threshold": s.score >= settings.DETECTION_CASE_THRESHOLD,
            }
        )
    return cards


# --- what reviewers made of the signals (detector feedback) ---------------------------

PRECISION_TARGET = 0.95


def precision_threshold(scored: Iterable[tuple[float, bool]], *, target: float = PRECISION_TARGET) -> float | None:
    """The lowest score threshold at which the labelled signals scoring at or above
    it would have been confirmed at least ``target`` of the time: ``scored`` is
    (score, confirmed) pairs. None when no threshold reaches the target."""
    ordered = sorted(scored, key=lambda pair: -pair[0])
    best = None
    confirmed = 0
    for i, (score, is_confirmed) in enumerate(ordered):
        confirmed += int(is_confirmed)
        last_of_score = i + 1 == len(ordered) or ordered[i + 1][0] != score
        if last_of_score and confirmed / (i + 1) >= target:
            best = score
    return best


def _detector_label(detector: str) -> str:
    if detector in BY_NAME:
        return Kind(BY_NAME[detector].KIND).label
    if detector == "user_report":
        return "User reports"
    return detector.replace("_", " ").capitalize()


def detector_feedback(*, weeks: int = 8, now=None) -> list[dict]:
    """For each detector: its signals routed to cases, how many reviewers
    confirmed (a violation decided) or dismissed (no violation) and how many wait
    for a decision, the confirmed rate, the score threshold that would have kept
    95 % precision on the decided ones, and the same counts per week (by the week
    the signal was found). Three queries whatever the number of signals."""
    now = now or timezone.now()
    routed = Signal.objects.filter(case__isnull=False)
    totals: dict[str, dict] = {}
    for detector, label, n in routed.values_list("detector", "review_label").annotate(n=Count("id")):
        row = totals.setdefault(detector, {"routed": 0, "confirmed": 0, "dismissed": 0})
        row["routed"] += n
        if label in (ReviewLabel.CONFIRMED, ReviewLabel.DISMISSED):
            row[label] += n
    first_week = (now - timedelta(weeks=weeks - 1)).date()
    first_week -= timedelta(days=first_week.weekday())
    weekly: dict[tuple[str, date], dict] = {}
    recent = (
        routed.filter(created_at__date__gte=first_week)
        .annotate(week=TruncWeek("created_at"))
        .values_list("detector", "week", "review_label")
        .annotate(n=Count("id"))
    )
    for detector, week, label, n in recent:
        day = week.date() if hasattr(week, "date") else week
        cell = weekly.setdefault((detector, day), {"routed": 0, "confirmed": 0, "dismissed": 0})
        cell["routed"] += n
        if label in (ReviewLabel.CONFIRMED, ReviewLabel.DISMISSED):
            cell[label] += n
    scored: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for detector, score, label in routed.exclude(review_label="").values_list("detector", "score", "review_label"):
        scored[detector].append((score, label == ReviewLabel.CONFIRMED))
    week_starts = [first_week + timedelta(weeks=i) for i in range(weeks)]
    out = []
    for detector in sorted(totals, key=lambda d: (d == "user_report", _detector_label(d))):
        row = totals[detector]
        decided = row["confirmed"] + row["dismissed"]
        threshold = precision_threshold(scored[detector])
        out.append(
            {
                "detector": detector,
                "label": _detector_label(detector),
                **row,
                "pending": row["routed"] - decided,
                "decided": decided,
                "confirmed_rate": row["confirmed"] / decided if decided else None,
                "dismissed_rate": row["dismissed"] / decided if decided else None,
                "threshold_95": threshold,
                "kept_at_threshold": sum(
                    1 for s, ok in scored[detector] if ok and threshold is not None and s >= threshold
                ),
                "weeks": [{"week": start, **_week_cell(weekly.get((detector, start)))} for start in week_starts],
            }
        )
    return out


def _week_cell(cell: dict | None) -> dict:
    cell = cell or {"routed": 0, "confirmed": 0, "dismissed": 0}
    return {**cell, "pending": cell["routed"] - cell["confirmed"] - cell["dismissed"]}
