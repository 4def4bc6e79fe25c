#!/usr/bin/env python3
"""Round 5 sealed red-team marketplace generator (stdlib only, deterministic by --seed).

usage: generate.py [--seed 5505] --out DIR [--truth FILE] [--threads FILE]
Writes DIR/marketplace.jsonl, and truth.json and threads.jsonl beside this file unless told otherwise.
Everything is validated before anything is written; on a failed check nothing is written and it exits 1.
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
T0 = datetime(2024, 1, 1, tzinfo=UTC)
END = datetime(2026, 11, 20, tzinfo=UTC)

LANG_COUNTRIES = {
    "en": ["US", "GB", "IE", "AU", "CA"],
    "en_chat": ["US", "GB", "AU", "CA", "NZ"],
    "es": ["ES", "MX", "AR", "CO", "CL"],
    "pt": ["BR", "PT"],
    "fr": ["FR", "BE", "LU"],
    "de": ["DE", "AT", "CH"],
    "ru": ["RU", "KZ", "BY"],
    "it": ["IT"],
    "pl": ["PL"],
    "other": ["IN", "PH", "NG", "PK", "VN", "ID", "EG", "KE", "UA", "TR", "BD", "RO"],
}
COUNTRY_LANG = {}
for _l, _cs in LANG_COUNTRIES.items():
    for _c in _cs:
        COUNTRY_LANG.setdefault(_c, "other" if _l == "other" else ("en" if _l == "en_chat" else _l))
# truth language of a graph scheme = its accounts' country; NZ counts as en
BG_LANG_WEIGHTS = [
    ("en", 26),
    ("other", 26),
    ("es", 9),
    ("pt", 8),
    ("fr", 7),
    ("de", 8),
    ("ru", 6),
    ("it", 5),
    ("pl", 5),
]
CUR = {
    "en": "USD",
    "en_chat": "USD",
    "pt": "BRL",
    "es": "EUR",
    "fr": "EUR",
    "de": "EUR",
    "ru": "RUB",
    "it": "EUR",
    "pl": "PLN",
    "other": "USD",
}
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "mail.example",
    "web.example",
    "gmx.example",
    "posteo.example",
    "fastmail.com",
]


def fmt_amount(lang, value, cur):
    v = int(value)
    if cur == "USD":
        return f"${v}"
    if cur == "BRL":
        return f"R$ {v}"
    if cur == "RUB":
        return f"{v} ₽" if lang == "ru" else f"{v} RUB"
    if cur == "PLN":
        return f"{v} zł"
    if cur == "GBP":
        return f"£{v}"
    return f"{v} €"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.recs = {
            k: []
            for k in ("account", "organization", "membership", "contract", "feedback", "message", "payment", "identity")
        }
        self.acc = {}
        self.contracts = {}
        self.emails = set()
        self.pools = {}
        self.truth_schemes = []
        self.lookalikes = []
        self.threads = []
        self.forbidden = set()  # background pairs that must not contract
        self.bg = {"client": [], "freelancer": []}
        self.bg_by_lang = {}
        self.n_contracts_of = {}

    # ---- ids ----------------------------------------------------------------------------------------------
    def nid(self, kind):
        pool = self.pools.get(kind)
        if not pool:
            prefix = {
                "account": "u",
                "organization": "org",
                "contract": "ct",
                "feedback": "fb",
                "message": "ms",
                "payment": "py",
            }[kind]
            size = {
                "account": 12000,
                "organization": 1500,
                "contract": 26000,
                "feedback": 45000,
                "message": 30000,
                "payment": 48000,
            }[kind]
            nums = self.r.sample(range(10**6, 10**7), size)
            pool = [f"{prefix}{n}" for n in nums]
            self.pools[kind] = pool
        return pool.pop()

    def rdate(self, a, b):
        return a + timedelta(seconds=self.r.randint(0, max(1, int((b - a).total_seconds()))))

    # ---- accounts -----------------------------------------------------------------------------------------
    def email_for(self, first, last):
        base = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode().lower()
        base = "".join(ch for ch in base if ch.isalnum() or ch == ".").strip(".")
        if len(base) < 3:
            base = "user"
        while True:
            style = self.r.random()
            if style < 0.4:
                e = f"{base}{self.r.randint(1, 999)}@{self.r.choice(DOMAINS)}"
            elif style < 0.7:
                e = "{}@{}".format(base.replace(".", "_"), self.r.choice(DOMAINS))
            else:
                e = "{}.{}@{}".format(
                    base.split(".")[0],
                    "".join(self.r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(5)),
                    self.r.choice(DOMAINS),
                )
            if e not in self.emails:
                self.emails.add(e)
                return e

    def account(self, kind, lang, created=None, last=None, first=None, email=None, country=None):
        nl = lang if lang in T.FIRST else ("en" if lang == "en_chat" else "other")
        first = first or self.r.choice(T.FIRST[nl])
        last = last or self.r.choice(T.LAST[nl])
        aid = self.nid("account")
        if email is None:
            email = self.email_for(first, last)
        else:
            self.emails.add(email)
        created = created or self.rdate(T0, T0 + timedelta(days=600))
        name = (
            f"{first} {last}"
            if kind != "agency"
            else "{} {}".format(last, self.r.choice(["Studio", "Digital", "Labs", "Collective", "Partners", "Hub"]))
        )
        rec = {
            "type": "account",
            "id": aid,
            "email": email,
            "kind": kind,
            "name": name,
            "country": country or self.r.choice(LANG_COUNTRIES[lang]),
            "created_at": created.isoformat(),
        }
        self.recs["account"].append(rec)
        self.acc[aid] = {"rec": rec, "created": created, "lang": lang, "first": first, "last": last}
        self.n_contracts_of[aid] = 0
        return aid

    def ident(self, aid, kind, value, when=None, n=1):
        c = self.acc[aid]["created"]
        for _ in range(n):
            t = when if when is not None and n == 1 else self.rdate(c, END - timedelta(days=5))
            if t < c:
                t = c + timedelta(hours=1)
            self.recs["identity"].append(
                {"type": "identity", "account": aid, "kind": kind, "value": value, "seen_at": t.isoformat()}
            )

    def rand_ip(self):
        parts = (
            self.r.choice([31, 46, 62, 77, 81, 85, 88, 91, 94, 109, 145, 176, 178, 185, 188, 212, 213, 217]),
            self.r.randint(0, 255),
            self.r.randint(0, 255),
            self.r.randint(1, 254),
        )
        return ".".join(str(x) for x in parts)

    def rand_val(self, kind):
        h = "".join(self.r.choice("0123456789abcdef") for _ in range(16))
        cc = [1, 44, 34, 55, 351, 33, 49, 7, 39, 48, 91, 63]
        return {
            "device": "dev-" + h,
            "payment_instrument": f"card-{h[:6]}-{self.r.randint(0, 9999):04d}",
            "phone": f"+{self.r.choice(cc)}{self.r.randint(10**8, 10**9 - 1):09d}",
            "bank_account": "IBAN-" + h.upper(),
            "tax_id": "TIN-" + h[:10].upper(),
            "address": f"{self.r.randint(1, 300)} {h[:5]} Street, flat {self.r.randint(1, 40)}",
            "ip": self.rand_ip(),
        }[kind]

    def base_identity(self, aid, kind):
        self.ident(aid, "device", self.rand_val("device"), n=self.r.randint(1, 3))
        self.ident(aid, "ip", self.rand_val("ip"), n=self.r.randint(1, 2))
        if self.r.random() < 0.5:
            self.ident(aid, "phone", self.rand_val("phone"))
        if kind == "client" and self.r.random() < 0.8:
            self.ident(aid, "payment_instrument", self.rand_val("payment_instrument"))
        if kind in ("freelancer", "agency") and self.r.random() < 0.7:
            self.ident(aid, "bank_account", self.rand_val("bank_account"))

    # ---- marketplace records ------------------------------------------------------------------------------
    def contract(
        self,
        client,
        freelancer,
        start=None,
        amount=None,
        days=None,
        org=None,
        status=None,
        cur=None,
        title=None,
        small=False,
    ):
        assert client != freelancer
        lo = max(self.acc[client]["created"], self.acc[freelancer]["created"]) + timedelta(days=1)
        if start is None:
            start = self.rdate(lo, max(lo + timedelta(days=2), END - timedelta(days=70)))
        elif start < lo:
            start = lo + timedelta(hours=self.r.randint(1, 48))
        days = (
            days
            if days is not None
            else (self.r.randint(1, 4) if small else self.r.choice([2, 3, 5, 7, 10, 14, 21, 30, 45, 60]))
        )
        if amount is None:
            amount = (
                self.r.choice([25, 40, 60, 80, 120])
                if small
                else self.r.choice([50, 80, 120, 150, 200, 250, 300, 450, 600, 800, 1200, 2000, 3500])
            )
        status = status or self.r.choices(["ended", "active", "cancelled"], [90, 6, 4])[0]
        cid = self.nid("contract")
        ended = start + timedelta(days=days, hours=self.r.randint(0, 20))
        rec = {
            "type": "contract",
            "id": cid,
            "client": client,
            "freelancer": freelancer,
            "title": title or self.r.choice(T.TITLES),
            "amount": f"{amount}.00",
            "currency": cur or CUR.get(self.acc[client]["lang"], "USD"),
            "started_at": start.isoformat(),
            "status": status,
        }
        if org:
            rec["client_org"] = org
        if status != "active":
            rec["ended_at"] = ended.isoformat()
        self.recs["contract"].append(rec)
        self.contracts[cid] = {
            "rec": rec,
            "start": start,
            "end": ended,
            "client": client,
            "freelancer": freelancer,
            "amount": amount,
        }
        self.n_contracts_of[client] += 1
        self.n_contracts_of[freelancer] += 1
        return cid

    def feedback(self, cid, author, rating, lang, when=None, comment=None):
        c = self.contracts[cid]
        recipient = c["freelancer"] if author == c["client"] else c["client"]
        when = when or c["end"] + timedelta(hours=self.r.randint(2, 200))
        if comment is None:
            bank = T.COMMENTS.get(lang, T.COMMENTS["en"])
            comment = self.r.choice(bank[0] if rating == 5 else bank[1] if rating == 4 else bank[2])
        fid = self.nid("feedback")
        self.recs["feedback"].append(
            {
                "type": "feedback",
                "id": fid,
                "contract": cid,
                "author": author,
                "recipient": recipient,
                "rating": rating,
                "comment": comment,
                "created_at": when.isoformat(),
            }
        )
        return fid

    def message(self, cid, sender, body, when):
        c = self.contracts[cid]
        recipient = c["freelancer"] if sender == c["client"] else c["client"]
        mid = self.nid("message")
        self.recs["message"].append(
            {
                "type": "message",
                "id": mid,
                "sender": sender,
                "recipient": recipient,
                "contract": cid,
                "body": body,
                "sent_at": when.isoformat(),
            }
        )
        return mid

    def payment(self, cid, kind, amount, when=None):
        c = self.contracts[cid]
        payer, payee = (c["freelancer"], c["client"]) if kind == "refund" else (c["client"], c["freelancer"])
        pid = self.nid("payment")
        when = when or c["start"] + timedelta(hours=self.r.randint(1, 24 * 5))
        self.recs["payment"].append(
            {
                "type": "payment",
                "id": pid,
                "contract": cid,
                "payer": payer,
                "payee": payee,
                "kind": kind,
                "amount": f"{amount}.00",
                "created_at": when.isoformat(),
            }
        )
        return pid

    def rating(self):
        return self.r.choices([5, 4, 3, 2, 1], [66, 22, 6, 3, 3])[0]

    def settle(self, cid, lang, c_rating=None, f_rating=None, pay=True, chatter=None):
        """Payments, chatter and feedback of an ordinary contract. Returns feedback ids."""
        c = self.contracts[cid]
        if c["rec"]["status"] == "cancelled":
            return []
        if pay:
            if self.r.random() < 0.35 and c["amount"] >= 200:
                half = c["amount"] // 2
                self.payment(cid, "milestone", half)
                self.payment(cid, "milestone", c["amount"] - half, c["end"])
            else:
                self.payment(cid, self.r.choice(["fixed", "fixed", "hourly"]), c["amount"], c["end"])
        if chatter is None:
            chatter = self.r.random() < 0.3
        if chatter:
            bank = T.CHATTER.get(lang, T.CHATTER["en"])
            t = c["start"]
            for _ in range(self.r.randint(1, 3)):
                t += timedelta(hours=self.r.randint(2, 60))
                self.message(cid, self.r.choice([c["client"], c["freelancer"]]), self.r.choice(bank), t)
        out = []
        if c["rec"]["status"] == "active":
            return out
        if self.r.random() < 0.86 or c_rating:
            out.append(self.feedback(cid, c["client"], c_rating or self.rating(), lang))
        if self.r.random() < 0.62 or f_rating:
            out.append(self.feedback(cid, c["freelancer"], f_rating or self.r.choice([5, 5, 5, 4]), lang))
        return out

    def org(self, name):
        oid = self.nid("organization")
        self.recs["organization"].append(
            {
                "type": "organization",
                "id": oid,
                "name": name,
                "created_at": self.rdate(T0, T0 + timedelta(days=300)).isoformat(),
            }
        )
        return oid

    def member(self, oid, aid, role):
        self.recs["membership"].append({"type": "membership", "org": oid, "account": aid, "role": role})

    def pick_bg(self, role, lang=None):
        if lang and self.r.random() < 0.8:
            xs = self.bg_by_lang.get((role, lang))
            if xs:
                return self.r.choice(xs)
        return self.r.choice(self.bg[role])

    def honest_history(self, aid, role, n, lang):
        """n ordinary contracts with background accounts."""
        for _ in range(n):
            if role == "freelancer":
                cid = self.contract(self.pick_bg("client", lang), aid)
            else:
                cid = self.contract(aid, self.pick_bg("freelancer", lang))
            self.settle(cid, lang)

    # ---- background ---------------------------------------------------------------------------------------
    def background(self):
        r = self.r
        langs = [x for x, _ in BG_LANG_WEIGHTS]
        weights = [w for _, w in BG_LANG_WEIGHTS]
        for _ in range(3350):
            lang = r.choices(langs, weights)[0]
            a = self.account("client", lang)
            self.base_identity(a, "client")
            self.bg["client"].append(a)
            self.bg_by_lang.setdefault(("client", lang), []).append(a)
        for _ in range(5450):
            lang = r.choices(langs, weights)[0]
            a = self.account("freelancer", lang)
            self.base_identity(a, "freelancer")
            self.bg["freelancer"].append(a)
            self.bg_by_lang.setdefault(("freelancer", lang), []).append(a)
        # carrier NAT: mobile users share IPs; some pools above the share cap, some below
        everyone = self.bg["client"] + self.bg["freelancer"]
        for size in [140, 135, 130, 125, 120, 118, 90, 75, 60, 55]:
            ip = f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            for a in r.sample(everyone, size):
                self.ident(a, "ip", ip, n=r.randint(1, 3))
        # organisations of clients
        self.org_hm = {}
        clients = list(self.bg["client"])
        r.shuffle(clients)
        i = 0
        for _k in range(380):
            lang = self.acc[clients[i]]["lang"]
            oid = self.org(
                "{} {}".format(
                    self.acc[clients[i]]["last"],
                    r.choice(["GmbH", "Ltd", "S.L.", "SAS", "Inc.", "Group", "Media", "Foods", "Health", "Logistics"]),
                )
            )
            size = r.randint(1, 4)
            roles = ["owner", "admin", "hiring_manager", "member"]
            for j in range(size):
                self.member(oid, clients[i + j], roles[j])
                if roles[j] in ("owner", "hiring_manager"):
                    self.org_hm[clients[i + j]] = oid
            i += size
        # families, offices, agencies (look-alikes) before the contracts so pairs can be forbidden
        self.families()
        self.offices()
        self.agencies()
        # ordinary contracts: clients with favourite freelancers
        favs = {}
        for _ in range(15300):
            c = r.choice(self.bg["client"]) if r.random() < 0.5 else r.choice(self.bg["client"][:900])
            lang = self.acc[c]["lang"]
            fv = favs.setdefault(c, [])
            if fv and r.random() < 0.45:
                f = r.choice(fv)
            else:
                f = self.pick_bg("freelancer", lang)
                if r.random() < 0.15 and self.agency_ids:
                    f = r.choice(self.agency_ids)
                fv.append(f)
            if (c, f) in self.forbidden or (f, c) in self.forbidden:
                continue
            org = self.org_hm.get(c) if r.random() < 0.6 else None
            cid = self.contract(c, f, org=org)
            self.settle(cid, lang)
            if r.random() < 0.03 and self.contracts[cid]["rec"]["status"] == "ended":
                self.payment(cid, "bonus", r.choice([10, 20, 25, 50, 100]), self.contracts[cid]["end"])
            elif r.random() < 0.02 and self.contracts[cid]["rec"]["status"] == "ended":
                self.payment(
                    cid,
                    "refund",
                    max(10, self.contracts[cid]["amount"] // 4),
                    self.contracts[cid]["end"] + timedelta(days=1),
                )

    def look(self, typ, accounts, evidence, lang):
        self.lookalikes.append(
            {
                "id": f"L{len(self.lookalikes) + 1:03d}",
                "type": typ,
                "accounts": list(accounts),
                "evidence": list(evidence),
                "language": lang,
            }
        )

    def families(self):
        r = self.r
        for _ in range(85):
            lang = r.choices([x for x, _ in BG_LANG_WEIGHTS], [w for _, w in BG_LANG_WEIGHTS])[0]
            nl = lang if lang in T.LAST else "other"
            last = r.choice(T.LAST[nl])
            country = r.choice(LANG_COUNTRIES[lang])
            ip, dev = self.rand_ip(), self.rand_val("device")
            members = []
            for k in range(r.randint(2, 4)):
                kind = r.choice(["client", "freelancer", "freelancer"])
                a = self.account(kind, lang, last=last, country=country)
                self.base_identity(a, kind)
                self.ident(a, "ip", ip, n=r.randint(3, 8))
                if k == 0 or r.random() < 0.7:
                    self.ident(a, "device", dev, n=r.randint(1, 4))
                if r.random() < 0.3:
                    self.ident(a, "address", f"{last} family home {_}")
                self.bg[kind].append(a)
                self.bg_by_lang.setdefault((kind, lang), []).append(a)
                members.append(a)
            for x in members:
                for y in members:
                    self.forbidden.add((x, y))
            self.look("family_shared_device", members, [], COUNTRY_LANG[country])

    def offices(self):
        r = self.r
        self.office_groups = []
        for _k in range(40):
            lang = r.choices([x for x, _ in BG_LANG_WEIGHTS], [w for _, w in BG_LANG_WEIGHTS])[0]
            ip = self.rand_ip()
            pool = self.bg["client"] + self.bg["freelancer"]
            members = r.sample(pool, r.randint(6, 15))
            for a in members:
                self.ident(a, "ip", ip, n=r.randint(3, 10))
            self.office_groups.append((members, lang))
            for x in members:
                for y in members:
                    self.forbidden.add((x, y))

    def agencies(self):
        r = self.r
        self.agency_ids = []
        self.agency_teams = []
        for _k in range(85):
            lang = r.choices([x for x, _ in BG_LANG_WEIGHTS], [w for _, w in BG_LANG_WEIGHTS])[0]
            ag = self.account("agency", lang)
            self.base_identity(ag, "agency")
            self.agency_ids.append(ag)
            oid = self.org(self.acc[ag]["rec"]["name"])
            self.member(oid, ag, "owner")
            team = r.sample(self.bg_by_lang.get(("freelancer", lang)) or self.bg["freelancer"], r.randint(2, 7))
            ip = self.rand_ip()
            self.ident(ag, "ip", ip, n=4)
            for a in team:
                self.member(oid, a, "member")
                self.ident(a, "ip", ip, n=r.randint(2, 8))
                self.forbidden.add((ag, a))
                self.forbidden.add((a, ag))
            for x in team:
                for y in team:
                    self.forbidden.add((x, y))
            self.agency_teams.append((ag, team, lang))

    def background_lookalikes(self):
        r = self.r
        for members, lang in self.office_groups:
            ev = []
            if r.random() < 0.5:
                c = next((a for a in members if self.acc[a]["rec"]["kind"] == "client"), None)
                f = next((a for a in members if self.acc[a]["rec"]["kind"] == "freelancer"), None)
                if c and f:
                    cid = self.contract(c, f, status="ended")
                    ev = [cid] + self.settle(cid, lang)
            self.look("coworking_office_ip", members, ev, "-")
        for ag, team, lang in self.agency_teams[:30]:
            self.look("agency_team_office", [ag] + team, [], lang if lang != "other" else "other")
        for _ in range(60):
            lang = r.choice(T.LANGS[:-1] + ["other"])
            c, f = self.pick_bg("client", lang), self.pick_bg("freelancer", lang)
            if (c, f) in self.forbidden:
                continue
            start = max(self.acc[c]["created"], self.acc[f]["created"]) + timedelta(days=5)
            ev = []
            for _k in range(r.randint(6, 14)):
                if start > END - timedelta(days=80):
                    break
                cid = self.contract(c, f, start=start, days=r.randint(7, 30), status="ended")
                ev.append(cid)
                ev += self.settle(cid, lang, c_rating=5, f_rating=5 if r.random() < 0.7 else None)
                start = self.contracts[cid]["end"] + timedelta(days=r.randint(3, 40))
            self.look("long_term_five_star", [c, f], ev, lang)
        orgs_hm = list(self.org_hm.items())
        for _ in range(30):
            (a, oa), (b, ob) = r.sample(orgs_hm, 2)
            if oa == ob or (b, a) in self.forbidden:
                continue
            cid = self.contract(b, a, org=ob, status="ended")
            ev = [cid] + self.settle(cid, self.acc[b]["lang"])
            self.look("manager_of_other_org", [b, a], ev, self.acc[b]["lang"])
        for _ in range(30):
            lang = r.choice(T.LANGS[:-1])
            x, y = r.sample(self.bg_by_lang.get(("freelancer", lang)), 2)
            if (x, y) in self.forbidden:
                continue
            c1 = self.contract(x, y, status="ended", amount=r.choice([300, 450, 800, 1200]), days=r.randint(10, 40))
            e1 = self.settle(c1, lang, c_rating=r.choice([4, 5]))
            c2 = self.contract(
                y,
                x,
                start=self.contracts[c1]["end"] + timedelta(days=r.randint(60, 200)),
                status="ended",
                amount=r.choice([200, 350, 600]),
                days=r.randint(10, 40),
            )
            e2 = self.settle(c2, lang, c_rating=r.choice([4, 5]))
            self.look("two_way_honest_hire", [x, y], [c1, c2] + e1 + e2, lang)

    # ---- schemes ------------------------------------------------------------------------------------------
    def scheme(self, kind, accounts, evidence, language, **kw):
        d = {
            "id": f"S{len(self.truth_schemes) + 1:03d}",
            "kind": kind,
            "accounts": list(accounts),
            "evidence": list(evidence),
            "language": language,
        }
        d.update(kw)
        self.truth_schemes.append(d)
        return d

    def scheme_lang(self):
        return self.r.choices(
            ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "other"], [20, 10, 10, 8, 9, 8, 7, 7, 21]
        )[0]

    def fake_jobs(self, client, freelancer, n, lang, start=None, ratings=(5,), small=True, gap=(3, 40)):
        ev = []
        t = start
        for _ in range(n):
            cid = self.contract(client, freelancer, start=t, small=small, status="ended")
            ev.append(cid)
            ev.append(self.feedback(cid, client, self.r.choice(ratings), lang))
            if self.r.random() < 0.6:
                ev.append(self.feedback(cid, freelancer, 5, lang))
            self.payment(cid, "fixed", self.contracts[cid]["amount"], self.contracts[cid]["end"])
            t = self.contracts[cid]["end"] + timedelta(days=self.r.randint(*gap))
        return ev

    def self_hire(self):
        r = self.r
        variants = [
            "device_and_card",
            "phone_only",
            "bank_and_tax",
            "home_ip_weeks",
            "address_only",
            "device_once",
            "name_email_only",
            "via_third_account",
            "late_card_link",
        ]
        for i in range(45):
            v = variants[i % len(variants)]
            lang = self.scheme_lang()
            nl = lang if lang in T.FIRST else "other"
            first, last = r.choice(T.FIRST[nl]), r.choice(T.LAST[nl])
            country = r.choice(LANG_COUNTRIES[lang])
            created = self.rdate(T0, T0 + timedelta(days=400))
            f = self.account("freelancer", lang, created=created, first=first, last=last, country=country)
            if v == "name_email_only":
                base = self.acc[f]["rec"]["email"].split("@")[0]
                email = f"{base}.hires@{r.choice(DOMAINS)}"
                c = self.account(
                    "client",
                    lang,
                    created=created + timedelta(days=r.randint(20, 200)),
                    first=first,
                    last=last,
                    email=email,
                    country=country,
                )
            else:
                cfirst = first if r.random() < 0.5 else r.choice(T.FIRST[nl])
                c = self.account(
                    "client", lang, created=created + timedelta(days=r.randint(1, 200)), first=cfirst, country=country
                )
            self.base_identity(f, "freelancer")
            self.base_identity(c, "client")
            accounts = [c, f]
            if v == "device_and_card":
                d, p = self.rand_val("device"), self.rand_val("payment_instrument")
                for a in (c, f):
                    self.ident(a, "device", d, n=3)
                    self.ident(a, "payment_instrument", p)
            elif v == "phone_only":
                p = self.rand_val("phone")
                self.ident(c, "phone", p)
                self.ident(f, "phone", p)
            elif v == "bank_and_tax":
                b, t = self.rand_val("bank_account"), self.rand_val("tax_id")
                self.ident(c, "payment_instrument", b)
                self.ident(f, "bank_account", b)
                self.ident(c, "tax_id", t)
                self.ident(f, "tax_id", t)
            elif v == "home_ip_weeks":
                ip = self.rand_ip()
                self.ident(c, "ip", ip, n=r.randint(4, 8))
                self.ident(f, "ip", ip, n=r.randint(4, 8))
            elif v == "address_only":
                a_ = self.rand_val("address")
                self.ident(c, "address", a_)
                self.ident(f, "address", a_)
            elif v == "device_once":
                d = self.rand_val("device")
                self.ident(c, "device", d)
                self.ident(f, "device", d)
            elif v == "via_third_account":
                x = self.account("client", lang, created=created, country=country)
                d, p = self.rand_val("device"), self.rand_val("phone")
                self.ident(c, "device", d, n=2)
                self.ident(x, "device", d, n=2)
                self.ident(x, "phone", p)
                self.ident(f, "phone", p)
                accounts = [c, f, x]
            elif v == "late_card_link":
                p = self.rand_val("payment_instrument")
                self.ident(c, "payment_instrument", p, when=END - timedelta(days=r.randint(10, 60)))
                self.ident(f, "payment_instrument", p, when=END - timedelta(days=r.randint(10, 60)))
            if r.random() < 0.55:
                self.honest_history(f, "freelancer", r.randint(2, 12), lang)
            if r.random() < 0.3:
                self.honest_history(c, "client", r.randint(1, 4), lang)
            ev = self.fake_jobs(c, f, r.randint(1, 5), lang, ratings=(5, 5, 5, 4), small=r.random() < 0.6, gap=(5, 80))
            self.scheme("self_hire", accounts, ev, COUNTRY_LANG[country], variant=v)

    def rings(self):
        r = self.r
        variants = [
            "long_spread",
            "agency_hub",
            "busy_broker",
            "mixed_ratings",
            "large_sparse",
            "overlapping_triangles",
            "large_jobs",
        ]
        for i in range(42):
            v = variants[i % len(variants)]
            lang = self.scheme_lang()
            country = r.choice(LANG_COUNTRIES[lang])
            size = {
                "long_spread": (4, 8),
                "agency_hub": (4, 9),
                "busy_broker": (5, 10),
                "mixed_ratings": (5, 9),
                "large_sparse": (10, 15),
                "overlapping_triangles": (6, 9),
                "large_jobs": (3, 6),
            }[v]
            n = r.randint(*size)
            created = self.rdate(T0, T0 + timedelta(days=250))
            members = []
            for k in range(n):
                kind = "agency" if (v == "agency_hub" and k == 0) else "freelancer"
                a = self.account(
                    kind,
                    lang,
                    created=created + timedelta(days=r.randint(0, 90)),
                    country=country if r.random() < 0.85 else None,
                )
                self.base_identity(a, kind)
                members.append(a)
            hubs = []
            if v == "busy_broker":
                hubs = members[: r.choice([1, 2])]
                for h in hubs:
                    self.honest_history(h, "freelancer", r.randint(25, 45), lang)
            for a in members:
                if a not in hubs and r.random() < 0.6:
                    self.honest_history(a, "freelancer", r.randint(1, 6), lang)
            if v == "agency_hub":
                oid = self.org(self.acc[members[0]]["rec"]["name"])
                self.member(oid, members[0], "owner")
            if r.random() < 0.25:
                ip = self.rand_ip()
                for a in r.sample(members, max(2, n // 3)):
                    self.ident(a, "ip", ip, n=r.randint(2, 5))
            # edges
            edges = []
            if v == "long_spread":
                for a in members:
                    for b in r.sample([m for m in members if m != a], 2):
                        edges.append((a, b))
            elif v in ("agency_hub",):
                for a in members[1:]:
                    edges.append((a, members[0]))
                    edges.append((members[0], a))
                    if r.random() < 0.4:
                        edges.append((a, r.choice([m for m in members[1:] if m != a])))
            elif v == "busy_broker":
                for a in members:
                    if a in hubs:
                        continue
                    for h in hubs:
                        edges.append((a, h))
                        if r.random() < 0.7:
                            edges.append((h, a))
                    if r.random() < 0.5:
                        edges.append((a, r.choice([m for m in members if m != a and m not in hubs] or hubs)))
            elif v == "mixed_ratings":
                for a in members:
                    for b in r.sample([m for m in members if m != a], 2):
                        edges.append((a, b))
            elif v == "large_sparse":
                order = members[:]
                r.shuffle(order)
                for k in range(n):
                    edges.append((order[k], order[(k + 1) % n]))
                    edges.append((order[k], order[(k + 3) % n]))
            elif v == "overlapping_triangles":
                for k in range(0, n - 2, 2):
                    tri = members[k : k + 3]
                    edges += [(tri[0], tri[1]), (tri[1], tri[2]), (tri[2], tri[0])]
            elif v == "large_jobs":
                for a in members:
                    for b in members:
                        if a != b and r.random() < 0.7:
                            edges.append((a, b))
            span = {
                "long_spread": 540,
                "large_sparse": 250,
                "mixed_ratings": 300,
                "agency_hub": 200,
                "busy_broker": 360,
                "overlapping_triangles": 180,
                "large_jobs": 240,
            }[v]
            base = created + timedelta(days=100)
            ev = []
            seen = set()
            for a, b in edges:
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                start = base + timedelta(days=r.randint(0, span))
                big = v == "large_jobs"
                cid = self.contract(
                    a,
                    b,
                    start=start,
                    small=not big,
                    status="ended",
                    amount=r.choice([250, 400, 600, 900]) if big else None,
                    days=r.randint(10, 35) if big else None,
                )
                if v == "mixed_ratings":
                    rt = r.choices([5, 4, 3], [65, 30, 5])[0]
                else:
                    rt = r.choices([5, 4], [92, 8])[0]
                ev.append(cid)
                self.payment(cid, "fixed", self.contracts[cid]["amount"], self.contracts[cid]["end"])
                ev.append(self.feedback(cid, a, rt, lang))
                if r.random() < 0.8:
                    ev.append(self.feedback(cid, b, r.choice([5, 5, 4]) if v == "mixed_ratings" else 5, lang))
            self.scheme("feedback_ring", members, ev, COUNTRY_LANG[country], variant=v, size=n)

    def conflicts(self):
        r = self.r
        variants = [
            "owner_contractor",
            "admin_contractor",
            "hm_contractor",
            "member_contractor",
            "member_alt_account",
            "owner_alt_no_org",
            "member_no_org",
        ]
        for i in range(42):
            v = variants[i % len(variants)]
            lang = self.scheme_lang()
            country = r.choice(LANG_COUNTRIES[lang])
            created = self.rdate(T0, T0 + timedelta(days=300))
            people = {}
            contractor_role = {
                "owner_contractor": "owner",
                "admin_contractor": "admin",
                "hm_contractor": "hiring_manager",
                "member_contractor": "member",
                "member_no_org": "member",
            }.get(v)
            for role in ("owner", "admin", "hiring_manager", "member"):
                kind = "freelancer" if role == contractor_role else "client"
                a = self.account(kind, lang, created=created + timedelta(days=r.randint(0, 60)), country=country)
                self.base_identity(a, kind)
                people[role] = a
            oid = self.org(
                "{} {}".format(
                    self.acc[people["owner"]]["last"],
                    r.choice(["Consulting", "Retail", "Studio", "Foods", "Travel", "Clinic", "Robotics"]),
                )
            )
            for role, a in people.items():
                self.member(oid, a, role)
            # honest hires by the org
            for _ in range(r.randint(3, 10)):
                hirer = r.choice([people["hiring_manager"], people["admin"]])
                cid = self.contract(hirer, self.pick_bg("freelancer", lang), org=oid)
                self.settle(cid, lang)
            ev = []
            org_on_contract = oid
            if v == "owner_contractor":
                client, fl, accounts = (
                    people["hiring_manager"],
                    people["owner"],
                    [people["owner"], people["hiring_manager"]],
                )
            elif v == "admin_contractor":
                client, fl, accounts = (
                    people["hiring_manager"],
                    people["admin"],
                    [people["admin"], people["hiring_manager"]],
                )
            elif v == "hm_contractor":
                client, fl, accounts = (
                    people["admin"],
                    people["hiring_manager"],
                    [people["hiring_manager"], people["admin"]],
                )
            elif v == "member_contractor":
                client, fl, accounts = (
                    people["hiring_manager"],
                    people["member"],
                    [people["member"], people["hiring_manager"]],
                )
            elif v == "member_no_org":
                client, fl, accounts = (
                    people["hiring_manager"],
                    people["member"],
                    [people["member"], people["hiring_manager"]],
                )
                org_on_contract = None
            elif v == "member_alt_account":
                alt = self.account(
                    "freelancer",
                    lang,
                    created=created + timedelta(days=r.randint(30, 120)),
                    first=self.acc[people["member"]]["first"],
                    country=country,
                )
                self.base_identity(alt, "freelancer")
                d = self.rand_val("device")
                self.ident(alt, "device", d, n=2)
                self.ident(people["member"], "device", d, n=2)
                client, fl = people["hiring_manager"], alt
                accounts = [people["member"], alt, people["hiring_manager"]]
            else:  # owner_alt_no_org
                alt = self.account(
                    "freelancer",
                    lang,
                    created=created + timedelta(days=r.randint(30, 120)),
                    last=self.acc[people["owner"]]["last"],
                    country=country,
                )
                self.base_identity(alt, "freelancer")
                p = self.rand_val("phone")
                self.ident(alt, "phone", p)
                self.ident(people["owner"], "phone", p)
                client, fl = people["admin"], alt
                accounts = [people["owner"], alt, people["admin"]]
                org_on_contract = None
            if self.acc[fl]["rec"]["kind"] == "freelancer" and r.random() < 0.5:
                self.honest_history(fl, "freelancer", r.randint(1, 6), lang)
            for _ in range(r.randint(1, 3)):
                cid = self.contract(
                    client, fl, org=org_on_contract, status="ended", amount=r.choice([400, 800, 1500, 3000, 6000])
                )
                ev.append(cid)
                ev += self.settle(cid, lang, c_rating=r.choice([5, 5, 4]))
            self.scheme("conflict_of_interest", accounts, ev, COUNTRY_LANG[country], variant=v)

    # ---- text schemes -------------------------------------------------------------------------------------
    def text_pair(self, lang):
        r = self.r
        country = r.choice(LANG_COUNTRIES[lang])
        cur = CUR[lang]
        if lang == "pt":
            cur = "BRL" if country == "BR" else "EUR"
        if lang == "en" and country == "GB":
            cur = "GBP"
        c = self.account("client", lang, country=country)
        f = self.account("freelancer", lang, country=country)
        self.base_identity(c, "client")
        self.base_identity(f, "freelancer")
        self.honest_history(f, "freelancer", r.randint(1, 7), lang)
        if r.random() < 0.5:
            self.honest_history(c, "client", r.randint(1, 3), lang)
        return c, f, cur

    def chat_cycle(self, lang):
        """Ordinary messages of one thread, without repeats until the bank is used up."""
        bank = list(T.CHATTER[lang])
        self.r.shuffle(bank)
        i = 0
        while True:
            yield bank[i % len(bank)]
            i += 1

    def fill(self, s, lang, cur, amt, name=""):
        proj = self.r.choice(T.PROJECTS[lang])
        return s.format(amt=fmt_amount(lang, amt, cur), proj=proj, name=name)

    def text_schemes(self, kind):
        r = self.r
        bank = T.PAID if kind == "paid_feedback" else T.EXTORT
        replies = T.REPLY_PAID if kind == "paid_feedback" else T.REPLY_EXT
        themes = T.PAID_THEMES if kind == "paid_feedback" else T.EXTORT_THEMES
        outcomes = ["complied", "refused", "reported", "silent"]
        k = 0
        for lang in T.LANGS:
            for ti, theme in enumerate(themes):
                k += 1
                initiator, mode, parts = bank[lang][theme]
                outcome = outcomes[(ti + T.LANGS.index(lang)) % 4]
                buried = (ti + T.LANGS.index(lang)) % 3 == 0
                c, f, cur = self.text_pair(lang)
                base_amt = {"USD": 60, "GBP": 50, "EUR": 50, "BRL": 250, "RUB": 4000, "PLN": 200}[cur]
                amt = base_amt * r.choice([1, 2, 3])
                cid = self.contract(
                    c, f, status="ended", amount=base_amt * r.choice([6, 10, 15, 20]), cur=cur, days=r.randint(8, 30)
                )
                con = self.contracts[cid]
                sender = c if initiator == "client" else f
                victim = f if sender == c else c
                chat = self.chat_cycle(lang)
                msgs = []  # (sender, body, is_part)
                for _ in range(r.randint(8, 14) if buried else r.randint(1, 3)):
                    msgs.append((r.choice([c, f]), next(chat), False))
                texts_ = [self.fill(p, lang, cur, amt, self.acc[victim]["first"]) for p in parts]
                for j, body in enumerate(texts_):
                    if j and r.random() < 0.5:
                        for _ in range(r.randint(1, 2)):
                            msgs.append((r.choice([c, f]), next(chat), False))
                    msgs.append((sender, body, True))
                quoted = False
                if outcome != "silent":
                    reply = replies[lang][outcome]
                    if r.random() < 0.35:
                        key = texts_[1] if len(texts_) > 1 else texts_[0]
                        reply = f"> {key}\n{reply}"
                        quoted = True
                    msgs.append((victim, reply, False))
                for _ in range(r.randint(0, 3 if buried else 1)):
                    msgs.append((r.choice([c, f]), next(chat), False))
                # timing: messages run from the start; the deal comes before the end, the feedback after it
                t = con["start"] + timedelta(hours=r.randint(1, 10))
                step = max(1.0, (con["end"] - t).total_seconds() / 3600.0 / (len(msgs) + 1))
                mids, part_ids, thread_msgs = [], [], []
                for s_, body, is_part in msgs:
                    t += timedelta(hours=r.uniform(0.2, step))
                    mid = self.message(cid, s_, body, t)
                    mids.append(mid)
                    thread_msgs.append({"sender_role": "client" if s_ == c else "freelancer", "body": body})
                    if is_part:
                        part_ids.append(mid)
                fb_time = max(t, con["end"]) + timedelta(hours=r.randint(2, 48))
                payment = None
                self.payment(cid, "fixed", con["amount"], con["end"])
                ev = list(part_ids)
                if kind == "paid_feedback":
                    good = outcome in ("complied", "silent")
                    rv = 5 if good else r.choice([4, 5, 3])
                    ev.append(self.feedback(cid, victim, rv, lang, when=fb_time))
                    if theme in ("rating_back",) or r.random() < 0.5:
                        ev.append(self.feedback(cid, sender, 5, lang, when=fb_time + timedelta(hours=1)))
                    if outcome == "complied" and theme == "cash_bonus":
                        payment = "refund"
                        ev.append(self.payment(cid, "refund", amt, fb_time + timedelta(hours=3)))
                else:
                    if outcome == "complied":
                        rt = 5 if theme in ("platform_report", "freelancer_withholds") else r.choice([4, 5])
                        if theme in ("one_star_refund", "public_shaming", "veiled_threat"):
                            payment = "refund"
                            ev.append(self.payment(cid, "refund", amt, fb_time - timedelta(hours=1)))
                    elif outcome in ("refused", "reported"):
                        rt = r.choice([1, 2])
                    else:
                        rt = r.choice([1, 2, 3])
                    if theme in ("platform_report", "freelancer_withholds"):
                        # the freelancer extorts the client's rating; the client's feedback is the target
                        ev.append(
                            self.feedback(cid, c, 5 if outcome == "complied" else r.choice([3, 4]), lang, when=fb_time)
                        )
                        if outcome != "complied":
                            ev.append(self.feedback(cid, f, 1, lang, when=fb_time + timedelta(hours=2)))
                    else:
                        ev.append(self.feedback(cid, c, rt, lang, when=fb_time))
                tid = f"T{'P' if kind == 'paid_feedback' else 'X'}{k:03d}"
                self.scheme(
                    kind,
                    [c, f],
                    ev,
                    lang,
                    theme=theme,
                    mode=mode,
                    initiator=initiator,
                    outcome=outcome,
                    buried=buried,
                    parts=len(parts),
                    quoted=quoted,
                    payment=payment,
                    thread=tid,
                )
                self.threads.append(
                    {
                        "id": tid,
                        "kind": kind,
                        "language": lang,
                        "theme": theme,
                        "mode": mode,
                        "initiator": initiator,
                        "outcome": outcome,
                        "messages": thread_msgs,
                        "message_ids": mids,
                    }
                )

    def honest_threads(self):
        r = self.r
        k = 0
        for typ in T.HONEST_TYPES:
            for lang in T.LANGS:
                for _ in range(4):
                    k += 1
                    nl = "en" if lang == "en_chat" else lang
                    c, f = self.pick_bg("client", nl), self.pick_bg("freelancer", nl)
                    while (c, f) in self.forbidden:
                        f = self.pick_bg("freelancer", nl)
                    cur = CUR[lang]
                    base_amt = {"USD": 60, "EUR": 50, "BRL": 250, "RUB": 4000, "PLN": 200}[cur]
                    amt = base_amt * r.choice([1, 2, 3])
                    cid = self.contract(
                        c, f, status="ended", amount=base_amt * r.choice([6, 10, 15]), cur=cur, days=r.randint(8, 30)
                    )
                    con = self.contracts[cid]
                    chat = self.chat_cycle(lang)
                    msgs = [(r.choice(["c", "f"]), next(chat)) for _ in range(r.randint(0, 3))]
                    msgs += [(role, self.fill(body, lang, cur, amt)) for role, body in T.HONEST[lang][typ]]
                    if r.random() < 0.5:
                        msgs.append((r.choice(["c", "f"]), next(chat)))
                    t = con["start"] + timedelta(hours=2)
                    mids, tm = [], []
                    for role, body in msgs:
                        t += timedelta(hours=r.randint(1, 30))
                        s_ = c if role == "c" else f
                        mids.append(self.message(cid, s_, body, t))
                        tm.append({"sender_role": "client" if role == "c" else "freelancer", "body": body})
                    self.payment(cid, "fixed", con["amount"], con["end"])
                    when = max(t, con["end"]) + timedelta(hours=r.randint(3, 60))
                    ev = [cid] + mids
                    if typ == "tip_bonus":
                        ev.append(self.payment(cid, "bonus", amt, when - timedelta(hours=1)))
                    if typ == "refund_real_problem":
                        ev.append(self.payment(cid, "refund", amt, when - timedelta(hours=1)))
                    rating = {
                        "refund_real_problem": 3,
                        "legit_dispute": 2,
                        "price_negotiation": r.choice([4, 5]),
                        "ratings_talk": r.choice([4, 5]),
                    }.get(typ, 5)
                    ev.append(self.feedback(cid, c, rating, lang, when=when))
                    if r.random() < 0.6:
                        ev.append(self.feedback(cid, f, r.choice([4, 5]), lang, when=when + timedelta(hours=5)))
                    tid = f"TH{k:03d}"
                    self.look("thread_" + typ, [c, f], ev, lang)
                    self.threads.append(
                        {
                            "id": tid,
                            "kind": "honest",
                            "language": lang,
                            "type": typ,
                            "messages": tm,
                            "message_ids": mids,
                        }
                    )

    # ---- validation ---------------------------------------------------------------------------------------
    def validate(self):
        errs = []
        ids = {}
        for typ in ("account", "organization", "contract", "feedback", "message", "payment"):
            seen = set()
            for rec in self.recs[typ]:
                if rec["id"] in seen:
                    errs.append("duplicate {} id {}".format(typ, rec["id"]))
                seen.add(rec["id"])
            ids[typ] = seen
        emails = [a["email"] for a in self.recs["account"]]
        if len(emails) != len(set(emails)):
            errs.append("duplicate emails")
        created = {a["id"]: a["created_at"] for a in self.recs["account"]}
        mem = set()
        for m in self.recs["membership"]:
            if m["org"] not in ids["organization"] or m["account"] not in ids["account"]:
                errs.append(f"membership ref {m}")
            if (m["org"], m["account"]) in mem:
                errs.append(f"duplicate membership {m}")
            mem.add((m["org"], m["account"]))
        cons = {}
        for c in self.recs["contract"]:
            cons[c["id"]] = c
            if c["client"] == c["freelancer"]:
                errs.append("contract parties equal {}".format(c["id"]))
            for p in ("client", "freelancer"):
                if c[p] not in ids["account"]:
                    errs.append("contract {} unknown {}".format(c["id"], p))
                elif created[c[p]] > c["started_at"]:
                    errs.append("contract {} starts before {} exists".format(c["id"], p))
            if c.get("client_org") and c["client_org"] not in ids["organization"]:
                errs.append("contract org {}".format(c["id"]))
            if c.get("ended_at") and c["ended_at"] < c["started_at"]:
                errs.append("contract ends before start {}".format(c["id"]))
            if not (0 < len(c["title"]) <= 300):
                errs.append("title {}".format(c["id"]))
        for fb in self.recs["feedback"]:
            c = cons.get(fb["contract"])
            if not c or {fb["author"], fb["recipient"]} != {c["client"], c["freelancer"]}:
                errs.append("feedback parties {}".format(fb["id"]))
            elif fb["created_at"] < c["started_at"]:
                errs.append("feedback before start {}".format(fb["id"]))
            if fb["rating"] not in (1, 2, 3, 4, 5):
                errs.append("rating {}".format(fb["id"]))
        for m in self.recs["message"]:
            c = cons.get(m["contract"])
            if not c or {m["sender"], m["recipient"]} != {c["client"], c["freelancer"]}:
                errs.append("message parties {}".format(m["id"]))
            elif m["sent_at"] < c["started_at"]:
                errs.append("message before start {}".format(m["id"]))
            if not m["body"].strip():
                errs.append("empty message {}".format(m["id"]))
        for p in self.recs["payment"]:
            c = cons.get(p["contract"])
            if not c:
                errs.append("payment contract {}".format(p["id"]))
                continue
            want = (c["freelancer"], c["client"]) if p["kind"] == "refund" else (c["client"], c["freelancer"])
            if (p["payer"], p["payee"]) != want:
                errs.append("payment direction {}".format(p["id"]))
            if p["created_at"] < c["started_at"]:
                errs.append("payment before start {}".format(p["id"]))
        for i in self.recs["identity"]:
            if i["account"] not in ids["account"]:
                errs.append("identity account {}".format(i["account"]))
            elif i["seen_at"] < created[i["account"]]:
                errs.append("identity before account {}".format(i["account"]))
        for a in self.recs["account"]:
            n = a["name"]
            if not n.strip() or len(n) > 200 or any(ord(ch) < 32 for ch in n):
                errs.append("bad name {}".format(a["id"]))
        allids = set().union(*ids.values())
        for x in self.truth_schemes + self.lookalikes:
            for a in x["accounts"]:
                if a not in ids["account"]:
                    errs.append("truth account {} in {}".format(a, x["id"]))
            for e in x["evidence"]:
                if e not in allids:
                    errs.append("truth evidence {} in {}".format(e, x["id"]))
        for t in self.threads:
            for m in t["message_ids"]:
                if m not in ids["message"]:
                    errs.append(f"thread message {m}")
        return errs

    def run(self):
        self.background()
        self.self_hire()
        self.rings()
        self.conflicts()
        self.text_schemes("paid_feedback")
        self.text_schemes("feedback_extortion")
        self.honest_threads()
        self.background_lookalikes()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5505)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    g = Gen(a.seed)
    g.run()
    errs = g.validate()
    if errs:
        for e in errs[:50]:
            print("INVALID:", e, file=sys.stderr)
        print(f"{len(errs)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    lines = []
    for typ in ("account", "organization", "membership", "contract", "payment", "feedback", "message", "identity"):
        for rec in g.recs[typ]:
            lines.append(rec)
    # within a type the lines are shuffled, so a line's place says nothing about why it was made
    order = {
        t: i
        for i, t in enumerate(
            ("account", "organization", "membership", "contract", "payment", "feedback", "message", "identity")
        )
    }
    shuf = random.Random(a.seed + 1)
    keyed = [(order[rec["type"]], shuf.random(), n) for n, rec in enumerate(lines)]
    lines = [lines[n] for _, _, n in sorted(keyed)]
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    truth = {"round": 5, "seed": a.seed, "schemes": g.truth_schemes, "lookalikes": g.lookalikes}
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(a.threads, "w", encoding="utf-8") as fh:
        for t in g.threads:
            fh.write(json.dumps(t, ensure_ascii=False, sort_keys=True) + "\n")
    counts = {k: len(v) for k, v in g.recs.items()}
    kinds = {}
    for s in g.truth_schemes:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    looks = {}
    for lk in g.lookalikes:
        looks[lk["type"]] = looks.get(lk["type"], 0) + 1
    print(
        json.dumps(
            {"lines": len(lines), "records": counts, "schemes": kinds, "lookalikes": looks, "threads": len(g.threads)},
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
