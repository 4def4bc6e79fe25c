"""Profile ``ingest_email --maildir`` in one process on the side-by-side corpus.

    .venv/bin/python -m bench.email.side_by_side --prepare     # once: seed + corpus
    .venv/bin/python -m bench.email.profile_ingest [--top 40]

Recreates ``ts_email_side_ours`` (or ``--database``) from its seeded template, runs the command under
cProfile with DEBUG off, and prints CPU per message and the functions that take it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import time

from bench.email import portal_adapter as portal
from bench.email import side_by_side as sbs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--database", help=f"database to recreate from the seeded template (default {sbs.OURS_DB})")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--only", nargs="*", help="restrict the listing to functions matching these patterns")
    args = parser.parse_args()
    corpus = sbs.OUT / "corpus" / "ours"
    if not corpus.is_dir():
        parser.error(f"no corpus at {corpus}: run bench.email.side_by_side --prepare first")
    database = args.database or sbs.OURS_DB
    sbs._recreate(database, template=sbs.OURS_DB + sbs.SEED_SUFFIX)
    maildir = sbs.OUT / "run" / "profile-maildir"
    shutil.rmtree(maildir, ignore_errors=True)
    for sub in ("tmp", "cur"):
        (maildir / sub).mkdir(parents=True)
    shutil.copytree(corpus, maildir / "new")
    count = len(list((maildir / "new").iterdir()))
    portal.setup(f"{sbs.SERVER}/{database}")
    from django.core.management import call_command

    profile = cProfile.Profile(time.process_time)  # CPU time: waiting for PostgreSQL is not counted
    cpu, wall = time.process_time(), time.perf_counter()
    profile.enable()
    call_command("ingest_email", maildir=str(maildir), stdout=io.StringIO())
    profile.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{count} messages: {cpu:.2f} s CPU ({1000 * cpu / count:.2f} ms/message, profiler on), {wall:.2f} s wall")
    stats = pstats.Stats(profile, stream=sys.stdout)
    stats.sort_stats(args.sort).print_stats(*(args.only or [args.top]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
