#!/usr/bin/env python3
"""Round 7 sealed red-team marketplace (stdlib only, deterministic by --seed, default 7707).

usage: generate.py [--seed 7707] --out DIR [--truth FILE] [--threads FILE]
Writes DIR/marketplace.jsonl, and truth.json / threads.jsonl beside this file unless told otherwise.
Validates everything first; on any failure writes nothing and exits 1.
"""

import argparse
import json
import os
import random
import sys
from datetime import UTC, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LANG_CC = {"en": ["GB", "US", "IE"], "es": ["ES", "MX", "AR"], "pt": ["BR", "PT"], "fr": ["FR", "BE"],
           "de": ["DE", "AT"], "ru": ["RU", "KZ"], "it": ["IT"], "pl": ["PL"], "nl": ["NL"], "tr": ["TR"],
           "en_chat": ["US", "CA", "AU"], "sv": ["SE"]}
OTHER_CC = ["IN", "PH", "NG", "PK", "VN", "UA", "KE", "EG"]
T0 = datetime(2023, 1, 1, tzinfo=UTC)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pools = {}
        self.out = {k: [] for k in ("account", "organization", "membership", "contract", "feedback", "message",
                                    "payment", "identity")}
        self.acc = {}
        self.ct = {}
        self.emails = set()
        self.truth = {"round": 7, "seed": seed, "schemes": [], "lookalikes": []}
        self.threads = []
        self.used = set()

    def nid(self, prefix):
        pool = self.pools.get(prefix)
        if not pool:
            pool = [str(x) for x in self.r.sample(range(100000, 999999), 80000)]
            self.pools[prefix] = pool
        return prefix + pool.pop()

    def ts(self, d):
        return d.isoformat()

    def account(self, kind, lang=None, name=None, created=None, email=None, cc=None):
        r = self.r
        if cc is None:
            cc = r.choice(LANG_CC[lang]) if lang else r.choice(OTHER_CC)
        nl = lang if lang in texts.NAMES else "en"
        if name is None:
            first, last = texts.NAMES[nl]
            name = "%s %s" % (r.choice(first), r.choice(last))
        aid = self.nid("u")
        if email is None:
            email = "%s.%s@%s" % (name.lower().replace(" ", ".").replace("'", ""), aid[1:],
                                  r.choice(["mail.test", "post.test", "inbox.test", "web.test"]))
        if email in self.emails:
            email = aid + "." + email
        self.emails.add(email)
        created = created or T0 + timedelta(days=r.randint(0, 500), minutes=r.randint(0, 1400))
        a = {"type": "account", "id": aid, "email": email, "kind": kind, "name": name, "country": cc,
             "created_at": self.ts(created)}
        self.out["account"].append(a)
        self.acc[aid] = {"created": created, "kind": kind, "lang": lang, "name": name}
        return aid

    def ident(self, aid, kind, value, when=None):
        when = when or self.acc[aid]["created"] + timedelta(days=self.r.randint(0, 300), minutes=self.r.randint(1, 900))
        when = max(when, self.acc[aid]["created"] + timedelta(minutes=5))
        self.out["identity"].append({"type": "identity", "account": aid, "kind": kind, "value": value,
                                     "seen_at": self.ts(when)})

    def org(self, name, created=None):
        oid = self.nid("org")
        self.out["organization"].append({"type": "organization", "id": oid, "name": name,
                                         "created_at": self.ts(created or T0)})
        return oid

    def member(self, org, aid, role):
        self.out["membership"].append({"type": "membership", "org": org, "account": aid, "role": role})

    def contract(self, client, fl, amount, start=None, days=None, org=None, title=None, status="ended",
                 pay_kind="fixed"):
        r = self.r
        lo = max(self.acc[client]["created"], self.acc[fl]["created"]) + timedelta(hours=2)
        if start is None or start < lo:
            start = lo + timedelta(days=r.randint(0, 200), minutes=r.randint(0, 1400)) if start is None else lo
        days = days if days is not None else r.randint(1, 30)
        end = start + timedelta(days=days, hours=r.randint(1, 20))
        cid = self.nid("ct")
        c = {"type": "contract", "id": cid, "client": client, "freelancer": fl,
             "title": title or r.choice(texts.TITLES), "amount": "%.2f" % amount, "currency": "USD",
             "started_at": self.ts(start), "ended_at": self.ts(end), "status": status}
        if org:
            c["client_org"] = org
        self.out["contract"].append(c)
        self.ct[cid] = {"client": client, "fl": fl, "start": start, "end": end}
        if status != "cancelled":
            self.pay(cid, pay_kind, amount, end - timedelta(hours=1))
        return cid

    def pay(self, cid, kind, amount, when):
        c = self.ct[cid]
        payer, payee = (c["fl"], c["client"]) if kind == "refund" else (c["client"], c["fl"])
        pid = self.nid("pay")
        self.out["payment"].append({"type": "payment", "id": pid, "contract": cid, "payer": payer, "payee": payee,
                                    "kind": kind, "amount": "%.2f" % amount, "created_at": self.ts(when)})
        return pid

    def fb(self, cid, by_client, rating, when=None, comment=None):
        c = self.ct[cid]
        a, b = (c["client"], c["fl"]) if by_client else (c["fl"], c["client"])
        when = when or c["end"] + timedelta(hours=self.r.randint(2, 90))
        fid = self.nid("fb")
        f = {"type": "feedback", "id": fid, "contract": cid, "author": a, "recipient": b, "rating": rating,
             "created_at": self.ts(when)}
        comment = comment if comment is not None else self.r.choice(texts.COMMENTS[rating])
        if comment:
            f["comment"] = comment
        self.out["feedback"].append(f)
        return fid

    def msg(self, cid, from_client, body, when):
        c = self.ct[cid]
        s, t = (c["client"], c["fl"]) if from_client else (c["fl"], c["client"])
        mid = self.nid("m")
        self.out["message"].append({"type": "message", "id": mid, "sender": s, "recipient": t, "contract": cid,
                                    "body": body, "sent_at": self.ts(when)})
        return mid

    def both_fb(self, cid, rc=5, rf=5, reverse=0.8):
        ids = [self.fb(cid, True, rc)]
        if self.r.random() < reverse:
            ids.append(self.fb(cid, False, rf))
        return ids


# ---------------------------------------------------------------- background
def background(g):
    r = g.r
    langs = list(LANG_CC)
    g.clients, g.freelancers = [], []
    g.by_lang = {lang: {"c": [], "f": []} for lang in langs}
    for i in range(3300):
        lang = r.choice(langs) if r.random() < 0.76 else None
        a = g.account("client", lang)
        g.clients.append(a)
        if lang:
            g.by_lang[lang]["c"].append(a)
    for i in range(5150):
        lang = r.choice(langs) if r.random() < 0.76 else None
        a = g.account("freelancer", lang)
        g.freelancers.append(a)
        if lang:
            g.by_lang[lang]["f"].append(a)
    # carrier NAT IPs
    everyone = g.clients + g.freelancers
    for n in range(8):
        ip = "100.64.%d.%d" % (n, r.randint(2, 250))
        for a in r.sample(everyone, r.randint(50, 150)):
            g.ident(a, "ip", ip)
    for a in everyone:
        g.ident(a, "device", "dev-%s-%d" % (a, r.randint(1, 9)))
        home = "%d.%d.%d.%d" % (r.randint(11, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        for k in range(r.randint(2, 5)):
            g.ident(a, "ip", home)
        if r.random() < 0.5:
            g.ident(a, "phone", "+%d%09d" % (r.randint(30, 99), r.randint(0, 999999999)))
        if r.random() < 0.4:
            g.ident(a, "payment_instrument", "card-%s-%04d" % (a, r.randint(0, 9999)))
        if r.random() < 0.3:
            g.ident(a, "device", "dev-%s-m" % a)
    # client organisations
    g.org_of = {}
    for c in r.sample(g.clients, 420):
        o = g.org(r.choice(texts.ORG_WORDS) + " " + r.choice(texts.ORG_SUFFIX))
        g.member(o, c, "owner")
        g.org_of[c] = o
        for k in range(r.randint(0, 3)):
            x = r.choice(g.clients)
            if x not in g.org_of and x != c:
                g.member(o, x, r.choice(["admin", "hiring_manager", "member"]))
                g.org_of[x] = o
    # agencies
    for i in range(65):
        ag = g.account("agency", r.choice(langs))
        o = g.org("Agency %s" % g.acc[ag]["name"].split()[-1])
        g.member(o, ag, "owner")
        office = "81.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        g.ident(ag, "ip", office)
        g.freelancers.append(ag)
    # contracts
    fav = {}
    for i in range(19000):
        c = r.choice(g.clients)
        if c in fav and r.random() < 0.35:
            f = fav[c]
        else:
            pool = g.by_lang[g.acc[c]["lang"]]["f"] if g.acc[c]["lang"] and r.random() < 0.6 else g.freelancers
            f = r.choice(pool)
            fav[c] = f
        amount = round(r.choice([r.uniform(20, 200), r.uniform(100, 900), r.uniform(500, 4000)]), 2)
        org = g.org_of.get(c) if r.random() < 0.8 else None
        status = "ended" if r.random() < 0.93 else r.choice(["active", "cancelled"])
        cid = g.contract(c, f, amount, org=org, status=status)
        if status == "ended":
            rc = r.choices([5, 4, 3, 2, 1], [72, 20, 5, 2, 1])[0]
            g.fb(cid, True, rc)
            if r.random() < 0.55:
                g.fb(cid, False, r.choices([5, 4, 3], [80, 16, 4])[0])
            if r.random() < 0.03:
                g.pay(cid, "bonus", round(amount * 0.1, 2), g.ct[cid]["end"])
            if r.random() < 0.02:
                g.pay(cid, "refund", round(amount * 0.2, 2), g.ct[cid]["end"])
        if r.random() < 0.2:
            lang = g.acc[c]["lang"] if g.acc[c]["lang"] == g.acc[f]["lang"] and g.acc[c]["lang"] else "en"
            st = g.ct[cid]["start"]
            for k in range(r.randint(1, 3)):
                g.msg(cid, r.random() < 0.5, r.choice(texts.CHATTER[lang]), st + timedelta(hours=3 + 7 * k))


def fresh(g, lang, kind):
    pool = g.by_lang[lang]["c" if kind == "client" else "f"]
    for _ in range(200):
        a = g.r.choice(pool)
        if a not in g.used:
            g.used.add(a)
            return a
    a = g.account(kind, lang)
    g.used.add(a)
    return a


def scheme(g, kind, accounts, evidence, language, **kw):
    d = {"id": "s%03d" % (len(g.truth["schemes"]) + 1), "kind": kind, "accounts": accounts, "evidence": evidence,
         "language": language}
    d.update(kw)
    g.truth["schemes"].append(d)


def lookalike(g, typ, accounts, evidence, language):
    g.truth["lookalikes"].append({"id": "l%04d" % (len(g.truth["lookalikes"]) + 1), "type": typ,
                                  "accounts": accounts, "evidence": evidence, "language": language})


def area(g):
    return g.r.choice(list(LANG_CC)) if g.r.random() < 0.8 else None


def lang_label(lang):
    return lang if lang else "other"


# ---------------------------------------------------------------- self-hire
SELF_HIRE = ["custom_domain_ip_once", "address_two_spellings", "tax_id_only", "dormant_client_revived",
             "three_clients_one_card", "bonus_heavy_device"]


def self_hire(g):
    r = g.r
    for i in range(42):
        v = SELF_HIRE[i % 6]
        lang = area(g)
        first, last = texts.NAMES[lang if lang in texts.NAMES else "en"]
        fn, ln = r.choice(first), r.choice(last)
        f = g.account("freelancer", lang, name="%s %s" % (fn, ln))
        ev, accs = [], [f]
        for k in range(r.randint(0, 9) if r.random() < 0.5 else 0):
            cid = g.contract(r.choice(g.clients), f, r.uniform(50, 800))
            g.fb(cid, True, r.choice([5, 5, 4]))
        if v == "custom_domain_ip_once":
            dom = "%s-%s.test" % ("".join(ch for ch in ln.lower() if ch.isalnum()) or "home", f[1:])
            c = g.account("client", lang, name="%s. %s" % (fn[0], ln), email="projects@%s" % dom)
            g.out["account"][[a["id"] for a in g.out["account"]].index(f)]["email"] = "%s@%s" % (
                "".join(ch for ch in fn.lower() if ch.isalnum()) or "me", dom)
            ip = "95.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            g.ident(f, "ip", ip)
            g.ident(c, "ip", ip)
        elif v == "address_two_spellings":
            c = g.account("client", lang, name="%s %s" % (r.choice(first), ln))
            n = r.randint(2, 180)
            st = r.choice(["Linden", "Harbour", "Mill", "Station", "Birch"])
            g.ident(f, "address", "%d %s Road, flat %d" % (n, st, r.randint(1, 9)))
            g.ident(c, "address", "Flat %d, %d %s Rd." % (r.randint(1, 9), n, st))
        elif v == "tax_id_only":
            c = g.account("client", lang)
            tax = "TX%09d" % r.randint(0, 999999999)
            g.ident(f, "tax_id", tax)
            g.ident(c, "tax_id", tax.replace("TX", "tx-"))
        elif v == "dormant_client_revived":
            c = g.account("client", lang, created=T0 - timedelta(days=r.randint(500, 900)))
            dev = "dev-rev-%s" % c
            g.ident(f, "device", dev)
            g.ident(c, "device", dev, when=T0 + timedelta(days=r.randint(400, 600)))
        elif v == "three_clients_one_card":
            card = "card-shared-%s" % f
            cs = [g.account("client", lang) for _ in range(3)]
            for c2 in cs:
                g.ident(c2, "payment_instrument", card)
            g.ident(f, "bank_account", card)
            c = cs[0]
            accs += cs[1:]
            for c2 in cs[1:]:
                cid = g.contract(c2, f, r.uniform(15, 120), days=r.randint(1, 3))
                ev += g.both_fb(cid)
        else:
            c = g.account("client", lang)
            dev = "dev-bh-%s" % f
            g.ident(f, "device", dev)
            g.ident(c, "device", dev)
        accs.insert(0, c)
        for k in range(r.randint(1, 4)):
            amt = r.uniform(15, 90) if r.random() < 0.6 else r.uniform(100, 600)
            cid = g.contract(c, f, amt, days=r.randint(1, 6))
            ev += g.both_fb(cid, rc=r.choice([5, 5, 5, 4]))
            if v == "bonus_heavy_device":
                ev.append(g.pay(cid, "bonus", amt * r.uniform(3, 8), g.ct[cid]["end"]))
        scheme(g, "self_hire", accs, ev, lang_label(lang), variant=v)


# ---------------------------------------------------------------- rings
RINGS = ["one_way_cycle", "ladder", "wheel", "repeated_pairs", "tree_plus_closing", "weekend_burst_device"]


def rings(g):
    r = g.r
    for i in range(42):
        v = RINGS[i % 6]
        lang = area(g)
        n = {"one_way_cycle": r.randint(4, 8), "ladder": 2 * r.randint(2, 4), "wheel": r.randint(5, 9),
             "repeated_pairs": r.randint(3, 4), "tree_plus_closing": r.randint(6, 11),
             "weekend_burst_device": r.randint(4, 6)}[v]
        mem = [g.account("freelancer", lang if r.random() < 0.8 else area(g)) for _ in range(n)]
        for m in mem:
            if v == "tree_plus_closing" or r.random() < 0.3:
                for k in range(r.randint(3, 12)):
                    cid = g.contract(r.choice(g.clients), m, r.uniform(60, 900))
                    g.fb(cid, True, r.choice([5, 5, 4]))
        edges = []
        if v == "one_way_cycle":
            edges = [(mem[k], mem[(k + 1) % n]) for k in range(n)]
        elif v == "ladder":
            h = n // 2
            for k in range(h):
                edges += [(mem[k], mem[k + h]), (mem[k + h], mem[k])]
                if k + 1 < h:
                    edges += [(mem[k], mem[k + 1]), (mem[k + h + 1], mem[k + h])]
        elif v == "wheel":
            edges = [(mem[0], m) for m in mem[1:]] + [(mem[k], mem[k + 1]) for k in range(1, n - 1)]
            edges.append((mem[n - 1], mem[0]))
        elif v == "repeated_pairs":
            for a in mem:
                for b in mem:
                    if a < b:
                        edges += [(a, b), (b, a), (a, b)]
        elif v == "tree_plus_closing":
            for k in range(1, n):
                edges.append((mem[r.randint(0, k - 1)], mem[k]))
            for k in range(2):
                a, b = r.sample(mem, 2)
                edges += [(a, b), (b, a)]
        else:
            dev = "dev-wk-%s" % mem[0]
            g.ident(mem[0], "device", dev)
            g.ident(mem[1], "device", dev)
            for a in mem:
                for b in mem:
                    if a != b and r.random() < 0.5:
                        edges.append((a, b))
        base = max(g.acc[m]["created"] for m in mem) + timedelta(days=r.randint(5, 60))
        span = 3 if v == "weekend_burst_device" else (40 if v == "repeated_pairs" else 240)
        ev = []
        for a, b in edges:
            st = base + timedelta(days=r.uniform(0, span) if span > 3 else r.uniform(0, 2))
            cid = g.contract(a, b, r.uniform(20, 160) if span < 100 else r.uniform(120, 700), start=st,
                             days=r.randint(0, 3) if span < 100 else r.randint(4, 18))
            ev += g.both_fb(cid, rc=r.choice([5, 5, 5, 4]), reverse=0.0 if v == "one_way_cycle" else 0.8)
        scheme(g, "feedback_ring", mem, ev, lang_label(lang), variant=v, size=n)


# ---------------------------------------------------------------- conflicts
COI = ["member_by_hm_milestones", "owner_by_two_hms", "member_bank_alt", "member_single_large",
       "owner_personal_client_hires_admin", "hm_hourly_by_admin"]


def conflicts(g):
    r = g.r
    for i in range(42):
        v = COI[i % 6]
        lang = area(g)
        o = g.org(r.choice(texts.ORG_WORDS) + " " + r.choice(texts.ORG_SUFFIX))
        owner = g.account("client", lang)
        admin = g.account("client", lang)
        hm = g.account("client", lang)
        hm2 = g.account("client", lang)
        memb = g.account("freelancer" if r.random() < 0.6 else "client", lang)
        for a, role in ((owner, "owner"), (admin, "admin"), (hm, "hiring_manager"), (hm2, "hiring_manager"),
                        (memb, "member")):
            g.member(o, a, role)
        for k in range(r.randint(3, 8)):
            cid = g.contract(r.choice([hm, admin, owner]), r.choice(g.freelancers), r.uniform(200, 3000), org=o)
            g.fb(cid, True, r.choice([5, 4, 4, 3]))
        ev = []
        if v == "member_by_hm_milestones":
            cid = g.contract(hm, memb, r.uniform(1500, 6000), org=o, pay_kind="milestone", days=40)
            for k in range(3):
                ev.append(g.pay(cid, "milestone", r.uniform(300, 900), g.ct[cid]["start"] + timedelta(days=8 * k + 5)))
            ev += g.both_fb(cid)
            accs = [hm, memb]
        elif v == "owner_by_two_hms":
            for h in (hm, hm2):
                cid = g.contract(h, owner, r.uniform(600, 4000), org=o)
                ev += g.both_fb(cid)
            accs = [owner, hm, hm2]
        elif v == "member_bank_alt":
            alt = g.account("freelancer", lang, name=g.acc[memb]["name"])
            bank = "NL%02dBANK%010d" % (r.randint(10, 99), r.randint(0, 10 ** 10 - 1))
            g.ident(memb, "bank_account", bank)
            g.ident(alt, "bank_account", bank)
            cid = g.contract(admin, alt, r.uniform(500, 5000), org=o)
            ev += g.both_fb(cid)
            accs = [admin, alt, memb]
        elif v == "member_single_large":
            cid = g.contract(owner, memb, r.uniform(3000, 9000), org=o, days=60)
            ev += g.both_fb(cid)
            accs = [owner, memb]
        elif v == "owner_personal_client_hires_admin":
            pers = g.account("client", lang, name=g.acc[owner]["name"])
            dev = "dev-own-%s" % owner
            g.ident(owner, "device", dev)
            g.ident(pers, "device", dev)
            cid = g.contract(pers, admin, r.uniform(800, 5000), org=o)
            ev += g.both_fb(cid)
            accs = [pers, admin, owner]
        else:
            cid = g.contract(admin, hm, r.uniform(900, 4000), org=o, pay_kind="hourly", days=50)
            for k in range(4):
                ev.append(g.pay(cid, "hourly", r.uniform(150, 600), g.ct[cid]["start"] + timedelta(days=7 * k + 3)))
            ev += g.both_fb(cid)
            accs = [admin, hm]
        scheme(g, "conflict_of_interest", accs, ev, lang_label(lang), variant=v, org=o)


# ---------------------------------------------------------------- text schemes
def typo(r, s):
    if r.random() < 0.15 and len(s) > 20:
        k = r.randint(3, len(s) - 3)
        if s[k].isalpha() and s[k + 1].isalpha():
            s = s[:k] + s[k + 1] + s[k] + s[k + 2:]
    return s


def run_thread(g, lang, kind, item, idx):
    """item: dict(theme, init, mode, parts [str], outcome or honest type)."""
    r = g.r
    c = fresh(g, lang, "client")
    f = fresh(g, lang, "freelancer")
    amount = round(r.uniform(80, 1500), 2)
    cid = g.contract(c, f, amount, days=r.randint(10, 30))
    st = g.ct[cid]["start"]
    t = st + timedelta(hours=1)
    mids, msgs, ev = [], [], []

    def say(from_client, body, evid=False):
        nonlocal t
        t += timedelta(minutes=r.randint(5, 600))
        body = typo(r, body)
        if r.random() < 0.08 and lang == "en_chat":
            body += " " + r.choice(["😅", "🙏", "👍", "😬"])
        m = g.msg(cid, from_client, body, t)
        mids.append(m)
        msgs.append({"sender_role": "client" if from_client else "freelancer", "body": body})
        if evid:
            ev.append(m)

    chat = texts.CHATTER[lang]
    buried = kind != "honest" and r.random() < 0.3
    for k in range(r.randint(6, 10) if buried else r.randint(0, 3)):
        say(r.random() < 0.5, r.choice(chat))
    init_client = item["init"] == "client"
    for k, p in enumerate(item["parts"]):
        who = init_client if not p.startswith("~") else not init_client
        say(who, p.lstrip("~"), evid=not p.startswith("~") and kind != "honest")
        if k + 1 < len(item["parts"]) and r.random() < 0.4:
            say(r.random() < 0.5, r.choice(chat))
    outcome = item.get("outcome")
    if kind != "honest" and outcome != "silent":
        say(not init_client, r.choice(texts.REPLIES[lang][outcome]))
    for k in range(r.randint(0, 2)):
        say(r.random() < 0.5, r.choice(chat))
    g.ct[cid]["end"] = max(g.ct[cid]["end"], t + timedelta(hours=1))
    # contract end must cover messages
    g.out["contract"][-1]["ended_at"] = g.ts(g.ct[cid]["end"])
    for p in g.out["payment"][-1:]:
        if p["contract"] == cid:
            p["created_at"] = g.ts(g.ct[cid]["end"])
    fbt = g.ct[cid]["end"] + timedelta(hours=r.randint(2, 40))
    if kind == "honest":
        typ = item["type"]
        rc = {"real_dispute": r.choice([1, 2, 3]), "reported_threat": 5, "reported_offer": 5}.get(typ, r.choice([5, 4]))
        ev_ids = list(mids)
        ev_ids.append(g.fb(cid, True, rc, when=fbt))
        if typ == "tip_after_review":
            ev_ids.append(g.pay(cid, "bonus", round(amount * 0.1, 2), fbt + timedelta(hours=3)))
            say(True, r.choice(texts.CHATTER[lang]))
        if typ == "real_dispute" and r.random() < 0.5:
            ev_ids.append(g.pay(cid, "refund", round(amount * 0.3, 2), fbt - timedelta(hours=1)))
        lookalike(g, "honest_" + typ, [c, f], ev_ids, lang)
        g.threads.append({"id": "t%04d" % len(g.threads), "kind": "honest", "language": lang, "type": typ,
                          "messages": msgs, "message_ids": mids})
        return
    # rating target: paid -> the initiator wants a good rating from the other; extortion similar
    target_by_client = not init_client
    good = outcome in ("complied", "silent")
    rating = 5 if good else r.choice([3, 4, 2])
    ev.append(g.fb(cid, target_by_client, rating, when=fbt))
    payment = None
    if outcome == "complied" and item["theme"] in ("cash_back", "refund_or_bad", "refund_for_silence"):
        payment = "refund"
        ev.append(g.pay(cid, "refund", round(amount * r.uniform(0.2, 0.6), 2), fbt + timedelta(hours=2)))
    scheme(g, kind, [c, f], ev, lang, theme=item["theme"], mode=item["mode"], initiator=item["init"],
           outcome=outcome, buried=buried, parts=len([p for p in item["parts"] if not p.startswith("~")]),
           payment=payment, thread="t%04d" % len(g.threads))
    g.threads.append({"id": "t%04d" % len(g.threads), "kind": kind, "language": lang, "theme": item["theme"],
                      "mode": item["mode"], "initiator": item["init"], "outcome": outcome, "messages": msgs,
                      "message_ids": mids})


def text_schemes(g):
    outcomes = ["complied", "refused", "reported", "silent"]
    n = 0
    for lang in LANG_CC:
        for kind, bank in (("paid_feedback", texts.PAID), ("feedback_extortion", texts.EXTORT)):
            for item in bank[lang]:
                it = dict(item)
                it["outcome"] = outcomes[n % 4]
                n += 1
                run_thread(g, lang, kind, it, n)
        for typ, tpl in texts.HONEST[lang].items():
            for k in range(3):
                run_thread(g, lang, "honest", {"type": typ, "init": tpl[k % len(tpl)][0],
                                               "parts": tpl[k % len(tpl)][1:]}, n)


# ---------------------------------------------------------------- structural look-alikes
def honest_structural(g):
    r = g.r
    for i in range(60):  # families
        lang = area(g)
        last = r.choice(texts.NAMES[lang if lang in texts.NAMES else "en"][1])
        ip = "88.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        dev = "dev-fam-%d" % i
        mem = []
        for k in range(r.randint(2, 4)):
            a = g.account(r.choice(["client", "freelancer"]), lang,
                          name="%s %s" % (r.choice(texts.NAMES[lang if lang in texts.NAMES else "en"][0]), last))
            g.ident(a, "ip", ip)
            if r.random() < 0.7:
                g.ident(a, "device", dev)
            mem.append(a)
            f = a if g.acc[a]["kind"] == "freelancer" else r.choice(g.freelancers)
            c = a if g.acc[a]["kind"] == "client" else r.choice(g.clients)
            cid = g.contract(c, f, r.uniform(40, 900))
            g.fb(cid, True, 5)
        lookalike(g, "family_shared_home", mem, [], lang_label(lang))
    for i in range(36):  # coworking
        ip = "77.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        mem = [g.account(r.choice(["client", "freelancer"]), area(g)) for _ in range(r.randint(6, 12))]
        for a in mem:
            for k in range(r.randint(2, 6)):
                g.ident(a, "ip", ip)
        ev = []
        cl = [a for a in mem if g.acc[a]["kind"] == "client"]
        fl = [a for a in mem if g.acc[a]["kind"] == "freelancer"]
        if cl and fl and i % 2 == 0:
            cid = g.contract(cl[0], fl[0], r.uniform(200, 1500))
            ev += g.both_fb(cid, rc=4)
        lookalike(g, "coworking_ip", mem, ev, "-")
    for i in range(36):  # agency team hired by its usual clients
        lang = area(g)
        ag = g.account("agency", lang)
        o = g.org("Studio %s" % g.acc[ag]["name"].split()[-1])
        g.member(o, ag, "owner")
        office = "81.9.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
        g.ident(ag, "ip", office)
        team = [g.account("freelancer", lang) for _ in range(r.randint(3, 6))]
        for a in team:
            g.member(o, a, "member")
            g.ident(a, "ip", office)
        for k in range(r.randint(3, 8)):
            cid = g.contract(r.choice(g.clients), ag, r.uniform(500, 5000))
            g.both_fb(cid)
        lookalike(g, "agency_team_office", [ag] + team, [], lang_label(lang))
    for i in range(40):  # repeat client
        lang = area(g)
        c, f = g.account("client", lang), g.account("freelancer", lang)
        ev = []
        st = max(g.acc[c]["created"], g.acc[f]["created"]) + timedelta(days=5)
        for k in range(r.randint(6, 14)):
            cid = g.contract(c, f, r.uniform(150, 2500), start=st + timedelta(days=35 * k), days=20)
            ev += g.both_fb(cid)
        lookalike(g, "repeat_client_five_star", [c, f], ev, lang_label(lang))
    for i in range(36):  # manager doing honest job for another org
        lang = area(g)
        o1, o2 = g.org("Alpha %d" % i), g.org("Beta %d" % i)
        m = g.account("freelancer", lang)
        g.member(o1, m, r.choice(["owner", "hiring_manager"]))
        hirer = g.account("client", lang)
        g.member(o2, hirer, "hiring_manager")
        cid = g.contract(hirer, m, r.uniform(400, 3000), org=o2)
        lookalike(g, "manager_of_other_org", [hirer, m], g.both_fb(cid), lang_label(lang))
    for i in range(36):  # two freelancers who hired each other once, months apart
        lang = area(g)
        a, b = g.account("freelancer", lang), g.account("freelancer", lang)
        for x in (a, b):
            for k in range(r.randint(6, 20)):
                cid = g.contract(r.choice(g.clients), x, r.uniform(100, 900))
                g.fb(cid, True, r.choice([5, 4]))
        c1 = g.contract(a, b, r.uniform(400, 2500), days=20)
        c2 = g.contract(b, a, r.uniform(400, 2500), start=g.ct[c1]["end"] + timedelta(days=r.randint(120, 300)),
                        days=20)
        lookalike(g, "two_way_honest_hire", [a, b], g.both_fb(c1, reverse=0.5) + g.both_fb(c2, reverse=0.5),
                  lang_label(lang))
    for i in range(36):  # bootcamp cohort: made the same week, shared classroom IP, one honest hire
        lang = area(g)
        ip = "62.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        day = T0 + timedelta(days=r.randint(50, 400))
        mem = [g.account("freelancer", lang, created=day + timedelta(hours=r.randint(0, 100))) for _ in range(5)]
        for a in mem:
            g.ident(a, "ip", ip, when=day + timedelta(days=r.randint(1, 20)))
            for k in range(r.randint(2, 6)):
                cid = g.contract(r.choice(g.clients), a, r.uniform(50, 600))
                g.fb(cid, True, r.choice([5, 4]))
        cid = g.contract(mem[0], mem[1], r.uniform(100, 600))
        lookalike(g, "bootcamp_cohort", mem, g.both_fb(cid, reverse=0.5), lang_label(lang))


# ---------------------------------------------------------------- validation and output
def validate(g):
    errs = []
    ids = {}
    for t, rows in g.out.items():
        if t in ("membership", "identity"):
            continue
        s = set()
        for x in rows:
            if x["id"] in s:
                errs.append("dup %s %s" % (t, x["id"]))
            s.add(x["id"])
        ids[t] = s
    em = [a["email"] for a in g.out["account"]]
    if len(em) != len(set(em)):
        errs.append("dup emails")
    ms = set()
    for m in g.out["membership"]:
        key = (m["org"], m["account"])
        if key in ms or m["org"] not in ids["organization"] or m["account"] not in ids["account"]:
            errs.append("membership %s" % (key,))
        ms.add(key)
    for a in g.out["account"] + g.out["organization"]:
        n = a.get("name", "")
        if not n.strip() or len(n) > 200 or any(ord(ch) < 32 for ch in n):
            errs.append("name %s" % a["id"])
    cmap = {c["id"]: c for c in g.out["contract"]}
    for c in g.out["contract"]:
        if c["client"] == c["freelancer"] or c["ended_at"] < c["started_at"]:
            errs.append("contract %s" % c["id"])
        for p in ("client", "freelancer"):
            if c[p] not in ids["account"] or g.acc[c[p]]["created"] >= g.ct[c["id"]]["start"]:
                errs.append("contract party %s" % c["id"])
        if "client_org" in c and c["client_org"] not in ids["organization"]:
            errs.append("org ref %s" % c["id"])
    for f in g.out["feedback"]:
        c = cmap[f["contract"]]
        if {f["author"], f["recipient"]} != {c["client"], c["freelancer"]} or f["created_at"] < c["started_at"]:
            errs.append("feedback %s" % f["id"])
        if f["rating"] not in (1, 2, 3, 4, 5):
            errs.append("rating %s" % f["id"])
    for m in g.out["message"]:
        c = cmap[m["contract"]]
        if {m["sender"], m["recipient"]} != {c["client"], c["freelancer"]} or m["sent_at"] < c["started_at"]:
            errs.append("message %s" % m["id"])
        if not m["body"].strip():
            errs.append("empty message %s" % m["id"])
    for p in g.out["payment"]:
        c = cmap[p["contract"]]
        want = (c["freelancer"], c["client"]) if p["kind"] == "refund" else (c["client"], c["freelancer"])
        if (p["payer"], p["payee"]) != want or p["created_at"] < c["started_at"]:
            errs.append("payment %s" % p["id"])
    for i in g.out["identity"]:
        if i["account"] not in ids["account"] or i["seen_at"] < g.ts(g.acc[i["account"]]["created"]):
            errs.append("identity %s" % i["account"])
    allids = set().union(*ids.values())
    for x in g.truth["schemes"] + g.truth["lookalikes"]:
        for a in x["accounts"]:
            if a not in ids["account"]:
                errs.append("truth account %s" % x["id"])
        for e in x["evidence"]:
            if e not in allids:
                errs.append("truth evidence %s %s" % (x["id"], e))
    for t in g.threads:
        for m in t["message_ids"]:
            if m not in ids["message"]:
                errs.append("thread %s" % t["id"])
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7707)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    g = Gen(a.seed)
    background(g)
    self_hire(g)
    rings(g)
    conflicts(g)
    text_schemes(g)
    honest_structural(g)
    errs = validate(g)
    if errs:
        print("validation failed (%d): %s" % (len(errs), errs[:20]), file=sys.stderr)
        sys.exit(1)
    os.makedirs(a.out, exist_ok=True)
    order = ["account", "organization", "membership", "contract", "feedback", "message", "payment", "identity"]
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for t in order:
            rows = list(g.out[t])
            g.r.shuffle(rows)
            for x in rows:
                fh.write(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(g.truth, fh, ensure_ascii=False, indent=1)
    with open(a.threads, "w", encoding="utf-8") as fh:
        for t in g.threads:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    counts = {t: len(v) for t, v in g.out.items()}
    kinds = {}
    for s in g.truth["schemes"]:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(json.dumps({"lines": sum(counts.values()), "counts": counts, "schemes": kinds,
                      "lookalikes": len(g.truth["lookalikes"])}))


if __name__ == "__main__":
    main()
