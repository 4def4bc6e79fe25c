"""Conflict of interest: someone who steers a company's hiring works its contracts.

Rule
----
A contract whose ``client_org`` is organisation O and whose freelancer holds a
controlling role in O (owner, admin or hiring manager — ``Membership.CONTROLLING_ROLES``)
is a conflict of interest: they can hire themself with the company's money and
collect its feedback. Per (freelancer, organisation):

* base by role: owner 0.55, admin 0.5, hiring manager 0.5;
* + 0.25 when feedback flows between the freelancer and the hiring account on those
  contracts (either direction), + 0.05 per five-star rating (at most + 0.15);
* + 0.05 per further contract (at most + 0.1).

The company may also show only through membership: a contract that names no
``client_org`` but whose client holds a controlling role in an organisation where
the freelancer holds one too (the company's own account, or another of its admins,
hiring its admin) counts as that organisation's contract. A client who is a plain
member of the freelancer's company does not (agency colleagues hire each other).

The controlling member may also work through a second account: a contract whose
freelancer is not a member of the company, but shares at least two personal
identity values of different kinds (``LINK_KINDS``: device, phone, bank account,
tax id, payment instrument, address; an IP address alone never links) with a
controlling member of the company that posted it, is that member's contract.
**One value** links too when no other account holds it, scored lower by
``ONE_VALUE_PENALTY`` (0.5 × (1 − its self-hire strength): a card, bank account or
tax id 0.05, a phone 0.1); a device or an address alone is what relatives at home
share, so such a link is also capped at ``WEAK_CAP`` (0.65): kept on the account,
never a case on its own — unless the two accounts also carry one surname: the
member's second account or a relative, either way the company paying its insider's
household, so the cap does not apply (the penalty does).
An account whose e-mail reaches a member's inbox (``accounts.identity.mailbox``: a
"+tag", Gmail's dots, a provider's other domain) is linked like two shared values.
A plain ``member``'s second account counts too, but only on contracts that name
the company as ``client_org`` (the member's own role grants no say in hiring, so
the company must be the one paying), and it scores lower: base 0.4 instead of 0.5,
so one contract with one five-star rating reaches 0.7 and none without feedback
does. The member is shown beside their second account.
**The client's own second account.** A member who hires their own second account
on a contract naming the company is self-hire (one person on both sides) *and* a
conflict (the company's money paid to, and its rating given to, an insider). On a
contract naming no company it is self-hire only: one person paying themself from
their own account puts none of the company's interest at stake (a company is
inferred from membership only when two *different* insiders deal with each other).
Shared values used by more than ``DETECTION_IDENTITY_MAX_SHARE`` accounts are
ignored, as in self-hire.

An **agency** account seated in the company (any role, a plain ``member`` too) and
hired on the company's contracts (``client_org``) is an insider supplier: base as a
member's (0.4). A person who is a plain member is not (below).

Without any feedback the score stays below the case threshold (the signal is kept
on the account); with feedback it opens a case. A plain ``member`` of the company
doing paid work for it under their own account is not a conflict and produces
nothing: they have no say in its hiring, and in-house work billed through the
marketplace is ordinary (docs/detection.md, "Taxonomy decisions").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, Value
from django.db.models.functions import Lower, StrIndex, Substr

from accounts.identity import MAIL_DOMAINS, mailbox
from accounts.models import IdentitySignal, Membership, Organization, User
from contracts.models import Contract
from detection.kinds import Kind
from feedback.models import Feedback

from ..db import AsFloat, chunked, rows
from .base import Finding, ScanContext, clamp, count, join_words, money, ref

NAME = "conflict_of_interest"
VERSION = "1"
KIND = Kind.CONFLICT_OF_INTEREST

ROLE_BASE = {
    Membership.Role.OWNER: 0.55,
    Membership.Role.ADMIN: 0.5,
    Membership.Role.HIRING_MANAGER: 0.5,
    Membership.Role.MEMBER: 0.4,  # only through a second account on the company's own contracts
}
ROLE_WORDS = {
    Membership.Role.OWNER: "an owner",
    Membership.Role.ADMIN: "an admin",
    Membership.Role.HIRING_MANAGER: "a hiring manager",
    Membership.Role.MEMBER: "a member",
}


WEAK_CAP = 0.65  # a link by one household value (device, address): never a case alone
HOUSEHOLD_KINDS = (IdentitySignal.Kind.DEVICE, IdentitySignal.Kind.ADDRESS)
ONE_VALUE_PENALTY = {  # a link by one value only the two accounts hold: 0.5 × (1 − its self-hire strength)
    IdentitySignal.Kind.PAYMENT_INSTRUMENT: 0.05,
    IdentitySignal.Kind.BANK_ACCOUNT: 0.05,
    IdentitySignal.Kind.TAX_ID: 0.05,
    IdentitySignal.Kind.PHONE: 0.1,
    IdentitySignal.Kind.DEVICE: 0.15,
    IdentitySignal.Kind.ADDRESS: 0.25,
}


def score_for(
    role: str,
    contracts: int,
    feedback: int,
    five_star: int,
    *,
    penalty: float = 0.0,
    cap: float = 1.0,
) -> float:
    score = ROLE_BASE.get(role, 0.5) - penalty
    if feedback:
        score += 0.25 + min(0.15, 0.05 * five_star)
    score += min(0.1, 0.05 * max(0, contracts - 1))
    return clamp(min(score, cap))


def _through_membership(ctx: ScanContext) -> dict[tuple[int, int], list[tuple[int, int, float]]]:
    """Contracts that name no company but were posted by someone who hires for a
    company in which the freelancer also holds a controlling role (or, an agency,
    any seat): the company's own account (or another of its admins) hiring its
    admin. Grouped by the
    (freelancer, organisation) they share; the lowest organisation id when they
    share several."""
    shared = Membership.objects.filter(
        account=OuterRef("freelancer"),
        organization__memberships__account=OuterRef("client"),
        organization__memberships__role__in=Membership.CONTROLLING_ROLES,
    )
    unnamed = Contract.objects.filter(client_org__isnull=True).exclude(client=F("freelancer"))
    if ctx.scope is not None:
        unnamed = unnamed.filter(Q(client_id__in=ctx.scope) | Q(freelancer_id__in=ctx.scope))
    contracts = unnamed.filter(Exists(shared.filter(role__in=Membership.CONTROLLING_ROLES)))
    # An agency's seat counts whatever its role (read apart: seated agencies are few).
    seated_agencies = Membership.objects.filter(account__kind=User.Kind.AGENCY).values("account_id")
    by_agencies = (
        unnamed.filter(freelancer_id__in=seated_agencies)
        .exclude(Exists(shared.filter(role__in=Membership.CONTROLLING_ROLES)))
        .filter(Exists(shared))
    )
    fields = ("pk", "client_id", "freelancer_id", AsFloat("amount"))
    found = list(rows(contracts, *fields)) + list(rows(by_agencies, *fields))
    if not found:
        return {}
    controlling: dict[int, set[int]] = defaultdict(set)
    seated: dict[int, set[int]] = defaultdict(set)  # … and an agency's seats, any role
    people = {c for _, c, _, _ in found} | {f for _, _, f, _ in found}
    for account, org, role, kind in Membership.objects.filter(account_id__in=people).values_list(
        "account_id", "organization_id", "role", "account__kind"
    ):
        if role in Membership.CONTROLLING_ROLES:
            controlling[account].add(org)
            seated[account].add(org)
        elif kind == User.Kind.AGENCY:
            seated[account].add(org)
    groups: dict[tuple[int, int], list[tuple[int, int, float]]] = defaultdict(list)
    for pk, client, freelancer, amount in found:
        orgs = controlling[client] & seated[freelancer]
        if orgs:
            groups[(freelancer, min(orgs))].append((pk, client, amount))
    return groups


LINK_KINDS = (
    IdentitySignal.Kind.DEVICE,
    IdentitySignal.Kind.PHONE,
    IdentitySignal.Kind.BANK_ACCOUNT,
    IdentitySignal.Kind.TAX_ID,
    IdentitySignal.Kind.PAYMENT_INSTRUMENT,
    IdentitySignal.Kind.ADDRESS,
)
LINK_MIN_KINDS = 2


INBOX = "inbox"  # two e-mail addresses that reach one inbox: one person, like two values


def _same_inboxes() -> set[tuple[int, int]]:
    """(account, member account) pairs whose two e-mail addresses reach one inbox
    (``accounts.identity.mailbox``). One of the two addresses must fold to another
    spelling — a "+tag", or an address at a provider with ignored characters or
    several domains — so only those accounts are read, and the members' own inboxes
    are looked up by exact address."""
    boxes: dict[str, list[int]] = defaultdict(list)
    plain: dict[str, int] = {}
    for pk, email in rows(User.objects.filter(pk__in=Membership.objects.values("account_id")), "pk", "email"):
        box = mailbox(email)
        if box:
            boxes[box].append(pk)
            if box != email.lower():
                plain[box] = pk
    if not boxes:
        return set()
    domain = Lower(Substr("email", StrIndex("email", Value("@")) + 1))
    folds = User.objects.annotate(domain=domain).filter(Q(domain__in=list(MAIL_DOMAINS)) | Q(email__contains="+"))
    found: set[tuple[int, int]] = set()
    for pk, email in rows(folds, "pk", "email"):
        for member in boxes.get(mailbox(email), ()):
            if member != pk:
                found.add((pk, member))
    for batch in chunked(sorted(plain)):
        for pk, email in User.objects.filter(email__in=batch).values_list("pk", "email"):
            if plain[email] != pk:
                found.add((pk, plain[email]))
    return found


def _kind_words(kinds) -> str:
    return join_words(["e-mail inbox" if k == INBOX else IdentitySignal.Kind(k).label.lower() for k in kinds])


def _surnames(accounts: set[int]) -> dict[int, str]:
    """account → the last word of its name, lower case without accents ('' when none)."""
    found: dict[int, str] = {}
    for batch in chunked(sorted(accounts)):
        for pk, name in User.objects.filter(pk__in=batch).values_list("pk", "name"):
            folded = unicodedata.normalize("NFKD", (name or "").casefold())
            words = "".join(ch for ch in folded if not unicodedata.combining(ch)).split()
            last = "".join(ch for ch in words[-1] if ch.isalpha()) if len(words) >= 2 else ""
            found[pk] = last if len(last) >= 2 else ""
    return found


def _through_second_account(
    ctx: ScanContext,
) -> tuple[
    dict[tuple[int, int], list[tuple[int, int, float]]], dict[tuple[int, int], tuple[int, str, tuple[str, ...]]]
]:
    """Contracts worked by a second account of one of the posting company's
    members: grouped by (freelancer, organisation), with the member behind the
    freelancer account, their role and the kinds of values they share. A plain
    member counts only on contracts that name the company."""
    belongs: dict[int, dict[int, str]] = defaultdict(dict)  # account → organisation → role (any role)
    for account, org, role in Membership.objects.values_list("account_id", "organization_id", "role"):
        belongs[account][org] = role
    controls: dict[int, dict[int, str]] = defaultdict(dict)  # only the controlling roles
    for account, orgs in belongs.items():
        for org, role in orgs.items():
            if role in Membership.CONTROLLING_ROLES:
                controls[account][org] = role
    if not belongs:
        return {}, {}
    members: dict[int, set[int]] = defaultdict(set)  # organisation → member accounts
    for account, orgs in belongs.items():
        for org in orgs:
            members[org].add(account)
    rank = {role: i for i, role in enumerate(Membership.CONTROLLING_ROLES)}
    cap = settings.DETECTION_IDENTITY_MAX_SHARE
    shared = (
        IdentitySignal.objects.filter(kind__in=LINK_KINDS)
        .values("value_hash")
        .annotate(n=Count("id"))
        .filter(n__gte=2, n__lte=cap)
        .values("value_hash")
    )
    by_hash: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for account, kind, value in rows(
        IdentitySignal.objects.filter(kind__in=LINK_KINDS, value_hash__in=shared),
        "account_id",
        "kind",
        "value_hash",
    ):
        by_hash[value].append((account, kind))
    links: dict[tuple[int, int], set[str]] = defaultdict(set)  # (account, member account) → kinds
    only_two: dict[tuple[int, int], set[str]] = defaultdict(set)  # … kinds of values no one else holds
    for holders in by_hash.values():
        bosses = [(a, k) for a, k in holders if a in belongs]
        for boss, kind in bosses:
            for other, _ in holders:
                if other != boss:
                    links[(other, boss)].add(kind)
                    if len(holders) == 2:
                        only_two[(other, boss)].add(kind)
    for other, boss in _same_inboxes():
        links[(other, boss)].add(INBOX)
    # account → [(member account it is linked to, score penalty, score cap)]
    behind: dict[int, list[tuple[int, float, float]]] = defaultdict(list)
    household: list[tuple[int, int, float]] = []  # linked by one device or address only
    for (other, boss), kinds in links.items():
        if len(kinds) >= LINK_MIN_KINDS or INBOX in kinds:
            behind[other].append((boss, 0.0, 1.0))
        elif only_two.get((other, boss)):
            kind = min(only_two[(other, boss)], key=lambda k: ONE_VALUE_PENALTY[k])
            if kind in HOUSEHOLD_KINDS:
                household.append((other, boss, ONE_VALUE_PENALTY[kind]))
            else:
                behind[other].append((boss, ONE_VALUE_PENALTY[kind], 1.0))
    # A household value and the member's surname: the member's second account or a
    # relative of theirs. Either way the company pays its insider's household, so the
    # cap that keeps a lone household value below a case does not apply.
    surnames = _surnames({x for other, boss, _ in household for x in (other, boss)})
    kin: set[tuple[int, int]] = set()
    for other, boss, penalty in household:
        same = surnames.get(other) and surnames.get(other) == surnames.get(boss)
        behind[other].append((boss, penalty, 1.0 if same else WEAK_CAP))
        if same:
            kin.add((other, boss))
    if not behind:
        return {}, {}
    contracts = Contract.objects.filter(freelancer_id__in=list(behind)).exclude(client=F("freelancer"))
    if ctx.scope is not None:
        contracts = contracts.filter(Q(client_id__in=ctx.scope) | Q(freelancer_id__in=ctx.scope))
    groups: dict[tuple[int, int], list[tuple[int, int, float]]] = defaultdict(list)
    who: dict[tuple[int, int], tuple] = {}
    for pk, client, freelancer, client_org, amount in rows(
        contracts, "pk", "client_id", "freelancer_id", "client_org_id", AsFloat("amount")
    ):
        orgs = {client_org} if client_org else set(controls.get(client, {}))
        orgs -= set(controls.get(freelancer, {}))  # a member's own role is the rule above
        for org in sorted(orgs):
            # The client's own second account is self-hire; it is this as well only
            # when the contract names the company.
            bosses = sorted(
                (penalty, rank.get(belongs[b][org], len(rank)), b, cap)
                for b, penalty, cap in behind[freelancer]
                if b in members.get(org, ())
                and (b != client or client_org == org)
                and (belongs[b][org] in Membership.CONTROLLING_ROLES or client_org == org)
            )
            if bosses:
                penalty, _, boss, cap = bosses[0]
                groups[(freelancer, org)].append((pk, client, amount))
                previous = who.get((freelancer, org))
                if previous is None or (penalty, rank.get(belongs[boss][org], len(rank))) < (
                    previous[3],
                    rank.get(previous[1], len(rank)),
                ):
                    kinds = tuple(sorted(links[(freelancer, boss)]))
                    who[(freelancer, org)] = (boss, belongs[boss][org], kinds, penalty, cap, (freelancer, boss) in kin)
                break
    return groups, who


def detect(ctx: ScanContext) -> list[Finding]:
    controlling = Membership.objects.filter(
        organization=OuterRef("client_org"), account=OuterRef("freelancer"), role__in=Membership.CONTROLLING_ROLES
    )
    # An agency (a business that sells work) seated in the company as a member: its
    # insider's seat is what makes paying it a conflict, whatever the seat's role.
    agency_seat = Membership.objects.filter(
        organization=OuterRef("client_org"), account=OuterRef("freelancer"), account__kind=User.Kind.AGENCY
    )
    seated = Membership.objects.filter(account__kind=User.Kind.AGENCY).values("account_id")  # a few accounts
    contracts = Contract.objects.filter(client_org__isnull=False).filter(Exists(controlling))
    by_agencies = (
        Contract.objects.filter(client_org__isnull=False, freelancer_id__in=seated)
        .exclude(Exists(controlling))
        .filter(Exists(agency_seat))
    )
    if ctx.scope is not None:
        contracts = contracts.filter(Q(client_id__in=ctx.scope) | Q(freelancer_id__in=ctx.scope))
        by_agencies = by_agencies.filter(Q(client_id__in=ctx.scope) | Q(freelancer_id__in=ctx.scope))
    groups: dict[tuple[int, int], list[tuple[int, int, float]]] = defaultdict(list)
    for query in (contracts, by_agencies):
        for pk, client, freelancer, org, amount in rows(
            query, "pk", "client_id", "freelancer_id", "client_org_id", AsFloat("amount")
        ):
            groups[(freelancer, org)].append((pk, client, amount))
    via_members = _through_membership(ctx)
    for (freelancer, org), items in via_members.items():
        groups[(freelancer, org)].extend(items)
    via_alt, alt_of = _through_second_account(ctx)
    for (freelancer, org), items in via_alt.items():
        if (freelancer, org) not in groups:
            groups[(freelancer, org)].extend(items)
    alt_of = {k: v for k, v in alt_of.items() if k in groups and k not in via_members}
    if not groups:
        return []
    roles = {
        (account, org): role
        for account, org, role in Membership.objects.filter(
            account_id__in={f for f, _ in groups}, organization_id__in={o for _, o in groups}
        ).values_list("account_id", "organization_id", "role")
    }
    org_names = dict(Organization.objects.filter(pk__in={o for _, o in groups}).values_list("pk", "name"))
    contract_ids = [c[0] for items in groups.values() for c in items]
    feedback: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for batch in chunked(contract_ids, 500):
        for pk, contract, author, recipient, rating in Feedback.objects.filter(contract_id__in=batch).values_list(
            "pk", "contract_id", "author_id", "recipient_id", "rating"
        ):
            feedback[contract].append((pk, author, recipient, rating))

    floor = settings.DETECTION_MIN_SCORE
    found = []
    for (freelancer, org), items in groups.items():
        alt = alt_of.get((freelancer, org))
        role = alt[1] if alt is not None else roles.get((freelancer, org), "admin")
        fb = [f for pk, _, _ in items for f in feedback.get(pk, [])]
        five = sum(1 for f in fb if f[3] == 5)
        if alt is not None:
            score = score_for(role, len(items), len(fb), five, penalty=alt[3], cap=alt[4])
        else:
            score = score_for(role, len(items), len(fb), five)
        if score >= floor:
            found.append((freelancer, org, role, items, fb, score))
    ctx.labels.load({f[0] for f in found} | {c[1] for f in found for c in f[3]} | {v[0] for v in alt_of.values()})
    out = []
    for freelancer, org, role, items, fb, score in found:
        name = ctx.labels
        org_name = org_names.get(org, f"organisation #{org}")
        clients = sorted({c for _, c, _ in items})
        hired_by = join_words([name(c) for c in clients])
        total = sum(a for _, _, a in items)
        flows = []
        for author, recipient in [(freelancer, c) for c in clients] + [(c, freelancer) for c in clients]:
            given = [f for f in fb if f[1] == author and f[2] == recipient]
            if given:
                top = sum(1 for f in given if f[3] == 5)
                what = count(top, "five-star rating") if top == len(given) else count(len(given), "rating")
                flows.append(f"{name(author)} left {name(recipient)} {what}")
        direct = {pk for pk, _, _ in items} - {pk for pk, _, _ in via_members.get((freelancer, org), ())}
        posted = ""
        if len(direct) < len(items):
            posted = (
                f" {count(len(items) - len(direct), 'of these contracts names', 'of these contracts name')}"
                " no company: "
                f"{hired_by} also {'hires' if len(clients) == 1 else 'hire'} for {org_name}."
            )
        alt = alt_of.get((freelancer, org))
        seat = alt is None and role == Membership.Role.MEMBER  # an agency's seat (plain members are no conflict)
        if alt is not None:
            boss, _, kinds, *_ = alt
            shares = _kind_words(kinds)
            whose = (
                "the same surname: a second account of theirs or a relative's"
                if alt[5]
                else "a second account of theirs"
            )
            who_is = (
                f"{name(freelancer)} shares {shares} values with {name(boss)}, "
                f"{ROLE_WORDS.get(role, 'a controlling member')} of {org_name} ({whose}), and"
            )
        elif seat:
            who_is = f"{name(freelancer)} is an agency account with a seat in {org_name} (a member) and"
        else:
            who_is = f"{name(freelancer)} is {ROLE_WORDS.get(role, 'a controlling member')} of {org_name} and"
        explanation = (
            f"{who_is} worked as the "
            f"freelancer on {count(len(items), 'of its contracts', 'of its contracts')} "
            f"({money(total)} in total), hired by {hired_by}; "
            + (join_words(flows) + "." if flows else "no feedback has been left between them yet.")
            + posted
            + (
                " An agency seated inside the company it sells to is an insider supplier: it sees the company's"
                " hiring from within and is paid and rated by it."
                if seat
                else " A member working the company's contracts through a second account hides who is paid and rated."
                if role == Membership.Role.MEMBER
                else " Someone who can steer the company's hiring should not be paid by it as a freelancer"
                " and rated for it."
            )
            + (
                " The accounts share only a household value (a device or an address), which a relative could"
                " share too, so it is not a case on its own."
                if alt is not None and alt[4] < 1.0
                else " They share only a household value (a device or an address) and a surname: the company pays"
                " its insider's own household."
                if alt is not None and alt[5]
                else ""
            )
        )
        if alt is not None:
            evidence = [
                ref("account", freelancer, f"shares {shares} values with {name(alt[0])}"),
                ref("account", alt[0], f"{role} of {org_name}"),
            ]
        elif seat:
            evidence = [ref("account", freelancer, f"agency account, member of {org_name}")]
        else:
            evidence = [ref("account", freelancer, f"{role} of {org_name}")]
        evidence += [
            ref(
                "contract",
                pk,
                f"client_org {org_name}" if pk in direct else f"posted by a member who hires for {org_name}",
            )
            for pk, _, _ in sorted(items)
        ]
        evidence += [ref("feedback", f[0], f"{f[3]}★") for f in sorted(fb)]
        accounts = tuple(sorted({freelancer, *clients, *([alt[0]] if alt is not None else [])}))
        out.append(
            Finding(
                kind=KIND,
                detector=NAME,
                version=VERSION,
                key=f"{freelancer}@{org}",
                accounts=accounts,
                score=round(score, 4),
                evidence=evidence,
                explanation=explanation,
                data={"organization": org, "role": role, "contracts": len(items), "feedback": len(fb)},
            )
        )
    return out
