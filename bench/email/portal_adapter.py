"""Every use of the portal's own code by ``bench.email.side_by_side``, in one module.

The benchmark drives the portal from outside (its settings module, ``manage.py
ingest_email``) and needs three things from inside: seed the conversations replies
thread onto (cases with an information request sent through the real services),
read back what ingestion did with each message, and the environment the commands
run with. When apps are renamed or split, this is the only file to fix.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_MODULE = "trustsafety.settings"
SUPPORT_ADDRESS = "trust@example.com"  # DEFAULT_FROM_EMAIL's address: where new questions arrive
SECRET_KEY = "bench-side-by-side-secret-key-not-for-production-0123456789abcdef"


def environment(database_url: str) -> dict[str, str]:
    """Production-like settings: DEBUG off (no query log kept in memory), mail kept
    in memory (ingestion sends none itself), webhooks off, warnings only."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,  # reply addresses are signed with it: seeding and ingestion share it
        "MAILER_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "ANYMAIL_ESP": "none",
        "LOG_LEVEL": "WARNING",
    }


def ingest_command(maildir: Path, *, jobs: int) -> list[str]:
    return [sys.executable, str(ROOT / "manage.py"), "ingest_email", "--maildir", str(maildir), "--jobs", str(jobs)]


def migrate_command() -> list[str]:
    return [sys.executable, str(ROOT / "manage.py"), "migrate", "--noinput", "-v0"]


@dataclass(frozen=True)
class SentEmail:
    """An email the portal sent to a person: what their reply answers."""

    person_email: str
    from_header: str  # who the person sees it from
    to: str  # the signed reply address (its Reply-To): where a reply goes
    message_id: str
    subject: str
    body_text: str
    case_id: int


def setup(database_url: str) -> None:
    """Configure Django in this process for ``database_url`` (call once)."""
    os.environ.update(environment(database_url))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def seed(people: list[tuple[str, str]], *, question: str) -> list[SentEmail]:
    """For each (name, email): a freelancer account, a case about them and an
    information request sent through the real notice → outbox path, marked sent."""
    from django.contrib.auth.models import Group
    from django_tasks_db.models import DBTaskResult

    from accounts.models import Role, User
    from cases.services import case_open, case_request_info
    from notifications.models import OutboundEmail

    reviewer = User.objects.create(email="bench-reviewer@example.com", name="Bench Reviewer", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=Role.REVIEWER))
    users = User.objects.bulk_create(
        [User(email=email, name=name, kind="freelancer", password="!") for name, email in people]
    )
    for user in users:
        case = case_open(kind="feedback_ring", accounts=[user], actor=reviewer)
        case_request_info(case=case, actor=reviewer, account=user, body=question)
    OutboundEmail.objects.update(status=OutboundEmail.Status.SENT)  # as if the worker had sent them
    DBTaskResult.objects.all().delete()  # the queued sends: nothing is left for a worker
    return [
        SentEmail(
            person_email=email.to_email,
            from_header=email.from_email,
            to=email.reply_to,
            message_id=email.message_id,
            subject=email.subject,
            body_text=email.body_text,
            case_id=email.case_id,
        )
        for email in OutboundEmail.objects.order_by("pk")
    ]


def outcomes() -> dict[str, tuple[str, str, int | None]]:
    """Message-ID → (status, reason, case id) for every stored inbound message."""
    from inbound_mail.models import InboundEmail

    rows = InboundEmail.objects.values_list("message_id", "status", "reason", "case_id")
    return {message_id: (status, reason, case_id) for message_id, status, reason, case_id in rows}


def close_connections() -> None:
    from django.db import connections

    connections.close_all()
