#!/usr/bin/env python3
"""Round 6 red-team marketplace (stdlib only, deterministic by --seed).

usage: generate.py [--seed 6606] --out DIR [--truth FILE] [--threads FILE]

Writes DIR/marketplace.jsonl, and truth.json and threads.jsonl beside this file (or where told),
after checking that every record agrees with the import format. Nothing is written when a check fails.
"""

import argparse
import json
import os
import random
import re
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import texts as T  # noqa: E402

START = datetime(2024, 1, 8, tzinfo=timezone.utc)
END = datetime(2026, 10, 20, tzinfo=timezone.utc)
SPAN_DAYS = (END - START).days
ORDER = ["account", "organization", "membership", "contract", "feedback", "message", "payment", "identity"]


def iso(dt):
    return dt.replace(microsecond=0).isoformat()


class Ids:
    """Ids drawn from shuffled pools, so an id says nothing about when or why a record was made."""

    def __init__(self, rng):
        self.rng = rng
        self.pools = {}

    def take(self, prefix):
        pool = self.pools.get(prefix)
        if not pool:
            pool = [prefix + str(n) for n in self.rng.sample(range(1_000_000, 9_999_999), 60_000)]
            self.pools[prefix] = pool
        return pool.pop()


class World:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.ids = Ids(self.rng)
        self.rec = defaultdict(list)
        self.acc = {}
        self.emails = set()
        self.contracts = {}
        self.by_lang = defaultdict(lambda: {"client": [], "freelancer": []})
        self.orgs = {}
        self.mships = set()
        self.schemes = []
        self.looks = []
        self.threads = []
        self.history = defaultdict(list)
        self.registering = True  # scheme accounts are not offered as parties of unrelated contracts

    # ---- records -------------------------------------------------------------------------------
    def name_for(self, lang, surname=None):
        first, last = T.NAMES[T.NAME_LANG.get(lang, lang)]
        return self.rng.choice(first), surname or self.rng.choice(last)

    def email_for(self, first, last, tag=""):
        base = re.sub(r"[^a-z0-9]", "", (first[0] + last).lower().encode("ascii", "ignore").decode()) or "user"
        dom = self.rng.choice(T.DOMAINS)
        while True:
            local = "%s%s%d" % (base, tag, self.rng.randrange(10, 9999))
            email = "%s@%s" % (local, dom)
            if email not in self.emails:
                self.emails.add(email)
                return email

    def account(self, kind, lang, created, name=None, email=None, country=None, register=True):
        aid = self.ids.take("u")
        if name is None:
            first, last = self.name_for(lang)
            name = "%s %s" % (first, last)
        if email is None:
            parts = name.split()
            email = self.email_for(parts[0], parts[-1])
        else:
            if email in self.emails:
                raise ValueError("duplicate email " + email)
            self.emails.add(email)
        country = country or self.rng.choice(T.COUNTRIES[lang])
        a = {"type": "account", "id": aid, "email": email, "kind": kind, "name": name, "country": country,
             "created_at": iso(created)}
        self.rec["account"].append(a)
        self.acc[aid] = {"kind": kind, "lang": lang, "created": created, "name": name}
        if register and self.registering and kind in ("client", "freelancer"):
            self.by_lang[lang][kind].append(aid)
        return aid

    def org(self, created, name=None):
        oid = self.ids.take("org")
        name = name or "%s %s" % (self.rng.choice(T.ORG_WORDS[0]), self.rng.choice(T.ORG_WORDS[1]))
        self.rec["organization"].append({"type": "organization", "id": oid, "name": name, "created_at": iso(created)})
        self.orgs[oid] = created
        return oid

    def member(self, oid, aid, role):
        if (oid, aid) in self.mships:
            return
        self.mships.add((oid, aid))
        self.rec["membership"].append({"type": "membership", "org": oid, "account": aid, "role": role})

    def contract(self, client, freelancer, start, days, amount, org=None, title=None, lang="en", status="ended",
                 currency=None):
        cid = self.ids.take("ct")
        ended = start + timedelta(days=days, hours=self.rng.randrange(1, 20))
        r = {"type": "contract", "id": cid, "client": client, "freelancer": freelancer,
             "title": title or self.rng.choice(T.TITLES[T.TITLE_LANG.get(lang, "en")]),
             "amount": "%.2f" % amount, "currency": currency or T.CURRENCY.get(lang, "USD"),
             "started_at": iso(start), "status": status}
        if org:
            r["client_org"] = org
        if status != "active":
            r["ended_at"] = iso(ended)
        self.rec["contract"].append(r)
        self.contracts[cid] = {"client": client, "freelancer": freelancer, "start": start, "end": ended,
                               "amount": amount}
        self.history[client].append(cid)
        self.history[freelancer].append(cid)
        return cid

    def feedback(self, cid, author, rating, at, comment=None, lang="en"):
        c = self.contracts[cid]
        recipient = c["freelancer"] if author == c["client"] else c["client"]
        fid = self.ids.take("fb")
        if comment is None:
            comment = self.rng.choice(T.COMMENTS[T.TITLE_LANG.get(lang, "en")][min(rating, 5) >= 4])
        self.rec["feedback"].append({"type": "feedback", "id": fid, "contract": cid, "author": author,
                                     "recipient": recipient, "rating": rating, "comment": comment,
                                     "created_at": iso(at)})
        return fid

    def message(self, cid, sender, body, at):
        c = self.contracts[cid]
        recipient = c["freelancer"] if sender == c["client"] else c["client"]
        mid = self.ids.take("m")
        self.rec["message"].append({"type": "message", "id": mid, "sender": sender, "recipient": recipient,
                                    "contract": cid, "body": body, "sent_at": iso(at)})
        return mid

    def payment(self, cid, kind, amount, at):
        c = self.contracts[cid]
        payer, payee = (c["freelancer"], c["client"]) if kind == "refund" else (c["client"], c["freelancer"])
        pid = self.ids.take("pay")
        self.rec["payment"].append({"type": "payment", "id": pid, "contract": cid, "payer": payer, "payee": payee,
                                    "kind": kind, "amount": "%.2f" % amount, "created_at": iso(at)})
        return pid

    def sight(self, aid, kind, value, at):
        at = max(at, self.acc[aid]["created"] + timedelta(minutes=5))
        self.rec["identity"].append({"type": "identity", "account": aid, "kind": kind, "value": value,
                                     "seen_at": iso(at)})

    # ---- helpers -------------------------------------------------------------------------------
    def day(self, lo=0, hi=None):
        hi = SPAN_DAYS if hi is None else hi
        return START + timedelta(days=self.rng.uniform(lo, hi))

    def ident(self, kind):
        r = self.rng
        if kind == "ip":
            return "%d.%d.%d.%d" % (r.choice([31, 46, 78, 82, 89, 91, 109, 176, 185, 188, 212]), r.randrange(256),
                                    r.randrange(256), r.randrange(1, 255))
        if kind == "device":
            return "dev-%032x" % r.getrandbits(128)
        if kind == "phone":
            return "+%d%09d" % (r.choice([1, 34, 351, 33, 49, 7, 39, 48, 31, 90, 44, 55, 91, 63]),
                                r.randrange(10**8, 10**9))
        if kind == "payment_instrument":
            return "card:%04d-%012d" % (r.randrange(4000, 5600), r.randrange(10**11, 10**12))
        if kind == "bank_account":
            return "IBAN%02d%020d" % (r.randrange(10, 99), r.randrange(10**19, 10**20))
        if kind == "tax_id":
            return "TAX%011d" % r.randrange(10**10, 10**11)
        return "%d %s, %05d" % (r.randrange(1, 300), r.choice(T.STREETS), r.randrange(10000, 99999))

    def base_identity(self, aid, home_ip=None, device=None):
        """Ordinary sightings of one account: its own device and home IP, a phone, a card or bank account."""
        r = self.rng
        a = self.acc[aid]
        device = device or self.ident("device")
        home_ip = home_ip or self.ident("ip")
        for _ in range(r.randint(1, 3)):
            self.sight(aid, "device", device, a["created"] + timedelta(days=r.uniform(0, 400)))
        for _ in range(r.randint(1, 2)):
            self.sight(aid, "ip", home_ip, a["created"] + timedelta(days=r.uniform(0, 400)))
        if r.random() < 0.55:
            self.sight(aid, "phone", self.ident("phone"), a["created"] + timedelta(days=r.uniform(0, 30)))
        if a["kind"] == "client" and r.random() < 0.8:
            self.sight(aid, "payment_instrument", self.ident("payment_instrument"),
                       a["created"] + timedelta(days=r.uniform(0, 60)))
        if a["kind"] in ("freelancer", "agency") and r.random() < 0.7:
            self.sight(aid, "bank_account", self.ident("bank_account"), a["created"] + timedelta(days=r.uniform(0, 60)))

    def job(self, client, freelancer, start, lang, amount=None, days=None, org=None, ratings=(None, None),
            title=None, pay=True, reverse_p=0.6, currency=None):
        """A contract with its payment and feedback. Returns (contract id, [feedback ids], [payment ids])."""
        r = self.rng
        amount = amount if amount is not None else round(min(9000, r.lognormvariate(5.3, 0.9)), 2)
        days = days if days is not None else r.randint(2, 45)
        cid = self.contract(client, freelancer, start, days, amount, org=org, title=title, lang=lang,
                            currency=currency)
        end = self.contracts[cid]["end"]
        fids, pids = [], []
        if pay:
            if amount > 600 and r.random() < 0.5:
                half = round(amount / 2, 2)
                pids.append(self.payment(cid, "milestone", half, start + (end - start) / 2))
                pids.append(self.payment(cid, "milestone", round(amount - half, 2), end))
            else:
                pids.append(self.payment(cid, r.choice(["fixed", "fixed", "hourly"]), amount, end))
        cr, fr = ratings
        if cr is None:
            cr = r.choices([5, 4, 3, 2, 1], [70, 22, 4, 2, 2])[0]
        if cr:
            fids.append(self.feedback(cid, client, cr, end + timedelta(hours=r.uniform(2, 90)), lang=lang))
        if fr is None and r.random() < reverse_p:
            fr = r.choices([5, 4, 3], [80, 17, 3])[0]
        if fr:
            fids.append(self.feedback(cid, freelancer, fr, end + timedelta(hours=r.uniform(3, 120)), lang=lang))
        return cid, fids, pids


# ---- background ------------------------------------------------------------------------------------
def background(w):
    r = w.rng
    langs = T.AREAS
    weights = [T.AREA_WEIGHT[x] for x in langs]
    clients, freelancers = [], []
    for _ in range(3350):
        lang = r.choices(langs, weights)[0]
        clients.append(w.account("client", lang, w.day(0, SPAN_DAYS - 200)))
    for _ in range(5250):
        lang = r.choices(langs, weights)[0]
        freelancers.append(w.account("freelancer", lang, w.day(0, SPAN_DAYS - 200)))
    for aid in clients + freelancers:
        w.base_identity(aid)
    # carrier NAT IPs shared by many mobile users
    everyone = clients + freelancers
    for size in (150, 135, 120, 110, 95, 80, 64, 52):
        ip = w.ident("ip")
        for aid in r.sample(everyone, size):
            w.sight(aid, "ip", ip, w.acc[aid]["created"] + timedelta(days=r.uniform(1, 300)))
    # organisations of clients
    org_of = {}
    for _ in range(430):
        members = r.sample(clients, r.randint(1, 4))
        created = min(w.acc[m]["created"] for m in members)
        oid = w.org(created)
        for i, m in enumerate(members):
            w.member(oid, m, ["owner", "hiring_manager", "admin", "member"][i])
            org_of.setdefault(m, oid)
    # agencies with a team and an office IP
    agencies = []
    for _ in range(70):
        lang = r.choices(langs, weights)[0]
        created = w.day(0, SPAN_DAYS - 300)
        ag = w.account("agency", lang, created, name="%s %s" % (r.choice(T.ORG_WORDS[0]), r.choice(T.AGENCY_WORDS)))
        oid = w.org(created, name=w.acc[ag]["name"])
        w.member(oid, ag, "owner")
        office = w.ident("ip")
        w.base_identity(ag, home_ip=office)
        for f in r.sample(freelancers, r.randint(2, 6)):
            w.member(oid, f, "member")
            w.sight(f, "ip", office, w.acc[f]["created"] + timedelta(days=r.uniform(5, 200)))
        agencies.append(ag)
    # contracts: clients return to favourite freelancers
    fav = defaultdict(list)
    n = 0
    while n < 16500:
        c = r.choice(clients)
        lang = w.acc[c]["lang"]
        if fav[c] and r.random() < 0.45:
            f = r.choice(fav[c])
        else:
            pool = w.by_lang[lang]["freelancer"] if r.random() < 0.7 else freelancers
            f = r.choice(pool) if pool else r.choice(freelancers)
            if r.random() < 0.03:
                f = r.choice(agencies)
            fav[c].append(f)
        lo = max(w.acc[c]["created"], w.acc[f]["created"])
        start = lo + timedelta(days=r.uniform(1, max(2, (END - lo).days - 60)))
        if start > END - timedelta(days=50):
            continue
        org = org_of.get(c) if r.random() < 0.8 else None
        status = "ended" if r.random() < 0.93 else r.choice(["active", "cancelled"])
        if status == "ended":
            cid, fids, pids = w.job(c, f, start, lang, org=org)
            if r.random() < 0.03:
                w.payment(cid, "bonus", round(w.contracts[cid]["amount"] * r.uniform(0.05, 0.2), 2),
                          w.contracts[cid]["end"])
            elif r.random() < 0.02:
                w.payment(cid, "refund", round(w.contracts[cid]["amount"] * r.uniform(0.1, 0.5), 2),
                          w.contracts[cid]["end"] + timedelta(days=1))
        else:
            cid = w.contract(c, f, start, r.randint(3, 30), round(r.lognormvariate(5.2, 0.8), 2), org=org,
                             lang=lang, status=status)
        if r.random() < 0.22:
            t = w.contracts[cid]["start"]
            for _ in range(r.randint(1, 3)):
                t += timedelta(hours=r.uniform(2, 40))
                sender = r.choice([c, f])
                w.message(cid, sender, r.choice(T.CHAT[T.TITLE_LANG.get(lang, "en")]), t)
        n += 1
    return clients, freelancers, agencies


# ---- structural schemes ------------------------------------------------------------------------------
def lang_pick(w):
    return w.rng.choices(T.AREAS, [T.AREA_WEIGHT[x] for x in T.AREAS])[0]


def add_scheme(w, kind, accounts, evidence, lang, variant, **extra):
    w.schemes.append(dict({"id": "", "kind": kind, "accounts": sorted(set(accounts)), "evidence": evidence,
                           "language": lang, "variant": variant}, **extra))


def honest_jobs(w, aid, n, lang, after):
    for _ in range(n):
        c = w.rng.choice(w.by_lang[lang]["client"] or w.by_lang["en"]["client"])
        start = max(after, w.acc[c]["created"], w.acc[aid]["created"]) + timedelta(days=w.rng.uniform(1, 200))
        if start < END - timedelta(days=40):
            w.job(c, aid, start, lang)


def self_hire(w):
    r = w.rng
    for variant in ("plus_address_card", "phone_formats", "device_evening", "alt_farm", "refund_loop",
                    "agency_front", "fresh_client_surname_ip", "late_device_once_ip"):
        for _ in range(6):
            lang = lang_pick(w)
            first, last = w.name_for(lang)
            t0 = w.day(0, SPAN_DAYS - 450)
            ev, accs = [], []
            fkind = "agency" if variant == "agency_front" else "freelancer"
            if variant == "plus_address_card":
                base = w.email_for(first, last).split("@")
                fe = "%s+work@%s" % tuple(base)
                ce = "%s+hire@%s" % tuple(base)
                free = w.account("freelancer", lang, t0, name="%s %s" % (first, last), email=fe)
                client = w.account("client", lang, t0 + timedelta(days=r.uniform(20, 200)),
                                   name="%s %s" % (first[0] + ".", last), email=ce)
            elif variant == "fresh_client_surname_ip":
                free = w.account("freelancer", lang, t0, name="%s %s" % (first, last))
                other, _ = w.name_for(lang)
                client = w.account("client", lang, t0 + timedelta(days=r.uniform(100, 250)),
                                   name="%s %s" % (other, last))
            else:
                free = w.account(fkind, lang, t0, name="%s %s" % (first, last))
                client = w.account("client", lang, t0 + timedelta(days=r.uniform(5, 300)))
            frees = [free]
            if variant == "alt_farm":
                for _ in range(r.randint(1, 2)):
                    f2, l2 = w.name_for(lang)
                    frees.append(w.account("freelancer", lang, t0 + timedelta(days=r.uniform(1, 60)),
                                           name="%s %s" % (f2, l2)))
            for a in frees + [client]:
                w.base_identity(a)
            cstart = w.acc[client]["created"] + timedelta(days=r.uniform(3, 40))
            # the link
            if variant == "plus_address_card":
                card = w.ident("payment_instrument")
                w.sight(client, "payment_instrument", card, cstart)
                w.sight(free, "payment_instrument", card, cstart + timedelta(days=r.uniform(1, 30)))
            elif variant == "phone_formats":
                cc = r.choice(["44", "34", "49", "33", "48", "31", "90", "39"])
                digits = "%d" % r.randrange(600000000, 799999999)
                w.sight(free, "phone", "+%s %s %s %s" % (cc, digits[:3], digits[3:6], digits[6:]), t0)
                w.sight(client, "phone", "+%s-%s-%s" % (cc, digits[:3], digits[3:]), cstart)
            elif variant == "device_evening":
                dev = w.ident("device")
                ev_t = cstart - timedelta(hours=r.uniform(1, 48))
                w.sight(free, "device", dev, ev_t)
                w.sight(client, "device", dev, ev_t + timedelta(minutes=r.randint(8, 50)))
            elif variant == "alt_farm":
                dev = w.ident("device")
                for a in frees + [client]:
                    w.sight(a, "device", dev, w.acc[a]["created"] + timedelta(days=r.uniform(1, 20)))
            elif variant == "refund_loop":
                bank = w.ident("bank_account")
                w.sight(free, "bank_account", bank, t0 + timedelta(days=2))
                w.sight(client, "bank_account", bank, cstart)
            elif variant == "agency_front":
                tax, addr = w.ident("tax_id"), w.ident("address")
                for a in (free, client):
                    w.sight(a, "tax_id", tax, w.acc[a]["created"] + timedelta(days=3))
                    w.sight(a, "address", addr, w.acc[a]["created"] + timedelta(days=4))
            elif variant == "fresh_client_surname_ip":
                ip = w.ident("ip")
                for a in (free, client):
                    for _ in range(r.randint(2, 5)):
                        w.sight(a, "ip", ip, cstart + timedelta(days=r.uniform(-10, 60)))
            elif variant == "late_device_once_ip":
                dev, ip = w.ident("device"), w.ident("ip")
                w.sight(free, "device", dev, t0 + timedelta(days=1))
                w.sight(client, "device", dev, cstart + timedelta(days=r.uniform(120, 260)))
                w.sight(client, "ip", ip, cstart)
                w.sight(free, "ip", ip, cstart + timedelta(days=r.uniform(2, 9)))
            if r.random() < 0.5:
                honest_jobs(w, free, r.randint(2, 10), lang, t0)
            t = cstart
            for f in frees:
                t = max(t, w.acc[f]["created"] + timedelta(days=1))
                for _ in range(r.randint(1, 4) if variant != "fresh_client_surname_ip" else r.randint(3, 6)):
                    small = r.random() < 0.6
                    cid, fids, pids = w.job(client, f, t, lang, amount=round(r.uniform(15, 90) if small else
                                                                                 r.uniform(150, 900), 2),
                                            days=r.randint(1, 4) if small else r.randint(5, 20),
                                            ratings=(r.choice([5, 5, 5, 4]), None), reverse_p=0.5)
                    ev += [cid] + fids
                    if variant == "refund_loop":
                        ev.append(w.payment(cid, "refund", round(w.contracts[cid]["amount"] * r.uniform(0.7, 0.9), 2),
                                            w.contracts[cid]["end"] + timedelta(days=r.uniform(1, 3))))
                    t = w.contracts[cid]["end"] + timedelta(days=r.uniform(3, 40))
            accs = frees + [client]
            add_scheme(w, "self_hire", accs, ev, w.acc[free]["lang"], variant)


def rings(w):
    r = w.rng
    for shape in ("pairwise_cycle", "burst_fresh", "hub_star", "two_cliques_bridge", "slow_chain_established",
                  "sparse_reciprocal_mixed", "cross_border_mid"):
        for _ in range(6):
            lang = lang_pick(w)
            n = {"pairwise_cycle": r.randint(3, 6), "burst_fresh": r.randint(3, 6), "hub_star": r.randint(4, 8),
                 "two_cliques_bridge": 6, "slow_chain_established": r.randint(4, 8),
                 "sparse_reciprocal_mixed": r.randint(6, 12), "cross_border_mid": r.randint(3, 6)}[shape]
            t0 = w.day(0, SPAN_DAYS - 420)
            members = []
            for i in range(n):
                ml = lang_pick(w) if shape == "cross_border_mid" else lang
                created = t0 + timedelta(days=r.uniform(0, 6) if shape == "burst_fresh" else r.uniform(0, 120))
                m = w.account("freelancer", ml, created)
                w.base_identity(m)
                members.append(m)
            if shape in ("slow_chain_established", "hub_star", "sparse_reciprocal_mixed"):
                for m in members:
                    honest_jobs(w, m, r.randint(3, 14), w.acc[m]["lang"], t0)
            if shape == "burst_fresh" and r.random() < 0.5:
                ip = w.ident("ip")
                for m in members[: max(2, n // 2)]:
                    w.sight(m, "ip", ip, t0 + timedelta(days=7))
            edges = []
            if shape == "pairwise_cycle":
                for i in range(n):
                    a, b = members[i], members[(i + 1) % n]
                    edges += [(a, b), (b, a)]
            elif shape == "burst_fresh":
                edges = [(a, b) for a in members for b in members if a != b and r.random() < 0.7]
            elif shape == "hub_star":
                hub = members[0]
                for m in members[1:]:
                    edges += [(hub, m), (m, hub)]
            elif shape == "two_cliques_bridge":
                for grp in (members[:3], members[3:]):
                    edges += [(a, b) for a in grp for b in grp if a != b]
                edges += [(members[0], members[3]), (members[3], members[0])]
            elif shape == "slow_chain_established":
                edges = [(members[i], members[(i + 1) % n]) for i in range(n)]
            elif shape == "sparse_reciprocal_mixed":
                seen = set()
                for i in range(n):
                    for j in r.sample(range(n), 2):
                        if i != j and (min(i, j), max(i, j)) not in seen:
                            seen.add((min(i, j), max(i, j)))
                            edges += [(members[i], members[j]), (members[j], members[i])]
            else:
                edges = [(members[i], members[(i + 1) % n]) for i in range(n)]
                edges += [(members[(i + 1) % n], members[i]) for i in range(n) if r.random() < 0.5]
            r.shuffle(edges)
            ev = []
            base = t0 + timedelta(days=130 if shape != "burst_fresh" else 8)
            spread = {"burst_fresh": 10, "slow_chain_established": 360, "sparse_reciprocal_mixed": 240,
                      "cross_border_mid": 150}.get(shape, 70)
            for a, b in edges:
                start = max(base, w.acc[a]["created"], w.acc[b]["created"]) + timedelta(days=r.uniform(0, spread))
                if shape in ("cross_border_mid", "slow_chain_established"):
                    amount, days = round(r.uniform(150, 600), 2), r.randint(5, 20)
                else:
                    amount, days = round(r.uniform(10, 80), 2), r.randint(1, 3)
                cr = r.choice([5, 5, 4, 4, 3]) if shape == "sparse_reciprocal_mixed" else r.choice([5, 5, 5, 5, 4])
                fr = 5 if r.random() < 0.8 else 0
                cid, fids, _ = w.job(a, b, start, lang, amount=amount, days=days, ratings=(cr, fr))
                ev += [cid] + fids
            add_scheme(w, "feedback_ring", members, ev, lang, shape)


def conflicts(w):
    r = w.rng
    for variant in ("owner_by_hm", "admin_by_owner", "hm_by_owner_no_org", "member_many_small",
                    "member_also_other_org", "admin_alt_bank", "owner_agency_tax"):
        for _ in range(6):
            lang = lang_pick(w)
            t0 = w.day(0, SPAN_DAYS - 400)
            oid = w.org(t0)
            roles = {}
            doer_role = {"owner_by_hm": "owner", "admin_by_owner": "admin", "hm_by_owner_no_org": "hiring_manager",
                         "member_many_small": "member", "member_also_other_org": "member"}.get(variant)
            for role in ("owner", "admin", "hiring_manager", "member"):
                kind = "freelancer" if role == doer_role and r.random() < 0.6 else "client"
                roles[role] = w.account(kind, lang, t0 + timedelta(days=r.uniform(0, 20)))
                w.member(oid, roles[role], role)
                w.base_identity(roles[role])
            outside = []
            for _ in range(r.randint(3, 8)):
                f = r.choice(w.by_lang[lang]["freelancer"] or w.by_lang["en"]["freelancer"])
                start = max(t0, w.acc[f]["created"]) + timedelta(days=r.uniform(30, 500))
                if start < END - timedelta(days=40):
                    w.job(r.choice([roles["hiring_manager"], roles["admin"]]), f, start, lang, org=oid,
                          amount=round(r.uniform(300, 5000), 2))
                    outside.append(f)
            org_set, truth_accs = oid, []
            if variant == "owner_by_hm":
                hirer, doer = roles["hiring_manager"], roles["owner"]
            elif variant == "admin_by_owner":
                hirer, doer = roles["owner"], roles["admin"]
            elif variant == "hm_by_owner_no_org":
                hirer, doer, org_set = roles["owner"], roles["hiring_manager"], None
            elif variant == "member_many_small":
                hirer, doer = roles["hiring_manager"], roles["member"]
            elif variant == "member_also_other_org":
                hirer, doer = roles["admin"], roles["member"]
                other = w.org(t0 - timedelta(days=30))
                w.member(other, doer, "owner")
            elif variant == "admin_alt_bank":
                hirer = roles["hiring_manager"]
                nm = w.acc[roles["admin"]]["name"]
                doer = w.account("freelancer", lang, t0 + timedelta(days=r.uniform(30, 90)), name=nm)
                w.base_identity(doer)
                bank = w.ident("bank_account")
                w.sight(roles["admin"], "bank_account", bank, t0 + timedelta(days=5))
                w.sight(doer, "bank_account", bank, w.acc[doer]["created"] + timedelta(days=2))
                truth_accs = [roles["admin"]]
            else:  # owner_agency_tax
                hirer = roles["hiring_manager"]
                doer = w.account("agency", lang, t0 + timedelta(days=r.uniform(10, 60)),
                                 name="%s %s" % (w.acc[roles["owner"]]["name"].split()[-1], r.choice(T.AGENCY_WORDS)))
                w.base_identity(doer)
                tax = w.ident("tax_id")
                w.sight(roles["owner"], "tax_id", tax, t0 + timedelta(days=4))
                w.sight(doer, "tax_id", tax, w.acc[doer]["created"] + timedelta(days=1))
                truth_accs = [roles["owner"]]
            ev = []
            t = max(t0, w.acc[doer]["created"]) + timedelta(days=r.uniform(40, 200))
            for _ in range(r.randint(4, 7) if variant == "member_many_small" else r.randint(1, 3)):
                amt = round(r.uniform(80, 400), 2) if variant == "member_many_small" else round(r.uniform(400, 6000), 2)
                cid, fids, pids = w.job(hirer, doer, t, lang, amount=amt, org=org_set, ratings=(5, None))
                ev += [cid] + fids
                t = w.contracts[cid]["end"] + timedelta(days=r.uniform(5, 60))
            add_scheme(w, "conflict_of_interest", [hirer, doer] + truth_accs, ev, lang, variant)


# ---- structural look-alikes --------------------------------------------------------------------------
def add_look(w, typ, accounts, evidence, lang):
    w.looks.append({"id": "", "type": typ, "accounts": sorted(set(accounts)), "evidence": evidence,
                    "language": lang})


def structural_lookalikes(w, agencies):
    r = w.rng
    for _ in range(70):  # families sharing a home and often a device, never hiring each other
        lang = lang_pick(w)
        _, surname = w.name_for(lang)
        ip, dev = w.ident("ip"), w.ident("device")
        fam = []
        for _ in range(r.randint(2, 4)):
            kind = r.choice(["client", "freelancer", "freelancer"])
            first, _ = w.name_for(lang)
            a = w.account(kind, lang, w.day(0, SPAN_DAYS - 300), name="%s %s" % (first, surname))
            w.base_identity(a, home_ip=ip, device=dev if r.random() < 0.7 else None)
            w.sight(a, "address", "12 " + surname + " Lane", w.acc[a]["created"] + timedelta(days=2))
            fam.append(a)
            if kind == "freelancer":
                honest_jobs(w, a, r.randint(1, 6), lang, w.acc[a]["created"])
        add_look(w, "family_shared_home", fam, [], lang)
    for i in range(36):  # coworking/office IP, some with one honest contract between two members
        lang = lang_pick(w)
        ip = w.ident("ip")
        grp = []
        for _ in range(r.randint(6, 14)):
            a = w.account(r.choice(["client", "freelancer"]), lang, w.day(0, SPAN_DAYS - 300))
            w.base_identity(a)
            for _ in range(r.randint(3, 8)):
                w.sight(a, "ip", ip, w.acc[a]["created"] + timedelta(days=r.uniform(1, 500)))
            grp.append(a)
        ev = []
        cl = [a for a in grp if w.acc[a]["kind"] == "client"]
        fr = [a for a in grp if w.acc[a]["kind"] == "freelancer"]
        if i % 2 == 0 and cl and fr:
            c, f = cl[0], fr[0]
            cid, fids, _ = w.job(c, f, max(w.acc[c]["created"], w.acc[f]["created"]) + timedelta(days=20), lang,
                                 amount=round(r.uniform(300, 2500), 2), days=r.randint(10, 40))
            ev = [cid] + fids
        add_look(w, "coworking_ip", grp, ev, lang)
    for ag in agencies[:36]:  # an agency and its team work for outside clients
        lang = w.acc[ag]["lang"]
        for _ in range(r.randint(2, 5)):
            c = r.choice(w.by_lang[lang]["client"] or w.by_lang["en"]["client"])
            start = max(w.acc[c]["created"], w.acc[ag]["created"]) + timedelta(days=r.uniform(5, 300))
            if start < END - timedelta(days=60):
                w.job(c, ag, start, lang, amount=round(r.uniform(800, 7000), 2), days=r.randint(15, 60))
        add_look(w, "agency_team_office", [ag], [], lang)
    for _ in range(50):  # a repeat client and their favourite freelancer, many five-star jobs
        lang = lang_pick(w)
        c = w.account("client", lang, w.day(0, 200))
        f = w.account("freelancer", lang, w.day(0, 200))
        w.base_identity(c)
        w.base_identity(f)
        ev = []
        t = max(w.acc[c]["created"], w.acc[f]["created"]) + timedelta(days=10)
        for _ in range(r.randint(6, 15)):
            cid, fids, _ = w.job(c, f, t, lang, amount=round(r.uniform(60, 1500), 2), ratings=(5, 5))
            ev += [cid] + fids
            t = w.contracts[cid]["end"] + timedelta(days=r.uniform(5, 50))
            if t > END - timedelta(days=60):
                break
        add_look(w, "repeat_client_five_star", [c, f], ev, lang)
    for _ in range(36):  # an org's manager does a job for another, unrelated org
        lang = lang_pick(w)
        t0 = w.day(0, SPAN_DAYS - 400)
        o1, o2 = w.org(t0), w.org(t0)
        mgr = w.account("freelancer", lang, t0)
        hirer = w.account("client", lang, t0)
        w.base_identity(mgr)
        w.base_identity(hirer)
        w.member(o1, mgr, r.choice(["owner", "hiring_manager", "admin"]))
        w.member(o2, hirer, "hiring_manager")
        cid, fids, _ = w.job(hirer, mgr, t0 + timedelta(days=r.uniform(30, 300)), lang, org=o2,
                             amount=round(r.uniform(500, 5000), 2))
        add_look(w, "manager_of_other_org", [mgr, hirer], [cid] + fids, lang)
    for _ in range(36):  # two freelancers who hired each other once each, honestly, months apart
        lang = lang_pick(w)
        a = w.account("freelancer", lang, w.day(0, 300))
        b = w.account("freelancer", lang, w.day(0, 300))
        w.base_identity(a)
        w.base_identity(b)
        honest_jobs(w, a, r.randint(4, 12), lang, w.acc[a]["created"])
        honest_jobs(w, b, r.randint(4, 12), lang, w.acc[b]["created"])
        t = max(w.acc[a]["created"], w.acc[b]["created"]) + timedelta(days=r.uniform(30, 200))
        c1, f1, _ = w.job(a, b, t, lang, amount=round(r.uniform(400, 3000), 2), days=r.randint(10, 40),
                          ratings=(r.choice([5, 4]), r.choice([5, 4])))
        c2, f2, _ = w.job(b, a, t + timedelta(days=r.uniform(120, 300)), lang, amount=round(r.uniform(400, 3000), 2),
                          days=r.randint(10, 40), ratings=(r.choice([5, 4]), r.choice([5, 4])))
        add_look(w, "two_way_honest_hire", [a, b], [c1, c2] + f1 + f2, lang)


# ---- text schemes ------------------------------------------------------------------------------------
def typo(rng, s):
    words = s.split(" ")
    cands = [i for i, x in enumerate(words) if len(x) > 5 and x.isalpha()]
    if not cands:
        return s
    i = rng.choice(cands)
    x = words[i]
    j = rng.randrange(1, len(x) - 2)
    words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
    return " ".join(words)


class Render:
    def __init__(self, w, lang, client, freelancer, amount, currency):
        self.w, self.lang = w, lang
        self.names = {"client": w.acc[client]["name"].split()[0], "freelancer": w.acc[freelancer]["name"].split()[0]}
        self.amount, self.currency = amount, currency

    def __call__(self, text, to_role):
        r = self.w.rng
        forms = T.STARS[self.lang]
        amt = "%d %s" % (max(10, round(self.amount * r.choice([0.1, 0.15, 0.2, 0.25, 0.3]) / 5) * 5), self.currency)
        return text.format(name=self.names[to_role], amt=amt, five=r.choice(forms["five"]),
                           one=r.choice(forms["one"]), pct=r.choice([10, 15, 20, 25, 30, 40, 50]))


def other(role):
    return "freelancer" if role == "client" else "client"


def text_party(w, lang):
    area = T.TEXT_AREA[lang]
    r = w.rng
    c = r.choice(w.by_lang[area]["client"])
    f = r.choice(w.by_lang[area]["freelancer"]) if r.random() < 0.85 else r.choice(w.by_lang[lang_pick(w)]["freelancer"])
    return c, f


def run_thread(w, lang, c, f, items, start_after=None):
    """items: list of (role, body). Writes a contract-bound message sequence; returns (cid, mids, times)."""
    r = w.rng
    lo = max(w.acc[c]["created"], w.acc[f]["created"]) + timedelta(days=3)
    start = lo + timedelta(days=r.uniform(0, max(1, (END - lo).days - 80)))
    amount = round(r.uniform(80, 2500), 2)
    cur = T.CURRENCY.get(lang, "USD")
    cid = w.contract(c, f, start, r.randint(6, 30), amount, lang=T.TITLE_LANG.get(lang, "en"), currency=cur)
    return cid, amount, cur


def text_schemes(w):
    r = w.rng
    n_id = 0
    outcomes = ["complied", "refused", "reported", "silent"]
    for lang in T.LANGS:
        for kind, bank in (("paid_feedback", T.PAID[lang]), ("feedback_extortion", T.EXT[lang])):
            themes = list(bank["theme"])
            r.shuffle(themes)
            asks, conds, closes = (r.sample(bank[k], len(bank[k])) for k in ("ask", "cond", "close"))
            opens = r.sample(T.OPEN[lang], len(T.OPEN[lang]))
            for i, theme in enumerate(themes):
                n_id += 1
                sender = T.THEME_SENDER[kind][theme]
                if T.THEME_SENDER[kind][theme] == "either":
                    sender = r.choice(["client", "freelancer"])
                victim = other(sender)
                c, f = text_party(w, lang)
                cid, amount, cur = run_thread(w, lang, c, f, [])
                ct = w.contracts[cid]
                rend = Render(w, lang, c, f, amount, cur)
                variants = bank["theme"][theme]
                vi = r.randrange(len(variants))
                theme_text = variants[vi]
                mode = "veiled" if theme.startswith("veiled") else "explicit"
                parts = [opens[i % len(opens)] + " " + asks[i % len(asks)], theme_text]
                if r.random() < 0.75:
                    parts.append(conds[i % len(conds)])
                if r.random() < 0.6:
                    parts.append(closes[i % len(closes)])
                # split: merge some parts into one message (2-4 messages), close may come after the reply
                if len(parts) >= 3 and r.random() < 0.35:
                    parts = [parts[0] + " " + parts[1]] + parts[2:]
                elif r.random() < 0.4:  # the greeting alone first, the ask in the next message (up to 5 parts)
                    parts = [opens[i % len(opens)], asks[i % len(asks)]] + parts[1:]
                late_close = len(parts) >= 3 and r.random() < 0.4
                main, tail = (parts[:-1], parts[-1:]) if late_close else (parts, [])
                if len(main) < 2:
                    main, tail = parts, []
                outcome = outcomes[(i + T.LANGS.index(lang)) % 4]
                seq = []  # (role, body, is_scheme)
                buried = r.random() < 0.3
                for _ in range(r.randint(6, 11) if buried else r.randint(0, 3)):
                    seq.append((r.choice(["client", "freelancer"]), r.choice(T.CHAT[T.TEXT_AREA_TEXT[lang]]), False))
                for j, p in enumerate(main):
                    body = rend(p, victim)
                    if r.random() < 0.18:
                        body = typo(r, body)
                    if r.random() < (0.5 if lang == "en_chat" else 0.12):
                        body += " " + r.choice(T.EMOJI)
                    seq.append((sender, body, True))
                    if j < len(main) - 1 and r.random() < 0.4:
                        seq.append((victim, r.choice(T.CHAT[T.TEXT_AREA_TEXT[lang]]), False))
                if outcome != "silent":
                    rep = r.choice(T.REPLY[lang][outcome])
                    seq.append((victim, rend(rep, sender), False))
                for p in tail:
                    seq.append((sender, rend(p, victim), True))
                for _ in range(r.randint(0, 3) if buried else r.randint(0, 1)):
                    seq.append((r.choice(["client", "freelancer"]), r.choice(T.CHAT[T.TEXT_AREA_TEXT[lang]]), False))
                # times: spread inside the contract, before its end
                span = (ct["end"] - ct["start"]).total_seconds()
                times = sorted(ct["start"] + timedelta(seconds=r.uniform(0.05, 0.95) * span) for _ in seq)
                mids, ev = [], []
                role_acc = {"client": c, "freelancer": f}
                for (role, body, is_s), t in zip(seq, times, strict=True):
                    mid = w.message(cid, role_acc[role], body, t)
                    mids.append(mid)
                    if is_s:
                        ev.append(mid)
                # payment and feedback
                end = ct["end"]
                w.payment(cid, "fixed", amount, end)
                rater = sender if theme in T.RATER_SENDS else victim
                rated = other(rater)
                if kind == "paid_feedback":
                    rating = 5 if outcome in ("complied", "silent") else r.choice([4, 5, 3])
                else:
                    rating = 5 if outcome == "complied" else r.choice([1, 2, 3, 4])
                fid = w.feedback(cid, role_acc[rater], rating, end + timedelta(hours=r.uniform(3, 60)), lang=T.TITLE_LANG.get(lang, "en"))
                ev.append(fid)
                pay = None
                if outcome == "complied" and theme in T.PAYS_BACK[kind]:
                    pay = w.payment(cid, "refund", round(amount * r.uniform(0.1, 0.3), 2), end + timedelta(hours=r.uniform(1, 30)))
                    ev.append(pay)
                if r.random() < 0.5:
                    w.feedback(cid, role_acc[rated], r.choice([5, 5, 4]), end + timedelta(hours=r.uniform(5, 90)),
                               lang=T.TITLE_LANG.get(lang, "en"))
                sid = "T%03d" % n_id
                add_scheme(w, kind, [c, f], ev, lang, None, theme=theme, template=vi, mode=mode, initiator=sender,
                           outcome=outcome, buried=buried, parts=len([x for x in seq if x[2]]),
                           payment=pay is not None, thread=sid)
                w.schemes[-1].pop("variant")
                w.threads.append({"id": sid, "kind": kind, "language": lang, "theme": theme, "mode": mode,
                                  "initiator": sender, "outcome": outcome,
                                  "messages": [{"sender_role": ro, "body": b} for ro, b, _ in seq],
                                  "message_ids": mids})


def honest_threads(w):
    r = w.rng
    n = 0
    for lang in T.LANGS:
        for typ, templates in T.HONEST[lang].items():
            for k in range(4):
                n += 1
                c, f = text_party(w, lang)
                cid, amount, cur = run_thread(w, lang, c, f, [])
                ct = w.contracts[cid]
                rend = Render(w, lang, c, f, amount, cur)
                tpl = templates[k % len(templates)]
                seq = []
                for _ in range(r.randint(0, 3)):
                    seq.append((r.choice(["client", "freelancer"]), r.choice(T.CHAT[T.TEXT_AREA_TEXT[lang]])))
                first_tpl = len(seq)
                for role, body in tpl:
                    seq.append((role, rend(body, other(role))))
                for _ in range(r.randint(0, 2)):
                    seq.append((r.choice(["client", "freelancer"]), r.choice(T.CHAT[T.TEXT_AREA_TEXT[lang]])))
                span = (ct["end"] - ct["start"]).total_seconds()
                times = sorted(ct["start"] + timedelta(seconds=r.uniform(0.05, 0.95) * span) for _ in seq)
                role_acc = {"client": c, "freelancer": f}
                end = ct["end"]
                lang_t = T.TITLE_LANG.get(lang, "en")
                w.payment(cid, "fixed", amount, end)
                ev = []
                if typ == "tip_after_review":
                    # the review first, then the tip and the message about it, with no condition
                    at = end + timedelta(hours=r.uniform(2, 20))
                    ev.append(w.feedback(cid, c, r.choice([5, 4]), at, lang=lang_t))
                    ev.append(w.payment(cid, "bonus", round(amount * r.uniform(0.05, 0.15), 2), at + timedelta(hours=2)))
                    after = at + timedelta(hours=3)
                    times = [t if i < first_tpl else after + timedelta(minutes=10 * i) for i, t in enumerate(times)]
                else:
                    rating = {"real_dispute": r.choice([1, 2, 3]), "refund_real_problem": 3}.get(typ, r.choice([5, 4, 5]))
                    ev.append(w.feedback(cid, c, rating, end + timedelta(hours=r.uniform(3, 40)), lang=lang_t))
                    if typ == "refund_real_problem":
                        ev.append(w.payment(cid, "refund", round(amount * 0.3, 2), end + timedelta(hours=1)))
                mids = [w.message(cid, role_acc[role], body, t) for (role, body), t in zip(seq, times, strict=True)]
                ev = mids + ev
                hid = "H%03d" % n
                add_look(w, typ, [c, f], ev, lang)
                w.threads.append({"id": hid, "kind": "honest", "language": lang, "type": typ,
                                  "messages": [{"sender_role": ro, "body": b} for ro, b in seq],
                                  "message_ids": mids})


# ---- validation ----------------------------------------------------------------------------------------
BAD_TEXT = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def validate(w):
    errs = []
    seen = defaultdict(set)
    for typ in ORDER:
        for x in w.rec[typ]:
            if typ in ("membership", "identity"):
                continue
            if x["id"] in seen[typ]:
                errs.append("duplicate %s id %s" % (typ, x["id"]))
            seen[typ].add(x["id"])
    accs = {a["id"]: a for a in w.rec["account"]}
    if len({a["email"] for a in accs.values()}) != len(accs):
        errs.append("duplicate emails")
    created = {k: datetime.fromisoformat(v["created_at"]) for k, v in accs.items()}
    for a in accs.values():
        if a["kind"] not in ("client", "freelancer", "agency") or not a["name"].strip() or BAD_TEXT.search(a["name"]):
            errs.append("account " + a["id"])
    for o in w.rec["organization"]:
        if BAD_TEXT.search(o["name"]) or len(o["name"]) > 200:
            errs.append("org name " + o["id"])
    ms = set()
    for m in w.rec["membership"]:
        if m["org"] not in seen["organization"] or m["account"] not in accs or (m["org"], m["account"]) in ms:
            errs.append("membership %r" % m)
        ms.add((m["org"], m["account"]))
    cts = {}
    for c in w.rec["contract"]:
        cts[c["id"]] = c
        s = datetime.fromisoformat(c["started_at"])
        if c["client"] == c["freelancer"] or c["client"] not in accs or c["freelancer"] not in accs:
            errs.append("contract parties " + c["id"])
        if s < max(created[c["client"]], created[c["freelancer"]]):
            errs.append("contract before accounts " + c["id"])
        if "ended_at" in c and datetime.fromisoformat(c["ended_at"]) < s:
            errs.append("contract ends early " + c["id"])
        if c.get("client_org") and c["client_org"] not in seen["organization"]:
            errs.append("contract org " + c["id"])
        if BAD_TEXT.search(c["title"]) or len(c["title"]) > 300:
            errs.append("title " + c["id"])
    for typ, who in (("feedback", ("author", "recipient")), ("message", ("sender", "recipient"))):
        for x in w.rec[typ]:
            c = cts.get(x["contract"])
            when = datetime.fromisoformat(x["created_at" if typ == "feedback" else "sent_at"])
            if c is None or {x[who[0]], x[who[1]]} != {c["client"], c["freelancer"]} or x[who[0]] == x[who[1]]:
                errs.append("%s parties %s" % (typ, x["id"]))
            elif when < datetime.fromisoformat(c["started_at"]):
                errs.append("%s before contract %s" % (typ, x["id"]))
        if typ == "feedback":
            errs += ["rating " + x["id"] for x in w.rec[typ] if x["rating"] not in (1, 2, 3, 4, 5)]
    for p in w.rec["payment"]:
        c = cts.get(p["contract"])
        want = (c["freelancer"], c["client"]) if p["kind"] == "refund" else (c["client"], c["freelancer"])
        if (p["payer"], p["payee"]) != want:
            errs.append("payment direction " + p["id"])
        if datetime.fromisoformat(p["created_at"]) < datetime.fromisoformat(c["started_at"]):
            errs.append("payment early " + p["id"])
    for s in w.rec["identity"]:
        if s["account"] not in accs or datetime.fromisoformat(s["seen_at"]) < created[s["account"]]:
            errs.append("identity %r" % s)
    every = set().union(*seen.values())
    for item in w.schemes + w.looks:
        for a in item["accounts"]:
            if a not in accs:
                errs.append("truth account %s in %s" % (a, item["id"]))
        for e in item["evidence"]:
            if e not in every:
                errs.append("truth evidence %s in %s" % (e, item["id"]))
    for t in w.threads:
        for m in t["message_ids"]:
            if m not in seen["message"]:
                errs.append("thread message " + m)
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=6606)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    w = World(a.seed)
    _, _, agencies = background(w)
    w.registering = False
    self_hire(w)
    rings(w)
    conflicts(w)
    w.registering = True
    structural_lookalikes(w, agencies)
    text_schemes(w)
    honest_threads(w)
    for i, s in enumerate(w.schemes, 1):
        s["id"] = "S%03d" % i
    for i, s in enumerate(w.looks, 1):
        s["id"] = "L%03d" % i
    errs = validate(w)
    if errs:
        for e in errs[:40]:
            print("invalid:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errs), file=sys.stderr)
        return 1
    os.makedirs(a.out, exist_ok=True)
    n = 0
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for typ in ORDER:
            rows = w.rec[typ]
            w.rng.shuffle(rows)
            for x in rows:
                fh.write(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump({"round": 6, "seed": a.seed, "schemes": w.schemes, "lookalikes": w.looks}, fh, ensure_ascii=False,
                  indent=1)
        fh.write("\n")
    with open(a.threads, "w", encoding="utf-8") as fh:
        for t in w.threads:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    counts = {t: len(w.rec[t]) for t in ORDER}
    kinds = defaultdict(int)
    for s in w.schemes:
        kinds[s["kind"]] += 1
    looks = defaultdict(int)
    for x in w.looks:
        looks[x["type"]] += 1
    print(json.dumps({"lines": n, "records": counts, "schemes": kinds, "lookalikes": looks}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
