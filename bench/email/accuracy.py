"""Reply-extraction accuracy on the corpus, ours against mail-parser-reply.

    .venv/bin/python -m bench.email.accuracy [-v]

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

from bench.email.corpus import CORPUS_DIR, HOLDOUT_DIR, load_corpus
from inbound_mail.mailparse import parse_email
from inbound_mail.replyparse import extract_reply

_LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "ja", "zh", "da", "fi", "tr", "no"]


def comparable(text: str) -> str:
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").strip().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


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
    started = time.perf_counter()
    for case in cases:
        parsed = parse_email(case.raw, attachment_max_bytes=10 * 1024 * 1024)
        ours = extract_reply(parsed.plain, html=parsed.html).text
        theirs = _mail_parser_reply(parsed.text)
        for name, got in (("ours", ours), ("mail-parser-reply", theirs)):
            exact, leaked, lost = score(got, case.expected)
            results[name].append((case, exact, leaked, lost, got))
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
    summary["seconds"] = round(elapsed, 3)
    summary["languages"] = sorted({c.language for c in cases})
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--holdout", action="store_true", help="score the held-out set instead")
    args = parser.parse_args()
    summary = run(args.verbose, HOLDOUT_DIR if args.holdout else CORPUS_DIR)
    for name in ("ours", "mail-parser-reply"):
        row = summary[name]
        pct = 100 * row["exact"] / row["cases"]
        print(
            f"{name:18} exact {row['exact']}/{row['cases']} ({pct:.1f}%)  "
            f"leaked quote/signature in {row['leaked']}  lost user text in {row['lost']}"
        )
        if row["failures"]:
            print(f"{'':18} failures: {', '.join(row['failures'])}")
    print(f"languages: {', '.join(summary['languages'])}; {summary['seconds']} s for both parsers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
