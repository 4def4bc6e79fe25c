#!/usr/bin/env python3
"""Score `manage.py export_signals` JSON Lines against round-5 truth.json.

A thin wrapper: it loads round 4's score.py (the same matching and precision rules) and only sets the
languages of this round and the default truth file.

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "en_chat", "other", "-"]


def load_round4():
    path = os.path.join(HERE, os.pardir, "round4", "score.py")
    spec = importlib.util.spec_from_file_location("round4_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.LANGS = LANGS
    return mod


def main():
    mod = load_round4()
    if "--truth" not in sys.argv[1:]:
        sys.argv[1:1] = ["--truth", os.path.join(HERE, "truth.json")]
    mod.main()


if __name__ == "__main__":
    main()
