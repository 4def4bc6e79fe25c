#!/usr/bin/env python3
"""Ring recall on round 3, split by scheme-id parity (odd = tuning, even = hold-out).

usage: rings_split.py SIGNALS.jsonl [--min-score X]

The matching is score.py's: a ring signal (``feedback_ring`` or ``fake_job``)
matches a scheme when it cites one of its evidence ids or names at least
min(2, |accounts|) of its accounts. False-positive groups are ring signals
matching no ring scheme; they are listed with the look-alike they touch, if any.
"""

import argparse
import json
import os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
RING = {"feedback_ring", "fake_job"}


def matches(accounts, evidence, item):
    if evidence & set(item["evidence"]):
        return True
    members = set(item["accounts"])
    return len(accounts & members) >= min(2, len(members))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("signals")
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--min-score", type=float, default=0.0)
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding="utf-8"))
    rings = [s for s in truth["schemes"] if s["kind"] == "feedback_ring"]
    signals = []
    for line in open(a.signals, encoding="utf-8"):
        s = json.loads(line)
        if s["kind"] in RING and s["score"] >= a.min_score:
            accounts = {x["external_id"] if isinstance(x, dict) else x for x in s["accounts"]}
            evidence = {e.get("external_id") or e.get("id") for e in s.get("evidence", [])}
            signals.append((accounts, evidence, s))
    table = defaultdict(lambda: [0, 0])
    wrong = []
    for accounts, evidence, s in signals:
        if not any(matches(accounts, evidence, r) for r in rings):
            touched = [x["type"] for x in truth["lookalikes"] if matches(accounts, evidence, x)]
            wrong.append((round(s["score"], 3), len(accounts), touched))
    for r in rings:
        half = "odd" if int(r["id"].lstrip("S")) % 2 else "even"
        hit = any(matches(acc, ev, r) for acc, ev, _ in signals)
        for key in ((half, "all"), (half, r["variant"])):
            table[key][0] += hit
            table[key][1] += 1
    for half in ("odd", "even"):
        parts = [f"{v} {h}/{n}" for (p, v), (h, n) in sorted(table.items()) if p == half and v != "all"]
        h, n = table[(half, "all")]
        print(f"{half:<5} {h}/{n}  ({', '.join(parts)})")
    print(f"ring signals {len(signals)}, matching no ring scheme {len(wrong)}: {wrong}")


if __name__ == "__main__":
    main()
