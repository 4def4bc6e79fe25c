#!/usr/bin/env python3
"""Score `manage.py export_signals` output against round 8's truth.json.

The matching and precision rules live in `../round4/score.py` (unchanged since round 3). This wrapper imports that
file, gives it round 8's language buckets (Romanian `ro` and Indonesian `id` are new) and makes --truth default to
the truth.json beside this file.

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat", "ro", "id", "other", "-"]


def load_round4():
    path = os.path.join(HERE, "..", "round4", "score.py")
    spec = importlib.util.spec_from_file_location("round4_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.LANGS = LANGS
    return mod


def main():
    if "--truth" not in sys.argv[1:]:
        sys.argv[1:1] = ["--truth", os.path.join(HERE, "truth.json")]
    load_round4().main()


if __name__ == "__main__":
    main()
