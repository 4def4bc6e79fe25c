#!/usr/bin/env python3
"""Round 9 sealed red-team marketplace (stdlib only). Deterministic by --seed.

usage: generate.py [--seed 9909] [--out DIR] [--truth PATH] [--threads PATH]
Validates everything before writing; exits 1 writing nothing when a check fails.
"""

# ruff: noqa: UP031  (percent formatting kept on purpose: ids and values are built like the source system writes them)
import argparse
import json
import os
import random
import sys
from datetime import UTC, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts  # noqa: E402

LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat", "da", "cs"]
COUNTRY = {
    "en": "GB",
    "es": "ES",
    "pt": "BR",
    "fr": "FR",
    "de": "DE",
    "ru": "RU",
    "it": "IT",
    "pl": "PL",
    "nl": "NL",
    "tr": "TR",
    "en_chat": "US",
    "da": "DK",
    "cs": "CZ",
}
FIRST = {
    "en": ["Oliver", "Harriet", "Callum", "Imogen"],
    "es": ["Lucía", "Álvaro", "Nerea", "Iker"],
    "pt": ["Thiago", "Lívia", "Caio", "Beatriz"],
    "fr": ["Margaux", "Théo", "Inès", "Bastien"],
    "de": ["Jonas", "Frieda", "Malte", "Greta"],
    "ru": ["Артём", "Полина", "Глеб", "Вера"],
    "it": ["Matteo", "Chiara", "Tommaso", "Giulia"],
    "pl": ["Kacper", "Zuzanna", "Bartosz", "Julia"],
    "nl": ["Daan", "Sanne", "Thijs", "Fleur"],
    "tr": ["Emre", "Zeynep", "Burak", "Elif"],
    "en_chat": ["Tyler", "Kayla", "Jaden", "Brooke"],
    "da": ["Magnus", "Freja", "Rasmus", "Ida"],
    "cs": ["Jakub", "Tereza", "Vojtěch", "Klára"],
}
LAST = {
    "en": ["Hughes", "Pembroke", "Ashby"],
    "es": ["Iglesias", "Ortega", "Castaño"],
    "pt": ["Moraes", "Teixeira", "Queiroz"],
    "fr": ["Lemaire", "Garnier", "Aubert"],
    "de": ["Brandt", "Kessler", "Vogt"],
    "ru": ["Соколов", "Лебедева", "Орлов"],
    "it": ["Ferri", "Galli", "Conti"],
    "pl": ["Wróbel", "Kaczmarek", "Zając"],
    "nl": ["de Vries", "Bakker", "Visser"],
    "tr": ["Yılmaz", "Demir", "Aksoy"],
    "en_chat": ["Brooks", "Reyes", "Carter"],
    "da": ["Nielsen", "Kjær", "Lund"],
    "cs": ["Novák", "Dvořáková", "Procházka"],
}
T0 = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pools = {}
        self.lines = {
            t: []
            for t in ("account", "organization", "membership", "contract", "feedback", "message", "payment", "identity")
        }
        self.acc = {}
        self.con = {}
        self.ids = set()
        self.schemes, self.looks, self.threads = [], [], []
        self.by_lang = {lang: {"client": [], "freelancer": []} for lang in LANGS}
        self.n_email = 0

    def nid(self, prefix):
        pool = self.pools.get(prefix)
        if not pool:
            pool = list(range(100000, 999999, 7))
            self.r.shuffle(pool)
            self.pools[prefix] = pool
        return "%s%d" % (prefix, pool.pop())

    def ts(self, day, hours=0):
        return (T0 + timedelta(days=day, hours=hours)).isoformat()

    def account(self, kind, lang, last=None, day=None):
        i = self.nid("u")
        self.n_email += 1
        name = f"{self.r.choice(FIRST[lang])} {last or self.r.choice(LAST[lang])}"
        day = self.r.randint(0, 200) if day is None else day
        self.lines["account"].append(
            {
                "type": "account",
                "id": i,
                "email": "m%d.%s@example.net" % (self.n_email, i),
                "kind": kind,
                "name": name,
                "country": COUNTRY[lang],
                "created_at": self.ts(day),
            }
        )
        self.acc[i] = {"kind": kind, "lang": lang, "day": day}
        return i

    def ident(self, acc, kind, value, day=None):
        d = {"type": "identity", "account": acc, "kind": kind, "value": value}
        if day is not None:
            d["seen_at"] = self.ts(day)
        self.lines["identity"].append(d)

    def contract(self, client, fl, day, amount, org=None, days=None, title="Project work", status="ended"):
        i = self.nid("c")
        days = days if days is not None else self.r.randint(2, 30)
        d = {
            "type": "contract",
            "id": i,
            "client": client,
            "freelancer": fl,
            "title": title,
            "amount": "%d.00" % amount,
            "started_at": self.ts(day),
            "status": status,
        }
        if status == "ended":
            d["ended_at"] = self.ts(day + days)
        if org:
            d["client_org"] = org
        self.lines["contract"].append(d)
        self.con[i] = {"client": client, "fl": fl, "day": day, "end": day + days}
        return i

    def pay(self, c, kind, amount, hours=1):
        k = self.con[c]
        payer, payee = (k["fl"], k["client"]) if kind == "refund" else (k["client"], k["fl"])
        i = self.nid("p")
        self.lines["payment"].append(
            {
                "type": "payment",
                "id": i,
                "contract": c,
                "payer": payer,
                "payee": payee,
                "kind": kind,
                "amount": "%d.00" % amount,
                "created_at": self.ts(k["end"], hours),
            }
        )
        return i

    def fb(self, c, by_client, rating, hours=5, comment="Good work."):
        k = self.con[c]
        a, b = (k["client"], k["fl"]) if by_client else (k["fl"], k["client"])
        i = self.nid("f")
        self.lines["feedback"].append(
            {
                "type": "feedback",
                "id": i,
                "contract": c,
                "author": a,
                "recipient": b,
                "rating": rating,
                "comment": comment,
                "created_at": self.ts(k["end"], hours),
            }
        )
        return i

    def msg(self, c, from_client, body, hours):
        k = self.con[c]
        a, b = (k["client"], k["fl"]) if from_client else (k["fl"], k["client"])
        i = self.nid("m")
        self.lines["message"].append(
            {
                "type": "message",
                "id": i,
                "sender": a,
                "recipient": b,
                "contract": c,
                "body": body,
                "sent_at": self.ts(k["day"], hours),
            }
        )
        return i

    def job(self, client, fl, day, org=None, r1=None, r2=None, amount=None):
        c = self.contract(client, fl, day, amount or self.r.randint(80, 2400), org=org)
        self.pay(c, "fixed", int(self.lines["contract"][-1]["amount"].split(".")[0]))
        f1 = self.fb(c, True, r1 or self.r.choice([5, 5, 5, 4, 4, 3]))
        f2 = self.fb(c, False, r2 or self.r.choice([5, 5, 4]), hours=9)
        return c, f1, f2

    # ---------------- background ----------------
    def background(self):
        r = self.r
        for lang in LANGS:
            for _ in range(340):
                self.by_lang[lang]["client"].append(self.account("client", lang))
            for _ in range(380):
                self.by_lang[lang]["freelancer"].append(self.account("freelancer", lang))
            for _ in range(15):
                self.by_lang[lang]["freelancer"].append(self.account("agency", lang))
        allc = [a for lang in LANGS for a in self.by_lang[lang]["client"]]
        allf = [a for lang in LANGS for a in self.by_lang[lang]["freelancer"]]
        # organisations with staff hiring outsiders
        self.orgs = []
        for n in range(260):
            o = self.nid("o")
            self.lines["organization"].append(
                {"type": "organization", "id": o, "name": "Studio %d" % n, "created_at": self.ts(r.randint(0, 100))}
            )
            staff = r.sample(allc, 3)
            for a, role in zip(staff, ("owner", "admin", "hiring_manager"), strict=True):
                self.lines["membership"].append({"type": "membership", "org": o, "account": a, "role": role})
            self.orgs.append((o, staff))
        for _ in range(17000):
            day = r.randint(210, 700)
            cl, fl = r.choice(allc), r.choice(allf)
            if r.random() < 0.35:
                o, staff = r.choice(self.orgs)
                cl = r.choice(staff)
                c, _, _ = self.job(cl, fl, day, org=o)
            else:
                c, _, _ = self.job(cl, fl, day)
            x = r.random()
            if x < 0.08:
                self.pay(c, "bonus", r.randint(20, 300), hours=12)
            elif x < 0.12:
                self.pay(c, "refund", r.randint(20, 150), hours=12)
            if r.random() < 0.2:
                lang = self.acc[cl]["lang"]
                for h, body in enumerate(r.sample(texts.CHATTER[lang], 2)):
                    self.msg(c, h == 0, body, 2 + h * 5)
        # shared coworking / carrier NAT IPs and family devices (unrelated accounts)
        everyone = allc + allf
        for n in range(120):
            for a in r.sample(everyone, r.randint(8, 40)):
                self.ident(a, "ip", "100.64.%d.%d" % (n // 200, n % 200 + 1))
        for n in range(250):
            for a in r.sample(everyone, 2):
                self.ident(a, "device", "bgdev-%05d" % n)
        for a in everyone:
            self.ident(
                a,
                "payment_instrument" if self.acc[a]["kind"] == "client" else "bank_account",
                "PI-{}-{}".format(self.acc[a]["lang"], a),
            )

    def pick(self, lang, kind, k=1):
        return self.r.sample(self.by_lang[lang][kind], k)

    # ---------------- structural schemes ----------------
    def structural(self):
        r = self.r
        sh = [
            "bank_dotted_vs_plain",
            "vat_with_and_without_prefix",
            "address_words_reordered",
            "agency_front_shared_phone",
            "device_seen_on_weekend_only",
            "card_shared_months_before",
        ]
        for vi, v in enumerate(sh):
            for j in range(7):
                lang = LANGS[(vi * 7 + j) % len(LANGS)]
                last = r.choice(LAST[lang])
                cl = self.account("client", lang, last=last)
                fl = self.account("agency" if v == "agency_front_shared_phone" else "freelancer", lang, last=last)
                if v == "bank_dotted_vs_plain":
                    n = "%d" % r.randint(10**9, 10**10)
                    self.ident(cl, "bank_account", f"{n[:3]}.{n[3:6]}.{n[6:]}")
                    self.ident(fl, "bank_account", n)
                elif v == "vat_with_and_without_prefix":
                    n = "%d" % r.randint(10**8, 10**9)
                    self.ident(cl, "tax_id", COUNTRY[lang] + n)
                    self.ident(fl, "tax_id", n)
                elif v == "address_words_reordered":
                    self.ident(cl, "address", "Hill Street %d, Flat %d" % (j + 3, j + 1))
                    self.ident(fl, "address", "flat %d, %d hill st" % (j + 1, j + 3))
                elif v == "agency_front_shared_phone":
                    p = "%d" % r.randint(10**8, 10**9)
                    self.ident(cl, "phone", "+45 " + p)
                    self.ident(fl, "phone", "(+45) " + p[:3] + "-" + p[3:])
                elif v == "device_seen_on_weekend_only":
                    d = "dev-wk-%d-%d" % (vi, j)
                    self.ident(cl, "device", d, day=300 + j)
                    self.ident(fl, "device", d, day=301 + j)
                else:
                    card = "4%015d" % r.randint(0, 10**14)
                    self.ident(cl, "payment_instrument", card, day=150)
                    self.ident(
                        fl, "payment_instrument", card[:4] + " " + card[4:8] + " " + card[8:12] + " " + card[12:]
                    )
                ev = []
                for k in range(r.randint(1, 4)):
                    c, f1, f2 = self.job(cl, fl, 400 + 20 * k + j, r1=5, r2=r.choice([5, 4]), amount=r.randint(15, 120))
                    ev += [c, f1, f2]
                if j % 2:
                    for cc in self.pick(lang, "client", r.randint(1, 5)):
                        self.job(cc, fl, r.randint(300, 650))
                self.schemes.append(
                    {
                        "id": "S-sh-%d-%d" % (vi, j),
                        "kind": "self_hire",
                        "accounts": [cl, fl],
                        "evidence": ev,
                        "language": lang,
                        "variant": v,
                    }
                )
        rings = [
            "hub_and_spokes",
            "triangle_thrice",
            "six_in_one_week",
            "two_triangles_bridge",
            "micro_jobs_many",
            "ring_with_agency_member",
        ]
        for vi, v in enumerate(rings):
            for j in range(7):
                lang = LANGS[(vi * 7 + j + 3) % len(LANGS)]
                n = {
                    "hub_and_spokes": 5,
                    "triangle_thrice": 3,
                    "six_in_one_week": 6,
                    "two_triangles_bridge": 5,
                    "micro_jobs_many": 4,
                    "ring_with_agency_member": 4,
                }[v]
                mem = [
                    self.account(
                        "freelancer" if not (v == "ring_with_agency_member" and k == 0) else "agency",
                        lang,
                        day=150 + r.randint(0, 30),
                    )
                    for k in range(n)
                ]
                base = 420 + j * 3
                pairs = []
                if v == "hub_and_spokes":
                    for s in mem[1:]:
                        pairs += [(mem[0], s), (s, mem[0])]
                elif v == "triangle_thrice":
                    pairs = [(mem[k], mem[(k + 1) % 3]) for k in range(3)] * 3
                elif v == "two_triangles_bridge":
                    pairs = [
                        (mem[0], mem[1]),
                        (mem[1], mem[2]),
                        (mem[2], mem[0]),
                        (mem[2], mem[3]),
                        (mem[3], mem[4]),
                        (mem[4], mem[2]),
                    ]
                elif v == "micro_jobs_many":
                    pairs = [(mem[k], mem[(k + 1) % n]) for k in range(n)] * 2
                    pairs += [(b, a) for a, b in pairs[:n]]
                else:
                    pairs = [(mem[k], mem[(k + 1) % n]) for k in range(n)]
                    pairs += [(b, a) for a, b in pairs]
                ev = []
                for k, (a, b) in enumerate(pairs):
                    day = base + (k % 7 if v == "six_in_one_week" else k * r.randint(2, 9))
                    amt = r.randint(5, 25) if v == "micro_jobs_many" else r.randint(20, 160)
                    c, f1, f2 = self.job(a, b, day, r1=5, r2=5 if r.random() < 0.8 else 4, amount=amt)
                    ev += [c, f1, f2]
                for m in mem:
                    for cc in self.pick(lang, "client", r.randint(0, 4)):
                        self.job(cc, m, r.randint(250, 680))
                self.schemes.append(
                    {
                        "id": "S-ring-%d-%d" % (vi, j),
                        "kind": "feedback_ring",
                        "accounts": mem,
                        "evidence": ev,
                        "language": lang,
                        "variant": v,
                    }
                )
        coi = [
            "owner_hires_member_org",
            "admin_hires_owner_no_org",
            "hm_hires_admin_three_milestones",
            "owner_alt_via_shared_bank",
            "hm_hires_member_then_refund",
            "admin_long_hourly",
        ]
        for vi, v in enumerate(coi):
            for j in range(7):
                lang = LANGS[(vi * 7 + j + 6) % len(LANGS)]
                o = self.nid("o")
                self.lines["organization"].append(
                    {"type": "organization", "id": o, "name": "Firma %s %d" % (v, j), "created_at": self.ts(100)}
                )
                owner, admin, hm = (self.account("client", lang) for _ in range(3))
                member = self.account("freelancer", lang)
                for a, role in ((owner, "owner"), (admin, "admin"), (hm, "hiring_manager"), (member, "member")):
                    self.lines["membership"].append({"type": "membership", "org": o, "account": a, "role": role})
                for fx in self.pick(lang, "freelancer", r.randint(3, 8)):
                    self.job(r.choice([owner, admin, hm]), fx, r.randint(250, 650), org=o)
                ev = []
                if v == "owner_hires_member_org":
                    c, f1, f2 = self.job(owner, member, 470 + j, org=o, r1=5, r2=5)
                    acc = [owner, member]
                elif v == "admin_hires_owner_no_org":
                    ofl = self.account("freelancer", lang)
                    self.lines["membership"].append({"type": "membership", "org": o, "account": ofl, "role": "owner"})
                    c, f1, f2 = self.job(admin, ofl, 470 + j, r1=5, r2=5)
                    acc = [admin, ofl]
                elif v == "hm_hires_admin_three_milestones":
                    afl = self.account("freelancer", lang)
                    self.lines["membership"].append({"type": "membership", "org": o, "account": afl, "role": "admin"})
                    c = self.contract(hm, afl, 470 + j, 3000, org=o)
                    for _ in range(3):
                        self.pay(c, "milestone", 1000)
                    f1, f2 = self.fb(c, True, 5), self.fb(c, False, 5)
                    acc = [hm, afl]
                elif v == "owner_alt_via_shared_bank":
                    alt = self.account("freelancer", lang)
                    b = "DK%d" % r.randint(10**12, 10**13)
                    self.ident(owner, "bank_account", b)
                    self.ident(alt, "bank_account", b.lower())
                    c, f1, f2 = self.job(admin, alt, 470 + j, org=o, r1=5, r2=5)
                    acc = [admin, alt, owner]
                elif v == "hm_hires_member_then_refund":
                    c, f1, f2 = self.job(hm, member, 470 + j, org=o, r1=5, r2=5, amount=900)
                    self.pay(c, "refund", 700, hours=30)
                    acc = [hm, member]
                else:
                    afl = self.account("freelancer", lang)
                    self.lines["membership"].append({"type": "membership", "org": o, "account": afl, "role": "admin"})
                    c = self.contract(owner, afl, 450 + j, 6000, org=o, days=120)
                    for _ in range(6):
                        self.pay(c, "hourly", 1000)
                    f1, f2 = self.fb(c, True, 5), self.fb(c, False, 5)
                    acc = [owner, afl]
                ev = [c, f1, f2]
                self.schemes.append(
                    {
                        "id": "S-coi-%d-%d" % (vi, j),
                        "kind": "conflict_of_interest",
                        "accounts": acc,
                        "evidence": ev,
                        "language": lang,
                        "variant": v,
                    }
                )

    # ---------------- text schemes and honest threads ----------------
    def thread(self, lang, parts, initiator_client, day, chatter, other_reply=None):
        cl, fl = self.pick(lang, "client")[0], self.pick(lang, "freelancer")[0]
        c = self.contract(cl, fl, day, self.r.randint(150, 1500))
        self.pay(c, "fixed", 300)
        h, msgs, mids, ini = 1, [], [], []
        for k in range(chatter):
            body = self.r.choice(texts.CHATTER[lang])
            mids.append(self.msg(c, k % 2 == 0, body, h))
            msgs.append({"sender_role": "client" if k % 2 == 0 else "freelancer", "body": body})
            h += 3
        for k, p in enumerate(parts):
            m = self.msg(c, initiator_client, p, h)
            mids.append(m)
            ini.append(m)
            msgs.append({"sender_role": "client" if initiator_client else "freelancer", "body": p})
            h += 2
            if k < len(parts) - 1:
                q = "?"
                mids.append(self.msg(c, not initiator_client, q, h))
                msgs.append({"sender_role": "freelancer" if initiator_client else "client", "body": q})
                h += 2
        if other_reply:
            mids.append(self.msg(c, not initiator_client, other_reply, h))
            msgs.append({"sender_role": "freelancer" if initiator_client else "client", "body": other_reply})
        return c, cl, fl, msgs, mids, ini

    def text_schemes(self):
        r = self.r
        outcomes = ["complied", "refused", "reported", "silent"]
        n = 0
        for lang in LANGS:
            for kind, table, themes in (
                ("paid_feedback", texts.PAID, texts.PAID_THEMES),
                ("feedback_extortion", texts.EXTORT, texts.EXTORT_THEMES),
            ):
                for t, (theme, body) in enumerate(zip(themes, table[lang], strict=True)):
                    n += 1
                    outcome = outcomes[n % 4]
                    client_init = (t == 4) if kind == "paid_feedback" else (t != 2)
                    chatter = r.choice([0, 1, 2, 7])
                    parts = body.split("||")
                    c, cl, fl, msgs, mids, ini = self.thread(
                        lang, parts, client_init, r.randint(450, 690), chatter, texts.REPLIES[outcome]
                    )
                    target_by_client = True  # every theme is about the client's rating
                    rating = (
                        5
                        if outcome == "complied"
                        else (
                            r.choice([1, 2])
                            if kind == "feedback_extortion" and outcome != "silent"
                            else r.choice([3, 4, 5])
                        )
                    )
                    f = self.fb(c, target_by_client, rating, hours=20)
                    self.fb(c, not target_by_client, r.choice([4, 5]), hours=22)
                    ev = ini + [f]
                    if outcome == "complied" and theme in (
                        "cash_back",
                        "fee_split",
                        "refund_or_bad",
                        "chargeback",
                        "rater_asks",
                    ):
                        ev.append(self.pay(c, "refund", r.randint(30, 200), hours=18))
                    sid = "T-%s-%s-%d" % (kind[:4], lang, t)
                    self.schemes.append(
                        {
                            "id": sid,
                            "kind": kind,
                            "accounts": [cl, fl],
                            "evidence": ev,
                            "language": lang,
                            "theme": theme,
                            "mode": "veiled" if "veiled" in theme else "explicit",
                            "initiator": "client" if client_init else "freelancer",
                            "outcome": outcome,
                            "buried": chatter >= 7,
                            "parts": len(parts),
                        }
                    )
                    self.threads.append(
                        {
                            "id": sid,
                            "kind": kind,
                            "language": lang,
                            "theme": theme,
                            "messages": msgs,
                            "message_ids": mids,
                        }
                    )
            for ht, body in zip(texts.HONEST_TYPES, texts.HONEST[lang], strict=True):
                for rep in range(2):
                    client_side = (
                        ht
                        in ("quoted_threat_report", "angry_dispute_no_trade", "tip_after_review", "honest_either_way")
                        if rep == 0
                        else ht != "polite_review_request"
                    )
                    c, cl, fl, msgs, mids, ini = self.thread(
                        lang, [body], client_side, r.randint(450, 690), r.choice([0, 2, 3])
                    )
                    rating = 2 if ht == "angry_dispute_no_trade" else 5
                    f = self.fb(c, True, rating, hours=20)
                    self.fb(c, False, r.choice([4, 5]), hours=22)
                    ev = ini + [f]
                    if ht == "tip_after_review":
                        ev.append(self.pay(c, "bonus", r.randint(20, 120), hours=26))
                    lid = "H-%s-%s-%d" % (lang, ht, rep)
                    self.looks.append(
                        {"id": lid, "type": "text_" + ht, "accounts": [cl, fl], "evidence": ev, "language": lang}
                    )
                    self.threads.append(
                        {
                            "id": lid,
                            "kind": "honest",
                            "language": lang,
                            "type": ht,
                            "messages": msgs,
                            "message_ids": mids,
                        }
                    )

    def honest_structural(self):
        r = self.r
        for n in range(40):  # coworking office: one IP, 6-10 accounts, a few one-way hires among them
            lang = LANGS[n % len(LANGS)]
            mem = [self.account(r.choice(["client", "freelancer"]), lang) for _ in range(r.randint(6, 10))]
            for a in mem:
                self.ident(a, "ip", "198.51.%d.10" % n)
            cl = [a for a in mem if self.acc[a]["kind"] == "client"]
            fr = [a for a in mem if self.acc[a]["kind"] == "freelancer"]
            ev = []
            if cl and fr:
                c, f1, f2 = self.job(cl[0], fr[0], r.randint(300, 600))
                ev = [c, f1, f2]
            self.looks.append(
                {"id": "L-office-%d" % n, "type": "shared_office", "accounts": mem, "evidence": ev, "language": lang}
            )
        for n in range(40):  # family: shared device and address, one hires the other once, honest 4 stars
            lang = LANGS[n % len(LANGS)]
            last = r.choice(LAST[lang])
            a, b = self.account("client", lang, last=last), self.account("freelancer", lang, last=last)
            for x in (a, b):
                self.ident(x, "device", "family-tablet-%d" % n)
                self.ident(x, "ip", "203.0.%d.%d" % (n // 250, n % 250 + 1))
            ev = []
            for cc in self.pick(lang, "client", 4):
                self.job(cc, b, r.randint(250, 650))
            self.looks.append(
                {
                    "id": "L-family-%d" % n,
                    "type": "family_shared_device",
                    "accounts": [a, b],
                    "evidence": ev,
                    "language": lang,
                }
            )
        for n in range(30):  # bootcamp cohort: made the same week, hired by outsiders, one honest pair hire
            lang = LANGS[n % len(LANGS)]
            mem = [self.account("freelancer", lang, day=120 + r.randint(0, 5)) for _ in range(5)]
            for m in mem:
                for cc in self.pick(lang, "client", r.randint(2, 5)):
                    self.job(cc, m, r.randint(250, 680))
            c, f1, f2 = self.job(mem[0], mem[1], 500, r1=4, r2=5)
            self.looks.append(
                {
                    "id": "L-cohort-%d" % n,
                    "type": "bootcamp_cohort",
                    "accounts": mem,
                    "evidence": [c, f1, f2],
                    "language": lang,
                }
            )
        for n in range(30):  # a hiring manager of one org hires the owner of another org
            lang = LANGS[n % len(LANGS)]
            (o1, s1), (o2, s2) = r.sample(self.orgs, 2)
            fl = self.account("freelancer", lang)
            self.lines["membership"].append({"type": "membership", "org": o2, "account": fl, "role": "owner"})
            c, f1, f2 = self.job(s1[2], fl, r.randint(300, 650), org=o1, r1=5, r2=5)
            self.looks.append(
                {
                    "id": "L-otherorg-%d" % n,
                    "type": "manager_hires_other_org_owner",
                    "accounts": [s1[2], fl],
                    "evidence": [c, f1, f2],
                    "language": lang,
                }
            )
        for n in range(40):  # long-term repeat client
            lang = LANGS[n % len(LANGS)]
            cl, fl = self.pick(lang, "client")[0], self.pick(lang, "freelancer")[0]
            ev = []
            for k in range(r.randint(6, 12)):
                c, f1, f2 = self.job(cl, fl, 250 + k * 35, r1=5, r2=5)
                ev += [c, f1]
            self.looks.append(
                {
                    "id": "L-repeat-%d" % n,
                    "type": "long_term_repeat_client",
                    "accounts": [cl, fl],
                    "evidence": ev,
                    "language": lang,
                }
            )
        for n in range(30):  # two-way honest hiring months apart, ordinary amounts, mixed ratings
            lang = LANGS[n % len(LANGS)]
            a, b = self.account("freelancer", lang), self.account("freelancer", lang)
            for m in (a, b):
                for cc in self.pick(lang, "client", r.randint(3, 6)):
                    self.job(cc, m, r.randint(250, 680))
            c1, f1, _ = self.job(a, b, 300, r1=4, r2=5, amount=r.randint(600, 2500))
            c2, f2, _ = self.job(
                b, a, 300 + r.randint(120, 250), r1=r.choice([3, 4, 5]), r2=4, amount=r.randint(600, 2500)
            )
            self.looks.append(
                {
                    "id": "L-twoway-%d" % n,
                    "type": "two_way_honest_hiring",
                    "accounts": [a, b],
                    "evidence": [c1, c2, f1, f2],
                    "language": lang,
                }
            )

    # ---------------- validation and output ----------------
    def validate(self):
        errs = []
        seen = set()
        for t, rows in self.lines.items():
            for d in rows:
                if "id" in d:
                    key = (t, d["id"])
                    if key in seen:
                        errs.append(f"dup id {key}")
                    seen.add(key)
                    self.ids.add(d["id"])
        emails = [d["email"] for d in self.lines["account"]]
        if len(set(emails)) != len(emails):
            errs.append("duplicate emails")
        orgs = {d["id"] for d in self.lines["organization"]}
        mem = set()
        for d in self.lines["membership"]:
            if d["org"] not in orgs or d["account"] not in self.acc:
                errs.append(f"membership ref {d}")
            if (d["org"], d["account"]) in mem:
                errs.append(f"dup membership {d}")
            mem.add((d["org"], d["account"]))
        for d in self.lines["contract"]:
            if d["client"] not in self.acc or d["freelancer"] not in self.acc or d["client"] == d["freelancer"]:
                errs.append("contract parties {}".format(d["id"]))
            if d.get("client_org") and d["client_org"] not in orgs:
                errs.append("contract org {}".format(d["id"]))
            if d.get("ended_at", d["started_at"]) < d["started_at"]:
                errs.append("contract end {}".format(d["id"]))
        cmap = {d["id"]: d for d in self.lines["contract"]}
        for d in self.lines["feedback"]:
            c = cmap.get(d["contract"])
            if (
                not c
                or {d["author"], d["recipient"]} != {c["client"], c["freelancer"]}
                or not 1 <= d["rating"] <= 5
                or d["created_at"] < c["started_at"]
            ):
                errs.append("feedback {}".format(d["id"]))
        for d in self.lines["message"]:
            c = cmap.get(d["contract"])
            if (
                not c
                or {d["sender"], d["recipient"]} != {c["client"], c["freelancer"]}
                or d["sent_at"] < c["started_at"]
            ):
                errs.append("message {}".format(d["id"]))
        for d in self.lines["payment"]:
            c = cmap.get(d["contract"])
            want = (c["freelancer"], c["client"]) if d["kind"] == "refund" else (c["client"], c["freelancer"])
            if not c or (d["payer"], d["payee"]) != want or d["created_at"] < c["started_at"]:
                errs.append("payment {}".format(d["id"]))
        for d in self.lines["identity"]:
            if d["account"] not in self.acc:
                errs.append("identity ref")
        for item in self.schemes + self.looks:
            for a in item["accounts"]:
                if a not in self.acc:
                    errs.append("truth account {} {}".format(item["id"], a))
            for e in item["evidence"]:
                if e not in self.ids:
                    errs.append("truth evidence {} {}".format(item["id"], e))
        return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9909)
    ap.add_argument("--out", default=".")
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    g = Gen(a.seed)
    g.background()
    g.structural()
    g.text_schemes()
    g.honest_structural()
    errs = g.validate()
    if errs:
        for e in errs[:20]:
            print(e, file=sys.stderr)
        print("%d validation errors; nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for t in ("account", "organization", "membership", "contract", "payment", "feedback", "message", "identity"):
            rows = g.lines[t]
            g.r.shuffle(rows)
            for d in rows:
                fh.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(
            {"round": 9, "seed": a.seed, "schemes": g.schemes, "lookalikes": g.looks}, fh, ensure_ascii=False, indent=1
        )
    with open(a.threads, "w", encoding="utf-8") as fh:
        for t in g.threads:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    counts = {t: len(v) for t, v in g.lines.items()}
    print("wrote", counts, "schemes", len(g.schemes), "lookalikes", len(g.looks), file=sys.stderr)


if __name__ == "__main__":
    main()
