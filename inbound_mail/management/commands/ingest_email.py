"""Feed raw RFC 822 mail to the inbound service: one message on stdin (an MTA pipe,
e.g. Postfix ``pipe`` with ``argv=… manage.py ingest_email --recipient ${recipient}``),
or every message in a maildir.

Exit codes follow sysexits(3) so an MTA does the right thing: 0 delivered (threaded,
quarantined or set aside: all stored), 75 EX_TEMPFAIL when the database is
unavailable or the message could not be stored (the MTA keeps the message and
retries), 65 EX_DATAERR for an empty message or one larger than
INBOUND_MESSAGE_MAX_BYTES (the MTA returns it to its sender with our reason).

No message stops a run: one that cannot be read is stored and held as unreadable
(or, with --dry-run, reported as such), and a maildir run goes on to the next file
whatever happens to one; files over the size limit are left in the maildir and
reported.
"""

from __future__ import annotations

import functools
import json
import logging
import mailbox
import multiprocessing
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, as_completed, wait
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import InterfaceError, OperationalError, connection, connections

from inbound_mail.mailparse import describe_failure, message_id_of
from inbound_mail.models import InboundEmail
from inbound_mail.services import EspVerdict, inbound_email_ingest, inbound_email_ingest_batch, inbound_email_plan

logger = logging.getLogger(__name__)

EX_DATAERR = 65
EX_TEMPFAIL = 75
TOO_LARGE = "too large"
BATCH = 100
BATCH_BYTES = 8 * 1024 * 1024  # a batch also ends at this many bytes: memory stays bounded with large mail
FAILED = "failed"


class Command(BaseCommand):
    help = "Ingest raw email: one RFC 822 message on stdin, or every message of --maildir DIR."

    def add_arguments(self, parser):
        parser.add_argument("--maildir", help="Read every message in this maildir (new/ and cur/); it is not modified")
        parser.add_argument(
            "--dry-run", action="store_true", help="Print one JSON object per message saying what would happen"
        )
        parser.add_argument("--recipient", default="", help="Envelope recipient given by the MTA (trusted)")
        parser.add_argument("--limit", type=int, default=0, help="Stop after this many messages (maildir)")
        parser.add_argument(
            "--batch",
            type=int,
            default=BATCH,
            help=f"Messages per transaction for --maildir (default {BATCH}; a failing batch is redone one by one)",
        )
        parser.add_argument(
            "--jobs", type=int, default=1, help="Processes for --maildir (PostgreSQL only; messages are independent)"
        )

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        verdict = EspVerdict(envelope_recipient=options["recipient"])
        try:
            if options["maildir"]:
                self._maildir(
                    Path(options["maildir"]),
                    dry_run=dry_run,
                    verdict=verdict,
                    limit=options["limit"],
                    jobs=max(1, options["jobs"]),
                    batch=max(1, options["batch"]),
                )
            else:
                limit = settings.INBOUND_MESSAGE_MAX_BYTES
                raw = sys.stdin.buffer.read(limit + 1)  # never more than the limit in memory
                if not raw.strip():
                    self.stderr.write("ingest_email: empty message on stdin")
                    sys.exit(EX_DATAERR)
                if len(raw) > limit:
                    self.stderr.write(
                        f"ingest_email: message refused: larger than {limit} bytes (INBOUND_MESSAGE_MAX_BYTES); "
                        "nothing was stored"
                    )
                    logger.warning("Refused a piped message over INBOUND_MESSAGE_MAX_BYTES (%s bytes)", limit)
                    sys.exit(EX_DATAERR)
                outcome = self._one(raw, dry_run=dry_run, verdict=verdict, source=InboundEmail.Source.MTA)
                if outcome == FAILED:
                    self.stderr.write("ingest_email: the message could not be stored; try again later")
                    sys.exit(EX_TEMPFAIL)
                if not dry_run:
                    self.stdout.write(outcome)  # an MTA ignores it; a person running it by hand reads it
        except (OperationalError, InterfaceError) as exc:
            self.stderr.write(f"ingest_email: database unavailable, try again later: {exc}")
            sys.exit(EX_TEMPFAIL)

    def _one(self, raw: bytes, *, dry_run: bool, verdict: EspVerdict, source: str) -> str:
        outcome, printed = _ingest_one(raw, dry_run=dry_run, verdict=verdict, source=source)
        if printed:
            self.stdout.write(printed)
        return outcome

    def _maildir(
        self, path: Path, *, dry_run: bool, verdict: EspVerdict, limit: int, jobs: int, batch: int = BATCH
    ) -> None:
        if not (path / "cur").is_dir() and not (path / "new").is_dir():
            raise CommandError(f"{path} is not a maildir (no cur/ or new/)")
        if jobs > 1 and connection.vendor != "postgresql":
            raise CommandError("--jobs needs PostgreSQL (SQLite allows one writer at a time)")
        box = mailbox.Maildir(path, factory=None, create=False)
        keys = sorted(box.keys())
        if limit:
            keys = keys[:limit]
        counts: Counter[str] = Counter()
        limit = settings.INBOUND_MESSAGE_MAX_BYTES

        def messages():
            for key in keys:
                try:
                    with box.get_file(key) as handle:
                        handle.seek(0, 2)  # the size first: an oversize file is never read at all
                        size = handle.tell()
                        handle.seek(0)
                        raw = handle.read(limit + 1) if size <= limit else b""
                except (KeyError, OSError):
                    counts["unreadable"] += 1  # taken away by another reader meanwhile
                    continue
                if size > limit or len(raw) > limit:
                    counts[TOO_LARGE] += 1
                    self.stderr.write(
                        f"ingest_email: {key}: larger than {limit} bytes (INBOUND_MESSAGE_MAX_BYTES); "
                        "left in the maildir, not stored"
                    )
                    continue
                yield raw

        progress = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            progress = tqdm(total=len(keys), unit="msg", file=sys.stderr, desc="ingesting")
        started = time.perf_counter()
        if dry_run:
            work = functools.partial(_ingest_one, dry_run=True, verdict=verdict, source=InboundEmail.Source.MAILDIR)
            items = messages()
        else:
            work = functools.partial(_ingest_batch, verdict=verdict, source=InboundEmail.Source.MAILDIR)
            items = _batches(messages(), batch, BATCH_BYTES)
        try:
            for result in _run_all(work, items, jobs):
                for outcome, printed in [result] if dry_run else result:
                    counts[outcome] += 1
                    if printed:
                        self.stdout.write(printed)
                    if progress is not None:
                        progress.update(1)
        finally:
            if progress is not None:
                progress.close()
        elapsed = time.perf_counter() - started
        total = sum(counts.values())
        rate = total / elapsed if elapsed else 0.0
        parts = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
        summary = f"{total} messages in {elapsed:.1f} s ({rate:.1f}/s): {parts or 'nothing to do'}"
        # With --dry-run stdout carries only JSON lines.
        (self.stderr if dry_run else self.stdout).write(summary)
        if counts["database unavailable"] or (counts[FAILED] and not dry_run):
            sys.exit(EX_TEMPFAIL)  # the run went through every file; these ones are still to do


def _run_all(work, items, jobs: int):
    """Results of ``work`` over ``items``, in this process or in ``jobs`` forked
    ones with a bounded number of messages in flight. A dead worker raises
    BrokenProcessPool instead of hanging."""
    if jobs == 1:
        yield from map(work, items)
        return
    connections.close_all()  # each process opens its own connection
    window = jobs * 16
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        pending = set()
        for item in items:
            pending.add(pool.submit(work, item))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        for future in as_completed(pending):
            yield future.result()


def _batches(raws, count: int, size: int):
    """Tuples of at most ``count`` messages and, unless one message alone is larger,
    at most ``size`` bytes."""
    batch: list[bytes] = []
    total = 0
    for raw in raws:
        if batch and (len(batch) >= count or total + len(raw) > size):
            yield tuple(batch)
            batch, total = [], 0
        batch.append(raw)
        total += len(raw)
    if batch:
        yield tuple(batch)


def _ingest_batch(raws: tuple[bytes, ...], *, verdict: EspVerdict, source: str) -> list[tuple[str, str]]:
    """(outcome, '') per message of one batch. Never raises for a message's sake."""
    try:
        results = inbound_email_ingest_batch(list(raws), source=source, verdict=verdict)
    except (OperationalError, InterfaceError):
        if source == InboundEmail.Source.MAILDIR:
            return [("database unavailable", "")] * len(raws)
        raise
    except Exception:  # could not even be stored: the files stay in the maildir
        logger.exception("Storing a batch of messages failed")
        return [(FAILED, "")] * len(raws)
    return [("duplicate" if r.duplicate else r.inbound.status, "") for r in results]


def _ingest_one(raw: bytes, *, dry_run: bool, verdict: EspVerdict, source: str) -> tuple[str, str]:
    """(outcome, JSON line to print or ''). Module-level so --jobs can run it in a pool.
    Never raises for a message's sake: only an unavailable database stops a run."""
    if dry_run:
        try:
            plan = inbound_email_plan(raw=raw, verdict=verdict)
            plan.duplicate = InboundEmail.objects.filter(message_id=message_id_of(raw)).exists()
        except (OperationalError, InterfaceError):
            raise
        except Exception as exc:
            logger.exception("Planning a message failed")
            line = {"message_id": message_id_of(raw), "action": FAILED, "detail": describe_failure(exc)}
            return FAILED, json.dumps(line, ensure_ascii=False)
        return ("duplicate" if plan.duplicate else plan.status), json.dumps(plan.as_json(), ensure_ascii=False)
    try:
        result = inbound_email_ingest(raw=raw, source=source, verdict=verdict)
    except (OperationalError, InterfaceError):
        if source == InboundEmail.Source.MAILDIR:
            return "database unavailable", ""
        raise
    except Exception:  # could not even be stored: the file stays in the maildir, the MTA retries
        logger.exception("Storing a message failed")
        return FAILED, ""
    return ("duplicate" if result.duplicate else result.inbound.status), ""
