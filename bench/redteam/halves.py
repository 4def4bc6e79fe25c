"""Round 3 split in two by id parity, to tell generalisation from memorising.

    .venv/bin/python bench/redteam/halves.py threads [--round round3] [--show odd]
    .venv/bin/python bench/redteam/halves.py market SIGNALS.jsonl [--truth truth.json] [--min-score 0.7]

A thread, scheme or look-alike is *odd* or *even* by the number its id ends in
("T-paid-en-03", "S151", "L0012"; a marketplace thread's number has the parity of
its scheme's). Tuning reads only the odd half; the even half is the hold-out.

``threads`` reads every thread of the set as ``tests/detection/test_redteam_threads.py``
does (each sender's messages with ``read_thread``) and prints recall per label and
language and honest threads flagged, per half. ``--show odd`` lists the odd half's
misses and false alarms (never the even half's).

``market`` scores an ``export_signals`` file against one half of truth.json with the
set's own score.py: the half's schemes and look-alikes are kept, and the signals
that match a scheme or look-alike of the *other* half are dropped (by score.py's own
matching rule), so the other half counts neither as a miss nor as a false alarm.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def parity(ident: str) -> str:
    return "odd" if int(re.search(r"(\d+)$", ident).group(1)) % 2 else "even"


def threads(args) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()
    from detection.detectors.feedback_extortion import THREAT_MIN
    from detection.detectors.messages import read_conversation
    from detection.detectors.paid_feedback import OFFER_MIN

    found = defaultdict(lambda: [0, 0])
    shown = []
    for line in (HERE / args.round / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        half = parity(t["id"])
        offer, threat = read_conversation(t["messages"])
        label = t["label"]
        if label == "paid":
            hit = offer >= OFFER_MIN
        elif label == "extortion":
            hit = threat >= THREAT_MIN
        else:
            hit = offer >= OFFER_MIN or threat >= THREAT_MIN
            label = "honest"
        found[(half, label, t["language"])][0] += hit
        found[(half, label, t["language"])][1] += 1
        wrong = (not hit) if label != "honest" else hit
        if wrong and args.show == half:
            shown.append((t["id"], t.get("theme") or t["label"], round(offer, 2), round(threat, 2), t["messages"]))
    langs = sorted({k[2] for k in found})
    for half in ("odd", "even"):
        print(f"== {half} half")
        for label in ("paid", "extortion", "honest"):
            a = sum(found[(half, label, g)][0] for g in langs)
            n = sum(found[(half, label, g)][1] for g in langs)
            per = "  ".join(f"{g} {found[(half, label, g)][0]}/{found[(half, label, g)][1]}" for g in langs)
            what = "flagged" if label == "honest" else "found"
            print(f"  {label:9} {what} {a}/{n}   {per}")
    for tid, theme, o, th, msgs in shown:
        print(f"\n{tid} [{theme}] offer={o} threat={th}")
        for m in msgs:
            print(f"   {m['sender_role']}: {m['body']}")


def _matches(sig: dict, evidence: set, accounts: set) -> bool:
    if evidence & set(sig["evidence"]):
        return True
    return len(accounts & set(sig["accounts"])) >= min(2, len(accounts))


def _look_matches(sig: dict, evidence: set, accounts: set) -> bool:
    if evidence & set(sig["evidence"]):
        return True
    return len(accounts & set(sig["accounts"])) >= min(2, len(accounts))


def market(args) -> None:
    truth = json.loads(Path(args.truth).read_text(encoding="utf-8"))
    sigs = [json.loads(line) for line in Path(args.signals).read_text(encoding="utf-8").splitlines() if line.strip()]
    for half in ("odd", "even"):
        other = [s for s in truth["schemes"] if parity(s["id"]) != half]
        other_looks = [x for x in truth["lookalikes"] if parity(x["id"]) != half]
        kept_lines = []
        for s, raw in zip(sigs, Path(args.signals).read_text(encoding="utf-8").splitlines(), strict=False):
            sig = _normalise(s)
            kind = "feedback_ring" if sig["kind"] == "fake_job" else sig["kind"]  # as score.py counts it
            if any(x["kind"] == kind and _matches(sig, set(x["evidence"]), set(x["accounts"])) for x in other):
                continue
            if any(_look_matches(sig, set(x["evidence"]), set(x["accounts"])) for x in other_looks):
                continue
            kept_lines.append(raw)
        half_truth = dict(truth)
        half_truth["schemes"] = [s for s in truth["schemes"] if parity(s["id"]) == half]
        half_truth["lookalikes"] = [x for x in truth["lookalikes"] if parity(x["id"]) == half]
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "s.jsonl").write_text("\n".join(kept_lines) + "\n", encoding="utf-8")
            (Path(tmp) / "t.json").write_text(json.dumps(half_truth), encoding="utf-8")
            print(f"== {half} half ({len(half_truth['schemes'])} schemes, {len(half_truth['lookalikes'])} look-alikes)")
            out = subprocess.run(
                [sys.executable, str(Path(args.score)), str(Path(tmp) / "s.jsonl"), "--truth", str(Path(tmp) / "t.json")]
                + (["--min-score", str(args.min_score)] if args.min_score is not None else []),
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            print(out)


def _normalise(sig: dict) -> dict:
    """The fields score.py matches on, as the export writes them."""
    return {
        "kind": sig["kind"],
        "accounts": list(sig.get("accounts") or []),
        "evidence": [str(e.get("id")) for e in sig.get("evidence") or [] if isinstance(e, dict)],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("threads")
    t.add_argument("--round", default="round3")
    t.add_argument("--show", choices=["odd"], default=None)
    m = sub.add_parser("market")
    m.add_argument("signals")
    m.add_argument("--truth", default=str(HERE / "round3" / "truth.json"))
    m.add_argument("--score", default=str(HERE / "round3" / "score.py"))
    m.add_argument("--min-score", type=float, default=None, help="count only signals scoring at least this")
    args = ap.parse_args()
    threads(args) if args.cmd == "threads" else market(args)


if __name__ == "__main__":
    main()
