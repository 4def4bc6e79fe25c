#!/usr/bin/env python3
"""Score `manage.py export_signals` output against round 6's truth.json.

Nothing is scored here: this file imports round 4's scorer from ../round4/score.py (same matching, recall,
FP-group and precision rules), gives it this round's language list and points --truth at this folder.

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]
"""

import importlib.util
import os
import sys

FOLDER = os.path.dirname(os.path.abspath(__file__))
ROUND6_LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat", "other", "-"]


def round4_scorer():
    spec = importlib.util.spec_from_file_location("round4_scorer", os.path.join(FOLDER, "..", "round4", "score.py"))
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scorer.LANGS = ROUND6_LANGS
    return scorer


if __name__ == "__main__":
    scorer = round4_scorer()
    if not any(arg == "--truth" or arg.startswith("--truth=") for arg in sys.argv[1:]):
        sys.argv += ["--truth", os.path.join(FOLDER, "truth.json")]
    scorer.main()
