"""Feed raw RFC 822 mail to the inbound service: one message on stdin (an MTA pipe,
e.g. Postfix ``pipe`` with ``argv=… manage.py ingest_email --recipient ${recipient}``),
or every message in a maildir.

Exit codes follow sysexits(3) so an MTA does the right thing: 0 delivered (threaded,
quarantined or set aside: all stored), 75 EX_TEMPFAIL when the database is
unavailable (the MTA keeps the message and retries), 65 EX_DATAERR for an empty
message.
"""

from __future__ import annotations

import json
import mailbox
import sys
import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import InterfaceError, OperationalError

from notifications.inbound import EspVerdict, inbound_email_ingest, inbound_email_plan
from notifications.mailparse import message_id_of
from notifications.models import InboundEmail

EX_DATAERR = 65
EX_TEMPFAIL = 75


class Command(BaseCommand):
    help = "Ingest raw email: one RFC 822 message on stdin, or every message of --maildir DIR."

    def add_arguments(self, parser):
        parser.add_argument("--maildir", help="Read every message in this maildir (new/ and cur/); it is not modified")
        parser.add_argument(
            "--dry-run", action="store_true", help="Print one JSON object per message saying what would happen"
        )
        parser.add_argument("--recipient", default="", help="Envelope recipient given by the MTA (trusted)")
        parser.add_argument("--limit", type=int, default=0, help="Stop after this many messages (maildir)")

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        verdict = EspVerdict(envelope_recipient=options["recipient"])
        try:
            if options["maildir"]:
                self._maildir(Path(options["maildir"]), dry_run=dry_run, verdict=verdict, limit=options["limit"])
            else:
                raw = sys.stdin.buffer.read()
                if not raw.strip():
                    self.stderr.write("ingest_email: empty message on stdin")
                    sys.exit(EX_DATAERR)
                outcome = self._one(raw, dry_run=dry_run, verdict=verdict, source=InboundEmail.Source.MTA)
                if not dry_run:
                    self.stdout.write(outcome)
        except (OperationalError, InterfaceError) as exc:
            self.stderr.write(f"ingest_email: database unavailable, try again later: {exc}")
            sys.exit(EX_TEMPFAIL)

    def _one(self, raw: bytes, *, dry_run: bool, verdict: EspVerdict, source: str) -> str:
        if dry_run:
            plan = inbound_email_plan(raw=raw, verdict=verdict)
            plan.duplicate = InboundEmail.objects.filter(message_id=message_id_of(raw)).exists()
            self.stdout.write(json.dumps(plan.as_json(), ensure_ascii=False))
            return "duplicate" if plan.duplicate else plan.status
        result = inbound_email_ingest(raw=raw, source=source, verdict=verdict)
        if result.duplicate:
            return "duplicate"
        return result.inbound.status

    def _maildir(self, path: Path, *, dry_run: bool, verdict: EspVerdict, limit: int) -> None:
        if not (path / "cur").is_dir() and not (path / "new").is_dir():
            raise CommandError(f"{path} is not a maildir (no cur/ or new/)")
        box = mailbox.Maildir(path, factory=None, create=False)
        keys = sorted(box.keys())
        if limit:
            keys = keys[:limit]
        interactive = sys.stderr.isatty()
        progress = None
        if interactive:
            from tqdm import tqdm

            progress = tqdm(total=len(keys), unit="msg", file=sys.stderr, desc="ingesting")
        counts: Counter[str] = Counter()
        started = time.perf_counter()
        for key in keys:
            try:
                raw = box.get_bytes(key)
            except (KeyError, OSError):
                counts["unreadable"] += 1  # moved away by another reader meanwhile
                continue
            counts[self._one(raw, dry_run=dry_run, verdict=verdict, source=InboundEmail.Source.MAILDIR)] += 1
            if progress is not None:
                progress.update(1)
        if progress is not None:
            progress.close()
        elapsed = time.perf_counter() - started
        total = sum(counts.values())
        rate = total / elapsed if elapsed else 0.0
        parts = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
        summary = f"{total} messages in {elapsed:.1f} s ({rate:.1f}/s): {parts or 'nothing to do'}"
        # With --dry-run stdout carries only JSON lines.
        (self.stderr if dry_run else self.stdout).write(summary)
