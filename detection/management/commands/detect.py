"""``manage.py detect``: a full detection scan.

On a terminal it shows a progress bar over the detectors; piped or redirected it
prints a plain summary only (one line per detector with ``-v 2``).
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from detection import services
from detection.detectors import ALL


class Command(BaseCommand):
    help = "Run every detector over the whole marketplace; store signals and open or update cases."

    def add_arguments(self, parser):
        parser.add_argument("--no-route", action="store_true", help="Store signals but do not open or update cases")
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar")

    def handle(self, *args, **options):
        tty = sys.stdout.isatty() and not options["no_progress"]
        bar = None
        progress = None
        if tty:
            from tqdm import tqdm

            bar = tqdm(total=len(ALL) + 2, desc="detect", unit="step", leave=False)

            def progress(step: str) -> None:
                if bar.n or step != ALL[0].NAME:
                    bar.update(1)
                bar.set_postfix_str(step)

        report = services.scan_full(progress=progress, route=not options["no_route"])
        if bar is not None:
            bar.update(bar.total - bar.n)
            bar.close()
        if options["verbosity"] >= 2:
            for step, seconds in report.timings.items():
                self.stdout.write(f"  {step:<22} {seconds:8.2f}s")
        self.stdout.write(report.summary())
