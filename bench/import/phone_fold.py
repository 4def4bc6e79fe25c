"""Phones folded by our E.164 table against the ``phonenumbers`` library: same values,
and what each costs per identity line (normalise + keyed hash). An evaluation, kept
so it can be run again; ``phonenumbers`` is not a dependency, so give it a folder:

    python -m pip install --target /tmp/pn phonenumbers
    PYTHONPATH=/tmp/pn .venv/bin/python bench/import/phone_fold.py /tmp/sc-X-r8/marketplace.jsonl …

For every phone value in the given marketplace files (identity lines) it prints how
many fold to a different national number under each way of using the library (so
their stored hash would change, and pairs could link or unlink), then times the
three ways on those values, alternated (A, B, C, A, B, C …), best of the rounds:

* ``ours`` — ``accounts.identity.normalise`` as it is;
* ``library`` — international forms ("+…", "00…") parsed by ``phonenumbers`` (its
  national significant number, an Italian leading zero dropped as ours does), national
  forms as ours: identity lines carry no country, and the library cannot read a
  national number without one;
* ``library+country`` — as ``library``, but a national form parsed with the account's
  country (from its account line) as the default region, the way the library is
  meant to be used; a value it cannot parse falls back to ours.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("marketplaces", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    import django

    django.setup()
    import phonenumbers

    from accounts.identity import hash_value, normalise

    def national(number) -> str:
        return str(number.national_number)  # the leading zero Italy keeps is not in it: ours drops it too

    def library(text: str, region: str | None = None) -> str:
        text = text.strip()
        if text.startswith("00"):
            text = "+" + text[2:]
        if text.startswith("+") or region:
            try:
                return national(phonenumbers.parse(text, None if text.startswith("+") else region))
            except phonenumbers.NumberParseException:
                pass
        return normalise("phone", text)

    values: list[tuple[str, str]] = []  # (value, account's country)
    for path in args.marketplaces:
        country: dict[str, str] = {}
        phones: list[tuple[str, str]] = []
        with path.open() as lines:
            for line in lines:
                if '"account"' not in line and '"phone"' not in line:
                    continue
                row = json.loads(line)
                if row.get("type") == "account":
                    country[row["id"]] = (row.get("country") or "").upper()
                elif row.get("type") == "identity" and row.get("kind") == "phone":
                    phones.append((str(row["value"]), row["account"]))
        values += [(v, country.get(a, "")) for v, a in phones]
    print(f"{len(values)} phone values from {len(args.marketplaces)} files")
    shapes = Counter(
        "+" if v.strip().startswith("+") else "00" if v.strip().startswith("00") else "national" for v, _ in values
    )
    print("written as:", dict(shapes))
    for label, way in (
        ("library", lambda v, c: library(v)),
        ("library+country", lambda v, c: library(v, c or None)),
    ):
        differ = [(v, c, normalise("phone", v), way(v, c)) for v, c in values if normalise("phone", v) != way(v, c)]
        ours_distinct = len({normalise("phone", v) for v, _ in values})
        lib_distinct = len({way(v, c) for v, c in values})
        print(
            f"{label:<16} differs on {len(differ)} values; "
            f"distinct numbers ours {ours_distinct}, {label} {lib_distinct}"
        )
        for v, c, a, b in differ[:8]:
            print(f"    {v!r} ({c or '?'}): ours {a}, {label} {b}")

    def cost(way) -> float:
        t0 = time.perf_counter()
        for v, c in values:
            hash_value("phone", way(v, c), key="bench")  # what an identity line costs: fold, then keyed hash
        return (time.perf_counter() - t0) / len(values) * 1e6

    ways = {
        "ours": lambda v, c: v,  # hash_value folds it itself
        "library": lambda v, c: library(v),
        "library+country": lambda v, c: library(v, c or None),
    }
    best = dict.fromkeys(ways, float("inf"))
    for _ in range(args.rounds):
        for name, way in ways.items():
            best[name] = min(best[name], cost(way))
    print("µs per phone line (fold + keyed hash; best of", args.rounds, "alternated rounds):")
    for name, us in best.items():
        print(f"    {name:<16} {us:6.1f}")
    print("load", Path("/proc/loadavg").read_text().split()[:3])


if __name__ == "__main__":
    main()
