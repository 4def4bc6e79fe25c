"""Resident memory of an import as it goes, to show it stays flat whatever the file size.

    DEBUG=false SECRET_KEY=... MAILER_BACKEND=django.core.mail.backends.locmem.EmailBackend \\
    SQLITE_PATH=bench/out/trace.sqlite3 .venv/bin/python bench/import/rss_trace.py bench/out/import-3000000.jsonl

Imports FILE into the configured database (migrate it first) through the same
service as the command, printing the RSS every 100,000 lines and the peak at the end.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")

import django  # noqa: E402

django.setup()

from importer.services import marketplace_import  # noqa: E402
from importer.sources import open_source  # noqa: E402


def rss_mb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    next_report = 100_000

    def on_batch(lines: int) -> None:
        nonlocal next_report
        if lines >= next_report:
            print(f"{lines:>12,} lines  {rss_mb():>5} MB", flush=True)
            next_report += 100_000

    with open_source(sys.argv[1]) as source:
        result = marketplace_import(lines=source, on_batch=on_batch)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{result.lines:,} lines in {result.seconds:.0f} s; peak RSS {peak} MB")


if __name__ == "__main__":
    main()
