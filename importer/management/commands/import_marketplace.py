"""manage.py import_marketplace FILE — load a marketplace's history (JSON Lines).

FILE may be ``-`` for stdin or end in ``.gz``. Rejected lines are reported on stderr
("line 17: feedback f9: author 'a3' is not a party of contract 'c2'") and, with
``--errors FILE``, written there as JSON Lines; the command then exits non-zero.
A record named on several lines is imported from the last one; each earlier line
is reported as a warning naming both lines ("line 3: contract c1: repeated on line
9; line 9 is imported, this one is not"), which alone does not make the run fail.
Whatever the file holds, the run ends with its summary; a file that cannot be read
to the end or a database that stops answering also makes it exit non-zero.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from importer.parsing import TYPES, key_label
from importer.services import DEFAULT_BATCH_SIZE, INVALID, ImportResult, Rejection, marketplace_import
from importer.sources import open_source
from importer.spool import Repeat

_COLUMNS = ("imported", "created", "updated", "unchanged", "rejected")
_REPEATED = "repeated"  # shown only when a file names a record on several lines


class Command(BaseCommand):
    help = "Import marketplace records from JSON Lines (FILE, '-' for stdin, or a .gz file); upserts by id."
    # call_command(..., stdin=BytesIO(...)) feeds "-" in tests.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="JSON Lines file, '-' for stdin, or a .gz file")
        parser.add_argument("--errors", metavar="FILE", help="also write rejected lines here, as JSON Lines")
        parser.add_argument(
            "--batch-size",
            type=int,
            default=DEFAULT_BATCH_SIZE,
            help=f"lines per transaction (default {DEFAULT_BATCH_SIZE})",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")

    def handle(self, *args, **options):
        path, batch_size = options["file"], options["batch_size"]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        with ExitStack() as stack:
            try:
                source = stack.enter_context(open_source(path, stdin=options.get("stdin")))
                errors_file = (
                    stack.enter_context(open(options["errors"], "w", encoding="utf-8", errors="backslashreplace"))
                    if options["errors"]
                    else None
                )
            except OSError as exc:
                raise CommandError(f"cannot open {exc.filename}: {exc.strerror}")
            bar = stack.enter_context(
                tqdm(
                    total=source.total,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1024,
                    desc="import",
                    file=sys.stderr,
                    disable=options["no_progress"] or not self.stderr.isatty(),
                )
            )

            def on_reject(rejection: Rejection) -> None:
                if bar.disable:
                    self.stderr.write(str(rejection))
                else:
                    bar.write(str(rejection), file=sys.stderr)
                if errors_file is not None:
                    row = {
                        "line": rejection.line,
                        "type": rejection.type,
                        "record": rejection.label,
                        "reason": rejection.reason,
                        "text": rejection.text,
                    }
                    errors_file.write(json.dumps(row, ensure_ascii=False) + "\n")

            def on_repeat(repeat: Repeat) -> None:
                text = (
                    f"warning: line {repeat.line}: {key_label(repeat.key)}: repeated on line {repeat.later}; "
                    f"line {repeat.later} is imported, this one is not"
                )
                if bar.disable:
                    self.stderr.write(text)
                else:
                    bar.write(text, file=sys.stderr)

            def on_batch(lines: int) -> None:
                bar.update(source.bytes_read - bar.n)

            def on_phase(text: str) -> None:
                bar.set_postfix_str(text)

            result = marketplace_import(
                lines=source,
                batch_size=batch_size,
                on_reject=on_reject,
                on_repeat=on_repeat,
                on_batch=on_batch,
                on_phase=on_phase,
            )
        self.stdout.write(summary(result, name="stdin" if path == "-" else path))
        problems = []
        if result.stopped:
            problems.append(f"import stopped: {result.stopped} (batches before are kept; importing again is safe)")
        if result.rejected:
            where = f"; they are listed in {options['errors']}" if options["errors"] else ""
            problems.append(f"{result.rejected:,} line(s) rejected{where}")
        if problems:
            raise CommandError("; ".join(problems))


def summary(result: ImportResult, *, name: str) -> str:
    rate = result.lines / result.seconds if result.seconds else 0.0
    passes = f", {result.passes} passes" if result.passes > 1 else ""
    head = f"Imported {name}: {result.lines:,} lines in {result.seconds:.1f} s ({rate:,.0f} lines/s){passes}."
    columns = (*_COLUMNS, _REPEATED) if result.repeated else _COLUMNS
    rows = [("type", *columns)]
    for type_ in (*TYPES, INVALID):
        counts = result.counts[type_]
        if type_ == INVALID and not counts.rejected:
            continue
        rows.append((type_, *(f"{getattr(counts, c):,}" for c in columns)))
    totals = [sum(getattr(c, column) for c in result.counts.values()) for column in columns]
    rows.append(("total", *(f"{n:,}" for n in totals)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(columns) + 1)]
    lines = [head]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    return "\n".join(lines)
