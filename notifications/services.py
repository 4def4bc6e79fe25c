"""Writes for notices and outbound email.

A notice is recorded inside the caller's transaction; after commit its email is
written to the outbox (``OutboundEmail``) and a send task is queued in the same
transaction as the row (the task queue is in the database, so both exist or
neither does). The task sends through the configured mailer (anymail in
production); ESP and network errors are retried with exponential backoff, and a
send that keeps failing ends ``failed`` — listed for reviewers, never dropped.
"""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta
from email.utils import formataddr, make_msgid

from anymail.exceptions import AnymailInvalidAddress, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.db import IntegrityError, transaction
from django.utils import timezone

from cases.models import Case, CaseEvent
from cases.timeline import event_add
from core.errors import DomainError
from core.permissions import require_reviewer

from .models import Notice, OutboundEmail
from .rendering import notice_email_render, one_line, site_name
from .tokens import bounce_address, reply_address, reply_token_make

logger = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
MAX_EVENTS_KEPT = 50


class EmailError(DomainError):
    """An email operation refused for a reason a reviewer can read."""


def notice_create(
    *,
    account,
    kind: str,
    subject: str,
    body: str,
    case=None,
    event=None,
    report=None,
    article_slug: str = "",
) -> Notice:
    """Record a notice for the user. Call inside the business transaction; the
    email goes out after commit."""
    notice = Notice.objects.create(
        account=account,
        kind=kind,
        subject=subject,
        body=body,
        case=case,
        event=event,
        report=report,
        article_slug=article_slug,
    )
    transaction.on_commit(lambda: _after_commit(notice.pk))
    return notice


def _after_commit(notice_id: int) -> None:
    """Runs after the notice's transaction committed: put its email in the outbox.
    Never raises into the caller (their work is already committed); a failure
    here is logged and ``manage.py send_queued_email`` picks the notice up."""
    try:
        outbound_email_queue_for_notice(notice_id=notice_id)
    except Exception:
        logger.exception("Could not queue the email for notice %s; send_queued_email will retry", notice_id)


# --- outbox ---------------------------------------------------------------------------


def _event(outbound: OutboundEmail, kind: str, **data) -> None:
    entry = {"at": timezone.now().isoformat(), "type": kind, **{k: v for k, v in data.items() if v not in (None, "")}}
    outbound.events = [*(outbound.events or []), entry][-MAX_EVENTS_KEPT:]


def _set_status(outbound: OutboundEmail, status: str) -> None:
    if outbound.status != status:
        outbound.status = status
        outbound.status_changed_at = timezone.now()


def _enqueue(outbound: OutboundEmail, *, run_after: datetime | None = None) -> None:
    """Queue the send task. With the database task backend this joins the current
    transaction, so the row and its task commit together."""
    from .tasks import outbound_email_send_task

    task = outbound_email_send_task
    if run_after is not None and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(outbound.pk)


def outbound_email_queue_for_notice(*, notice_id: int) -> OutboundEmail | None:
    """Write the notice's email to the outbox (once) and queue its send."""
    try:
        with transaction.atomic():
            notice = Notice.objects.select_related("account", "case").get(pk=notice_id)
            existing = OutboundEmail.objects.filter(notice=notice).first()
            if existing is not None:
                return existing
            account = notice.account
            if not account.email:
                logger.warning("Notice %s: account %s has no email address", notice.pk, account.pk)
                return None
            now = timezone.now()
            outbound = OutboundEmail.objects.create(
                notice=notice,
                account=account,
                case=notice.case,
                to_email=account.email,
                from_email=settings.DEFAULT_FROM_EMAIL,
                subject=one_line(notice.subject)[:500],
                message_id=make_msgid(domain=settings.EMAIL_MESSAGE_ID_DOMAIN),
                next_attempt_at=now,
            )
            outbound.reply_token = reply_token_make(outbound_id=outbound.pk, case_id=notice.case_id)
            address = reply_address(outbound.reply_token)
            outbound.reply_to = formataddr((f"{site_name()} Trust & Safety", address))
            try:
                rendered = notice_email_render(notice=notice, reply_address=address)
            except Exception as exc:
                # Kept and shown to reviewers as failed: a template bug must not lose the notice.
                logger.exception("Rendering the email for notice %s failed", notice.pk)
                _set_status(outbound, OutboundEmail.Status.FAILED)
                outbound.last_error = f"Rendering failed: {exc!r}"[:2000]
                _event(outbound, "render_failed", error=repr(exc)[:500])
                outbound.save()
                return outbound
            outbound.subject = rendered.subject
            outbound.body_text = rendered.text
            outbound.body_html = rendered.html
            _event(outbound, "queued")
            outbound.save()
            _enqueue(outbound)
            return outbound
    except IntegrityError:
        # Another worker queued it at the same moment.
        return OutboundEmail.objects.filter(notice_id=notice_id).first()


def _backoff(attempts: int) -> timedelta:
    base = settings.EMAIL_RETRY_BASE_SECONDS
    delay = timedelta(seconds=base * 4 ** max(0, attempts - 1))
    delay = min(delay, MAX_BACKOFF)
    return delay * random.uniform(0.9, 1.1)  # spread retries so they don't arrive together


def _threading_headers(outbound: OutboundEmail) -> dict[str, str]:
    """In-Reply-To/References to the earlier emails on the same case to the same
    person, so their mail client shows one conversation."""
    if not outbound.case_id:
        return {}
    earlier = list(
        OutboundEmail.objects.filter(case_id=outbound.case_id, account_id=outbound.account_id, pk__lt=outbound.pk)
        .order_by("pk")
        .values_list("message_id", flat=True)
    )
    if not earlier:
        return {}
    chain = earlier[:1] + earlier[1:][-9:]
    return {"In-Reply-To": earlier[-1], "References": " ".join(chain)}


def build_message(outbound: OutboundEmail) -> EmailMultiAlternatives:
    # display_name is one clean line even for a name stored before names were
    # validated; one_line keeps the header safe whatever the name's source.
    recipient_name = one_line(outbound.account.display_name) if outbound.account_id else ""
    headers = {
        "Message-ID": outbound.message_id,
        # RFC 3834: our notices are automatic, so well-behaved auto-responders
        # (and Exchange, through its own header) don't answer them.
        "Auto-Submitted": "auto-generated",
        "X-Auto-Response-Suppress": "OOF, AutoReply",
        **_threading_headers(outbound),
    }
    envelope_sender = outbound.from_email
    if settings.EMAIL_SIGNED_RETURN_PATH:
        # Django's (and anymail's) way to give an envelope sender of its own: from_email
        # is the envelope, the From header is what the reader sees. Bounces come back to
        # this email's own signed address, the only place a bounce is believed.
        headers["From"] = outbound.from_email
        envelope_sender = bounce_address(outbound_id=outbound.pk)
    message = EmailMultiAlternatives(
        subject=outbound.subject,
        body=outbound.body_text,
        from_email=envelope_sender,
        to=[formataddr((recipient_name, outbound.to_email))],
        reply_to=[outbound.reply_to] if outbound.reply_to else None,
        headers=headers,
    )
    if outbound.body_html:
        message.attach_alternative(outbound.body_html, "text/html")
    # anymail options; other mailers ignore them.
    message.metadata = {"outbound_email": str(outbound.pk), "case": str(outbound.case_id or "")}
    message.tags = [outbound.notice.kind] if outbound.notice_id else ["email"]
    message.track_clicks = False  # rewritten links look like phishing in a Trust & Safety email
    message.track_opens = False
    return message


def _esp_message_id(message) -> str:
    status = getattr(message, "anymail_status", None)
    if status is None or status.message_id is None:
        return ""
    value = status.message_id
    if isinstance(value, set):
        value = next(iter(value)) if len(value) == 1 else ""
    return str(value)[:255]


def outbound_email_send(*, outbound_id: int, now: datetime | None = None) -> OutboundEmail:
    """One send attempt for a queued email that is due. Claims the row (status
    ``sending``) in one transaction, talks to the ESP outside any transaction,
    then records the outcome and, on a retryable error, queues the next try."""
    now = now or timezone.now()
    with transaction.atomic():
        outbound = (
            OutboundEmail.objects.select_for_update(of=("self",))
            .select_related("notice", "account")
            .get(pk=outbound_id)
        )
        if outbound.status != OutboundEmail.Status.QUEUED:
            return outbound
        if outbound.next_attempt_at and outbound.next_attempt_at > now:
            return outbound  # not due: the task queued for that time will send it
        _set_status(outbound, OutboundEmail.Status.SENDING)
        outbound.attempts += 1
        outbound.last_attempt_at = now
        outbound.save(update_fields=["status", "status_changed_at", "attempts", "last_attempt_at"])

    error: Exception | None = None
    final_status = OutboundEmail.Status.SENT
    message = None
    try:
        message = build_message(outbound)
        mailers.default.send_messages([message])
    except AnymailRecipientsRefused as exc:
        error, final_status = exc, OutboundEmail.Status.REJECTED
    except AnymailInvalidAddress as exc:
        error, final_status = exc, OutboundEmail.Status.FAILED
    except Exception as exc:  # AnymailAPIError, SMTPException, OSError, a mailer bug: retry with backoff
        error, final_status = exc, OutboundEmail.Status.QUEUED

    with transaction.atomic():
        outbound = OutboundEmail.objects.select_for_update().get(pk=outbound_id)
        if error is None:
            esp_status = getattr(getattr(message, "anymail_status", None), "status", None) or set()
            outbound.esp_message_id = _esp_message_id(message) or outbound.esp_message_id
            if "rejected" in esp_status or "invalid" in esp_status:
                _set_status(outbound, OutboundEmail.Status.REJECTED)
                outbound.last_error = f"The ESP refused the recipient ({', '.join(sorted(esp_status))})"
            else:
                _set_status(outbound, OutboundEmail.Status.SENT)
                outbound.sent_at = timezone.now()
            _event(outbound, "sent", attempt=outbound.attempts, esp_message_id=outbound.esp_message_id)
        else:
            description = f"{type(error).__name__}: {error}"[:2000]
            outbound.last_error = description
            if final_status == OutboundEmail.Status.QUEUED and outbound.attempts < settings.EMAIL_SEND_MAX_ATTEMPTS:
                outbound.next_attempt_at = timezone.now() + _backoff(outbound.attempts)
                _set_status(outbound, OutboundEmail.Status.QUEUED)
                _event(outbound, "attempt_failed", attempt=outbound.attempts, error=description[:500])
                _enqueue(outbound, run_after=outbound.next_attempt_at)
                logger.warning("Email %s attempt %s failed, retrying: %s", outbound.pk, outbound.attempts, description)
            else:
                if final_status == OutboundEmail.Status.QUEUED:
                    final_status = OutboundEmail.Status.FAILED
                _set_status(outbound, final_status)
                outbound.next_attempt_at = None
                _event(outbound, final_status, attempt=outbound.attempts, error=description[:500])
                logger.error("Email %s gave up after %s attempts: %s", outbound.pk, outbound.attempts, description)
        outbound.save()
    return outbound


def outbound_email_retry(*, outbound: OutboundEmail, actor) -> OutboundEmail:
    """A reviewer sends a failed email again: a fresh round of attempts."""
    require_reviewer(actor)
    with transaction.atomic():
        locked = OutboundEmail.objects.select_for_update().get(pk=outbound.pk)
        if not locked.can_retry():
            raise EmailError("Only a failed email can be sent again.", "not_failed")
        _set_status(locked, OutboundEmail.Status.QUEUED)
        locked.attempts = 0
        locked.next_attempt_at = timezone.now()
        _event(locked, "retry_requested", by=actor.pk)
        locked.save()
        _enqueue(locked)
    return locked


def outbox_process(*, now: datetime | None = None, limit: int = 500, reclaim_after: timedelta | None = None) -> dict:
    """The safety net behind the task queue (run by ``send_queued_email``; also by
    the demo): queue emails for notices that never got one, put back rows stuck in
    ``sending`` by a crashed worker, and send everything that is due now."""
    started = now or timezone.now()
    counts = {"backfilled": 0, "reclaimed": 0, "attempted": 0, "sent": 0, "failed": 0, "retrying": 0}
    orphan_ids = list(
        Notice.objects.filter(email__isnull=True, created_at__lte=started - timedelta(seconds=30))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    for notice_id in orphan_ids:
        if outbound_email_queue_for_notice(notice_id=notice_id) is not None:
            counts["backfilled"] += 1
    now = now or timezone.now()  # after the backfill, so what it queued is due
    if reclaim_after is not None:
        counts["reclaimed"] = OutboundEmail.objects.filter(
            status=OutboundEmail.Status.SENDING, last_attempt_at__lt=now - reclaim_after
        ).update(status=OutboundEmail.Status.QUEUED, next_attempt_at=now)
    due = list(
        OutboundEmail.objects.filter(status=OutboundEmail.Status.QUEUED, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    for outbound_id in due:
        result = outbound_email_send(outbound_id=outbound_id, now=now)
        counts["attempted"] += 1
        if result.status == OutboundEmail.Status.QUEUED:
            counts["retrying"] += 1
        elif result.status in OutboundEmail.UNDELIVERED_STATUSES:
            counts["failed"] += 1
        else:
            counts["sent"] += 1
    return counts


# --- delivery tracking ---------------------------------------------------------------

_TRACKED = {
    "delivered": OutboundEmail.Status.DELIVERED,
    "bounced": OutboundEmail.Status.BOUNCED,
    "complained": OutboundEmail.Status.COMPLAINED,
    "rejected": OutboundEmail.Status.REJECTED,
    "failed": OutboundEmail.Status.FAILED,
}


def _find_outbound(*, message_id: str | None, metadata: dict | None) -> OutboundEmail | None:
    metadata = metadata or {}
    candidate = str(metadata.get("outbound_email") or "")
    if candidate.isdigit():
        found = OutboundEmail.objects.filter(pk=int(candidate)).first()
        if found is not None:
            return found
    if message_id:
        bare = message_id.strip()
        variants = {bare, bare.strip("<>"), f"<{bare.strip('<>')}>"}
        return (
            OutboundEmail.objects.filter(esp_message_id__in=variants).first()
            or OutboundEmail.objects.filter(message_id__in=variants).first()
        )
    return None


def outbound_email_track(
    *,
    event_type: str,
    message_id: str | None = None,
    metadata: dict | None = None,
    recipient: str = "",
    description: str = "",
    mta_response: str = "",
    reject_reason: str = "",
    event_id: str = "",
    esp_name: str = "",
) -> OutboundEmail | None:
    """Record what the ESP says happened to an email. A bounce or rejection on an
    email about a case flags the case (the user may not have been reached) and
    writes an EMAIL_BOUNCED event on its timeline, once."""
    target = _find_outbound(message_id=message_id, metadata=metadata)
    if target is None:
        logger.info("Tracking event %s for unknown message %s ignored", event_type, message_id)
        return None
    with transaction.atomic():
        outbound = OutboundEmail.objects.select_for_update(of=("self",)).select_related("notice").get(pk=target.pk)
        _event(
            outbound,
            f"esp_{event_type}",
            esp=esp_name,
            event_id=event_id,
            recipient=recipient,
            description=(description or "")[:300],
            mta_response=(mta_response or "")[:300],
            reason=reject_reason,
        )
        new_status = _TRACKED.get(event_type)
        previous = outbound.status
        if new_status and previous not in OutboundEmail.FINAL_STATUSES:
            if not (new_status == OutboundEmail.Status.DELIVERED and previous == OutboundEmail.Status.DELIVERED):
                _set_status(outbound, new_status)
            if new_status in (OutboundEmail.Status.BOUNCED, OutboundEmail.Status.REJECTED):
                outbound.last_error = (description or mta_response or reject_reason or event_type)[:2000]
        outbound.save()
        just_undelivered = outbound.status in (
            OutboundEmail.Status.BOUNCED,
            OutboundEmail.Status.REJECTED,
        ) and previous not in (OutboundEmail.Status.BOUNCED, OutboundEmail.Status.REJECTED)
        if just_undelivered and outbound.case_id:
            _flag_case_undeliverable(outbound, reason=description or mta_response or reject_reason or event_type)
    return outbound


def _flag_case_undeliverable(outbound: OutboundEmail, *, reason: str) -> None:
    case = Case.objects.select_for_update().get(pk=outbound.case_id)
    if not case.notice_undeliverable:
        Case.objects.filter(pk=case.pk).update(notice_undeliverable=True)
    kind = outbound.notice.get_kind_display() if outbound.notice_id else "Email"
    event_add(
        case=case,
        type=CaseEvent.Type.EMAIL_BOUNCED,
        account=outbound.account,
        body=(
            f"{kind} email “{outbound.subject}” to {outbound.to_email} was not delivered "
            f"({outbound.get_status_display().lower()}): {reason[:300]}"
        ),
        data={
            "outbound_email": outbound.pk,
            "notice": outbound.notice_id,
            "notice_kind": outbound.notice.kind if outbound.notice_id else "",
            "status": outbound.status,
            "to": outbound.to_email,
        },
    )
