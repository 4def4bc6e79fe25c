#!/usr/bin/env python3
"""Score `manage.py export_signals` output against round 10's truth.json.

The matching and precision rules are round 4's score.py, unchanged; this wrapper loads it, gives it round 10's
language buckets (new: Hungarian `hu`, Finnish `fi` and Greek `el`) and defaults --truth to the file next to it.

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUCKETS = ["en", "en_chat", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "hu", "fi", "el", "other", "-"]


def load_round4():
    spec = importlib.util.spec_from_file_location("round4_score", os.path.join(HERE, "..", "round4", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.LANGS = BUCKETS
    return mod


if __name__ == "__main__":
    base = load_round4()
    if "--truth" not in sys.argv:
        sys.argv[1:1] = ["--truth", os.path.join(HERE, "truth.json")]
    base.main()
