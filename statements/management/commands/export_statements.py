"""``manage.py export_statements [--since DATE] [--output FILE]``: every statement
of reasons (or those written since a date) as JSON Lines in the DSA Transparency
Database's format, each validated against ``statements/schema/statement.schema.json``.

On a terminal it shows a progress bar; piped or redirected it prints a plain
summary only (on stderr when the JSON goes to stdout). A statement that does not
fit the schema is named with every problem and the command ends with an error,
after writing the valid ones: nothing valid is lost.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from jsonschema.exceptions import ValidationError

from statements.export import validated_payload
from statements.models import Statement


def _since(text: str) -> datetime:
    moment = parse_datetime(text)
    if moment is None:
        day = parse_date(text)
        if day is None:
            raise CommandError(f"--since {text!r} is not a date (YYYY-MM-DD) or a date and time (ISO 8601).")
        moment = datetime.combine(day, time.min)
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


class Command(BaseCommand):
    help = "Write statements of reasons as JSON Lines in the DSA Transparency Database format (validated)."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only statements written on or after this date (YYYY-MM-DD or ISO 8601)")
        parser.add_argument("--output", "-o", help="File to write (default: standard output)")
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar")

    def handle(self, *args, **options):
        qs = Statement.objects.select_related("account").order_by("created_at", "id")
        if options["since"]:
            qs = qs.filter(created_at__gte=_since(options["since"]))
        total = qs.count()
        to_stdout = not options["output"]
        report = self.stderr if to_stdout else self.stdout
        try:
            out = sys.stdout if to_stdout else open(options["output"], "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"Cannot write {options['output']}: {exc.strerror}.") from exc
        tty = (sys.stderr if to_stdout else sys.stdout).isatty() and not options["no_progress"]
        bar = None
        if tty and total:
            from tqdm import tqdm

            bar = tqdm(total=total, desc="export", unit="statement", leave=False, file=sys.stderr)
        written, problems = 0, []
        try:
            for statement in qs.iterator(chunk_size=500):
                try:
                    payload = validated_payload(statement)
                except ValidationError as exc:
                    problems.append(exc.message)
                else:
                    out.write(json.dumps(payload, ensure_ascii=False, sort_keys=True) + "\n")
                    written += 1
                if bar is not None:
                    bar.update(1)
        finally:
            if bar is not None:
                bar.close()
            if not to_stdout:
                out.close()
        where = "" if to_stdout else f" to {options['output']}"
        report.write(f"Exported {written} of {total} statement{'s' if total != 1 else ''}{where}.")
        if problems:
            for problem in problems:
                report.write(problem)
            raise CommandError(f"{len(problems)} statement(s) did not fit the schema and were not exported.")
