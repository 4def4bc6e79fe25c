"""Inbound email: the one ingestion service behind the anymail inbound webhook and
``manage.py ingest_email``.

1. The raw bytes are stored first, in their own transaction, keyed by Message-ID
   (a redelivered message adds nothing; a message whose processing failed is
   processed again when it is redelivered).
2. The message is read (``mailparse``), its new text extracted (``replyparse``)
   and a plan made (``inbound_email_plan``, read-only; ``--dry-run`` prints it).
   A message that cannot be read is held as unreadable. A bounce (DSN) is believed
   only when it came back to the signed return path of the very email it reports
   on (``tokens.bounce_address``); any other bounce that names our mail is held and
   marks nothing. A From header with several addresses, or a display name showing
   another address, is held. Other automatic mail (auto-replies, out-of-office
   notices, receipts, bulk) is recorded and set aside. Everything else is threaded
   by the signed reply address, then by In-Reply-To/References to a Message-ID we
   sent; the sender must be the person we wrote to (or an address a reviewer
   verified for them) and must not fail the ESP's spam or SPF/DKIM/DMARC verdicts.
   Anything that fails a check is quarantined with the reason.
3. An accepted reply becomes the case's MESSAGE_FROM_USER event through
   ``cases.services.case_user_reply`` (the same call My Requests makes).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.utils import timezone

from cases.models import CaseError, CaseEvent
from cases.services import case_user_replies_by_email, case_user_reply
from cases.timeline import event_add
from core.errors import DomainError
from core.permissions import require_reviewer
from notifications.models import OutboundEmail
from notifications.services import outbound_email_track
from notifications.tokens import (
    BadBounceToken,
    BadReplyToken,
    bounce_token_verify,
    bounce_tokens_in,
    reply_token_verify,
    reply_tokens_in,
)

from .mailparse import ParsedEmail, auth_failure, describe_failure, message_id_of, parse_email, unreadable_reason
from .models import InboundEmail, VerifiedSenderAddress
from .replyparse import Reply, extract_reply

logger = logging.getLogger(__name__)


class InboundMailError(DomainError):
    """A reviewer's action on a held message refused, for a reason they can read."""


MAX_ORIGINAL_CHARS = 100_000

Status = InboundEmail.Status
Reason = InboundEmail.Reason


@dataclass
class EspVerdict:
    """What the ESP told us about a message it received for us."""

    spam: bool | None = None
    spam_score: float | None = None
    envelope_recipient: str = ""


@dataclass
class Plan:
    """What ingesting a message does (or, for --dry-run, would do)."""

    message_id: str
    status: str
    reason: str = ""
    detail: str = ""
    sender: str = ""  # subject | verified | mismatch | ambiguous | spam | auth_failed | unchecked
    parsed: ParsedEmail | None = None
    reply: Reply | None = None
    outbound: OutboundEmail | None = None
    case_id: int | None = None
    account_id: int | None = None
    bounced: list[OutboundEmail] = field(default_factory=list)
    duplicate: bool = False

    def as_json(self) -> dict:
        parsed = self.parsed
        return {
            "message_id": self.message_id,
            "case": self.case_id,
            "sender": self.sender,
            "from": parsed.from_email if parsed else "",
            "subject": parsed.subject if parsed else "",
            "action": "duplicate" if self.duplicate else self.status,
            "reason": self.reason,
            "detail": self.detail,
            "reply_text": self.reply.text if self.reply else "",
            "attachments": [a.as_dict() for a in parsed.attachments] if parsed else [],
        }


@dataclass
class IngestResult:
    inbound: InboundEmail
    created: bool
    duplicate: bool
    plan: Plan | None = None


# --- planning (read-only) -------------------------------------------------------------


class OutboundLookup:
    """Our emails a batch of messages may answer, read with two queries for the
    whole batch (by the ids in their signed reply addresses and by the Message-IDs
    they reference) instead of one or two per message."""

    def __init__(self, by_pk: dict[int, OutboundEmail], by_message_id: dict[str, OutboundEmail]) -> None:
        self.by_pk, self.by_message_id = by_pk, by_message_id

    @classmethod
    def for_messages(cls, items: list[tuple[ParsedEmail, list[str]]]) -> OutboundLookup:
        pks: set[int] = set()
        message_ids: set[str] = set()
        for parsed, addresses in items:
            for token in reply_tokens_in(addresses):
                try:
                    pks.add(reply_token_verify(token).outbound_id)
                except BadReplyToken:
                    continue
            message_ids.update(parsed.thread_ids)
        rows = OutboundEmail.objects.select_related("account", "case")
        by_pk = {o.pk: o for o in rows.filter(pk__in=pks)} if pks else {}
        by_message_id = {o.message_id: o for o in rows.filter(message_id__in=message_ids)} if message_ids else {}
        return cls(by_pk, by_message_id)


def _outbound_by_pk(pk: int, lookup: OutboundLookup | None) -> OutboundEmail | None:
    if lookup is not None:
        return lookup.by_pk.get(pk)
    return OutboundEmail.objects.select_related("account", "case").filter(pk=pk).first()


def _thread(
    parsed: ParsedEmail, addresses: list[str], lookup: OutboundLookup | None = None
) -> tuple[OutboundEmail | None, str, str]:
    """(outbound email replied to, problem reason, detail)."""
    tokens = reply_tokens_in(addresses)
    problem = ""
    for token in tokens:
        try:
            ref = reply_token_verify(token)
        except BadReplyToken as exc:
            problem = f"reply address reply+{token[:40]}@… is not one we issued ({exc})"
            continue
        outbound = _outbound_by_pk(ref.outbound_id, lookup)
        if outbound is None or outbound.case_id != ref.case_id:
            problem = "the reply address is validly signed but names no email we sent"
            continue
        return outbound, "", ""
    if problem:
        return None, Reason.TOKEN_INVALID, problem
    if parsed.thread_ids:
        if lookup is not None:
            candidates = lookup.by_message_id
        else:
            candidates = {
                o.message_id: o
                for o in OutboundEmail.objects.select_related("account", "case").filter(
                    message_id__in=parsed.thread_ids
                )
            }
        for message_id in parsed.thread_ids:
            if message_id in candidates:
                return candidates[message_id], "", ""
    return None, Reason.NO_THREAD, "no reply address of ours and no reference to an email we sent"


def _returned_to(addresses: list[str]) -> tuple[OutboundEmail | None, str]:
    """(the email whose signed return path is among ``addresses``, problem)."""
    problem = ""
    for token in bounce_tokens_in(addresses):
        try:
            outbound_id = bounce_token_verify(token)
        except BadBounceToken as exc:
            problem = f"the return path bounces+{token[:40]}@… is not one we issued ({exc})"
            continue
        outbound = OutboundEmail.objects.select_related("account", "case").filter(pk=outbound_id).first()
        if outbound is None:
            problem = "the return path is validly signed but names no email we sent"
            continue
        return outbound, ""
    return None, problem


def _plan_bounce(plan: Plan, parsed: ParsedEmail, addresses: list[str]) -> Plan:
    """A delivery status notification marks an email bounced only when it came back
    to that email's signed return path: anyone can write a DSN naming our
    Message-IDs (they are in every reply), nobody else can write to that address."""
    _kind, why = parsed.automatic
    report = parsed.report
    returned_to, problem = _returned_to(addresses)
    plan.sender = "unchecked"
    if returned_to is not None:
        plan.outbound = returned_to
        plan.case_id, plan.account_id = returned_to.case_id, returned_to.account_id
        plan.status, plan.reason = Status.AUTO_REPLY, Reason.BOUNCE
        if report is not None and report.permanent:
            plan.bounced = [returned_to]
            plan.detail = f"{why}: came back to the signed return path of our email #{returned_to.pk}"
        else:
            plan.detail = f"{why}: a delay or temporary failure for our email #{returned_to.pk}, recorded only"
        return plan
    named = list(
        OutboundEmail.objects.filter(message_id__in=report.message_ids).values_list("pk", flat=True)
        if report is not None and report.message_ids
        else []
    )
    if problem or named:
        plan.status, plan.reason = Status.QUARANTINED, Reason.BOUNCE_UNTRUSTED
        plan.detail = problem or (
            f"{why}: it names our email{'s' if len(named) > 1 else ''} "
            f"{', '.join(f'#{pk}' for pk in named)} but did not come back to a signed return path; "
            "not believed, nothing was marked undelivered"
        )
    else:
        plan.status, plan.reason, plan.detail = Status.AUTO_REPLY, Reason.BOUNCE, f"{why} (about no email of ours)"
    return plan


def _sender_verdict(parsed: ParsedEmail, outbound: OutboundEmail) -> tuple[str, str]:
    """('subject' | 'verified' | 'mismatch', detail)."""
    if len(parsed.from_addresses) != 1:
        return "mismatch", f"{len(parsed.from_addresses)} From addresses"
    sender = parsed.from_email
    account = outbound.account
    if account is None:
        return "mismatch", "the email we sent belongs to no account"
    if sender == (account.email or "").lower():
        return "subject", ""
    if VerifiedSenderAddress.objects.filter(account=account, email=sender).exists():
        return "verified", ""
    return "mismatch", f"sent from {sender}, but we wrote to {account.email}"


def _parse(raw: bytes, esp_name: str) -> ParsedEmail:
    return parse_email(
        raw,
        attachment_max_bytes=settings.INBOUND_ATTACHMENT_MAX_BYTES,
        attachment_max_count=settings.INBOUND_ATTACHMENT_MAX_COUNT,
        trusted_authserv_ids=settings.INBOUND_TRUSTED_AUTHSERV_IDS,
        esp_name=esp_name,
    )


def inbound_email_plan(
    *,
    raw: bytes,
    esp_name: str = "",
    verdict: EspVerdict | None = None,
    parsed: ParsedEmail | None = None,
    lookup: OutboundLookup | None = None,
) -> Plan:
    """Read a raw message and decide what to do with it; writes nothing."""
    verdict = verdict or EspVerdict()
    parsed = parsed or _parse(raw, esp_name)
    try:
        reply = extract_reply(parsed.plain, html=parsed.html)
    except Exception as exc:  # hostile input must not stop the plan: hold the message instead
        reply = Reply(text="", signature="", cut="", quoted=False, source="plain")
        parsed.unreadable = parsed.unreadable or unreadable_reason(exc)
    plan = Plan(message_id=parsed.message_id, status=Status.QUARANTINED, parsed=parsed, reply=reply)
    addresses = [*([verdict.envelope_recipient] if verdict.envelope_recipient else []), *parsed.recipients]
    outbound, problem, detail = _thread(parsed, addresses, lookup)
    plan.outbound = outbound
    if outbound is not None:
        plan.case_id, plan.account_id = outbound.case_id, outbound.account_id

    if parsed.unreadable:
        plan.reason, plan.detail, plan.sender = Reason.UNREADABLE, parsed.unreadable, "unchecked"
        return plan
    if parsed.automatic and parsed.automatic[0] == "bounce":
        return _plan_bounce(plan, parsed, addresses)
    if parsed.from_problem:
        plan.reason, plan.sender = Reason.FROM_FORGED, "ambiguous"
        plan.detail = parsed.from_problem[0].upper() + parsed.from_problem[1:]
        return plan
    if parsed.automatic:
        kind, why = parsed.automatic
        plan.status, plan.reason, plan.detail, plan.sender = Status.AUTO_REPLY, kind, why, "unchecked"
        if outbound is None and (returned_to := _returned_to(addresses)[0]) is not None:
            # Auto-responders answer the return path (RFC 3834): it says which email they answer.
            plan.outbound, plan.case_id, plan.account_id = returned_to, returned_to.case_id, returned_to.account_id
        return plan
    if outbound is None:
        plan.reason, plan.detail, plan.sender = problem, detail, "unchecked"
        return plan
    if outbound.case_id is None:
        plan.reason, plan.sender = Reason.NO_CASE, "unchecked"
        plan.detail = "a reply to an email that belongs to no case"
        return plan
    if verdict.spam:
        plan.reason, plan.sender = Reason.SPAM, "spam"
        plan.detail = "the ESP flagged it as spam" + (f" (score {verdict.spam_score})" if verdict.spam_score else "")
        return plan
    if failure := auth_failure(parsed.auth):
        plan.reason, plan.detail, plan.sender = Reason.AUTH_FAILED, failure, "auth_failed"
        return plan
    plan.sender, sender_detail = _sender_verdict(parsed, outbound)
    if plan.sender == "mismatch":
        plan.reason, plan.detail = Reason.SENDER_MISMATCH, sender_detail
        return plan
    if not reply.text and not parsed.attachments:
        plan.reason, plan.detail = Reason.EMPTY, "no new text above the quoted email, and no attachments"
        return plan
    plan.status = Status.THREADED
    return plan


# --- ingestion (writes) ------------------------------------------------------------------


def _reply_data(inbound: InboundEmail, parsed: ParsedEmail, reply: Reply, **extra) -> dict:
    return {
        "inbound_email": inbound.pk,
        "message_id": inbound.message_id,
        "from": parsed.from_email,
        "subject": parsed.subject,
        "original_text": parsed.text[:MAX_ORIGINAL_CHARS],
        "signature": reply.signature[:2000],
        "forwarded": reply.forwarded,
        "kept_more": reply.kept_more,
        "attachments": [a.as_dict() for a in parsed.attachments],
        **extra,
    }


def _refused_attachments_note(*, case, inbound: InboundEmail, attachments: list[dict], actor=None) -> None:
    refused = [a for a in attachments if not a.get("accepted")]
    if not refused:
        return
    lines = [f"· {a['filename']} ({a['content_type']}, {a['size']} bytes): {a['refused']}" for a in refused]
    event_add(
        case=case,
        type=CaseEvent.Type.NOTE,
        actor=actor,
        body="Attachments refused from the user's email (kept in the stored message, never opened):\n"
        + "\n".join(lines),
        data={"inbound_email": inbound.pk, "refused_attachments": refused},
    )


def _fill(inbound: InboundEmail, plan: Plan) -> None:
    parsed, reply = plan.parsed, plan.reply
    inbound.from_email = parsed.from_email[:320]
    inbound.from_name = parsed.from_name[:200]
    inbound.to_addresses = ", ".join(parsed.to)[:5000]
    inbound.subject = parsed.subject[:500]
    inbound.sent_at = parsed.date
    inbound.in_reply_to = " ".join(parsed.in_reply_to)
    inbound.references = " ".join(parsed.references)
    inbound.text = parsed.text[:MAX_ORIGINAL_CHARS]
    inbound.html = parsed.html[:MAX_ORIGINAL_CHARS]
    inbound.reply_text = reply.text
    inbound.attachments = [a.as_dict() for a in parsed.attachments]
    inbound.auth_results = parsed.auth
    inbound.outbound = plan.outbound
    inbound.case_id = plan.case_id
    inbound.account_id = plan.account_id


def _process(inbound: InboundEmail, *, raw: bytes, esp_name: str, verdict: EspVerdict, created: bool) -> Plan:
    """Read, plan and apply. Runs inside the caller's transaction (a savepoint)."""
    plan = inbound_email_plan(raw=raw, esp_name=esp_name, verdict=verdict)
    if created:
        locked = inbound  # inserted in this transaction: the row is ours already
    else:
        locked = InboundEmail.objects.select_for_update().defer("raw").get(pk=inbound.pk)
        if locked.status not in (Status.RECEIVED, Status.ERROR):
            plan.duplicate = True
            return plan
    _fill(locked, plan)
    status, reason, detail = plan.status, plan.reason, plan.detail
    if status == Status.THREADED:
        try:  # case_user_reply is atomic itself: a refusal leaves nothing behind
            locked.event = case_user_reply(
                case=plan.outbound.case,
                account=plan.outbound.account,
                body=plan.reply.text,
                via="email",
                data=_reply_data(locked, plan.parsed, plan.reply),
            )
        except CaseError as exc:
            status, reason, detail = Status.QUARANTINED, Reason.REFUSED_BY_CASE, exc.message[:500]
        else:
            _refused_attachments_note(case=plan.outbound.case, inbound=locked, attachments=locked.attachments)
    _bounces_track(plan, event_id=locked.message_id)
    locked.status, locked.reason, locked.detail = status, reason, detail[:500]
    locked.processed_at = timezone.now()
    locked.save(update_fields=_PROCESSED_FIELDS)
    plan.status, plan.reason, plan.detail = status, reason, detail
    if locked is not inbound:
        for name in _PROCESSED_FIELDS:
            setattr(inbound, name, getattr(locked, name))
    return plan


# What processing writes (never the raw bytes, which are stored once and kept as they came).
_PROCESSED_FIELDS = [
    "from_email", "from_name", "to_addresses", "subject", "sent_at", "in_reply_to", "references", "text", "html",
    "reply_text", "attachments", "auth_results", "outbound", "case", "account", "event", "status", "reason",
    "detail", "processed_at",
]  # fmt: skip


def inbound_email_ingest(
    *, raw: bytes, source: str, esp_name: str = "", verdict: EspVerdict | None = None
) -> IngestResult:
    """Store, deduplicate, thread and accept or quarantine one raw message.

    One transaction: the raw message is inserted first, then processed inside a
    savepoint, so a failure while processing rolls back only the processing and
    the stored message commits (marked as a processing error, for a reviewer).
    Database outages roll back everything and propagate: the webhook answers 500
    and the ESP retries, the MTA pipe exits EX_TEMPFAIL, a maildir keeps its file;
    the sender's side still holds the message until we succeed."""
    verdict = verdict or EspVerdict()
    message_id = message_id_of(raw)
    seen = InboundEmail.objects.filter(message_id=message_id).only("pk", "status").first()
    if seen is not None and seen.status not in (Status.RECEIVED, Status.ERROR):
        return IngestResult(inbound=seen, created=False, duplicate=True)  # the cheap, common redelivery
    with transaction.atomic():
        try:
            with transaction.atomic():
                inbound = InboundEmail.objects.create(
                    raw=raw,
                    raw_size=len(raw),
                    raw_sha256=hashlib.sha256(raw).hexdigest(),
                    message_id=message_id,
                    source=source,
                    esp_name=esp_name[:32],
                    spam_detected=verdict.spam,
                    spam_score=verdict.spam_score,
                )
            created = True
        except IntegrityError:  # a concurrent delivery of the same message got there first
            inbound = InboundEmail.objects.get(message_id=message_id)
            created = False
            if inbound.status not in (Status.RECEIVED, Status.ERROR):
                return IngestResult(inbound=inbound, created=False, duplicate=True)
        stored = raw if created else bytes(inbound.raw)  # a redelivery reprocesses what was stored first
        try:
            with transaction.atomic():
                plan = _process(
                    inbound, raw=stored, esp_name=inbound.esp_name or esp_name, verdict=verdict, created=created
                )
        except (OperationalError, InterfaceError):
            raise
        except Exception as exc:  # RecursionError included: the stored message waits for a reviewer
            logger.exception("Processing inbound email %s failed; kept for review", inbound.pk)
            inbound.status, inbound.reason = Status.ERROR, Reason.ERROR
            inbound.detail = f"Processing failed: {describe_failure(exc)}."[:500]
            inbound.processed_at = timezone.now()
            inbound.save(update_fields=["status", "reason", "detail", "processed_at"])
            return IngestResult(inbound=inbound, created=created, duplicate=False)
    return IngestResult(inbound=inbound, created=created, duplicate=plan.duplicate, plan=plan)


def inbound_email_ingest_batch(
    raws: list[bytes], *, source: str, esp_name: str = "", verdict: EspVerdict | None = None
) -> list[IngestResult]:
    """``inbound_email_ingest`` for many messages at once (a maildir backlog), with
    the same outcome for each and a fixed number of statements per batch where
    the one-by-one path needs about fifteen per message: one Message-ID lookup,
    two thread lookups, the raw rows inserted by one INSERT together with what
    processing found, the replies added to their cases in bulk
    (``cases.services.case_user_replies_by_email``), one UPDATE linking the
    events; one transaction, no savepoint.

    Every safety of the one-by-one path stays. Reading and planning never write
    and never raise for a message's sake (a message that fails there is stored
    as a processing error like any other). If writing the batch fails, the batch
    is rolled back and each message goes through ``inbound_email_ingest`` on its
    own — raw bytes first, a savepoint around the processing — so one bad
    message never keeps the others out. A message already stored and waiting
    for processing again (received or error) takes that path too. A database
    outage propagates, as there."""
    verdict = verdict or EspVerdict()
    message_ids = [message_id_of(raw) for raw in raws]
    stored = dict(InboundEmail.objects.filter(message_id__in=set(message_ids)).values_list("message_id", "status"))
    results: list[IngestResult | None] = [None] * len(raws)
    fresh: list[int] = []
    again: list[int] = []
    seen: set[str] = set()
    for index, message_id in enumerate(message_ids):
        if message_id in seen or stored.get(message_id) not in (None, Status.RECEIVED, Status.ERROR):
            continue  # a duplicate: reported below
        seen.add(message_id)
        (again if message_id in stored else fresh).append(index)
    plans = _plan_batch([raws[i] for i in fresh], esp_name=esp_name, verdict=verdict)
    try:
        with transaction.atomic():
            written = _write_batch(
                [(raws[i], message_ids[i], plan) for i, plan in zip(fresh, plans, strict=True)],
                source=source, esp_name=esp_name, verdict=verdict,
            )  # fmt: skip
    except (OperationalError, InterfaceError):
        raise
    except Exception:
        logger.exception("Writing a batch of %s inbound emails failed; storing them one by one", len(fresh))
        again = sorted(again + fresh)
    else:
        for i, result in zip(fresh, written, strict=True):
            results[i] = result
    for i in again:
        results[i] = inbound_email_ingest(raw=raws[i], source=source, esp_name=esp_name, verdict=verdict)
    for i, result in enumerate(results):
        if result is None:  # a duplicate of a stored message, or of one earlier in this batch
            inbound = InboundEmail(message_id=message_ids[i], status=stored.get(message_ids[i], Status.RECEIVED))
            results[i] = IngestResult(inbound=inbound, created=False, duplicate=True)
    return results


def _plan_batch(raws: list[bytes], *, esp_name: str, verdict: EspVerdict) -> list[Plan | Exception]:
    """The plan of each message, or the exception that stopped it (kept for the record)."""
    parsed_all: list[ParsedEmail | Exception] = []
    for raw in raws:
        try:
            parsed_all.append(_parse(raw, esp_name))
        except Exception as exc:  # parse_email never raises; kept in case it ever does
            parsed_all.append(exc)
    envelope = [verdict.envelope_recipient] if verdict.envelope_recipient else []
    lookup = OutboundLookup.for_messages(
        [(p, [*envelope, *p.recipients]) for p in parsed_all if isinstance(p, ParsedEmail)]
    )
    plans: list[Plan | Exception] = []
    for raw, parsed in zip(raws, parsed_all, strict=True):
        if isinstance(parsed, Exception):
            plans.append(parsed)
            continue
        try:
            plans.append(inbound_email_plan(raw=raw, esp_name=esp_name, verdict=verdict, parsed=parsed, lookup=lookup))
        except (OperationalError, InterfaceError):
            raise
        except Exception as exc:
            logger.exception("Planning inbound email %s failed; kept for review", parsed.message_id)
            plans.append(exc)
    return plans


def _write_batch(
    items: list[tuple[bytes, str, Plan | Exception]], *, source: str, esp_name: str, verdict: EspVerdict
) -> list[IngestResult]:
    now = timezone.now()
    rows: list[InboundEmail] = []
    for raw, message_id, plan in items:
        inbound = InboundEmail(
            raw=raw,
            raw_size=len(raw),
            raw_sha256=hashlib.sha256(raw).hexdigest(),
            message_id=message_id,
            source=source,
            esp_name=esp_name[:32],
            spam_detected=verdict.spam,
            spam_score=verdict.spam_score,
            processed_at=now,
        )
        if isinstance(plan, Exception):
            inbound.status, inbound.reason = Status.ERROR, Reason.ERROR
            inbound.detail = f"Processing failed: {describe_failure(plan)}."[:500]
        else:
            _fill(inbound, plan)
            inbound.status, inbound.reason, inbound.detail = plan.status, plan.reason, plan.detail[:500]
        rows.append(inbound)
    InboundEmail.objects.bulk_create(rows)
    threaded = [
        (inbound, plan) for inbound, (_raw, _mid, plan) in zip(rows, items, strict=True)
        if not isinstance(plan, Exception) and plan.status == Status.THREADED
    ]  # fmt: skip
    replies = [
        (plan.outbound.case_id, plan.outbound.account, plan.reply.text, _reply_data(inbound, plan.parsed, plan.reply))
        for inbound, plan in threaded
    ]
    outcomes = case_user_replies_by_email(replies)
    linked: list[InboundEmail] = []
    for (inbound, plan), outcome in zip(threaded, outcomes, strict=True):
        if isinstance(outcome, CaseError):
            inbound.status, inbound.reason = Status.QUARANTINED, Reason.REFUSED_BY_CASE
            inbound.detail = outcome.message[:500]
            inbound.save(update_fields=["status", "reason", "detail"])
            plan.status, plan.reason, plan.detail = inbound.status, inbound.reason, inbound.detail
            continue
        inbound.event = outcome
        linked.append(inbound)
        _refused_attachments_note(case=plan.outbound.case, inbound=inbound, attachments=inbound.attachments)
    if linked:
        InboundEmail.objects.bulk_update(linked, ["event"])
    for inbound, (_raw, _mid, plan) in zip(rows, items, strict=True):
        if isinstance(plan, Exception):
            continue
        _bounces_track(plan, event_id=inbound.message_id)
    return [
        IngestResult(inbound=inbound, created=True, duplicate=False, plan=None if isinstance(plan, Exception) else plan)
        for inbound, (_raw, _mid, plan) in zip(rows, items, strict=True)
    ]


def inbound_email_receive(*, event, esp_name: str) -> IngestResult:
    """The anymail inbound signal's one call: the raw message as the ESP posted it
    (Mailgun's raw-MIME route gives the exact bytes; our webhook views hand over
    the headers only as ``event.message``, so nothing has read the body before
    it is stored), and the ESP's verdicts."""
    message = event.message
    request = event.esp_event
    raw: bytes | None = None
    post = getattr(request, "POST", None)
    if post is not None and "body-mime" in post:
        raw = post["body-mime"].encode("utf-8", errors="surrogateescape")
    elif isinstance(request, dict) and request.get("RawEmail"):
        raw = str(request["RawEmail"]).encode("utf-8", errors="surrogateescape")
    if raw is None:
        raw = message.as_bytes()
    verdict = EspVerdict(
        spam=message.spam_detected,
        spam_score=message.spam_score,
        envelope_recipient=message.envelope_recipient or "",
    )
    # A batch of one: the same outcome as inbound_email_ingest with about a third
    # fewer statements (no savepoints); it falls back to that path if writing fails.
    source = InboundEmail.Source.WEBHOOK
    (result,) = inbound_email_ingest_batch([raw], source=source, esp_name=esp_name, verdict=verdict)
    return result


# --- reviewer actions on the quarantine ---------------------------------------------------


def inbound_email_attach(*, inbound: InboundEmail, case, account, reviewer, trust_sender: bool = False):
    """A reviewer decides a held message is the user's reply on ``case``: it joins
    the timeline as the user's message (as if it had threaded), with an internal
    note saying who attached it and why it was held. Only the reviewer holding a
    claimed case, or a senior reviewer, may (cases.policy.holder_refusal)."""
    require_reviewer(reviewer)
    with transaction.atomic():
        locked = InboundEmail.objects.select_for_update().get(pk=inbound.pk)
        if not locked.can_review():
            raise InboundMailError("This email has already been dealt with.", "already_reviewed")
        plan = inbound_email_plan(raw=bytes(locked.raw), esp_name=locked.esp_name)
        body = plan.reply.text or plan.parsed.text.strip()
        try:
            event = case_user_reply(
                case=case,
                account=account,
                body=body,
                via="email",
                data=_reply_data(locked, plan.parsed, plan.reply, attached_by=reviewer.pk, held_for=locked.reason),
                attached_by=reviewer,
            )
        except CaseError as exc:
            raise InboundMailError(exc.message, exc.code) from exc
        event_add(
            case=case,
            type=CaseEvent.Type.NOTE,
            actor=reviewer,
            account=account,
            body=(
                f"Attached an email from {locked.from_email or 'an unknown sender'} held in quarantine "
                f"({locked.get_reason_display().lower() if locked.reason else 'no reason'})."
            ),
            data={"inbound_email": locked.pk, "held_for": locked.reason, "trusted_sender": trust_sender},
        )
        _refused_attachments_note(case=case, inbound=locked, attachments=locked.attachments, actor=reviewer)
        if trust_sender and locked.from_email and locked.from_email != (account.email or "").lower():
            VerifiedSenderAddress.objects.get_or_create(
                account=account,
                email=locked.from_email,
                defaults={"verified_by": reviewer, "note": f"Confirmed when attaching email #{locked.pk}"},
            )
        locked.status = Status.THREADED
        locked.case = case
        locked.account = account
        locked.event = event
        locked.reviewed_by = reviewer
        locked.reviewed_at = timezone.now()
        locked.save()
    return locked


def inbound_email_discard(*, inbound: InboundEmail, reviewer, note: str) -> InboundEmail:
    """A reviewer decides a held message needs nothing; the stored copy stays."""
    require_reviewer(reviewer)
    if not note.strip():
        raise InboundMailError("Say why the email is discarded.", "note_required")
    with transaction.atomic():
        locked = InboundEmail.objects.select_for_update().get(pk=inbound.pk)
        if not locked.can_review():
            raise InboundMailError("This email has already been dealt with.", "already_reviewed")
        locked.status = Status.DISCARDED
        locked.review_note = note.strip()
        locked.reviewed_by = reviewer
        locked.reviewed_at = timezone.now()
        locked.save()
    return locked


def _bounces_track(plan, *, event_id: str) -> None:
    """Mark the emails a bounce (DSN) reports on as bounced (delivery tracking);
    ``plan.bounced`` holds only those whose signed return path it came back to."""
    report = plan.parsed.report
    for bounced in plan.bounced:
        outbound_email_track(
            event_type="bounced",
            message_id=bounced.message_id,
            recipient=", ".join(report.recipients) if report else "",
            description=f"bounce received by email: {report.status} {report.diagnostic}".strip() if report else "",
            esp_name="dsn",
            event_id=event_id,
        )
