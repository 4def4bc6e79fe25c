"""CPU cost of reading message text, per message, old reader vs new.

    .venv/bin/python bench/detection/text_cost.py var/bench/q10k.sqlite3

Reads every message body of a bench database (any SQLite file made by
quality.py) and times, in CPU seconds (``time.process_time``, so other load on
the machine does not count), (a) the lexicon alone with its prefilter — the
reader before the learned model — and (b) what ``scored_messages`` now does per
message: the prefilter and the lexicon, the multilingual gate, and the learned
model with the concept rules on the messages (and two- or three-message threads)
that mention feedback. Threads are approximated by reading every gated message
with its predecessor from the same sender once.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")

import django  # noqa: E402

django.setup()

from detection import text, textmodel  # noqa: E402
from detection.detectors.messages import read_text  # noqa: E402


def main() -> None:
    path = sys.argv[1]
    rows = list(sqlite3.connect(path).execute("select sender_id, recipient_id, body from contracts_message"))
    bodies = [b or "" for _, _, b in rows]
    n = len(bodies)
    started = time.process_time()
    for b in bodies:
        if text.may_concern_feedback(b):
            text.features(b)
    old = time.process_time() - started
    started = time.process_time()
    gated = 0
    last: dict[tuple[int, int], str] = {}
    for s, r, b in rows:
        b = b or ""
        lex = text.may_concern_feedback(b)
        g = textmodel.gate(textmodel.quick(b))
        if lex or g:
            read_text(b, lexicon=lex, gated=g)
        if g:
            gated += 1
            if (s, r) in last:
                read_text(last[(s, r)] + "\n" + b, lexicon=False)
        last[(s, r)] = b
    new = time.process_time() - started
    print(f"{n} messages, {gated} mention feedback ({gated / n:.0%})")
    print(f"lexicon only: {old:.2f} CPU s ({old / n * 1e6:.0f} µs per message)")
    print(f"lexicon + gate + model + rules + threads: {new:.2f} CPU s ({new / n * 1e6:.0f} µs per message)")
    print(f"at 584,567 messages (the 1 M-feedback bench): {new / n * 584567:.1f} CPU s")


if __name__ == "__main__":
    main()
