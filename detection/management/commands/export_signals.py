"""``manage.py export_signals [--since ISO] [--output FILE]``: what detection found,
as JSON Lines (spec/marketplace-import.md, "export_signals output").

One object per signal, in id order::

    {"kind": "feedback_ring", "accounts": ["a12", "a40"], "score": 0.93, "case": 17,
     "evidence": [{"type": "feedback", "id": "f901"}], "explanation": "..."}

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


class Command(BaseCommand):
    help = "Write detection signals as JSON Lines (external ids of accounts and evidence, case number)."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only signals created or updated at or after this ISO 8601 time")
        parser.add_argument("--output", help="Write to this file instead of standard output")
        parser.add_argument("--include-retired", action="store_true", help="Also signals no longer detected")

    def handle(self, *args, **options):
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
                "accounts": sorted(_name(accounts.get(a), a) for a in members.get(s.pk, [])),
                "score": round(s.score, 3),
                "case": s.case_id,
                "evidence": evidence,
                "explanation": s.explanation,
            }
            line = json.dumps(row, ensure_ascii=False)
            if stream is self.stdout:
                stream.write(line)  # OutputWrapper adds the newline
            else:
                stream.write(line + "\n")
        return len(signals)
