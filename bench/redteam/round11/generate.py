#!/usr/bin/env python3
"""Red-team round 11: a marketplace history with planted schemes, in the import format (stdlib only).

usage: generate.py [--seed 11011] --out DIR [--truth PATH] [--threads PATH]

Writes DIR/marketplace.jsonl, and the answer key (truth.json) and the text threads (threads.jsonl). Every record
is checked before anything is written; on any problem the problems are printed and nothing is written (exit 1).
"""

import argparse
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

LANGS = ["en", "en_chat", "es", "pt", "fr", "de", "ru", "uk", "ar", "vi"]
START = datetime(2024, 1, 8, tzinfo=timezone.utc)
END = datetime(2026, 9, 30, tzinfo=timezone.utc)
OUTCOMES = ["complied", "refused", "reported", "silent"]


def iso(t):
    return t.replace(microsecond=0).isoformat()


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.accounts, self.orgs, self.members = [], [], []
        self.contracts, self.feedback, self.messages, self.payments, self.idents = [], [], [], [], []
        self.acc, self.con = {}, {}
        self.used_ids, self.used_emails = set(), set()
        self.schemes, self.lookalikes, self.threads = [], [], []
        self.serial = 0

    # ---- ids -------------------------------------------------------------------------------------------
    def nid(self, prefix):
        while True:
            v = "%s%d" % (prefix, self.r.randrange(10**6, 10**8))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def when(self, lo=START, hi=END):
        return lo + timedelta(seconds=self.r.randrange(int((hi - lo).total_seconds())))

    # ---- identity values ---------------------------------------------------------------------------------
    def device(self):
        h = self.hexs(32)
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])

    def ip(self, lang):
        first = T.AREAS[lang]["ip"]
        return "%d.%d.%d.%d" % (self.r.choice(first), self.r.randrange(256), self.r.randrange(256),
                                self.r.randrange(1, 255))

    def card(self):
        return "card_fp_" + self.hexs(16)

    def payout(self, lang):
        a = T.AREAS[lang]
        digits = "".join(self.r.choice("0123456789") for _ in range(a["iban_len"] - 4))
        return "%s%02d%s" % (a["iban_cc"], self.r.randrange(10, 99), digits)

    # ---- records -----------------------------------------------------------------------------------------
    def person(self, lang, first=None, last=None):
        a = T.AREAS[lang]
        first = first or self.r.choice(a["first"])
        last = last or self.r.choice(a["last"])
        return first, last

    def email_for(self, first, last, domain=None, lang=None):
        base = "%s.%s" % (T.ascii_slug(first), T.ascii_slug(last))
        domain = domain or self.r.choice(T.AREA_MAIL[lang] if lang else T.MAIL_DOMAINS)
        for n in range(0, 10000):
            style = self.r.randrange(4)
            if style == 0:
                local = base
            elif style == 1:
                local = "%s%d" % (base.replace(".", ""), self.r.randrange(10, 9999))
            elif style == 2:
                local = "%s.%s%d" % (T.ascii_slug(first)[0], T.ascii_slug(last), self.r.randrange(1, 99))
            else:
                local = "%s_%s%d" % (T.ascii_slug(first), T.ascii_slug(last)[:3], self.r.randrange(100, 999))
            e = "%s@%s" % (local, domain)
            if n > 50:
                e = "%s%d@%s" % (local, n, domain)
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
        raise RuntimeError("no email")

    def account(self, lang, kind, created=None, first=None, last=None, email=None, name=None, country=None,
                std_ident=True):
        first, last = self.person(lang, first, last)
        aid = self.nid("u")
        if email is None:
            email = self.email_for(first, last, lang=lang)
        else:
            self.used_emails.add(email)
        created = created or self.when(START - timedelta(days=400), START + timedelta(days=300))
        rec = {"type": "account", "id": aid, "email": email, "kind": kind,
               "name": name or ("%s %s" % (first, last)), "country": country or self.r.choice(T.AREAS[lang]["country"]),
               "created_at": iso(created)}
        self.accounts.append(rec)
        self.acc[aid] = {"rec": rec, "lang": lang, "created": created, "first": first, "last": last, "kind": kind}
        if std_ident:
            self.ident(aid, "device", self.device(), created + timedelta(minutes=self.r.randrange(1, 600)))
            self.ident(aid, "ip", self.ip(lang), created + timedelta(minutes=self.r.randrange(1, 600)))
            if kind == "client":
                self.ident(aid, "payment_instrument", self.card(), created + timedelta(days=self.r.randrange(0, 20)))
            else:
                self.ident(aid, "bank_account", self.payout(lang), created + timedelta(days=self.r.randrange(0, 20)))
        return aid

    def ident(self, account, kind, value, seen):
        self.idents.append({"type": "identity", "account": account, "kind": kind, "value": value,
                            "seen_at": iso(seen)})

    def org(self, lang, name, created):
        oid = self.nid("o")
        self.orgs.append({"type": "organization", "id": oid, "name": name, "created_at": iso(created)})
        return oid

    def member(self, org, account, role):
        self.members.append({"type": "membership", "org": org, "account": account, "role": role})

    def contract(self, client, fl, start, amount, days=7, status="ended", org=None, title=None, currency=None,
                 lang=None):
        cid = self.nid("k")
        lang = lang or self.acc[client]["lang"]
        start = max(start, self.acc[client]["created"] + timedelta(hours=2),
                    self.acc[fl]["created"] + timedelta(hours=2))
        rec = {"type": "contract", "id": cid, "client": client, "freelancer": fl,
               "title": title or self.r.choice(T.TITLES[lang]), "amount": "%.2f" % amount,
               "currency": currency or T.AREAS[lang]["currency"], "started_at": iso(start), "status": status}
        end = None
        if status != "active":
            end = start + timedelta(days=days, hours=self.r.randrange(1, 20))
            rec["ended_at"] = iso(end)
        if org:
            rec["client_org"] = org
        self.contracts.append(rec)
        self.con[cid] = {"rec": rec, "start": start, "end": end or start + timedelta(days=days), "lang": lang}
        return cid

    def pay(self, cid, kind, amount, at=None):
        c = self.con[cid]
        payer, payee = c["rec"]["client"], c["rec"]["freelancer"]
        if kind == "refund":
            payer, payee = payee, payer
        pid = self.nid("p")
        at = at or c["end"]
        self.payments.append({"type": "payment", "id": pid, "contract": cid, "payer": payer, "payee": payee,
                              "kind": kind, "amount": "%.2f" % amount, "created_at": iso(at)})
        return pid

    def rate(self, cid, author, rating, at=None, comment=None):
        c = self.con[cid]
        other = c["rec"]["freelancer"] if author == c["rec"]["client"] else c["rec"]["client"]
        fid = self.nid("f")
        lang = c["lang"]
        if comment is None:
            comment = self.r.choice(T.COMMENTS[lang][min(max(rating, 1), 5)]) if self.r.random() < 0.7 else ""
        at = at or c["end"] + timedelta(hours=self.r.randrange(2, 96))
        rec = {"type": "feedback", "id": fid, "contract": cid, "author": author, "recipient": other,
               "rating": rating, "created_at": iso(at)}
        if comment:
            rec["comment"] = comment
        self.feedback.append(rec)
        return fid

    def msg(self, cid, sender, body, at):
        c = self.con[cid]
        other = c["rec"]["freelancer"] if sender == c["rec"]["client"] else c["rec"]["client"]
        mid = self.nid("m")
        self.messages.append({"type": "message", "id": mid, "sender": sender, "recipient": other, "contract": cid,
                              "body": body, "sent_at": iso(at)})
        return mid

    def job(self, client, fl, start, amount, days=7, org=None, r_cf=5, r_fc=5, status="ended", pay_kind=None,
            title=None, lang=None):
        """A whole contract: payments, and feedback both ways (None: no rating)."""
        cid = self.contract(client, fl, start, amount, days, status, org, title, lang=lang)
        if status == "active":
            return cid, []
        if status == "cancelled":
            if self.r.random() < 0.5:
                self.pay(cid, "fixed", round(amount * 0.2, 2))
        else:
            pay_kind = pay_kind or self.r.choice(["fixed"] * 8 + ["milestone", "hourly"])
            if pay_kind == "fixed":
                self.pay(cid, "fixed", amount)
            else:
                n = self.r.randrange(2, 5)
                c = self.con[cid]
                for i in range(n):
                    at = c["start"] + (c["end"] - c["start"]) * (i + 1) / n
                    self.pay(cid, pay_kind, round(amount / n, 2), at)
        fids = []
        if r_cf is not None:
            fids.append(self.rate(cid, client, r_cf))
        if r_fc is not None:
            fids.append(self.rate(cid, fl, r_fc))
        return cid, fids

    def rating(self):
        x = self.r.random()
        return 5 if x < 0.62 else 4 if x < 0.86 else 3 if x < 0.93 else 2 if x < 0.97 else 1

    def amount(self):
        return round(min(6000.0, max(15.0, self.r.lognormvariate(5.6, 1.0))), 2)


# ==== background ===============================================================================================
def background(w):
    w.pool = {}
    for lang in LANGS:
        clients = [w.account(lang, "client") for _ in range(440)]
        fls = [w.account(lang, "freelancer") for _ in range(500)]
        ags = []
        for _ in range(20):
            first, last = w.person(lang)
            name = w.r.choice(T.AGENCY_NAMES[lang]) % last
            ags.append(w.account(lang, "agency", first=first, last=last, name=name,
                                 email=w.email_for("team", T.ascii_slug(last) + str(w.r.randrange(10, 999)),
                                                   lang=lang)))
        orgs = []
        for i in range(26):
            created = w.when(START - timedelta(days=500), START)
            oid = w.org(lang, w.r.choice(T.ORG_NAMES[lang]) % w.r.choice(T.AREAS[lang]["last"]), created)
            owner, admin, hm = clients[i * 3], clients[i * 3 + 1], clients[i * 3 + 2]
            w.member(oid, owner, "owner")
            w.member(oid, admin, "admin")
            w.member(oid, hm, "hiring_manager")
            if i % 3 == 0:
                w.member(oid, clients[100 + i], "member")
            orgs.append((oid, [owner, admin, hm]))
        w.pool[lang] = {"clients": clients, "fl": fls, "ag": ags, "orgs": orgs}
    # honest hires
    for _ in range(17000):
        lang = w.r.choice(LANGS)
        p = w.pool[lang]
        org = None
        if w.r.random() < 0.33:
            oid, people = w.r.choice(p["orgs"])
            client, org = w.r.choice(people), oid
        else:
            client = w.r.choice(p["clients"][78:])
        flang = lang if w.r.random() < 0.8 else w.r.choice(LANGS)
        fl = w.r.choice(w.pool[flang]["fl"] + w.pool[flang]["ag"])
        x = w.r.random()
        status = "ended" if x < 0.92 else "active" if x < 0.97 else "cancelled"
        amt = w.amount()
        r_fc = None if w.r.random() < 0.13 else w.rating()
        r_cf = w.rating() if status == "ended" or w.r.random() < 0.3 else None
        cid, fids = w.job(client, fl, w.when(), amt, w.r.randrange(1, 45), org, r_cf,
                          r_fc if status == "ended" else None, status)
        if status == "ended":
            y = w.r.random()
            if y < 0.08:
                w.pay(cid, "bonus", round(w.r.uniform(10, 150), 2), w.con[cid]["end"] + timedelta(hours=5))
            elif y < 0.12:
                w.pay(cid, "refund", round(amt * w.r.uniform(0.1, 0.4), 2), w.con[cid]["end"] + timedelta(days=1))
        if w.r.random() < 0.2:
            chatter(w, cid, lang, 2)
    # carrier NAT / coworking addresses shared by unrelated accounts
    everyone = [a["id"] for a in w.accounts]
    for _ in range(120):
        ipv = "100.%d.%d.%d" % (w.r.randrange(64, 128), w.r.randrange(256), w.r.randrange(1, 255))
        for a in w.r.sample(everyone, w.r.randrange(8, 41)):
            w.ident(a, "ip", ipv, w.acc[a]["created"] + timedelta(days=w.r.randrange(1, 400)))
    for _ in range(250):
        a, b = w.r.sample(everyone, 2)
        dv = w.device()
        w.ident(a, "device", dv, w.acc[a]["created"] + timedelta(days=w.r.randrange(1, 300)))
        w.ident(b, "device", dv, w.acc[b]["created"] + timedelta(days=w.r.randrange(1, 300)))


def chatter(w, cid, lang, n, at=None):
    c = w.con[cid]
    cl, fl = c["rec"]["client"], c["rec"]["freelancer"]
    at = at or c["start"] + timedelta(hours=1)
    ids = []
    msgs = []
    for i in range(n):
        role = "client" if i % 2 == 0 else "freelancer"
        body = w.r.choice(T.CHATTER[lang][role])
        at = at + timedelta(minutes=w.r.randrange(20, 900))
        ids.append(w.msg(cid, cl if role == "client" else fl, body, at))
        msgs.append({"sender_role": role, "body": body})
    return ids, msgs, at


# ==== structural schemes ========================================================================================
def fresh(w, lang, kind, created=None, first=None, last=None, std=False, email=None):
    return w.account(lang, kind, created=created, first=first, last=last, std_ident=std, email=email)


def honest_jobs_for(w, fl, n, lang):
    for _ in range(n):
        cl = w.r.choice(w.pool[lang]["clients"][78:])
        w.job(cl, fl, w.when(w.acc[fl]["created"] + timedelta(days=5)), w.amount(), w.r.randrange(3, 30),
              r_cf=w.rating(), r_fc=w.rating())


def mac_variants(w):
    b = [w.r.randrange(256) for _ in range(6)]
    colon = ":".join("%02X" % x for x in b)
    h = "".join("%02x" % x for x in b)
    return colon, "%s.%s.%s" % (h[0:4], h[4:8], h[8:12])


def imei_variants(w):
    d = "".join(w.r.choice("0123456789") for _ in range(15))
    return "%s-%s-%s-%s" % (d[0:2], d[2:8], d[8:14], d[14]), d


def eth_variants(w):
    h = w.hexs(40)
    mixed = "".join(ch.upper() if ch.isalpha() and w.r.random() < 0.5 else ch for ch in h)
    return "eth:0x" + mixed, "0x" + h


def self_hire(w, lang, variant, n):
    created = w.when(START - timedelta(days=200), START + timedelta(days=250))
    first, last = w.person(lang)
    cl = fresh(w, lang, "client", created, first, last)
    fl = fresh(w, lang, "freelancer", created + timedelta(days=w.r.randrange(1, 60)), first, last)
    accs = [cl, fl]
    t0 = w.acc[fl]["created"]
    # each keeps its own ordinary device and IP besides the shared value
    w.ident(cl, "ip", w.ip(lang), created + timedelta(hours=3))
    w.ident(fl, "ip", w.ip(lang), t0 + timedelta(hours=3))
    info = {}
    if variant == "device_mac_cisco_dots":
        a, b = mac_variants(w)
        w.ident(cl, "device", a, created + timedelta(hours=1))
        w.ident(fl, "device", b, t0 + timedelta(hours=1))
        w.ident(cl, "payment_instrument", w.card(), created + timedelta(days=1))
        w.ident(fl, "bank_account", w.payout(lang), t0 + timedelta(days=1))
    elif variant == "ipv4_mapped_ipv6":
        v4 = w.ip(lang)
        w.ident(cl, "ip", v4, created + timedelta(hours=1))
        w.ident(fl, "ip", "::ffff:" + v4, t0 + timedelta(hours=1))
        w.ident(cl, "device", w.device(), created)
        w.ident(fl, "device", w.device(), t0)
        w.ident(cl, "payment_instrument", w.card(), created + timedelta(days=1))
        w.ident(fl, "bank_account", w.payout(lang), t0 + timedelta(days=1))
    elif variant == "eth_wallet_checksum_case":
        a, b = eth_variants(w)
        w.ident(cl, "payment_instrument", a, created + timedelta(days=1))
        w.ident(fl, "payment_instrument", b, t0 + timedelta(days=1))
        w.ident(cl, "device", w.device(), created)
        w.ident(fl, "device", w.device(), t0)
    elif variant == "address_script_variants":
        native, latin = w.r.choice(T.ADDRESSES[lang])
        w.ident(cl, "address", native, created + timedelta(days=2))
        w.ident(fl, "address", latin, t0 + timedelta(days=2))
        w.ident(cl, "device", w.device(), created)
        w.ident(fl, "device", w.device(), t0)
        w.ident(cl, "payment_instrument", w.card(), created + timedelta(days=1))
        w.ident(fl, "bank_account", w.payout(lang), t0 + timedelta(days=1))
    elif variant == "imei_dashed_vs_plain":
        a, b = imei_variants(w)
        w.ident(cl, "device", a, created + timedelta(hours=1))
        w.ident(fl, "device", b, t0 + timedelta(hours=1))
        w.ident(cl, "payment_instrument", w.card(), created + timedelta(days=1))
        w.ident(fl, "bank_account", w.payout(lang), t0 + timedelta(days=1))
    elif variant == "household_card_bridge":
        # a third account of the household: the client's card is on it, and it logs in from the freelancer's laptop
        rel_first = w.r.choice(T.AREAS[lang]["first"])
        rel = fresh(w, lang, "client", created - timedelta(days=w.r.randrange(30, 300)), rel_first, last, std=True)
        card, dev = w.card(), w.device()
        w.ident(cl, "payment_instrument", card, created + timedelta(days=1))
        w.ident(rel, "payment_instrument", card, created + timedelta(days=3))
        w.ident(rel, "device", dev, t0 + timedelta(days=4))
        w.ident(fl, "device", dev, t0 + timedelta(hours=1))
        w.ident(cl, "device", w.device(), created)
        w.ident(fl, "bank_account", w.payout(lang), t0 + timedelta(days=1))
        honest_jobs_for_client(w, rel, w.r.randrange(1, 3), lang)
        info["intermediary"] = rel
    ev = []
    t = t0 + timedelta(days=w.r.randrange(5, 40))
    for _ in range(w.r.randrange(1, 5)):
        cid, fids = w.job(cl, fl, t, round(w.r.uniform(15, 150), 0), w.r.randrange(1, 6),
                          r_cf=5 if w.r.random() < 0.85 else 4, r_fc=w.r.choice([5, 5, 4]))
        ev += [cid] + fids
        t += timedelta(days=w.r.randrange(6, 40))
    if n % 2 == 0:
        honest_jobs_for(w, fl, w.r.randrange(1, 6), lang)
    sc = {"kind": "self_hire", "variant": variant, "accounts": accs, "evidence": ev, "language": lang}
    sc.update(info)
    return sc


def honest_jobs_for_client(w, cl, n, lang):
    for _ in range(n):
        fl = w.r.choice(w.pool[lang]["fl"])
        w.job(cl, fl, w.when(w.acc[cl]["created"] + timedelta(days=5)), w.amount(), w.r.randrange(3, 30),
              r_cf=w.rating(), r_fc=w.rating())


def ring(w, lang, variant, n):
    t0 = w.when(START + timedelta(days=60), END - timedelta(days=200))
    ev = []
    if variant == "all_agency_cycle":
        members = []
        for _ in range(4):
            first, last = w.person(lang)
            members.append(w.account(lang, "agency", t0 - timedelta(days=w.r.randrange(20, 90)), first, last,
                                     name=w.r.choice(T.AGENCY_NAMES[lang]) % last, std_ident=True))
        for i, m in enumerate(members):
            cid, f = w.job(m, members[(i + 1) % 4], t0 + timedelta(days=3 * i), w.r.randrange(40, 95),
                           w.r.randrange(1, 3), r_cf=5, r_fc=5)
            ev += [cid] + f
    elif variant == "hourly_weekly_billing":
        members = [w.account(lang, "freelancer", t0 - timedelta(days=w.r.randrange(20, 120))) for _ in range(4)]
        for i, m in enumerate(members):
            cid = w.contract(m, members[(i + 1) % 4], t0 + timedelta(days=5 * i), w.r.randrange(250, 420),
                             w.r.randrange(14, 29))
            c = w.con[cid]
            weeks = max(2, (c["end"] - c["start"]).days // 7)
            for k in range(weeks):
                w.pay(cid, "hourly", round(float(c["rec"]["amount"]) / weeks, 2),
                      c["start"] + timedelta(days=7 * (k + 1)) if k < weeks - 1 else c["end"])
            ev += [cid, w.rate(cid, m, 5), w.rate(cid, members[(i + 1) % 4], 5)]
    elif variant == "no_rating_back_cycle":
        members = [w.account(lang, "freelancer", t0 - timedelta(days=w.r.randrange(20, 120))) for _ in range(5)]
        for i, m in enumerate(members):
            cid, f = w.job(m, members[(i + 1) % 5], t0 + timedelta(days=2 * i), w.r.randrange(30, 90),
                           w.r.randrange(1, 4), r_cf=5, r_fc=None)
            ev += [cid] + f
    elif variant == "shell_clients_cycle":
        # each member hires the next one through a client account of their own, on their own laptop
        members = [w.account(lang, "freelancer", t0 - timedelta(days=w.r.randrange(30, 200))) for _ in range(4)]
        shells = []
        for m in members:
            s = w.account(lang, "client", t0 - timedelta(days=w.r.randrange(3, 15)), std_ident=False)
            dev = w.device()
            w.ident(m, "device", dev, t0 - timedelta(days=20))
            w.ident(s, "device", dev, t0 - timedelta(days=2))
            w.ident(s, "ip", w.ip(lang), t0 - timedelta(days=2))
            w.ident(s, "payment_instrument", w.card(), t0 - timedelta(days=2))
            shells.append(s)
        for i, s in enumerate(shells):
            cid, f = w.job(s, members[(i + 1) % 4], t0 + timedelta(days=4 * i), w.r.randrange(25, 90),
                           w.r.randrange(1, 4), r_cf=5, r_fc=5)
            ev += [cid] + f
        members = members + shells
    elif variant == "round_robin_monthly":
        members = [w.account(lang, "freelancer", t0 - timedelta(days=w.r.randrange(20, 120))) for _ in range(6)]
        for step in (1, 2, 3):
            for i, m in enumerate(members):
                if step == 3 and i >= 3:
                    continue
                cid, f = w.job(m, members[(i + step) % 6], t0 + timedelta(days=30 * (step - 1) + i),
                               w.r.randrange(30, 120), w.r.randrange(1, 5), r_cf=5, r_fc=w.r.choice([5, 5, 4]))
                ev += [cid] + f
    elif variant == "cancelled_contract_feedback":
        members = [w.account(lang, "freelancer", t0 - timedelta(days=w.r.randrange(20, 120))) for _ in range(5)]
        for i, m in enumerate(members):
            cid = w.contract(m, members[(i + 1) % 5], t0 + timedelta(days=2 * i), w.r.randrange(40, 160),
                             w.r.randrange(1, 3), status="cancelled")
            w.pay(cid, "fixed", w.r.randrange(5, 20))
            ev += [cid, w.rate(cid, m, 5), w.rate(cid, members[(i + 1) % 5], 5)]
    for m in members:
        if w.acc[m]["kind"] == "freelancer":
            honest_jobs_for(w, m, w.r.randrange(0, 5), lang)
    return {"kind": "feedback_ring", "variant": variant, "accounts": members, "evidence": ev, "language": lang}


def coi(w, lang, variant, n):
    t0 = w.when(START + timedelta(days=30), END - timedelta(days=120))
    created = t0 - timedelta(days=w.r.randrange(60, 400))
    last_name = w.r.choice(T.AREAS[lang]["last"])
    oname = w.r.choice(T.ORG_NAMES[lang]) % last_name
    oid = w.org(lang, oname, created)
    dom = T.ascii_slug(oname).replace(".", "-")[:30].strip("-") + "." + T.AREAS[lang]["tld"]

    def staff(first=None, last=None):
        f, l_ = w.person(lang, first, last)
        return w.account(lang, "client", created, f, l_, email=w.email_for(f, l_, dom))

    owner, admin, hm = staff(), staff(), staff()
    w.member(oid, owner, "owner")
    w.member(oid, admin, "admin")
    w.member(oid, hm, "hiring_manager")
    for _ in range(w.r.randrange(3, 9)):
        fl = w.r.choice(w.pool[lang]["fl"])
        w.job(w.r.choice([owner, admin, hm]), fl, w.when(created + timedelta(days=10), END - timedelta(days=30)),
              w.amount(), w.r.randrange(3, 40), org=oid, r_cf=w.rating(), r_fc=w.rating())
    ev = []
    if variant == "freelancer_on_org_email_domain":
        f, l_ = w.person(lang)
        fl = w.account(lang, "freelancer", created + timedelta(days=20), f, l_,
                       email=w.email_for(f, l_ + ".studio", dom))
        for k in range(2):
            cid, fb = w.job(hm, fl, t0 + timedelta(days=35 * k), w.r.randrange(900, 3200), w.r.randrange(10, 30),
                            org=oid, r_cf=5, r_fc=5)
            ev += [cid] + fb
        accs = [hm, fl]
    elif variant == "admin_hires_member_alt_address":
        mem = staff()
        w.member(oid, mem, "member")
        native, latin = w.r.choice(T.ADDRESSES[lang])
        alt = w.account(lang, "freelancer", created + timedelta(days=40), w.acc[mem]["first"], w.acc[mem]["last"])
        w.ident(mem, "address", native, created + timedelta(days=2))
        w.ident(alt, "address", native, created + timedelta(days=41))
        cid, fb = w.job(admin, alt, t0, w.r.randrange(1200, 4500), w.r.randrange(14, 40), org=oid, r_cf=5, r_fc=5,
                        pay_kind="milestone")
        ev += [cid] + fb
        accs = [admin, alt, mem]
    elif variant == "vendor_agency_owned_by_admin":
        voname = w.r.choice(T.AGENCY_NAMES[lang]) % w.acc[admin]["last"]
        vorg = w.org(lang, voname, created + timedelta(days=10))
        f, l_ = w.person(lang)
        ag = w.account(lang, "agency", created + timedelta(days=12), f, l_, name=voname)
        w.member(vorg, admin, "owner")
        w.member(vorg, ag, "admin")
        for k in range(3):
            cid, fb = w.job(hm, ag, t0 + timedelta(days=25 * k), w.r.randrange(700, 2600), w.r.randrange(7, 20),
                            org=oid, r_cf=5, r_fc=5)
            ev += [cid] + fb
        accs = [hm, ag, admin]
    elif variant == "org_then_personal_followup":
        f, l_ = w.person(lang)
        mem = w.account(lang, "freelancer", created + timedelta(days=5), f, l_, email=w.email_for(f, l_, lang=lang))
        w.member(oid, mem, "member")
        cid, fb = w.job(hm, mem, t0, w.r.randrange(150, 300), w.r.randrange(3, 8), org=oid, r_cf=5, r_fc=5)
        ev += [cid] + fb
        cid, fb = w.job(hm, mem, t0 + timedelta(days=w.r.randrange(15, 40)), w.r.randrange(1800, 4200),
                        w.r.randrange(20, 45), r_cf=5, r_fc=5)
        ev += [cid] + fb
        accs = [hm, mem]
    elif variant == "owner_relative_home_ip":
        home = w.ip(lang)
        w.ident(owner, "ip", home, created + timedelta(days=3))
        rel = w.account(lang, "freelancer", created + timedelta(days=w.r.randrange(30, 200)),
                        w.r.choice(T.AREAS[lang]["first"]), w.acc[owner]["last"])
        w.ident(rel, "ip", home, w.acc[rel]["created"] + timedelta(hours=2))
        for k in range(2):
            cid, fb = w.job(admin, rel, t0 + timedelta(days=30 * k), w.r.randrange(800, 2500), w.r.randrange(10, 25),
                            org=oid, r_cf=5, r_fc=5)
            ev += [cid] + fb
        accs = [admin, rel, owner]
    elif variant == "mutual_cross_membership":
        # two small firms: each owner is also a member of the other's firm, and each firm hires the other's owner
        oname2 = w.r.choice(T.ORG_NAMES[lang]) % w.r.choice(T.AREAS[lang]["last"])
        oid2 = w.org(lang, oname2, created + timedelta(days=15))
        f, l_ = w.person(lang)
        owner2 = w.account(lang, "freelancer", created + timedelta(days=14), f, l_)
        w.member(oid2, owner2, "owner")
        w.member(oid2, owner, "member")
        w.member(oid, owner2, "member")
        cid, fb = w.job(owner, owner2, t0, w.r.randrange(900, 3000), w.r.randrange(10, 30), org=oid, r_cf=5, r_fc=5)
        ev += [cid] + fb
        cid, fb = w.job(owner2, owner, t0 + timedelta(days=w.r.randrange(10, 50)), w.r.randrange(900, 3000),
                        w.r.randrange(10, 30), org=oid2, r_cf=5, r_fc=5)
        ev += [cid] + fb
        accs = [owner, owner2]
    return {"kind": "conflict_of_interest", "variant": variant, "accounts": accs, "evidence": ev, "language": lang}


VARIANTS = {
    "self_hire": (self_hire, ["device_mac_cisco_dots", "ipv4_mapped_ipv6", "eth_wallet_checksum_case",
                              "address_script_variants", "imei_dashed_vs_plain", "household_card_bridge"]),
    "feedback_ring": (ring, ["all_agency_cycle", "hourly_weekly_billing", "no_rating_back_cycle",
                             "shell_clients_cycle", "round_robin_monthly", "cancelled_contract_feedback"]),
    "conflict_of_interest": (coi, ["freelancer_on_org_email_domain", "admin_hires_member_alt_address",
                                   "vendor_agency_owned_by_admin", "org_then_personal_followup",
                                   "owner_relative_home_ip", "mutual_cross_membership"]),
}


def structural(w):
    k = 0
    for kind, (fn, variants) in VARIANTS.items():
        for variant in variants:
            for n in range(7):
                lang = LANGS[k % len(LANGS)]
                k += 1
                sc = fn(w, lang, variant, n)
                sc["id"] = "s11-%s-%s-%d" % (kind, variant, n)
                w.schemes.append(sc)


# ==== text schemes and honest threads ===========================================================================
def pick_pair(w, lang):
    cl = w.r.choice(w.pool[lang]["clients"][78:])
    fl = w.r.choice(w.pool[lang]["fl"])
    return cl, fl


def text_schemes(w):
    k = 0
    for lang in LANGS:
        for kind, bank in (("paid_feedback", T.PAID), ("feedback_extortion", T.EXTORT)):
            for theme, entry in bank[lang].items():
                meta = T.THEMES[kind][theme]
                outcome = OUTCOMES[k % 4]
                buried = k % 5 == 2
                k += 1
                cl, fl = pick_pair(w, lang)
                amt = round(w.r.uniform(120, 1500), 0)
                cid = w.contract(cl, fl, w.when(START + timedelta(days=30), END - timedelta(days=60)), amt,
                                 w.r.randrange(5, 30), lang=lang)
                c = w.con[cid]
                w.pay(cid, "fixed", amt)
                init_role = meta["initiator"]
                init = cl if init_role == "client" else fl
                victim = fl if init_role == "client" else cl
                vrole = "freelancer" if init_role == "client" else "client"
                ids, msgs, at = chatter(w, cid, lang, 7 if buried else w.r.randrange(0, 3))
                parts = [p.strip() for p in entry.split(" || ")]
                ev = []
                split_ask = len(parts) > 1 and w.r.random() < 0.5
                for i, p in enumerate(parts):
                    at += timedelta(minutes=w.r.randrange(3, 240))
                    mid = w.msg(cid, init, p, at)
                    ev.append(mid)
                    ids.append(mid)
                    msgs.append({"sender_role": init_role, "body": p})
                    if split_ask and i < len(parts) - 1:
                        q = w.r.choice(T.ASK[lang])
                        at += timedelta(minutes=w.r.randrange(2, 60))
                        ids.append(w.msg(cid, victim, q, at))
                        msgs.append({"sender_role": vrole, "body": q})
                if outcome != "silent":
                    body = w.r.choice(T.REPLIES[lang][outcome])
                    at += timedelta(minutes=w.r.randrange(5, 600))
                    ids.append(w.msg(cid, victim, body, at))
                    msgs.append({"sender_role": vrole, "body": body})
                fb_at = max(at, c["end"]) + timedelta(hours=w.r.randrange(2, 48))
                if outcome == "complied":
                    rating = 5
                elif kind == "feedback_extortion" and outcome in ("refused", "reported"):
                    rating = w.r.choice([1, 2])
                else:
                    rating = w.r.choice([3, 4, 5])
                ev.append(w.rate(cid, cl, rating, fb_at))
                if w.r.random() < 0.8:
                    w.rate(cid, fl, w.r.choice([4, 5]), fb_at + timedelta(hours=3))
                if kind == "feedback_extortion" and outcome == "complied" and meta.get("money"):
                    pid = w.pay(cid, "refund", round(amt * w.r.uniform(0.3, 0.6), 0), fb_at - timedelta(hours=1))
                    ev.append(pid)
                sid = "t11-%s-%s-%s" % (kind, lang, theme)
                w.schemes.append({"id": sid, "kind": kind, "accounts": [init, victim], "evidence": ev,
                                  "language": lang, "theme": theme, "mode": meta["mode"], "initiator": init_role,
                                  "outcome": outcome, "buried": buried, "parts": len(parts)})
                w.threads.append({"id": sid, "kind": kind, "language": lang, "theme": theme, "mode": meta["mode"],
                                  "initiator": init_role, "outcome": outcome, "messages": msgs, "message_ids": ids})


def honest_threads(w):
    for lang in LANGS:
        for typ, tpl in T.HONEST[lang].items():
            for n in range(2):
                cl, fl = pick_pair(w, lang)
                amt = round(w.r.uniform(150, 2000), 0)
                cid = w.contract(cl, fl, w.when(START + timedelta(days=30), END - timedelta(days=60)), amt,
                                 w.r.randrange(5, 30), lang=lang)
                c = w.con[cid]
                w.pay(cid, "fixed", amt)
                ids, msgs, at = chatter(w, cid, lang, w.r.randrange(0, 3))
                ev = []
                for part in tpl.split(" || "):
                    role_key, body = part.strip().split(": ", 1)
                    role = "client" if role_key == "c" else "freelancer"
                    at += timedelta(minutes=w.r.randrange(10, 400))
                    mid = w.msg(cid, cl if role == "client" else fl, body, at)
                    ids.append(mid)
                    ev.append(mid)
                    msgs.append({"sender_role": role, "body": body})
                meta = T.HONEST_META[typ]
                fb_at = max(at, c["end"]) + timedelta(hours=w.r.randrange(2, 48))
                ev.append(w.rate(cid, cl, meta["rating"], fb_at))
                w.rate(cid, fl, 5, fb_at + timedelta(hours=2))
                if meta.get("bonus"):
                    ev.append(w.pay(cid, "bonus", round(w.r.uniform(20, 120), 0), fb_at + timedelta(hours=1)))
                if meta.get("refund"):
                    ev.append(w.pay(cid, "refund", round(amt * 0.3, 0), fb_at - timedelta(hours=3)))
                hid = "h11-%s-%s-%d" % (typ, lang, n)
                w.lookalikes.append({"id": hid, "type": typ, "accounts": [cl, fl], "evidence": ev, "language": lang})
                w.threads.append({"id": hid, "kind": "honest", "language": lang, "type": typ, "messages": msgs,
                                  "message_ids": ids})


def honest_structural(w):
    k = 0

    def nxt():
        nonlocal k
        k += 1
        return LANGS[k % len(LANGS)]

    for n in range(40):  # a family on one tablet and home connection; they never hire each other
        lang = nxt()
        last = w.r.choice(T.AREAS[lang]["last"])
        a = w.account(lang, "client", None, None, last)
        b = w.account(lang, "freelancer", None, None, last)
        dev, home = w.device(), w.ip(lang)
        for x in (a, b):
            w.ident(x, "device", dev, w.acc[x]["created"] + timedelta(days=3))
            w.ident(x, "ip", home, w.acc[x]["created"] + timedelta(days=3))
        honest_jobs_for_client(w, a, w.r.randrange(1, 4), lang)
        honest_jobs_for(w, b, w.r.randrange(1, 4), lang)
        w.lookalikes.append({"id": "h11-household_tablet-%d" % n, "type": "household_tablet", "accounts": [a, b],
                             "evidence": [], "language": lang})
    for n in range(40):  # a coworking space: 6-10 accounts on one address, one 5-star hire between two
        lang = nxt()
        ipv = w.ip(lang)
        accs = w.r.sample(w.pool[lang]["clients"][78:], 3) + w.r.sample(w.pool[lang]["fl"], w.r.randrange(3, 8))
        for x in accs:
            w.ident(x, "ip", ipv, max(w.when(START, END), w.acc[x]["created"] + timedelta(days=1)))
        cid, fb = w.job(accs[0], accs[-1], w.when(START + timedelta(days=30), END - timedelta(days=30)), w.amount(),
                        w.r.randrange(3, 20), r_cf=5, r_fc=5)
        w.lookalikes.append({"id": "h11-hot_desk_ip-%d" % n, "type": "hot_desk_ip", "accounts": [accs[0], accs[-1]],
                             "evidence": [cid] + fb, "language": lang})
    for n in range(40):  # a regular client: 6-12 jobs with one freelancer, all five stars
        lang = nxt()
        cl, fl = pick_pair(w, lang)
        ev = []
        t = w.when(START, START + timedelta(days=300))
        for _ in range(w.r.randrange(6, 13)):
            cid, fb = w.job(cl, fl, t, w.amount(), w.r.randrange(3, 20), r_cf=5, r_fc=5)
            ev += [cid] + fb
            t += timedelta(days=w.r.randrange(20, 60))
        w.lookalikes.append({"id": "h11-regular_client-%d" % n, "type": "regular_client", "accounts": [cl, fl],
                             "evidence": ev, "language": lang})
    for n in range(30):  # two freelancers each hire the other once, months apart, ordinary sizes
        lang = nxt()
        a, b = w.r.sample(w.pool[lang]["fl"], 2)
        t = w.when(START + timedelta(days=30), END - timedelta(days=300))
        c1, f1 = w.job(a, b, t, w.r.randrange(400, 2500), w.r.randrange(7, 30), r_cf=w.r.choice([5, 4, 3]),
                       r_fc=w.r.choice([5, 4]))
        c2, f2 = w.job(b, a, t + timedelta(days=w.r.randrange(120, 250)), w.r.randrange(400, 2500),
                       w.r.randrange(7, 30), r_cf=w.r.choice([5, 4, 3]), r_fc=w.r.choice([5, 4]))
        w.lookalikes.append({"id": "h11-two_freelancers_hire_once_each-%d" % n,
                             "type": "two_freelancers_hire_once_each", "accounts": [a, b],
                             "evidence": [c1, c2] + f1 + f2, "language": lang})
    for n in range(30):  # a couple on one card, each hiring their own freelancers, never each other
        lang = nxt()
        last = w.r.choice(T.AREAS[lang]["last"])
        a = w.account(lang, "client", None, None, last)
        b = w.account(lang, "client", None, None, last)
        card = w.card()
        for x in (a, b):
            w.ident(x, "payment_instrument", card, w.acc[x]["created"] + timedelta(days=10))
        honest_jobs_for_client(w, a, w.r.randrange(1, 4), lang)
        honest_jobs_for_client(w, b, w.r.randrange(1, 4), lang)
        w.lookalikes.append({"id": "h11-couple_shared_card-%d" % n, "type": "couple_shared_card", "accounts": [a, b],
                             "evidence": [], "language": lang})


# ==== validation ===============================================================================================
BAD_CHARS = set(chr(c) for c in range(32)) | {"\x7f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                                              "\u2067", "\u2068", "\u2069"}


def validate(w):
    problems = []
    ids = {}
    for kind, recs in (("account", w.accounts), ("organization", w.orgs), ("contract", w.contracts),
                       ("feedback", w.feedback), ("message", w.messages), ("payment", w.payments)):
        seen = set()
        for r in recs:
            if not isinstance(r["id"], str):
                problems.append("%s id not a string: %r" % (kind, r["id"]))
            if r["id"] in seen:
                problems.append("%s id repeated: %s" % (kind, r["id"]))
            seen.add(r["id"])
        ids[kind] = {r["id"]: r for r in recs}
    emails = [a["email"] for a in w.accounts]
    if len(set(emails)) != len(emails):
        problems.append("emails repeated")
    acc = ids["account"]

    def one_line(v, n, what):
        if not v.strip() or len(v) > n or any(ch in BAD_CHARS for ch in v):
            problems.append("bad %s: %r" % (what, v))

    def t(s):
        return datetime.fromisoformat(s)

    for a in w.accounts:
        one_line(a["name"], 200, "account name")
        if a["kind"] not in ("client", "freelancer", "agency"):
            problems.append("bad kind %s" % a["id"])
    for o in w.orgs:
        one_line(o["name"], 200, "organisation name")
    pairs = set()
    for m in w.members:
        if m["org"] not in ids["organization"] or m["account"] not in acc:
            problems.append("membership refers to nothing: %r" % m)
        if (m["org"], m["account"]) in pairs:
            problems.append("membership repeated: %r" % m)
        pairs.add((m["org"], m["account"]))
        if m["role"] not in ("owner", "admin", "hiring_manager", "member"):
            problems.append("bad role %r" % m)
    for c in w.contracts:
        one_line(c["title"], 300, "title")
        if c["client"] not in acc or c["freelancer"] not in acc:
            problems.append("contract party unknown %s" % c["id"])
            continue
        if c["client"] == c["freelancer"]:
            problems.append("contract with itself %s" % c["id"])
        if c.get("client_org") and c["client_org"] not in ids["organization"]:
            problems.append("contract org unknown %s" % c["id"])
        if c.get("ended_at") and t(c["ended_at"]) < t(c["started_at"]):
            problems.append("contract ends before it starts %s" % c["id"])
        for p in ("client", "freelancer"):
            if t(acc[c[p]]["created_at"]) > t(c["started_at"]):
                problems.append("contract %s starts before its %s exists" % (c["id"], p))
    con = ids["contract"]
    for f in w.feedback:
        c = con.get(f["contract"])
        if not c:
            problems.append("feedback contract unknown %s" % f["id"])
            continue
        if {f["author"], f["recipient"]} != {c["client"], c["freelancer"]}:
            problems.append("feedback parties %s" % f["id"])
        if not (isinstance(f["rating"], int) and 1 <= f["rating"] <= 5):
            problems.append("rating %s" % f["id"])
        if t(f["created_at"]) < t(c["started_at"]):
            problems.append("feedback before contract %s" % f["id"])
    for m in w.messages:
        c = con.get(m["contract"])
        if not c:
            problems.append("message contract unknown %s" % m["id"])
            continue
        if {m["sender"], m["recipient"]} != {c["client"], c["freelancer"]}:
            problems.append("message parties %s" % m["id"])
        if not m["body"].strip():
            problems.append("empty message %s" % m["id"])
        if t(m["sent_at"]) < t(c["started_at"]):
            problems.append("message before contract %s" % m["id"])
    for p in w.payments:
        c = con.get(p["contract"])
        if not c:
            problems.append("payment contract unknown %s" % p["id"])
            continue
        want = (c["freelancer"], c["client"]) if p["kind"] == "refund" else (c["client"], c["freelancer"])
        if (p["payer"], p["payee"]) != want:
            problems.append("payment direction %s" % p["id"])
        if p["kind"] not in ("fixed", "hourly", "milestone", "bonus", "refund"):
            problems.append("payment kind %s" % p["id"])
        if t(p["created_at"]) < t(c["started_at"]):
            problems.append("payment before contract %s" % p["id"])
    for i in w.idents:
        if i["account"] not in acc:
            problems.append("identity account unknown %s" % i["account"])
        elif t(i["seen_at"]) < t(acc[i["account"]]["created_at"]):
            problems.append("identity seen before account exists %s" % i["account"])
        if not str(i["value"]).strip():
            problems.append("empty identity value")
    every = set()
    for v in ids.values():
        every |= set(v)
    for item in w.schemes + w.lookalikes:
        for a in item["accounts"]:
            if a not in acc:
                problems.append("truth account unknown %s in %s" % (a, item["id"]))
        if len(set(item["accounts"])) != len(item["accounts"]):
            problems.append("truth accounts repeated in %s" % item["id"])
        for e in item["evidence"]:
            if e not in every:
                problems.append("truth evidence unknown %s in %s" % (e, item["id"]))
    for th in w.threads:
        for m in th["message_ids"]:
            if m not in ids["message"]:
                problems.append("thread message unknown %s in %s" % (m, th["id"]))
        if len(th["message_ids"]) != len(th["messages"]):
            problems.append("thread messages and ids differ in %s" % th["id"])
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=11011)
    ap.add_argument("--out", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--truth", default=os.path.join(here, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(here, "threads.jsonl"))
    ap.add_argument("--inject-fault", choices=["reversed_payment", "unknown_evidence"], help=argparse.SUPPRESS)
    a = ap.parse_args()
    w = World(a.seed)
    background(w)
    structural(w)
    text_schemes(w)
    honest_threads(w)
    honest_structural(w)
    if a.inject_fault == "reversed_payment":
        p = w.payments[0]
        p["payer"], p["payee"] = p["payee"], p["payer"]
    elif a.inject_fault == "unknown_evidence":
        w.schemes[0]["evidence"].append("f0")
    problems = validate(w)
    if problems:
        for p in problems[:50]:
            print("problem:", p, file=sys.stderr)
        print("%d problems; nothing written" % len(problems), file=sys.stderr)
        sys.exit(1)
    os.makedirs(a.out, exist_ok=True)
    groups = [w.accounts, w.orgs, w.members, w.contracts, w.feedback, w.messages, w.payments, w.idents]
    n = 0
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for g in groups:
            g = list(g)
            w.r.shuffle(g)
            for rec in g:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    truth = {"round": 11, "seed": a.seed, "schemes": w.schemes, "lookalikes": w.lookalikes}
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(a.threads, "w", encoding="utf-8") as fh:
        for th in w.threads:
            fh.write(json.dumps(th, ensure_ascii=False) + "\n")
    print("%d lines: %d accounts, %d organisations, %d memberships, %d contracts, %d feedback, %d messages, "
          "%d payments, %d identity sightings; %d schemes, %d look-alikes, %d threads"
          % (n, len(w.accounts), len(w.orgs), len(w.members), len(w.contracts), len(w.feedback), len(w.messages),
             len(w.payments), len(w.idents), len(w.schemes), len(w.lookalikes), len(w.threads)))


if __name__ == "__main__":
    main()
