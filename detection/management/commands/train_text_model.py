"""``manage.py train_text_model``: train the learned text model and write its weights.

Reproducible: the examples (``detection.training``) are composed from a seed, the
training is deterministic, and the weights written to
``detection/text_model.json.gz`` are what the repository ships. ``--check``
trains on the seed and scores a held-out set composed from another seed (per
language, precision and recall of each axis) without writing anything.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand

from detection import textmodel, training


class Command(BaseCommand):
    help = "Train the learned message text model (offer / threat) and write detection/text_model.json.gz."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=14, help="Seed the examples are composed from")
        parser.add_argument("--per-language", type=int, default=1200, help="Examples per language")
        parser.add_argument("--epochs", type=int, default=12)
        parser.add_argument("--output", default=str(textmodel.WEIGHTS), help="Where to write the weights")
        parser.add_argument("--check", action="store_true", help="Score a held-out set; write nothing")
        parser.add_argument(
            "--no-redteam", action="store_true", help="Leave out the red-team threads (rounds 1-2, round 3's odd half)"
        )

    def handle(self, *args, **options):
        items = training.examples(seed=options["seed"], per_language=options["per_language"])
        sources = [f"detection/training.py (seed {options['seed']}, {options['per_language']} per language)"]
        if not options["no_redteam"]:
            threads = training.redteam_examples()
            items += threads
            sources += [
                f"bench/redteam/{name}/threads.jsonl" + (f" ({half} ids)" if half else "")
                for name, half in training.REDTEAM_SOURCES
            ]
            self.stdout.write(f"{len(threads)} red-team thread texts")
        self.stdout.write(f"{len(items)} examples ({', '.join(training.LANGUAGES)})")
        models = training.train(items, epochs=options["epochs"], seed=options["seed"])
        size = sum(len(m["weights"]) for m in models.values())
        if options["check"]:
            self._check(models, seed=options["seed"] + 1000)
            return
        data = {
            "about": "Learned text model of detection/textmodel.py; written by manage.py train_text_model.",
            "seed": options["seed"],
            "per_language": options["per_language"],
            "epochs": options["epochs"],
            "sources": sources,
            "models": models,
        }
        path = Path(options["output"])
        with gzip.GzipFile(path, "wb", mtime=0) as fh:  # mtime 0: the same bytes for the same weights
            fh.write(json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())
        textmodel.models.cache_clear()
        self.stdout.write(f"Wrote {size} weights to {path} ({path.stat().st_size // 1024} KiB).")

    def _check(self, models: dict, *, seed: int) -> None:
        held = training.examples(seed=seed, per_language=300)
        loaded = {n: textmodel.Model(bias=m["bias"], weights=m["weights"]) for n, m in models.items()}
        counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
        for e, feats in zip(held, training.featurised(held), strict=True):
            for axis, model in loaded.items():
                said = model.logit(feats) > 0
                truth = e.label == axis
                c = counts[(axis, e.language)]
                if said and truth:
                    c[0] += 1
                elif said:
                    c[1] += 1
                elif truth:
                    c[2] += 1
        out = sys.stdout
        out.write("axis    lang   precision  recall\n")
        for (axis, lang), (tp, fp, fn) in sorted(counts.items()):
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            out.write(f"{axis:7} {lang:6} {p:9.3f} {r:7.3f}\n")
