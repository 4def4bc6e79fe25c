"""Demo: the demo client has filed a report about a freelancer they worked with."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q

from contracts.models import Contract, Message
from reports.models import AbuseReport
from reports.services import ReportRefused, report_file

REPORTER_EMAIL = "client@example.com"
DETAILS = (
    "After I said the logo was late, the freelancer wrote that they would refund half the price "
    "if I changed my review to five stars. I don't want to be part of that."
)


def _pick_reported(client):
    """Someone the client worked with, else any other marketplace member."""
    # Prefer an unrestricted freelancer: the demo's suspended account has its own story.
    contract = (
        Contract.objects.filter(client=client, freelancer__is_staff=False, freelancer__restriction_level="")
        .select_related("freelancer")
        .order_by("started_at", "pk")
        .first()
    )
    if contract is not None:
        return contract.freelancer, contract
    other = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=False, restriction_level="")
        .exclude(Q(pk=client.pk) | Q(kind=""))
        .order_by("pk")
        .first()
    )
    return other, None


def seed(*, stdout) -> None:
    client = get_user_model().objects.filter(email=REPORTER_EMAIL).first()
    if client is None:
        stdout.write(f"  reports: skipped, no {REPORTER_EMAIL} (run demo.accounts first)")
        return
    if AbuseReport.objects.filter(reporter=client).exists():
        stdout.write("  reports: the demo report is already there")
        return
    reported, contract = _pick_reported(client)
    if reported is None:
        stdout.write("  reports: skipped, no other marketplace member to report")
        return
    messages = []
    if contract is not None:
        messages = list(Message.objects.filter(contract=contract, sender=reported, recipient=client)[:1])
    try:
        report = report_file(
            reporter=client,
            reported=reported,
            reason=AbuseReport.Reason.PAID_FEEDBACK,
            details=DETAILS,
            contract=contract,
            messages=messages,
        )
    except ReportRefused as exc:
        stdout.write(f"  reports: skipped ({exc.message})")
        return
    stdout.write(f"  reports: report #{report.pk} by {client.email} about {reported.email}")
