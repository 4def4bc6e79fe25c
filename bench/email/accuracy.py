"""Reply-extraction accuracy on the corpus, ours against mail-parser-reply.

    .venv/bin/python -m bench.email.accuracy [-v] [--holdout | --set DIR] [--by]

``--set DIR`` scores any directory of files in the corpus format; ``--by`` adds a
breakdown by class (the files' ``Class:`` line), client and language.

A case passes when the extracted text equals the expected text after trailing
spaces are stripped and blank-line runs collapsed. "Leaked" means quoted history
or a signature line stayed in; "lost" means some of the person's words went
missing. Both are counted per case (a case can do both).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from bench.email.corpus import CORPUS_DIR, HOLDOUT_DIR, load_corpus
from inbound_mail.mailparse import parse_email
from inbound_mail.replyparse import extract_reply

_LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "ja", "zh", "da", "fi", "tr", "no"]


def comparable(text: str) -> str:
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").strip().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def lost_words(got: str, expected: str) -> list[str]:
    """Words of the expected text missing from the result (counted with multiplicity)."""
    have: dict[str, int] = {}
    for word in words(got):
        have[word] = have.get(word, 0) + 1
    missing = []
    for word in words(expected):
        if have.get(word, 0):
            have[word] -= 1
        else:
            missing.append(word)
    return missing


def score(got: str, expected: str) -> tuple[bool, bool, bool]:
    got_c, expected_c = comparable(got), comparable(expected)
    exact = got_c == expected_c
    got_lines = {line.strip() for line in got_c.split("\n") if line.strip()}
    expected_lines = {line.strip() for line in expected_c.split("\n") if line.strip()}
    leaked = bool(got_lines - expected_lines)
    lost = bool(expected_lines - got_lines)
    return exact, leaked, lost


def _mail_parser_reply(text: str) -> str:
    from mailparser_reply import EmailReplyParser

    try:
        return EmailReplyParser(languages=_LANGS).parse_reply(text) or ""
    except Exception as exc:  # the library raising counts as a miss
        return f"<error {exc!r}>"


def run(verbose: bool = False, directory=CORPUS_DIR) -> dict:
    cases = load_corpus(directory)
    results = {"ours": [], "mail-parser-reply": []}
    kept_more: list[str] = []
    lost_by_case: dict[str, list[str]] = {}
    started = time.perf_counter()
    for case in cases:
        parsed = parse_email(case.raw, attachment_max_bytes=10 * 1024 * 1024)
        reply = extract_reply(parsed.plain, html=parsed.html)
        ours = reply.text
        theirs = _mail_parser_reply(parsed.text)
        for name, got in (("ours", ours), ("mail-parser-reply", theirs)):
            exact, leaked, lost = score(got, case.expected)
            results[name].append((case, exact, leaked, lost, got))
        if reply.kept_more:
            kept_more.append(case.name)
        missing = lost_words(ours, case.expected)
        if missing:
            lost_by_case[case.name] = missing
    elapsed = time.perf_counter() - started
    summary = {}
    for name, rows in results.items():
        total = len(rows)
        summary[name] = {
            "cases": total,
            "exact": sum(r[1] for r in rows),
            "leaked": sum(r[2] for r in rows),
            "lost": sum(r[3] for r in rows),
            "failures": [r[0].name for r in rows if not r[1]],
        }
        if verbose:
            for case, exact, _leaked, _lost, got in rows:
                if not exact and name == "ours":
                    print(f"--- {name} FAIL {case.name} ({case.client})")
                    print(f"expected:\n{comparable(case.expected)}\n--- got:\n{comparable(got)}\n")
    summary["ours"]["kept_more"] = kept_more
    summary["ours"]["lost_words"] = lost_by_case
    summary["breakdown"] = {key: _breakdown(results["ours"], key) for key in ("kind", "client", "language")}
    summary["seconds"] = round(elapsed, 3)
    summary["languages"] = sorted({c.language for c in cases})
    return summary


def _breakdown(rows, key: str) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for case, exact, leaked, lost, _got in rows:
        cell = table.setdefault(getattr(case, key), {"cases": 0, "exact": 0, "leaked": 0, "lost": 0})
        cell["cases"] += 1
        cell["exact"] += exact
        cell["leaked"] += leaked
        cell["lost"] += lost
    return dict(sorted(table.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--holdout", action="store_true", help="score the held-out set instead")
    parser.add_argument("--set", type=Path, help="score this directory of corpus-format files instead")
    parser.add_argument("--by", action="store_true", help="break the score down by class, client and language")
    args = parser.parse_args()
    directory = args.set or (HOLDOUT_DIR if args.holdout else CORPUS_DIR)
    if not directory.is_dir() or not any(directory.glob("*.txt")):
        parser.error(f"{directory}: no *.txt corpus files there")
    summary = run(args.verbose, directory)
    for name in ("ours", "mail-parser-reply"):
        row = summary[name]
        pct = 100 * row["exact"] / row["cases"]
        print(
            f"{name:18} exact {row['exact']}/{row['cases']} ({pct:.1f}%)  "
            f"leaked quote/signature in {row['leaked']}  lost user text in {row['lost']}"
        )
        if row["failures"]:
            print(f"{'':18} failures: {', '.join(row['failures'])}")
    ours = summary["ours"]
    lost_total = sum(len(v) for v in ours["lost_words"].values())
    print(f"ours: {lost_total} expected words missing, in {len(ours['lost_words'])} cases")
    for name, missing in ours["lost_words"].items():
        print(f"{'':18} {name}: {' '.join(missing[:20])}")
    print(f"ours: kept more and flagged 'quoted history may be included' in {len(ours['kept_more'])} cases")
    if args.by:
        for key, table in summary["breakdown"].items():
            print(f"\nby {key}: exact/cases (leaked, lost)")
            for value, cell in table.items():
                print(f"  {value:40} {cell['exact']}/{cell['cases']}  ({cell['leaked']}, {cell['lost']})")
    print(f"languages: {', '.join(summary['languages'])}; {summary['seconds']} s for both parsers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
