"""``manage.py submit_statements``: submit the due statements of reasons to the DSA
Transparency Database now (the task does the same after each decision; this is
the safety net for cron). Prints one summary line."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from statements.submit import statements_submit


class Command(BaseCommand):
    help = "Submit pending and due statements of reasons to the DSA Transparency Database (DSA_TDB_URL/TOKEN)."

    def handle(self, *args, **options):
        result = statements_submit()
        self.stdout.write(result.summary())
        for error in result.errors[:20]:
            self.stdout.write(f"  {error}")
