#!/usr/bin/env python3
# ruff: noqa: UP031
"""Generate red-team round 10's marketplace (stdlib only, deterministic by --seed).

usage: generate.py [--seed 10010] [--out DIR] [--truth PATH] [--threads PATH]

Writes DIR/marketplace.jsonl, the truth file and the threads file, after validating the whole output; on any
validation failure it prints the problems and exits 1 without writing anything.
"""

import argparse
import json
import os
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
T0 = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)
SPAN_DAYS = 880


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.used_ids = set()
        self.used_emails = set()
        self.recs = {
            k: []
            for k in ("account", "organization", "membership", "contract", "feedback", "message", "payment", "identity")
        }
        self.acc = {}
        self.con = {}
        self.schemes = []
        self.looks = []
        self.threads = []
        self.by_area = {a: {"client": [], "freelancer": [], "agency": []} for a in T.LANGS}

    # ---------- ids, dates ----------
    def nid(self, prefix):
        while True:
            v = "%s%d" % (prefix, self.r.randrange(100000, 9999999))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    @staticmethod
    def iso(dt):
        return dt.isoformat()

    def rand_time(self, lo_days=0, hi_days=SPAN_DAYS):
        return T0 + timedelta(days=self.r.uniform(lo_days, hi_days), minutes=self.r.randrange(0, 600))

    # ---------- records ----------
    def account(self, area, kind, surname=None, created=None, email=None, first=None):
        country, _cur, firsts, lasts = T.AREAS[area]
        first = first or self.r.choice(firsts)
        surname = surname or self.r.choice(lasts)
        aid = self.nid("u")
        if email is None:
            local = "%s.%s%d" % (ascii_slug(first), ascii_slug(surname), self.r.randrange(1, 9999))
            email = "%s@%s" % (local, self.r.choice(["mail.example", "post.example", "inbox.example", "web.example"]))
        while email in self.used_emails:
            email = "x%d.%s" % (self.r.randrange(10, 99), email)
        self.used_emails.add(email)
        created = created or self.rand_time(-300, 200)
        name = (
            "%s %s" % (first, surname)
            if kind != "agency"
            else "%s %s Studio" % (surname, self.r.choice(["Digital", "Web", "Media", "Labs"]))
        )
        rec = {
            "type": "account",
            "id": aid,
            "email": email,
            "kind": kind,
            "name": name,
            "country": country,
            "created_at": self.iso(created),
        }
        self.recs["account"].append(rec)
        self.acc[aid] = {"area": area, "kind": kind, "surname": surname, "created": created}
        return aid

    def ident(self, account, kind, value, seen):
        self.recs["identity"].append(
            {"type": "identity", "account": account, "kind": kind, "value": value, "seen_at": self.iso(seen)}
        )

    def own_identities(self, aid):
        c = self.acc[aid]["created"]
        n = self.r.randrange(10**7, 10**8)
        self.ident(aid, "device", "dev-%x" % self.r.getrandbits(48), c + timedelta(minutes=3))
        self.ident(
            aid,
            "ip",
            "%d.%d.%d.%d"
            % (self.r.randrange(11, 223), self.r.randrange(256), self.r.randrange(256), self.r.randrange(1, 255)),
            c + timedelta(minutes=2),
        )
        if self.acc[aid]["kind"] == "client":
            self.ident(
                aid, "payment_instrument", "card:%d%08d" % (self.r.randrange(4000, 5600), n), c + timedelta(days=1)
            )
        else:
            self.ident(aid, "bank_account", "ACC%d%d" % (self.r.randrange(10, 99), n), c + timedelta(days=1))

    def org(self, name, created):
        oid = self.nid("o")
        self.recs["organization"].append(
            {"type": "organization", "id": oid, "name": name, "created_at": self.iso(created)}
        )
        return oid

    def member(self, org, account, role):
        self.recs["membership"].append({"type": "membership", "org": org, "account": account, "role": role})

    def contract(self, client, freelancer, start, amount, days=None, org=None, status=None, title=None):
        cid = self.nid("c")
        days = days if days is not None else self.r.randrange(2, 40)
        end = start + timedelta(days=days, hours=self.r.randrange(1, 20))
        status = status or "ended"
        area = self.acc[client]["area"]
        rec = {
            "type": "contract",
            "id": cid,
            "client": client,
            "freelancer": freelancer,
            "title": title or self.r.choice(T.TITLES),
            "amount": "%.2f" % amount,
            "currency": T.AREAS[area][1],
            "started_at": self.iso(start),
            "status": status,
        }
        if status != "active":
            rec["ended_at"] = self.iso(end)
        if org:
            rec["client_org"] = org
        self.recs["contract"].append(rec)
        self.con[cid] = {"client": client, "freelancer": freelancer, "start": start, "end": end, "amount": amount}
        return cid

    def feedback(self, cid, author, rating, when=None, comment=None):
        c = self.con[cid]
        recipient = c["freelancer"] if author == c["client"] else c["client"]
        fid = self.nid("f")
        when = when or c["end"] + timedelta(hours=self.r.randrange(1, 72))
        if comment is None:
            comment = self.r.choice(
                T.COMMENTS_GOOD if rating >= 4 else T.COMMENTS_MID if rating == 3 else T.COMMENTS_BAD
            )
        self.recs["feedback"].append(
            {
                "type": "feedback",
                "id": fid,
                "contract": cid,
                "author": author,
                "recipient": recipient,
                "rating": rating,
                "comment": comment,
                "created_at": self.iso(when),
            }
        )
        return fid

    def message(self, cid, sender, body, when):
        c = self.con[cid]
        recipient = c["freelancer"] if sender == c["client"] else c["client"]
        mid = self.nid("m")
        self.recs["message"].append(
            {
                "type": "message",
                "id": mid,
                "sender": sender,
                "recipient": recipient,
                "contract": cid,
                "body": body,
                "sent_at": self.iso(when),
            }
        )
        return mid

    def payment(self, cid, kind, amount, when):
        c = self.con[cid]
        payer, payee = (c["freelancer"], c["client"]) if kind == "refund" else (c["client"], c["freelancer"])
        pid = self.nid("p")
        self.recs["payment"].append(
            {
                "type": "payment",
                "id": pid,
                "contract": cid,
                "payer": payer,
                "payee": payee,
                "kind": kind,
                "amount": "%.2f" % amount,
                "created_at": self.iso(when),
            }
        )
        return pid

    def job(self, client, freelancer, start, amount, rating=5, back=5, org=None, days=None, pay_kind="fixed"):
        """A whole finished job: contract, payment, feedback both ways. Returns (contract, [feedback ids])."""
        cid = self.contract(client, freelancer, start, amount, days=days, org=org)
        c = self.con[cid]
        self.payment(cid, pay_kind, amount, c["end"] - timedelta(hours=1))
        fids = [self.feedback(cid, client, rating)]
        if back:
            fids.append(self.feedback(cid, freelancer, back))
        return cid, fids

    def honest_job(self, client, freelancer, start=None, org=None):
        start = start or self.rand_time(60, SPAN_DAYS - 60)
        start = max(
            start, self.acc[client]["created"] + timedelta(days=2), self.acc[freelancer]["created"] + timedelta(days=2)
        )
        amount = round(self.r.choice([self.r.uniform(30, 300), self.r.uniform(300, 2500)]), 2)
        rating = self.r.choices([5, 4, 3, 2, 1], [62, 24, 7, 4, 3])[0]
        back = self.r.choices([5, 4, 3, 0], [60, 22, 5, 13])[0]
        cid, _ = self.job(client, freelancer, start, amount, rating, back, org=org)
        c = self.con[cid]
        x = self.r.random()
        if x < 0.08:
            self.payment(cid, "bonus", round(amount * self.r.uniform(0.05, 0.2), 2), c["end"] + timedelta(hours=2))
        elif x < 0.12:
            self.payment(cid, "refund", round(amount * self.r.uniform(0.1, 0.5), 2), c["end"] + timedelta(days=1))
        if self.r.random() < 0.2:
            area = self.acc[client]["area"]
            for k in range(2):
                who = client if k == 0 else freelancer
                self.message(cid, who, self.r.choice(T.CHATTER[area]), c["start"] + timedelta(hours=3 + 20 * k))
        return cid

    def pick(self, area, kind="freelancer", exclude=()):
        while True:
            a = self.r.choice(self.by_area[area][kind])
            if a not in exclude:
                return a

    # ---------- background ----------
    def background(self):
        for area in T.LANGS:
            for kind, n in (("client", 340), ("freelancer", 380), ("agency", 15)):
                for _ in range(n):
                    a = self.account(area, kind)
                    self.own_identities(a)
                    self.by_area[area][kind].append(a)
        # organisations: owner, admin, hiring manager
        self.orgs = []
        for i in range(260):
            area = T.LANGS[i % len(T.LANGS)]
            people = self.r.sample(self.by_area[area]["client"], 3)
            oid = self.org(
                "%s %s" % (T.AREAS[area][3][i % 8], self.r.choice(["GmbH", "Ltd", "Group", "Co", "Partners"])),
                self.rand_time(-400, -100),
            )
            for p, role in zip(people, ("owner", "admin", "hiring_manager"), strict=True):
                self.member(oid, p, role)
            self.orgs.append((area, oid, people))
        # honest hires
        for _ in range(17000):
            if self.r.random() < 0.34:
                area, oid, people = self.r.choice(self.orgs)
                client = self.r.choice(people)
            else:
                area, oid = self.r.choice(T.LANGS), None
                client = self.pick(area, "client")
            farea = area if self.r.random() < 0.8 else self.r.choice(T.LANGS)
            fl = self.pick(farea, "agency" if self.r.random() < 0.05 else "freelancer")
            self.honest_job(client, fl, org=oid)
        # carrier NAT / coworking IPs over unrelated accounts
        every = list(self.acc)
        for i in range(120):
            ip = "100.%d.%d.%d" % (64 + i % 64, self.r.randrange(256), self.r.randrange(1, 255))
            for a in self.r.sample(every, self.r.randrange(8, 41)):
                self.ident(a, "ip", ip, self.rand_time(0, SPAN_DAYS))
        # shared family devices (two unrelated background accounts, a tablet)
        for _ in range(250):
            a, b = self.r.sample(every, 2)
            dev = "tablet-%x" % self.r.getrandbits(40)
            t = self.rand_time(0, SPAN_DAYS)
            self.ident(a, "device", dev, t)
            self.ident(b, "device", dev, t + timedelta(hours=self.r.randrange(1, 300)))

    # ---------- structural schemes ----------
    def scheme(self, kind, variant, area, accounts, evidence):
        sid = "S%s" % self.nid("")
        self.schemes.append(
            {"id": sid, "kind": kind, "variant": variant, "language": area, "accounts": accounts, "evidence": evidence}
        )

    def small_jobs(self, client, fl, start, n=None):
        ev = []
        t = start
        for _ in range(n or self.r.randrange(1, 5)):
            amount = round(self.r.uniform(15, 150), 2)
            _, fids = self.job(
                client,
                fl,
                t,
                amount,
                self.r.choices([5, 4], [85, 15])[0],
                self.r.choice([5, 5, 4]),
                days=self.r.randrange(1, 6),
            )
            ev += fids
            t += timedelta(days=self.r.randrange(4, 30))
        return ev

    def self_hire(self):
        variants = [
            "device_guid_braces_case",
            "paypal_email_case",
            "iban_as_card_and_payout",
            "ipv6_same_64_gmail_alias",
            "sort_code_bank_formats",
            "created_same_minute_ip",
        ]
        k = 0
        for v in variants:
            for _ in range(7):
                area = T.LANGS[k % len(T.LANGS)]
                k += 1
                sur = self.r.choice(T.AREAS[area][3])
                first = self.r.choice(T.AREAS[area][2])
                created = self.rand_time(-200, 300)
                c_email = f_email = None
                if v == "ipv6_same_64_gmail_alias":
                    base = "%s%s%d" % (ascii_slug(first)[:1], ascii_slug(sur), self.r.randrange(10, 99))
                    c_email = "%s+work@gmail.com" % base
                    f_email = "%s.%s@gmail.com" % (base[:1], base[1:])
                fcreated = (
                    created + timedelta(seconds=self.r.randrange(30, 110))
                    if v == "created_same_minute_ip"
                    else created + timedelta(days=self.r.randrange(3, 200))
                )
                c = self.account(area, "client", sur, created, c_email, first)
                f = self.account(area, "freelancer", sur, fcreated, f_email, first)
                for a in (c, f):
                    self.own_identities(a)
                t = max(created, fcreated)
                if v == "device_guid_braces_case":
                    g = "%08x-%04x-%04x-%04x-%012x" % tuple(self.r.getrandbits(b) for b in (32, 16, 16, 16, 48))
                    self.ident(c, "device", "{%s}" % g.upper(), t + timedelta(days=2))
                    self.ident(f, "device", g, t + timedelta(days=9))
                elif v == "paypal_email_case":
                    pp = "%s.%s@gmail.com" % (ascii_slug(first), ascii_slug(sur))
                    self.ident(c, "payment_instrument", "PayPal: %s" % pp.title(), t + timedelta(days=1))
                    self.ident(f, "payment_instrument", "paypal:%s" % pp, t + timedelta(days=5))
                elif v == "iban_as_card_and_payout":
                    iban = "%s%02d%s" % (
                        T.AREAS[area][0],
                        self.r.randrange(10, 99),
                        "".join(str(self.r.randrange(10)) for _ in range(18)),
                    )
                    self.ident(c, "payment_instrument", iban, t + timedelta(days=1))
                    self.ident(f, "bank_account", iban, t + timedelta(days=4))
                elif v == "ipv6_same_64_gmail_alias":
                    pre = "2a02:%04x:%04x:%04x" % (
                        self.r.getrandbits(16),
                        self.r.getrandbits(16),
                        self.r.getrandbits(16),
                    )
                    for a in (c, f):
                        suf = ":".join("%x" % self.r.getrandbits(16) for _ in range(4))
                        self.ident(a, "ip", "%s:%s" % (pre, suf), t + timedelta(days=self.r.randrange(1, 20)))
                elif v == "sort_code_bank_formats":
                    sc = "%02d%02d%02d" % (self.r.randrange(10, 99), self.r.randrange(100), self.r.randrange(100))
                    an = "%08d" % self.r.randrange(10**7, 10**8)
                    self.ident(c, "bank_account", "%s-%s-%s %s" % (sc[:2], sc[2:4], sc[4:], an), t + timedelta(days=2))
                    self.ident(f, "bank_account", "%s%s" % (sc, an), t + timedelta(days=6))
                elif v == "created_same_minute_ip":
                    ip = "%d.%d.%d.%d" % (
                        self.r.randrange(11, 223),
                        self.r.randrange(256),
                        self.r.randrange(256),
                        self.r.randrange(1, 255),
                    )
                    self.ident(c, "ip", ip, created)
                    self.ident(f, "ip", ip, fcreated)
                    t += timedelta(days=self.r.randrange(90, 240))
                ev = self.small_jobs(c, f, t + timedelta(days=self.r.randrange(5, 40)))
                if self.r.random() < 0.5:
                    for _ in range(self.r.randrange(1, 6)):
                        self.honest_job(self.pick(area, "client"), f)
                self.scheme("self_hire", v, area, [c, f], ev)

    def rings(self):
        variants = [
            "square_with_diagonals",
            "pentagram_skip_one",
            "owners_through_own_orgs",
            "seven_long_cycle",
            "hidden_in_volume",
            "bonus_padded",
        ]
        k = 0
        for v in variants:
            for _ in range(7):
                area = T.LANGS[(k + 5) % len(T.LANGS)]
                k += 1
                n = {
                    "square_with_diagonals": 4,
                    "pentagram_skip_one": 5,
                    "owners_through_own_orgs": 4,
                    "seven_long_cycle": 7,
                    "hidden_in_volume": 4,
                    "bonus_padded": 5,
                }[v]
                members = []
                for _ in range(n):
                    a = self.account(area, "freelancer", created=self.rand_time(-200, 250))
                    self.own_identities(a)
                    members.append(a)
                t = max(self.acc[a]["created"] for a in members) + timedelta(days=self.r.randrange(10, 60))
                if v == "square_with_diagonals":
                    pairs = [(members[i], members[(i + 1) % 4]) for i in range(4)] + [
                        (members[0], members[2]),
                        (members[3], members[1]),
                    ]
                elif v == "pentagram_skip_one":
                    pairs = [(members[i], members[(i + 2) % 5]) for i in range(5)]
                elif v == "seven_long_cycle":
                    pairs = [(members[i], members[(i + 1) % 7]) for i in range(7)]
                else:
                    pairs = [(members[i], members[(i + 1) % n]) for i in range(n)]
                orgs = {}
                if v == "owners_through_own_orgs":
                    for m in members:
                        orgs[m] = self.org(
                            "%s %s" % (self.acc[m]["surname"], self.r.choice(["Consulting", "Media", "Tech"])),
                            self.acc[m]["created"] + timedelta(days=2),
                        )
                        self.member(orgs[m], m, "owner")
                ev = []
                for cl, fl in pairs:
                    amount = round(self.r.uniform(40, 400), 2)
                    days = self.r.randrange(2, 15)
                    if v == "bonus_padded":
                        cid, fids = self.job(cl, fl, t, 10, 5, 5, days=days)
                        self.payment(
                            cid, "bonus", round(self.r.uniform(40, 90), 2), self.con[cid]["end"] + timedelta(hours=3)
                        )
                    else:
                        cid, fids = self.job(
                            cl,
                            fl,
                            t,
                            amount,
                            5,
                            self.r.choice([5, 5, 4]) if v == "seven_long_cycle" else 5,
                            org=orgs.get(cl),
                            days=days,
                        )
                    ev += fids
                    t += timedelta(days=self.r.randrange(3, 14) if v != "seven_long_cycle" else self.r.randrange(8, 16))
                for m in members:
                    lo, hi = (15, 26) if v == "hidden_in_volume" else (0, 5)
                    for _ in range(self.r.randrange(lo, hi)):
                        self.honest_job(self.pick(area, "client"), m)
                self.scheme("feedback_ring", v, area, members, ev)

    def coi(self):
        variants = [
            "hm_hires_agency_member",
            "admin_hires_fl_hm_cancel_rehire",
            "member_hires_owner_weekly",
            "owner_hires_admin_tax_alt",
            "co_admins",
            "hm_hires_owner_device_alt",
        ]
        k = 0
        for v in variants:
            for _ in range(7):
                area = T.LANGS[(k + 9) % len(T.LANGS)]
                k += 1
                created = self.rand_time(-300, 200)
                oid = self.org(
                    "%s %s" % (self.r.choice(T.AREAS[area][3]), self.r.choice(["Holding", "Studio", "Retail", "AG"])),
                    created,
                )
                owner_kind = "freelancer" if v == "member_hires_owner_weekly" else "client"
                hm_kind = "freelancer" if v == "admin_hires_fl_hm_cancel_rehire" else "client"
                owner = self.account(area, owner_kind, created=created)
                admin = self.account(area, "client", created=created + timedelta(days=3))
                hm = self.account(area, hm_kind, created=created + timedelta(days=9))
                for a, role in ((owner, "owner"), (admin, "admin"), (hm, "hiring_manager")):
                    self.own_identities(a)
                    self.member(oid, a, role)
                t = created + timedelta(days=self.r.randrange(30, 120))
                # honest outside hires by the organisation
                for _ in range(self.r.randrange(3, 9)):
                    self.honest_job(
                        self.r.choice([a for a in (owner, admin, hm) if self.acc[a]["kind"] == "client"]),
                        self.pick(area),
                        start=t + timedelta(days=self.r.randrange(0, 300)),
                        org=oid,
                    )
                ev = []
                if v == "hm_hires_agency_member":
                    ag = self.account(area, "agency", created=created + timedelta(days=15))
                    self.own_identities(ag)
                    self.member(oid, ag, "member")
                    for _ in range(self.r.randrange(2, 4)):
                        ev += self.job(hm, ag, t, round(self.r.uniform(500, 3000), 2), 5, 5, org=oid)[1]
                        t += timedelta(days=self.r.randrange(20, 60))
                    acc = [hm, ag]
                elif v == "admin_hires_fl_hm_cancel_rehire":
                    cid = self.contract(admin, hm, t, 800, days=5, org=oid, status="cancelled")
                    ev.append(cid)
                    cid2, fids = self.job(
                        admin, hm, t + timedelta(days=12), round(self.r.uniform(1500, 4000), 2), 5, 5, org=oid, days=30
                    )
                    ev += fids
                    acc = [admin, hm]
                elif v == "member_hires_owner_weekly":
                    mem = self.account(area, "client", created=created + timedelta(days=20))
                    self.own_identities(mem)
                    self.member(oid, mem, "member")
                    for _ in range(6):
                        ev += self.job(mem, owner, t, round(self.r.uniform(80, 200), 2), 5, 5, org=oid, days=6)[1]
                        t += timedelta(days=7)
                    acc = [mem, owner]
                elif v == "owner_hires_admin_tax_alt":
                    alt = self.account(
                        area, "freelancer", self.acc[admin]["surname"], created=created + timedelta(days=40)
                    )
                    self.own_identities(alt)
                    cc = T.AREAS[area][0]
                    num = "%09d" % self.r.randrange(10**8, 10**9)
                    self.ident(
                        admin, "tax_id", "%s %s %s %s" % (cc, num[:3], num[3:6], num[6:]), created + timedelta(days=4)
                    )
                    self.ident(alt, "tax_id", "%s%s" % (cc.lower(), num), created + timedelta(days=41))
                    for _ in range(self.r.randrange(1, 4)):
                        ev += self.job(owner, alt, t, round(self.r.uniform(300, 2000), 2), 5, 5, org=oid)[1]
                        t += timedelta(days=self.r.randrange(15, 50))
                    acc = [owner, alt, admin]
                elif v == "co_admins":
                    admin2 = self.account(area, "freelancer", created=created + timedelta(days=5))
                    self.own_identities(admin2)
                    self.member(oid, admin2, "admin")
                    cid = self.contract(admin, admin2, t, 4000, days=60, org=oid)
                    self.payment(cid, "milestone", 2000, t + timedelta(days=25))
                    self.payment(cid, "milestone", 2000, t + timedelta(days=58))
                    ev += [self.feedback(cid, admin, 5), self.feedback(cid, admin2, 5)]
                    acc = [admin, admin2]
                else:  # hm_hires_owner_device_alt
                    alt = self.account(
                        area, "freelancer", self.acc[owner]["surname"], created=created + timedelta(days=60)
                    )
                    self.own_identities(alt)
                    dev = "iPhone-%x" % self.r.getrandbits(32)
                    self.ident(owner, "device", dev, created + timedelta(days=61))
                    self.ident(alt, "device", dev, created + timedelta(days=61, minutes=40))
                    for _ in range(self.r.randrange(1, 4)):
                        ev += self.job(hm, alt, t, round(self.r.uniform(200, 1500), 2), 5, 5)[1]
                        t += timedelta(days=self.r.randrange(10, 40))
                    acc = [hm, alt, owner]
                self.scheme("conflict_of_interest", v, area, acc, ev)

    # ---------- text schemes and honest threads ----------
    def text_contract(self, area):
        cl = self.pick(area, "client")
        fl = self.pick(area, "freelancer")
        start = self.rand_time(120, SPAN_DAYS - 40)
        start = max(start, self.acc[cl]["created"] + timedelta(days=2), self.acc[fl]["created"] + timedelta(days=2))
        amount = round(self.r.uniform(150, 2500), 2)
        cid = self.contract(cl, fl, start, amount, days=self.r.randrange(10, 30))
        return cid, cl, fl

    def text_schemes(self):
        outcomes = ["complied", "refused", "reported", "silent"]
        k = 0
        for lang in T.LANGS:
            for kind, themes, meta, bank in (
                ("paid_feedback", T.PAID_THEMES, T.PAID_META, T.PAID),
                ("feedback_extortion", T.EXTORT_THEMES, T.EXTORT_META, T.EXTORT),
            ):
                for i, theme in enumerate(themes):
                    k += 1
                    initiator_role, mode = meta[theme]
                    outcome = outcomes[(k + i) % 4]
                    cid, cl, fl = self.text_contract(lang)
                    c = self.con[cid]
                    ini, vic = (fl, cl) if initiator_role == "freelancer" else (cl, fl)
                    buried = (k % 5) == 0
                    t = c["start"] + timedelta(hours=2)
                    msgs, mids, ev = [], [], []
                    for _ in range(7 if buried else self.r.randrange(0, 3)):
                        who = self.r.choice([cl, fl])
                        body = self.r.choice(T.CHATTER[lang])
                        mids.append(self.message(cid, who, body, t))
                        msgs.append({"sender_role": role(c, who), "body": body})
                        t += timedelta(hours=self.r.randrange(3, 30))
                    parts = [p.strip() for p in bank[lang][i].split("||")]
                    for j, p in enumerate(parts):
                        if j:
                            b = T.BETWEEN[lang]
                            mids.append(self.message(cid, vic, b, t))
                            msgs.append({"sender_role": role(c, vic), "body": b})
                            t += timedelta(minutes=self.r.randrange(2, 50))
                        m = self.message(cid, ini, p, t)
                        mids.append(m)
                        ev.append(m)
                        msgs.append({"sender_role": role(c, ini), "body": p})
                        t += timedelta(minutes=self.r.randrange(5, 90))
                    if outcome != "silent":
                        b = T.REPLY[lang][outcome]
                        mids.append(self.message(cid, vic, b, t))
                        msgs.append({"sender_role": role(c, vic), "body": b})
                    when = max(t, c["end"]) + timedelta(hours=self.r.randrange(2, 48))
                    self.payment(cid, "fixed", c["amount"], c["end"] - timedelta(hours=1))
                    if kind == "paid_feedback":
                        rating = 5 if outcome == "complied" else self.r.choice([3, 4, 5])
                    else:
                        rating = (
                            5
                            if outcome == "complied"
                            else self.r.choice([1, 2])
                            if outcome != "silent"
                            else self.r.choice([3, 4, 5])
                        )
                    ev.append(self.feedback(cid, cl, rating, when))
                    if self.r.random() < 0.6:
                        self.feedback(cid, fl, self.r.choice([4, 5]), when + timedelta(hours=5))
                    if (
                        kind == "feedback_extortion"
                        and outcome == "complied"
                        and theme in ("tell_boss", "tax_report", "brigade", "lawyer_letter", "veiled")
                    ):
                        ev.append(
                            self.payment(
                                cid,
                                "refund",
                                round(c["amount"] * self.r.uniform(0.3, 1.0), 2),
                                when - timedelta(hours=1),
                            )
                        )
                    sid = "T%s" % self.nid("")
                    self.schemes.append(
                        {
                            "id": sid,
                            "kind": kind,
                            "language": lang,
                            "accounts": [ini, vic],
                            "evidence": ev,
                            "theme": theme,
                            "mode": mode,
                            "initiator": initiator_role,
                            "outcome": outcome,
                            "buried": buried,
                            "parts": len(parts),
                        }
                    )
                    self.threads.append(
                        {
                            "id": sid,
                            "kind": kind,
                            "language": lang,
                            "theme": theme,
                            "mode": mode,
                            "initiator": initiator_role,
                            "outcome": outcome,
                            "messages": msgs,
                            "message_ids": mids,
                        }
                    )

    def honest_threads(self):
        for lang in T.LANGS:
            for typ in T.HONEST_TYPES:
                for _ in range(2):
                    cid, cl, fl = self.text_contract(lang)
                    c = self.con[cid]
                    t = c["start"] + timedelta(hours=1)
                    msgs, mids = [], []
                    for _ in range(self.r.randrange(0, 4)):
                        who = self.r.choice([cl, fl])
                        body = self.r.choice(T.CHATTER[lang])
                        mids.append(self.message(cid, who, body, t))
                        msgs.append({"sender_role": role(c, who), "body": body})
                        t += timedelta(hours=self.r.randrange(3, 30))
                    self.payment(cid, "fixed", c["amount"], c["end"] - timedelta(hours=1))
                    rating = {"real_dispute": 2, "rating_explained": 4}.get(typ, self.r.choice([4, 5]))
                    if typ == "honest_tip":
                        rating = 5
                    fb_time = max(t, c["end"]) + timedelta(hours=3)
                    if typ in ("honest_tip", "rating_explained"):
                        fid = self.feedback(cid, cl, rating, fb_time)
                        t = fb_time + timedelta(hours=2)
                    for part in T.HONEST[lang][typ].split("||"):
                        r_, body = part.strip().split(":", 1)
                        who = cl if r_ == "C" else fl
                        mids.append(self.message(cid, who, body.strip(), t))
                        msgs.append({"sender_role": role(c, who), "body": body.strip()})
                        t += timedelta(minutes=self.r.randrange(10, 300))
                    if typ not in ("honest_tip", "rating_explained"):
                        fid = self.feedback(cid, cl, rating, max(t, c["end"]) + timedelta(hours=3))
                    ev = mids + [fid]
                    if typ == "honest_tip":
                        ev.append(
                            self.payment(cid, "bonus", round(self.r.uniform(20, 120), 2), fb_time + timedelta(hours=1))
                        )
                    lid = "L%s" % self.nid("")
                    self.looks.append({"id": lid, "type": typ, "accounts": [cl, fl], "evidence": ev, "language": lang})
                    self.threads.append(
                        {
                            "id": lid,
                            "kind": "honest",
                            "language": lang,
                            "type": typ,
                            "messages": msgs,
                            "message_ids": mids,
                        }
                    )

    def structural_lookalikes(self):
        # coworking: 6-10 accounts on one IP, one honest hire between two of them
        for i in range(40):
            area = T.LANGS[i % len(T.LANGS)]
            ip = "81.%d.%d.%d" % (i, self.r.randrange(256), self.r.randrange(1, 255))
            cl = self.pick(area, "client")
            fls = [self.pick(area) for _ in range(self.r.randrange(5, 10))]
            for a in [cl] + fls:
                self.ident(a, "ip", ip, self.rand_time(0, SPAN_DAYS))
            cid, fids = self.job(
                cl, fls[0], self.rand_time(100, SPAN_DAYS - 30), round(self.r.uniform(200, 900), 2), 5, 5
            )
            self.looks.append(
                {
                    "id": "L" + self.nid(""),
                    "type": "coworking_ip",
                    "accounts": [cl] + fls,
                    "evidence": fids,
                    "language": area,
                }
            )
        # family: same surname, one home device and IP, each works for outsiders only
        for i in range(40):
            area = T.LANGS[i % len(T.LANGS)]
            sur = self.r.choice(T.AREAS[area][3])
            a = self.account(area, "client", sur)
            b = self.account(area, "freelancer", sur)
            for x in (a, b):
                self.own_identities(x)
            dev, ip = (
                "laptop-%x" % self.r.getrandbits(36),
                "%d.%d.%d.%d"
                % (self.r.randrange(11, 223), self.r.randrange(256), self.r.randrange(256), self.r.randrange(1, 255)),
            )
            t = max(self.acc[a]["created"], self.acc[b]["created"]) + timedelta(days=3)
            for x in (a, b):
                self.ident(x, "device", dev, t)
                self.ident(x, "ip", ip, t + timedelta(hours=6))
            for _ in range(self.r.randrange(1, 4)):
                self.honest_job(a, self.pick(area))
                self.honest_job(self.pick(area, "client"), b)
            self.looks.append(
                {
                    "id": "L" + self.nid(""),
                    "type": "family_shared_laptop",
                    "accounts": [a, b],
                    "evidence": [],
                    "language": area,
                }
            )
        # a loyal client: 6-12 jobs with one freelancer, all 5 stars
        for i in range(40):
            area = T.LANGS[i % len(T.LANGS)]
            cl, fl = self.pick(area, "client"), self.pick(area)
            t = self.rand_time(30, 300)
            ev = []
            for _ in range(self.r.randrange(6, 13)):
                ev += self.job(cl, fl, t, round(self.r.uniform(100, 900), 2), 5, 5)[1]
                t += timedelta(days=self.r.randrange(15, 45))
            self.looks.append(
                {
                    "id": "L" + self.nid(""),
                    "type": "loyal_client",
                    "accounts": [cl, fl],
                    "evidence": ev,
                    "language": area,
                }
            )
        # two freelancers who each hire the other once, months apart, mixed ratings
        for i in range(30):
            area = T.LANGS[i % len(T.LANGS)]
            a, b = self.pick(area), self.pick(area)
            while b == a:
                b = self.pick(area)
            t = self.rand_time(60, 400)
            ev = self.job(a, b, t, round(self.r.uniform(600, 2500), 2), self.r.choice([3, 4, 5]), 4)[1]
            ev += self.job(
                b,
                a,
                t + timedelta(days=self.r.randrange(120, 250)),
                round(self.r.uniform(600, 2500), 2),
                self.r.choice([3, 4, 5]),
                self.r.choice([4, 5]),
            )[1]
            self.looks.append(
                {
                    "id": "L" + self.nid(""),
                    "type": "mutual_hire_months_apart",
                    "accounts": [a, b],
                    "evidence": ev,
                    "language": area,
                }
            )
        # strangers with a common surname who hire each other once, nothing shared
        for i in range(30):
            area = T.LANGS[i % len(T.LANGS)]
            sur = T.AREAS[area][3][0]
            a = self.account(area, "client", sur)
            b = self.account(area, "freelancer", sur)
            for x in (a, b):
                self.own_identities(x)
            t = max(self.acc[a]["created"], self.acc[b]["created"]) + timedelta(days=self.r.randrange(20, 200))
            ev = self.job(a, b, t, round(self.r.uniform(80, 600), 2), 5, 5)[1]
            self.looks.append(
                {
                    "id": "L" + self.nid(""),
                    "type": "same_surname_strangers",
                    "accounts": [a, b],
                    "evidence": ev,
                    "language": area,
                }
            )

    # ---------- validation ----------
    def validate(self):
        errs = []
        ids = {}
        for typ in ("account", "organization", "contract", "feedback", "message", "payment"):
            for rec in self.recs[typ]:
                if not isinstance(rec["id"], str):
                    errs.append("non-string id %r" % rec["id"])
                if rec["id"] in ids:
                    errs.append("duplicate id %s" % rec["id"])
                ids[rec["id"]] = (typ, rec)
        emails = [a["email"] for a in self.recs["account"]]
        if len(emails) != len(set(emails)):
            errs.append("duplicate emails")
        kinds = {a["id"]: a["kind"] for a in self.recs["account"]}
        orgs = {o["id"] for o in self.recs["organization"]}
        mem_keys = set()
        for m in self.recs["membership"]:
            if m["org"] not in orgs or m["account"] not in kinds:
                errs.append("membership ref %r" % m)
            key = (m["org"], m["account"])
            if key in mem_keys:
                errs.append("duplicate membership %r" % (key,))
            mem_keys.add(key)
        cons = {}
        for c in self.recs["contract"]:
            if c["client"] not in kinds or c["freelancer"] not in kinds or c["client"] == c["freelancer"]:
                errs.append("contract parties %s" % c["id"])
            if "client_org" in c and c["client_org"] not in orgs:
                errs.append("contract org %s" % c["id"])
            s = datetime.fromisoformat(c["started_at"])
            if "ended_at" in c and datetime.fromisoformat(c["ended_at"]) < s:
                errs.append("contract dates %s" % c["id"])
            cons[c["id"]] = (c["client"], c["freelancer"], s)
        for f in self.recs["feedback"]:
            c = cons.get(f["contract"])
            if not c or {f["author"], f["recipient"]} != {c[0], c[1]} or f["author"] == f["recipient"]:
                errs.append("feedback parties %s" % f["id"])
            elif datetime.fromisoformat(f["created_at"]) < c[2]:
                errs.append("feedback before contract %s" % f["id"])
            if not (isinstance(f["rating"], int) and 1 <= f["rating"] <= 5):
                errs.append("rating %s" % f["id"])
        for m in self.recs["message"]:
            c = cons.get(m["contract"])
            if not c or (m["sender"], m["recipient"]) not in ((c[0], c[1]), (c[1], c[0])):
                errs.append("message parties %s" % m["id"])
            elif datetime.fromisoformat(m["sent_at"]) < c[2]:
                errs.append("message before contract %s" % m["id"])
        for p in self.recs["payment"]:
            c = cons.get(p["contract"])
            want = (c[1], c[0]) if c and p["kind"] == "refund" else (c[0], c[1]) if c else None
            if not c or (p["payer"], p["payee"]) != want:
                errs.append("payment direction %s" % p["id"])
            elif datetime.fromisoformat(p["created_at"]) < c[2]:
                errs.append("payment before contract %s" % p["id"])
        for i in self.recs["identity"]:
            if i["account"] not in kinds:
                errs.append("identity account %s" % i["account"])
        for rec in self.recs["account"] + self.recs["organization"]:
            if len(rec["name"]) > 200 or any(ch in rec["name"] for ch in "\n\t\r"):
                errs.append("name %s" % rec["id"])
        tids = set()
        for x in self.schemes + self.looks:
            if x["id"] in tids:
                errs.append("truth id %s" % x["id"])
            tids.add(x["id"])
            for a in x["accounts"]:
                if a not in kinds:
                    errs.append("truth account %s in %s" % (a, x["id"]))
            for e in x["evidence"]:
                if e not in ids:
                    errs.append("truth evidence %s in %s" % (e, x["id"]))
        msg_ids = {m["id"] for m in self.recs["message"]}
        for th in self.threads:
            for m in th["message_ids"]:
                if m not in msg_ids:
                    errs.append("thread message %s" % m)
        return errs

    def write(self, out, truth_path, threads_path):
        order = ["account", "organization", "membership", "contract", "feedback", "message", "payment", "identity"]
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
            for typ in order:
                recs = list(self.recs[typ])
                self.r.shuffle(recs)
                for rec in recs:
                    fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        with open(truth_path, "w", encoding="utf-8") as fh:
            json.dump(
                {"round": 10, "seed": self.seed, "schemes": self.schemes, "lookalikes": self.looks},
                fh,
                ensure_ascii=False,
                indent=1,
            )
            fh.write("\n")
        with open(threads_path, "w", encoding="utf-8") as fh:
            for th in self.threads:
                fh.write(json.dumps(th, ensure_ascii=False) + "\n")


def role(c, who):
    return "client" if who == c["client"] else "freelancer"


def ascii_slug(s):
    flat = unicodedata.normalize("NFKD", s.lower()).replace("ł", "l")
    out = "".join(ch for ch in flat if ch.isascii() and ch.isalnum())
    return out or "user%d" % (sum(map(ord, s)) % 997)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=10010)
    ap.add_argument("--out", default="/tmp/r10")
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    g = Gen(a.seed)
    g.background()
    g.self_hire()
    g.rings()
    g.coi()
    g.text_schemes()
    g.honest_threads()
    g.structural_lookalikes()
    errs = g.validate()
    if errs:
        for e in errs[:50]:
            print("invalid:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    g.write(a.out, a.truth, a.threads)
    counts = ", ".join("%s %d" % (k, len(v)) for k, v in g.recs.items())
    print(
        "wrote %s: %s; schemes %d, look-alikes %d"
        % (os.path.join(a.out, "marketplace.jsonl"), counts, len(g.schemes), len(g.looks))
    )


if __name__ == "__main__":
    main()
