"""The second red-team set (bench/redteam/round2/, written without reading the
detectors, sealed until its first score, then used for tuning): every message thread, read as the scan reads it, must stay at or
above the recall recorded in bench/README.md, with no honest thread flagged.

The whole marketplace (generate.py → import_marketplace → detect → score.py)
takes longer than a test should; bench/README.md gives the command and the score.
"""

import json
from collections import defaultdict
from pathlib import Path

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_thread
from detection.detectors.paid_feedback import OFFER_MIN

THREADS = Path(__file__).resolve().parents[2] / "bench" / "redteam" / "round2" / "threads.jsonl"
FLOOR = 0.95  # paid and extortion recall per language (measured: 0.971 at worst, chat English)


def _read(thread: dict) -> tuple[float, float]:
    by_sender = defaultdict(list)
    for m in thread["messages"]:
        by_sender[m["sender_role"]].append(m["body"])
    offer = threat = 0.0
    for bodies in by_sender.values():
        f = read_thread(bodies)
        offer, threat = max(offer, f.offer_score), max(threat, f.threat_score)
    return offer, threat


def test_round2_threads_in_every_language():
    found = defaultdict(lambda: [0, 0])
    flagged_honest = []
    for line in THREADS.read_text(encoding="utf-8").splitlines():
        thread = json.loads(line)
        offer, threat = _read(thread)
        label, language = thread["label"], thread["language"]
        if label == "paid":
            found[(label, language)][0] += offer >= OFFER_MIN
        elif label == "extortion":
            found[(label, language)][0] += threat >= THREAT_MIN
        elif offer >= OFFER_MIN or threat >= THREAT_MIN:
            flagged_honest.append(thread["id"])
        found[(label if label in ("paid", "extortion") else "honest", language)][1] += 1
    assert {lang for _, lang in found} == {"en", "en_chat", "es", "pt", "fr", "de", "ru"}
    low = {k: f"{a}/{n}" for k, (a, n) in found.items() if k[0] != "honest" and a / n < FLOOR}
    assert not low, low
    assert flagged_honest == []
