"""Demo data for email (runs after demo.cases and demo.enforcement in seed_demo):
send the demo's notices so var/mail has their .eml files, then feed back one
realistic reply that threads into a case and one that lands in quarantine.
Idempotent: sending skips what was sent, and the replies have fixed Message-IDs."""

from __future__ import annotations

from email.utils import formataddr

from django.db.models import F

from demo.mail_samples import gmail_reply, outlook_reply
from inbound_mail.models import InboundEmail
from inbound_mail.services import inbound_email_ingest
from notifications.models import Notice, OutboundEmail
from notifications.services import outbox_process

REPLY_ID = "<demo-reply-1@mail.gigworks-demo.example>"
HELD_ID = "<demo-held-1@webmail.gigworks-demo.example>"


def _target() -> OutboundEmail | None:
    """An email about a case that its recipient can answer: an information request
    if there is one, else a decision, else anything on a case."""
    sent = OutboundEmail.objects.filter(
        case__isnull=False,
        account__isnull=False,
        status__in=(OutboundEmail.Status.SENT, OutboundEmail.Status.DELIVERED),
        account__case_subjects__case_id=F("case_id"),
    )
    for kind in (Notice.Kind.INFO_REQUEST, Notice.Kind.DECISION, None):
        qs = sent if kind is None else sent.filter(notice__kind=kind)
        found = qs.select_related("account", "case").order_by("pk").first()
        if found is not None:
            return found
    return None


def seed(*, stdout) -> None:
    counts = outbox_process(limit=10_000)
    stdout.write(
        f"  outbox: {counts['sent']} sent, {counts['retrying']} to retry, {counts['failed']} failed "
        f"({counts['backfilled']} notices had no email yet)"
    )
    if InboundEmail.objects.filter(message_id__in=[REPLY_ID, HELD_ID]).count() == 2:
        stdout.write("  demo replies already ingested")
        return
    outbound = _target()
    if outbound is None:
        stdout.write("  no sent email about a case yet: skipping the demo replies")
        return
    account = outbound.account
    reply = gmail_reply(
        new_text=(
            "Hello,\n\nThe other account you mention belongs to my cousin. We worked from the same flat for a few "
            "weeks, which is why you see the same connection. I can send our contracts if that helps.\n\n"
            f"Thanks,\n{account.display_name}"
        ),
        to=outbound.reply_to,
        in_reply_to=outbound.message_id,
        from_=formataddr((account.name or account.display_name, account.email)),
        subject=f"Re: {outbound.subject}",
        message_id=REPLY_ID,
        quoted=outbound.body_text,
    )
    threaded = inbound_email_ingest(raw=reply, source=InboundEmail.Source.DEMO)
    held = inbound_email_ingest(
        raw=outlook_reply(
            new_text=(
                f"Hi,\n\nI am writing for {account.display_name}, who asked me to answer for them. "
                "Please reinstate the account.\n\nKind regards,\nJordan"
            ),
            to=outbound.reply_to,
            in_reply_to=outbound.message_id,
            from_="Jordan Reed <jordan.reed@webmail.example>",
            subject=f"RE: {outbound.subject}",
            message_id=HELD_ID,
            quoted=outbound.body_text,
        ),
        source=InboundEmail.Source.DEMO,
    )
    stdout.write(
        f"  reply on case #{outbound.case_id}: {threaded.inbound.get_status_display().lower()}; "
        f"a reply from another sender: {held.inbound.get_status_display().lower()}"
    )
