"""``manage.py export_signals [--since ISO] [--output FILE]``: what detection found,
as JSON Lines (spec/marketplace-import.md, "export_signals output").

One object per signal, in id order::

    {"kind": "feedback_ring", "detector": "feedback_ring", "accounts": ["a12", "a40"], "score": 0.93,
     "case": 17, "evidence": [{"type": "feedback", "id": "f901"}], "explanation": "...",
     "review": {"label": "confirmed", "at": "2026-05-02T10:00:00+00:00", "by": 3,
                "subjects": {"a12": {"label": "confirmed", "at": "...", "by": 3}}}}

``review`` is what reviewers made of the signal (``detection.services.signals_label``):
``label`` is ``confirmed`` (a violation was decided for a subject it names),
``dismissed`` (no violation) or null (not decided yet); ``by`` is the reviewer's
user id, ``at`` when; ``subjects`` gives the same per account (an appeal that
overturned a decision shows as dismissed). Labelled rows are what a team
retrains a detector on.

``--summary`` writes, instead of the signals, each detector's feedback: signals
routed to cases, confirmed, dismissed, the confirmed rate and the lowest score
threshold that would have kept 95 % precision on the decided ones.

Accounts and evidence are named by their external ids from the import. Records
created on the portal itself (no external id) are named ``"portal:<pk>"``.
Identity evidence has no id in the import format: it is written as
``{"type": "identity", "id": null, "kind": "device", "account": "a12"}`` — the kind of
value and whose it is, never the value. ``--since`` keeps signals created or updated
at or after that time; retired signals (no longer found by a full scan) are left
out unless ``--include-retired``.
"""

from __future__ import annotations

import json
from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from accounts.models import IdentitySignal, User
from contracts.models import Contract, Message, Payment
from detection.models import Signal
from detection.selectors import PRECISION_TARGET, detector_feedback
from feedback.models import Feedback

BATCH = 500


def _parse_since(raw: str):
    value = parse_datetime(raw)
    if value is None:
        day = parse_date(raw)
        if day is None:
            raise CommandError(f"--since {raw!r} is not an ISO 8601 date or time")
        value = timezone.datetime(day.year, day.month, day.day)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_default_timezone())
    return value


def _name(external_id: str | None, pk: int) -> str:
    return external_id or f"portal:{pk}"


def _review(signal: Signal, accounts: dict[int, str | None]) -> dict:
    subjects = {}
    for account_id, entry in sorted((signal.review_subjects or {}).items()):
        pk = int(account_id)
        subjects[_name(accounts.get(pk), pk)] = {key: entry.get(key) for key in ("label", "at", "by")}
    return {
        "label": signal.review_label or None,
        "at": signal.reviewed_at.isoformat() if signal.reviewed_at else None,
        "by": signal.reviewed_by_id,
        "subjects": subjects,
    }


class Command(BaseCommand):
    help = "Write detection signals as JSON Lines (external ids of accounts and evidence, case number)."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only signals created or updated at or after this ISO 8601 time")
        parser.add_argument("--output", help="Write to this file instead of standard output")
        parser.add_argument("--include-retired", action="store_true", help="Also signals no longer detected")
        parser.add_argument(
            "--summary",
            action="store_true",
            help="Instead of the signals: per detector, reviewers' confirmed rate and the 95 %% precision threshold",
        )

    def handle(self, *args, **options):
        if options["summary"]:
            self._summary()
            return
        qs = Signal.objects.order_by("pk")
        if options["since"]:
            qs = qs.filter(updated_at__gte=_parse_since(options["since"]))
        if not options["include_retired"]:
            qs = qs.filter(is_active=True)
        out = open(options["output"], "w", encoding="utf-8") if options["output"] else None  # noqa: SIM115
        stream = out or self.stdout
        written = 0
        try:
            batch = []
            for signal in qs.iterator(chunk_size=BATCH):
                batch.append(signal)
                if len(batch) >= BATCH:
                    written += self._write(batch, stream)
                    batch = []
            written += self._write(batch, stream)
        finally:
            if out:
                out.close()
        if out:
            self.stderr.write(f"{written} signals written to {options['output']}")

    def _summary(self) -> None:
        rows = detector_feedback()
        head = f"{'detector':<22} {'routed':>7} {'confirmed':>9} {'dismissed':>9} {'pending':>7} {'conf. rate':>10}"
        self.stdout.write(head + f"  threshold for {PRECISION_TARGET:.0%} precision")
        for row in rows:
            rate = f"{row['confirmed_rate']:.0%}" if row["confirmed_rate"] is not None else "—"
            if row["threshold_95"] is not None:
                threshold = (
                    f"{row['threshold_95']:.3f} (keeps {row['kept_at_threshold']} of {row['confirmed']} confirmed)"
                )
            else:
                threshold = "none reaches it" if row["decided"] else "no decisions yet"
            self.stdout.write(
                f"{row['detector']:<22} {row['routed']:>7} {row['confirmed']:>9} {row['dismissed']:>9} "
                f"{row['pending']:>7} {rate:>10}  {threshold}"
            )
        if not rows:
            self.stdout.write("No signal has reached a case yet.")

    def _write(self, signals: list[Signal], stream) -> int:
        if not signals:
            return 0

        through = Signal.accounts.through
        members: dict[int, list[int]] = defaultdict(list)
        for signal_id, user_id in through.objects.filter(signal_id__in=[s.pk for s in signals]).values_list(
            "signal_id", "user_id"
        ):
            members[signal_id].append(user_id)
        wanted: dict[str, set[int]] = defaultdict(set)
        for s in signals:
            for ref in s.evidence or []:
                if isinstance(ref, dict) and isinstance(ref.get("id"), int):
                    wanted[ref.get("type", "")].add(ref["id"])
        identity = {
            pk: (account, kind)
            for pk, account, kind in IdentitySignal.objects.filter(pk__in=wanted["identity"]).values_list(
                "pk", "account_id", "kind"
            )
        }
        account_ids = (
            {a for ids in members.values() for a in ids} | wanted["account"] | {a for a, _ in identity.values()}
        )
        account_ids |= {int(a) for s in signals for a in (s.review_subjects or {}) if str(a).isdigit()}
        accounts = dict(User.objects.filter(pk__in=account_ids).values_list("pk", "external_id"))
        external = {"account": accounts}
        for kind, model in (("feedback", Feedback), ("contract", Contract), ("message", Message), ("payment", Payment)):
            external[kind] = dict(model.objects.filter(pk__in=wanted[kind]).values_list("pk", "external_id"))
        for s in signals:
            evidence = []
            for ref in s.evidence or []:
                if not isinstance(ref, dict):
                    continue
                kind, pk = ref.get("type"), ref.get("id")
                if kind == "identity":
                    account, value_kind = identity.get(pk, (None, None))
                    evidence.append(
                        {
                            "type": "identity",
                            "id": None,
                            "kind": value_kind,
                            "account": _name(accounts.get(account), account) if account else None,
                        }
                    )
                elif kind in external:
                    evidence.append({"type": kind, "id": _name(external[kind].get(pk), pk)})
            row = {
                "kind": s.kind,
                "detector": s.detector,
                "accounts": sorted(_name(accounts.get(a), a) for a in members.get(s.pk, [])),
                "score": round(s.score, 3),
                "case": s.case_id,
                "evidence": evidence,
                "explanation": s.explanation,
                "review": _review(s, accounts),
            }
            line = json.dumps(row, ensure_ascii=False)
            if stream is self.stdout:
                stream.write(line)  # OutputWrapper adds the newline
            else:
                stream.write(line + "\n")
        return len(signals)
