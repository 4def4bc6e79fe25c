"""Create (or top up) the demo marketplace. Safe to rerun: every step is idempotent.

Each app that has something to show has a module here with a ``seed(stdout=...)``
function; they run in the order below, so later steps can rely on earlier ones
(detection finds the planted cases, then cases are moved through the lifecycle…).
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import (
    accounts,
    announcements,
    cases,
    detection,
    enforcement,
    helpcenter,
    notifications,
    reports,
    reviews,
    workspace,
)

DEMO_STEPS = {
    "accounts": accounts,  # staff, demo logins, an honest marketplace
    "detection": detection,  # planted feedback building, then a full detection scan
    "cases": cases,  # cases moved through every status, decisions, appeals
    "enforcement": enforcement,  # the suspended freelancer
    "notifications": notifications,  # notices by email, replies, a quarantined message
    "helpcenter": helpcenter,
    "announcements": announcements,
    "reports": reports,  # a report that opened a case, another that joined one, a reporter thread
    "reviews": reviews,  # eight weeks of decided detections: the dashboard's detector feedback
    "workspace": workspace,  # a ten-member ring held by the reviewer, a block for the senior, macros
}


class Command(BaseCommand):
    help = "Seed the demo marketplace, staff and demo logins (DEBUG only). Safe to rerun."

    def add_arguments(self, parser):
        parser.add_argument("--only", action="append", choices=list(DEMO_STEPS), help="Run only these steps")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to seed demo users with DEBUG off: demo passwords are public.")
        for name in options.get("only") or DEMO_STEPS:
            self.stdout.write(f"· {name}")
            DEMO_STEPS[name].seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready. Logins are in README.md."))
