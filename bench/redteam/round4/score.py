#!/usr/bin/env python3
"""Score `manage.py export_signals` JSON Lines against round-4 truth.json (stdlib only).

usage: score.py SIGNALS.jsonl [--truth truth.json] [--json]

Every figure is given twice: over all stored signals, and over signals with score >= 0.7.
Rules kept from round 3 so rounds compare:
- a signal of kind K matches a scheme of kind K when it cites one of the scheme's
  evidence ids or names at least min(2, |accounts|) of the scheme's accounts
  (`fake_job` counts as `feedback_ring`);
- recall per scheme; precision at scheme level = detected / (detected + FP groups),
  an FP group being a distinct account set among kind K's signals that matches no
  scheme of kind K; signal-level precision as well;
- an unmatched signal citing a look-alike's evidence or naming >= 2 of its accounts
  (all of them when it has one) counts as a false positive on that look-alike's type.
New in round 4: recall, FP groups and precision per kind AND per language (a scheme's
`language`; an FP group takes the language of the look-alike it hits, else "-").
"""

import argparse
import json
import os
from collections import defaultdict

KINDS = ["self_hire", "feedback_ring", "conflict_of_interest", "paid_feedback", "feedback_extortion"]
ALIAS = {"fake_job": "feedback_ring"}
LANGS = ["en", "es", "pt", "fr", "de", "ru", "en_chat", "other", "-"]
THRESHOLDS = [None, 0.7]


def hits(sig_acc, sig_ev, item):
    if sig_ev & set(item["evidence"]):
        return True
    acc = set(item["accounts"])
    return len(sig_acc & acc) >= min(2, len(acc))


def lang_of(item):
    lang = item.get("language") or "-"
    return lang if lang in LANGS else "other"


def ratio(a, b):
    return round(a / b, 3) if b else None


def score(truth, signals, min_score):
    sigs = [s for s in signals if min_score is None or (s.get("score") or 0) >= min_score]
    by_kind = defaultdict(list)
    for s in sigs:
        by_kind[ALIAS.get(s.get("kind"), s.get("kind"))].append(s)
    look_n = defaultdict(int)
    for lk in truth["lookalikes"]:
        look_n[lk["type"]] += 1
    look_hit, look_sig = defaultdict(set), defaultdict(int)
    out = {"min_score": min_score, "signals": len(sigs), "kinds": {}}
    for k in KINDS:
        schemes = [x for x in truth["schemes"] if x["kind"] == k]
        det, fp_groups, tp_sig = set(), {}, 0
        for s in by_kind.get(k, []):
            sa = set(s.get("accounts") or [])
            se = {str(e.get("id")) for e in (s.get("evidence") or []) if isinstance(e, dict)}
            matched = [x["id"] for x in schemes if hits(sa, se, x)]
            if matched:
                det.update(matched)
                tp_sig += 1
                continue
            lang = "-"
            for lk in truth["lookalikes"]:
                if hits(sa, se, lk):
                    look_hit[lk["type"]].add(lk["id"])
                    look_sig[lk["type"]] += 1
                    lang = lang_of(lk)
            fp_groups.setdefault(tuple(sorted(sa)), lang)
        n_sig = len(by_kind.get(k, []))
        d = {"schemes": len(schemes), "detected": len(det), "recall": ratio(len(det), len(schemes)),
             "fp_groups": len(fp_groups), "precision": ratio(len(det), len(det) + len(fp_groups)),
             "signals": n_sig, "signal_precision": ratio(tp_sig, n_sig)}
        per_lang = {}
        for lang in LANGS:
            xs = [x for x in schemes if lang_of(x) == lang]
            dl = sum(1 for x in xs if x["id"] in det)
            fl = sum(1 for v in fp_groups.values() if v == lang)
            if xs or fl:
                per_lang[lang] = {"schemes": len(xs), "detected": dl, "recall": ratio(dl, len(xs)), "fp_groups": fl,
                                  "precision": ratio(dl, dl + fl)}
        d["by_language"] = per_lang
        for attr in ("variant", "theme", "mode", "initiator", "timing", "outcome", "payment"):
            c = defaultdict(lambda: [0, 0])
            for x in schemes:
                if attr in x:
                    v = str(x[attr])
                    c[v][1] += 1
                    c[v][0] += x["id"] in det
            if c:
                d["recall_by_" + attr] = {v: "%d/%d" % tuple(n) for v, n in sorted(c.items())}
        d["missed"] = sorted(x["id"] for x in schemes if x["id"] not in det)
        out["kinds"][k] = d
    out["other_signal_kinds"] = {k: len(v) for k, v in sorted(by_kind.items()) if k not in KINDS}
    out["lookalike_fp"] = {t: {"hit": len(look_hit.get(t, ())), "of": look_n[t], "signals": look_sig.get(t, 0)}
                           for t in sorted(look_n)}
    return out


def fmt(v):
    return "-" if v is None else "%.3f" % v


def print_table(res):
    label = "all stored signals" if res["min_score"] is None else "signals with score >= %s" % res["min_score"]
    print("=== %s (%d signals) ===" % (label, res["signals"]))
    print("%-22s %7s %8s %7s %9s %6s %8s %9s" % ("kind", "schemes", "detected", "recall", "precision", "fp_grp",
                                               "signals", "sig_prec"))
    for k in KINDS:
        d = res["kinds"][k]
        print("%-22s %7d %8d %7s %9s %6d %8d %9s" % (k, d["schemes"], d["detected"], fmt(d["recall"]),
                                                   fmt(d["precision"]), d["fp_groups"], d["signals"],
                                                   fmt(d["signal_precision"])))
    print("\nper kind and language: detected/schemes recall fpN (N = false-positive groups; '-' = not tied to a language)")
    print("%-22s" % "kind" + "".join("%-19s" % lang for lang in LANGS))
    for k in KINDS:
        row = "%-22s" % k
        for lang in LANGS:
            v = res["kinds"][k]["by_language"].get(lang)
            row += "%-19s" % ("." if v is None else "%d/%d %s fp%d" % (v["detected"], v["schemes"],
                                                                     "-" if v["recall"] is None
                                                                     else "%.2f" % v["recall"], v["fp_groups"]))
        print(row)
    print("\nrecall by variant/theme and attributes:")
    for k in KINDS:
        d = res["kinds"][k]
        for attr in ("variant", "theme", "mode", "initiator", "timing", "outcome", "payment"):
            if "recall_by_" + attr in d:
                print("  %s by %s: %s" % (k, attr, "  ".join("%s %s" % kv for kv in d["recall_by_" + attr].items())))
    print("\nfalse positives on honest look-alikes (hit / total, signals):")
    for t, v in res["lookalike_fp"].items():
        print("  %-32s %3d / %-3d (%d signals)" % (t, v["hit"], v["of"], v["signals"]))
    if res["other_signal_kinds"]:
        print("other signal kinds (not scored): %s" % res["other_signal_kinds"])
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("signals")
    ap.add_argument("--truth", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with open(a.truth, encoding="utf-8") as fh:
        truth = json.load(fh)
    signals = []
    with open(a.signals, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                signals.append(json.loads(line))
    results = [score(truth, signals, t) for t in THRESHOLDS]
    if a.json:
        print(json.dumps({"round": truth.get("round"), "seed": truth.get("seed"), "results": results},
                         ensure_ascii=False, indent=1))
        return
    for res in results:
        print_table(res)


if __name__ == "__main__":
    main()
