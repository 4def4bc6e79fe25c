"""A synthetic marketplace with injected feedback building and its ground truth.

``generate(Spec(...))`` writes rows straight into the database (``bulk_create`` in
batches, so memory stays modest at a million feedback rows) and returns the
ground truth: for each injected scheme, its kind and the accounts a reviewer should
find. Used by ``bench/detection/quality.py`` and by the tests.

What the honest part looks like
  * accounts: 30 % clients, 63 % freelancers, 7 % agencies; activity drawn from a
    Pareto distribution (a few very busy accounts, many occasional ones);
  * contracts: clients pick freelancers by activity; a quarter are re-hires of a
    freelancer the client used before; 3 % are freelancers subcontracting other
    freelancers; amounts log-normal around $300, durations log-normal around ten
    days; "micro-task" clients post many small, short jobs;
  * feedback: mostly five stars (80 % five, 12 % four, then 4/2/2 %), left by the
    client on 85 % and by the freelancer on 75 % of finished contracts;
  * messages: ordinary work chat, with spelling noise;
  * identity: devices, home IPs, cards, phones, bank accounts, addresses.

Honest look-alikes (must stay quiet)
  * polite requests for honest feedback; bonuses for good work with no feedback
    condition (with a real bonus payment); complaints with no threat; payment held
    back until a bug is fixed; pleas not to leave a bad review; messages that mix
    money and ratings without an exchange ("released the payment and left you five
    stars", "free revisions if you're not satisfied — feedback helps me");
  * long-term clients rating one freelancer five stars over many large, long
    contracts; honest partners who subcontract each other both ways;
  * public IPs shared by dozens of accounts; families sharing a device, home IP (seen
    over months) and address who never contract with each other; plain company *members* working for
    their company; controlling members whose company hired them with no feedback.

Injected schemes (ground truth), about ``fraud_rate`` of all accounts, evenly by kind
  * ``self_hire``: a freelancer and one or two client accounts sharing strong
    identity values (card, device, phone…), the client hiring the freelancer two to
    five times with five-star ratings; both keep their honest activity; every sixth
    one (one client) is linked only by a home IP both accounts use for months (the
    families' home IPs look the same, but families never contract);
  * ``feedback_ring``: groups of 2–10 freelancers/agencies hiring each other on
    small, short jobs with five-star ratings, edge density 45–100 %, while doing
    their ordinary work too (camouflage);
  * ``conflict_of_interest``: a freelancer made owner/admin/hiring manager of a
    company, hired by its owner on the company's contracts, with feedback;
  * ``paid_feedback``: offers of a bonus, refund, discount or free work for five
    stars (explicit, paraphrased or subtle, with chat spelling), often followed by
    the matching payment and the rating;
  * ``feedback_extortion``: threats of a bad rating, or of withheld pay or work,
    unless five stars (or free work) are given.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import random
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from accounts.identity import hash_value
from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract, Message, Payment
from feedback.models import Feedback

DAY = 86400.0


@dataclass
class Spec:
    accounts: int = 10_000
    fraud_rate: float = 0.04
    contracts_per_account: float = 4.0
    messages_per_contract: float = 1.2
    seed: int = 7
    prefix: str = "syn"
    batch: int = 5000


@dataclass
class Truth:
    kind: str
    accounts: list[int]
    note: str = ""


@dataclass
class Generated:
    truth: list[Truth] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"truth": [asdict(t) for t in self.truth], "counts": self.counts})


# --- text -----------------------------------------------------------------------------

FIRST = [
    "Ana",
    "Ben",
    "Chen",
    "Dara",
    "Eli",
    "Fatima",
    "Gus",
    "Hana",
    "Ivan",
    "Jade",
    "Kofi",
    "Lena",
    "Marco",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
]
LAST = [
    "Adams",
    "Bauer",
    "Costa",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kim",
    "Lopez",
    "Mensah",
    "Novak",
    "Okafor",
    "Rossi",
]
TITLES = [
    "Logo design",
    "WordPress fixes",
    "Mobile app UI",
    "Data entry",
    "Translate product pages",
    "API endpoint",
    "Podcast editing",
    "SEO audit",
    "Bookkeeping",
    "Illustrations",
    "Landing page copy",
    "Shopify tweaks",
    "Scraping script",
    "Pitch deck",
    "Video subtitles",
]
CHAT = [
    "Hi, thanks for the offer! I can start tomorrow.",
    "Here is the first draft, let me know what you think.",
    "Could you make the header a bit larger?",
    "Done, I uploaded the final files.",
    "Thanks, this looks great. Releasing the payment now.",
    "Quick question about the deadline: is Friday ok?",
    "I reviewed the draft, a few small changes in the doc.",
    "My hourly rate is $35, does that work for you?",
    "Can you send a preview before the final export?",
    "Let's start with the first milestone and see how it goes.",
    "The rating widget on the product page is broken, can you fix it?",
    "We need five more product pages, same style as before.",
    "Sorry for the delay, I was ill yesterday. Sending it tonight.",
    "The client review meeting is on Monday, please have the slides ready.",
    "Please review the pull request when you have a moment.",
    "Payment sent, thanks again!",
    "Can we do a quick call to go over the feedback from my team?",
    "I added the star icons to the menu like you asked.",
]
POLITE = [
    "If you were happy with my work, I'd really appreciate an honest review.",
    "Thanks for everything! When you have a moment, any feedback is welcome.",
    "It was a pleasure. If you liked the result, a review would help me a lot, no pressure.",
    "Could you leave feedback when you get a chance? Honest feedback helps me improve.",
    "pls leave a review when u have time, good or bad, whatever you think :)",
    "Would you mind rating my work once the contract closes? Thanks!",
]
BONUS_THANKS = [
    "Great job on this! I've sent you a ${amt} bonus.",
    "Thanks for the extra effort, a ${amt} bonus is on its way.",
    "You went above and beyond, here is a small bonus for the great work.",
    "Sent a bonus for the weekend work. If you could leave me feedback when you get a chance, that'd be great.",
    "Bonus sent for finishing early! Enjoy.",
]
COMPLAINTS = [
    "I'm disappointed with the delays, I'll leave an honest review.",
    "The work was late and the quality was poor, my feedback will reflect that.",
    "Honestly this was not what we agreed on. I will be writing an honest review.",
]
HOLD_UNTIL_FIXED = [
    "Please fix the bug otherwise I can't release the milestone.",
    "If the files aren't delivered by Friday I'll open a dispute.",
    "I won't release the payment until the login page works.",
]
# Honest messages that mix money and ratings without buying anything.
MIXED = [
    "Released the $300 payment and left you 5 stars, thanks!",
    "Refund processed for the cancelled milestone. No hard feelings, I'll still leave an honest review.",
    "Happy to do a free revision if you're not satisfied — feedback helps me improve.",
    "I gave you 5 stars and a $20 tip, thanks for the quick turnaround!",
    "The bonus is for the extra pages. Reviews are up to you, of course.",
    "If the final version is good I'll release the payment and leave a review.",
    "Our policy: we never offer refunds in exchange for reviews.",
    "If you leave a review, please mention the turnaround time, it helps other clients.",
    "Unless there is a problem, I will leave you a good review tomorrow.",
    "Please don't leave a bad review, I'll fix everything for free.",
    "Five stars from me! Sending a small bonus as thanks.",
    "If you need more revisions just ask, they're free of charge.",
]
PLEA = [
    "If you are not happy, please tell me before leaving a negative review so I can fix it.",
    "Don't worry, I won't leave a bad review, just please fix the layout.",
]

OFFERS_EXPLICIT = [
    "I'll send you a {amt} bonus if you leave me a {five} {fb}",
    "If you give me {five} I will refund {amt} right away",
    "please leave {five} {fb} and I'll refund you {amt}",
    "I can give you a {pct}% discount on the next job if you rate me {five}",
    "{five} {fb} = {amt} bonus, deal?",
    "I will do the next logo for free if you leave a {five} {fb}",
    "Leave me a {five} {fb}. I'll refund {amt} after that.",
    "I'll give you a full refund in exchange for a {five} {fb}",
    "Could you change your {fb} to {five}? I will send you {amt} extra.",
    "if you write a {five} {fb} for me I'll pay you {amt} extra",
    "Bonus of {amt} coming your way as soon as you post a {five} {fb}",
    "I will refund the fees once you update your {fb} to {five}",
    "What if I do the revisions for free and you leave a {five} {fb}?",
    "I'd like to offer {amt} back in return for a {five} {fb} on my profile",
    "You get {amt} extra when you rate me {five}, okay?",
]
OFFERS_SUBTLE = [
    "A {five} {fb} would really help me, and I'd happily refund part of the fee.",
    "I can send some money back, and a {five} {fb} would be lovely.",
]
THREATS_EXPLICIT = [
    "Unless you give me a {five} {fb} I will leave you a {one}",
    "If you don't leave me {five} I won't release the payment",
    "Give me {five}. Otherwise I'll leave you a {one} {fb}.",
    "Do the extra pages for free or expect a {one} {fb}.",
    "you will get a {bad} {fb} unless you finish the additional work at no cost",
    "If you don't give me {five}, I'll never hire you again.",
    "remove your negative {fb} or I'll open a dispute",
    "I will leave you a {bad} {fb} if you don't refund me {amt}",
    "no {five} from you = no more work for you, got it?",
    "I'm going to give you a {one} {fb} unless you add the extra features for free",
    "Leave me {five} or I will not send the source files.",
]
THREATS_SUBTLE = [
    "It would be a shame if your profile got a {bad} {fb} over this. {five} and we forget it.",
]
FIVE = ["5 stars", "5*", "five stars", "5-star", "⭐⭐⭐⭐⭐", "5/5", "five-star", "5 star"]
ONE = ["1 star", "1*", "one-star", "1-star", "one star"]
BAD = ["bad", "negative", "terrible", "poor", "horrible"]
FB = ["review", "feedback", "rating", "fb", "review", "feedback"]
ABBREV = {
    "please": "pls",
    "you": "u",
    "your": "ur",
    "I'll": "ill",
    "don't": "dont",
    "won't": "wont",
    "feedback": "fb",
    "review": "rvw",
    "rating": "rtg",
}


def _noise(rng: random.Random, text: str, level: float) -> str:
    """Chat spelling: abbreviations, dropped/swapped/doubled letters, lower case."""
    words = text.split(" ")
    out = []
    for w in words:
        bare = w.strip(".,?!")
        tail = w[len(bare) :] if w.startswith(bare) else ""
        if bare in ABBREV and rng.random() < level:
            w = ABBREV[bare] + tail
        elif len(bare) >= 5 and bare.isalpha() and rng.random() < level * 0.5:
            i = rng.randrange(1, len(bare) - 1)
            op = rng.random()
            if op < 0.34:
                bare = bare[:i] + bare[i + 1 :]
            elif op < 0.67:
                bare = bare[: i - 1] + bare[i] + bare[i - 1] + bare[i + 1 :]
            else:
                bare = bare[:i] + bare[i] + bare[i:]
            w = bare + tail
        out.append(w)
    text = " ".join(out)
    if rng.random() < level:
        text = text.lower()
    return text


def _fill(rng: random.Random, template: str, amount: float) -> str:
    amt = rng.choice([f"${amount:.0f}", f"{amount:.0f} usd", f"{amount:.0f}$", f"${amount:.2f}", f"{amount:.0f} bucks"])
    return template.format(
        amt=amt,
        pct=rng.choice([10, 15, 20, 25, 30, 50]),
        five=rng.choice(FIVE),
        one=rng.choice(ONE),
        bad=rng.choice(BAD),
        fb=rng.choice(FB),
    )


# --- generation -----------------------------------------------------------------------


class _Sampler:
    """Weighted sampling by cumulative weights (bisect), with a per-call RNG."""

    def __init__(self, items: list[int], weights: list[float]):
        self.items = items
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> int:
        return self.items[bisect.bisect_left(self.cum, rng.random() * self.total)]


class _Writer:
    """Buffers rows per model and bulk-inserts them in batches."""

    def __init__(self, batch: int):
        self.batch = batch
        self.buffers: dict[type, list] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, obj) -> None:
        buf = self.buffers[type(obj)]
        buf.append(obj)
        if len(buf) >= self.batch:
            self.flush(type(obj))

    def flush(self, model=None) -> None:
        for m in [model] if model else list(self.buffers):
            buf = self.buffers[m]
            if buf:
                m.objects.bulk_create(buf, batch_size=self.batch)
                self.counts[m.__name__] += len(buf)
                buf.clear()


def generate(spec: Spec, *, stdout=None) -> Generated:
    with transaction.atomic():
        return _Generator(spec, stdout).run()


class _Generator:
    def __init__(self, spec: Spec, stdout):
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.now = timezone.now().replace(microsecond=0)
        self.out = stdout
        self.w = _Writer(spec.batch)
        self.truth: list[Truth] = []
        self.used: set[int] = set()  # accounts already in a scheme
        self.family: dict[int, int] = {}
        self.n_contract = 0
        self.n_misc = 0
        self.n_self_hire = 0

    def log(self, text: str) -> None:
        if self.out is not None:
            self.out.write(text if text.endswith("\n") else text + "\n")

    # helpers
    def eid(self, kind: str) -> str:
        self.n_misc += 1
        return f"{self.spec.prefix}-{kind}{self.n_misc}"

    def ts(self, seconds_ago: float) -> datetime:
        return self.now - timedelta(seconds=seconds_ago)

    def identity(self, account: int, kind: str, value: str, *, seen_days: tuple[float, float] | None = None) -> None:
        """``seen_days``: first and last sighting, in days before now (default: both now)."""
        row = IdentitySignal(account_id=account, kind=kind, value_hash=hash_value(kind, value))
        if seen_days:
            row.first_seen, row.last_seen = self.ts(seen_days[0] * DAY), self.ts(seen_days[1] * DAY)
        self.w.add(row)

    def contract(
        self, client: int, freelancer: int, *, amount: float, duration_days: float, org=None, age_days=None, title=None
    ) -> tuple[Contract, datetime | None]:
        rng = self.rng
        self.n_contract += 1
        age = age_days if age_days is not None else rng.uniform(1, 730)
        started = self.ts(age * DAY)
        ended_at = started + timedelta(days=duration_days)
        cancelled = rng.random() < 0.04
        if ended_at > self.now - timedelta(hours=12):
            status, ended = Contract.Status.ACTIVE, None
        else:
            status, ended = (Contract.Status.CANCELLED if cancelled else Contract.Status.ENDED), ended_at
        c = Contract(
            external_id=f"{self.spec.prefix}-c{self.n_contract}",
            client_id=client,
            freelancer_id=freelancer,
            client_org_id=org,
            title=title or rng.choice(TITLES),
            amount=Decimal(f"{max(5.0, amount):.2f}"),
            started_at=started,
            ended_at=ended,
            status=status,
        )
        return c, ended

    def run(self) -> Generated:
        spec, rng = self.spec, self.rng
        n = spec.accounts
        # --- accounts
        kinds = rng.choices([User.Kind.CLIENT, User.Kind.FREELANCER, User.Kind.AGENCY], weights=[30, 63, 7], k=n)
        users = [
            User(
                email=f"{spec.prefix}{i}@synthetic.example",
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                kind=kinds[i],
                external_id=f"{spec.prefix}-a{i}",
                password="!",
                date_joined=self.ts(rng.uniform(30, 1500) * DAY),
            )
            for i in range(n)
        ]
        created = []
        for start in range(0, n, spec.batch):
            created.extend(User.objects.bulk_create(users[start : start + spec.batch]))
        ids = [u.pk for u in created]
        kind_of = {u.pk: u.kind for u in created}
        del users, created
        self.clients = [a for a in ids if kind_of[a] == User.Kind.CLIENT]
        self.freelancers = [a for a in ids if kind_of[a] == User.Kind.FREELANCER]
        self.agencies = [a for a in ids if kind_of[a] == User.Kind.AGENCY]
        activity = {a: min(200.0, rng.paretovariate(1.3)) for a in ids}
        self.activity = activity
        self.log(f"  {n} accounts")

        self.organizations()
        self.identities(ids)
        self.honest_contracts(ids, kind_of)
        self.inject()
        self.w.flush()
        counts = dict(self.w.counts)
        self.log(
            "  " + ", ".join(f"{k.lower()} {v}" for k, v in sorted(counts.items())) + f"; {len(self.truth)} schemes"
        )
        return Generated(truth=self.truth, counts=counts)

    # --- organisations -----------------------------------------------------------------
    def organizations(self) -> None:
        rng = self.rng
        owners = rng.sample(self.clients, max(1, len(self.clients) // 12))
        orgs = Organization.objects.bulk_create(
            [
                Organization(
                    name=f"{rng.choice(LAST)} {rng.choice(['Labs', 'Ltd', 'Studio', 'Co'])}",
                    external_id=f"{self.spec.prefix}-o{i}",
                )
                for i in range(len(owners))
            ]
        )
        self.org_of: dict[int, int] = {}
        self.org_owner: dict[int, int] = {}
        self.org_staff: dict[int, list[int]] = defaultdict(list)
        memberships = []
        for org, owner in zip(orgs, owners, strict=True):
            self.org_of[owner] = org.pk
            self.org_owner[org.pk] = owner
            memberships.append(Membership(organization_id=org.pk, account_id=owner, role=Membership.Role.OWNER))
            for extra in rng.sample(self.clients, rng.randint(0, 3)):
                if extra in self.org_of or extra == owner:
                    continue
                role = rng.choice([Membership.Role.HIRING_MANAGER, Membership.Role.ADMIN, Membership.Role.MEMBER])
                memberships.append(Membership(organization_id=org.pk, account_id=extra, role=role))
                self.org_of[extra] = org.pk
                self.org_staff[org.pk].append(extra)
        Membership.objects.bulk_create(memberships, ignore_conflicts=True)
        self.orgs = [o.pk for o in orgs]

    # --- identity ------------------------------------------------------------------------
    def identities(self, ids: list[int]) -> None:
        rng = self.rng
        p = self.spec.prefix
        pool = max(3, len(ids) // 400)
        public = [f"100.64.{i // 250}.{i % 250}" for i in range(pool)]
        public_weights = [rng.paretovariate(1.1) for _ in public]
        pub = _Sampler(list(range(pool)), public_weights)
        # families: a shared laptop, home IP and address
        singles = list(ids)
        rng.shuffle(singles)
        k = int(len(ids) * 0.01)
        fam_members = singles[: k * 2]
        for f in range(k):
            a, b = fam_members[2 * f], fam_members[2 * f + 1]
            self.family[a], self.family[b] = b, a
            for who in (a, b):
                self.identity(who, "device", f"{p}-family-laptop-{f}")
                self.identity(who, "ip", f"{p}-family-ip-{f}", seen_days=(300, 2))  # home: used for months
                self.identity(who, "address", f"{p} family street {f}")
        for a in ids:
            self.identity(a, "device", f"{p}-dev-{a}")
            if rng.random() < 0.3:
                self.identity(a, "device", f"{p}-phone-dev-{a}")
            self.identity(a, "ip", f"{p}-home-{a}")
            if rng.random() < 0.3:
                self.identity(a, "ip", public[pub.pick(rng)])
            if rng.random() < 0.8:
                self.identity(a, "phone", f"+1555{a:08d}")
            if a in self.org_of:
                self.identity(a, "ip", f"{p}-office-{self.org_of[a]}")
        for a in self.clients + self.agencies:
            self.identity(a, "payment_instrument", f"{p}-card-{a}")
        for a in self.freelancers + self.agencies:
            self.identity(a, "bank_account", f"{p}-iban-{a}")
        self.w.flush(IdentitySignal)

    # --- honest activity ---------------------------------------------------------------------
    def honest_contracts(self, ids: list[int], kind_of: dict[int, str]) -> None:
        spec, rng = self.spec, self.rng
        hirers = self.clients + self.agencies
        workers = self.freelancers + self.agencies
        hire = _Sampler(hirers, [self.activity[a] for a in hirers])
        work = _Sampler(workers, [self.activity[a] for a in workers])
        micro = set(rng.sample(self.clients, max(1, len(self.clients) // 33)))
        history: dict[int, list[int]] = defaultdict(list)
        total = int(spec.accounts * spec.contracts_per_account)
        pending: list[tuple[Contract, datetime | None, str]] = []
        for i in range(total):
            r = rng.random()
            if r < 0.03 and self.freelancers:
                client = rng.choice(self.freelancers)  # subcontracting
            else:
                client = hire.pick(rng)
            if history[client] and rng.random() < 0.25:
                freelancer = rng.choice(history[client])
            else:
                freelancer = work.pick(rng)
            if freelancer == client or self.family.get(client) == freelancer:
                continue
            history[client].append(freelancer)
            if client in micro:
                amount, duration = rng.uniform(5, 60), rng.uniform(0.1, 2.5)
            else:
                amount = math.exp(rng.gauss(math.log(300), 1.1))
                duration = max(0.05, math.exp(rng.gauss(math.log(10), 1.0)))
            org = self.org_of.get(client) if rng.random() < 0.7 else None
            c, ended = self.contract(client, freelancer, amount=amount, duration_days=duration, org=org)
            pending.append((c, ended, "honest"))
            if len(pending) >= spec.batch:
                self.write_contracts(pending)
                pending = []
            if i and i % 200_000 == 0:
                self.log(f"  {i} contracts…")
        self.write_contracts(pending)
        self.lookalikes()

    def write_contracts(self, pending: list[tuple[Contract, datetime | None, str]]) -> None:
        """Insert contracts, then their ordinary messages, payments and feedback."""
        if not pending:
            return
        rng = self.rng
        Contract.objects.bulk_create([c for c, _, _ in pending], batch_size=self.spec.batch)
        self.w.counts["Contract"] += len(pending)
        for c, ended, style in pending:
            self.chat(c)
            if ended is None:
                continue
            self.w.add(
                Payment(
                    contract_id=c.pk,
                    payer_id=c.client_id,
                    payee_id=c.freelancer_id,
                    kind=rng.choice([Payment.Kind.FIXED, Payment.Kind.MILESTONE, Payment.Kind.HOURLY]),
                    amount=c.amount,
                    created_at=ended,
                )
            )
            if c.status == Contract.Status.CANCELLED and rng.random() < 0.4:
                self.w.add(
                    Payment(
                        contract_id=c.pk,
                        payer_id=c.freelancer_id,
                        payee_id=c.client_id,
                        kind=Payment.Kind.REFUND,
                        amount=(c.amount / 2).quantize(Decimal("0.01")),
                        created_at=ended + timedelta(days=1),
                    )
                )
            if style == "honest":
                self.honest_feedback(c, ended)

    def honest_feedback(self, c: Contract, ended: datetime, *, force_five: bool = False) -> None:
        rng = self.rng
        for author, recipient, p in ((c.client_id, c.freelancer_id, 0.85), (c.freelancer_id, c.client_id, 0.75)):
            if rng.random() < p:
                rating = 5 if force_five else rng.choices([5, 4, 3, 2, 1], weights=[80, 12, 4, 2, 2])[0]
                self.feedback(c, author, recipient, rating, ended + timedelta(hours=rng.uniform(2, 120)))

    def feedback(self, c: Contract, author: int, recipient: int, rating: int, when: datetime) -> None:
        self.w.add(
            Feedback(
                contract_id=c.pk,
                author_id=author,
                recipient_id=recipient,
                rating=rating,
                comment="",
                created_at=min(when, self.now),
            )
        )

    def message(self, c: Contract, sender: int, body: str, when: datetime) -> None:
        recipient = c.freelancer_id if sender == c.client_id else c.client_id
        self.w.add(
            Message(sender_id=sender, recipient_id=recipient, contract_id=c.pk, body=body, sent_at=min(when, self.now))
        )

    def chat(self, c: Contract) -> None:
        rng = self.rng
        k = int(rng.expovariate(1 / self.spec.messages_per_contract)) if self.spec.messages_per_contract else 0
        end = c.ended_at or self.now
        span = max(60.0, (end - c.started_at).total_seconds())
        for m in range(k):
            sender = c.client_id if m % 2 == 0 else c.freelancer_id
            body = _noise(rng, rng.choice(CHAT), 0.15)
            self.message(c, sender, body, c.started_at + timedelta(seconds=rng.uniform(0, span)))
        # honest look-alikes in text
        r = rng.random()
        if r < 0.04 and c.ended_at:
            self.message(c, c.freelancer_id, _noise(rng, rng.choice(POLITE), 0.2), end)
        elif r < 0.07 and c.ended_at:
            amount = rng.choice([20, 25, 50, 100])
            self.message(c, c.client_id, _noise(rng, rng.choice(BONUS_THANKS).replace("{amt}", str(amount)), 0.2), end)
            self.w.add(
                Payment(
                    contract_id=c.pk,
                    payer_id=c.client_id,
                    payee_id=c.freelancer_id,
                    kind=Payment.Kind.BONUS,
                    amount=Decimal(amount),
                    created_at=end,
                )
            )
        elif r < 0.08:
            self.message(c, c.client_id, _noise(rng, rng.choice(COMPLAINTS), 0.2), end)
        elif r < 0.09:
            self.message(
                c, c.client_id, _noise(rng, rng.choice(HOLD_UNTIL_FIXED), 0.2), c.started_at + timedelta(days=1)
            )
        elif r < 0.095:
            self.message(c, c.freelancer_id, _noise(rng, rng.choice(PLEA), 0.2), end)
        elif r < 0.115 and c.ended_at:
            sender = c.client_id if rng.random() < 0.5 else c.freelancer_id
            self.message(c, sender, _noise(rng, rng.choice(MIXED), 0.2), end)

    def lookalikes(self) -> None:
        rng = self.rng
        pending = []
        # long-term clients: one freelancer, many large, long contracts, all five stars
        for client in rng.sample(self.clients, max(1, len(self.clients) // 100)):
            freelancer = rng.choice(self.freelancers)
            if self.family.get(client) == freelancer:
                continue
            for k in range(rng.randint(8, 25)):
                c, ended = self.contract(
                    client,
                    freelancer,
                    amount=rng.uniform(500, 5000),
                    duration_days=rng.uniform(14, 90),
                    age_days=730 - k * 28,
                )
                pending.append((c, ended, "five"))
        # honest partners subcontracting each other both ways on real work
        pool = rng.sample(self.freelancers, max(2, len(self.freelancers) // 150) * 2)
        for a, b in zip(pool[::2], pool[1::2], strict=False):
            for client, freelancer in ((a, b), (b, a), (a, b)):
                c, ended = self.contract(
                    client, freelancer, amount=rng.uniform(200, 2000), duration_days=rng.uniform(7, 30)
                )
                pending.append((c, ended, "five"))
        # company members at work for their own company
        for org in rng.sample(self.orgs, max(1, len(self.orgs) // 5)):
            member = rng.choice(self.freelancers)
            role = rng.choice([Membership.Role.MEMBER, Membership.Role.MEMBER, Membership.Role.ADMIN])
            if Membership.objects.filter(organization_id=org, account_id=member).exists():
                continue
            Membership.objects.create(organization_id=org, account_id=member, role=role)
            c, ended = self.contract(
                self.org_owner[org], member, amount=rng.uniform(200, 2000), duration_days=rng.uniform(5, 40), org=org
            )
            # plain members get feedback; a controlling member gets none (kept below the case threshold)
            pending.append((c, ended, "honest" if role == Membership.Role.MEMBER else "none"))
        self.write_contracts([p for p in pending if p[2] != "five"])
        five = [p for p in pending if p[2] == "five"]
        Contract.objects.bulk_create([c for c, _, _ in five])
        self.w.counts["Contract"] += len(five)
        for c, ended, _ in five:
            self.chat(c)
            if ended:
                self.w.add(
                    Payment(
                        contract_id=c.pk,
                        payer_id=c.client_id,
                        payee_id=c.freelancer_id,
                        kind=Payment.Kind.MILESTONE,
                        amount=c.amount,
                        created_at=ended,
                    )
                )
                self.feedback(c, c.client_id, c.freelancer_id, 5, ended + timedelta(hours=6))
                if rng.random() < 0.8:
                    self.feedback(c, c.freelancer_id, c.client_id, 5, ended + timedelta(hours=9))

    # --- injected schemes --------------------------------------------------------------------
    def fresh(self, pool: list[int], k: int = 1) -> list[int]:
        out = []
        for _ in range(200):
            a = self.rng.choice(pool)
            if a not in self.used and a not in self.family and a not in out:
                out.append(a)
                if len(out) == k:
                    break
        self.used.update(out)
        return out

    def inject(self) -> None:
        budget = max(5, round(self.spec.fraud_rate * self.spec.accounts))
        per_kind = budget / 5
        for _kind, make in (
            ("self_hire", self.inject_self_hire),
            ("feedback_ring", self.inject_ring),
            ("conflict_of_interest", self.inject_conflict),
            ("paid_feedback", self.inject_paid),
            ("feedback_extortion", self.inject_extortion),
        ):
            spent = 0
            while spent < per_kind:
                accounts = make()
                spent += max(1, len(accounts))
            self.w.flush()

    def _scheme_contracts(self, jobs, *, five_p: float = 0.95) -> list[Contract]:
        """jobs: [(client, freelancer, amount, days, org)] → contracts with five-star feedback both ways."""
        rng = self.rng
        made = []
        for client, freelancer, amount, duration, org in jobs:
            c, ended = self.contract(
                client,
                freelancer,
                amount=amount,
                duration_days=duration,
                org=org,
                age_days=rng.uniform(duration + 2, 400),
            )
            if ended is None:
                c.ended_at = c.started_at + timedelta(days=duration)
                c.status = Contract.Status.ENDED
                ended = c.ended_at
            c.status = Contract.Status.ENDED
            made.append((c, ended))
        Contract.objects.bulk_create([c for c, _ in made])
        self.w.counts["Contract"] += len(made)
        for c, ended in made:
            self.chat(c)
            self.w.add(
                Payment(
                    contract_id=c.pk,
                    payer_id=c.client_id,
                    payee_id=c.freelancer_id,
                    kind=Payment.Kind.FIXED,
                    amount=c.amount,
                    created_at=ended,
                )
            )
            for author, recipient in ((c.client_id, c.freelancer_id), (c.freelancer_id, c.client_id)):
                if rng.random() < 0.97:
                    self.feedback(
                        c,
                        author,
                        recipient,
                        5 if rng.random() < five_p else 4,
                        ended + timedelta(hours=rng.uniform(1, 30)),
                    )
        return [c for c, _ in made]

    def inject_self_hire(self) -> list[int]:
        rng, p = self.rng, self.spec.prefix
        freelancer = self.fresh(self.freelancers)
        clients = self.fresh(self.clients, 2 if rng.random() < 0.1 else 1)
        if not freelancer or not clients:
            return []
        group = freelancer + clients
        tag = f"{p}-sh-{group[0]}"
        combo = rng.choices(
            [
                ("device", "payment_instrument"),
                ("device", "ip"),
                ("payment_instrument", "phone"),
                ("phone", "ip", "address"),
                ("device",),
                ("bank_account", "device"),
            ],
            weights=[30, 25, 20, 10, 8, 7],
        )[0]
        self.n_self_hire += 1
        if self.n_self_hire % 6 == 0 and len(clients) == 1:
            # linked only by the home IP both accounts use for weeks (no device, card or phone shared)
            combo = ("home_ip",)
            for a in group:
                self.identity(a, "ip", f"{tag}-home-ip", seen_days=(120, 1))
        for kind in combo if combo != ("home_ip",) else ():
            for a in group:
                self.identity(a, kind, f"{tag}-{kind}")
        jobs = []
        for client in clients:
            for _ in range(rng.randint(2, 5)):
                jobs.append((client, freelancer[0], rng.uniform(15, 400), rng.uniform(0.3, 8), None))
        self._scheme_contracts(jobs)
        self.truth.append(Truth("self_hire", sorted(group), "+".join(combo)))
        return group

    def inject_ring(self) -> list[int]:
        rng = self.rng
        size = rng.choices([2, 3, 4, 5, 6, 7, 8, 10], weights=[18, 16, 16, 14, 12, 10, 8, 6])[0]
        members = self.fresh(self.freelancers + self.agencies, size)
        if len(members) < 2:
            return members
        density = rng.uniform(0.45, 1.0)
        pairs = set()
        order = members[:]
        rng.shuffle(order)
        for i in range(len(order)):  # a cycle keeps the ring connected
            a, b = order[i], order[(i + 1) % len(order)]
            if a != b:
                pairs.add((min(a, b), max(a, b)))
        for a, b in itertools.combinations(members, 2):
            if rng.random() < density:
                pairs.add((min(a, b), max(a, b)))
        jobs = []
        for a, b in pairs:
            k = rng.randint(2, 4) if size == 2 else rng.randint(1, 3)
            for j in range(k):
                client, freelancer = (a, b) if (j + rng.randint(0, 1)) % 2 == 0 else (b, a)
                if size == 2:
                    client, freelancer = (a, b) if j % 2 == 0 else (b, a)
                jobs.append((client, freelancer, rng.uniform(5, 90), rng.uniform(0.1, 3), None))
        self._scheme_contracts(jobs, five_p=0.93)
        self.truth.append(Truth("feedback_ring", sorted(members), f"size {len(members)}, density {density:.2f}"))
        return members

    def inject_conflict(self) -> list[int]:
        rng = self.rng
        org = rng.choice(self.orgs)
        owner = self.org_owner[org]
        member = self.fresh(self.freelancers)
        if not member or owner in self.used:
            return []
        self.used.add(owner)
        role = rng.choice([Membership.Role.OWNER, Membership.Role.ADMIN, Membership.Role.HIRING_MANAGER])
        Membership.objects.get_or_create(organization_id=org, account_id=member[0], defaults={"role": role})
        jobs = [(owner, member[0], rng.uniform(150, 3000), rng.uniform(3, 40), org) for _ in range(rng.randint(1, 3))]
        self._scheme_contracts(jobs, five_p=0.9)
        self.truth.append(Truth("conflict_of_interest", sorted([owner, member[0]]), role))
        return [owner, member[0]]

    def _pair_contract(self, client: int, freelancer: int) -> tuple[Contract, datetime]:
        rng = self.rng
        duration = rng.uniform(2, 30)
        c, ended = self.contract(
            client,
            freelancer,
            amount=rng.uniform(80, 1500),
            duration_days=duration,
            age_days=rng.uniform(duration + 10, 500),
        )
        c.ended_at = ended or (c.started_at + timedelta(days=duration))
        c.status = Contract.Status.ENDED
        c.save()
        self.w.counts["Contract"] += 1
        self.chat(c)
        self.w.add(
            Payment(
                contract_id=c.pk,
                payer_id=client,
                payee_id=freelancer,
                kind=Payment.Kind.FIXED,
                amount=c.amount,
                created_at=c.ended_at,
            )
        )
        return c, c.ended_at

    def inject_paid(self) -> list[int]:
        rng = self.rng
        client = self.fresh(self.clients)
        freelancer = self.fresh(self.freelancers)
        if not client or not freelancer:
            return []
        client, freelancer = client[0], freelancer[0]
        c, ended = self._pair_contract(client, freelancer)
        offerer, reader = (freelancer, client) if rng.random() < 0.6 else (client, freelancer)
        amount = float(rng.choice([10, 15, 20, 25, 30, 40, 50, 75, 100]))
        subtle = rng.random() < 0.15
        templates = OFFERS_SUBTLE if subtle else OFFERS_EXPLICIT
        when = ended - timedelta(hours=rng.uniform(1, 48))
        for k in range(1 if rng.random() < 0.7 else 2):
            body = _noise(rng, _fill(rng, rng.choice(templates), amount), rng.choice([0.0, 0.2, 0.4]))
            self.message(c, offerer, body, when + timedelta(hours=k * 5))
        took = rng.random() < (0.85 if subtle else 0.6)
        if took:
            kind = Payment.Kind.BONUS if offerer == client else Payment.Kind.REFUND
            self.w.add(
                Payment(
                    contract_id=c.pk,
                    payer_id=offerer,
                    payee_id=reader,
                    kind=kind,
                    amount=Decimal(amount),
                    created_at=ended + timedelta(hours=rng.uniform(2, 72)),
                )
            )
            self.feedback(c, reader, offerer, 5, ended + timedelta(days=rng.uniform(3, 6)))
            if rng.random() < 0.7:
                self.feedback(c, offerer, reader, 5, ended + timedelta(days=rng.uniform(1, 6)))
        else:
            self.honest_feedback(c, ended)
        group = sorted({offerer, reader}) if took else [offerer]
        self.truth.append(Truth("paid_feedback", group, "subtle" if subtle else "explicit"))
        return [client, freelancer]

    def inject_extortion(self) -> list[int]:
        rng = self.rng
        client = self.fresh(self.clients)
        freelancer = self.fresh(self.freelancers)
        if not client or not freelancer:
            return []
        client, freelancer = client[0], freelancer[0]
        c, ended = self._pair_contract(client, freelancer)
        sender, reader = (client, freelancer) if rng.random() < 0.7 else (freelancer, client)
        subtle = rng.random() < 0.08
        templates = THREATS_SUBTLE if subtle else THREATS_EXPLICIT
        when = ended - timedelta(hours=rng.uniform(1, 72))
        for k in range(1 if rng.random() < 0.6 else 2):
            body = _noise(
                rng, _fill(rng, rng.choice(templates), rng.choice([20, 50, 100])), rng.choice([0.0, 0.2, 0.4])
            )
            self.message(c, sender, body, when + timedelta(hours=k * 3))
        outcome = rng.random()
        if outcome < 0.5:
            self.feedback(c, reader, sender, 5, ended + timedelta(days=rng.uniform(0.5, 4)))
        elif outcome < 0.8:
            self.feedback(c, sender, reader, 1, ended + timedelta(days=rng.uniform(0.5, 4)))
        self.truth.append(Truth("feedback_extortion", [sender], "subtle" if subtle else "explicit"))
        return [client, freelancer]
