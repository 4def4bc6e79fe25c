#!/usr/bin/env python3
"""det-r3 generator: sealed round-3 red-team marketplace (stdlib only, deterministic by --seed).

Writes data/marketplace.jsonl, truth.json, threads.jsonl next to this file.
Phrase banks live in banks.py (same directory), written from scratch for r3.
"""
import argparse, json, os, random, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import banks  # noqa: E402

LANGS = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'en_chat']
COUNTRIES = {'en': ['US', 'GB', 'CA', 'AU', 'IE', 'NZ'], 'es': ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'],
             'pt': ['PT', 'BR'], 'fr': ['FR', 'BE', 'CA', 'CH'], 'de': ['DE', 'AT', 'CH'], 'ru': ['RU', 'KZ', 'BY']}
CURRENCY = {'US': 'USD', 'GB': 'GBP', 'CA': 'CAD', 'AU': 'AUD', 'IE': 'EUR', 'NZ': 'USD', 'ES': 'EUR', 'MX': 'USD',
            'AR': 'USD', 'CO': 'USD', 'CL': 'USD', 'PE': 'USD', 'PT': 'EUR', 'BR': 'BRL', 'FR': 'EUR', 'BE': 'EUR',
            'CH': 'CHF', 'DE': 'EUR', 'AT': 'EUR', 'RU': 'USD', 'KZ': 'USD', 'BY': 'USD'}
FIRST = {'en': ['Olivia', 'Liam', 'Harper', 'Noah', 'Isla', 'Mason', 'Ruby', 'Caleb', 'Freya', 'Owen', 'Tessa', 'Declan'],
         'es': ['Lucía', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Joaquín', 'Ximena', 'Iker', 'Renata', 'Tomás'],
         'pt': ['Inês', 'Duarte', 'Beatriz', 'Thiago', 'Larissa', 'Gonçalo', 'Mariana', 'Rafael', 'Leonor', 'Caio'],
         'fr': ['Chloé', 'Étienne', 'Manon', 'Bastien', 'Élodie', 'Quentin', 'Margaux', 'Théo', 'Aurélie', 'Loïc'],
         'de': ['Lena', 'Jonas', 'Marlene', 'Lukas', 'Annika', 'Florian', 'Vreni', 'Matthias', 'Ilse', 'Reto'],
         'ru': ['Анна', 'Дмитрий', 'Ольга', 'Илья', 'Ксения', 'Павел', 'Дарья', 'Артём', 'Вера', 'Глеб']}
LAST = {'en': ['Whitmore', 'Okafor', 'Lindqvist', 'Hale', 'Brennan', 'Patel', 'Ashford', 'Quinn', 'Mercer', 'Doyle'],
        'es': ['Ortega', 'Villalobos', 'Paredes', 'Salinas', 'Quiroga', 'Benítez', 'Aguirre', 'Montoya', 'Cárdenas'],
        'pt': ['Figueiredo', 'Tavares', 'Barbosa', 'Magalhães', 'Nogueira', 'Pacheco', 'Cardoso', 'Brandão'],
        'fr': ['Lefèvre', 'Marchand', 'Girard', 'Rousseau', 'Perrin', 'Fontaine', 'Chevalier', 'Gauthier'],
        'de': ['Brunner', 'Huber', 'Aebischer', 'Kessler', 'Wagner', 'Gruber', 'Steiner', 'Vogt', 'Lehmann'],
        'ru': ['Соколов', 'Морозова', 'Кузнецов', 'Лебедева', 'Волков', 'Зайцева', 'Орлов', 'Белова']}
TITLES = ['Landing page redesign', 'Shopify theme fixes', 'Data cleanup script', 'Logo and brand kit', 'Mobile checkout bugfix',
          'Translation of user manual', 'SEO audit', 'React dashboard', 'Podcast editing', 'Pitch deck design',
          'Bookkeeping for Q3', 'WordPress migration', 'Product photos retouch', 'API integration', 'Newsletter copy']
T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
T_END = datetime(2026, 11, 20, tzinfo=timezone.utc)


def iso(t):
    return t.replace(microsecond=0).isoformat()


def money_str(lang, country, amt):
    cur = CURRENCY[country]
    a = ('%d' % amt) if amt == int(amt) else ('%.2f' % amt)
    sym = {'USD': '$', 'EUR': '€', 'GBP': '£', 'CAD': 'C$', 'AUD': 'A$', 'BRL': 'R$', 'CHF': 'CHF'}[cur]
    if lang in ('en', 'en_chat'):
        return sym + a if cur != 'CHF' else 'CHF ' + a
    if cur == 'BRL':
        return 'R$ ' + a
    if cur == 'CHF':
        return a + ' Fr.' if lang == 'de' else a + ' CHF'
    if lang == 'ru':
        return a + ' ' + sym
    return a + ' ' + sym


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.lines = []
        self.acc = {}          # id -> dict(kind, lang, country, created)
        self.n = {}
        self.ident_ctr = 0
        self.contracts = {}    # id -> (client, freelancer, start, end, currency)
        self.schemes = []
        self.looks = []
        self.threads = []
        self.busy = set()      # accounts used by a scheme (kept out of look-alikes)
        self.orgs = {}         # org id -> {'owner':..., 'admin':[...], 'hiring_manager':[...], 'member':[...]}

    def nid(self, p):
        self.n[p] = self.n.get(p, 0) + 1
        return '%s%d' % (p, self.n[p] * 7 + 3)  # non-contiguous ids

    def emit(self, d):
        self.lines.append(d)

    def rt(self, a, b):
        """random time between datetimes a and b"""
        s = (b - a).total_seconds()
        return a + timedelta(seconds=self.r.uniform(0, max(s, 1)))

    # ---------------- accounts / identities
    def account(self, kind, lang=None, country=None, created=None, name=None):
        r = self.r
        lang = lang or r.choices(['en', 'es', 'pt', 'fr', 'de', 'ru'], [40, 16, 12, 11, 11, 10])[0]
        country = country or r.choice(COUNTRIES['en' if lang == 'en_chat' else lang])
        created = created or self.rt(T0 - timedelta(days=700), T_END - timedelta(days=200))
        i = self.nid('ac')
        base = 'en' if lang == 'en_chat' else lang
        nm = name or (r.choice(FIRST[base]) + ' ' + r.choice(LAST[base]))
        if kind == 'agency':
            nm = r.choice(LAST[base]) + ' ' + r.choice(['Studio', 'Digital', 'Labs', '& Partners', 'Collective'])
        self.acc[i] = dict(kind=kind, lang=lang, country=country, created=created, name=nm)
        self.emit({'type': 'account', 'id': i, 'email': '%s.%s@mail%d.example' % (i, kind[:2], self.r.randint(1, 40)),
                   'kind': kind, 'name': nm, 'country': country, 'created_at': iso(created)})
        return i

    def ident(self, acc, kind, value=None, t=None):
        if value is None:
            self.ident_ctr += 1
            value = self.fresh_value(kind)
        t = t or self.acc[acc]['created'] + timedelta(hours=self.r.randint(0, 400))
        self.emit({'type': 'identity', 'account': acc, 'kind': kind, 'value': value, 'seen_at': iso(t)})
        return value

    def fresh_value(self, kind):
        self.ident_ctr += 1
        c = self.ident_ctr
        r = self.r
        if kind == 'device':
            return 'dv-%08x-%04x' % (r.getrandbits(32), c % 65536)
        if kind == 'ip':
            return '%d.%d.%d.%d' % (r.choice([31, 46, 77, 89, 95, 109, 176, 185, 188, 212]), (c >> 16) % 256, (c >> 8) % 256, c % 256)
        if kind == 'phone':
            return '+%d%09d' % (r.choice([1, 44, 34, 52, 54, 55, 351, 33, 49, 43, 41, 7]), 100000000 + c * 37 % 899999999)
        if kind == 'payment_instrument':
            return 'card:%04d****%04d:%d' % (r.randint(4000, 5599), c % 10000, c)
        if kind == 'bank_account':
            return 'IBAN%02dX%012d' % (r.randint(10, 99), c * 7919)
        if kind == 'tax_id':
            return 'TX-%010d' % (c * 104729 % 9999999999)
        if kind == 'address':
            return '%d %s St, unit %d' % (r.randint(1, 999), r.choice(['Oak', 'Rua Nova', 'Calle Mayor', 'Hauptstr', 'Lenina', 'Rue Haute']), c)
        raise ValueError(kind)

    def base_identities(self, acc):
        k = self.acc[acc]['kind']
        r = self.r
        self.ident(acc, 'device')
        if r.random() < 0.35:
            self.ident(acc, 'device')
        self.ident(acc, 'ip')
        if r.random() < 0.6:
            self.ident(acc, 'phone')
        if k == 'client' and r.random() < 0.8:
            self.ident(acc, 'payment_instrument')
        if k != 'client' and r.random() < 0.45:
            self.ident(acc, 'bank_account')
        if r.random() < 0.2:
            self.ident(acc, 'address')
        if r.random() < 0.08:
            self.ident(acc, 'tax_id')

    # ---------------- contracts
    def contract(self, client, fl, start=None, days=None, amount=None, org=None, title=None, status='ended',
                 pay=True, currency=None):
        r = self.r
        lo = max(self.acc[client]['created'], self.acc[fl]['created']) + timedelta(days=1)
        if start is None:
            start = self.rt(lo, T_END - timedelta(days=40))
        start = max(start, lo)
        if days is None:
            days = max(0.2, r.lognormvariate(2.3, 0.9))
        end = start + timedelta(days=days)
        if amount is None:
            amount = round(max(15, r.lognormvariate(5.6, 1.0)), 2)
        currency = currency or CURRENCY[self.acc[client]['country']]
        i = self.nid('ct')
        d = {'type': 'contract', 'id': i, 'client': client, 'freelancer': fl, 'title': title or r.choice(TITLES),
             'amount': '%.2f' % amount, 'currency': currency, 'started_at': iso(start), 'status': status}
        if status != 'active':
            d['ended_at'] = iso(end)
        if org:
            d['client_org'] = org
        self.emit(d)
        self.contracts[i] = (client, fl, start, end, currency)
        pids = []
        if pay and status != 'cancelled':
            if r.random() < 0.3 and amount > 200:
                half = round(amount / 2, 2)
                pids.append(self.payment(i, 'milestone', half, start + (end - start) / 2))
                pids.append(self.payment(i, 'milestone', round(amount - half, 2), end))
            else:
                pids.append(self.payment(i, r.choice(['fixed', 'fixed', 'hourly']), amount, end))
        return i, start, end, pids

    def payment(self, ct, kind, amount, t):
        c, f = self.contracts[ct][:2]
        i = self.nid('py')
        payer, payee = (f, c) if kind == 'refund' else (c, f)
        self.emit({'type': 'payment', 'id': i, 'contract': ct, 'payer': payer, 'payee': payee, 'kind': kind,
                   'amount': '%.2f' % amount, 'created_at': iso(t)})
        return i

    def feedback(self, ct, author, rating, t, comment=None):
        c, f = self.contracts[ct][:2]
        rec = f if author == c else c
        i = self.nid('fb')
        d = {'type': 'feedback', 'id': i, 'contract': ct, 'author': author, 'recipient': rec, 'rating': rating,
             'created_at': iso(t)}
        if comment:
            d['comment'] = comment
        self.emit(d)
        return i

    def message(self, ct, sender, body, t):
        c, f = self.contracts[ct][:2]
        rec = f if sender == c else c
        i = self.nid('ms')
        self.emit({'type': 'message', 'id': i, 'sender': sender, 'recipient': rec, 'contract': ct, 'body': body,
                   'sent_at': iso(t)})
        return i

    def honest_rating(self):
        return self.r.choices([5, 4, 3, 2, 1], [64, 22, 7, 4, 3])[0]

    def both_feedback(self, ct, end, p=0.88, five=False):
        c, f = self.contracts[ct][:2]
        ids = []
        for a in (c, f):
            if self.r.random() < p:
                ids.append(self.feedback(ct, a, 5 if five else self.honest_rating(), end + timedelta(hours=self.r.randint(1, 200))))
        return ids

    def chatter(self, ct, n):
        c, f, s, e, _ = self.contracts[ct]
        lang = self.acc[c]['lang']
        for _ in range(n):
            self.message(ct, self.r.choice([c, f]), self.r.choice(banks.CHATTER[lang]), self.rt(s, e))

    # ================= build
    def build(self):
        r = self.r
        # population
        self.clients = [self.account('client') for _ in range(3560)]
        self.fls = [self.account('freelancer') for _ in range(6070)]
        self.agencies = [self.account('agency') for _ in range(70)]
        # en_chat speakers: a slice of English accounts writes chat-style
        for a in self.clients + self.fls:
            if self.acc[a]['lang'] == 'en' and r.random() < 0.25:
                self.acc[a]['lang'] = 'en_chat'
        for a in self.clients + self.fls + self.agencies:
            self.base_identities(a)
        # carrier NAT
        pool = self.clients + self.fls
        for k in range(7):
            ip = '100.%d.%d.%d' % (64 + k, r.randint(0, 255), r.randint(1, 254))
            for a in r.sample(pool, r.randint(110, 170)):
                self.ident(a, 'ip', ip)
        # client orgs
        cl = self.clients[:]
        r.shuffle(cl)
        pos = 0
        self.client_orgs = []
        for k in range(520):
            o = self.nid('og')
            self.emit({'type': 'organization', 'id': o, 'name': r.choice(LAST['en'] + LAST['de'] + LAST['es']) + ' ' +
                       r.choice(['GmbH', 'Ltd', 'S.L.', 'Lda', 'SARL', 'Inc', 'OOO', 'AG', 'Ltda']),
                       'created_at': iso(T0 - timedelta(days=r.randint(100, 900)))})
            roles = {'owner': [cl[pos]], 'admin': [], 'hiring_manager': [], 'member': []}
            pos += 1
            for role, mx in (('admin', 2), ('hiring_manager', 2), ('member', 2)):
                for _ in range(r.randint(0, mx)):
                    roles[role].append(cl[pos]); pos += 1
            for role, accs in roles.items():
                for a in accs:
                    self.emit({'type': 'membership', 'org': o, 'account': a, 'role': role})
            self.orgs[o] = roles
            self.client_orgs.append(o)
        self.org_of = {}
        for o, roles in self.orgs.items():
            for role, accs in roles.items():
                for a in accs:
                    self.org_of[a] = (o, role)
        # agency orgs
        fl = self.fls[:]
        r.shuffle(fl)
        self.agency_orgs = {}
        p = 0
        for ag in self.agencies:
            o = self.nid('og')
            self.emit({'type': 'organization', 'id': o, 'name': self.acc[ag]['name'], 'created_at': iso(self.acc[ag]['created'])})
            self.emit({'type': 'membership', 'org': o, 'account': ag, 'role': 'owner'})
            mem = fl[p:p + r.randint(2, 8)]
            p += len(mem)
            for m in mem:
                self.emit({'type': 'membership', 'org': o, 'account': m, 'role': 'member'})
            self.agency_orgs[o] = (ag, mem)
        self.in_agency = set(fl[:p])
        # honest contracts, heavy tailed
        cw = [r.paretovariate(1.3) for _ in self.clients]
        fw = [r.paretovariate(1.4) for _ in self.fls + self.agencies]
        fpool = self.fls + self.agencies
        for _ in range(13200):
            c = r.choices(self.clients, cw)[0]
            f = r.choices(fpool, fw)[0]
            org = None
            if c in self.org_of and r.random() < 0.55:
                org = self.org_of[c][0]
            st = r.choices(['ended', 'active', 'cancelled'], [86, 9, 5])[0]
            ct, s, e, pids = self.contract(c, f, org=org, status=st)
            if st == 'ended':
                self.both_feedback(ct, e)
                if r.random() < 0.03:
                    self.payment(ct, 'bonus', round(r.uniform(10, 150), 2), e + timedelta(hours=3))
                if r.random() < 0.015:
                    self.payment(ct, 'refund', round(r.uniform(10, 120), 2), e + timedelta(hours=5))
            if r.random() < 0.45:
                self.chatter(ct, r.randint(1, 3))
        self.honest_done = set(self.clients + fpool)
        self.build_self_hire()
        self.build_rings()
        self.build_coi()
        self.build_text_schemes()
        self.build_lookalikes()
        self.build_honest_threads()

    # ---------------- schemes
    def scheme(self, kind, accounts, evidence, **kw):
        sid = 'S%03d' % (len(self.schemes) + 1)
        d = {'id': sid, 'kind': kind, 'accounts': sorted(set(accounts)), 'evidence': evidence}
        d.update(kw)
        self.schemes.append(d)
        self.busy.update(accounts)
        return sid

    def build_self_hire(self):
        r = self.r
        combos = [('device',), ('payment_instrument',), ('phone', 'ip'), ('bank_account', 'address'), ('tax_id',),
                  ('device', 'payment_instrument'), ('address', 'phone'), ('ip', 'device'), ('phone',), ('bank_account',)]
        for k in range(40):
            combo = combos[k % len(combos)]
            lang = r.choice(['en', 'es', 'pt', 'fr', 'de', 'ru'])
            country = r.choice(COUNTRIES[lang])
            c = self.account('client', lang, country)
            self.base_identities(c)
            fs = []
            for _ in range(1 if r.random() < 0.75 else 2):
                f = self.account('freelancer', lang, r.choice(COUNTRIES[lang]) if r.random() < 0.3 else country,
                                 created=self.acc[c]['created'] + timedelta(days=r.randint(-200, 120)))
                self.base_identities(f)
                fs.append(f)
            for kd in combo:
                v = self.fresh_value(kd)
                for a in [c] + fs:
                    self.ident(a, kd, v)
            ev = []
            small = r.random() < 0.5
            for _ in range(r.randint(1, 4)):
                f = r.choice(fs)
                ct, s, e, pids = self.contract(c, f, amount=round(r.uniform(5, 60) if small else r.uniform(150, 900), 2),
                                               days=r.uniform(0.3, 6))
                ev.append(ct)
                ev += [self.feedback(ct, c, 5, e + timedelta(hours=r.randint(1, 30))),
                       self.feedback(ct, f, 5, e + timedelta(hours=r.randint(1, 30)))]
            if r.random() < 0.4:  # some honest work too, to blur
                for f in fs:
                    hc = r.choice(self.clients)
                    ct, s, e, _ = self.contract(hc, f)
                    self.both_feedback(ct, e)
            self.scheme('self_hire', [c] + fs, ev, variant='+'.join(combo), amounts='small' if small else 'normal',
                        language=lang)

    def build_rings(self):
        r = self.r
        styles = ['classic', 'stealth', 'mixed', 'slow_burn', 'relay']
        for k in range(40):
            style = styles[k % 5]
            n = r.randint(3, 10)
            lang = r.choice(['en', 'es', 'pt', 'fr', 'de', 'ru'])
            mem = []
            for j in range(n):
                if r.random() < 0.3:
                    cand = [a for a in r.sample(self.fls, 40) if a not in self.busy]
                    mem.append(cand[0])
                else:
                    kd = 'client' if (j % 3 == 0 and r.random() < 0.6) else 'freelancer'
                    c = r.choice(COUNTRIES[lang]) if style != 'relay' else r.choice(sum(COUNTRIES.values(), []))
                    a = self.account(kd, lang, c, created=self.rt(T_END - timedelta(days=900), T_END - timedelta(days=420)))
                    self.base_identities(a)
                    mem.append(a)
            shared_ip = r.random() < 0.3
            if shared_ip:
                v = self.fresh_value('ip')
                for a in mem:
                    self.ident(a, 'ip', v)
            base = self.rt(T_END - timedelta(days=400), T_END - timedelta(days=60))
            pairs = [(mem[j], mem[(j + 1) % n]) for j in range(n)]
            extra = r.randint(0, n)
            for _ in range(extra):
                a, b = r.sample(mem, 2)
                pairs.append((a, b))
            ev = []
            for (a, b) in pairs:
                if style == 'classic':
                    amt, days, off = r.uniform(5, 95), r.uniform(0.1, 3), r.uniform(0, 20)
                elif style == 'stealth':
                    amt, days, off = r.uniform(110, 400), r.uniform(4, 12), r.uniform(0, 45)
                elif style == 'slow_burn':
                    amt, days, off = r.uniform(40, 150), r.uniform(1, 5), r.uniform(0, 340)
                elif style == 'relay':
                    amt, days, off = r.uniform(60, 250), r.uniform(0.5, 9), r.uniform(0, 90)
                else:
                    amt, days, off = (r.uniform(5, 95), r.uniform(0.1, 3), r.uniform(0, 30)) if r.random() < 0.5 else \
                        (r.uniform(110, 400), r.uniform(4, 12), r.uniform(0, 30))
                ct, s, e, _ = self.contract(a, b, start=base + timedelta(days=off), days=days, amount=round(amt, 2),
                                            currency='USD')
                ev += [ct, self.feedback(ct, a, 5, e + timedelta(hours=r.randint(1, 48))),
                       self.feedback(ct, b, 5, e + timedelta(hours=r.randint(1, 48)))]
            self.scheme('feedback_ring', mem, ev, variant=style, size=n, shared_ip=shared_ip, language=lang)

    def build_coi(self):
        r = self.r
        variants = ['with_client_org', 'membership_only', 'owner_hires_manager', 'admin_alt_account', 'hm_hires_admin']
        orgs = [o for o in self.client_orgs if not any(a in self.busy for a in sum(self.orgs[o].values(), []))]
        r.shuffle(orgs)
        for k in range(40):
            var = variants[k % 5]
            o = orgs[k]
            roles = self.orgs[o]
            owner = roles['owner'][0]
            lang = self.acc[owner]['lang'] if self.acc[owner]['lang'] != 'en_chat' else 'en'
            f = self.account('freelancer', lang, self.acc[owner]['country'])
            self.base_identities(f)
            accounts = [f]
            if var == 'admin_alt_account':
                if roles['admin']:
                    adm = roles['admin'][0]
                else:
                    adm = self.account('client', lang, self.acc[owner]['country'])
                    self.base_identities(adm)
                    self.emit({'type': 'membership', 'org': o, 'account': adm, 'role': 'admin'})
                for kd in ('device', 'phone'):
                    v = self.fresh_value(kd)
                    self.ident(adm, kd, v); self.ident(f, kd, v)
                client = owner
                accounts.append(adm)
                org_field = o if r.random() < 0.5 else None
            else:
                role = {'with_client_org': r.choice(['admin', 'hiring_manager']), 'membership_only': r.choice(['admin', 'hiring_manager']),
                        'owner_hires_manager': 'hiring_manager', 'hm_hires_admin': 'admin'}[var]
                self.emit({'type': 'membership', 'org': o, 'account': f, 'role': role})
                if var == 'hm_hires_admin':
                    if roles['hiring_manager']:
                        client = roles['hiring_manager'][0]
                    else:
                        client = self.account('client', lang, self.acc[owner]['country'])
                        self.base_identities(client)
                        self.emit({'type': 'membership', 'org': o, 'account': client, 'role': 'hiring_manager'})
                else:
                    client = owner
                org_field = None if var == 'membership_only' else o
            accounts.append(client)
            ev = []
            for _ in range(r.randint(1, 2)):
                ct, s, e, _ = self.contract(client, f, org=org_field, amount=round(r.uniform(300, 4000), 2))
                ev += [ct, self.feedback(ct, client, r.choice([5, 5, 5, 4]), e + timedelta(hours=r.randint(2, 60))),
                       self.feedback(ct, f, 5, e + timedelta(hours=r.randint(2, 60)))]
            self.scheme('conflict_of_interest', accounts, ev, variant=var, org=o, language=lang)

    def pick_pair(self, lang, dialect_country=None):
        r = self.r
        base = 'en' if lang == 'en_chat' else lang
        while True:
            c = r.choice(self.clients)
            if c in self.busy or self.acc[c]['lang'] not in (lang, base) or c in self.org_of:
                continue
            if dialect_country and self.acc[c]['country'] != dialect_country and r.random() < 0.7:
                continue
            f = r.choice(self.fls)
            if f in self.busy or (self.acc[f]['lang'] not in (lang, base) and r.random() < 0.8):
                continue
            self.busy.update([c, f])
            return c, f

    def render(self, lang, tpl, country, amt, kind):
        init, mode, theme, msgs = tpl
        m = money_str(lang, country, amt)
        d = self.r.choice(banks.DAYS[lang])
        out = []
        for s in msgs:
            other = s.startswith('O:')
            s = s[2:] if other else s
            out.append(('o' if other else 'i', s.format(m=m, d=d)))
        return out

    def build_text_schemes(self):
        r = self.r
        dialect = {'pt': ['PT', 'BR'], 'de': ['DE', 'AT', 'CH'], 'es': ['ES', 'MX', 'AR', 'CO', 'CL'], 'fr': ['FR', 'CA', 'BE']}
        for kind, bank, label in (('paid_feedback', banks.PAID, 'paid'), ('feedback_extortion', banks.EXTORT, 'extortion')):
            for lang in LANGS:
                tpls = bank[lang]
                order = list(range(len(tpls)))
                r.shuffle(order)
                for k in range(35):
                    tpl = tpls[order[k % len(tpls)]]
                    in_mp = k < 6
                    if kind == 'paid_feedback' and in_mp:
                        outcome = ['complied', 'complied', 'refused', 'complied', 'silent', 'complied'][k]
                    else:
                        outcome = ['complied', 'refused', 'silent'][(k + (1 if kind == 'paid_feedback' else 0)) % 3]
                    if tpl[2] == 'after_middling':
                        timing = 'after'
                    else:
                        timing = 'before' if k % 4 != 3 else 'after'
                    amt = r.choice([15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150])
                    if tpl[2] == 'review_depends_on_discount' or tpl[2] == 'review_for_discount':
                        amt = r.choice([40, 60, 90, 120])
                    country = r.choice(dialect.get(lang, COUNTRIES['en' if lang == 'en_chat' else lang]))
                    msgs = self.render(lang, tpl, country, amt, kind)
                    init = tpl[0]
                    reply = None
                    if outcome != 'silent':
                        reply = r.choice(banks.REPLY[lang][outcome])
                    tid = 'T-%s-%s-%02d' % (label, lang, k + 1)
                    th = {'id': tid, 'language': lang, 'label': label, 'in_marketplace': in_mp, 'mode': tpl[1],
                          'initiator': 'client' if init == 'c' else 'freelancer', 'timing': timing, 'theme': tpl[2],
                          'outcome': outcome, 'country': country}
                    if not in_mp:
                        roles = []
                        for who, body in msgs:
                            sr = init if who == 'i' else ('f' if init == 'c' else 'c')
                            roles.append({'sender_role': 'client' if sr == 'c' else 'freelancer', 'body': body})
                        if reply:
                            roles.append({'sender_role': 'freelancer' if init == 'c' else 'client', 'body': reply})
                        th['messages'] = [dict(id='%s-m%d' % (tid, j + 1), **x) for j, x in enumerate(roles)]
                        self.threads.append(th)
                        continue
                    c, f = self.pick_pair(lang, country)
                    # the scheme contract uses the thread's currency
                    cur = CURRENCY[country]
                    ct, s, e, pids = self.contract(c, f, currency=cur, days=r.uniform(3, 25))
                    ini, vic = (c, f) if init == 'c' else (f, c)
                    ev = [ct]
                    fb = []
                    if timing == 'after':
                        mid = self.feedback(ct, vic, r.choice([3, 3, 4, 2]), e + timedelta(hours=r.randint(2, 20)))
                        fb.append(mid)
                        t = e + timedelta(hours=r.randint(25, 60))
                    else:
                        t = self.rt(s + (e - s) * 0.6, e)
                    mids = []
                    mlist = []
                    for who, body in msgs:
                        sender = ini if who == 'i' else vic
                        mids.append(self.message(ct, sender, body, t))
                        mlist.append({'id': mids[-1], 'sender_role': 'client' if sender == c else 'freelancer', 'body': body})
                        t += timedelta(minutes=r.randint(3, 600))
                    if reply:
                        mids.append(self.message(ct, vic, reply, t))
                        mlist.append({'id': mids[-1], 'sender_role': 'client' if vic == c else 'freelancer', 'body': reply})
                        t += timedelta(minutes=r.randint(5, 300))
                    ev += mids
                    pay_id = None
                    if outcome == 'complied':
                        if timing == 'before':
                            fb.append(self.feedback(ct, vic, 5, max(t, e) + timedelta(hours=r.randint(1, 30))))
                        money = '{m}' in ''.join(tpl[3]) and tpl[2] != 'invoice_lighter'
                        if kind == 'paid_feedback' and money and r.random() < 0.9:
                            pk = 'bonus' if (init == 'c' and tpl[2] != 'review_for_discount') else 'refund'
                            pay_id = self.payment(ct, pk, amt, t + timedelta(hours=r.randint(1, 40)))
                        if kind == 'feedback_extortion' and tpl[2] == 'review_depends_on_discount':
                            pay_id = self.payment(ct, 'refund', amt, t + timedelta(hours=r.randint(1, 40)))
                        fb.append(self.feedback(ct, ini, 5, max(t, e) + timedelta(hours=r.randint(2, 50))))
                    elif outcome == 'silent':
                        if timing == 'before' and r.random() < 0.6:
                            fb.append(self.feedback(ct, vic, r.choice([3, 4, 5]), max(t, e) + timedelta(hours=r.randint(1, 60))))
                    elif outcome == 'refused':
                        if timing == 'before':
                            fb.append(self.feedback(ct, vic, r.choice([4, 5, 3]), max(t, e) + timedelta(hours=r.randint(1, 30))))
                        if kind == 'feedback_extortion' and r.random() < 0.6:
                            fb.append(self.feedback(ct, ini, r.choice([1, 2]), max(t, e) + timedelta(hours=r.randint(30, 90))))
                    if pay_id:
                        ev.append(pay_id)
                    ev += fb
                    th['ref'] = self.scheme(kind, [c, f], ev, language=lang, mode=tpl[1], initiator=th['initiator'],
                                            timing=timing, theme=tpl[2], outcome=outcome, country=country,
                                            payment=pay_id, thread=tid)
                    th['messages'] = mlist
                    self.threads.append(th)

    # ---------------- honest look-alikes
    def look(self, typ, accounts, evidence, **kw):
        lid = 'L%04d' % (len(self.looks) + 1)
        d = {'id': lid, 'type': typ, 'accounts': sorted(set(accounts)), 'evidence': evidence}
        d.update(kw)
        self.looks.append(d)
        return lid

    def free(self, pool, n=1, pred=None):
        out = []
        while len(out) < n:
            a = self.r.choice(pool)
            if a in self.busy or a in out or (pred and not pred(a)):
                continue
            out.append(a)
        self.busy.update(out)
        return out

    def build_lookalikes(self):
        r = self.r
        # families sharing a device and/or home IP
        for k in range(80):
            n = r.randint(2, 5)
            head = self.free(self.clients + self.fls)[0]
            ctry = self.acc[head]['country']
            fam = [head] + self.free(self.clients + self.fls, n - 1, lambda a: self.acc[a]['country'] == ctry)
            what = r.choice(['ip', 'device', 'ip+device'])
            for kd in what.split('+'):
                v = self.fresh_value(kd)
                for a in fam:
                    self.ident(a, kd, v)
            self.look('family_shared_home', fam, [], shares=what)
        # co-working spaces
        for k in range(22):
            mem = self.free(self.clients + self.fls, r.randint(5, 14))
            v = '203.0.%d.%d' % (k, r.randint(2, 250))
            for a in mem:
                self.ident(a, 'ip', v)
            ev = []
            cs = [a for a in mem if self.acc[a]['kind'] == 'client'] or [mem[0]]
            fs = [a for a in mem if self.acc[a]['kind'] != 'client' and a not in cs] or [mem[-1]]
            for _ in range(r.randint(1, 3)):
                ct, s, e, _ = self.contract(r.choice(cs), r.choice(fs), amount=round(r.uniform(400, 3000), 2), days=r.uniform(10, 60))
                ev += [ct] + self.both_feedback(ct, e, p=0.9)
            self.look('coworking_office_ip', mem, ev)
        # agency teams behind one IP
        aos = list(self.agency_orgs.items())
        r.shuffle(aos)
        for o, (ag, mem) in aos[:40]:
            v = self.fresh_value('ip')
            for a in [ag] + mem:
                self.ident(a, 'ip', v)
            ev = []
            for m in mem[:3]:
                ct, s, e, _ = self.contract(r.choice(self.clients), m)
                ev += [ct] + self.both_feedback(ct, e, five=True)
            self.busy.update([ag] + mem)
            self.look('agency_team_ip', [ag] + mem, ev, org=o)
        # long-term 5-star clients
        for k in range(60):
            c = self.free(self.clients, 1, lambda a: a not in self.org_of)[0]
            f = self.free(self.fls)[0]
            ev = []
            t = max(self.acc[c]['created'], self.acc[f]['created']) + timedelta(days=5)
            for _ in range(r.randint(6, 14)):
                t = t + timedelta(days=r.uniform(15, 70))
                if t > T_END - timedelta(days=30):
                    break
                ct, s, e, _ = self.contract(c, f, start=t, amount=round(r.uniform(200, 2500), 2), days=r.uniform(5, 30))
                ev += [ct] + self.both_feedback(ct, e, p=0.95, five=True)
            self.look('long_term_client', [c, f], ev)
        # freelancers hiring each other for real work
        for k in range(30):
            a, b = self.free(self.fls, 2)
            ev = []
            ct, s, e, _ = self.contract(a, b, amount=round(r.uniform(250, 2200), 2), days=r.uniform(8, 45))
            ev += [ct] + self.both_feedback(ct, e)
            if r.random() < 0.4:
                ct, s, e, _ = self.contract(b, a, amount=round(r.uniform(250, 2200), 2), days=r.uniform(8, 45))
                ev += [ct] + self.both_feedback(ct, e)
            self.look('freelancer_subcontract', [a, b], ev)
        # micro-task clients
        for k in range(20):
            c = self.free(self.clients)[0]
            ev = []
            for _ in range(r.randint(15, 40)):
                f = r.choice(self.fls)
                ct, s, e, _ = self.contract(c, f, amount=round(r.uniform(3, 20), 2), days=r.uniform(0.1, 1),
                                            title='Micro task: label images')
                ev += [ct] + self.both_feedback(ct, e, p=0.7, five=True)
            self.look('micro_task_client', [c], ev)
        # admin/hiring manager of org A freelancing for unrelated org B
        orgs = [o for o in self.client_orgs if not any(a in self.busy for a in sum(self.orgs[o].values(), []))]
        r.shuffle(orgs)
        for k in range(30):
            oa, ob = orgs[2 * k], orgs[2 * k + 1]
            f = self.free(self.fls)[0]
            self.emit({'type': 'membership', 'org': oa, 'account': f, 'role': r.choice(['admin', 'hiring_manager'])})
            cb = self.orgs[ob]['owner'][0]
            ct, s, e, _ = self.contract(cb, f, org=ob, amount=round(r.uniform(300, 3000), 2))
            ev = [ct] + self.both_feedback(ct, e, five=True)
            self.busy.update([f, cb])
            self.look('manager_of_other_org', [f, cb], ev, own_org=oa, client_org=ob)

    def build_honest_threads(self):
        r = self.r
        types = list(banks.HONEST)
        for lang in LANGS:
            for k in range(40):
                typ = types[k % len(types)]
                c, f = self.pick_pair(lang)
                country = self.acc[c]['country']
                amt = r.choice([20, 30, 45, 60, 80, 120])
                ct, s, e, _ = self.contract(c, f, days=r.uniform(4, 30))
                ev = [ct]
                mlist = []
                t = self.rt(s + (e - s) * 0.5, e) if typ not in ('rating_talk', 'review_correction', 'negative_warning') else e + timedelta(hours=r.randint(2, 20))
                if typ == 'rating_talk':
                    ev.append(self.feedback(ct, c, 4 if '4' in banks.HONEST[typ][lang][0][1] else 5, e + timedelta(hours=1)))
                if typ == 'review_correction':
                    ev.append(self.feedback(ct, c, 1, e + timedelta(hours=1), comment='flawless work'))
                for who, body in banks.HONEST[typ][lang]:
                    body = body.format(m=money_str(lang, country, amt))
                    snd = c if who == 'c' else f
                    ev.append(self.message(ct, snd, body, t))
                    mlist.append({'id': ev[-1], 'sender_role': 'client' if who == 'c' else 'freelancer', 'body': body})
                    t += timedelta(minutes=r.randint(5, 400))
                if typ == 'bonus':
                    ev.append(self.payment(ct, 'bonus', amt, t))
                if typ == 'refund_late':
                    ev.append(self.payment(ct, 'refund', amt, t))
                if typ == 'negative_warning':
                    ev.append(self.feedback(ct, c, 2, t + timedelta(hours=2)))
                    ev.append(self.feedback(ct, f, 4, t + timedelta(hours=5)))
                elif typ not in ('rating_talk', 'review_correction'):
                    ev += self.both_feedback(ct, max(e, t))
                else:
                    ev.append(self.feedback(ct, f, 5, t + timedelta(hours=3)))
                lid = self.look('thread_' + typ, [c, f], ev, language=lang)
                self.threads.append({'id': 'T-honest-%s-%02d' % (lang, k + 1), 'language': lang, 'label': 'honest_' + typ,
                                     'in_marketplace': True, 'ref': lid, 'messages': mlist})

    # ---------------- validation
    def validate(self):
        errs = []
        ids = {}
        accs, orgs, cts = set(), set(), {}
        mems = set()
        for n, d in enumerate(self.lines):
            t = d['type']
            if t in ('account', 'organization', 'contract', 'feedback', 'message', 'payment'):
                key = (t, d['id'])
                if key in ids:
                    errs.append('dup %s' % (key,))
                ids[key] = n
            if t == 'account':
                accs.add(d['id'])
            if t == 'organization':
                orgs.add(d['id'])
        emails = set()
        for d in self.lines:
            t = d['type']
            if t == 'account':
                if d['email'] in emails:
                    errs.append('dup email ' + d['email'])
                emails.add(d['email'])
            elif t == 'membership':
                k = (d['org'], d['account'])
                if k in mems:
                    errs.append('dup membership %s' % (k,))
                mems.add(k)
                if d['org'] not in orgs or d['account'] not in accs:
                    errs.append('membership ref %s' % (k,))
            elif t == 'contract':
                if d['client'] not in accs or d['freelancer'] not in accs or d['client'] == d['freelancer']:
                    errs.append('contract parties ' + d['id'])
                if d.get('client_org') and d['client_org'] not in orgs:
                    errs.append('contract org ' + d['id'])
                if d.get('ended_at') and d['ended_at'] < d['started_at']:
                    errs.append('contract dates ' + d['id'])
                for a in (d['client'], d['freelancer']):
                    if iso(self.acc[a]['created']) > d['started_at']:
                        errs.append('contract before account %s %s' % (d['id'], a))
                cts[d['id']] = d
            elif t == 'identity':
                if d['account'] not in accs:
                    errs.append('identity ref')
        for d in self.lines:
            t = d['type']
            if t in ('feedback', 'message', 'payment'):
                c = cts.get(d['contract'])
                if not c:
                    errs.append('%s contract ref %s' % (t, d['id'])); continue
                parties = {c['client'], c['freelancer']}
                tm = d.get('created_at') or d.get('sent_at')
                if tm < c['started_at']:
                    errs.append('%s before contract %s' % (t, d['id']))
                if t == 'feedback':
                    if {d['author'], d['recipient']} != parties or not 1 <= d['rating'] <= 5:
                        errs.append('feedback parties ' + d['id'])
                if t == 'message':
                    if {d['sender'], d['recipient']} != parties:
                        errs.append('message parties ' + d['id'])
                if t == 'payment':
                    want = (c['freelancer'], c['client']) if d['kind'] == 'refund' else (c['client'], c['freelancer'])
                    if (d['payer'], d['payee']) != want:
                        errs.append('payment direction ' + d['id'])
        allids = {i for (_, i) in ids}
        for s in self.schemes + self.looks:
            for e in s['evidence']:
                if e not in allids:
                    errs.append('evidence %s in %s' % (e, s['id']))
            for a in s['accounts']:
                if a not in accs:
                    errs.append('truth account %s' % a)
        return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=3313)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    g = Gen(a.seed)
    g.build()
    errs = g.validate()
    if errs:
        print('VALIDATION FAILED (%d):' % len(errs), *errs[:30], sep='\n  ')
        sys.exit(1)
    # order the file by account: a record comes right after the accounts it needs, so any
    # prefix of the file is self-contained (organizations first)
    idx = {}
    for n, d in enumerate(g.lines):
        if d['type'] == 'account':
            idx[d['id']] = n
    ckey = {}

    def key(d):
        t = d['type']
        if t == 'organization':
            return -1
        if t == 'account':
            return idx[d['id']]
        if t in ('membership', 'identity'):
            return idx[d['account']]
        if t == 'contract':
            ckey[d['id']] = max(idx[d['client']], idx[d['freelancer']])
            return ckey[d['id']]
        return None
    keys = [key(d) for d in g.lines]
    keys = [k if k is not None else ckey[d['contract']] for k, d in zip(keys, g.lines)]
    g.lines = [d for _, _, d in sorted(zip(keys, range(len(keys)), g.lines))]
    os.makedirs(os.path.join(a.out, 'data'), exist_ok=True)
    with open(os.path.join(a.out, 'data', 'marketplace.jsonl'), 'w', encoding='utf-8') as fh:
        for d in g.lines:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    with open(os.path.join(a.out, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump({'round': 'det-r3', 'seed': a.seed, 'schemes': g.schemes, 'lookalikes': g.looks}, fh,
                  ensure_ascii=False, indent=1)
    with open(os.path.join(a.out, 'threads.jsonl'), 'w', encoding='utf-8') as fh:
        for t in g.threads:
            fh.write(json.dumps(t, ensure_ascii=False) + '\n')
    from collections import Counter
    print('lines', len(g.lines), Counter(d['type'] for d in g.lines))
    print('schemes', Counter(s['kind'] for s in g.schemes))
    print('lookalikes', Counter(l['type'] for l in g.looks))
    print('threads', Counter((t['language'], t['label'].split('_')[0]) for t in g.threads))


if __name__ == '__main__':
    main()
