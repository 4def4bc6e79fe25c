"""Self-hire: a client account and a freelancer account run by one person.

Rule
----
For every pair of accounts that worked together (one hired the other) and share
identity values (device, payment instrument, phone, bank account, tax id, address,
IP address — compared only by keyed hash):

* each shared value counts with its **strength** (a payment instrument, bank
  account or tax id 0.9, a phone 0.8, a device 0.7, an address 0.5, an IP 0.35)
  times its **rarity** ``r(n) = min(1, sqrt(2 / n))`` where ``n`` is the number of
  accounts that use the value — not counting accounts that themselves hire or work
  for one of the two (one person running three accounts is still one person): a
  value only the two accounts share keeps its full strength, one shared by 8 keeps
  half, one shared by 50 a fifth. Values used by
  more than ``DETECTION_IDENTITY_MAX_SHARE`` accounts (default 100: public IPs,
  shared kiosks) are ignored;
* identity strength is the noisy-OR of the shared values:
  ``1 − Π (1 − strength × rarity)``;
* the **interaction** factor grows with what the pair did together: 0.65, + 0.3
  once a five-star rating passed between them (the self-given rating is the harm;
  the return rating is optional) and + 0.05 for a second one, plus 0.05 per extra
  contract (at most 1). Accounts that share a device but never contracted (family
  members, a shared office computer) produce nothing. A phone or a home IP only
  the two use with one five-star rating scores 0.76 (a case); a device alone 0.67
  (kept on the accounts) until a second rating or contract.

score = identity strength × interaction. A payment instrument only the two share,
one contract and two five-star ratings scores 0.9; an IP shared by fifty accounts is
noise.

**A home IP.** An IP address seen once on each account is weak (0.35: an office,
a café, a hotel). But an IP that *exactly these two accounts* use, each of them
over at least ``HOME_IP_DAYS`` (14) days between its first and last sighting, is
a connection someone lives or works behind, shared by no one else — a home.
When the two also contracted and left feedback, that IP counts as a home IP with
strength 0.8 (like a phone), so one contract with two five-star ratings scores 0.8.
An IP shared by a café or an office (more accounts) keeps the ordinary weight, a
family that never contracts produces nothing, and an IP each account was seen on
only once or briefly stays at 0.35. Nor is it a home when *both* accounts have a
career of their own — each hired by at least ``OFFICE_CLIENTS`` (3) other accounts:
two freelancers sharing a two-desk office, one subcontracting the other, are two
people (a second account opened to hire oneself has no clients of its own). Values
are hashed, so "residential" is judged by use (two accounts, over weeks), not by
the address.

**Near-identical identity.** Someone who opens a second account often keeps their
name and e-mail address and changes a letter ("John Walsh" <john.walsh12@…> and
"John Wallsh" <john.wallsh12@…>) or adds a word to the address
(<maria.garcia42@…> and <maria.garcia42.hires@…>). For every pair of accounts that
*already have a contract between them* (never all pairs of accounts), the names
and e-mail local parts are compared after normalising (lower case, accents
dropped; in the local part ``+tags`` and the separators ``. _ -`` dropped):

* the names are **near-identical** when they are at most ``NEAR_EDITS`` (2) edits
  apart, and word by word at most one edit per four letters (at least one), with
  at least ``NEAR_MIN_LETTERS`` (5) letters and no digits: "Walsh"/"Wallsh" is a
  typo, "Leon"/"Lea Hoffmann" are a brother and a sister;
* the local parts match when **their digits are the same** and their letters are
  at most 2 edits apart (at least 5 letters) or one is the other with a word of up
  to ``NEAR_EXTRA_LETTERS`` (12) letters added. Namesakes routinely get the same
  address with a different number ("maria.garcia7", "maria.garcia42"), so a
  different number counts as a different person;
* an address made **only of the name** ("camille_laurent", "jgarcia") is what any
  namesake would pick at another provider, so it says nothing the name does not:
  the match counts fully (0.85, like a phone or card) when both addresses carry
  something more (digits, another word), weakly (``NEAR_WEAK``, 0.6: kept on the
  accounts, no case) when only one does, and not at all when neither does.

The match is weighed by how common the name is: ``min(1, sqrt(NAME_COMMON / n))``
where ``n`` is the number of accounts with exactly either name (``NAME_COMMON`` =
10: a name ten accounts share keeps its weight, one a thousand share a tenth). A
name alone (the e-mails differ) is not enough; it adds 0.3 × that weight only to a
pair that already shares another identity value. One contract with two five-star
ratings between near-identical accounts with an uncommon name scores 0.85; two
different "Maria Garcia"s with their own addresses who hire each other produce
nothing.

**Through a third account.** One person with three accounts may link the client to
a spare account by a device and the spare to the freelancer by a phone, so the
two that contract share nothing. Personal values (not IPs) used by at most
``BRIDGE_MAX_SHARE`` (4) accounts link their holders with ``strength × rarity``;
a client and a freelancer who contracted and are each linked to one same third
account are linked with the *product* of the two links (a value all three hold is
a direct share, not a bridge). A device then a phone gives 0.7 × 0.8 = 0.56, kept
on the accounts below a case — two inferences in a row are weaker than one — while
a card then a phone gives 0.72. The third account is named in the explanation and
is one of the finding's accounts. A relative on the home laptop who works in an
office whose IP the freelancer also uses links no one (IPs never bridge), and a
kiosk device used by five links no one either. The bridges are found in the same
pass over the contracts as the direct shares, from the small per-account link
lists, never by a query per account.

**A card that is also a payout account; a private domain.** A bank account and a
payment instrument with one number hash alike (``accounts.identity``), so clients
paying with the card a freelancer is paid into share it with the freelancer; it is
described as such (``payout_card``, 0.9). Two e-mail addresses on one domain that is
no webmail provider and at most ``PRIVATE_DOMAIN_MAX`` (3) accounts use, under one
person's name (same surname; first names equal or one an initial), add
``PRIVATE_DOMAIN`` (0.6) to a pair that already shares another value: colleagues on a
company domain and siblings on a family domain add nothing. Checked only for the
pairs that already share a value (their accounts read in batches); accounts per
candidate domain are counted in one grouped query per batch of domains.

**One inbox; opened together.** Two e-mail addresses of a contracting pair that
deliver to one inbox (``accounts.identity.mailbox``: a "+tag" dropped, the dots at
Gmail, dots, hyphens and underscores at Proton, a provider's domains made one) are one
person's, like one card (``INBOX``, 0.9), whatever the names; found in the same pass
as near-identical names. An IP only the two use, from which both accounts were opened
(each first seen on it within ``SIGNUP_MINUTES`` (10) of its own sign-up, the
sign-ups within 10 minutes of each other and before their first contract), counts
like a home IP (``signup_ip``, 0.8) once they contracted and left feedback; two
people with their own clients keep the plain IP weight, as for a home IP.

**A flat and its building.** One account may write "Strada Mihai Eminescu 12, ap. 5"
and the other "STRADA MIHAI EMINESCU nr 12": one names the flat, the other does not.
An address naming a flat is stored with a second hash, its building's (the address
without the flat, ``accounts.identity.building_hash``), which is looked up only among
addresses' own hashes: a flat links to the building written without a flat
(``"building"``, strength 0.45, a little below an address: the flat-less address may
be anyone's in the building), and two flats of one building never link (neighbours),
nor does a flat-less address to two flats beyond the one pair. Every flat that matches
counts towards the value's rarity, so an office block or a large building written
without a flat weighs little.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q, Value
from django.db.models.functions import Lower, StrIndex, Substr

from accounts.identity import MAIL_DOMAINS, mailbox
from accounts.models import IdentitySignal
from contracts.models import Contract
from detection.kinds import Kind
from feedback.models import Feedback

from ..db import AsFloat, Epoch, chunked, rows
from .base import Finding, ScanContext, clamp, count, join_words, money_range, ref, times

NAME = "self_hire"
VERSION = "1"
KIND = Kind.SELF_HIRE

STRENGTH = {
    "payment_instrument": 0.9,
    "bank_account": 0.9,
    "tax_id": 0.9,
    "phone": 0.8,
    "device": 0.7,
    "address": 0.5,
    "ip": 0.35,
    "home_ip": 0.8,
    "payout_card": 0.9,
    "building": 0.45,
    "signup_ip": 0.8,
}
HOME_IP_DAYS = 14
SIGNUP_MINUTES = 10  # both accounts opened from one IP within this many minutes of each other
INBOX = 0.9  # two e-mail addresses that deliver to one inbox
OFFICE_CLIENTS = 3  # each of the two was hired by this many others: two colleagues' office, not a home
NEAR_IDENTITY = 0.85  # name and e-mail local part both near-identical
NEAR_WEAK = 0.6  # the same, but only one of the two addresses says more than the name
NEAR_NAME = 0.3  # the name alone, on top of another shared value
NEAR_EDITS = 2
NEAR_MIN_LETTERS = 5
NEAR_EXTRA_LETTERS = 12  # "jo.walsh12" inside "jo.walsh12.hires": a word added to the address
NAME_COMMON = 10
BRIDGE_MAX_SHARE = 4  # a value links through a third account only when at most this many use it
PRIVATE_DOMAIN = 0.6  # both e-mails on one private domain, under one person's name, plus another shared value
PRIVATE_DOMAIN_MAX = 3  # …a domain with more accounts is a company's or a provider's
WEBMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "t-online.de",
        "mail.com",
        "mail.ru",
        "yandex.ru",
        "yandex.com",
        "rambler.ru",
        "qq.com",
        "163.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "virgilio.it",
        "wp.pl",
        "o2.pl",
        "onet.pl",
        "interia.pl",
        "seznam.cz",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "zoho.com",
        "fastmail.com",
        "tutanota.com",
        "hey.com",
    ]
)
WEBMAIL_NAMES = frozenset({"gmail", "hotmail", "outlook", "yahoo", "live", "gmx", "yandex", "icloud"})
KIND_WORDS = {
    "payment_instrument": "a payment instrument",
    "bank_account": "a bank account",
    "tax_id": "a tax id",
    "phone": "a phone number",
    "device": "a device",
    "address": "an address",
    "ip": "an IP address",
    "home_ip": "a home IP address",
    "payout_card": "a payment instrument that one of them pays with and the other is paid out to",
    "building": "an address that one of them writes with a flat number and the other without",
    "signup_ip": "an IP address",
}

BUILDING = "building"  # a row whose building hash (not its own) is the value: an address naming a flat


def rarity(n: int) -> float:
    """Weight of a value used by ``n`` accounts: 1 for two, 0.5 for eight, 0.2 for fifty."""
    return min(1.0, math.sqrt(2.0 / max(n, 2)))


def identity_strength(shared: list[tuple[str, int]]) -> float:
    keep = 1.0
    for kind, n in shared:
        keep *= 1.0 - STRENGTH.get(kind, 0.3) * rarity(n)
    return 1.0 - keep


def interaction_factor(contracts: int, top_ratings: int) -> float:
    rated = 0.3 * (top_ratings >= 1) + 0.05 * (top_ratings >= 2)
    return min(1.0, 0.65 + rated + 0.05 * max(0, contracts - 1))


def edits_within(a: str, b: str, limit: int) -> int | None:
    """Levenshtein distance between ``a`` and ``b`` when it is at most ``limit``,
    else None. Cheap rejections first: most pairs compared are unrelated."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit or len(set(a) ^ set(b)) > 2 * limit:
        return None  # one edit changes the set of letters by at most two
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        if min(current) > limit:
            return None
        previous = current
    return previous[-1] if previous[-1] <= limit else None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def normal_name(name: str) -> str:
    """'  José  García ' → 'jose garcia'; '' when it is no person's name (too short, digits)."""
    folded = " ".join(_fold(name or "").split())
    if any(ch.isdigit() for ch in folded) or sum(ch.isalpha() for ch in folded) < NEAR_MIN_LETTERS:
        return ""
    return folded


@functools.lru_cache(maxsize=65536)
def normal_local(email: str) -> tuple[str, str]:
    """E-mail local part → (its letters, its digits): 'Jo.Walsh+x12@…' → ('jowalsh', '12')."""
    local = _fold((email or "").split("@", 1)[0]).split("+", 1)[0]
    letters = "".join(ch for ch in local if ch.isalpha())
    digits = "".join(ch for ch in local if ch.isdigit())
    return letters, digits


def same_inbox(email_a: str, email_b: str) -> bool:
    """Two different addresses that reach one inbox (see :func:`mailbox`)."""
    return bool(email_a and email_b) and email_a.lower() != email_b.lower() and mailbox(email_a) == mailbox(email_b)


def name_edits(name_a: str, name_b: str) -> int | None:
    """Edits between two normalised names when they are near-identical, else None.
    At most ``NEAR_EDITS`` in all, and word by word at most one per four letters
    (at least one): "Walsh"/"Wallsh" is a typo, "Leon"/"Lea" is another person."""
    total = edits_within(name_a, name_b, NEAR_EDITS)
    if total is None:
        return None
    words_a, words_b = name_a.split(), name_b.split()
    if len(words_a) == len(words_b):
        for x, y in zip(words_a, words_b, strict=True):
            edits = edits_within(x, y, NEAR_EDITS)
            if edits is None or edits > max(1, min(len(x), len(y)) // 4):
                return None
    return total


@functools.lru_cache(maxsize=65536)
def name_forms(name: str) -> frozenset[str]:
    """The letters an address made only of this (normalised) name would have:
    'jose garcia' → josegarcia, garciajose, jgarcia, jose, garcia."""
    words = ["".join(ch for ch in w if ch.isalpha()) for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return frozenset()
    forms = {"".join(words), "".join(reversed(words)), words[0][0] + "".join(words[1:]), *words}
    return frozenset(forms)


def mail_link(name_a: str, email_a: str, name_b: str, email_b: str) -> tuple[int | None, float]:
    """(edits or added letters, strength) for two e-mail local parts of near-identical names.

    The local parts match when their digits are equal and their letters are at most
    ``NEAR_EDITS`` apart, or one is the other with a word of up to
    ``NEAR_EXTRA_LETTERS`` letters added ("jo.walsh12" / "jo.walsh12.hires"). A local
    part made only of the name ("camille_laurent") is what every namesake would
    pick, so it says nothing beyond the name: the match counts fully
    (``NEAR_IDENTITY``) when both addresses carry something more (digits, another
    word), weakly (``NEAR_WEAK``) when one does, and not at all when neither does.
    Letters compared by edits need five or more; a part found whole inside the
    other needs five letters and digits together."""
    (la, da), (lb, db) = normal_local(email_a), normal_local(email_b)
    if da != db:
        return None, 0.0
    edits = edits_within(la, lb, NEAR_EDITS) if min(len(la), len(lb)) >= NEAR_MIN_LETTERS else None
    if edits is None:
        # A word added: the shorter part must be whole inside the longer, and carry at
        # least five letters and digits ("user497" in "user497.hires" — an address
        # that does not spell the name, as with a name in another script).
        short, long = sorted((la, lb), key=len)
        if (
            len(short) + len(da) >= NEAR_MIN_LETTERS
            and 0 < len(long) - len(short) <= NEAR_EXTRA_LETTERS
            and (long.startswith(short) or long.endswith(short))
        ):
            edits = len(long) - len(short)
    if edits is None:
        return None, 0.0
    says_more = [
        bool(digits) or letters not in name_forms(normal_name(name))
        for letters, digits, name in ((la, da, name_a), (lb, db, name_b))
    ]
    if all(says_more):
        return edits, NEAR_IDENTITY
    if any(says_more):
        return edits, NEAR_WEAK
    return None, 0.0


def near_identity(name_a: str, email_a: str, name_b: str, email_b: str) -> tuple[int | None, int | None]:
    """(name edits, e-mail edits) for two accounts, each None when not near-identical."""
    na, nb = normal_name(name_a), normal_name(name_b)
    edits = name_edits(na, nb) if na and nb else None
    if edits is None:
        return None, None
    return edits, mail_link(name_a, email_a, name_b, email_b)[0]


def name_weight(n: int) -> float:
    """Weight of a name ``n`` accounts carry: 1 up to ten, 0.5 at forty, 0.1 at a thousand."""
    return min(1.0, math.sqrt(NAME_COMMON / max(n, 1)))


_PROVIDERS = tuple(f"@{domain}" for domain in MAIL_DOMAINS)  # imported e-mails are lower case


def _lookalike_pairs(contracts) -> tuple[dict[tuple[int, int], dict], dict[tuple[int, int], dict]]:
    """Pairs of accounts with a contract between them whose names are near-identical:
    (low id, high id) → names, e-mails, edits and how many accounts carry either name;
    and, from the same pass, the pairs whose two e-mail addresses reach one inbox →
    their e-mails."""
    found: dict[tuple[int, int], dict] = {}
    inboxes: dict[tuple[int, int], dict] = {}
    fields = ("client_id", "freelancer_id", "client__name", "client__email", "freelancer__name", "freelancer__email")
    for client, freelancer, c_name, c_email, f_name, f_email in rows(contracts.distinct(), *fields):
        if client == freelancer:
            continue
        # Two addresses reach one inbox only through a "+tag" or a provider that ignores
        # characters or has several domains: most pairs are ruled out without folding.
        if (
            ("+" in c_email or "+" in f_email or (c_email.endswith(_PROVIDERS) and f_email.endswith(_PROVIDERS)))
            and c_email[:1] == f_email[:1]
            and same_inbox(c_email, f_email)
        ):
            key = (min(client, freelancer), max(client, freelancer))
            inboxes[key] = {"emails": {client: c_email, freelancer: f_email}}
        if abs(len(c_name or "") - len(f_name or "")) > 2 * NEAR_EDITS:
            continue
        na, nf = normal_name(c_name), normal_name(f_name)
        edits = name_edits(na, nf) if na and nf else None
        if edits is None:
            continue
        mail_edits, mail_strength = mail_link(c_name, c_email, f_name, f_email)
        key = (min(client, freelancer), max(client, freelancer))
        found[key] = {
            "names": {client: c_name, freelancer: f_name},
            "emails": {client: c_email, freelancer: f_email},
            "name_edits": edits,
            "email_edits": mail_edits,
            "email_strength": mail_strength,
        }
    if found:
        lowered = {n.lower() for item in found.values() for n in item["names"].values()}
        counts: dict[str, int] = {}
        for batch in chunked(sorted(lowered), 500):
            for name, n in (
                get_user_model()
                .objects.annotate(lname=Lower("name"))
                .filter(lname__in=batch)
                .values("lname")
                .annotate(n=Count("id"))
                .values_list("lname", "n")
            ):
                counts[name] = n
        for item in found.values():
            item["name_count"] = max(counts.get(n.lower(), 1) for n in item["names"].values())
    return found, inboxes


def private_domain(email_a: str, email_b: str) -> str:
    """The e-mail domain both addresses are on, when it is no public mail provider;
    '' otherwise. (How many accounts use it is counted later, for candidate pairs only.)"""
    da = (email_a or "").rpartition("@")[2].strip().lower()
    db = (email_b or "").rpartition("@")[2].strip().lower()
    if not da or da != db or da in WEBMAIL or da.split(".", 1)[0] in WEBMAIL_NAMES:
        return ""
    return da


def same_person_name(name_a: str, name_b: str) -> bool:
    """Two names one person would write: the same surname (last word) and the same
    first names, or one written as initials ("J. Smith" / "John Smith"). Siblings
    ("Jane Smith" / "John Smith") and colleagues (two surnames) are not."""
    wa = ["".join(ch for ch in w if ch.isalpha()) for w in _fold(name_a or "").split()]
    wb = ["".join(ch for ch in w if ch.isalpha()) for w in _fold(name_b or "").split()]
    wa, wb = [w for w in wa if w], [w for w in wb if w]
    if len(wa) < 2 or len(wb) < 2 or len(wa) != len(wb) or wa[-1] != wb[-1] or len(wa[-1]) < 2:
        return False
    for x, y in zip(wa[:-1], wb[:-1], strict=True):
        if x != y and not ((len(x) == 1 or len(y) == 1) and x[0] == y[0]):
            return False
    return True


def _private_domains(keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], dict]:
    """Of the given pairs (which already share a value): those whose e-mails are on one
    private domain, under one person's name, that at most ``PRIVATE_DOMAIN_MAX``
    accounts use → domain, names, e-mails, accounts on it. Reads the pairs' accounts,
    then counts accounts per candidate domain in one grouped query per batch."""
    keys = list(keys)
    user = get_user_model()
    who: dict[int, tuple[str, str]] = {}
    for batch in chunked(sorted({x for key in keys for x in key})):
        for pk, name, email in user.objects.filter(pk__in=batch).values_list("pk", "name", "email"):
            who[pk] = (name, email)
    found = {}
    for a, b in keys:
        (name_a, email_a), (name_b, email_b) = who.get(a, ("", "")), who.get(b, ("", ""))
        domain = private_domain(email_a, email_b)
        if domain and same_person_name(name_a, name_b):
            found[(a, b)] = {"domain": domain, "names": {a: name_a, b: name_b}, "emails": {a: email_a, b: email_b}}
    users_on: dict[str, int] = {}
    domain_of = Lower(Substr("email", StrIndex("email", Value("@")) + 1))
    for batch in chunked(sorted({item["domain"] for item in found.values()})):
        users_on.update(
            user.objects.annotate(domain=domain_of)
            .filter(domain__in=batch)
            .values("domain")
            .annotate(n=Count("id"))
            .values_list("domain", "n")
        )
    for item in found.values():
        item["accounts"] = users_on.get(item["domain"], 0)
    return {key: item for key, item in found.items() if item["accounts"] <= PRIVATE_DOMAIN_MAX}


def lookalike_strength(item: dict | None, other_values: bool) -> float:
    """What near-identical names (and e-mails) add to the pair's identity strength."""
    if item is None:
        return 0.0
    weight = name_weight(item["name_count"])
    if item["email_edits"] is not None:
        return item["email_strength"] * weight
    return NEAR_NAME * weight if other_values else 0.0


def _plain_kind(users: list[tuple[int, int, str, float]]) -> str:
    """The kind of a value's own rows (a building's rows come from addresses naming a flat)."""
    return next((u[2] for u in users if u[2] != BUILDING), BUILDING)


def _pair_kind(users: list[tuple[int, int, str, float]], a: int, b: int) -> str | None:
    """How ``a`` and ``b`` share a value. An address value may also hold the rows of
    addresses naming a flat in that building (``BUILDING``): a flat and the building
    written without a flat link as ``"building"``; two flats of one building are
    neighbours and do not link (None)."""
    kind = _plain_kind(users)
    if kind != "address" or all(u[2] != BUILDING for u in users):
        return kind
    whole = {u[0] for u in users if u[2] == "address"}
    if a in whole and b in whole:
        return "address"
    return "building" if a in whole or b in whole else None


def _shared_values(ctx: ScanContext) -> dict[str, list[tuple[int, int, str, float]]]:
    """value hash → [(account, identity row pk, kind, days between first and last
    sighting)] for values used by 2…cap accounts."""
    cap = settings.DETECTION_IDENTITY_MAX_SHARE
    counts = IdentitySignal.objects.values("value_hash").annotate(n=Count("id")).filter(n__gte=2, n__lte=cap)
    if ctx.scope is not None:
        # The scope's own values, and those of accounts sharing a personal value with
        # it: a third account that links the scope to a partner (two hops, bounded).
        own = IdentitySignal.objects.filter(account_id__in=ctx.scope).values("value_hash")
        near = IdentitySignal.objects.filter(value_hash__in=own).exclude(kind="ip").values("account_id")
        counts = counts.filter(value_hash__in=IdentitySignal.objects.filter(account_id__in=near).values("value_hash"))
    values: dict[str, list[tuple[int, int, str, float]]] = defaultdict(list)
    shared_hashes = counts.values("value_hash")
    for pk, account, kind, value_hash, first, last in rows(
        IdentitySignal.objects.filter(value_hash__in=shared_hashes),
        "pk",
        "account_id",
        "kind",
        "value_hash",
        Epoch("first_seen"),
        Epoch("last_seen"),
    ):
        values[value_hash].append((account, pk, kind, ((last or 0) - (first or 0)) / 86400.0))
    _add_buildings(ctx, values)
    return values


def _add_buildings(ctx: ScanContext, values: dict[str, list[tuple[int, int, str, float]]]) -> None:
    """Addresses that name a flat whose building (the address without the flat) is an
    address some account wrote without a flat: their rows join that address's value as
    ``BUILDING`` rows. Two flats of one building are never joined to each other: a
    building hash is looked up only among the address hashes stored."""
    cap = settings.DETECTION_IDENTITY_MAX_SHARE
    addresses = IdentitySignal.objects.filter(kind=IdentitySignal.Kind.ADDRESS)
    flats = addresses.exclude(building_hash="").filter(building_hash__in=addresses.values("value_hash"))
    if ctx.scope is not None:
        mine = addresses.filter(account_id__in=ctx.scope)
        flats = flats.filter(
            Q(building_hash__in=mine.values("value_hash")) | Q(building_hash__in=mine.values("building_hash"))
        )
    found = list(rows(flats, "pk", "account_id", "building_hash", Epoch("first_seen"), Epoch("last_seen")))
    if not found:
        return
    fields = ("pk", "account_id", "kind", "value_hash", Epoch("first_seen"), Epoch("last_seen"))
    for batch in chunked(sorted({h for _, _, h, _, _ in found} - values.keys())):
        for pk, account, kind, value_hash, first, last in rows(addresses.filter(value_hash__in=batch), *fields):
            values[value_hash].append((account, pk, kind, ((last or 0) - (first or 0)) / 86400.0))
    for pk, account, value_hash, first, last in found:
        values[value_hash].append((account, pk, BUILDING, ((last or 0) - (first or 0)) / 86400.0))
    for value_hash in {h for _, _, h, _, _ in found}:
        if len({u[0] for u in values[value_hash]}) > cap:
            del values[value_hash]


def _links(values: dict[str, list[tuple[int, int, str, float]]]) -> dict[int, dict[int, list[tuple[str, float]]]]:
    """account → account it shares a personal value with (not an IP, used by at most
    ``BRIDGE_MAX_SHARE`` accounts) → [(value hash, strength × rarity)]."""
    links: dict[int, dict[int, list[tuple[str, float]]]] = defaultdict(dict)
    for value_hash, users in values.items():
        users = [u for u in users if u[2] != BUILDING]  # a building never bridges
        holders = {u[0] for u in users}
        kind = users[0][2] if users else "ip"
        if kind == "ip" or not 2 <= len(holders) <= BRIDGE_MAX_SHARE:
            continue
        weight = STRENGTH.get(kind, 0.3) * rarity(len(holders))
        for x in holders:
            for y in holders:
                if x != y:
                    links[x].setdefault(y, []).append((value_hash, weight))
    return links


def _bridge(lc: dict, lf: dict, held_c: set[str], held_f: set[str]) -> tuple[float, int, list[str], list[str]] | None:
    """The strongest third account linking a client (its links ``lc``) and a freelancer
    (``lf``): (product of the two links' strengths, third account, value hashes of
    each link). A value all three hold is a direct share, not a bridge."""
    best = None
    for third in lc.keys() & lf.keys():
        via_c = [(h, w) for h, w in lc[third] if h not in held_f]
        via_f = [(h, w) for h, w in lf[third] if h not in held_c]
        if not via_c or not via_f:
            continue
        path = (1.0 - math.prod(1.0 - w for _, w in via_c)) * (1.0 - math.prod(1.0 - w for _, w in via_f))
        if best is None or (path, third) > best[:2]:
            best = (path, third, [h for h, _ in via_c], [h for h, _ in via_f])
    return best


def _own_clients(accounts: set[int]) -> dict[int, set[int]]:
    """Everyone who hired each of the given accounts."""
    found: dict[int, set[int]] = defaultdict(set)
    for batch in chunked(sorted(accounts)):
        for freelancer, client in (
            Contract.objects.filter(freelancer_id__in=batch).values_list("freelancer_id", "client_id").distinct()
        ):
            found[freelancer].add(client)
    return found


def detect(ctx: ScanContext) -> list[Finding]:
    values = _shared_values(ctx)
    by_account: dict[int, set[str]] = defaultdict(set)
    for value_hash, users in values.items():
        for account, *_ in users:
            by_account[account].add(value_hash)
    links = _links(values)

    # Contracts between two accounts that share at least one value, or that each
    # share a personal value with one same third account (A–C, C–B).
    contracts = Contract.objects.all()
    if ctx.scope is not None:
        contracts = contracts.filter(Q(client_id__in=ctx.scope) | Q(freelancer_id__in=ctx.scope))
    pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
    # pair (low id, high id) → (path strength, third account, hashes low–third, hashes third–high)
    bridges: dict[tuple[int, int], tuple[float, int, list[str], list[str]]] = {}
    tried: set[tuple[int, int]] = set()
    if values:
        for pk, client, freelancer in rows(contracts, "pk", "client_id", "freelancer_id"):
            a = by_account.get(client)
            if not a:
                continue
            b = by_account.get(freelancer)
            if not b:
                continue
            key = (min(client, freelancer), max(client, freelancer))
            lc, lf = links.get(client), links.get(freelancer)
            if lc and lf and key not in tried:
                tried.add(key)  # once per pair, however many contracts it has
                found = _bridge(lc, lf, a, b)
                if found is not None:
                    bridges[key] = found if key[0] == client else (found[0], found[1], found[3], found[2])
            if key in bridges or not a.isdisjoint(b):
                pairs[key].append(pk)
    # Pairs that worked together under near-identical names (and e-mails).
    lookalikes, inboxes = _lookalike_pairs(contracts)
    missing = [key for key, item in lookalikes.items() if key not in pairs and item["email_edits"] is not None]
    missing += [key for key in inboxes.keys() - set(missing) if key not in pairs]
    for batch in chunked(missing, 200):
        wanted = set(batch)
        accounts = {x for key in batch for x in key}
        for pk, client, freelancer in rows(
            contracts.filter(client_id__in=accounts, freelancer_id__in=accounts), "pk", "client_id", "freelancer_id"
        ):
            key = (min(client, freelancer), max(client, freelancer))
            if key in wanted:
                pairs[key].append(pk)
    if not pairs:
        return []
    # One private e-mail domain under one name counts only beside another shared value.
    same_domain = _private_domains(pairs)

    contract_ids = [pk for ids in pairs.values() for pk in ids]
    info: dict[int, tuple] = {}
    for batch in chunked(contract_ids, 500):
        for pk, client, freelancer, amount, started in Contract.objects.filter(pk__in=batch).values_list(
            "pk", "client_id", "freelancer_id", AsFloat("amount"), Epoch("started_at")
        ):
            info[pk] = (client, freelancer, amount, started)
    feedback: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for batch in chunked(contract_ids, 500):
        for pk, contract, author, rating, created in Feedback.objects.filter(contract_id__in=batch).values_list(
            "pk", "contract_id", "author_id", "rating", Epoch("created_at")
        ):
            feedback[contract].append((pk, author, rating, created))

    partners: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        partners[a].add(b)
        partners[b].add(a)

    # A "home" IP shared by two accounts that each have their own career (work from
    # several other clients) is more likely a two-desk office: it is not upgraded.
    home_candidates = {
        x
        for (a, b), ids in pairs.items()
        for value_hash in by_account[a] & by_account[b]
        if values[value_hash][0][2] == "ip" and len(values[value_hash]) == 2
        for x in (a, b)
    }
    own_clients = _own_clients(home_candidates)
    opened = _opened_together(
        (a, b, value_hash, values[value_hash], min(info[pk][3] or 0 for pk in pairs[(a, b)]))
        for (a, b) in pairs
        for value_hash in by_account[a] & by_account[b]
        if values[value_hash][0][2] == "ip" and len(values[value_hash]) == 2
    )

    raw = []
    for (a, b), ids in pairs.items():
        shared = []
        identity_refs = []
        signup = None
        group = {a, b} | partners[a] | partners[b]
        fb = [f for pk in ids for f in feedback.get(pk, [])]
        for value_hash in by_account[a] & by_account[b]:
            users = values[value_hash]
            kind = _pair_kind(users, a, b)
            if kind is None:
                continue
            if kind != "building":
                users = [u for u in users if u[2] != BUILDING]  # the building's flats count only for it
            if kind in ("payment_instrument", "bank_account") and len({u[2] for u in users}) > 1:
                kind = "payout_card"  # one pays with it, another is paid into it: one instrument, one owner
            if kind == "ip" and fb and len(users) == 2:
                careers = min(len(own_clients.get(a, set()) - {b}), len(own_clients.get(b, set()) - {a}))
                if careers >= OFFICE_CLIENTS:
                    kind = "ip"  # two people with their own clients: an office, not one person
                elif value_hash in opened.get((a, b), {}):
                    kind = "signup_ip"  # both accounts opened from it minutes apart, and no one else uses it
                    signup = opened[(a, b)][value_hash]
                elif min(u[3] for u in users) >= HOME_IP_DAYS:
                    kind = "home_ip"  # only these two, each over weeks, and they worked together
            # Sharers that hire or work for the pair are part of the same scheme (one
            # person, several accounts): only outsiders make a value common.
            outsiders = sum(1 for account, *_ in users if account not in group)
            shared.append((kind, 2 + outsiders, len(users)))
            for account, row_pk, _, span in users:
                if account in (a, b):
                    identity_refs.append((kind, len(users), row_pk, span))
        top = sum(1 for f in fb if f[2] == 5)
        strength = identity_strength([(kind, n_eff) for kind, n_eff, _ in shared])
        look = lookalikes.get((a, b))
        inbox = inboxes.get((a, b))
        if inbox is not None:
            strength = 1.0 - (1.0 - strength) * (1.0 - INBOX)
            if look is not None:  # the addresses are one inbox; only the names are a likeness
                look = {**look, "email_edits": None}
        extra = lookalike_strength(look, bool(shared) or inbox is not None)
        if not extra:
            look = None
        strength = 1.0 - (1.0 - strength) * (1.0 - extra)
        domain = same_domain.get((a, b)) if shared else None
        if domain is not None:
            strength = 1.0 - (1.0 - strength) * (1.0 - PRIVATE_DOMAIN)
        bridge = None
        if (a, b) in bridges:
            path, third, via_a, via_b = bridges[(a, b)]
            strength = 1.0 - (1.0 - strength) * (1.0 - path)
            bridge = (third, via_a, via_b, path)
        score = strength * interaction_factor(len(ids), top)
        more = {"inbox": inbox, "signup": signup}
        raw.append((a, b, ids, shared, identity_refs, fb, look, bridge, domain, more, strength, score))

    floor = settings.DETECTION_MIN_SCORE
    raw = [r for r in raw if r[-1] >= floor]
    ctx.labels.load([x for r in raw for x in r[:2]] + [r[7][0] for r in raw if r[7]])
    return [_finding(ctx, *r, info=info, values=values) for r in raw]


def _opened_together(
    candidates: Iterable[tuple[int, int, str, list[tuple[int, int, str, float]], float]],
) -> dict[tuple[int, int], dict[str, tuple[float, list[int]]]]:
    """Of IPs only a pair uses: those from which *both* accounts were opened — each
    first seen on it within ``SIGNUP_MINUTES`` of its own sign-up, the two sign-ups
    within ``SIGNUP_MINUTES`` of each other and before the pair's first contract.
    Someone opening a client account and then a freelancer account on one connection;
    two people signing up side by side on one home connection and then hiring each
    other is rare. (An import without sign-up times gives every account the time of
    the import, after its contracts: never "opened together".) (a, b) → value hash →
    (seconds between the sign-ups, the two identity rows)."""
    wanted = [(a, b, h, [(u[0], u[1]) for u in users], first) for a, b, h, users, first in candidates]
    if not wanted:
        return {}
    seen: dict[int, float] = {}
    for batch in chunked(sorted({pk for *_, rows_, _ in wanted for _, pk in rows_})):
        seen.update(rows(IdentitySignal.objects.filter(pk__in=batch), "pk", Epoch("first_seen")))
    joined: dict[int, float] = {}
    for batch in chunked(sorted({x for a, b, *_ in wanted for x in (a, b)})):
        joined.update(rows(get_user_model().objects.filter(pk__in=batch), "pk", Epoch("date_joined")))
    limit = SIGNUP_MINUTES * 60
    found: dict[tuple[int, int], dict[str, tuple[float, list[int]]]] = defaultdict(dict)
    for a, b, value_hash, users, first_contract in wanted:
        if joined.get(a) is None or joined.get(b) is None or abs(joined[a] - joined[b]) > limit:
            continue
        if max(joined[a], joined[b]) >= first_contract:
            continue
        if all(seen.get(pk) is not None and abs(seen[pk] - joined[account]) <= limit for account, pk in users):
            found[(a, b)][value_hash] = (abs(joined[a] - joined[b]), [pk for _, pk in users])
    return found


def _apart(seconds: float) -> str:
    return count(round(seconds), "second") if seconds < 120 else count(round(seconds / 60), "minute")


def _describe_shared(shared: list[tuple[str, int, int]], signup_seconds: float | None = None) -> str:
    parts = []
    for kind, n_eff, n in sorted(shared, key=lambda s: (-STRENGTH.get(s[0], 0), s[1])):
        outsiders = n_eff - 2
        if kind == "home_ip":
            tail = f"used by no other account, by each of them over at least {HOME_IP_DAYS} days"
        elif kind == "signup_ip":
            tail = "used by no other account, from which both accounts were opened, " + (
                f"{_apart(signup_seconds)} apart" if signup_seconds is not None else "minutes apart"
            )
        elif n == 2:
            tail = "used by no other account"
        elif outsiders == 0:
            tail = f"used by no account outside their dealings (also by {count(n - 2, 'account')} they deal with)"
        else:
            tail = f"also used by {count(n - 2, 'other account')}"
        parts.append(f"{KIND_WORDS.get(kind, kind)} {tail}")
    return join_words(parts)


def _describe_lookalike(look: dict) -> str:
    (name_a, name_b), (email_a, email_b) = look["names"], look["emails"]
    both = f'"{name_a}" <{email_a}> and "{name_b}" <{email_b}>'
    what = "near-identical names and e-mail addresses" if look["email_edits"] is not None else "near-identical names"
    common = look["name_accounts"]
    tail = f"; {count(common, 'account')} carry that name, so it counts for less" if name_weight(common) < 1 else ""
    return f"{what} ({both}){tail}"


def describe_links(data: dict, name: Callable[[int], str]) -> str:
    """What links the two accounts, written from a finding's ``data`` alone: "Accounts
    X (client) and Y (freelancer) share a device used by no other account and have
    near-identical names …". The finding's explanation opens with it, and a ring that
    holds both accounts quotes it (``detection.services.ring_absorbs_pairs``)."""
    (a, role_a), (b, role_b) = ((p["account"], p["role"]) for p in data["pair"])
    shared = [(s["kind"], 2 + s["outsiders"], s["accounts"]) for s in data["shared"]]
    signup = data.get("signup")
    links = ["share " + _describe_shared(shared, signup and signup["seconds"])] if shared else []
    if inbox := data.get("inbox"):
        email_a, email_b = inbox["emails"]
        links.append(f"have e-mail addresses that reach one inbox (<{email_a}> and <{email_b}>: {inbox['why']})")
    if look := data.get("lookalike"):
        links.append("have " + _describe_lookalike(look))
    if domain := data.get("private_domain"):
        (name_a, name_b), (email_a, email_b) = domain["names"], domain["emails"]
        links.append(
            f"have e-mail addresses on one private domain, {domain['domain']} "
            f"(<{email_a}> and <{email_b}>; {count(domain['accounts'], 'account')} in all use it), "
            f'under one name ("{name_a}" and "{name_b}")'
        )
    if bridge := data.get("bridge"):
        via_a, via_b = ([KIND_WORDS.get(k, k) for k in kinds] for kinds in bridge["kinds"])
        links.append(
            f"are linked through a third account, {name(bridge['account'])}, which shares "
            f"{join_words(sorted(set(via_a)))} with {name(a)} and {join_words(sorted(set(via_b)))} with {name(b)}"
        )
    return f"Accounts {name(a)} ({role_a}) and {name(b)} ({role_b}) {' and '.join(links)}"


def _inbox_why(email_a: str, email_b: str) -> str:
    """Why two addresses reach one inbox, in a reviewer's words."""
    (la, _, da), (lb, _, db) = (e.strip().lower().rpartition("@") for e in (email_a, email_b))
    reasons = []
    if "+" in la or "+" in lb:
        reasons.append('what follows a "+" is a tag the mail server drops')
    ignored = MAIL_DOMAINS.get(da, (da, ""))[1]
    if ignored and la.split("+", 1)[0] != lb.split("+", 1)[0]:
        what = {".": "dots", "-": "hyphens", "_": "underscores"}
        reasons.append(f"the provider ignores {join_words([what[ch] for ch in ignored])} in the part before the @")
    if da != db:
        reasons.append(f"{' and '.join(sorted({da, db}))} are one provider")
    return join_words(reasons) or "one address written in another case"


def _finding(
    ctx, a, b, ids, shared, identity_refs, fb, look, bridge, domain, links, strength, score, *, info, values
) -> Finding:
    name = ctx.labels
    by_client: dict[int, list[int]] = defaultdict(list)
    for pk in ids:
        by_client[info[pk][0]].append(pk)
    hires = []
    for client, pks in sorted(by_client.items(), key=lambda kv: -len(kv[1])):
        freelancer = b if client == a else a
        amounts = [info[pk][2] for pk in pks]
        hires.append(
            f"{name(client)} hired {name(freelancer)} {times(len(pks))} "
            f"({'contract' if len(pks) == 1 else 'contracts'} of {money_range(amounts)})"
        )
    ratings = []
    for author in (a, b):
        given = [f for f in fb if f[1] == author]
        if given:
            top = sum(1 for f in given if f[2] == 5)
            other = len(given) - top
            text = f"{name(author)} left {count(top, 'five-star rating')}" if top else f"{name(author)} left"
            if other:
                text += (" and " if top else " ") + count(other, "lower rating")
            ratings.append(text)
    roles = []
    for account in (a, b):
        role = "client" if account in by_client else "freelancer"
        if account in by_client and any(info[pk][1] == account for pk in ids):
            role = "client and freelancer"
        roles.append(role)
    data = {
        "identity_strength": round(strength, 4),
        "pair": [{"account": account, "role": role} for account, role in zip((a, b), roles, strict=True)],
        "shared": [{"kind": k, "accounts": n, "outsiders": e - 2} for k, e, n in sorted(shared)],
        "contracts": len(ids),
        "five_star": sum(1 for f in fb if f[2] == 5),
    }
    if look is not None:
        data["lookalike"] = {
            "name_edits": look["name_edits"],
            "email_edits": look["email_edits"],
            "name_accounts": look["name_count"],
            "names": [look["names"][a], look["names"][b]],
            "emails": [look["emails"][a], look["emails"][b]],
        }
    if bridge is not None:
        third, via_a, via_b, path = bridge
        data["bridge"] = {
            "account": third,
            "strength": round(path, 4),
            "kinds": [sorted({_plain_kind(values[h]) for h in hashes}) for hashes in (via_a, via_b)],
        }
    if links["inbox"] is not None:
        emails = links["inbox"]["emails"]
        data["inbox"] = {"emails": [emails[a], emails[b]], "why": _inbox_why(emails[a], emails[b])}
    if links["signup"] is not None:
        data["signup"] = {"seconds": round(links["signup"][0])}
    if domain is not None:
        data["private_domain"] = {
            "accounts": domain["accounts"],
            "domain": domain["domain"],
            "names": [domain["names"][a], domain["names"][b]],
            "emails": [domain["emails"][a], domain["emails"][b]],
        }
    explanation = (
        f"{describe_links(data, name)}; "
        f"{join_words(hires)}"
        + (f", and {join_words(ratings)} between them" if ratings else ", with no feedback yet")
        + ". Identity values are compared by keyed hash only; a value many accounts use counts for little."
    )
    evidence = [
        ref(
            "identity",
            pk,
            f"IP used by these 2 accounts only, this one over {span:.0f} days"
            if kind == "home_ip"
            else "IP used by these 2 accounts only, seen on this account when it was opened"
            if kind == "signup_ip"
            else f"{kind} shared by {n} accounts",
        )
        for kind, n, pk, span in sorted(identity_refs)
    ]
    if look is not None:
        evidence += [
            ref("account", account, f"name {look['names'][account]!r}, e-mail {look['emails'][account]}")
            for account in (a, b)
        ]
    if links["inbox"] is not None and look is None:
        evidence += [ref("account", account, f"e-mail {links['inbox']['emails'][account]}") for account in (a, b)]
    if domain is not None and look is None and links["inbox"] is None:
        evidence += [
            ref("account", account, f"name {domain['names'][account]!r}, e-mail {domain['emails'][account]}")
            for account in (a, b)
        ]
    if bridge is not None:
        third, via_a, via_b, _ = bridge
        evidence.append(ref("account", third, "shares personal values with both accounts"))
        for hashes, ends in ((via_a, (a, third)), (via_b, (third, b))):
            evidence += [
                ref("identity", row_pk, f"{kind} shared by {len(values[h])} accounts")
                for h in hashes
                for account, row_pk, kind, _ in values[h]
                if account in ends
            ]
    evidence += [ref("contract", pk) for pk in sorted(ids)]
    evidence += [ref("feedback", f[0], f"{f[2]}★") for f in sorted(fb)]
    accounts = tuple(sorted((a, b)))
    return Finding(
        kind=KIND,
        detector=NAME,
        version=VERSION,
        key=f"{accounts[0]}-{accounts[1]}",
        accounts=tuple(sorted({a, b, bridge[0]})) if bridge is not None else accounts,
        score=round(clamp(score), 4),
        evidence=evidence,
        explanation=explanation,
        data=data,
    )
