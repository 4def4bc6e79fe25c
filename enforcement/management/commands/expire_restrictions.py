from django.core.management.base import BaseCommand

from enforcement.services import restrictions_expire


class Command(BaseCommand):
    help = (
        "Refresh the restriction summary on accounts whose restrictions ended by themselves. "
        "Enforcement does not need it (an end time in the past already counts as unrestricted); "
        "run it from cron to keep account lists and filters exact."
    )

    def handle(self, *args, **options):
        count = restrictions_expire()
        self.stdout.write(f"Refreshed {count} account(s).")
