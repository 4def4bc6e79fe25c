"""A proposal for ``detection.textmodel``, measured here and not applied (that module is
another branch's): let ``factored`` also split the alternatives it now leaves whole.

``factored`` groups alternatives by their first letter, so the regex engine tries one
group per position instead of every alternative; an alternative it cannot group is
tried at every position. It leaves whole an alternative that opens with a group holding
a character class or a nested group ("(?:invoice|bill|сч[её]т)\\w*…", "gro(?:ss|ß)zugig"),
with an optional group ("(?:ich )?teile sie"), or whose group has one member that does not
open with a letter ("\\b(?:\\d+|two|three…) more"). Here such an alternative is written
as one alternative per member (an optional group as the text with it and without it;
negative lookbehinds moved after the first letter as ``factored`` does), which matches
the same texts, then everything goes through ``factored`` again.

For every regex a scan searches (the gate, the any-key-concept pass, the rare passes,
each concept), on the texts the scan searches it on, this prints: texts whose answer
(found or not) differs (must be 0), and CPU seconds before and after, best of two.

    .venv/bin/python bench/detection/text_sample.py dump postgres://…/ts_scale1m /tmp/sample.pkl 10
    .venv/bin/python bench/detection/regex_regroup.py /tmp/sample.pkl
    # then the scan's whole message pass on that sample, with the regexes that got
    # faster swapped in and out (in this process only), alternating: CPU and what is kept
    .venv/bin/python bench/detection/regex_regroup.py /tmp/sample.pkl --pass 3

Also checked: every message of red-team rounds 1–10 alone and each sender's messages
joined (the thread readings), prepared and in the gate's quick form.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["SQLITE_PATH"] = "/tmp/regex-regroup-never-queried.sqlite3"
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")

import django  # noqa: E402

django.setup()

from detection import textmodel as tm  # noqa: E402
from detection.detectors.messages import own_words  # noqa: E402

ROUNDS = range(1, 11)  # the red-team rounds read here (later rounds are not opened)
_BEHIND = re.compile(r"\(\?<!([^()\[\]]*)\)")


def _closing(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the one at ``start``."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced: {pattern[:60]}")


def split(alt: str, depth: int = 0) -> list[str]:
    """Alternatives that together match what ``alt`` matches, opening with a letter
    where the leading group allows it."""
    if depth > 3:
        return [alt]
    lead = tm._LEAD_BEHIND.match(alt)
    behinds = _BEHIND.findall(lead.group(0)) if lead else []
    rest = alt[lead.end() :] if lead else alt
    head = "\\b" if rest.startswith("\\b") else ""
    body = rest[len(head) :]
    if not body.startswith("(?:"):
        return [alt]
    end = _closing(body, 0)
    inner, after = body[3:end], body[end + 1 :]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        members = [head + "(?:" + inner + ")" + after[1:], head + after[1:]]  # with the group, and without
    elif after[:1] in tm._QUANTIFIERS:
        return [alt]
    else:
        members = [head + member + after for member in tm._top_level(inner)]
    out = []
    for member in members:
        for one in split(member, depth + 1):
            if not behinds:
                out.append(one)
            elif tm._groupable(one):
                out.append(tm._behind_first(one, behinds))
            else:
                out.append(lead.group(0) + one)
    return out


def regroup(rx: re.Pattern) -> re.Pattern | None:
    pattern = rx.pattern
    prefix = tm._STARTS + "(?:" if pattern.startswith(tm._STARTS + "(?:") else "(?:"
    if not pattern.startswith(prefix) or not pattern.endswith(")"):
        return None
    alternatives = []
    for alt in tm._top_level(pattern[len(prefix) : -1]):
        alternatives.extend([alt] if tm._groupable(alt) else split(alt))
    return re.compile(prefix + tm.factored("|".join(alternatives)) + ")")


def redteam_texts() -> list[str]:
    texts = []
    for n in ROUNDS:
        path = ROOT / "bench" / "redteam" / f"round{n}" / "threads.jsonl"
        if not path.exists():
            continue
        for line in path.read_text().splitlines():
            by_sender: dict[str, list[str]] = {}
            for m in json.loads(line)["messages"]:
                body = own_words(m["body"])
                texts.append(body)
                by_sender.setdefault(m["sender_role"], []).append(body)
            texts.extend("\n".join(bodies) for bodies in by_sender.values())
    return texts


def best_of_two(rx: re.Pattern, texts: list[str]) -> float:
    best = None
    for _ in range(2):
        started = time.process_time()
        for t in texts:
            rx.search(t)
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
    return best


def swapped(rows: list[tuple], rounds: int) -> None:
    """The message pass (``scored_messages``) on the sample with the regroup applied to the
    regexes it makes faster (measured on the sample's gated texts), alternating with the
    regexes as they are."""
    from detection.detectors import messages
    from detection.detectors.base import ScanContext

    bodies = [own_words(r[5] or "") for r in rows]
    gated = [tm.prepare(b) for b in bodies if tm.gate(tm.quick(b))]
    keyed = [p for p in gated if tm.key_concepts(p)]
    names = [("_KEY_ANY", gated), ("_KEY_RARE_ANY", keyed), ("_RARE_ANY", keyed)]
    old, new = {}, {}
    for name, texts in names:
        rx = getattr(tm, name)
        if (faster := regroup(rx)) is not None and best_of_two(faster, texts) < best_of_two(rx, texts):
            old[name], new[name] = rx, faster
    for name, rx in tm.CONCEPTS.items():
        if (faster := regroup(rx)) is not None and best_of_two(faster, keyed) < best_of_two(rx, keyed):
            old[f"concept {name}"], new[f"concept {name}"] = rx, faster
    print("swapped:", ", ".join(old))

    def use(regexes: dict) -> None:
        for name, rx in regexes.items():
            if name.startswith("concept "):
                tm.CONCEPTS[name.removeprefix("concept ")] = rx
            else:
                setattr(tm, name, rx)

    messages.rows = lambda *a, **k: iter(rows)
    kept = {}
    for n in range(rounds):
        for label, regexes in (("as they are", old), ("regrouped", new)):
            use(regexes)
            started = time.process_time()
            got = messages.scored_messages(ScanContext())
            spent = time.process_time() - started
            kept.setdefault(label, []).append([(m.pk, m.parts, m.features) for m in got])
            load = os.getloadavg()[0]
            print(f"round {n + 1}, {label}: {spent:.3f} CPU-s, {len(got)} kept, load {load:.1f}", flush=True)
    use(old)
    readings = [r for runs in kept.values() for r in runs]
    print("the same messages kept, with the same readings:", all(r == readings[0] for r in readings))


def main() -> None:
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    if "--pass" in sys.argv:
        return swapped(rows, int(sys.argv[sys.argv.index("--pass") + 1]))
    bodies = [own_words(r[5] or "") for r in rows]
    quick = [tm.quick(b) for b in bodies]
    gated = [tm.prepare(b) for b, q in zip(bodies, quick, strict=True) if tm.gate(q)]
    keyed = [p for p in gated if tm.key_concepts(p)]
    extra = redteam_texts()
    extra_quick, extra_prepared = [tm.quick(t) for t in extra], [tm.prepare(t) for t in extra]
    searched = [("gate", tm._GATE, quick, extra_quick), ("any key concept", tm._KEY_ANY, gated, extra_prepared)]
    searched += [("rare key concepts", tm._KEY_RARE_ANY, keyed, extra_prepared)]
    searched += [("rare concepts", tm._RARE_ANY, keyed, extra_prepared)]
    searched += [(f"concept {name}", rx, keyed, extra_prepared) for name, rx in tm.CONCEPTS.items()]
    print(
        f"sample: {len(rows)} messages, {len(gated)} gated, {len(keyed)} naming a key concept; red team: {len(extra)}"
    )
    print(f"{'regex':<26}{'texts':>7}{'differ':>7}{'before s':>10}{'after s':>9}{'µs/text':>16}")
    total_before = total_after = total_kept = 0.0
    for label, rx, texts, more in searched:
        new = regroup(rx)
        if new is None:
            continue
        differ = sum((rx.search(t) is None) != (new.search(t) is None) for t in (*texts, *more))
        before, after = best_of_two(rx, texts), best_of_two(new, texts)
        total_before, total_after = total_before + before, total_after + after
        total_kept += min(before, after)  # applied only where it pays
        per = f"{1e6 * before / len(texts):.1f} → {1e6 * after / len(texts):.1f}"
        print(f"{label:<26}{len(texts):>7}{differ:>7}{before:>10.3f}{after:>9.3f}{per:>16}")
    print(
        f"all: {total_before:.3f} → {total_after:.3f} CPU-s; "
        f"applied only where faster: {total_kept:.3f} CPU-s ({total_kept - total_before:+.3f})"
    )


if __name__ == "__main__":
    main()
