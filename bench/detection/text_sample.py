"""The message pass (``scored_messages``) on a fixed sample of messages, in one
process, CPU seconds: for comparing two checkouts of the code on the same texts.

    # once: the messages of one pair in N (sender + recipient id divisible by N, so threads
    # stay whole, as a scan's part) of a PostgreSQL bench database (read only)
    .venv/bin/python bench/detection/text_sample.py dump postgres://postgres@127.0.0.1:5432/ts_detect_1m \
        /tmp/sample.pkl 10
    # one timing of the checkout at ROOT (its own detection package), best of REPEAT passes
    .venv/bin/python bench/detection/text_sample.py run ROOT /tmp/sample.pkl 2
    # interleaved: A B A B A B (any number of checkouts), each in a fresh process
    .venv/bin/python bench/detection/text_sample.py compare ROOT_A ROOT_B /tmp/sample.pkl 3

The rows are handed to ``scored_messages`` in the scan's order (sent_at, id) in place
of the database query, so the whole per-message path (own words, gate, key concepts,
threads, both readers) runs exactly as in a scan's message child.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path


def dump(url: str, out: str, n: int) -> None:
    import psycopg

    with psycopg.connect(url) as conn:
        got = conn.execute(
            "SELECT id, sender_id, recipient_id, contract_id, extract(epoch FROM sent_at)::float8, body"
            " FROM contracts_message WHERE (sender_id + recipient_id) %% %s = 0 ORDER BY id",
            (n,),
        ).fetchall()
    got.sort(key=lambda r: (r[4], r[0]))
    Path(out).write_bytes(pickle.dumps(got))
    print(f"{len(got)} messages written to {out}")


def run(root: str, sample: str, repeat: int) -> None:
    sys.path.insert(0, str(Path(root).resolve()))
    os.chdir(root)
    os.environ["SQLITE_PATH"] = "/tmp/textcost-sample.sqlite3"  # never queried
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()
    from detection.detectors import messages
    from detection.detectors.base import ScanContext

    assert messages.__file__.startswith(str(Path(root).resolve())), messages.__file__
    data = pickle.loads(Path(sample).read_bytes())
    messages.rows = lambda *a, **k: iter(data)
    best = None
    for _ in range(repeat):
        started = time.process_time()
        kept = messages.scored_messages(ScanContext())
        cpu = time.process_time() - started
        best = cpu if best is None else min(best, cpu)
    print(f"{best:.3f} {len(kept)}")


def compare(roots: list[str], sample: str, rounds: int) -> None:
    here = str(Path(__file__).resolve())
    for i in range(rounds):
        for root in roots:
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            out = subprocess.run(
                [sys.executable, here, "run", root, sample, "2"], capture_output=True, text=True, check=True
            ).stdout.split()
            print(f"round {i + 1} {root}: {out[0]} CPU-s, {out[1]} kept, load {load}", flush=True)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif cmd == "run":
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        compare(sys.argv[2:-2], sys.argv[-2], int(sys.argv[-1]))
