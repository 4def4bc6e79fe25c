"""The cheaper found-or-not searches (``textmodel._word_led``) find exactly what the
searches they stand for find: a concept named or not is what the rules read, so a
text read differently would change a score."""

import json
import re
from pathlib import Path

from detection import textmodel

REDTEAM = Path(__file__).resolve().parents[2] / "bench" / "redteam"


def _texts() -> list[str]:
    texts = []
    for n in range(1, 11):  # rounds 1–10, every message and each sender's messages joined
        for line in (REDTEAM / f"round{n}" / "threads.jsonl").read_text(encoding="utf-8").splitlines():
            by_sender: dict[str, list[str]] = {}
            for m in json.loads(line)["messages"]:
                texts.append(m["body"])
                by_sender.setdefault(m["sender_role"], []).append(m["body"])
            texts += ["\n".join(bodies) for bodies in by_sender.values()]
    return texts


def test_word_led_search_finds_what_the_concept_search_finds():
    texts = _texts()
    assert len(texts) > 2000
    prepared = [textmodel.prepare(t) for t in texts]
    named = 0
    for name, rx in textmodel.CONCEPTS.items():
        fast = textmodel._FOUND[name]
        for p in prepared:
            found = rx.search(p) is not None
            assert (fast.search(p) is not None) == found, (name, p)
            named += found
    assert named > 1000  # the sample names concepts, not only their absence


def test_word_led_gathers_word_starts_and_keeps_lookbehinds():
    rx = re.compile(textmodel._STARTS + "(?:" + textmodel.factored(r"(?<!your )\bmore work|\bfree\b|ork|x\d") + ")")
    fast = textmodel._word_led(rx)
    assert fast.pattern != rx.pattern
    for text in (
        "more work for you",
        "your more work",
        "no more work",
        "anymore work",  # not at a word start
        "freely",
        "it is free",
        "fork",
        "x1",
        "",
        "Ωmore work",
    ):
        assert (fast.search(text) is None) == (rx.search(text) is None), text


def test_the_gate_and_the_any_concept_passes_answer_as_before():
    """The gate and the one-pass searches of the key, rare and rare key concepts answer
    found-or-not as their alternations written out plainly do."""
    tm = textmodel
    # the gate with its word-led alternatives spread back out, each behind its own boundary
    body = tm._GATE.pattern[len(tm._STARTS) + 3 : -1]
    *kept, led = tm._top_level(body)
    assert led.startswith("\\b(?:")
    spread = [*kept, *("\\b" + alt for alt in tm._top_level(led[5:-1]))]
    plain_gate = re.compile("(?:" + "|".join(spread) + ")")
    plain = {
        tm._KEY_ANY: "|".join([*(tm._strip_accents(tm._C[n]) for n in tm.KEY_CONCEPTS), tm._AUDIENCE])
        + "|"
        + tm._YOU_ME_RX.pattern[len(tm._STARTS) + 3 : -1],
        tm._RARE_ANY: "|".join(tm._strip_accents(tm._C[n]) for n in tm._RARE_CONCEPTS),
        tm._KEY_RARE_ANY: "|".join(tm._strip_accents(tm._C[n]) for n in tm._KEY_RARE),
    }
    plain_rx = {rx: re.compile("(?:" + p.replace("ё", "е") + ")") for rx, p in plain.items()}
    for body in _texts()[::25]:  # the plain alternations are slow: a twenty-fifth of the texts
        quick, prepared = tm.quick(body), tm.prepare(body)
        assert (tm._GATE.search(quick) is None) == (plain_gate.search(quick) is None), body
        for rx, other in plain_rx.items():
            assert (rx.search(prepared) is None) == (other.search(prepared) is None), body
