"""Peak RSS of ``ingest_email --maildir`` with and without one very large message.

    .venv/bin/python -m bench.email.maildir_memory [--messages 400] [--mib 30 20]

For each size: a fresh database ``ts_email_memory`` (BENCH_MEMORY_DB, migrated
once and kept as a template), a maildir of ``--messages`` ordinary replies, plus
one message of that many MiB (PDF attachments, base64 as clients send them), and
``manage.py ingest_email --maildir`` in a fresh process measured by
``bench.email.measure`` (wall, CPU, peak RSS of the command itself). The first run
has no large message. INBOUND_MESSAGE_MAX_BYTES is the default 25 MiB: a larger
message is left in the maildir and reported, never read.
"""

from __future__ import annotations

import argparse
import json
import mailbox
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.email import portal_adapter as portal
from bench.email import side_by_side as sbs

DB = os.environ.get("BENCH_MEMORY_DB", "ts_email_memory")
MIB = 1024 * 1024


def _large(mib: float) -> bytes:
    from demo.mail_samples import gmail_reply, with_attachment

    target = int(mib * MIB)
    raw = gmail_reply(new_text="The contracts are attached.", to="trust@example.com", in_reply_to=None,
                      message_id=f"<large-{mib}@bench.example>")  # fmt: skip
    while len(raw) < target:
        room = (target - len(raw) - 1000) * 3 * 76 // (4 * 78)
        data = b"%PDF" + b"7" * max(1, min(6 * MIB, room))
        raw = with_attachment(raw, filename=f"part-{len(raw)}.pdf", content_type="application/pdf", data=data)
    return raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--mib", type=float, nargs="*", default=[30.0, 20.0])
    args = parser.parse_args()
    url = f"{sbs.SERVER}/{DB}"
    env = portal.environment(url)
    sbs._recreate(DB)
    subprocess.run(portal.migrate_command(), cwd=portal.ROOT, env=env, check=True)
    sbs._keep_as_template(DB)
    os.environ.update(env)
    import django

    django.setup()
    from demo.mail_samples import gmail_reply

    ordinary = [
        gmail_reply(new_text=f"Question number {n}: why was my listing removed?", to="trust@example.com",
                    in_reply_to=None, from_=f"Person {n} <p{n}@example.net>", message_id=f"<m{n}@bench.example>")
        for n in range(args.messages)
    ]  # fmt: skip
    rows = []
    work = Path(tempfile.mkdtemp(prefix="maildir-memory-"))
    for mib in [0.0, *args.mib]:
        sbs._recreate(DB, template=DB + sbs.SEED_SUFFIX)
        box_path = work / f"box-{mib}"
        box = mailbox.Maildir(box_path, create=True)
        for n, raw in enumerate(ordinary):
            box.add(raw)
            if mib and n == len(ordinary) // 2:
                box.add(_large(mib))
        result = work / f"result-{mib}.json"
        command = [*portal.ingest_command(box_path, jobs=1)]
        subprocess.run(
            [sys.executable, "-m", "bench.email.measure", str(result), str(work / "out"), str(work / "err"), "--",
             *command],
            cwd=portal.ROOT, env=env, check=True,
        )  # fmt: skip
        measured = json.loads(result.read_text())
        summary = (work / "out").read_text().strip().splitlines()[-1:]
        rows.append((mib, measured, summary[0] if summary else ""))
        print(f"large message {mib:g} MiB: peak RSS {measured['max_rss_kb'] / 1024:.0f} MiB, "
              f"CPU {measured['cpu']:.2f} s, wall {measured['wall']:.2f} s — {rows[-1][2]}")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
