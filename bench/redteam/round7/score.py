#!/usr/bin/env python3
"""Score `manage.py export_signals` output against round 7's truth.json.

Round 4's score.py does the matching and precision (same rules since round 3); this file only loads it, tells it
this round's language buckets (round 7 adds Swedish, `sv`) and points --truth at the truth.json next to it.

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]
"""

import importlib.util
import os
import sys

ROUND_DIR = os.path.dirname(os.path.abspath(__file__))
ROUND7_LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat", "sv", "other", "-"]


def scorer():
    spec = importlib.util.spec_from_file_location("r4score", os.path.join(ROUND_DIR, "..", "round4", "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.LANGS = ROUND7_LANGS
    return module


if __name__ == "__main__":
    base = scorer()
    if "--truth" not in sys.argv:
        sys.argv[1:1] = ["--truth", os.path.join(ROUND_DIR, "truth.json")]
    base.main()
