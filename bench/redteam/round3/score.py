#!/usr/bin/env python3
"""Score `export_signals` JSON Lines against det-r3 truth.json (stdlib only).

usage: score.py SIGNALS.jsonl [--truth truth.json] [--min-score X] [--json]

Matching: a signal of kind K matches a scheme of kind K when it cites one of the
scheme's evidence ids or names at least min(2, |scheme accounts|) of its accounts
(`fake_job` signals count as `feedback_ring`). Recall per scheme; precision at scheme
level = detected / (detected + false-positive groups), a false-positive group being a
distinct account set among the kind's signals matching no scheme of that kind.
An unmatched signal citing a look-alike's evidence or naming >=2 of its accounts
(all of them when it has one) is a false positive on that look-alike type.
"""
import argparse, json, os
from collections import defaultdict

KINDS = ['self_hire', 'feedback_ring', 'conflict_of_interest', 'paid_feedback', 'feedback_extortion']
ALIAS = {'fake_job': 'feedback_ring'}
LANGS = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'en_chat']


def matches(sig_acc, sig_ev, item):
    if sig_ev & set(item['evidence']):
        return True
    acc = set(item['accounts'])
    return len(sig_acc & acc) >= min(2, len(acc))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('signals')
    ap.add_argument('--truth', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'truth.json'))
    ap.add_argument('--min-score', type=float, default=None)
    ap.add_argument('--json', action='store_true')
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding='utf-8'))
    sigs = []
    with open(a.signals, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            s = json.loads(line)
            if a.min_score is not None and (s.get('score') or 0) < a.min_score:
                continue
            s['kind'] = ALIAS.get(s.get('kind'), s.get('kind'))
            sigs.append(s)
    res = {'kinds': {}, 'lookalike_fp': {}, 'n_signals': len(sigs)}
    by_kind = defaultdict(list)
    for s in sigs:
        by_kind[s['kind']].append(s)
    look_fp = defaultdict(set)
    look_fp_sig = defaultdict(int)
    look_n = defaultdict(int)
    for l in truth['lookalikes']:
        look_n[l['type']] += 1
    for k in KINDS:
        schemes = [x for x in truth['schemes'] if x['kind'] == k]
        det = set()
        fp_groups = set()
        tp_sig = 0
        for s in by_kind.get(k, []):
            sa = set(s.get('accounts') or [])
            se = {str(e.get('id')) for e in (s.get('evidence') or []) if isinstance(e, dict)}
            hit = [x['id'] for x in schemes if matches(sa, se, x)]
            if hit:
                det.update(hit)
                tp_sig += 1
            else:
                fp_groups.add(tuple(sorted(sa)))
                for l in truth['lookalikes']:
                    acc = set(l['accounts'])
                    if (se & set(l['evidence'])) or len(sa & acc) >= min(2, len(acc)):
                        look_fp[l['type']].add(l['id'])
                        look_fp_sig[l['type']] += 1
        n = len(schemes)
        d = {'schemes': n, 'detected': len(det), 'recall': round(len(det) / n, 3) if n else None,
             'fp_groups': len(fp_groups),
             'precision': round(len(det) / (len(det) + len(fp_groups)), 3) if (det or fp_groups) else None,
             'signals': len(by_kind.get(k, [])),
             'signal_precision': round(tp_sig / len(by_kind[k]), 3) if by_kind.get(k) else None}
        var = defaultdict(lambda: [0, 0])
        for x in schemes:
            v = x.get('variant') or x.get('theme') or '-'
            var[v][1] += 1
            var[v][0] += x['id'] in det
        d['recall_by_variant'] = {v: '%d/%d' % tuple(c) for v, c in sorted(var.items())}
        if k in ('paid_feedback', 'feedback_extortion'):
            lang = defaultdict(lambda: [0, 0])
            for x in schemes:
                lang[x['language']][1] += 1
                lang[x['language']][0] += x['id'] in det
            d['recall_by_language'] = {l: '%d/%d' % tuple(lang[l]) for l in LANGS if l in lang}
            for attr in ('mode', 'initiator', 'timing', 'outcome'):
                c = defaultdict(lambda: [0, 0])
                for x in schemes:
                    c[x[attr]][1] += 1
                    c[x[attr]][0] += x['id'] in det
                d['recall_by_' + attr] = {v: '%d/%d' % tuple(n_) for v, n_ in sorted(c.items())}
            d['recall_with_payment_record'] = '%d/%d' % (sum(1 for x in schemes if x.get('payment') and x['id'] in det),
                                                        sum(1 for x in schemes if x.get('payment')))
        d['missed'] = sorted(x['id'] for x in schemes if x['id'] not in det)
        res['kinds'][k] = d
    other = sorted(set(by_kind) - set(KINDS))
    res['other_signal_kinds'] = {k: len(by_kind[k]) for k in other}
    res['lookalike_fp'] = {t: {'lookalikes_hit': len(look_fp.get(t, ())), 'of': look_n[t], 'signals': look_fp_sig.get(t, 0)}
                           for t in sorted(look_n)}
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    print('signals read: %d%s' % (len(sigs), '' if a.min_score is None else ' (score >= %s)' % a.min_score))
    print('%-22s %7s %8s %7s %9s %6s %8s %9s' % ('kind', 'schemes', 'detected', 'recall', 'precision', 'fp_grp', 'signals', 'sig_prec'))
    for k in KINDS:
        d = res['kinds'][k]
        f = lambda v: '-' if v is None else '%.3f' % v
        print('%-22s %7d %8d %7s %9s %6d %8d %9s' % (k, d['schemes'], d['detected'], f(d['recall']), f(d['precision']),
                                                   d['fp_groups'], d['signals'], f(d['signal_precision'])))
    for k in ('paid_feedback', 'feedback_extortion'):
        d = res['kinds'][k]
        print('\n%s recall by language: %s' % (k, '  '.join('%s %s' % kv for kv in d['recall_by_language'].items())))
        for attr in ('mode', 'initiator', 'timing', 'outcome'):
            print('  by %s: %s' % (attr, '  '.join('%s %s' % kv for kv in d['recall_by_' + attr].items())))
        print('  with payment record: %s' % d['recall_with_payment_record'])
    print('\nrecall by variant/theme:')
    for k in KINDS:
        print('  %s: %s' % (k, '  '.join('%s %s' % kv for kv in res['kinds'][k]['recall_by_variant'].items())))
    print('\nfalse positives on honest look-alikes (look-alikes hit / total, signals):')
    for t, v in res['lookalike_fp'].items():
        print('  %-32s %3d / %-3d  (%d signals)' % (t, v['lookalikes_hit'], v['of'], v['signals']))
    if other:
        print('\nother signal kinds (not scored): %s' % res['other_signal_kinds'])


if __name__ == '__main__':
    main()
