"""Send what is due in the outbox now, without the task worker (cron safety net,
demo data): queue emails for notices that never got one, put back sends stuck by
a crashed worker, and send everything due."""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand

from notifications.services import outbox_process


class Command(BaseCommand):
    help = "Send due emails from the outbox now (the task worker normally does this)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)
        parser.add_argument(
            "--reclaim-after",
            type=int,
            default=15,
            help="Minutes after which an email stuck in 'sending' is queued again (0: never)",
        )

    def handle(self, *args, **options):
        reclaim = timedelta(minutes=options["reclaim_after"]) if options["reclaim_after"] else None
        counts = outbox_process(limit=options["limit"], reclaim_after=reclaim)
        self.stdout.write(", ".join(f"{name} {value}" for name, value in counts.items()))
