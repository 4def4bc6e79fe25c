"""The red-team sets (bench/redteam/roundN/, each written by a session that never
read the detectors; round 1 and round 2 were scored first and then tuned on): every
message thread, read as the scan reads it, must stay at or above the recall
recorded in bench/README.md in every language, with no honest thread flagged.

Round 3 is not here: it was scored once while sealed and still has misses and
false alarms (bench/README.md); it joins when they are fixed. The whole
marketplaces (generate.py → import_marketplace → detect → score.py) take longer
than a test should; bench/README.md gives the commands and the scores.
"""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_thread
from detection.detectors.paid_feedback import OFFER_MIN

REDTEAM = Path(__file__).resolve().parents[2] / "bench" / "redteam"
LANGUAGES = {"en", "en_chat", "es", "pt", "fr", "de", "ru"}
# Paid and extortion recall per language. Measured: round 1, 1.000 everywhere;
# round 2, 0.971 at worst (chat English).
FLOOR = 0.95


def _read(thread: dict) -> tuple[float, float]:
    by_sender = defaultdict(list)
    for m in thread["messages"]:
        by_sender[m["sender_role"]].append(m["body"])
    offer = threat = 0.0
    for bodies in by_sender.values():
        f = read_thread(bodies)
        offer, threat = max(offer, f.offer_score), max(threat, f.threat_score)
    return offer, threat


@pytest.mark.parametrize("round_name", ["round1", "round2"])
def test_threads_in_every_language(round_name):
    found = defaultdict(lambda: [0, 0])
    flagged_honest = []
    for line in (REDTEAM / round_name / "threads.jsonl").read_text(encoding="utf-8").splitlines():
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
    assert {lang for _, lang in found} == LANGUAGES
    low = {k: f"{a}/{n}" for k, (a, n) in found.items() if k[0] != "honest" and a / n < FLOOR}
    assert not low, low
    assert flagged_honest == []
