"""Do two versions of the text readers read everything the same? Run before every
change to the engine of ``detection.textmodel`` / ``detection.text`` (how the
concept lists are searched, not what they say).

    # the readings of a checkout (ROOT: its directory; default: this one)
    .venv/bin/python bench/detection/same_readings.py dump OUT.pkl --db BENCH.sqlite3 [--root ROOT]
    # two dumps: counts, and the first texts read differently
    .venv/bin/python bench/detection/same_readings.py compare A.pkl B.pkl

What is read, each with every field of its reading (scores, cues, the words an
explanation quotes):

* the scan's message pass (``scored_messages``) on a bench database made by
  ``quality.py``: the messages kept, the thread parts read with each, their features;
* every message of red-team rounds 1–10 alone, and each sender's messages joined (a
  thread as the scan reads it): the gate, the key concepts, ``rule_scores`` and
  ``read_text``;
* the generated training examples (``training.examples()``), the same way.

And, in the checkout dumped, every found-or-not search that has a plainer twin
(``_FOUND`` against ``CONCEPTS``, the any-concept passes against their alternations
written out plainly) on the red-team texts: the number that answer differently (must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import sys
from pathlib import Path

ROUNDS = range(1, 11)  # later rounds are held out and not read here


def _setup(root: Path, db: str) -> None:
    sys.path.insert(0, str(root))
    os.environ["SQLITE_PATH"] = db
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()


def _redteam_texts(root: Path) -> list[str]:
    from detection.detectors.messages import own_words

    texts = []
    for n in ROUNDS:
        path = root / "bench" / "redteam" / f"round{n}" / "threads.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            by_sender: dict[str, list[str]] = {}
            for m in json.loads(line)["messages"]:
                texts.append(m["body"])
                by_sender.setdefault(m["sender_role"], []).append(own_words(m["body"]))
            texts.extend("\n".join(bodies) for bodies in by_sender.values())
    return texts


def _twins() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(name, the search the readers use, its plain form) where they differ."""
    from detection import textmodel as tm

    pairs = [(f"concept {n}", rx, tm.CONCEPTS[n]) for n, rx in getattr(tm, "_FOUND", {}).items()]
    plain = {
        "_KEY_ANY": (*tm.KEY_CONCEPTS,),
        "_RARE_ANY": tm._RARE_CONCEPTS,
        "_KEY_RARE_ANY": tm._KEY_RARE,
    }
    for name, names in plain.items():
        alts = "|".join(tm._strip_accents(tm._C[n]).replace("ё", "е") for n in names)
        if name == "_KEY_ANY":
            alts += "|" + tm._AUDIENCE + "|" + tm._YOU_ME_RX.pattern[len(tm._STARTS) + 3 : -1]
        pairs.append((name, getattr(tm, name), re.compile(tm._STARTS + "(?:" + alts + ")")))
    return [(name, rx, other) for name, rx, other in pairs if rx.pattern != other.pattern]


def _scores(reading: tuple[float, float, frozenset[str]]) -> str:
    offer, threat, named = reading
    return repr((offer, threat, sorted(named)))


_A_SET = re.compile(r"frozenset\((?:\{([^}]*)\})?\)")


def _same_order(row):
    """A dump's row with every set written as a sorted list, as ``_scores`` writes the
    concepts (a set's order in its text changes from one process to the next)."""
    if isinstance(row, tuple):
        return tuple(_same_order(x) for x in row)
    if isinstance(row, str):
        return _A_SET.sub(lambda m: "[" + ", ".join(sorted(filter(None, (m.group(1) or "").split(", ")))) + "]", row)
    return row


def dump(out: Path, db: str, root: Path) -> None:
    _setup(root, db)
    from detection import textmodel as tm
    from detection import training
    from detection.detectors.base import ScanContext
    from detection.detectors.messages import read_text, scored_messages

    readings: dict[str, list] = {"bench": []}
    ctx = ScanContext()
    for m in scored_messages(ctx):
        readings["bench"].append((m.pk, m.parts, repr(m.features)))
    readings["bench messages scanned"] = [ctx.cache.get("messages_scanned")]
    sources = {"red team": _redteam_texts(root), "training": [e.text for e in training.examples()]}
    for label, texts in sources.items():
        rows = []
        for t in texts:
            prepared = tm.prepare(t)
            rows.append(
                (
                    t,
                    tm.gate(tm.quick(t)),
                    tm.gate(prepared),
                    sorted(tm.key_concepts(prepared)),
                    _scores(tm.rule_scores(prepared)),
                    repr(read_text(t)),
                )
            )
        readings[label] = rows
    # the plain alternations are slow: the red-team texts only
    prepared_all = [tm.prepare(t) for t in sources["red team"]]
    quick_all = [tm.quick(t) for t in sources["red team"]]
    twins = {}
    for name, rx, other in _twins():
        twins[name] = sum((rx.search(p) is None) != (other.search(p) is None) for p in (*prepared_all, *quick_all))
    readings["twins differing"] = sorted(twins.items())
    out.write_bytes(pickle.dumps(readings))
    print(f"read with {Path(tm.__file__).parent}")
    print(
        f"{out}: bench {len(readings['bench'])} kept of {readings['bench messages scanned'][0]}; "
        f"red team {len(sources['red team'])} texts; training {len(sources['training'])}"
    )
    print(
        f"searches with a plainer twin: {len(twins)}, answering differently on {sum(twins.values())} texts"
        + ("" if not any(twins.values()) else f": {[kv for kv in twins.items() if kv[1]]}")
    )


def compare(a: Path, b: Path) -> int:
    old, new = pickle.loads(a.read_bytes()), pickle.loads(b.read_bytes())
    bad = 0
    for key in ("bench messages scanned", "bench", "red team", "training"):
        x, y = [_same_order(r) for r in old[key]], [_same_order(r) for r in new[key]]
        differ = [i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q]
        bad += len(differ) + abs(len(x) - len(y))
        print(f"{key}: {len(x)} / {len(y)} readings, {len(differ)} differ")
        for i in differ[:3]:
            print("   before:", str(x[i])[:400], "\n   after: ", str(y[i])[:400])
    for name, count in new.get("twins differing", []):
        bad += count
        if count:
            print(f"{name}: answers differently from its plain form on {count} texts")
    print("THE SAME READINGS" if bad == 0 else f"DIFFERENT: {bad}")
    return 0 if bad == 0 else 1


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--db", required=True)
    d.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.db, args.root.resolve())
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
