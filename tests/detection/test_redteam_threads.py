"""The red-team sets (bench/redteam/roundN/, each written by a session that never
read the detectors; round 1 and round 2 were scored first and then tuned on): every
message thread, read as the scan reads it, must stay at or above the recall
recorded in bench/README.md in every language, with no honest thread flagged.

Round 3 was scored once while sealed, then split by id parity (bench/redteam/halves.py):
the odd half was tuned on and must stay at the same floor as rounds 1 and 2; the even
half is a hold-out nobody read message by message, held at what it measured after
the tuning (bench/README.md), so it can only go up. The whole
marketplaces (generate.py → import_marketplace → detect → score.py) take longer
than a test should; bench/README.md gives the commands and the scores.
"""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_conversation
from detection.detectors.paid_feedback import OFFER_MIN

REDTEAM = Path(__file__).resolve().parents[2] / "bench" / "redteam"
LANGUAGES = {"en", "en_chat", "es", "pt", "fr", "de", "ru"}
# Paid and extortion recall per language. Measured: round 1, 1.000 everywhere;
# round 2, 0.971 at worst (chat English).
FLOOR = 0.95


# Round 3's even half (hold-out) after the round-3 work: paid 101/119, extortion
# 99/119, 4 of 140 honest threads flagged.
HOLDOUT_FLOOR = {"paid": 101, "extortion": 99}
HOLDOUT_HONEST_MAX = 4


@pytest.mark.parametrize("round_name", ["round1", "round2"])
def test_threads_in_every_language(round_name):
    found = defaultdict(lambda: [0, 0])
    flagged_honest = []
    for line in (REDTEAM / round_name / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        thread = json.loads(line)
        offer, threat = read_conversation(thread["messages"])
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


def _round3_half(half: str):
    found = defaultdict(lambda: [0, 0])
    flagged = 0
    for line in (REDTEAM / "round3" / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        thread = json.loads(line)
        if ("odd" if int(thread["id"].rsplit("-", 1)[1]) % 2 else "even") != half:
            continue
        offer, threat = read_conversation(thread["messages"])
        label, language = thread["label"], thread["language"]
        if label == "paid":
            found[(label, language)][0] += offer >= OFFER_MIN
        elif label == "extortion":
            found[(label, language)][0] += threat >= THREAT_MIN
        else:
            flagged += offer >= OFFER_MIN or threat >= THREAT_MIN
            continue
        found[(label, language)][1] += 1
    return found, flagged


def test_round3_tuned_half_in_every_language():
    found, flagged = _round3_half("odd")
    assert {lang for _, lang in found} == LANGUAGES
    low = {k: f"{a}/{n}" for k, (a, n) in found.items() if a / n < FLOOR}
    assert not low, low
    assert flagged == 0


def test_round3_holdout_half_does_not_fall_back():
    found, flagged = _round3_half("even")
    for label, floor in HOLDOUT_FLOOR.items():
        assert sum(a for (lab, _), (a, _n) in found.items() if lab == label) >= floor, label
    assert flagged <= HOLDOUT_HONEST_MAX


def _tally(name: str) -> tuple[dict[str, int], set[str], list[tuple[str, str]]]:
    """One round's threads read as the scan reads them: schemes found per kind, the
    languages seen, and the honest threads flagged (id, type)."""
    found: dict[str, int] = defaultdict(int)
    languages: set[str] = set()
    flagged: list[tuple[str, str]] = []
    for line in (REDTEAM / name / "threads.jsonl").read_text(encoding="utf-8").splitlines():
        thread = json.loads(line)
        languages.add(thread["language"])
        offer, threat = read_conversation(thread["messages"])
        if thread["kind"] == "paid_feedback":
            found["paid_feedback"] += offer >= OFFER_MIN
        elif thread["kind"] == "feedback_extortion":
            found["feedback_extortion"] += threat >= THREAT_MIN
        elif offer >= OFFER_MIN or threat >= THREAT_MIN:
            flagged.append((thread["id"], thread.get("type", "")))
    return found, languages, flagged


# Round 4 (sealed, scored first on ad66da5, then once after the round-3 work: paid
# 26/42, extortion 37/42, 15 of 245 honest threads flagged), then tuned on its odd
# half (more work and a rating in return as benefits; review talk and unconditional
# bonuses quiet): paid 40/42 (odd 21/21, even 19/21), extortion 37/42, 0 honest
# flagged (bench/README.md, "Red-team set, round 4"); extortion 38/42 after the round-5
# text work. Held there, so it can only improve.
# Raised after the round-8 text work (text8b): extortion 39.
ROUND4_FLOOR = {"paid_feedback": 40, "feedback_extortion": 39}
ROUND4_HONEST_MAX = 0


# Round 5 (sealed, scored first on 00adc2a: paid 25/63, extortion 24/63, 12 of 36
# reported-offer threads and 1 ratings-talk thread flagged), then tuned on whole (its
# nine languages include Italian and Polish, new to the reader): every paid and
# extortion thread read, no honest thread flagged (bench/README.md, "Red-team set,
# round 5"). Tuning figures, held there so they can only improve; round 6 measures
# whether the changes carry.
ROUND5_FLOOR = {"paid_feedback": 63, "feedback_extortion": 63}
ROUND5_HONEST_MAX = 0
ROUND5_LANGUAGES = LANGUAGES | {"it", "pl"}


# Round 6 (sealed, scored first on 970c419, then by the lead after the round-5 work:
# 32 of 44 reported-threat threads and 2 reported offers flagged), then tuned on (text6):
# a victim's report of someone else's threat or offer quiet in every language, Dutch and
# Turkish basics. Tuning figures (bench/README.md, "Red-team set, round 6"), held there.
# Raised after the round-8 text work (text8b): paid 60, extortion 67; after round 9's (text9): extortion 68.
ROUND6_FLOOR = {"paid_feedback": 60, "feedback_extortion": 68}
ROUND6_HONEST_MAX = 0
ROUND6_LANGUAGES = ROUND5_LANGUAGES | {"nl", "tr"}


# Round 7 (sealed, scored first on 4f4fb23, then by the lead after the round-6 work: paid
# 32/84, extortion 43/84, 15 reported-threat and 7 real-dispute threads flagged), then tuned
# on (text7): honest reporters and real disputes quiet in every language, Swedish basics,
# the round-7 themes in general form. Tuning figures (bench/README.md, "Round 7 tuning
# (text)"), held there; round 7 is not in the model's training material.
# Raised after the round-8 text work (text8b): extortion 79; after round 9's (text9): paid 73.
ROUND7_FLOOR = {"paid_feedback": 73, "feedback_extortion": 79}
ROUND7_HONEST_MAX = 0
ROUND7_LANGUAGES = ROUND6_LANGUAGES | {"sv"}


# Round 8 (sealed, scored first on 701079f; on 67c9f53, after the round-7 text and graph9
# work: paid 62/91, extortion 47/91, 9 paid and 4 extortion false groups), then tuned on
# (text8b): a number word before a star glyph, Romanian and Indonesian basics, a low rating
# beside a demand, an ultimatum of exposure, a gift sent to an address, single-quoted
# threats read as quotes, "revision" not "review". Tuning figures (bench/README.md, "Round 8
# tuning (text)"), held there; round 8 is not in the model's training material.
ROUND8_FLOOR = {"paid_feedback": 91, "feedback_extortion": 91}
ROUND8_HONEST_MAX = 0
ROUND8_LANGUAGES = ROUND6_LANGUAGES | {"ro", "id"}


# Round 9 (sealed, scored first on main; on 9933221, after the round-8 text work: paid 53/91,
# extortion 56/91 in the marketplace, Danish and Czech 0-1 of 7), then tuned on (text9):
# Danish and Czech basics, and in the languages read before a gift in a case or a shop card
# right after the rating, costs covered, free work "or else" with what it does to the
# rating, a good rating asked in the familiar form before a name goes public, a rating's
# fall wished away; a thank-you for the review and "good or bad" stay quiet. Tuning figures
# (bench/README.md, "Round 9 tuning (text)"), held there; the 13 veiled offers ("you look
# after my profile, I look after you") are left unread.
ROUND9_FLOOR = {"paid_feedback": 78, "feedback_extortion": 91}
ROUND9_HONEST_MAX = 0
ROUND9_LANGUAGES = ROUND6_LANGUAGES | {"da", "cs"}

# Round 10 (sealed, scored first on e590bd2: paid 24/91, extortion 26/91, Hungarian, Finnish and
# Greek 0 of 7; the same after the round-9 text work), then tuned on (text10): benefits and harms
# read by kind in many languages (tickets, draws, priority, a bill not sent, free services;
# authorities, lawyers, employers, leaks, withheld files or passwords), rating words and basic
# concepts in twenty more languages, shapes that carry across them (whoever gives the top rating,
# files kept until a rating, a private arrangement); a tip after a rating given stays quiet.
# Tuning figures (bench/README.md, "Round 10 tuning (text)"), held a little below what the
# thread reading gives (91 and 91), so a change elsewhere may cost a wording or two.
ROUND10_FLOOR = {"paid_feedback": 89, "feedback_extortion": 89}
ROUND10_HONEST_MAX = 0
ROUND10_LANGUAGES = ROUND5_LANGUAGES | {"nl", "hu", "fi", "el"}

ROUNDS = {
    "round4": (ROUND4_FLOOR, ROUND4_HONEST_MAX, LANGUAGES),
    "round5": (ROUND5_FLOOR, ROUND5_HONEST_MAX, ROUND5_LANGUAGES),
    "round6": (ROUND6_FLOOR, ROUND6_HONEST_MAX, ROUND6_LANGUAGES),
    "round7": (ROUND7_FLOOR, ROUND7_HONEST_MAX, ROUND7_LANGUAGES),
    "round8": (ROUND8_FLOOR, ROUND8_HONEST_MAX, ROUND8_LANGUAGES),
    "round9": (ROUND9_FLOOR, ROUND9_HONEST_MAX, ROUND9_LANGUAGES),
    "round10": (ROUND10_FLOOR, ROUND10_HONEST_MAX, ROUND10_LANGUAGES),
}


@pytest.mark.parametrize("round_name", ROUNDS)
def test_tuned_round_does_not_fall_back(round_name):
    floors, honest_max, expected_languages = ROUNDS[round_name]
    found, languages, flagged = _tally(round_name)
    assert languages == expected_languages
    for kind, floor in floors.items():
        assert found[kind] >= floor, (kind, found[kind])
    assert len(flagged) <= honest_max, flagged


# Round 11 (sealed, written from outside; nobody has tuned on it). Thread reading on main after
# the round-10 text work: paid 21/70, extortion 11/70, and 11 honest threads flagged (mostly
# threats users forwarded to support, quoted). Held as measured, both ways: recall may not
# fall and no more honest threads may be flagged. When a change reads round 11 better, raise
# the floors or lower the ceiling here; tuning on round 11 makes it a tuning set (bench/README.md,
# "Round 11: the unseen measure after the round-10 work").
UNSEEN = {
    "round11": (
        {"paid_feedback": 21, "feedback_extortion": 11},
        11,
        LANGUAGES | {"uk", "ar", "vi"},
    ),
}


@pytest.mark.parametrize("round_name", UNSEEN)
def test_unseen_round_holds_its_measured_level(round_name):
    floors, honest_max, expected_languages = UNSEEN[round_name]
    found, languages, flagged = _tally(round_name)
    assert languages == expected_languages
    for kind, floor in floors.items():
        assert found[kind] >= floor, (kind, found[kind])
    assert len(flagged) <= honest_max, flagged
