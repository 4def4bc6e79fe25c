#!/usr/bin/env python3
"""Score `manage.py export_signals` output against truth.json (scheme level).

usage: python3 score.py SIGNALS.jsonl [--truth truth.json] [--min-score 0] [--json]

Matching (per signal): a signal of kind K (fake_job counts as feedback_ring) matches a
scheme of kind K when it cites one of the scheme's evidence ids, or names at least
min(2, len(scheme accounts)) of the scheme's accounts.  A scheme is recalled when at
least one signal matches it.  Precision per kind is at scheme level:
    detected schemes / (detected schemes + false-positive groups)
where false-positive groups are the distinct account sets of that kind's signals that
match no scheme of that kind (a signal that matches a scheme of another kind is still
a false positive for its own kind; it is listed as "wrong_kind").  Signal-level
precision is printed too.  A false positive "hits" an honest look-alike when it cites
one of its evidence ids or names >= min(2, len(accounts)) of its accounts.
"""
import argparse
import collections
import json
import os
import sys

KIND_ALIASES = {"fake_job": "feedback_ring"}
KINDS = ["self_hire", "feedback_ring", "conflict_of_interest", "paid_feedback", "feedback_extortion"]


def load_signals(path, min_score):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            s = json.loads(line)
            if float(s.get("score") or 0) < min_score:
                continue
            k = s.get("kind") or s.get("detector")
            s["_kind"] = KIND_ALIASES.get(k, k)
            s["_acc"] = set(map(str, s.get("accounts") or []))
            s["_ev"] = {str(e.get("id")) for e in (s.get("evidence") or []) if isinstance(e, dict)}
            out.append(s)
    return out


def hits(sig, item):
    if sig["_ev"] & item["_ev"]:
        return True
    need = min(2, len(item["_acc"]))
    return need > 0 and len(sig["_acc"] & item["_acc"]) >= need


def score(signals, truth):
    schemes = truth["schemes"]
    looks = truth["lookalikes"]
    for x in schemes + looks:
        x["_acc"] = set(x["accounts"])
        x["_ev"] = set(x["evidence"])
    by_kind = collections.defaultdict(list)
    for s in schemes:
        by_kind[s["kind"]].append(s)
    # index for speed: account -> schemes / look-alikes, evidence -> ...
    idx_acc, idx_ev = collections.defaultdict(list), collections.defaultdict(list)
    for i, x in enumerate(schemes + looks):
        for a in x["_acc"]:
            idx_acc[a].append(i)
        for e in x["_ev"]:
            idx_ev[e].append(i)
    items = schemes + looks
    ns = len(schemes)
    detected = collections.defaultdict(set)
    res = {"kinds": {}, "languages": {}, "lookalikes": {}, "variants": {}, "signals_total": len(signals), "other_kinds": {}}
    fp_groups = collections.defaultdict(set)
    sig_tp = collections.Counter()
    sig_n = collections.Counter()
    wrong_kind = collections.Counter()
    look_hit = collections.defaultdict(lambda: collections.Counter())
    for sig in signals:
        k = sig["_kind"]
        sig_n[k] += 1
        cand = set()
        for a in sig["_acc"]:
            cand.update(idx_acc.get(a, ()))
        for e in sig["_ev"]:
            cand.update(idx_ev.get(e, ()))
        matched_same, matched_other, look = False, False, []
        for i in cand:
            it = items[i]
            if not hits(sig, it):
                continue
            if i < ns:
                if it["kind"] == k:
                    matched_same = True
                    detected[it["id"]].add(k)
                else:
                    matched_other = True
            else:
                look.append(it)
        if matched_same:
            sig_tp[k] += 1
            continue
        fp_groups[k].add(tuple(sorted(sig["_acc"])))
        if matched_other:
            wrong_kind[k] += 1
        for it in look:
            look_hit[it["id"]][k] += 1
    for k in KINDS:
        sc = by_kind.get(k, [])
        d = sum(1 for s in sc if s["id"] in detected)
        fp = len(fp_groups.get(k, ()))
        res["kinds"][k] = {"schemes": len(sc), "detected": d, "recall": round(d / len(sc), 3) if sc else None,
                           "fp_groups": fp, "precision": round(d / (d + fp), 3) if d + fp else None,
                           "signals": sig_n[k], "signals_matching": sig_tp[k],
                           "signal_precision": round(sig_tp[k] / sig_n[k], 3) if sig_n[k] else None,
                           "wrong_kind_signals": wrong_kind[k]}
    for k, n in sig_n.items():
        if k not in KINDS:
            res["other_kinds"][k] = n
    for k in ("paid_feedback", "feedback_extortion"):
        per = collections.defaultdict(lambda: [0, 0])
        for s in by_kind.get(k, []):
            per[s["language"]][1] += 1
            per[s["language"]][0] += s["id"] in detected
        res["languages"][k] = {l: {"schemes": v[1], "detected": v[0], "recall": round(v[0] / v[1], 3)} for l, v in sorted(per.items())}
    # recall by variant attributes
    for k in KINDS:
        attrs = collections.defaultdict(lambda: [0, 0])
        for s in by_kind.get(k, []):
            for key in ("variant", "style", "mode", "initiator", "timing", "payment_record", "reward_or_demand", "n_messages"):
                if key in s and s[key] is not None:
                    tag = "%s=%s" % (key, s[key])
                    attrs[tag][1] += 1
                    attrs[tag][0] += s["id"] in detected
        res["variants"][k] = {t: {"schemes": v[1], "detected": v[0]} for t, v in sorted(attrs.items())}
    lt = collections.defaultdict(lambda: {"total": 0, "hit": 0, "by_signal_kind": collections.Counter()})
    for x in looks:
        e = lt[x["type"]]
        e["total"] += 1
        if look_hit.get(x["id"]):
            e["hit"] += 1
            e["by_signal_kind"].update(look_hit[x["id"]])
    res["lookalikes"] = {t: {"total": v["total"], "flagged": v["hit"], "by_signal_kind": dict(v["by_signal_kind"])} for t, v in sorted(lt.items())}
    res["lookalikes_flagged_total"] = sum(v["hit"] for v in lt.values())
    res["lookalikes_total"] = len(looks)
    res["missed"] = {k: [s["id"] for s in by_kind.get(k, []) if s["id"] not in detected] for k in KINDS}
    return res


def fmt(x):
    return "-" if x is None else ("%.3f" % x if isinstance(x, float) else str(x))


def text(res):
    o = ["signals read: %d" % res["signals_total"], "",
         "%-22s %7s %8s %7s %9s %9s %8s %9s %10s" % ("kind", "schemes", "detected", "recall", "fp_groups", "precision", "signals", "sig_prec", "wrong_kind")]
    for k, v in res["kinds"].items():
        o.append("%-22s %7d %8d %7s %9d %9s %8d %9s %10d" % (k, v["schemes"], v["detected"], fmt(v["recall"]), v["fp_groups"], fmt(v["precision"]), v["signals"], fmt(v["signal_precision"]), v["wrong_kind_signals"]))
    if res["other_kinds"]:
        o.append("other signal kinds: %s" % res["other_kinds"])
    for k, per in res["languages"].items():
        o.append("")
        o.append("%s recall by language:" % k)
        for l, v in per.items():
            o.append("  %-8s %2d/%-2d  %s" % (l, v["detected"], v["schemes"], fmt(v["recall"])))
    o.append("")
    o.append("recall by variant:")
    for k, per in res["variants"].items():
        if per:
            o.append("  " + k + ": " + ", ".join("%s %d/%d" % (t, v["detected"], v["schemes"]) for t, v in per.items()))
    o.append("")
    o.append("honest look-alikes flagged (false positives): %d of %d" % (res["lookalikes_flagged_total"], res["lookalikes_total"]))
    for t, v in res["lookalikes"].items():
        o.append("  %-32s %3d/%-3d %s" % (t, v["flagged"], v["total"], v["by_signal_kind"] or ""))
    return "\n".join(o)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("signals")
    ap.add_argument("--truth", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json"))
    ap.add_argument("--min-score", type=float, default=0.0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with open(a.truth, encoding="utf-8") as fh:
        truth = json.load(fh)
    res = score(load_signals(a.signals, a.min_score), truth)
    if a.json:
        json.dump(res, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(text(res))


if __name__ == "__main__":
    main()
