#!/usr/bin/env python3
"""Score `manage.py export_signals` output against red-team round 11's truth.json.

Round 4's score.py does the work with its matching and precision rules unchanged; this file only hands it this
round's language buckets (Ukrainian `uk`, Arabic `ar` and Vietnamese `vi` are new) and points --truth at the
truth.json beside it unless one is given.

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGE_BUCKETS = ["en", "en_chat", "es", "pt", "fr", "de", "ru", "uk", "ar", "vi", "other", "-"]


def round4_scorer():
    path = os.path.join(HERE, os.pardir, "round4", "score.py")
    spec = importlib.util.spec_from_file_location("redteam_round4_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.LANGS = LANGUAGE_BUCKETS
    return module


if __name__ == "__main__":
    scorer = round4_scorer()
    if not any(arg == "--truth" or arg.startswith("--truth=") for arg in sys.argv[1:]):
        sys.argv[1:1] = ["--truth", os.path.join(HERE, "truth.json")]
    scorer.main()
