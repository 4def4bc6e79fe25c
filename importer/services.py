"""Bulk import of a marketplace's history (JSON Lines, see spec ``marketplace-import.md``).

How it stays fast and flat on multi-GB files:

- lines are read in batches; each batch is one transaction: one
  ``external_id IN (…)`` query per type resolves references, one fetches the rows the
  batch may change (so the summary can tell created, updated and unchanged apart),
  then new rows go in with one multi-row INSERT (COPY on PostgreSQL, see
  ``importer.bulk``) and changed rows with ``bulk_update``;
- within a batch, types are written in stages (accounts and organisations, then
  what refers to them, then what refers to contracts), so a line may refer to any
  line of its own batch;
- a line referring to a record that is not in the database yet goes to a spill
  file on disk; spilled lines are retried in further passes until a pass makes no
  progress, and what is still unresolved is rejected with its original line number;
- recipients whose rating summary must be recomputed are kept in an on-disk set
  and refreshed at the end, in chunks;
- on PostgreSQL, where the role may, foreign keys are checked once per batch
  (``importer.bulk.lock_referenced``: each row referred to locked once per batch
  transaction) instead of by a trigger per row and key;
- a table keyed by external id that is empty when the import begins is not searched
  for existing rows (``_Run.note_empty_tables``): every row in it is the run's, and
  the run writes each record once.

A batch commits whole or not at all, and a bad line never poisons its batch. Lines
that break a rule are rejected (reported with their line number, record and field)
and the rest of the batch is written; what the batch did (counts, rejections, lines
put aside) is only taken into account once its transaction has committed. If a batch
fails in a way no single line was blamed for, it is rolled back and its lines are
tried again one per transaction, so only the line that breaks is reported and
skipped. The run always ends with its summary: a file that cannot be read to the end
stops the reading (what was read is imported), and a database that stops answering
stops the run (the batches before are committed; importing again is safe).

When one record appears on several lines of a file, the last line wins, always: the
file is first read through once (kept on disk, so stdin works too) to find, for every
record, the last line that names it; the lines a later one repeats are not imported
(each is reported as a warning naming both lines, and counted as ``repeated``). So
the result does not depend on batches or on lines put aside for forward references,
and importing the same file again reports every record unchanged. Identity
sightings are the exception: several per account are normal, and they merge (first
and last seen widen) the same in any order.

Nothing here calls the per-record services (or their detection hooks): bulk writes
bypass them on purpose. Detection hears about the import once, at the end.
"""

from __future__ import annotations

import gc
import logging
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from itertools import batched
from pathlib import Path
from secrets import token_urlsafe

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, is_password_usable
from django.db import InterfaceError, OperationalError, models, reset_queries, router, transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract, Message, Payment
from detection.tasks import enqueue_after_import
from feedback.models import Feedback
from feedback.services import rating_summary_refresh

from .bulk import OneOf, analyze, fk_triggers_skippable, insert_rows, lock_referenced, skip_fk_triggers
from .parsing import FORMAT, STAGES, TYPES, LineError, Overlong, Record, parse_line, record_key, redact, show
from .spool import DiskIdSet, LastLines, LineSpool, Repeat, SpillFile, Waiting

logger = logging.getLogger(__name__)

INVALID = "invalid"  # summary row for lines with no known type
DEFAULT_BATCH_SIZE = 20_000
_IN_CHUNK = 20_000  # values per ``IN (…)`` query, well under SQLite's and PostgreSQL's limits
_RATING_CHUNK = 1000
# The database itself failing (connection lost, locked, timed out): no line is to blame,
# so the run stops rather than rejecting every line after it.
_STOP = (OperationalError, InterfaceError)
# What reading a damaged file raises (a truncated or corrupt .gz, an I/O error).
_READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass
class TypeCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    repeated: int = 0  # lines not imported because a later line names the same record

    @property
    def imported(self) -> int:
        return self.created + self.updated


@dataclass
class ImportResult:
    counts: dict[str, TypeCounts] = field(default_factory=lambda: {t: TypeCounts() for t in (*TYPES, INVALID)})
    lines: int = 0  # non-blank lines read
    passes: int = 0
    seconds: float = 0.0
    stopped: str = ""  # why the run ended early, if it did

    @property
    def rejected(self) -> int:
        return sum(c.rejected for c in self.counts.values())

    @property
    def repeated(self) -> int:
        return sum(c.repeated for c in self.counts.values())

    @property
    def imported(self) -> int:
        return sum(c.imported for c in self.counts.values())


@dataclass(frozen=True, slots=True)
class Rejection:
    line: int
    type: str | None
    label: str
    reason: str
    text: str  # the line as read (identity values redacted)

    def __str__(self) -> str:
        return f"line {self.line}: {self.label}: {self.reason}" if self.label else f"line {self.line}: {self.reason}"


class Outcome(Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


# --- Per-type upsert rules -------------------------------------------------------------


class Handler:
    """How one type is keyed, fetched, compared and written. Subclasses adjust."""

    model: type[models.Model]
    fields: tuple[str, ...]  # every stored attname the import sets, key fields included

    def key(self, values: dict) -> Hashable:
        return values["external_id"]

    def existing(self, keys: list) -> dict[Hashable, dict]:
        rows = {}
        for chunk in batched(keys, _IN_CHUNK, strict=False):
            for row in self.model.objects.filter(OneOf(F("external_id"), chunk)).order_by().values("pk", *self.fields):
                rows[row["external_id"]] = row
        return rows

    def check(self, records: list[Record], found: dict, run: _Run) -> list[Record]:
        """Rules needing the database; reject through ``run`` and return the rest."""
        return records

    def initial(self, values: dict, run: _Run) -> dict:
        return dict(values)

    def merge(self, state: dict, values: dict) -> bool:
        changed = False
        for name, value in values.items():
            if state.get(name) != value:
                state[name] = value
                changed = True
        return changed

    def build(self, state: dict) -> models.Model:
        """A model instance from a state; with ``pk`` (an existing row) it is for an update."""
        return self.model(**state)

    def written(self, created: list[dict], updated: list[tuple[dict, dict]], run: _Run) -> None:
        """After a successful write: ``updated`` holds (old row, new state) pairs."""


class AccountHandler(Handler):
    model = User
    fields = ("external_id", "email", "kind", "name", "country", "date_joined")

    def check(self, records, found, run):
        records = self._portal_users_untouched(records, run)
        emails = {r.values["email"] for r in records}
        owners: dict[str, str | None] = {}
        for chunk in batched(emails, _IN_CHUNK, strict=False):
            owners.update(User.objects.filter(OneOf(F("email"), chunk)).order_by().values_list("email", "external_id"))
        kept = []
        for record in records:
            email, ext = record.values["email"], record.external_id
            if email in owners and owners[email] != ext:
                owner = owners[email]
                who = f"account '{owner}'" if owner is not None else "a user of the portal"
                run.reject_record(record, f"email '{email}' is already used by {who}")
                continue
            owners[email] = ext
            kept.append(record)
        return kept

    def _portal_users_untouched(self, records: list[Record], run: _Run) -> list[Record]:
        """The import never changes a staff account, and never moves the email — the
        log-in and the address notices go to — of an account that can log in."""
        existing: dict[str, tuple[str, str, bool]] = {}
        for chunk in batched([r.external_id for r in records], _IN_CHUNK, strict=False):
            rows = User.objects.filter(OneOf(F("external_id"), chunk)).order_by()
            for ext, email, password, is_staff in rows.values_list("external_id", "email", "password", "is_staff"):
                existing[ext] = (email, password, is_staff)
        kept = []
        for record in records:
            if record.external_id not in existing:
                kept.append(record)
                continue
            email, password, is_staff = existing[record.external_id]
            if is_staff:
                run.reject_record(
                    record, f"account '{record.external_id}' is a staff account; the import never changes one"
                )
            elif record.values["email"] != email and is_password_usable(password):
                run.reject_record(
                    record,
                    f"email: account '{record.external_id}' logs in to the portal, so the import does not change its "
                    f"email (to {show(record.values['email'])}); change it in the admin if it is right",
                )
            else:
                kept.append(record)
        return kept

    def initial(self, values, run):
        # Imported accounts cannot log in until they reset their password.
        return {**values, "password": UNUSABLE_PASSWORD_PREFIX + token_urlsafe(30)}


class OrganizationHandler(Handler):
    model = Organization
    fields = ("external_id", "name", "created_at")


class ContractHandler(Handler):
    model = Contract
    fields = (
        "external_id",
        "client_id",
        "freelancer_id",
        "client_org_id",
        "title",
        "amount",
        "currency",
        "started_at",
        "ended_at",
        "status",
    )


class FeedbackHandler(Handler):
    model = Feedback
    fields = ("external_id", "contract_id", "author_id", "recipient_id", "rating", "comment", "created_at")

    def check(self, records, found, run):
        contracts = found["contract"]
        kept = []
        for record in records:
            contract_ext = record.refs["contract"][1]
            parties = contracts[contract_ext][2:]  # (client_id, freelancer_id)
            for role in ("author", "recipient"):
                if record.values[f"{role}_id"] not in parties:
                    ext = record.refs[role][1]
                    run.reject_record(record, f"{role} '{ext}' is not a party of contract '{contract_ext}'")
                    break
            else:
                kept.append(record)
        # One feedback per author per contract: a different id in the same place is refused.
        contract_ids = list({r.values["contract_id"] for r in kept})
        taken: dict[tuple[int, int], str | None] = {}
        for chunk in batched(contract_ids, _IN_CHUNK, strict=False):
            rows = Feedback.objects.filter(OneOf(F("contract_id"), chunk)).order_by()
            for ext, contract_id, author_id in rows.values_list("external_id", "contract_id", "author_id"):
                taken[(contract_id, author_id)] = ext
        unique = []
        for record in kept:
            place = (record.values["contract_id"], record.values["author_id"])
            if place in taken and taken[place] != record.external_id:
                holder = f"feedback '{taken[place]}'" if taken[place] is not None else "feedback entered on the portal"
                run.reject_record(
                    record,
                    f"contract '{record.refs['contract'][1]}' already has {holder} "
                    f"from author '{record.refs['author'][1]}'",
                )
                continue
            taken[place] = record.external_id
            unique.append(record)
        return unique

    def written(self, created, updated, run):
        recipients = [state["recipient_id"] for state in created]
        for old, new in updated:
            recipients += [old["recipient_id"], new["recipient_id"]]
        run.pending.recipients += recipients


class MessageHandler(Handler):
    model = Message
    fields = ("external_id", "sender_id", "recipient_id", "contract_id", "body", "sent_at")

    def check(self, records, found, run):
        """A message on a contract is between its two parties: messages are evidence
        (paid feedback, extortion), so a line cannot put words in anyone else's mouth."""
        kept = []
        for record in records:
            if "contract" not in record.refs:
                kept.append(record)
                continue
            contract_ext = record.refs["contract"][1]
            parties = found["contract"][contract_ext][2:]  # (client_id, freelancer_id)
            for role in ("sender", "recipient"):
                if record.values[f"{role}_id"] not in parties:
                    ext = record.refs[role][1]
                    run.reject_record(record, f"{role} '{ext}' is not a party of contract '{contract_ext}'")
                    break
            else:
                kept.append(record)
        return kept


class PaymentHandler(Handler):
    model = Payment
    fields = ("external_id", "contract_id", "payer_id", "payee_id", "kind", "amount", "created_at")

    def check(self, records, found, run):
        """Who pays whom follows the kind: the client pays the freelancer, a refund goes back."""
        kept = []
        for record in records:
            contract_ext = record.refs["contract"][1]
            _, _, client_id, freelancer_id = found["contract"][contract_ext]
            refund = record.values["kind"] == Payment.Kind.REFUND
            expected = (
                {"payer": freelancer_id, "payee": client_id} if refund else {"payer": client_id, "payee": freelancer_id}
            )
            for role in ("payer", "payee"):
                if record.values[f"{role}_id"] != expected[role]:
                    party = "freelancer" if expected[role] == freelancer_id else "client"
                    kind = "a refund" if refund else f"a {record.values['kind']} payment"
                    run.reject_record(
                        record,
                        f"{role} '{record.refs[role][1]}' does not fit {kind}: its {role} is the {party} of "
                        f"contract '{contract_ext}' (the client pays the freelancer; a refund goes back)",
                    )
                    break
            else:
                kept.append(record)
        return kept


class MembershipHandler(Handler):
    """No id of its own: keyed by (organisation, account)."""

    model = Membership
    fields = ("organization_id", "account_id", "role")

    def key(self, values):
        return (values["organization_id"], values["account_id"])

    def existing(self, keys):
        found = {}
        for chunk in batched(keys, _IN_CHUNK // 2, strict=False):  # two lists of values per query
            wanted = set(chunk)
            orgs = OneOf(F("organization_id"), {org for org, _ in wanted})
            accounts = OneOf(F("account_id"), {account for _, account in wanted})
            for row in Membership.objects.filter(orgs, accounts).order_by().values("pk", *self.fields):
                key = (row["organization_id"], row["account_id"])
                if key in wanted:
                    found[key] = row
        return found


class IdentityHandler(Handler):
    """Keyed by (account, kind, keyed hash); seeing it again widens first/last seen."""

    model = IdentitySignal
    fields = ("account_id", "kind", "value_hash", "building_hash", "first_seen", "last_seen")

    def key(self, values):
        return (values["account_id"], values["kind"], values["value_hash"])

    def existing(self, keys):
        found = {}
        for chunk in batched(keys, _IN_CHUNK // 2, strict=False):  # two lists of values per query
            wanted = set(chunk)
            accounts = OneOf(F("account_id"), {account for account, _, _ in wanted})
            hashes = OneOf(F("value_hash"), {digest for _, _, digest in wanted})
            for row in IdentitySignal.objects.filter(accounts, hashes).order_by().values("pk", *self.fields):
                key = (row["account_id"], row["kind"], row["value_hash"])
                if key in wanted:
                    found[key] = row
        return found

    def initial(self, values, run):
        seen = values.get("seen_at") or run.now
        return {name: values[name] for name in ("account_id", "kind", "value_hash", "building_hash")} | {
            "first_seen": seen,
            "last_seen": seen,
        }

    def merge(self, state, values):
        changed = False
        if state.get("building_hash") != values["building_hash"]:  # a sighting stored before building hashes
            state["building_hash"] = values["building_hash"]
            changed = True
        seen = values.get("seen_at")
        if seen is None:
            return changed
        if seen < state["first_seen"]:
            state["first_seen"] = seen
            changed = True
        if seen > state["last_seen"]:
            state["last_seen"] = seen
            changed = True
        return changed


HANDLERS: dict[str, Handler] = {
    "account": AccountHandler(),
    "organization": OrganizationHandler(),
    "membership": MembershipHandler(),
    "contract": ContractHandler(),
    "feedback": FeedbackHandler(),
    "message": MessageHandler(),
    "payment": PaymentHandler(),
    "identity": IdentityHandler(),
}

# What a reference resolves to: the pk, and for contracts also the two parties.
_REF_COLUMNS: dict[str, tuple[type[models.Model], tuple[str, ...]]] = {
    "account": (User, ("external_id", "pk")),
    "organization": (Organization, ("external_id", "pk")),
    "contract": (Contract, ("external_id", "pk", "client_id", "freelancer_id")),
}


# --- The run ----------------------------------------------------------------------------


@dataclass
class _Pending:
    """What a batch did, taken into account only once its transaction has committed."""

    counts: dict[str, TypeCounts] = field(default_factory=lambda: defaultdict(TypeCounts))
    rejections: list[Rejection] = field(default_factory=list)
    waiting: list[Waiting] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)


class _Run:
    def __init__(
        self, *, workdir: Path, on_reject: Callable[[Rejection], None] | None, keys_per_batch: bool = True
    ) -> None:
        self.on_reject = on_reject
        self._raw: dict[int, bytes | str] = {}  # this batch's lines, for those rejected or put aside
        self.result = ImportResult()
        self.pending = _Pending()
        self.recipients = DiskIdSet(workdir / "recipients.sqlite3")
        self.last_lines = LastLines(workdir / "last-lines.sqlite3")
        self.now = timezone.now()
        # PostgreSQL: batches check their foreign keys once each (importer.bulk), not per row.
        self.using = router.db_for_write(User)
        self.fk_per_batch = keys_per_batch and fk_triggers_skippable([h.model for h in HANDLERS.values()], self.using)
        # Rows the current batch transaction has locked FOR KEY SHARE (lock_referenced):
        # a batch's messages, payments and feedback refer to the same accounts and
        # contracts, which are checked and locked once per batch, not once per table.
        self.locked: set[tuple[str, object]] = set()
        # Types whose table held no row when pass 1 began (see note_empty_tables).
        self.empty_at_start: set[str] = set()

    def note_empty_tables(self) -> None:
        """Note which tables keyed by external id are empty as the import begins: their
        batches skip looking for existing rows. In such a table every row is this run's,
        and this run writes each record once (the read-through sets aside every line a
        later one repeats; a line put aside or refused was not written), so there is
        none to find. Should a row appear all the same (another session writing the
        table meanwhile), the write is refused and the batch is imported again with the
        lookups (``_RowsAppeared``), as it would have been."""
        for type_ in _KEYED_ONCE:
            if not HANDLERS[type_].model.objects.using(self.using).exists():
                self.empty_at_start.add(type_)

    # Rejections

    def reject(self, line: int, reason: str, *, type_: str | None, label: str, text: str) -> None:
        self.pending.counts[type_ or INVALID].rejected += 1
        self.pending.rejections.append(
            Rejection(line=line, type=type_, label=label, reason=reason, text=redact(type_, text))
        )

    def reject_record(self, record: Record, reason: str) -> None:
        self.reject(record.line, reason, type_=record.type, label=record.label, text=_text(self._raw[record.line]))

    def flush(self, spill: SpillFile | None = None) -> None:
        """Take what the last batch did into account (its transaction has committed)."""
        pending, self.pending = self.pending, _Pending()
        for type_, counts in pending.counts.items():
            total = self.result.counts[type_]
            for name in ("created", "updated", "unchanged", "rejected", "repeated"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
        if pending.recipients:
            self.recipients.update(pending.recipients)
        for waiting in pending.waiting:
            spill.add(waiting)
        if self.on_reject is not None:
            for rejection in pending.rejections:
                self.on_reject(rejection)

    # One batch: parse, then per stage resolve references and upsert each type.

    def batch(self, items: Sequence[tuple[int, bytes | str]], spill: SpillFile) -> None:
        """Import a batch in one transaction. If it fails with no line to blame, none of
        it is kept and its lines are imported one per transaction instead, so the line
        that fails is rejected (with what went wrong) and the others are imported."""
        self.pending = _Pending()
        try:
            with _no_cycle_collection():
                self._batch(items)
        except _STOP:
            raise
        except _RowsAppeared as exc:
            logger.info("import: %s rows appeared during the import; looking for existing ones again", exc.type)
            self.empty_at_start.discard(exc.type)
            self.batch(items, spill)
            return
        except Exception as exc:
            self.pending = _Pending()
            if len(items) > 1:
                logger.warning("import batch of lines %d-%d failed, retrying line by line", items[0][0], items[-1][0])
                for item in items:
                    self.batch((item,), spill)
                return
            line, raw = items[0]
            logger.exception("import of line %d failed", line)
            type_, label = _describe(line, raw)
            self.reject(line, f"could not be imported: {_error_text(exc)}", type_=type_, label=label, text=_text(raw))
        self.flush(spill)

    def _batch(self, items: Sequence[tuple[int, bytes | str]]) -> None:
        self._raw = dict(items)
        repeated = self.last_lines.repeated_among(items[0][0], items[-1][0]) if items else {}
        parsed = _parse_all(items, skip=repeated)
        records = []
        for (line, raw), outcome in zip(items, parsed, strict=True):
            if line in repeated:
                self.pending.counts[repeated[line]].repeated += 1  # a later line names the same record
            elif isinstance(outcome, Record):
                records.append(outcome)
            elif isinstance(outcome, LineError):
                self.reject(line, outcome.reason, type_=outcome.type, label=outcome.label, text=_text(raw))
            else:
                raise outcome  # what parsing the line raised besides a LineError
        with transaction.atomic(using=self.using):
            self.locked = set()  # (table, key) of the rows this transaction holds FOR KEY SHARE
            if self.fk_per_batch:
                skip_fk_triggers(self.using)
            for stage in STAGES:
                in_stage = [r for r in records if r.type in stage]
                if not in_stage:
                    continue
                found = _resolve(in_stage)
                ready: dict[str, list[Record]] = defaultdict(list)  # by type, in line order
                for record in in_stage:
                    missing = _fill_references(record, found)
                    if missing:
                        text = _text(self._raw[record.line])
                        self.pending.waiting.append(Waiting(record.line, record.type, record.label, missing, text))
                    else:
                        ready[record.type].append(record)
                for type_ in stage:
                    if of_type := ready.get(type_):
                        self._upsert(HANDLERS[type_], type_, of_type, found)
        # Under DEBUG Django remembers every query; forget this batch's so memory stays flat.
        reset_queries()

    def _upsert(self, handler: Handler, type_: str, records: list[Record], found: dict) -> None:
        counts = self.pending.counts[type_]
        records = handler.check(records, found, self)
        groups: dict[Hashable, list[Record]] = defaultdict(list)
        for record in records:
            groups[handler.key(record.values)].append(record)
        existing = {} if type_ in self.empty_at_start else handler.existing(list(groups))
        creates: list[tuple[dict, list]] = []
        updates: list[tuple[dict, dict, list]] = []
        for key, group in groups.items():
            old = existing.get(key)
            state = dict(old) if old is not None else None
            outcomes = []
            # Several lines for one record in a batch behave as if imported one by one.
            for record in group:
                if state is None:
                    state = handler.initial(record.values, self)
                    outcomes.append((record, Outcome.CREATED))
                else:
                    changed = handler.merge(state, record.values)
                    outcomes.append((record, Outcome.UPDATED if changed else Outcome.UNCHANGED))
            if old is None:
                creates.append((state, outcomes))
            elif state != old:
                updates.append((old, state, outcomes))
            else:
                counts.unchanged += len(outcomes)
        created = self._write(handler, creates, update=False)
        updated = self._write(handler, updates, update=True)
        handler.written(created, updated, self)

    def _write(self, handler: Handler, plans: list, *, update: bool) -> list:
        """Write the plans (creates: (state, outcomes); updates: (old, state, outcomes))
        and count their outcomes. If the database refuses the batch, write them one by
        one so only the offending records are rejected. Returns what was written."""
        if not plans:
            return []
        states = [plan[-2] for plan in plans]
        locking: set = set()  # rows write_all locks, held once its savepoint is released
        if update:
            names = sorted({n for old, state, _ in plans for n in handler.fields if state.get(n) != old.get(n)})

            def write_all() -> None:
                if self.fk_per_batch:
                    locking.update(lock_referenced(handler.model, states, names, held=self.locked))
                handler.model.objects.bulk_update([handler.build(s) for s in states], names, batch_size=1000)

            def write_one(state: dict) -> None:
                if self.fk_per_batch:
                    lock_referenced(handler.model, [state], names, held=self.locked)
                handler.build(state).save(update_fields=names)
        else:

            def write_all() -> None:
                if self.fk_per_batch:
                    locking.update(lock_referenced(handler.model, states, held=self.locked))
                insert_rows(handler.model, states)

            def write_one(state: dict) -> None:
                if self.fk_per_batch:
                    lock_referenced(handler.model, [state], held=self.locked)
                handler.build(state).save(force_insert=True)

        errors, whole = _attempt(write_all, write_one, states)
        type_ = plans[0][-1][0][0].type  # one handler, one type
        if not whole and not update and type_ in self.empty_at_start:
            raise _RowsAppeared(type_)  # perhaps rows it did not look for: the batch again, with the lookups
        if whole:  # the rows write_all locked stay locked until the batch commits
            self.locked |= locking
        if errors.count(None) == len(errors):  # the usual batch: all written, outcomes counted at once
            tally = Counter(outcome for plan in plans for _, outcome in plan[-1])
            counts = self.pending.counts[type_]
            for outcome, n in tally.items():
                setattr(counts, outcome.value, getattr(counts, outcome.value) + n)
            return [plan[:2] for plan in plans] if update else [plan[0] for plan in plans]
        done = []
        for plan, error in zip(plans, errors, strict=True):
            for record, outcome in plan[-1]:
                counts = self.pending.counts[record.type]
                if error is not None and outcome is not Outcome.UNCHANGED:
                    self.reject_record(record, f"the database refused it: {error}")
                else:
                    setattr(counts, outcome.value, getattr(counts, outcome.value) + 1)
            if error is None:
                done.append(plan[:2] if update else plan[0])
        return done

    # Ratings

    def refresh_ratings(self) -> None:
        for chunk in self.recipients.chunks(_RATING_CHUNK):
            with transaction.atomic():
                rating_summary_refresh(account_ids=chunk)


# Types whose every record is named on one line only, after the read-through (record_key),
# and looked up by external id: a run writes each at most once.
_KEYED_ONCE = ("account", "organization", "contract", "feedback", "message", "payment")


class _RowsAppeared(Exception):
    """A write to a table that was empty at the start was refused: a row may have
    appeared that the batch did not look for."""

    def __init__(self, type_: str) -> None:
        super().__init__(type_)
        self.type = type_


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for one batch. A batch keeps tens of thousands of
    parsed records and rows alive until it ends, and the collector, run every 2,000
    allocations, walks them again each time: a third of the parsing time (1.8 against
    2.6 CPU-s per 200,000 lines). They are freed by reference counting when the batch
    ends; the few cycles a batch leaves (Django's, an exception's) are collected after
    it, when the collector is back on, so memory stays bounded by the batch. The switch
    is process-wide: another thread of the same process (a worker's) also runs without
    the collector for that batch's seconds, and reference counting still frees its
    garbage that has no cycles."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _attempt(
    write_all: Callable[[], None], write_one: Callable[[dict], None], states: list[dict]
) -> tuple[list[str | None], bool]:
    """None for each state written, or the reason it could not be (the database
    refusing it, or a value the driver cannot send); and whether ``write_all`` wrote
    them all at once (rather than ``write_one`` one by one)."""
    try:
        with transaction.atomic():
            write_all()
        return [None] * len(states), True
    except _STOP:
        raise
    except Exception as exc:  # whatever refused the batch, the records one by one say which line it was
        logger.info("import batch refused (%s); writing its %d records one by one", _error_text(exc), len(states))
    errors: list[str | None] = []
    for state in states:
        try:
            with transaction.atomic():
                write_one(state)
            errors.append(None)
        except _STOP:
            raise
        except Exception as exc:
            errors.append(_error_text(exc))
    return errors, False


def _error_text(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:200]


def _describe(line: int, raw: bytes | str) -> tuple[str | None, str]:
    """The type and label of a line, as far as it can be parsed."""
    try:
        record = parse_line(line, raw)
    except LineError as exc:
        return exc.type, exc.label
    except Exception:
        return None, ""
    return record.type, record.label


def _text(raw: bytes | str) -> str:
    if isinstance(raw, Overlong):
        return raw.decode("utf-8", errors="replace") + "…"
    return raw.decode("utf-8", errors="replace").rstrip("\r\n") if isinstance(raw, bytes) else raw.rstrip("\r\n")


def _resolve(records: list[Record]) -> dict[str, dict[str, tuple]]:
    """external id -> row (external_id, pk, …) for every record referred to."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for ref_type, ext in record.refs.values():
            wanted[ref_type].add(ext)
    found: dict[str, dict[str, tuple]] = {ref_type: {} for ref_type in _REF_COLUMNS}
    for ref_type, ids in wanted.items():
        model, columns = _REF_COLUMNS[ref_type]
        for chunk in batched(ids, _IN_CHUNK, strict=False):
            for row in model.objects.filter(OneOf(F("external_id"), chunk)).order_by().values_list(*columns):
                found[ref_type][row[0]] = row
    return found


def _fill_references(record: Record, found: dict[str, dict[str, tuple]]) -> str:
    """Set ``<field>_id`` for each reference; return why not, if some are unknown."""
    missing = []
    values = record.values
    for name, (ref_type, ext) in record.refs.items():
        row = found[ref_type].get(ext)
        if row is None:
            role = f" ({name})" if name != ref_type else ""
            missing.append(f"refers to unknown {ref_type} {show(ext)}{role}")
        else:
            values[_ID_OF[name]] = row[1]
    return ", ".join(dict.fromkeys(missing)) if missing else ""


# Reference field -> the attname its key is stored under ("client" -> "client_id").
_ID_OF = {spec.target: f"{spec.target}_id" for specs in FORMAT.values() for spec in specs if spec.ref}


# A line parsed: the record, the LineError saying why it is not one, or whatever else
# parsing it raised (raised again when its batch is imported, as if parsed there).
type Parsed = Record | Exception | None


def _parse_all(items: Iterable[tuple[int, bytes | str]], skip: Container[int] = ()) -> list[Parsed]:
    """Each line parsed (None for the lines in ``skip``)."""
    parsed: list[Parsed] = []
    for line, raw in items:
        if line in skip:
            parsed.append(None)
            continue
        try:
            parsed.append(parse_line(line, raw))
        except Exception as exc:
            parsed.append(exc)
    return parsed


def _numbered(lines: Iterable[bytes], result: ImportResult) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their numbers. A file that cannot be read to the end ends
    the lines there, and ``result.stopped`` says why."""
    numbered = enumerate(lines, start=1)
    number = 0
    while True:
        try:
            number, raw = next(numbered)
        except StopIteration:
            return
        except _READ_ERRORS as exc:
            result.stopped = f"the file could not be read after line {number:,}: {_error_text(exc)}"
            logger.warning("import: %s", result.stopped)
            return
        if raw and not raw.isspace():
            yield number, raw


def _read_through(
    lines: Iterable[bytes],
    run: _Run,
    spool: LineSpool,
    batch_size: int,
    on_repeat: Callable[[Repeat], None] | None,
    on_batch: Callable[[int], None] | None,
) -> None:
    """Read the whole input once: keep it in ``spool`` and note, for every record,
    the last line naming it (``run.last_lines``); tell ``on_repeat`` of each line a
    later one repeats."""
    result = run.result
    for batch in batched(_numbered(lines, result), batch_size, strict=False):
        keyed = []
        with _no_cycle_collection():
            for line, raw in batch:
                spool.add(line, raw)
                if (found := record_key(raw)) is not None:
                    keyed.append((*found, line))
        result.lines += len(batch)
        run.last_lines.add(keyed)
        if on_batch is not None:
            on_batch(result.lines)
    spool.close()
    for repeat in run.last_lines.find():
        if on_repeat is not None:
            on_repeat(repeat)


def marketplace_import(
    *,
    lines: Iterable[bytes],
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_reject: Callable[[Rejection], None] | None = None,
    on_repeat: Callable[[Repeat], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
    on_phase: Callable[[str], None] | None = None,
    keys_per_batch: bool = True,
) -> ImportResult:
    """Import JSON Lines (bytes, one record per line) into the portal, upserting by
    external id. Each batch is its own transaction, whole or not at all (see the module
    docstring), so a run that stops part-way keeps the batches before it; importing
    again is safe: it is idempotent.

    Always returns the result: lines that cannot be imported are rejected, and if the
    file cannot be read to the end or the database stops answering, ``stopped`` says so.

    ``on_reject`` hears each rejected line; ``on_repeat`` each line that is not
    imported because a later line names the same record; ``on_batch`` the number of
    lines read so far, while the input is read through; ``on_phase`` what happens after.

    ``keys_per_batch`` lets PostgreSQL batches check their foreign keys once per batch
    rather than per row, where the role may (see ``importer.bulk``). It is on by
    default; turning it off is for measuring what it brings.
    """
    tell = on_phase or (lambda text: None)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="import_marketplace-") as tmp:
        workdir = Path(tmp)
        run = _Run(workdir=workdir, on_reject=on_reject, keys_per_batch=keys_per_batch)
        result = run.result
        database_failed = False
        try:
            _read_through(lines, run, LineSpool(workdir / "input.bin"), batch_size, on_repeat, on_batch)
            run.note_empty_tables()
            result.passes = 1
            tell(f"pass 1: importing {result.lines:,} lines")
            spill = SpillFile(workdir / "pass-1.jsonl")
            for batch in batched(LineSpool.read(workdir / "input.bin"), batch_size, strict=False):
                run.batch(batch, spill)
            spill.close()
            # Retry lines that referred forward, until a pass resolves nothing more.
            while spill.count:
                result.passes += 1
                tell(f"pass {result.passes}: {spill.count:,} lines waiting for records further on")
                waiting = spill
                spill = SpillFile(workdir / f"pass-{result.passes}.jsonl")
                for batch in batched(((w.line, w.text) for w in waiting), batch_size, strict=False):
                    run.batch(batch, spill)
                spill.close()
                if spill.count == waiting.count:
                    for w in spill:
                        run.reject(w.line, w.reason, type_=w.type, label=w.label, text=w.text)
                    run.flush()
                    break
            tell("recomputing rating summaries")
            run.refresh_ratings()
            if result.imported:
                tell("updating the database's statistics")
                analyze([h.model for t, h in HANDLERS.items() if result.counts[t].imported], run.using)
        except _STOP as exc:
            logger.exception("import stopped: the database failed")
            database_failed = True
            result.stopped = f"the database failed after {result.lines:,} lines: {_error_text(exc)}"
        finally:
            run.recipients.close()
            run.last_lines.close()
    result.seconds = time.monotonic() - started
    if result.imported and not database_failed:
        enqueue_after_import()  # per-record detection is skipped during import; it catches up once, here
    return result
