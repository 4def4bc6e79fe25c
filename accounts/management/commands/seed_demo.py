"""Create (or top up) the demo marketplace. Safe to rerun: every step is idempotent.

Each app that has something to show contributes a ``demo.seed(stdout=...)``
function; they run in the order below, so later steps can rely on earlier ones
(detection finds the planted cases, then cases are moved through the lifecycle…).
"""

from __future__ import annotations

import importlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEMO_STEPS = [
    "accounts.demo",  # staff, demo logins, an honest marketplace
    "detection.demo",  # planted feedback building, then a full detection scan
    "cases.demo",  # cases moved through every status, decisions, appeals
    "enforcement.demo",  # the suspended freelancer
    "notifications.demo",
    "helpcenter.demo",
    "announcements.demo",
    "reports.demo",
]


class Command(BaseCommand):
    help = "Seed the demo marketplace, staff and demo logins (DEBUG only). Safe to rerun."

    def add_arguments(self, parser):
        parser.add_argument("--only", action="append", help="Run only these steps (module names)")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to seed demo users with DEBUG off: demo passwords are public.")
        steps = options.get("only") or DEMO_STEPS
        for module_name in steps:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name == module_name:
                    continue  # that app has nothing to seed (yet)
                raise
            self.stdout.write(f"· {module_name}")
            module.seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready. Logins are in README.md."))
