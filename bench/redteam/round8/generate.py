#!/usr/bin/env python3
"""Round 8 sealed red-team marketplace (standard library only).

usage: generate.py [--seed 8808] [--out DIR] [--truth PATH] [--threads PATH]

Writes DIR/marketplace.jsonl (docs/import-format.md), truth.json and threads.jsonl. The output is checked before
anything is written; on any inconsistency nothing is written and the exit status is 1.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import texts  # noqa: E402

T0 = dt.datetime(2023, 3, 1, tzinfo=dt.UTC)
DATA_START = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
DATA_END = dt.datetime(2026, 10, 31, tzinfo=dt.UTC)
OTHER_COUNTRIES = ["IN", "PH", "NG", "PK", "VN", "UA", "KE", "EG", "BD", "AR", "MX", "ZA"]


def iso(t):
    return t.replace(microsecond=0).isoformat()


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pools = {}
        self.lines = {
            k: []
            for k in ("account", "organization", "membership", "contract", "feedback", "message", "payment", "identity")
        }
        self.acc = {}  # id -> dict
        self.contracts = {}
        self.emails = set()
        self.by_area = {}  # lang -> {"client": [...], "freelancer": [...]}
        self.schemes = []
        self.lookalikes = []
        self.threads = []
        self.feedback_ids = set()
        self.message_ids = set()
        self.payment_ids = set()
        self.org_ids = set()
        self.serial = 0

    # ---- ids and basics
    def nid(self, prefix):
        pool = self.pools.get(prefix)
        if pool is None:
            pool = self.pools[prefix] = list(range(100000, 1000000))
            self.r.shuffle(pool)
        return f"{prefix}{pool.pop():06d}"

    def rtime(self, a, b):
        span = int((b - a).total_seconds())
        return a + dt.timedelta(seconds=self.r.randint(0, max(span, 1)))

    def account(self, kind, lang, created=None, first=None, last=None, email=None, country=None):
        aid = self.nid("u")
        fn, ln = texts.NAMES.get(lang, texts.NAMES["en"])
        first = first or self.r.choice(fn)
        last = last or self.r.choice(ln)
        if country is None:
            country = self.r.choice(texts.COUNTRIES.get(lang, OTHER_COUNTRIES))
        if email is None:
            dom = self.r.choice(
                [
                    "gmail.com",
                    "outlook.com",
                    "proton.me",
                    "yahoo.com",
                    "mail.com",
                    "gmx.net",
                    "icloud.com",
                    "hotmail.com",
                ]
            )
            base = f"{texts.ascii_fold(first)}.{texts.ascii_fold(last)}"
            email = f"{base}{self.r.randint(1, 9999)}@{dom}"
            while email in self.emails:
                email = f"{base}{self.r.randint(1, 99999)}@{dom}"
        created = created or self.rtime(T0, DATA_START)
        a = {
            "type": "account",
            "id": aid,
            "email": email,
            "kind": kind,
            "name": f"{first} {last}",
            "country": country,
            "created_at": iso(created),
        }
        self.emails.add(email)
        self.lines["account"].append(a)
        self.acc[aid] = {"kind": kind, "created": created, "lang": lang, "first": first, "last": last, "email": email}
        return aid

    def ident(self, aid, kind, value, when=None):
        when = when or self.rtime(self.acc[aid]["created"], DATA_END)
        if when < self.acc[aid]["created"]:
            when = self.acc[aid]["created"] + dt.timedelta(hours=1)
        self.lines["identity"].append(
            {"type": "identity", "account": aid, "kind": kind, "value": value, "seen_at": iso(when)}
        )

    def uniq(self, tag):
        self.serial += 1
        return f"{tag}-{self.serial}-{self.r.randint(1000, 9999)}"

    def org(self, name, created=None):
        oid = self.nid("org")
        self.org_ids.add(oid)
        self.lines["organization"].append(
            {"type": "organization", "id": oid, "name": name, "created_at": iso(created or self.rtime(T0, DATA_START))}
        )
        return oid

    def member(self, oid, aid, role):
        self.lines["membership"].append({"type": "membership", "org": oid, "account": aid, "role": role})

    def contract(self, client, free, start, amount, days=None, org=None, title=None, lang="en", status=None):
        cid = self.nid("ct")
        days = days if days is not None else self.r.randint(2, 40)
        end = start + dt.timedelta(days=days, hours=self.r.randint(0, 20))
        status = status or ("ended" if end < DATA_END else "active")
        c = {
            "type": "contract",
            "id": cid,
            "client": client,
            "freelancer": free,
            "title": title or self.r.choice(texts.TITLES.get(lang, texts.TITLES["en"])),
            "amount": f"{amount:.2f}",
            "currency": texts.CURRENCY.get(lang, "USD"),
            "started_at": iso(start),
            "status": status,
        }
        if status == "ended":
            c["ended_at"] = iso(end)
        if org:
            c["client_org"] = org
        self.lines["contract"].append(c)
        self.contracts[cid] = {"client": client, "freelancer": free, "start": start, "end": end, "amount": amount}
        return cid

    def pay(self, cid, kind, amount, when):
        c = self.contracts[cid]
        payer, payee = (c["freelancer"], c["client"]) if kind == "refund" else (c["client"], c["freelancer"])
        pid = self.nid("pay")
        self.payment_ids.add(pid)
        self.lines["payment"].append(
            {
                "type": "payment",
                "id": pid,
                "contract": cid,
                "payer": payer,
                "payee": payee,
                "kind": kind,
                "amount": f"{amount:.2f}",
                "created_at": iso(when),
            }
        )
        return pid

    def feedback(self, cid, author_role, rating, when=None, comment=None, lang="en"):
        c = self.contracts[cid]
        author = c[author_role]
        recip = c["freelancer"] if author_role == "client" else c["client"]
        when = when or c["end"] + dt.timedelta(hours=self.r.randint(2, 96))
        fid = self.nid("fb")
        self.feedback_ids.add(fid)
        if comment is None:
            comment = self.r.choice(texts.COMMENTS[min(rating, 5)])
        self.lines["feedback"].append(
            {
                "type": "feedback",
                "id": fid,
                "contract": cid,
                "author": author,
                "recipient": recip,
                "rating": rating,
                "comment": comment,
                "created_at": iso(when),
            }
        )
        return fid

    def msg(self, cid, sender_role, body, when):
        c = self.contracts[cid]
        s = c[sender_role]
        rcp = c["freelancer"] if sender_role == "client" else c["client"]
        mid = self.nid("m")
        self.message_ids.add(mid)
        self.lines["message"].append(
            {
                "type": "message",
                "id": mid,
                "sender": s,
                "recipient": rcp,
                "contract": cid,
                "body": body,
                "sent_at": iso(when),
            }
        )
        return mid

    def job(self, client, free, start, amount, rate_c=None, rate_f=None, org=None, lang="en", days=None, kind="fixed"):
        """A contract with its payment and usual feedback; returns (cid, [feedback ids])."""
        cid = self.contract(client, free, start, amount, days=days, org=org, lang=lang)
        c = self.contracts[cid]
        pt = c["start"] + (c["end"] - c["start"]) / 2
        if kind == "milestone":
            for i in range(3):
                self.pay(cid, "milestone", amount / 3, c["start"] + (c["end"] - c["start"]) * (i + 1) / 4)
        elif kind == "hourly":
            for i in range(4):
                self.pay(cid, "hourly", amount / 4, c["start"] + (c["end"] - c["start"]) * (i + 1) / 5)
        else:
            self.pay(cid, kind, amount, pt)
        fbs = []
        if rate_c:
            fbs.append(self.feedback(cid, "client", rate_c, lang=lang))
        if rate_f:
            fbs.append(self.feedback(cid, "freelancer", rate_f, lang=lang))
        return cid, fbs

    def honest_rating(self):
        x = self.r.random()
        return 5 if x < 0.64 else 4 if x < 0.87 else 3 if x < 0.94 else 2 if x < 0.97 else 1

    def start_after(self, *aids, lo=None, hi=None):
        lo = max([lo or DATA_START] + [self.acc[a]["created"] + dt.timedelta(days=1) for a in aids])
        hi = hi or DATA_END - dt.timedelta(days=50)
        if hi <= lo:
            hi = lo + dt.timedelta(days=5)
        return self.rtime(lo, hi)


# ---------------------------------------------------------------- background
def background(w):
    r = w.r
    langs = list(texts.LANGS)
    for kind, n in (("client", 3300), ("freelancer", 5200), ("agency", 60)):
        for _ in range(n):
            lang = r.choice(langs) if r.random() < 0.76 else "other"
            aid = w.account(
                kind, lang if lang != "other" else "en", country=r.choice(OTHER_COUNTRIES) if lang == "other" else None
            )
            w.acc[aid]["lang"] = lang
            w.by_area.setdefault(lang, {"client": [], "freelancer": [], "agency": []})[kind].append(aid)
            home = f"{r.randint(31, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            for _ in range(r.randint(2, 5)):
                w.ident(aid, "ip", home)
            w.ident(aid, "device", w.uniq("dev"))
            if kind == "client":
                w.ident(aid, "payment_instrument", w.uniq("card"))
            else:
                w.ident(aid, "bank_account", w.uniq("iban"))
            if r.random() < 0.5:
                w.ident(aid, "phone", f"+{r.randint(30, 99)}{r.randint(0, 999999999):09d}")
    clients = [a for a, v in w.acc.items() if v["kind"] == "client"]
    frees = [a for a, v in w.acc.items() if v["kind"] in ("freelancer", "agency")]
    w.bg_clients, w.bg_frees = clients, frees
    # carrier NAT ips
    everyone = clients + frees
    for i in range(8):
        ip = f"100.{64 + i}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        for a in r.sample(everyone, r.randint(50, 150)):
            w.ident(a, "ip", ip)
    # agencies: office ip shared with 2-6 freelancers
    for ag in [a for a in frees if w.acc[a]["kind"] == "agency"]:
        ip = w.uniq("office-ip")
        w.ident(ag, "ip", ip)
        for a in r.sample(frees, r.randint(2, 6)):
            w.ident(a, "ip", ip)
    # client organisations
    w.client_org = {}
    for c in r.sample(clients, 420):
        oid = w.org(r.choice(texts.ORG_NAMES) + " " + r.choice(["Ltd", "GmbH", "SRL", "BV", "SA", "Inc", "Oy"]))
        w.member(oid, c, "owner")
        w.client_org[c] = oid
        others = [x for x in r.sample(clients, 3) if x not in w.client_org]
        for x in others[: r.randint(0, 3)]:
            w.member(oid, x, r.choice(["admin", "hiring_manager", "member"]))
            w.client_org[x] = oid
    # contracts
    fav = {}
    for _ in range(22500):
        c = r.choice(clients)
        if c in fav and r.random() < 0.35:
            f = fav[c]
        else:
            f = r.choice(frees)
            fav.setdefault(c, f)
        start = w.start_after(c, f)
        amt = round(r.choice([r.uniform(20, 150), r.uniform(150, 900), r.uniform(900, 5000)]), 2)
        org = w.client_org.get(c) if r.random() < 0.8 else None
        kind = r.choice(["fixed", "fixed", "hourly", "milestone"])
        rc = w.honest_rating() if r.random() < 0.85 else None
        rf = w.honest_rating() if r.random() < 0.6 else None
        cid, _ = w.job(c, f, start, amt, rc, rf, org=org, kind=kind)
        ct = w.contracts[cid]
        if r.random() < 0.03:
            w.pay(cid, "bonus", round(amt * r.uniform(0.05, 0.3), 2), ct["end"])
        if r.random() < 0.02:
            w.pay(cid, "refund", round(amt * r.uniform(0.1, 0.6), 2), ct["end"])
        if r.random() < 0.2:
            chat(w, cid, w.acc[c]["lang"], r.randint(1, 3))


def chat(w, cid, lang, n, t=None):
    ct = w.contracts[cid]
    lang = lang if lang in texts.CHATTER else "en"
    ids = []
    t = t or ct["start"] + dt.timedelta(hours=1)
    for _ in range(n):
        role = w.r.choice(["client", "freelancer"])
        t = t + dt.timedelta(minutes=w.r.randint(20, 900))
        ids.append(w.msg(cid, role, w.r.choice(texts.CHATTER[lang]), t))
    return ids, t


# ---------------------------------------------------------------- structural schemes
SELF_VARIANTS = [
    "iban_spacing",
    "phone_national_intl",
    "device_after_jobs",
    "address_abbrev",
    "two_clients_one_tax_id",
    "mobile_ip_and_recovery_phone",
]
RING_VARIANTS = [
    "double_cycle_reversed",
    "pair_of_pairs",
    "bipartite_swap",
    "ring_with_refunds",
    "chain_mixed_stars",
    "same_week_same_city",
]
COI_VARIANTS = [
    "hm_by_other_hm",
    "owner_spouse_alt",
    "admin_hourly_no_org",
    "member_via_agency_phone",
    "member_bonus_heavy",
    "hm_one_milestone_among_many",
]
STRUCT_LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat", "ro", "id"]


def iban(r, cc):
    digits = "".join(str(r.randint(0, 9)) for _ in range(18))
    return cc + f"{r.randint(10, 99):02d}" + digits


def self_hire(w, variant, k):
    r = w.r
    lang = STRUCT_LANGS[(k * 5 + SELF_VARIANTS.index(variant)) % len(STRUCT_LANGS)]
    fn, ln = texts.NAMES[lang]
    first, last = r.choice(fn), r.choice(ln)
    created_f = w.rtime(T0, DATA_START)
    free = w.account("freelancer", lang, created=created_f, first=first, last=last)
    cfirst = first if r.random() < 0.5 else r.choice(fn)
    client = w.account(
        "client",
        lang,
        created=w.rtime(created_f, DATA_START + dt.timedelta(days=60)),
        first=cfirst,
        last=last if r.random() < 0.6 else r.choice(ln),
    )
    accounts = [client, free]
    evidence = []
    clients = [client]
    if variant == "iban_spacing":
        b = iban(r, r.choice(["DE", "NL", "ES", "IT", "RO"]))
        w.ident(free, "bank_account", b)
        w.ident(client, "payment_instrument", " ".join(b[i : i + 4] for i in range(0, len(b), 4)))
    elif variant == "phone_national_intl":
        num = f"{r.randint(100000000, 999999999):09d}"
        w.ident(free, "phone", "0" + num)
        w.ident(client, "phone", f"+{r.choice([31, 39, 40, 48, 62, 90])} {num}")
    elif variant == "device_after_jobs":
        pass  # device added after the jobs below
    elif variant == "address_abbrev":
        street = r.choice(
            ["Strada Mihai Eminescu", "Calle de Alcala", "Rua Augusta", "Jalan Merdeka", "Kirchstrasse", "Ulica Dluga"]
        )
        no = r.randint(2, 180)
        w.ident(free, "address", f"{street} {no}, ap. {r.randint(1, 40)}")
        w.ident(client, "address", f"{street.upper()} nr {no}")
    elif variant == "two_clients_one_tax_id":
        client2 = w.account("client", lang, created=w.rtime(created_f, DATA_START), last=last)
        clients.append(client2)
        accounts.append(client2)
        tax = f"TAX{r.randint(0, 99999999):08d}"
        for a in (free, client, client2):
            w.ident(a, "tax_id", tax if a != client2 else tax.lower())
    elif variant == "mobile_ip_and_recovery_phone":
        ip = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        for a in (free, client):
            w.ident(a, "ip", ip)
        for a in r.sample(w.bg_clients + w.bg_frees, 25):
            w.ident(a, "ip", ip)
        ph = f"+{r.randint(30, 99)}{r.randint(0, 999999999):09d}"
        w.ident(client, "phone", ph)
        w.ident(free, "phone", ph.replace("+", "00"))
    last_end = None
    for cl in clients:
        for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
            start = w.start_after(cl, free)
            amt = r.uniform(15, 90) if r.random() < 0.6 else r.uniform(90, 600)
            cid, fbs = w.job(
                cl,
                free,
                start,
                amt,
                5 if r.random() < 0.85 else 4,
                5 if r.random() < 0.5 else None,
                lang=lang,
                days=r.randint(1, 5),
            )
            evidence += [cid] + fbs
            last_end = max(last_end or start, w.contracts[cid]["end"])
    if variant == "device_after_jobs":
        dev = w.uniq("dev")
        w.ident(free, "device", dev, last_end + dt.timedelta(days=r.randint(20, 90)))
        w.ident(client, "device", dev, last_end + dt.timedelta(days=r.randint(20, 90)))
    if r.random() < 0.5:
        for _ in range(r.randint(1, 8)):
            c = r.choice(w.bg_clients)
            w.job(c, free, w.start_after(c, free), r.uniform(40, 800), w.honest_rating(), None)
    w.schemes.append(
        {
            "id": "r8-sh-{:02d}".format(len([s for s in w.schemes if s["kind"] == "self_hire"])),
            "kind": "self_hire",
            "variant": variant,
            "accounts": accounts,
            "evidence": evidence,
            "language": lang,
        }
    )


def ring(w, variant, k):
    r = w.r
    lang = STRUCT_LANGS[(k * 3 + RING_VARIANTS.index(variant) + 4) % len(STRUCT_LANGS)]
    n = {"pair_of_pairs": 4, "bipartite_swap": 6}.get(variant, r.randint(4, 7))
    base = w.rtime(DATA_START, DATA_END - dt.timedelta(days=420))
    city_day = w.rtime(T0, DATA_START - dt.timedelta(days=10))
    mem = []
    for _ in range(n):
        created = city_day + dt.timedelta(hours=r.randint(0, 150)) if variant == "same_week_same_city" else None
        mem.append(w.account("freelancer", lang, created=created))
    base = max(base, max(w.acc[m]["created"] for m in mem) + dt.timedelta(days=3))
    edges = []  # (client, freelancer, day offset)
    if variant == "double_cycle_reversed":
        for i in range(n):
            edges.append((mem[i], mem[(i + 1) % n], i * 6))
            edges.append((mem[(i + 1) % n], mem[i], 60 + i * 6))
    elif variant == "pair_of_pairs":
        a, b, c, d = mem
        for x, y in ((a, b), (c, d), (a, c), (b, d)):
            edges += [(x, y, r.randint(0, 80)), (y, x, r.randint(0, 80))]
    elif variant == "bipartite_swap":
        left, right = mem[:3], mem[3:]
        for x in left:
            for y in right:
                if r.random() < 0.8:
                    edges.append((x, y, r.randint(0, 30)))
                    edges.append((y, x, r.randint(40, 75)))
    elif variant == "ring_with_refunds":
        for i in range(n):
            edges.append((mem[i], mem[(i + 1) % n], r.randint(0, 50)))
            edges.append((mem[(i + 1) % n], mem[i], r.randint(0, 50)))
    elif variant == "chain_mixed_stars":
        for i in range(n - 1):
            edges.append((mem[i], mem[i + 1], i * 20))
            edges.append((mem[i + 1], mem[i], i * 20 + 9))
        edges.append((mem[-1], mem[0], n * 20))
    elif variant == "same_week_same_city":
        pairs = [(x, y) for x in mem for y in mem if x != y]
        for x, y in r.sample(pairs, min(len(pairs), n * 2 + 2)):
            edges.append((x, y, r.randint(0, 21)))
    evidence = []
    for x, y, off in edges:
        start = base + dt.timedelta(days=off, hours=r.randint(0, 20))
        amt = r.uniform(20, 140)
        rc = 5
        if variant == "chain_mixed_stars":
            rc = r.choice([5, 5, 4, 4, 3])
        rf = rc if r.random() < 0.8 else None
        cid, fbs = w.job(x, y, start, amt, rc, rf, lang=lang, days=r.randint(1, 6))
        evidence += [cid] + fbs
        if variant == "ring_with_refunds":
            evidence.append(
                w.pay(
                    cid, "refund", round(amt * r.uniform(0.6, 0.95), 2), w.contracts[cid]["end"] + dt.timedelta(hours=5)
                )
            )
    for m in mem:
        for _ in range(r.randint(0, 5)):
            c = r.choice(w.bg_clients)
            w.job(c, m, w.start_after(c, m), r.uniform(50, 900), w.honest_rating(), None)
    w.schemes.append(
        {
            "id": "r8-ring-{:02d}".format(len([s for s in w.schemes if s["kind"] == "feedback_ring"])),
            "kind": "feedback_ring",
            "variant": variant,
            "accounts": mem,
            "evidence": evidence,
            "language": lang,
        }
    )


def coi(w, variant, k):
    r = w.r
    lang = STRUCT_LANGS[(k * 2 + COI_VARIANTS.index(variant) + 7) % len(STRUCT_LANGS)]
    fn, ln = texts.NAMES[lang]
    oid = w.org(r.choice(texts.ORG_NAMES) + " " + r.choice(["Studio", "Labs", "Group", "Works", "Digital"]))
    owner = w.account("client", lang)
    admin = w.account("client", lang)
    hm1 = w.account("client", lang)
    hm2 = w.account("client", lang)
    memb = w.account("freelancer" if r.random() < 0.6 else "client", lang)
    for a, role in (
        (owner, "owner"),
        (admin, "admin"),
        (hm1, "hiring_manager"),
        (hm2, "hiring_manager"),
        (memb, "member"),
    ):
        w.member(oid, a, role)
    for _ in range(r.randint(3, 9)):
        f = r.choice(w.bg_frees)
        hirer = r.choice([owner, admin, hm1, hm2])
        w.job(hirer, f, w.start_after(hirer, f), r.uniform(200, 3000), w.honest_rating(), None, org=oid)
    evidence, accounts = [], []
    if variant == "hm_by_other_hm":
        cid, fbs = w.job(hm1, hm2, w.start_after(hm1, hm2), r.uniform(500, 4000), 5, 5, org=oid, lang=lang)
        accounts, evidence = [hm1, hm2], [cid] + fbs
    elif variant == "owner_spouse_alt":
        alt = w.account("freelancer", lang, last=w.acc[owner]["last"])
        addr = f"{r.choice(ln)} {r.randint(1, 99)}"
        w.ident(owner, "address", addr)
        w.ident(alt, "address", addr)
        cid, fbs = w.job(admin, alt, w.start_after(admin, alt), r.uniform(600, 5000), 5, None, org=oid, lang=lang)
        accounts, evidence = [admin, alt, owner], [cid] + fbs
    elif variant == "admin_hourly_no_org":
        cid, fbs = w.job(
            owner,
            admin,
            w.start_after(owner, admin),
            r.uniform(800, 6000),
            5,
            5,
            lang=lang,
            kind="hourly",
            days=r.randint(20, 60),
        )
        accounts, evidence = [owner, admin], [cid] + fbs
    elif variant == "member_via_agency_phone":
        ag = w.account("agency", lang, last=w.acc[memb]["last"])
        ph = f"+{r.randint(30, 99)}{r.randint(0, 999999999):09d}"
        w.ident(memb, "phone", ph)
        w.ident(ag, "phone", ph)
        cid, fbs = w.job(hm1, ag, w.start_after(hm1, ag), r.uniform(700, 6000), 5, None, org=oid, lang=lang)
        accounts, evidence = [hm1, ag, memb], [cid] + fbs
    elif variant == "member_bonus_heavy":
        cid, fbs = w.job(hm2, memb, w.start_after(hm2, memb), r.uniform(100, 300), 5, 5, org=oid, lang=lang)
        ct = w.contracts[cid]
        pays = [
            w.pay(cid, "bonus", r.uniform(400, 1500), ct["end"] - dt.timedelta(hours=i + 1))
            for i in range(r.randint(2, 4))
        ]
        accounts, evidence = [hm2, memb], [cid] + fbs + pays
    elif variant == "hm_one_milestone_among_many":
        for _ in range(r.randint(6, 10)):
            f = r.choice(w.bg_frees)
            w.job(admin, f, w.start_after(admin, f), r.uniform(300, 2000), w.honest_rating(), None, org=oid)
        cid, fbs = w.job(
            admin,
            hm1,
            w.start_after(admin, hm1),
            r.uniform(1500, 7000),
            5,
            None,
            org=oid,
            lang=lang,
            kind="milestone",
            days=30,
        )
        accounts, evidence = [admin, hm1], [cid] + fbs
    w.schemes.append(
        {
            "id": "r8-coi-{:02d}".format(len([s for s in w.schemes if s["kind"] == "conflict_of_interest"])),
            "kind": "conflict_of_interest",
            "variant": variant,
            "accounts": accounts,
            "evidence": evidence,
            "language": lang,
        }
    )


# ---------------------------------------------------------------- honest structural look-alikes
def look(w, typ, accounts, evidence, lang="-"):
    w.lookalikes.append(
        {
            "id": f"r8-look-{len(w.lookalikes):04d}",
            "type": typ,
            "accounts": accounts,
            "evidence": evidence,
            "language": lang,
        }
    )


def honest_structures(w):
    r = w.r
    for i in range(60):  # family: one home, one tablet, a client and a freelancer who never hire each other
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        last = r.choice(texts.NAMES[lang][1])
        a = w.account("client", lang, last=last)
        b = w.account("freelancer", lang, last=last)
        ip, dev = w.uniq("home"), w.uniq("tablet")
        ev = []
        for x in (a, b):
            for _ in range(3):
                w.ident(x, "ip", ip)
            w.ident(x, "device", dev)
        for _ in range(r.randint(1, 4)):
            f = r.choice(w.bg_frees)
            ev.append(w.job(a, f, w.start_after(a, f), r.uniform(50, 600), 5, 5)[0])
            c = r.choice(w.bg_clients)
            ev.append(w.job(c, b, w.start_after(c, b), r.uniform(50, 600), 5, 5)[0])
        look(w, "family_shared_home", [a, b], ev, lang)
    for i in range(36):  # coworking: 8-20 people on one IP, some honest hires among them
        ip = w.uniq("cowork")
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        people = [w.account(r.choice(["client", "freelancer"]), lang) for _ in range(r.randint(8, 20))]
        for p in people:
            w.ident(p, "ip", ip)
        cl = [p for p in people if w.acc[p]["kind"] == "client"] or [people[0]]
        fr = [p for p in people if w.acc[p]["kind"] == "freelancer" and p not in cl] or [people[-1]]
        ev = []
        c, f = r.choice(cl), r.choice(fr)
        if c != f:
            ev.append(w.job(c, f, w.start_after(c, f), r.uniform(200, 1500), 5, 4)[0])
            look(w, "coworking_ip", [c, f], ev, lang)
    for i in range(36):  # long-term repeat client: 8-15 jobs, five stars
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        c, f = r.choice(w.bg_clients), r.choice(w.bg_frees)
        ev = []
        for _ in range(r.randint(8, 15)):
            ev.append(
                w.job(c, f, w.start_after(c, f), r.uniform(100, 1200), 5, 5 if r.random() < 0.6 else None, lang=lang)[0]
            )
        look(w, "repeat_client_five_star", [c, f], ev, lang)
    for i in range(36):  # a hiring manager of one org hires the owner of another org
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        o1, o2 = w.org(r.choice(texts.ORG_NAMES) + " AG"), w.org(r.choice(texts.ORG_NAMES) + " Consulting")
        hm, own = w.account("client", lang), w.account("freelancer", lang)
        w.member(o1, hm, "hiring_manager")
        w.member(o2, own, "owner")
        cid, fbs = w.job(hm, own, w.start_after(hm, own), r.uniform(800, 5000), 5, 5, org=o1, lang=lang)
        look(w, "manager_of_other_org", [hm, own], [cid] + fbs, lang)
    for i in range(36):  # two people who honestly hire each other once each way, months apart, 4-5 stars
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        a, b = w.account("freelancer", lang), w.account("freelancer", lang)
        s1 = w.start_after(a, b, hi=DATA_START + dt.timedelta(days=200))
        c1, f1 = w.job(a, b, s1, r.uniform(300, 2000), r.choice([4, 5]), r.choice([4, 5]), lang=lang, days=25)
        c2, f2 = w.job(
            b,
            a,
            s1 + dt.timedelta(days=r.randint(150, 400)),
            r.uniform(300, 2000),
            r.choice([4, 5]),
            None,
            lang=lang,
            days=20,
        )
        for x in (a, b):
            for _ in range(r.randint(3, 10)):
                c = r.choice(w.bg_clients)
                w.job(c, x, w.start_after(c, x), r.uniform(50, 900), w.honest_rating(), None)
        look(w, "two_way_honest_hire", [a, b], [c1, c2] + f1 + f2, lang)
    for i in range(36):  # bootcamp cohort: 6 freelancers, same week, one classroom IP, one capstone hire
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        day = w.rtime(T0, DATA_START - dt.timedelta(days=10))
        cohort = [w.account("freelancer", lang, created=day + dt.timedelta(hours=r.randint(0, 100))) for _ in range(6)]
        ip = w.uniq("classroom")
        for p in cohort:
            w.ident(p, "ip", ip)
        cid, fbs = w.job(cohort[0], cohort[1], w.start_after(*cohort), r.uniform(100, 400), 5, 5, lang=lang)
        look(w, "bootcamp_cohort", cohort[:2], [cid] + fbs, lang)
    for i in range(36):  # agency team: agency and 3-5 freelancers share an office IP; clients hire them
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        ag = w.account("agency", lang)
        team = [w.account("freelancer", lang) for _ in range(r.randint(3, 5))]
        ip = w.uniq("agency-office")
        for p in [ag] + team:
            w.ident(p, "ip", ip)
            w.ident(p, "device", w.uniq("laptop"))
        ev = []
        c = r.choice(w.bg_clients)
        for p in [ag] + team:
            ev.append(w.job(c, p, w.start_after(c, p), r.uniform(300, 2500), 5, 5, lang=lang)[0])
        look(w, "agency_team_office", [ag] + team, ev, lang)
    for i in range(30):  # new: an org member who does freelance work for OTHER clients only (never for the org)
        lang = STRUCT_LANGS[i % len(STRUCT_LANGS)]
        oid = w.org(r.choice(texts.ORG_NAMES) + " Holding")
        own, memb = w.account("client", lang), w.account("freelancer", lang)
        w.member(oid, own, "owner")
        w.member(oid, memb, "member")
        ev = []
        for _ in range(r.randint(2, 5)):
            c = r.choice(w.bg_clients)
            ev.append(w.job(c, memb, w.start_after(c, memb), r.uniform(200, 2000), 5, 5, lang=lang)[0])
            f = r.choice(w.bg_frees)
            ev.append(w.job(own, f, w.start_after(own, f), r.uniform(200, 2000), 5, 5, org=oid, lang=lang)[0])
        look(w, "member_freelances_elsewhere", [own, memb], ev, lang)


# ---------------------------------------------------------------- text schemes and honest threads
OUTCOMES = ["complied", "refused", "reported", "silent"]


def pick_pair(w, lang):
    area = w.by_area.get(lang) or w.by_area["en"]
    return w.r.choice(area["client"]), w.r.choice(area["freelancer"])


def text_scheme(w, kind, lang, idx, entry):
    r = w.r
    theme, init, mode, parts = entry
    other = "client" if init == "f" else "freelancer"
    init_role = "freelancer" if init == "f" else "client"
    if kind == "paid_feedback":
        rater = init_role if theme == "rater_asks" else other
    else:
        rater = other if theme == "report_unless_5" else init_role
    outcome = OUTCOMES[(idx + texts.LANGS.index(lang) * 3 + (kind == "feedback_extortion") * 2) % 4]
    c, f = pick_pair(w, lang if lang != "en_chat" else "en_chat")
    start = w.start_after(c, f)
    amt = round(r.uniform(60, 1400), 2)
    cid = w.contract(c, f, start, amt, days=r.randint(5, 30), lang=lang)
    ct = w.contracts[cid]
    w.pay(cid, "fixed", amt, ct["start"] + (ct["end"] - ct["start"]) / 2)
    buried = r.random() < 0.3
    pre, t = chat(w, cid, lang, r.randint(6, 9) if buried else r.randint(0, 2))
    t = max(t, ct["end"] - dt.timedelta(days=1))
    ids = list(pre)
    evidence = []
    msgs = []
    for _i, body in enumerate(parts):
        if body.startswith("~"):  # the other party answers between the parts
            role, body = other, body[1:]
        else:
            role = init_role
        t = t + dt.timedelta(minutes=r.randint(2, 300))
        mid = w.msg(cid, role, body, t)
        ids.append(mid)
        msgs.append({"sender_role": role, "body": body})
        if role == init_role:
            evidence.append(mid)
    if outcome != "silent":
        t = t + dt.timedelta(minutes=r.randint(5, 600))
        body = texts.REPLY[lang][outcome]
        ids.append(w.msg(cid, other, body, t))
        msgs.append({"sender_role": other, "body": body})
    if outcome == "complied":
        rating = 5
    elif kind == "feedback_extortion" and outcome in ("refused", "reported") and r.random() < 0.5:
        rating = r.choice([1, 2])
    else:
        rating = r.choice([4, 5, 3])
    fb = w.feedback(cid, rater, rating, when=t + dt.timedelta(hours=r.randint(3, 60)))
    evidence.append(fb)
    if outcome == "complied" and theme in ("cash_back", "rater_asks", "refund_or_bad", "crypto_tip"):
        evidence.append(w.pay(cid, "refund", round(amt * r.uniform(0.1, 0.5), 2), t + dt.timedelta(hours=1)))
    sid = "r8-{}-{}-{}".format("pf" if kind == "paid_feedback" else "ex", lang, idx)
    w.schemes.append(
        {
            "id": sid,
            "kind": kind,
            "accounts": [c, f],
            "evidence": evidence,
            "language": lang,
            "theme": theme,
            "mode": mode,
            "initiator": init_role,
            "outcome": outcome,
            "buried": buried,
            "parts": len(parts),
            "thread": sid,
        }
    )
    w.threads.append(
        {
            "id": sid,
            "kind": kind,
            "language": lang,
            "messages": msgs,
            "message_ids": ids,
            "theme": theme,
            "mode": mode,
            "initiator": init_role,
            "outcome": outcome,
        }
    )


def honest_thread(w, lang, typ, k, lines):
    r = w.r
    c, f = pick_pair(w, lang)
    start = w.start_after(c, f)
    amt = round(r.uniform(80, 1500), 2)
    cid = w.contract(c, f, start, amt, days=r.randint(5, 30), lang=lang)
    ct = w.contracts[cid]
    w.pay(cid, "fixed", amt, ct["start"] + (ct["end"] - ct["start"]) / 2)
    ids, t = chat(w, cid, lang, r.randint(0, 4))
    t = max(t, ct["end"] - dt.timedelta(hours=6))
    msgs, ev = [], []
    fb = None
    for role, body in lines:
        t = t + dt.timedelta(minutes=r.randint(3, 400))
        if typ == "tip_after_review" and fb is None and role == "client":
            fb = w.feedback(cid, "client", 5, when=t - dt.timedelta(minutes=2))
            ev.append(fb)
        mid = w.msg(cid, "client" if role == "c" else "freelancer", body, t)
        ids.append(mid)
        ev.append(mid)
        msgs.append({"sender_role": "client" if role == "c" else "freelancer", "body": body})
    if typ == "tip_after_review":
        ev.append(w.pay(cid, "bonus", round(amt * r.uniform(0.05, 0.2), 2), t + dt.timedelta(hours=2)))
    elif typ == "real_dispute":
        ev.append(w.feedback(cid, "client", r.choice([1, 2, 3]), when=t + dt.timedelta(hours=5)))
    else:
        ev.append(w.feedback(cid, "client", r.choice([4, 5, 5]), when=t + dt.timedelta(hours=5)))
    lid = f"r8-ht-{lang}-{typ}-{k}"
    w.lookalikes.append({"id": lid, "type": typ, "accounts": [c, f], "evidence": ev, "language": lang})
    w.threads.append({"id": lid, "kind": "honest", "language": lang, "messages": msgs, "message_ids": ids, "type": typ})


# ---------------------------------------------------------------- checks and output
def validate(w):
    errs = []
    ids = {}
    for typ, rows in w.lines.items():
        if typ in ("membership", "identity"):
            continue
        seen = set()
        for row in rows:
            if row["id"] in seen:
                errs.append("duplicate {} {}".format(typ, row["id"]))
            seen.add(row["id"])
        ids[typ] = seen
    emails = [a["email"] for a in w.lines["account"]]
    if len(emails) != len(set(emails)):
        errs.append("duplicate emails")
    acc = ids["account"]
    created = {a["id"]: a["created_at"] for a in w.lines["account"]}
    mem = set()
    for m in w.lines["membership"]:
        if m["org"] not in ids["organization"] or m["account"] not in acc:
            errs.append(f"membership ref {m}")
        if (m["org"], m["account"]) in mem:
            errs.append("repeated membership {}/{}".format(m["org"], m["account"]))
        mem.add((m["org"], m["account"]))
    cons = {}
    for c in w.lines["contract"]:
        cons[c["id"]] = c
        if c["client"] not in acc or c["freelancer"] not in acc or c["client"] == c["freelancer"]:
            errs.append("contract parties {}".format(c["id"]))
        if c.get("client_org") and c["client_org"] not in ids["organization"]:
            errs.append("contract org {}".format(c["id"]))
        if c["started_at"] < max(created[c["client"]], created[c["freelancer"]]):
            errs.append("contract before account {}".format(c["id"]))
        if c.get("ended_at") and c["ended_at"] < c["started_at"]:
            errs.append("contract ends before start {}".format(c["id"]))
        if len(c["title"]) > 300 or "\n" in c["title"]:
            errs.append("title {}".format(c["id"]))
    for f in w.lines["feedback"]:
        c = cons.get(f["contract"])
        if not c or {f["author"], f["recipient"]} != {c["client"], c["freelancer"]}:
            errs.append("feedback parties {}".format(f["id"]))
        elif f["created_at"] < c["started_at"]:
            errs.append("feedback before start {}".format(f["id"]))
        if f["rating"] not in (1, 2, 3, 4, 5):
            errs.append("rating {}".format(f["id"]))
    for m in w.lines["message"]:
        c = cons.get(m["contract"])
        if not c or {m["sender"], m["recipient"]} != {c["client"], c["freelancer"]}:
            errs.append("message parties {}".format(m["id"]))
        elif m["sent_at"] < c["started_at"]:
            errs.append("message before start {}".format(m["id"]))
        if not m["body"].strip():
            errs.append("empty message {}".format(m["id"]))
    for p in w.lines["payment"]:
        c = cons.get(p["contract"])
        want = (
            (c["freelancer"], c["client"])
            if c and p["kind"] == "refund"
            else (c and c["client"], c and c["freelancer"])
        )
        if not c or (p["payer"], p["payee"]) != want:
            errs.append("payment parties {}".format(p["id"]))
        elif p["created_at"] < c["started_at"]:
            errs.append("payment before start {}".format(p["id"]))
    for i in w.lines["identity"]:
        if i["account"] not in acc:
            errs.append("identity account {}".format(i["account"]))
        elif i["seen_at"] < created[i["account"]]:
            errs.append("sighting before account {}".format(i["account"]))
    for a in w.lines["account"]:
        if len(a["name"]) > 200 or "\n" in a["name"]:
            errs.append("name {}".format(a["id"]))
    for o in w.lines["organization"]:
        if len(o["name"]) > 200:
            errs.append("org name {}".format(o["id"]))
    every = set().union(*ids.values())
    for item in w.schemes + w.lookalikes:
        for a in item["accounts"]:
            if a not in acc:
                errs.append("truth account {} in {}".format(a, item["id"]))
        for e in item["evidence"]:
            if e not in every:
                errs.append("truth evidence {} in {}".format(e, item["id"]))
    msg_ids = ids["message"]
    for th in w.threads:
        for mid in th["message_ids"]:
            if mid not in msg_ids:
                errs.append(f"thread message {mid}")
    return errs


def build(seed):
    w = World(seed)
    background(w)
    for k in range(7):
        for v in SELF_VARIANTS:
            self_hire(w, v, k)
        for v in RING_VARIANTS:
            ring(w, v, k)
        for v in COI_VARIANTS:
            coi(w, v, k)
    honest_structures(w)
    for lang in texts.LANGS:
        for i, entry in enumerate(texts.PAID[lang]):
            text_scheme(w, "paid_feedback", lang, i, entry)
        for i, entry in enumerate(texts.EXTORT[lang]):
            text_scheme(w, "feedback_extortion", lang, i, entry)
        for typ, lines in texts.HONEST[lang].items():
            for k in range(2):
                honest_thread(w, lang, typ, k, lines)
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=8808)
    ap.add_argument("--out", default=".")
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    w = build(a.seed)
    errs = validate(w)
    if errs:
        for e in errs[:50]:
            print("invalid:", e, file=sys.stderr)
        print(f"{len(errs)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    order = ["organization", "account", "membership", "contract", "feedback", "message", "payment", "identity"]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for typ in order:
            rows = w.lines[typ]
            w.r.shuffle(rows)
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(
            {"round": 8, "seed": a.seed, "schemes": w.schemes, "lookalikes": w.lookalikes},
            fh,
            ensure_ascii=False,
            indent=1,
        )
        fh.write("\n")
    with open(a.threads, "w", encoding="utf-8") as fh:
        for th in w.threads:
            fh.write(json.dumps(th, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in w.lines.items()}
    print(f"wrote {sum(counts.values())} lines {counts}; {len(w.schemes)} schemes, {len(w.lookalikes)} look-alikes")


if __name__ == "__main__":
    main()
