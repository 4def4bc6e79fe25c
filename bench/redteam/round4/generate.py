#!/usr/bin/env python3
"""Round-4 sealed red-team marketplace for the feedback-building detectors (stdlib only).

usage: generate.py [--seed 4404] [--out DIR] [--truth PATH] [--threads PATH]

Writes DIR/marketplace.jsonl (the import_marketplace JSON Lines format) and, next to
this file unless told otherwise, truth.json and threads.jsonl. The same seed gives
byte-identical files. The output is validated before anything is written; any problem
aborts the run with the list of problems and writes nothing.
"""

import argparse
import json
import os
import random
import sys
from datetime import UTC, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as T  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
T0 = datetime(2025, 1, 6, tzinfo=UTC)
T_END = datetime(2026, 11, 25, tzinfo=UTC)

LANG_COUNTRIES = {
    "en": ["US", "GB", "CA", "AU", "IE"],
    "es": ["ES", "MX", "AR", "CO", "CL"],
    "pt": ["BR", "PT"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT", "CH"],
    "ru": ["RU", "KZ"],
    "en_chat": ["US", "PH", "IN", "GB", "NG"],
}
OTHER_COUNTRIES = ["IN", "PH", "PK", "UA", "NG", "PL", "RO", "VN", "EG", "KE"]
COUNTRY_LANG = {}
for _l, _cs in LANG_COUNTRIES.items():
    if _l == "en_chat":
        continue
    for _c in _cs:
        COUNTRY_LANG.setdefault(_c, _l)

FIRST = {
    "en": ["Olivia", "Liam", "Emma", "Noah", "Ava", "Mason", "Harper", "Ethan", "Chloe", "Owen", "Grace", "Lucas", "Ruby",
           "Jack", "Isla", "Henry", "Molly", "Caleb", "Nora", "Finn"],
    "es": ["Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Javier", "Camila", "Andrés", "Martina", "Pablo", "Elena",
           "Tomás", "Paula", "Gonzalo", "Inés"],
    "pt": ["Ana", "João", "Beatriz", "Rafael", "Larissa", "Tiago", "Mariana", "Gustavo", "Inês", "Rodrigo", "Letícia",
           "Bruno", "Carolina"],
    "fr": ["Camille", "Hugo", "Léa", "Louis", "Manon", "Jules", "Chloé", "Théo", "Inès", "Arthur", "Sarah", "Nathan"],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Lukas", "Laura", "Paul", "Anna", "Moritz", "Sophie", "Tobias"],
    "ru": ["Анна", "Дмитрий", "Мария", "Алексей", "Екатерина", "Иван", "Ольга", "Сергей", "Наталья", "Павел", "Ирина",
           "Никита"],
    "x": ["Arjun", "Priya", "Maria", "Jose", "Chinedu", "Amara", "Olena", "Taras", "Piotr", "Ioana", "Minh", "Ahmed",
          "Wanjiru", "Bilal", "Aisha", "Rahul", "Kavya", "Joy", "Mark", "Fatima"],
}
LAST = {
    "en": ["Walsh", "Carter", "Bennett", "Hughes", "Reed", "Foster", "Price", "Hayes", "Murphy", "Palmer", "Ellis",
           "Griffin", "Porter", "Shaw", "Lloyd"],
    "es": ["García", "Romero", "Navarro", "Castillo", "Ortega", "Vargas", "Molina", "Herrera", "Ramos", "Delgado",
           "Suárez", "Rojas"],
    "pt": ["Silva", "Souza", "Oliveira", "Costa", "Pereira", "Almeida", "Ferreira", "Rocha", "Carvalho", "Lima",
           "Ribeiro"],
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux", "Fontaine", "Lefèvre", "Mercier"],
    "de": ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf", "Neumann",
           "Krüger"],
    "ru": ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков"],
    "x": ["Sharma", "Reyes", "Santos", "Okafor", "Kovalenko", "Nowak", "Popescu", "Nguyen", "Hassan", "Mwangi",
          "Khan", "Patel", "Cruz", "Adeyemi", "Shevchenko"],
}
TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
                          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
                          "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
                          "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya", "ё": "e", "á": "a", "é": "e",
                          "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ã": "a", "õ": "o", "ç": "c", "ê": "e", "â": "a",
                          "ô": "o", "è": "e", "ë": "e", "ï": "i", "ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss"})
DOMAINS = ["mailbox.test", "postfach.test", "correo.test", "caixa.test", "courriel.test", "pochta.test", "inbox.test",
           "webmail.test"]
TITLES = ["Landing page build", "Logo refresh", "Data entry cleanup", "Mobile app UI", "Translation", "Bug fixing",
          "SEO audit", "Podcast editing", "Shopify setup", "Excel automation", "Video subtitles", "Copywriting",
          "API integration", "Illustrations", "Market research", "Bookkeeping", "Newsletter design", "QA testing"]


def iso(t):
    return t.replace(microsecond=0).isoformat()


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.acc, self.orgs, self.mem, self.ct, self.fb, self.msg, self.pay, self.ident = [], [], [], [], [], [], [], []
        self.by_id = {}
        self.emails = set()
        self.pools = {}
        self.schemes, self.looks, self.threads = [], [], []
        self.orgs_of = {}
        self.ips_used = set()
        self.uniq_ctr = 0
        self.fb_of = {}

    # ids drawn from shuffled pools so ids say nothing about when or why a record was made
    def nid(self, prefix, size):
        pool = self.pools.get(prefix)
        if pool is None:
            pool = list(range(10 ** (size - 1), 10 ** size))
            self.r.shuffle(pool)
            self.pools[prefix] = pool
        return "%s%d" % (prefix, pool.pop())

    def uniq(self):
        self.uniq_ctr += 1
        return self.uniq_ctr

    def lang_of(self, country):
        return COUNTRY_LANG.get(country, "x")

    def person(self, lang):
        key = lang if lang in FIRST else "x"
        return self.r.choice(FIRST[key]), self.r.choice(LAST[key])

    def email_for(self, first, last, tag=None):
        base = ("%s.%s" % (first, last)).lower().translate(TRANSLIT).replace(" ", "")
        base = "".join(ch for ch in base if ch.isalnum() or ch == ".")
        while True:
            e = "%s%s@%s" % (base, tag if tag is not None else self.r.randint(1, 9999), self.r.choice(DOMAINS))
            if e not in self.emails:
                self.emails.add(e)
                return e
            tag = None

    def account(self, kind, country, created=None, name=None, email=None):
        lang = self.lang_of(country)
        if name is None:
            f, la = self.person(lang)
            name = "%s %s" % (f, la)
        else:
            f, la = name.split(" ", 1)
        if email is None:
            email = self.email_for(f, la)
        else:
            assert email not in self.emails, email
            self.emails.add(email)
        if created is None:
            created = T0 - timedelta(days=self.r.randint(0, 700)) + timedelta(days=self.r.randint(0, 420))
        a = {"type": "account", "id": self.nid("u", 6), "email": email, "kind": kind, "name": name,
             "country": country, "created_at": iso(created)}
        a["_t"] = created
        self.acc.append(a)
        self.by_id[a["id"]] = a
        return a

    def ident_add(self, a, kind, value, when=None):
        when = when or (a["_t"] + timedelta(days=self.r.randint(0, 30), hours=self.r.randint(0, 23)))
        if when > T_END:
            when = T_END - timedelta(hours=self.r.randint(1, 200))
        self.ident.append({"type": "identity", "account": a["id"], "kind": kind, "value": value, "seen_at": iso(when)})

    def new_ip(self):
        while True:
            ip = "%d.%d.%d.%d" % (self.r.choice([31, 46, 77, 85, 91, 109, 151, 177, 186, 189, 201]),
                                  self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
            if ip not in self.ips_used:
                self.ips_used.add(ip)
                return ip

    def new_device(self):
        return "dev-%016x" % self.r.getrandbits(64)

    def new_card(self):
        return "card:%s:%04d:%02d/%02d:%08x" % (self.r.choice(["visa", "mc", "amex"]), self.r.randint(0, 9999),
                                               self.r.randint(1, 12), self.r.randint(26, 31), self.r.getrandbits(32))

    def new_phone(self):
        return "+%d%010d" % (self.r.choice([1, 44, 34, 52, 55, 351, 33, 49, 43, 41, 7, 91, 63]), self.uniq() * 7919 + 10 ** 8)

    def new_bank(self):
        return "IBAN%02d%018d" % (self.r.randint(10, 99), self.uniq() * 104729 + 10 ** 12)

    def base_identities(self, a, phone=True, home_ip=None):
        self.ident_add(a, "device", self.new_device())
        ip = home_ip or self.new_ip()
        for _ in range(self.r.randint(1, 3)):
            self.ident_add(a, "ip", ip, a["_t"] + timedelta(days=self.r.randint(0, 300)))
        if a["kind"] == "client":
            self.ident_add(a, "payment_instrument", self.new_card())
        else:
            self.ident_add(a, "bank_account", self.new_bank())
        if phone and self.r.random() < 0.6:
            self.ident_add(a, "phone", self.new_phone())
        return ip

    # ------------------------------------------------------------ contracts
    def contract(self, client, fr, start=None, days=None, amount=None, currency="USD", org=None, status="ended",
                 title=None):
        lo = max(client["_t"], fr["_t"]) + timedelta(days=1)
        if start is None or start < lo:
            span = (T_END - timedelta(days=70) - lo).days
            start = lo + timedelta(days=self.r.randint(0, max(span, 1)), hours=self.r.randint(0, 23))
        days = days if days is not None else self.r.randint(3, 45)
        end = start + timedelta(days=days, hours=self.r.randint(0, 12))
        if end > T_END - timedelta(days=8):
            end = T_END - timedelta(days=8)
            if start > end:
                start = end - timedelta(days=2)
        amount = amount if amount is not None else self.r.choice([60, 90, 150, 240, 400, 650, 900, 1500, 2400, 3800])
        c = {"type": "contract", "id": self.nid("k", 7), "client": client["id"], "freelancer": fr["id"],
             "title": title or self.r.choice(TITLES), "amount": "%d.00" % amount, "currency": currency,
             "started_at": iso(start), "status": status}
        if status != "active":
            c["ended_at"] = iso(end)
        if org:
            c["client_org"] = org
        c["_s"], c["_e"] = start, end
        self.ct.append(c)
        self.by_id[c["id"]] = c
        return c

    def feedback(self, c, author, recipient, rating, when=None, comment=None):
        when = when or (c["_e"] + timedelta(hours=self.r.randint(2, 120)))
        lang = self.lang_of(self.by_id[author]["country"])
        lang = lang if lang in T.COMMENTS_GOOD else "en"
        if comment is None:
            comment = self.r.choice(T.COMMENTS_GOOD[lang] if rating >= 4 else T.COMMENTS_MEH[lang])
        f = {"type": "feedback", "id": self.nid("f", 7), "contract": c["id"], "author": author, "recipient": recipient,
             "rating": rating, "comment": comment, "created_at": iso(when)}
        f["_t"] = when
        self.fb.append(f)
        self.fb_of.setdefault(c["id"], []).append(f["id"])
        return f

    def message(self, c, sender, recipient, body, when):
        m = {"type": "message", "id": self.nid("m", 7), "sender": sender, "recipient": recipient, "contract": c["id"],
             "body": body, "sent_at": iso(when)}
        m["_t"] = when
        self.msg.append(m)
        return m

    def payment(self, c, kind, amount, when):
        payer, payee = (c["freelancer"], c["client"]) if kind == "refund" else (c["client"], c["freelancer"])
        p = {"type": "payment", "id": self.nid("p", 7), "contract": c["id"], "payer": payer, "payee": payee,
             "kind": kind, "amount": "%d.00" % amount, "created_at": iso(when)}
        p["_t"] = when
        self.pay.append(p)
        return p

    def pay_contract(self, c):
        amt = int(float(c["amount"]))
        kind = self.r.choice(["fixed", "fixed", "milestone", "hourly"])
        n = 1 if kind == "fixed" else self.r.randint(2, 3)
        part = max(amt // n, 1)
        span = max((c["_e"] - c["_s"]).total_seconds(), 3600)
        return [self.payment(c, kind, part, c["_s"] + timedelta(seconds=span * (i + 1) / n)) for i in range(n)]

    def honest_rating(self):
        x = self.r.random()
        return 5 if x < 0.66 else 4 if x < 0.88 else 3 if x < 0.94 else 2 if x < 0.97 else 1

    def ordinary(self, client, fr, **kw):
        c = self.contract(client, fr, **kw)
        if c["status"] == "ended":
            self.pay_contract(c)
            if self.r.random() < 0.85:
                self.feedback(c, client["id"], fr["id"], self.honest_rating())
            if self.r.random() < 0.7:
                self.feedback(c, fr["id"], client["id"], self.honest_rating())
        elif c["status"] == "active":
            self.payment(c, "milestone", max(int(float(c["amount"])) // 3, 1), c["_s"] + timedelta(days=1))
        if self.r.random() < 0.3:
            lang = self.lang_of(client["country"])
            lang = lang if lang in T.CHATTER else "en"
            t = c["_s"]
            for _ in range(self.r.randint(1, 3)):
                t = t + timedelta(hours=self.r.randint(3, 60))
                if t > c["_e"]:
                    break
                s, rcp = (client, fr) if self.r.random() < 0.5 else (fr, client)
                self.message(c, s["id"], rcp["id"], self.r.choice(T.CHATTER[lang]), t)
        return c

    def status(self):
        x = self.r.random()
        return "ended" if x < 0.86 else "active" if x < 0.95 else "cancelled"


# ================================================================ honest base
def build_base(w):
    r = w.r
    countries = sum(([c] * 3 for cs in LANG_COUNTRIES.values() for c in cs), []) + OTHER_COUNTRIES * 2
    w.clients, w.freelancers, w.agencies = [], [], []
    for _ in range(3300):
        w.clients.append(w.account("client", r.choice(countries)))
    for _ in range(5600):
        w.freelancers.append(w.account("freelancer", r.choice(countries)))
    for _ in range(70):
        a = w.account("agency", r.choice(countries))
        a["name"] = "%s %s" % (a["name"].split(" ")[1], r.choice(["Studio", "Digital", "Labs", "Works", "Team"]))
        w.agencies.append(a)
    nat = [w.new_ip() for _ in range(8)]
    for a in w.clients + w.freelancers + w.agencies:
        w.base_identities(a)
        if r.random() < 0.12:
            w.ident_add(a, "ip", r.choice(nat))
    # organisations: each client in at most one
    free_clients = w.clients[:]
    r.shuffle(free_clients)
    w.org_roles = {}
    for _ in range(480):
        o = {"type": "organization", "id": w.nid("o", 5), "name": "%s %s" % (
            r.choice(["Blue", "North", "Bright", "Atlas", "Nova", "Cedar", "Pixel", "Harbor", "Summit", "Lumen"]),
            r.choice(["Media", "Retail", "Health", "Logistics", "Software", "Foods", "Travel", "Finance"]))}
        n = r.randint(1, 7)
        people = [free_clients.pop() for _ in range(n)]
        o["created_at"] = iso(min(p["_t"] for p in people))
        w.orgs.append(o)
        roles = ["owner"] + [r.choice(["admin", "hiring_manager", "hiring_manager", "member", "member"])
                             for _ in range(n - 1)]
        for p, role in zip(people, roles, strict=True):
            w.mem.append({"type": "membership", "org": o["id"], "account": p["id"], "role": role})
            w.org_roles[p["id"]] = (o["id"], role)
    sellers = w.freelancers + w.agencies
    cum, tot = [], 0.0
    for _ in sellers:
        tot += r.paretovariate(1.4)
        cum.append(tot)
    for _ in range(13500):
        cl = r.choice(w.clients)
        fr = r.choices(sellers, cum_weights=cum)[0]
        org = None
        if cl["id"] in w.org_roles and w.org_roles[cl["id"]][1] in ("owner", "admin", "hiring_manager") \
                and r.random() < 0.6:
            org = w.org_roles[cl["id"]][0]
        w.ordinary(cl, fr, org=org, status=w.status())


def pick_client(w, lang):
    cs = LANG_COUNTRIES[lang]
    while True:
        c = w.r.choice(w.clients)
        if c["country"] in cs:
            return c


def pick_seller(w, lang=None):
    while True:
        f = w.r.choice(w.freelancers)
        if lang is None or f["country"] in LANG_COUNTRIES[lang]:
            return f


def ev_of(w, c):
    ids = [c["id"]]
    ids += w.fb_of.get(c["id"], [])
    return ids


# ================================================================ self-hire
SELF_VARIANTS = (["payment_instrument"] * 5 + ["device"] * 5 + ["phone"] * 4 + ["bank_account"] * 4 + ["home_ip_weeks"] * 8
                 + ["name_typo_only"] * 4 + ["name_typo+ip"] * 3 + ["device+phone"] * 3 + ["ip+payment_instrument"] * 2
                 + ["tax_id+address"] * 2)


def typo(s, r):
    i = r.choice([j for j in range(1, len(s) - 1) if s[j].isalpha()])
    ch = s[i]
    rep = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o", "s": "z", "n": "m", "m": "n", "k": "c", "c": "k",
           "l": "ll", "t": "tt", "r": "rr"}.get(ch.lower(), ch + ch)
    return s[:i] + rep + s[i + 1:]


def build_self_hire(w):
    r = w.r
    for i, v in enumerate(SELF_VARIANTS):
        lang = r.choice(["en", "es", "pt", "fr", "de", "ru"])
        country = r.choice(LANG_COUNTRIES[lang])
        created = T0 + timedelta(days=r.randint(0, 300))
        cl = w.account("client", country, created=created)
        f, la = cl["name"].split(" ", 1)
        if v.startswith("name_typo"):
            la2 = typo(la, r)
            name2 = "%s %s" % (f, la2)
            local, dom = cl["email"].split("@")
            email2 = "%s@%s" % (typo(local, r), dom)
            while email2 in w.emails:
                email2 = "%s@%s" % (typo(local, r), dom)
            fr = w.account("freelancer", country, created=created + timedelta(days=r.randint(1, 40)), name=name2,
                           email=email2)
        else:
            fr = w.account("freelancer", country, created=created + timedelta(days=r.randint(1, 90)))
        # everyone gets their own baseline, then the shared link on top
        w.ident_add(cl, "device", w.new_device())
        w.ident_add(fr, "device", w.new_device())
        w.ident_add(cl, "payment_instrument", w.new_card())
        w.ident_add(fr, "bank_account", w.new_bank())
        ip_c, ip_f = w.new_ip(), w.new_ip()
        if "ip" in v.split("+") or v == "home_ip_weeks" or v == "name_typo+ip":
            ip_f = ip_c
        if v == "home_ip_weeks":
            # the one link: a home address both log in from, evening after evening, over weeks
            start = max(cl["_t"], fr["_t"]) + timedelta(days=r.randint(3, 20))
            for k in range(r.randint(5, 9)):
                day = start + timedelta(days=k * r.randint(4, 9), hours=r.randint(18, 23))
                w.ident_add(cl, "ip", ip_c, day)
                w.ident_add(fr, "ip", ip_c, day + timedelta(minutes=r.randint(5, 300)))
        else:
            w.ident_add(cl, "ip", ip_c)
            w.ident_add(fr, "ip", ip_f)
        for part in v.split("+"):
            if part == "payment_instrument":
                card = w.new_card()
                w.ident_add(cl, "payment_instrument", card)
                w.ident_add(fr, "payment_instrument", card)
            elif part == "device":
                d = w.new_device()
                w.ident_add(cl, "device", d)
                w.ident_add(fr, "device", d)
            elif part == "phone":
                p = w.new_phone()
                w.ident_add(cl, "phone", p)
                w.ident_add(fr, "phone", p)
            elif part == "bank_account":
                b = w.new_bank()
                w.ident_add(cl, "bank_account", b)
                w.ident_add(fr, "bank_account", b)
            elif part == "tax_id":
                t = "TX-%09d" % (w.uniq() * 31337 + 10 ** 7)
                w.ident_add(cl, "tax_id", t)
                w.ident_add(fr, "tax_id", t)
            elif part == "address":
                ad = "%d %s Street, %s" % (r.randint(1, 300), r.choice(LAST["en"]), country)
                w.ident_add(cl, "address", ad)
                w.ident_add(fr, "address", ad)
        ev = []
        small = r.random() < 0.4
        for _ in range(r.randint(1, 4)):
            c = w.contract(cl, fr, amount=r.choice([15, 25, 40]) if small else r.choice([300, 650, 1200]),
                           days=r.randint(1, 10))
            w.pay_contract(c)
            w.feedback(c, cl["id"], fr["id"], 5)
            if r.random() < 0.6:
                w.feedback(c, fr["id"], cl["id"], 5)
            ev += ev_of(w, c)
        if r.random() < 0.4:
            for _ in range(r.randint(2, 6)):
                w.ordinary(r.choice(w.clients), fr)
        w.schemes.append({"id": "SH%02d" % (i + 1), "kind": "self_hire", "accounts": [cl["id"], fr["id"]],
                          "evidence": ev, "variant": v, "language": lang, "amounts": "small" if small else "normal"})


# ================================================================ feedback rings
RING_STYLES = ["dense"] * 8 + ["stealth"] * 8 + ["relay"] * 8 + ["with_agency"] * 8 + ["slow_burn"] * 8


def build_rings(w):
    r = w.r
    for i, style in enumerate(RING_STYLES):
        lang = r.choice(["en", "es", "pt", "fr", "de", "ru"])
        ccs = LANG_COUNTRIES[lang] + OTHER_COUNTRIES[:3]
        if style == "dense":
            n = r.randint(3, 6)
        elif style == "stealth":
            n = r.randint(5, 12)
        elif style == "relay":
            n = r.randint(4, 9)
        elif style == "with_agency":
            n = r.randint(4, 8)
        else:
            n = r.randint(3, 7)
        members = []
        n_old = int(n * (0.7 if style == "stealth" else 0.25))
        for _ in range(n_old):
            m = pick_seller(w)
            while m in members:
                m = pick_seller(w)
            members.append(m)
        while len(members) < n:
            kind = "agency" if (style == "with_agency" and not any(x["kind"] == "agency" for x in members)) else \
                r.choice(["freelancer", "freelancer", "client"])
            created = T0 + timedelta(days=r.randint(0, 380))
            a = w.account(kind, r.choice(ccs), created=created)
            w.base_identities(a)
            members.append(a)
        if style == "with_agency" and not any(x["kind"] == "agency" for x in members):
            members[0] = w.account("agency", r.choice(ccs), created=T0 + timedelta(days=r.randint(0, 300)))
            w.base_identities(members[0])
        shared_ip = w.new_ip() if (style in ("dense", "with_agency") and r.random() < 0.4) else None
        if shared_ip:
            for m in members:
                w.ident_add(m, "ip", shared_ip)
        base = max(m["_t"] for m in members) + timedelta(days=r.randint(5, 40))
        pairs = []
        if style == "dense":
            for a in range(n):
                for b in range(n):
                    if a != b and r.random() < 0.8:
                        pairs.append((a, b, base + timedelta(days=r.randint(0, 45))))
        elif style == "stealth":
            order = list(range(n))
            r.shuffle(order)
            for k in range(1, n):
                a, b = order[k], order[r.randrange(k)]
                if r.random() < 0.5:
                    a, b = b, a
                pairs.append((a, b, base + timedelta(days=r.randint(0, 300))))
            for _ in range(r.randint(1, 3)):
                a, b = r.sample(range(n), 2)
                pairs.append((a, b, base + timedelta(days=r.randint(0, 300))))
        elif style == "relay":
            for rep in range(r.randint(1, 2)):
                for k in range(n):
                    pairs.append((k, (k + 1) % n, base + timedelta(days=rep * 60 + k * r.randint(2, 8))))
        elif style == "with_agency":
            ag = next(k for k, m in enumerate(members) if m["kind"] == "agency")
            for k in range(n):
                if k == ag:
                    continue
                pairs.append((k, ag, base + timedelta(days=r.randint(0, 60))))
                if r.random() < 0.6:
                    pairs.append((ag, k, base + timedelta(days=r.randint(0, 60))))
            for _ in range(r.randint(1, 3)):
                a, b = r.sample(range(n), 2)
                pairs.append((a, b, base + timedelta(days=r.randint(0, 60))))
        else:  # slow_burn: about one ring job a month for a year
            for k in range(r.randint(8, 13)):
                a, b = r.sample(range(n), 2)
                pairs.append((a, b, base + timedelta(days=30 * k + r.randint(0, 20))))
        ev = []
        for a, b, t in pairs:
            if t > T_END - timedelta(days=40):
                t = T_END - timedelta(days=r.randint(40, 80))
            amt = r.choice([20, 35, 50, 80]) if style in ("dense", "relay") else r.choice([120, 300, 600, 900])
            c = w.contract(members[a], members[b], start=t, days=r.randint(1, 14), amount=amt)
            w.pay_contract(c)
            w.feedback(c, members[a]["id"], members[b]["id"], 5)
            if r.random() < 0.85:
                w.feedback(c, members[b]["id"], members[a]["id"], 5)
            ev += ev_of(w, c)
        # cover: honest work around the ring, a lot of it for stealth and slow burn
        cover = {"stealth": (6, 16), "slow_burn": (2, 6), "relay": (0, 3), "with_agency": (1, 4), "dense": (0, 2)}[style]
        for m in members:
            for _ in range(r.randint(*cover)):
                if m["kind"] == "client":
                    w.ordinary(m, pick_seller(w))
                else:
                    w.ordinary(r.choice(w.clients), m)
        w.schemes.append({"id": "FR%02d" % (i + 1), "kind": "feedback_ring", "accounts": [m["id"] for m in members],
                          "evidence": ev, "variant": style,
                          "language": {"x": "other"}.get(w.lang_of(members[0]["country"]), w.lang_of(members[0]["country"])),
                          "size": n, "ring_contracts": len(pairs)})


# ================================================================ conflict of interest
COI_VARIANTS = ["owner_contractor", "admin_contractor", "hm_contractor", "member_second_account", "hm_alt_no_org"] * 8


def build_coi(w):
    r = w.r
    for i, v in enumerate(COI_VARIANTS):
        lang = r.choice(["en", "es", "pt", "fr", "de", "ru"])
        country = r.choice(LANG_COUNTRIES[lang])
        created = T0 + timedelta(days=r.randint(0, 200))
        o = {"type": "organization", "id": w.nid("o", 5), "name": "%s %s" % (
            r.choice(["Vector", "Orchid", "Granite", "Maple", "Beacon", "Quartz"]),
            r.choice(["Group", "Partners", "Ventures", "Co", "Holdings"])), "created_at": iso(created)}
        w.orgs.append(o)
        owner = w.account("client", country, created=created)
        admin = w.account("client", country, created=created + timedelta(days=r.randint(1, 30)))
        hm = w.account("client", country, created=created + timedelta(days=r.randint(1, 30)))
        member = w.account("client", country, created=created + timedelta(days=r.randint(1, 60)))
        for a, role in ((owner, "owner"), (admin, "admin"), (hm, "hiring_manager"), (member, "member")):
            w.base_identities(a)
            w.mem.append({"type": "membership", "org": o["id"], "account": a["id"], "role": role})
        # honest hiring by the org, so the org looks ordinary
        for _ in range(r.randint(2, 6)):
            w.ordinary(r.choice([hm, admin]), pick_seller(w), org=o["id"])
        ev, accounts = [], []
        if v in ("owner_contractor", "admin_contractor", "hm_contractor"):
            fr = {"owner_contractor": owner, "admin_contractor": admin, "hm_contractor": hm}[v]
            cl = hm if fr is not hm else admin
            accounts = [cl["id"], fr["id"]]
            jobs = [(cl, fr, o["id"])]
        else:
            insider = member if v == "member_second_account" else hm
            alt = w.account("freelancer", country, created=insider["_t"] + timedelta(days=r.randint(10, 80)))
            w.base_identities(alt)
            if v == "member_second_account":
                d, p = w.new_device(), w.new_phone()
                for a in (insider, alt):
                    w.ident_add(a, "device", d)
                    w.ident_add(a, "phone", p)
                jobs = [(hm, alt, o["id"])]
                accounts = [hm["id"], alt["id"], member["id"]]
            else:
                b = w.new_bank()
                for a in (insider, alt):
                    w.ident_add(a, "bank_account", b)
                jobs = [(hm, alt, None)]
                accounts = [hm["id"], alt["id"]]
            for _ in range(r.randint(0, 4)):
                w.ordinary(r.choice(w.clients), alt)
        for cl, fr, org in jobs:
            for _ in range(r.randint(1, 3)):
                c = w.contract(cl, fr, org=org, amount=r.choice([800, 1500, 3000, 5200]), days=r.randint(5, 40))
                w.pay_contract(c)
                w.feedback(c, cl["id"], fr["id"], 5)
                if r.random() < 0.5:
                    w.feedback(c, fr["id"], cl["id"], 5)
                ev += ev_of(w, c)
        w.schemes.append({"id": "CI%02d" % (i + 1), "kind": "conflict_of_interest", "accounts": accounts,
                          "evidence": ev, "variant": v, "language": lang, "org": o["id"]})


# ================================================================ paid feedback and extortion
def money(lang, r):
    cur, fmt = T.CURRENCY[lang]
    v = {"USD": r.choice([25, 40, 50, 75, 100, 150]), "EUR": r.choice([20, 30, 45, 60, 80, 120]),
         "BRL": r.choice([100, 150, 200, 300, 450]), "RUB": r.choice([1500, 2000, 3000, 5000, 8000])}[cur]
    return cur, v, fmt.format(v=v)


def fill(text, **kw):
    starts_with_project = text.startswith("{p}")
    for k, v in kw.items():
        text = text.replace("{" + k + "}", str(v))
    return text[:1].upper() + text[1:] if starts_with_project else text


def first_name(a):
    return a["name"].split(" ")[0]


def build_text_schemes(w):
    r = w.r
    outcomes_cycle = ["complied", "complied", "complied", "refused", "refused", "silent"]
    n = 0
    for kind, bank, replies, prefix in (("paid_feedback", T.PAID, T.PAID_REPLY, "PF"),
                                        ("feedback_extortion", T.EXTORT, T.EXTORT_REPLY, "FX")):
        for li, lang in enumerate(T.LANGS):
            themes = list(bank)
            outs = outcomes_cycle[li % 6:] + outcomes_cycle[:li % 6]
            for ti, theme in enumerate(themes):
                n += 1
                initiator, mode, tmpl = bank[theme][lang]
                outcome = outs[ti]
                cl = pick_client(w, lang)
                # rating-for-rating: both parties are freelancers
                if theme == "rating_for_rating":
                    cl = pick_seller(w, lang)
                fr = pick_seller(w)
                while fr is cl:
                    fr = pick_seller(w)
                cur, val, amt = money(lang, r)
                proj = r.choice(T.PROJECT[lang])
                c = w.contract(cl, fr, amount=r.choice([200, 350, 600, 900, 1400]) * (1 if cur != "RUB" else 80),
                               currency=cur, days=r.randint(8, 30))
                w.pay_contract(c)
                A, B = (fr, cl) if initiator == "F" else (cl, fr)
                chat_lang = lang if lang in T.CHATTER else "en"
                t = c["_s"] + timedelta(days=1)
                mids = []
                for _ in range(r.randint(1, 2)):
                    t += timedelta(hours=r.randint(5, 40))
                    s = r.choice([cl, fr])
                    w.message(c, s["id"], (fr if s is cl else cl)["id"], r.choice(T.CHATTER[chat_lang]), t)
                after = theme == "report_unless_changed"
                fbs = []
                low = r.choice([2, 3]) if after else None
                t = c["_e"] - timedelta(hours=r.randint(4, 20))
                if after:  # B already rated A low; A threatens afterwards
                    fb_b = w.feedback(c, B["id"], A["id"], 5 if outcome == "complied" else low, when=c["_e"] + timedelta(hours=3))
                    fbs.append(fb_b)
                    t = c["_e"] + timedelta(hours=r.randint(10, 40))
                nx = low if after else r.randint(2, 4)
                for who, text in tmpl:
                    t += timedelta(minutes=r.randint(1, 90))
                    s, rc = (A, B) if who == "A" else (B, A)
                    body = fill(text, amt=amt, nm=first_name(B), p=proj, nx=nx, d=r.randint(2, 5))
                    mids.append(w.message(c, s["id"], rc["id"], body, t))
                msgs_text = [{"sender_role": "A", "body": m["body"]} for m in mids]
                if outcome != "silent":
                    t += timedelta(hours=r.randint(1, 30))
                    body = r.choice(replies[outcome][lang])
                    mids.append(w.message(c, B["id"], A["id"], body, t))
                    msgs_text.append({"sender_role": "B", "body": body})
                pay = None
                money_theme = theme in ("bonus_or_refund_paid", "trustpilot_and_here", "refund_or_1star")
                if outcome == "complied" and money_theme and (kind == "paid_feedback" or initiator == "C"):
                    if kind == "paid_feedback":
                        pk = "bonus" if initiator == "C" else "refund"
                    else:
                        pk = "refund"  # the freelancer gives the client money back
                    pay = w.payment(c, pk, val, t + timedelta(hours=r.randint(1, 12)))
                if not after:
                    ft = t + timedelta(hours=r.randint(2, 30))
                    if kind == "paid_feedback":
                        rating = 5 if outcome == "complied" else r.choice([3, 4]) if outcome == "refused" else r.choice([4, 5])
                    else:
                        rating = 5 if outcome == "complied" else r.choice([2, 3, 4])
                    if not (outcome == "silent" and r.random() < 0.4):
                        fbs.append(w.feedback(c, B["id"], A["id"], rating, when=ft))
                    if kind == "feedback_extortion" and outcome != "complied" and r.random() < 0.6:
                        fbs.append(w.feedback(c, A["id"], B["id"], 1, when=ft + timedelta(hours=r.randint(1, 20)),
                                              comment=None))
                    elif kind == "paid_feedback" and r.random() < 0.6:
                        fbs.append(w.feedback(c, A["id"], B["id"], 5, when=ft + timedelta(hours=r.randint(1, 20))))
                sid = "%s%02d" % (prefix, len([s for s in w.schemes if s["kind"] == kind]) + 1)
                ev = [c["id"]] + [m["id"] for m in mids] + [f["id"] for f in fbs] + ([pay["id"]] if pay else [])
                w.schemes.append({"id": sid, "kind": kind, "accounts": [A["id"], B["id"]], "evidence": ev,
                                  "language": lang, "theme": theme, "mode": mode,
                                  "initiator": "freelancer" if initiator == "F" else "client",
                                  "timing": "after" if after else "before", "outcome": outcome,
                                  "payment": pay["kind"] if pay else None, "country": cl["country"]})
                msgs_text = [{"sender_role": "client" if m["sender"] == cl["id"] else "freelancer", "body": m["body"]}
                             for m in mids]
                w.threads.append({"id": sid, "kind": kind, "language": lang, "theme": theme, "mode": mode,
                                  "initiator": "freelancer" if initiator == "F" else "client",
                                  "outcome": outcome, "messages": msgs_text,
                                  "message_ids": [m["id"] for m in mids]})


# ================================================================ honest look-alikes
def build_lookalikes(w):
    r = w.r
    k = 0
    # text look-alikes: 7 types x 7 languages x 5
    for typ, by_lang in T.HONEST.items():
        for lang in T.LANGS:
            for _ in range(5):
                k += 1
                cl = pick_client(w, lang)
                fr = pick_seller(w)
                cur, val, amt = money(lang, r)
                c = w.contract(cl, fr, amount=r.choice([300, 700, 1200]) * (1 if cur != "RUB" else 80),
                               currency=cur, days=r.randint(8, 30))
                w.pay_contract(c)
                proj = r.choice(T.PROJECT[lang])
                t = c["_e"] - timedelta(hours=r.randint(5, 40))
                fbs, mids = [], []
                rating = {"complaint_dispute": r.choice([2, 3]), "misclick_fix": 1, "refund_real_problem": 3}.get(
                    typ, r.choice([4, 5, 5]))
                if typ == "misclick_fix":
                    fbs.append(w.feedback(c, cl["id"], fr["id"], 1, when=c["_e"] + timedelta(hours=2),
                                          comment={"en": "Excellent work, flawless.", "es": "Trabajo excelente.",
                                                   "pt": "Trabalho excelente.", "fr": "Travail excellent.",
                                                   "de": "Ausgezeichnete Arbeit.", "ru": "Отличная работа.",
                                                   "en_chat": "awesome job!!"}[lang]))
                    t = c["_e"] + timedelta(hours=r.randint(5, 30))
                for who, text in by_lang[lang]:
                    t += timedelta(minutes=r.randint(5, 300))
                    s, rc = (fr, cl) if who == "A" else (cl, fr)
                    body = fill(text, amt=amt, nm=first_name(rc), p=proj, d=r.randint(3, 9), nx=2)
                    mids.append(w.message(c, s["id"], rc["id"], body, t))
                pay = None
                if typ == "unconditional_bonus":
                    pay = w.payment(c, "bonus", val, t - timedelta(minutes=3))
                elif typ == "refund_real_problem":
                    pay = w.payment(c, "refund", val, t + timedelta(minutes=10))
                if typ != "misclick_fix":
                    fbs.append(w.feedback(c, cl["id"], fr["id"], rating, when=t + timedelta(hours=r.randint(3, 40))))
                    if r.random() < 0.7:
                        fbs.append(w.feedback(c, fr["id"], cl["id"], r.choice([4, 5]),
                                              when=t + timedelta(hours=r.randint(3, 40))))
                lid = "HL%03d" % k
                ev = [c["id"]] + [m["id"] for m in mids] + [f["id"] for f in fbs] + ([pay["id"]] if pay else [])
                w.looks.append({"id": lid, "type": "thread_" + typ, "accounts": [fr["id"], cl["id"]], "evidence": ev,
                                "language": lang})
                w.threads.append({"id": lid, "kind": "honest", "type": typ, "language": lang,
                                  "messages": [{"sender_role": "freelancer" if m["sender"] == fr["id"] else "client",
                                                "body": m["body"]}
                                               for m in mids], "message_ids": [m["id"] for m in mids]})

    def add(typ, accs, ev, lang="-"):
        nonlocal k
        k += 1
        w.looks.append({"id": "HL%03d" % k, "type": typ, "accounts": [a["id"] for a in accs], "evidence": ev,
                        "language": lang})

    # families sharing a device and home IP who never contract together
    for _ in range(80):
        lang = r.choice(["en", "es", "pt", "fr", "de", "ru"])
        country = r.choice(LANG_COUNTRIES[lang])
        last = w.person(lang)[1]
        fam = []
        for _j in range(r.randint(2, 4)):
            a = w.account(r.choice(["client", "freelancer"]), country,
                          name="%s %s" % (w.person(lang)[0], last))
            fam.append(a)
        dev, ip = w.new_device(), w.new_ip()
        for a in fam:
            w.base_identities(a, home_ip=ip)
            if r.random() < 0.8:
                w.ident_add(a, "device", dev)
        ev = []
        for a in fam:
            for _j in range(r.randint(1, 5)):
                c = w.ordinary(a, pick_seller(w)) if a["kind"] == "client" else w.ordinary(r.choice(w.clients), a)
                ev.append(c["id"])
        add("family_shared_device", fam, ev, lang)
    # coworking offices and cafés: many accounts on one IP, a few hire each other honestly
    for _ in range(40):
        ip = w.new_ip()
        group = [w.account(r.choice(["client", "freelancer", "freelancer"]), r.choice(sum(LANG_COUNTRIES.values(), [])))
                 for _j in range(r.randint(6, 15))]
        for a in group:
            w.base_identities(a)
            for _j in range(r.randint(2, 8)):
                w.ident_add(a, "ip", ip, a["_t"] + timedelta(days=r.randint(1, 500)))
        ev = []
        for a in group:
            for _j in range(r.randint(1, 4)):
                c = w.ordinary(a, pick_seller(w)) if a["kind"] == "client" else w.ordinary(r.choice(w.clients), a)
                ev.append(c["id"])
        if r.random() < 0.5:
            cls = [a for a in group if a["kind"] == "client"]
            frs = [a for a in group if a["kind"] == "freelancer"]
            if cls and frs:
                c = w.ordinary(r.choice(cls), r.choice(frs), status="ended")
                ev.append(c["id"])
        add("office_cafe_ip", group, ev)
    # long-term clients who always give five stars
    for _ in range(60):
        cl, fr = r.choice(w.clients), pick_seller(w)
        ev = []
        t = max(cl["_t"], fr["_t"]) + timedelta(days=10)
        for _j in range(r.randint(6, 14)):
            c = w.contract(cl, fr, start=t, days=r.randint(7, 30))
            w.pay_contract(c)
            ev.append(w.feedback(c, cl["id"], fr["id"], 5)["id"])
            if r.random() < 0.6:
                ev.append(w.feedback(c, fr["id"], cl["id"], r.choice([4, 5, 5]))["id"])
            ev.append(c["id"])
            t = c["_e"] + timedelta(days=r.randint(3, 40))
            if t > T_END - timedelta(days=60):
                break
        add("long_term_five_star", [cl, fr], ev, {"x": "other"}.get(w.lang_of(cl["country"]), w.lang_of(cl["country"])))
    # agency teams working from one office, each for outside clients
    for _ in range(30):
        ag = r.choice(w.agencies)
        ip = w.new_ip()
        team = [pick_seller(w) for _j in range(r.randint(3, 6))]
        ev = []
        for a in [ag] + team:
            w.ident_add(a, "ip", ip)
            c = w.ordinary(r.choice(w.clients), a)
            ev.append(c["id"])
        add("agency_team_office", [ag] + team, ev)
    # managers of one org who freelance for another, unrelated org
    mgrs = [a for a in w.clients if w.org_roles.get(a["id"], ("", ""))[1] in ("admin", "hiring_manager")]
    hirers = [a for a in w.clients if w.org_roles.get(a["id"], ("", ""))[1] in ("owner", "hiring_manager")]
    for _ in range(30):
        m = r.choice(mgrs)
        h = r.choice(hirers)
        while w.org_roles[h["id"]][0] == w.org_roles[m["id"]][0]:
            h = r.choice(hirers)
        c = w.ordinary(h, m, org=w.org_roles[h["id"]][0], status="ended")
        add("manager_of_other_org", [h, m], ev_of(w, c))


# ================================================================ validation and output
def validate(w):
    errs = []
    ids = {}
    for typ, rows in (("account", w.acc), ("organization", w.orgs), ("contract", w.ct), ("feedback", w.fb),
                      ("message", w.msg), ("payment", w.pay)):
        seen = set()
        for x in rows:
            if x["id"] in seen:
                errs.append("duplicate %s id %s" % (typ, x["id"]))
            seen.add(x["id"])
            ids[x["id"]] = typ
    emails = [a["email"] for a in w.acc]
    if len(set(emails)) != len(emails):
        errs.append("duplicate emails")
    acc = {a["id"]: a for a in w.acc}
    orgs = {o["id"] for o in w.orgs}
    ct = {c["id"]: c for c in w.ct}

    def t(s):
        return datetime.fromisoformat(s)

    for a in w.acc:
        if any(ord(ch) < 32 for ch in a["name"]) or len(a["name"]) > 200 or a["kind"] not in ("client", "freelancer", "agency"):
            errs.append("bad account %s" % a["id"])
    memb = set()
    for m in w.mem:
        if m["org"] not in orgs or m["account"] not in acc:
            errs.append("membership ref %s" % m)
        if (m["org"], m["account"]) in memb:
            errs.append("repeated membership %s" % m)
        memb.add((m["org"], m["account"]))
    for c in w.ct:
        if c["client"] not in acc or c["freelancer"] not in acc or c["client"] == c["freelancer"]:
            errs.append("contract parties %s" % c["id"])
            continue
        if c.get("client_org") and c["client_org"] not in orgs:
            errs.append("contract org %s" % c["id"])
        s = t(c["started_at"])
        if s < t(acc[c["client"]]["created_at"]) or s < t(acc[c["freelancer"]]["created_at"]):
            errs.append("contract before account %s" % c["id"])
        if "ended_at" in c and t(c["ended_at"]) < s:
            errs.append("contract ends before start %s" % c["id"])
        if s > T_END:
            errs.append("contract in future %s" % c["id"])
    for f in w.fb:
        c = ct.get(f["contract"])
        if not c or {f["author"], f["recipient"]} != {c["client"], c["freelancer"]}:
            errs.append("feedback parties %s" % f["id"])
        elif t(f["created_at"]) < t(c["started_at"]) or not 1 <= f["rating"] <= 5:
            errs.append("feedback date/rating %s" % f["id"])
    for m in w.msg:
        c = ct.get(m["contract"])
        if not c or {m["sender"], m["recipient"]} != {c["client"], c["freelancer"]}:
            errs.append("message parties %s" % m["id"])
        elif t(m["sent_at"]) < t(c["started_at"]) or t(m["sent_at"]) > T_END + timedelta(days=6):
            errs.append("message date %s" % m["id"])
    for p in w.pay:
        c = ct.get(p["contract"])
        want = (c["freelancer"], c["client"]) if p["kind"] == "refund" else (c["client"], c["freelancer"])
        if (p["payer"], p["payee"]) != want:
            errs.append("payment direction %s" % p["id"])
        if t(p["created_at"]) < t(c["started_at"]):
            errs.append("payment date %s" % p["id"])
    for i in w.ident:
        if i["account"] not in acc:
            errs.append("identity ref %s" % i["account"])
    for x in w.schemes + w.looks:
        for a in x["accounts"]:
            if a not in acc:
                errs.append("truth account %s in %s" % (a, x["id"]))
        for e in x["evidence"]:
            if e not in ids:
                errs.append("truth evidence %s in %s" % (e, x["id"]))
    sid = [x["id"] for x in w.schemes + w.looks]
    if len(set(sid)) != len(sid):
        errs.append("duplicate truth ids")
    return errs


def clean(x):
    return {k: v for k, v in x.items() if not k.startswith("_")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=4404)
    ap.add_argument("--out", default=os.path.join(HERE, "data"))
    ap.add_argument("--truth", default=os.path.join(HERE, "truth.json"))
    ap.add_argument("--threads", default=os.path.join(HERE, "threads.jsonl"))
    a = ap.parse_args()
    w = World(a.seed)
    build_base(w)
    build_self_hire(w)
    build_rings(w)
    build_coi(w)
    build_text_schemes(w)
    build_lookalikes(w)
    errs = validate(w)
    if errs:
        print("validation failed, nothing written:", file=sys.stderr)
        for e in errs[:50]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(a.out, exist_ok=True)
    lines = 0
    with open(os.path.join(a.out, "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for rows in (w.orgs, w.acc, w.ident, w.mem, w.ct, w.fb, w.msg, w.pay):
            for x in rows:
                fh.write(json.dumps(clean(x), ensure_ascii=False, sort_keys=True) + "\n")
                lines += 1
    truth = {"round": "r4", "seed": a.seed, "schemes": w.schemes, "lookalikes": w.looks}
    with open(a.truth, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(a.threads, "w", encoding="utf-8") as fh:
        for th in w.threads:
            fh.write(json.dumps(th, ensure_ascii=False) + "\n")
    kinds = {}
    for s in w.schemes:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print("lines %d  accounts %d  orgs %d  contracts %d  feedback %d  messages %d  payments %d  identities %d"
          % (lines, len(w.acc), len(w.orgs), len(w.ct), len(w.fb), len(w.msg), len(w.pay), len(w.ident)))
    print("schemes %s  lookalikes %d  threads %d" % (kinds, len(w.looks), len(w.threads)))


if __name__ == "__main__":
    main()
