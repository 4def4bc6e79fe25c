"""Feedback rings (fake jobs among friends): dense groups trading top ratings.

Model
-----
1. **Suspicious feedback.** Each rating gets a suspicion ``s = top × small × short``:
   ``top`` is 1 for five stars, 0.3 for four, 0 otherwise; ``small = min(1,
   A / amount)`` with ``A = DETECTION_RING_SMALL_AMOUNT`` (default $100); ``short =
   min(1, D / duration)`` with ``D = DETECTION_RING_SHORT_DAYS`` (default 3 days; an
   unfinished contract is measured up to the rating). ``small × short`` is computed
   once per contract (compact arrays on a full scan), then each rating is a lookup. A five-star rating on a $30,
   one-day job scores 1; on a $3,000, two-month contract, 0.002.
2. **Graph.** Accounts are nodes; for each pair, the suspicion each side gave the
   other is summed per direction and saturated (``log2(1 + S)``, so that a long
   relationship cannot make a "group" of two), then divided FRAUDAR-style by
   ``log(x + 5)``, x the number of ratings the *recipient* has received: ratings into
   popular accounts count for little. Pairs that hired each other *both ways* (each
   was the other's client) weigh 1.5×. Pairs with total suspicion below 0.5 are not
   edges.
3. **Dense blocks.** ``detection.graph.dense_blocks``: one greedy peel gives every
   node its weighted core level; nodes at level ≥ 1.0 split into components, and each
   component is refined with FRAUDAR's greedy (best average weighted degree g(S) =
   f(S)/|S|) into blocks of three or more accounts with g ≥ 0.9. Because g counts only
   edges inside the block, the honest work ring members also do (camouflage) cannot
   hide the block, and honest hubs — whose many partners are peeled away early —
   never reach the level.
   Before a block is reported, members whose suspicious weight lies mostly outside it
   (less than 40 %: busy honest accounts next to a ring) are trimmed, and the block is
   split into its connected parts — FRAUDAR's best set may join two rings that share
   no edge; members dealing with fewer than two others in it are pruned (a busy
   client and its one-off workers form a star, not a group rating each other).
4. **Score** of a block: ``0.5 + 0.2 × min(1, log2(g / 0.9))`` + 0.25 × the mean
   share of the members' suspicious weight that lies inside the block + 0.1 × the
   share of members who were both client and freelancer inside it.
5. **Pairs.** Two accounts that hired each other both ways, with total suspicion ≥ 2.5
   (about two small, short contracts rated five stars on both sides), form a ring of
   two: ``0.45 + 0.1 × (S − 2.5)`` (at most 0.7) + 0.25 × the share of their
   suspicious weight that lies between them (pairs with less than a quarter of it
   between them are busy accounts that also trade, not a ring). A naive "reciprocal five stars" pair rule
   flags honest partners who subcontract each other and misses rings arranged in a
   cycle; the block search does neither.
6. **Closed chains.** A ring that keeps each job's price ordinary ($100–400, a week)
   and spreads its jobs over months leaves too little suspicion per rating for 1–5.
   Its shape remains: every member hires and is hired by other members, on contracts
   that carried a five-star rating, closing a chain A→B→…→A, and the members' rating
   partners are mostly each other. (A ring leaves the reverse rating out now and then,
   so a hire rated five stars by one side closes the chain; the group must still have
   half of its contracts rated five stars by both sides, below.) Accounts that both
   hired and were hired that way form a directed graph; its strongly connected parts
   (Tarjan, linear) are kept while each member has at least ``CHAIN_NODE_SHARE``
   (20 %) of its rating partners inside (members below are dropped and the part split
   again: a busy agency cannot hold a chain of strangers together), for groups of 3–12
   accounts the dense-block search did not already report. A group is reported when
   its members keep on average ≥ 50 % of their rating partners inside and ≥ half of
   its contracts carry five stars both ways. Score: ``0.4 + 0.25 × mean inside share +
   0.1 × share of contracts five-starred both ways + 0.1 × "no larger or longer than
   the members' other work"`` (1 when the group's median job is no larger and no
   longer than the median of their other work, or they have none) ``+ 0.1 × share of
   members sharing an identity value that at most two outsiders use + 0.05 × the
   longest cycle's share of the group``. The explanation names the cycle (who hired
   whom), each member's inside share, the other work and the shared values. Long-term
   clients (one direction), partners hiring each other both ways (two accounts) and
   agencies subcontracting in a circle beside their own clients (low inside share) do
   not qualify.
7. **Chains among established members.** Freelancers with a real career get most of
   their ratings from real clients, so their rating partners are mostly outside and
   step 6 drops them. Their own *hiring* still gives the ring away: each of them hired
   (almost) nobody but the next member. A second pass takes every hire that carried a
   four- or five-star rating, keeps the strongly connected parts of four or more
   accounts (three people subcontracting each other in turn happens) — or of three
   that went round their circle at least ``CHAIN_ROUNDS`` (2) times, each hire
   between them repeated on that many contracts (round 9: a rotation, not one-off
   subcontracting) — in which each member has at least ``CHAIN_HIRE_SHARE`` (80 %) of
   the accounts it ever hired inside (agencies, whose business is hiring, never hold
   such a chain — unless every account the agency hired also hired it back: it swaps
   jobs rather than subcontracting, round 9, and is read like any member), and reports
   them when half of the group's contracts were rated five stars both ways, as above.
   Score: ``0.45 + 0.15 × mean hired-inside share + 0.1 × mean rating-partner share +
   0.1 × mutual + 0.1 × cheap + 0.1 × shared identity + 0.05 × cycle share``.
   Busy freelancers who also hire outsiders, long-term clients (one direction), two
   partners hiring each other both ways and circles rated three stars do not qualify.
   A ring that rates only as clients (round 7) passes without the both-ways share when
   it is one simple cycle — each member hired exactly the next — every hire rated four
   or five stars by its client (one five at least) and no rating inside below four.
8. **Trees of hires closed by return hires** (round 7). Hires among accounts that were
   themselves hired (workers hiring workers) are split into connected parts in one
   traversal; a part of ``TREE_MIN`` (5) to ``CHAIN_MAX`` accounts with at least
   ``TREE_CLOSING`` (2) hires more than a tree joining them needs and a return hire (two
   members who hired each other) is explained when each member who hired anyone hired
   at least 80 % inside, none is an agency, and half of its contracts were rated five
   stars both ways; scored as step 7. An honest subcontracting tree (at most one return
   hire) and members who also hire outsiders do not qualify.
"""

from __future__ import annotations

import math
import statistics
from array import array
from collections import defaultdict
from enum import IntEnum

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Case, Count, IntegerField, Max, Q, Sum, Value, When

from accounts.models import IdentitySignal
from contracts.models import Contract
from detection.kinds import Kind
from feedback.models import Feedback

from .. import graph
from ..db import AsFloat, Epoch, chunked, rows
from .base import NUMBER_WORDS, Finding, ScanContext, clamp, count, days, join_words, money, ref, times
from .self_hire import KIND_WORDS

NAME = "feedback_ring"
VERSION = "1"
KIND = Kind.FEEDBACK_RING

COLUMN_C = 5.0
RECIPROCAL_BOOST = 1.5
EDGE_MIN = 0.5
MIN_LEVEL = 1.0
MIN_DENSITY = 0.9
MIN_SHARE = 0.4
PAIR_MIN = 2.5
MIN_PAIR_SHARE = 0.25
HUB_PARTNERS = 150
SHIFT = 32


def suspicion(rating: int, amount: float, duration_s: float, small_amount: float, short_days: float) -> float:
    if rating == 5:
        top = 1.0
    elif rating == 4:
        top = 0.3
    else:
        return 0.0
    small = 1.0 if amount <= small_amount else small_amount / amount
    d = max(duration_s, 0.0) / 86400.0
    short = 1.0 if d <= short_days else short_days / d
    return top * small * short


class RingGraph:
    """Pair-level aggregates over the feedback stream, in compact form."""

    def __init__(self) -> None:
        # pair code (lo << 32 | hi) → [S lo→hi, S hi→lo, roles bitmask, five-star bitmask] (see _add)
        self.pairs: dict[int, list] = {}
        self.received: dict[int, int] = defaultdict(int)  # ratings received
        self.top_received: dict[int, int] = defaultdict(int)  # five-star ratings received
        self.mutual: list[int] = []  # pair codes rated five stars both ways
        self.rated_top: list[int] = []  # pair codes with a five-star rating in either direction

    def edges(self) -> graph.Adjacency:
        adj: graph.Adjacency = {}
        received = self.received
        mask = (1 << SHIFT) - 1
        for code, (s_lh, s_hl, roles, _) in self.pairs.items():
            if s_lh + s_hl < EDGE_MIN:
                continue
            lo, hi = code >> SHIFT, code & mask
            w = 0.0
            if s_lh:
                w += math.log2(1 + s_lh) / math.log(received.get(hi, 0) + COLUMN_C)
            if s_hl:
                w += math.log2(1 + s_hl) / math.log(received.get(lo, 0) + COLUMN_C)
            if roles == 3:
                w *= RECIPROCAL_BOOST
            graph.add_edge(adj, lo, hi, w)
        return adj


def _neighbourhood(seeds: frozenset[int], hops: int, limit: int) -> set[int]:
    """Accounts within ``hops`` contracts of the seeds, not expanding through busy
    accounts (more than ``HUB_PARTNERS`` partners): a hub's partners are strangers
    to each other, while a ring's members deal with each other directly. Stops
    before the set would exceed ``limit``."""
    nodes, frontier = set(seeds), set(seeds)
    for _ in range(hops):
        partners: dict[int, set[int]] = defaultdict(set)
        for batch in chunked(sorted(frontier), 500):
            for client, freelancer in Contract.objects.filter(
                Q(client_id__in=batch) | Q(freelancer_id__in=batch)
            ).values_list("client_id", "freelancer_id"):
                partners[client].add(freelancer)
                partners[freelancer].add(client)
        found: set[int] = set()
        for account in frontier:
            if len(partners[account]) <= HUB_PARTNERS:
                found |= partners[account]
        frontier = found - nodes
        if not frontier or len(nodes) + len(frontier) > limit:
            break
        nodes |= frontier
    return nodes


class _Contracts:
    """Per-contract client and size×speed factor (``small × short``), in arrays
    indexed by id on a full scan (compact), in a dict on a scoped one."""

    def __init__(self, dense_until: int | None):
        self.dense = dense_until is not None
        if self.dense:
            self.factor = array("f", bytes(4 * (dense_until + 1)))
            self.client = array("q", bytes(8 * (dense_until + 1)))
        else:
            self.map: dict[int, tuple[float, int]] = {}

    def add(self, pk: int, client: int, factor: float) -> None:
        if self.dense:
            self.factor[pk] = factor
            self.client[pk] = client
        else:
            self.map[pk] = (factor, client)

    def get(self, pk: int) -> tuple[float, int]:
        if self.dense:
            return self.factor[pk], self.client[pk]
        return self.map.get(pk, (0.0, 0))


UNFINISHED = -1.0  # factor marker: measured up to the rating instead


def _load_contracts(ctx: ScanContext, members: set[int] | None, ids: set[int] | None = None) -> _Contracts:
    small_amount = settings.DETECTION_RING_SMALL_AMOUNT
    short_days = settings.DETECTION_RING_SHORT_DAYS
    fields = ("pk", "client_id", AsFloat("amount"), Epoch("started_at"), Epoch("ended_at"))
    if members is None:
        top = Contract.objects.aggregate(top=Max("pk"), n=Count("pk"))
        dense = top["top"] if top["top"] is not None and top["top"] <= 4 * top["n"] + 1000 else None
        index = _Contracts(dense)
        streams = [rows(Contract.objects.all(), *fields)]
    else:
        # Scoped: only the contracts the neighbourhood's top ratings are about.
        index = _Contracts(None)
        streams = [rows(Contract.objects.filter(pk__in=batch), *fields) for batch in chunked(sorted(ids or ()))]
    for stream in streams:
        for pk, client, amount, started, ended in stream:
            small = 1.0 if (amount or 0.0) <= small_amount else small_amount / amount
            if ended is None or started is None:
                index.add(pk, client, UNFINISHED if small else 0.0)
                continue
            d = max(ended - started, 0) / 86400.0
            index.add(pk, client, small * (1.0 if d <= short_days else short_days / d))
    return index


def build(ctx: ScanContext) -> RingGraph:
    """One pass over contracts (client, size, duration) and one over feedback
    (author, recipient, rating, contract): times are converted once per contract,
    not per rating."""
    small_amount = settings.DETECTION_RING_SMALL_AMOUNT
    short_days = settings.DETECTION_RING_SHORT_DAYS
    g = RingGraph()
    pairs, received, top_received = g.pairs, g.received, g.top_received
    mutual = g.mutual
    rated_top = g.rated_top
    if ctx.scope is None:
        members = None
        feedback = [rows(Feedback.objects.all(), "author_id", "recipient_id", "rating", "contract_id")]
    else:
        members = _neighbourhood(ctx.scope, 2, settings.DETECTION_INCREMENTAL_MAX_NEIGHBOURHOOD)
        ctx.cache["ring_members"] = members
        member_list = sorted(members)
        five = Sum(Case(When(rating=5, then=Value(1)), default=Value(0), output_field=IntegerField()))
        for batch in chunked(member_list):
            for recipient, n, n_five in (
                Feedback.objects.filter(recipient_id__in=batch)
                .order_by()
                .values("recipient_id")
                .annotate(n=Count("id"), five=five)
                .values_list("recipient_id", "n", "five")
            ):
                received[recipient] = n
                top_received[recipient] = n_five or 0
        # only top ratings between members make edges
        feedback = [
            rows(
                Feedback.objects.filter(recipient_id__in=batch, author_id__in=member_list, rating__gte=4),
                "author_id",
                "recipient_id",
                "rating",
                "contract_id",
            )
            for batch in chunked(member_list)
        ]
    if members is None:
        contracts = _load_contracts(ctx, None)
        stream_rows = (row for stream in feedback for row in stream)
    else:
        kept = []
        for stream in feedback:
            for row in stream:
                kept.append(row)
        contracts = _load_contracts(ctx, members, {r[3] for r in kept})
        stream_rows = iter(kept)
    counting = members is None  # a scoped run counted ratings received in the database
    unfinished: list[tuple[int, int, int, int]] = []
    for author, recipient, rating, contract in stream_rows:
        if counting:
            received[recipient] += 1
            if rating == 5:
                top_received[recipient] += 1
        if rating == 5:
            top = 1.0
        elif rating == 4:
            top = 0.3
        else:
            continue
        factor, client = contracts.get(contract)
        if factor == UNFINISHED:
            unfinished.append((author, recipient, contract, rating))
            continue
        if factor < 0.005:
            continue  # a large, long contract: neither a fake job nor a link in a chain of them
        _add(pairs, mutual, rated_top, author, recipient, client, top * factor, rating == 5)
    if unfinished:
        # Ratings on unfinished contracts: the contract is measured up to the rating.
        keys = {(c, a) for a, _, c, _ in unfinished}
        when = {}
        fields = ("contract_id", "author_id", Epoch("created_at"), Epoch("contract__started_at"))
        amounts = ("contract_id", AsFloat("contract__amount"))
        for batch in chunked(sorted({c for c, _ in keys})):
            size = dict(Feedback.objects.filter(contract_id__in=batch).values_list(*amounts))
            for contract, author, created, started in Feedback.objects.filter(contract_id__in=batch).values_list(
                *fields
            ):
                duration = (created or 0) - (started or 0)
                when[(contract, author)] = suspicion(5, size.get(contract) or 0.0, duration, small_amount, short_days)
        for author, recipient, contract, rating in unfinished:
            s = when.get((contract, author), 0.0) * (1.0 if rating == 5 else 0.3)
            _add(pairs, mutual, rated_top, author, recipient, contracts.get(contract)[1], s, rating == 5)
    return g


def _add(
    pairs: dict, mutual: list, rated_top: list, author: int, recipient: int, client: int, s: float, five: bool
) -> None:
    """Entry: [S lo→hi, S hi→lo, roles on suspicious ratings, five-star flags].
    Roles: bit 1 lo hired hi, bit 2 hi hired lo. Five-star flags: bit 1 lo rated hi
    five stars, bit 2 hi rated lo, bit 4 lo hired hi on a five-star contract, bit 8
    hi hired lo."""
    if author < recipient:
        code, slot, lo = (author << SHIFT) | recipient, 0, author
    else:
        code, slot, lo = (recipient << SHIFT) | author, 1, recipient
    entry = pairs.get(code)
    if entry is None:
        entry = pairs[code] = [0.0, 0.0, 0, 0]
    entry[slot] += s
    entry[2] |= 1 if client == lo else 2
    if five:
        before = entry[3]
        entry[3] = before | (1 << slot) | (4 if client == lo else 8)
        if not before:
            rated_top.append(code)
        if before & 3 != 3 and entry[3] & 3 == 3:
            mutual.append(code)


def detect(ctx: ScanContext) -> list[Finding]:
    g = build(ctx)
    adj = g.edges()
    blocks = graph.dense_blocks(adj, min_level=MIN_LEVEL, min_density=MIN_DENSITY, min_size=3, min_share=MIN_SHARE)
    ctx.cache["ring_adjacency"] = adj
    in_blocks = {n for b in blocks for n in b.nodes}
    candidates: list[tuple[tuple[int, ...], float, bool]] = []
    for b in blocks:
        if ctx.scope is None or b.nodes & ctx.scope:
            candidates.append((tuple(sorted(b.nodes)), b.density, True))
    mask = (1 << SHIFT) - 1
    for code, (s_lh, s_hl, roles, _) in g.pairs.items():
        if roles != 3 or s_lh + s_hl < PAIR_MIN:
            continue
        lo, hi = code >> SHIFT, code & mask
        if lo in in_blocks and hi in in_blocks:
            continue
        if ctx.scope is not None and lo not in ctx.scope and hi not in ctx.scope:
            continue
        candidates.append(((lo, hi), s_lh + s_hl, False))
    chains = _closed_chains(g, ctx, [set(c[0]) for c in candidates if c[2]])
    if not candidates and not chains:
        return []
    ctx.labels.load({a for c in candidates for a in c[0]} | {a for c, _, _ in chains for a in c})
    floor = settings.DETECTION_MIN_SCORE
    out = []
    reported: set[int] = set()
    for members, succ, step in sorted(chains, key=lambda c: c[2]):
        if step != Step.RATINGS and reported & set(members):
            continue  # named already by the rating-partner test
        finding = _explain_chain(ctx, members, succ, step)
        if finding and finding.score >= floor:
            out.append(finding)
            reported |= set(members)
    for members, strength, is_block in candidates:
        shares = [graph.internal_share(adj, set(members), m) for m in members]
        share = sum(shares) / len(shares)
        if not is_block and share < MIN_PAIR_SHARE:
            continue  # two busy accounts that also trade with each other: not a ring of two
        finding = _explain(ctx, g, members, strength, is_block, share)
        if finding and finding.score >= floor:
            out.append(finding)
    return out


def _both_words(both: int, size: int) -> str:
    if both == 0:
        return "None of them"
    if both == size:
        return "All of them" if size > 2 else "Both"
    return f"{NUMBER_WORDS[both].capitalize() if both < len(NUMBER_WORDS) else both} of the {size}"


def _internal(members: tuple[int, ...]):
    """Contracts and ratings among the members (for scores and evidence)."""
    ids = list(members)
    contracts = {}
    for pk, client, freelancer, amount, started, ended in Contract.objects.filter(
        client_id__in=ids, freelancer_id__in=ids
    ).values_list("pk", "client_id", "freelancer_id", AsFloat("amount"), Epoch("started_at"), Epoch("ended_at")):
        contracts[pk] = (client, freelancer, amount or 0.0, started, ended)
    feedback = list(
        Feedback.objects.filter(author_id__in=ids, recipient_id__in=ids, contract_id__in=list(contracts)).values_list(
            "pk", "contract_id", "author_id", "recipient_id", "rating"
        )
    )
    return contracts, feedback


def _explain(
    ctx, g: RingGraph, members: tuple[int, ...], strength: float, is_block: bool, weight_share: float
) -> Finding | None:
    contracts, feedback = _internal(members)
    if not feedback:
        return None
    name = ctx.labels
    five = [f for f in feedback if f[4] == 5]
    inside_top: dict[int, int] = defaultdict(int)
    for f in five:
        inside_top[f[3]] += 1
    shares = [inside_top[m] / g.top_received[m] for m in members if g.top_received.get(m)]
    share = sum(shares) / len(shares) if shares else 0.0
    clients = {c[0] for c in contracts.values()}
    freelancers = {c[1] for c in contracts.values()}
    both = [m for m in members if m in clients and m in freelancers]
    amounts = [c[2] for c in contracts.values()]
    durations = [(c[4] or c[3]) - c[3] for c in contracts.values() if c[3] is not None]
    median_amount = statistics.median(amounts) if amounts else 0.0
    median_duration = statistics.median(durations) if durations else 0.0

    if is_block:
        score = 0.5 + 0.2 * clamp(math.log2(max(strength, 1e-9) / MIN_DENSITY))
        score += 0.25 * weight_share + 0.1 * (len(both) / len(members))
        names = join_words([name(m) for m in members])
        text = (
            f"A group of {count(len(members), 'account')} — {names} — hired each other on "
            f"{count(len(contracts), 'contract')} (median {money(median_amount)}, median {days(median_duration)}) "
            f"and exchanged {count(len(five), 'five-star rating')}. "
            f"{_both_words(len(both), len(members))} acted as both client and freelancer inside the group. "
            f"It is a dense block in the rating graph (FRAUDAR density {strength:.2f}, reported from "
            f"{MIN_DENSITY:g}; ratings into busy accounts count for less), {weight_share:.0%} of its members' "
            f"suspicious rating weight lies inside it, and on average {share:.0%} of the five-star ratings its "
            "members received came from inside it; the rest is their ordinary work with other accounts."
        )
    else:
        a, b = members
        score = min(0.7, 0.45 + 0.1 * (strength - PAIR_MIN)) + 0.25 * weight_share
        a_hired = sum(1 for c in contracts.values() if c[0] == a)
        b_hired = len(contracts) - a_hired
        text = (
            f"{name(a)} and {name(b)} hired each other both ways — {name(a)} hired {name(b)} "
            f"{count(a_hired, 'time') if a_hired > 2 else {1: 'once', 2: 'twice'}.get(a_hired, 'never')}, "
            f"{name(b)} hired {name(a)} "
            f"{count(b_hired, 'time') if b_hired > 2 else {1: 'once', 2: 'twice'}.get(b_hired, 'never')} — "
            f"on contracts of median {money(median_amount)} lasting a median {days(median_duration)}, and "
            f"traded {count(len(five), 'five-star rating')}; {share:.0%} of the five-star ratings they received "
            "came from each other."
        )
    score = round(clamp(score), 4)
    return _finding(
        members,
        score,
        [],
        contracts,
        feedback,
        text,
        {
            "block": is_block,
            "density" if is_block else "suspicion": round(strength, 4),
            "inside_share": round(share, 4),
            "weight_share": round(weight_share, 4),
            "both_roles": len(both),
            "contracts": len(contracts),
            "five_star": len(five),
            "median_amount": round(median_amount, 2),
        },
    )


def _finding(members, score, evidence, contracts, feedback, text, data) -> Finding:
    """A ring finding: the given evidence, then the group's contracts and ratings."""
    evidence = [
        *evidence,
        *(ref("contract", pk, money(c[2])) for pk, c in sorted(contracts.items())),
        *(ref("feedback", f[0], f"{f[4]}★") for f in sorted(feedback)),
    ]
    return Finding(
        kind=KIND,
        detector=NAME,
        version=VERSION,
        key="-".join(str(m) for m in members),
        accounts=members,
        score=score,
        evidence=evidence,
        explanation=text,
        data=data,
        group=True,
    )


# --- Closed chains ------------------------------------------------------------------------------

CHAIN_NODE_SHARE = 0.2  # a member keeps at least this share of its rating partners inside the group
CHAIN_MIN_SHARE = 0.5  # …and the members do on average
CHAIN_MIN_MUTUAL = 0.5  # share of the group's contracts rated five stars by both sides
CHAIN_MAX = 12  # a larger strongly connected group is a marketplace's busy core, not a ring
CHAIN_ID_OUTSIDERS = 2  # an identity value shared in the group, and used by at most this many others
CHAIN_HIRE_SHARE = 0.8  # established members: share of the accounts each one ever hired that are in the group
CHAIN_HIRE_MIN = 4  # …in a chain of at least four (three people subcontracting each other in turn happens)…
CHAIN_ROUNDS = 2  # …or three going round the same circle this many times (each hired the next on as many contracts)


class Step(IntEnum):
    """Which step found a closed group; groups are explained in this order."""

    RATINGS = 6  # rating partners closing on themselves
    HIRES = 7  # established members hiring only each other
    TREE = 8  # a tree of hires closed by return hires


TREE_MIN = 5  # a tree of hires closed by return hires: at least five accounts…
TREE_CLOSING = 2  # …and at least two hires more than a tree joining them needs


def _closed_chains(g: RingGraph, ctx: ScanContext, blocks: list[set[int]]) -> list[tuple[tuple[int, ...], dict, Step]]:
    """Groups in which every member hired and was hired by other members on
    contracts that carried a five-star rating, closing a chain A→B→…→A, and whose
    members keep most of their rating partners inside the group (see
    ``graph.closed_groups``); the report then asks that at least half of the
    group's contracts were rated five stars by both sides. A ring leaves a reverse
    rating out now and then, so one missing rating must not break the chain.
    A few set passes over the pairs with a five-star rating, then Tarjan's
    algorithm on the accounts that both hired and were hired that way.
    Those pairs are noted while the pair table is built, so this step reads only
    those; partner counts are read from the database for the accounts in a cycle
    only."""
    mask = (1 << SHIFT) - 1
    pairs = g.pairs
    lo_hired, hi_hired = [], []  # lo hired hi / hi hired lo, on a contract with a five-star rating
    for code in g.rated_top:
        five = pairs[code][3]
        if five & 4:
            lo_hired.append(code)
        if five & 8:
            hi_hired.append(code)
    hirers = {code >> SHIFT for code in lo_hired} | {code & mask for code in hi_hired}
    hired = {code & mask for code in lo_hired} | {code >> SHIFT for code in hi_hired}
    both = hirers & hired
    succ: graph.Successors = {}
    for codes, forward in ((lo_hired, True), (hi_hired, False)):
        for code in codes:
            lo, hi = code >> SHIFT, code & mask
            if lo in both and hi in both:
                if forward:
                    succ.setdefault(lo, set()).add(hi)
                else:
                    succ.setdefault(hi, set()).add(lo)
    out = []
    for group in graph.closed_groups(succ, _rating_partners, min_share=CHAIN_NODE_SHARE, max_size=CHAIN_MAX):
        if ctx.scope is not None and not group & ctx.scope:
            continue
        if any(2 * len(group & b) >= len(group) for b in blocks):
            continue  # the dense-block search names these accounts already
        out.append((tuple(sorted(group)), {u: succ[u] & group for u in group}, Step.RATINGS))
    # Established members: most of their ratings come from real clients, so the
    # rating-partner share above cannot hold them together. What gives them away is
    # their own hiring: each one hired (almost) only other members, closing the chain.
    # The hire graph here takes any four- or five-star hire (a ring's reverse rating
    # is sometimes a four or missing).
    taken = set().union(*blocks) if blocks else set()
    hires: graph.Successors = {}
    for code, entry in pairs.items():
        lo, hi = code >> SHIFT, code & mask
        if lo in taken or hi in taken:
            continue
        if entry[2] & 1:
            hires.setdefault(lo, set()).add(hi)
        if entry[2] & 2:
            hires.setdefault(hi, set()).add(lo)
    hired_by = {v for vs in hires.values() for v in vs}
    # Hires made by accounts that were themselves hired (workers hiring workers), for step 8.
    worker_hires = {u: vs for u, vs in hires.items() if u in hired_by}  # (the sets are not changed below)
    hires = {u: vs & hired_by for u, vs in hires.items() if u in hired_by}
    hiring = set(hires)  # once: built inside the comprehension it was rebuilt per account (8 s at 1M feedback)
    hires = {u: vs & hiring for u, vs in hires.items()}
    hires = {u: vs for u, vs in hires.items() if vs}
    pred: dict[int, set[int]] = defaultdict(set)
    for u, vs in hires.items():
        for v in vs:
            pred[v].add(u)

    def hired_partners(nodes: set[int]) -> dict[int, int]:
        seen = _hired(list(nodes))
        subcontracting = _subcontracting_agencies(nodes, seen)
        # An agency's business is hiring and being hired: it never holds such a chain
        # together — unless it only trades jobs (see ``_subcontracting_agencies``).
        return {u: len(seen[u] | pred[u]) * (1000 if u in subcontracting else 1) for u in nodes}

    for group in graph.closed_groups(hires, hired_partners, min_share=CHAIN_HIRE_SHARE, min_size=3, max_size=CHAIN_MAX):
        if ctx.scope is not None and not group & ctx.scope:
            continue
        if len(group) < CHAIN_HIRE_MIN and _rounds(group, hires) < CHAIN_ROUNDS:
            continue  # three people subcontracting each other in turn, once
        out.append((tuple(sorted(group)), {u: hires[u] & group for u in group}, Step.HIRES))
    # Trees of hires closed by return hires: see ``_hire_trees``.
    named = set().union(*(set(c[0]) for c in out)) if out else set()
    for group in _hire_trees(worker_hires, named):
        if ctx.scope is not None and not group & ctx.scope:
            continue
        out.append((tuple(sorted(group)), {u: worker_hires.get(u, set()) & group for u in group}, Step.TREE))
    return out


def _hire_trees(worker_hires: graph.Successors, named: set[int]) -> list[set[int]]:
    """Step 8: groups of ``TREE_MIN``…``CHAIN_MAX`` accounts joined by hires among
    accounts that are themselves hired (workers hiring workers), with at least
    ``TREE_CLOSING`` hires more than a tree joining them needs and at least one return
    hire (two members who hired each other): ``graph.closed_trees``, one linear
    traversal. A larger part is a marketplace's web of subcontracting, not a ring, and
    is left. Each member's own hiring is checked against the database when the group
    is explained."""
    found = graph.closed_trees(worker_hires, min_size=TREE_MIN, max_size=CHAIN_MAX, min_extra=TREE_CLOSING)
    return [part for part in found if not part & named]


def _rounds(group: set[int], succ: graph.Successors) -> int:
    """How many times a small group went round its circle of hires: the fewest
    contracts on any hire between two members (A hired B three times, B hired C
    twice, C hired A three times: twice round)."""
    ids = list(group)
    per_pair: dict[tuple[int, int], int] = defaultdict(int)
    for client, freelancer in Contract.objects.filter(client_id__in=ids, freelancer_id__in=ids).values_list(
        "client_id", "freelancer_id"
    ):
        per_pair[(client, freelancer)] += 1
    return min((per_pair[(u, v)] for u in group for v in succ.get(u, set()) & group), default=0)


def _subcontracting_agencies(ids: set[int], hired: dict[int, set[int]]) -> set[int]:
    """The agencies among ``ids`` that subcontract: an agency hires freelancers who do
    not hire it back. An agency every one of whose hires also hired it (it only swaps
    jobs with a few accounts) is not subcontracting, and is read like any member."""
    agencies = _agencies(ids)
    if not agencies:
        return set()
    hired_by: dict[int, set[int]] = defaultdict(set)
    for batch in chunked(sorted(agencies)):
        for freelancer, client in (
            Contract.objects.filter(freelancer_id__in=batch).values_list("freelancer_id", "client_id").distinct()
        ):
            hired_by[freelancer].add(client)
    return {u for u in agencies if not hired[u] or not hired[u] <= hired_by[u]}


def _agencies(ids: set[int]) -> set[int]:
    user = get_user_model()
    found: set[int] = set()
    for batch in chunked(sorted(ids)):
        found.update(user.objects.filter(pk__in=batch, kind=user.Kind.AGENCY).values_list("pk", flat=True))
    return found


def _hired(ids: list[int]) -> dict[int, set[int]]:
    """Everyone each account ever hired (any contract, any rating)."""
    seen: dict[int, set[int]] = defaultdict(set)
    for batch in chunked(sorted(ids)):
        for client, freelancer in (
            Contract.objects.filter(client_id__in=batch).values_list("client_id", "freelancer_id").distinct()
        ):
            seen[client].add(freelancer)
    return seen


def _top_partners(ids: list[int]) -> dict[int, set[int]]:
    """Everyone each account exchanged a four- or five-star rating with, over all
    of its work (any size, any length)."""
    wanted = set(ids)
    seen: dict[int, set[int]] = defaultdict(set)
    for batch in chunked(sorted(wanted)):
        for author, recipient in Feedback.objects.filter(
            Q(author_id__in=batch) | Q(recipient_id__in=batch), rating__gte=4
        ).values_list("author_id", "recipient_id"):
            if author in wanted:
                seen[author].add(recipient)
            if recipient in wanted:
                seen[recipient].add(author)
    return seen


def _rating_partners(nodes: set[int]) -> dict[int, int]:
    seen = _top_partners(list(nodes))
    return {u: len(seen[u]) for u in nodes}


def _ratio(outside: list[float], inside: list[float]) -> float:
    """1 when the group's jobs are no larger than the members' other work, less as they
    grow past it."""
    if not outside or not inside:
        return 1.0
    mo, mi = statistics.median(outside), statistics.median(inside)
    return 1.0 if mi <= mo else clamp(mo / mi) if mi else 1.0


def _explain_chain(
    ctx: ScanContext, members: tuple[int, ...], succ: graph.Successors, step: Step = Step.RATINGS
) -> Finding | None:
    name = ctx.labels
    ids, group = list(members), set(members)
    contracts, feedback = _internal(members)
    if not contracts:
        return None
    seen = _top_partners(ids)
    shares = {m: (len(seen[m] & group) / len(seen[m]) if seen[m] else 0.0) for m in members}
    inside = sum(shares.values()) / len(shares)
    five_by = defaultdict(set)
    for _, contract, author, _, rating in feedback:
        if rating == 5:
            five_by[contract].add(author)
    mutual = sum(1 for pk, c in contracts.items() if {c[0], c[1]} <= five_by[pk]) / len(contracts)
    hired_all = _hired(ids) if step != Step.RATINGS else {}
    hire_shares = {m: len(hired_all[m] & group) / len(hired_all[m]) for m in members if hired_all.get(m)}
    cycle = graph.longest_cycle(succ, group)
    client_rating: dict[int, int] = {}
    for _, contract, author, _, rating in feedback:
        if author == contracts[contract][0]:
            client_rating[contract] = max(rating, client_rating.get(contract, 0))
    # A ring that rates only as clients: one simple cycle (each member hired exactly the
    # next), every hire rated four or five stars by its client, at least one five, and
    # no rating inside the group below four (a three-star return rating is no ring's).
    one_way = (
        len(cycle) == len(members)
        and sum(len(succ.get(u, set()) & group) for u in group) == len(members)
        and all(client_rating.get(pk, 0) >= 4 for pk in contracts)
        and all(f[4] >= 4 for f in feedback)
        and any(client_rating.get(pk) == 5 for pk in contracts)
    )
    if step == Step.TREE:
        # Members who hired anyone hired (almost) only members; none is an agency.
        if not hire_shares or min(hire_shares.values()) < CHAIN_HIRE_SHARE or _agencies(group):
            return None
        if mutual < CHAIN_MIN_MUTUAL:
            return None
    elif step != Step.RATINGS:
        # Each member's own hiring, not its ratings, stays inside (checked again here for an incremental run).
        if len(hire_shares) < len(members) or min(hire_shares.values()) < CHAIN_HIRE_SHARE:
            return None
        if mutual < CHAIN_MIN_MUTUAL and not one_way:
            return None
    elif inside < CHAIN_MIN_SHARE or mutual < CHAIN_MIN_MUTUAL or min(shares.values()) < CHAIN_NODE_SHARE:
        return None  # (the last test matters on an incremental run, whose graph sees only a neighbourhood)

    # The members' other work: are the group's jobs small and short next to it?
    out_amounts, out_days, idle = [], [], set(members)
    for client, freelancer, amount, started, ended in (
        Contract.objects.filter(Q(client_id__in=ids) | Q(freelancer_id__in=ids))
        .exclude(pk__in=list(contracts))
        .values_list("client_id", "freelancer_id", AsFloat("amount"), Epoch("started_at"), Epoch("ended_at"))
    ):
        idle -= {client, freelancer}
        out_amounts.append(amount or 0.0)
        if started is not None and ended is not None:
            out_days.append(max(ended - started, 0))
    in_amounts = [c[2] for c in contracts.values()]
    in_days = [max(c[4] - c[3], 0) for c in contracts.values() if c[3] is not None and c[4] is not None]
    cheap = (_ratio(out_amounts, in_amounts) + _ratio(out_days, in_days)) / 2

    # Identity values shared inside the group that (almost) nobody else uses.
    by_value: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for pk, account, kind, value in IdentitySignal.objects.filter(account_id__in=ids).values_list(
        "pk", "account_id", "kind", "value_hash"
    ):
        by_value[value].append((account, pk, kind))
    multi = {v: rows_ for v, rows_ in by_value.items() if len({r[0] for r in rows_}) >= 2}
    users = {}
    if multi:
        users = dict(
            IdentitySignal.objects.filter(value_hash__in=list(multi))
            .values("value_hash")
            .annotate(n=Count("account_id", distinct=True))
            .values_list("value_hash", "n")
        )
    rare = {v: r for v, r in multi.items() if users.get(v, 0) - len({x[0] for x in r}) <= CHAIN_ID_OUTSIDERS}
    sharing = {x[0] for r in rare.values() for x in r}
    ident = len(sharing) / len(members)

    starts = [c[3] for c in contracts.values() if c[3] is not None]
    span = (max(starts) - min(starts)) if starts else 0
    if step != Step.RATINGS:
        hire_share = sum(hire_shares.values()) / len(hire_shares)
        score = 0.45 + 0.15 * hire_share + 0.1 * inside + 0.1 * mutual + 0.1 * cheap + 0.1 * ident
        score += 0.05 * len(cycle) / len(members)
    else:
        score = 0.4 + 0.25 * inside + 0.1 * mutual + 0.1 * cheap + 0.1 * ident + 0.05 * len(cycle) / len(members)
    score = round(clamp(score), 4)

    hired = [f"{name(a)} hired {name(b)}" for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True)]
    per_member = join_words([f"{name(m)} {shares[m]:.0%}" for m in sorted(members, key=lambda m: -shares[m])])
    n_mutual = round(mutual * len(contracts))
    if step == Step.TREE:
        every = [f"{name(a)} hired {name(b)}" for a in sorted(group) for b in sorted(succ.get(a, set()) & group)]
        shape = (
            f"are joined by hires among themselves: {join_words(every)} — "
            f"{count(len(every) - len(members) + 1, 'hire')} more than a tree joining them needs, closing on "
            f"themselves ({join_words(hired)}). They hired each other on "
        )
    else:
        shape = (
            f"close a chain of hires: {join_words(hired)}. Each of them both hired and was hired inside the group, on "
        )
    rated = (
        "all of them were rated five stars by both sides. "
        if n_mutual == len(contracts)
        else f"{n_mutual} of them {'was' if n_mutual == 1 else 'were'} rated five stars by both sides. "
    )
    if one_way and mutual < CHAIN_MIN_MUTUAL:
        n_client = sum(1 for pk in contracts if client_rating.get(pk) == 5)
        rated = (
            f"the client rated {n_client} of them five stars and the others four, and no member rated a client "
            "back: a ring that rates only as clients. "
            if n_mutual == 0
            else f"{n_mutual} of them {'was' if n_mutual == 1 else 'were'} rated five stars by both sides, and "
            f"the client rated {n_client} five stars. "
        )
    text = (
        f"{count(len(members), 'account').capitalize()} — {join_words([name(m) for m in members])} — {shape}"
        f"{count(len(contracts), 'contract')} (median {money(statistics.median(in_amounts))}, median "
        f"{days(statistics.median(in_days) if in_days else 0)}) spread over {days(span)}; "
        + rated
        + f"On average {inside:.0%} of the accounts each member exchanged top ratings with are in the group "
        f"({per_member}). "
    )
    if step != Step.RATINGS:
        all_inside = all(v >= 1 for v in hire_shares.values())
        text += (
            "Every account any of them ever hired is in the group"
            if all_inside
            else f"On average {sum(hire_shares.values()) / len(hire_shares):.0%} of the accounts each of them "
            "ever hired are in the group"
        ) + ": their hiring closes the chain, whatever their ratings from real clients. "
    if not out_amounts:
        text += "None of them has any other work. "
    else:
        text += (
            f"Their other work: {count(len(out_amounts), 'contract')}, median {money(statistics.median(out_amounts))}"
            + (f" over {days(statistics.median(out_days))}" if out_days else "")
            + (f"; {count(len(idle), 'member')} with none" if idle else "")
            + (
                " — the group's jobs are no larger or longer. "
                if cheap >= 1
                else " — the group's jobs are larger or longer than that. "
            )
        )
    if rare:
        parts = []
        for value, rows_ in rare.items():
            who = sorted({x[0] for x in rows_})
            outsiders = users.get(value, 0) - len(who)
            tail = "used by no other account" if not outsiders else f"also used by {count(outsiders, 'other account')}"
            parts.append(f"{KIND_WORDS.get(rows_[0][2], rows_[0][2])} {tail} ({join_words([name(w) for w in who])})")
        text += f"They share {join_words(parts)}. "
    rounds = None
    if step == Step.HIRES:
        if len(members) < CHAIN_HIRE_MIN:
            rounds = _rounds(group, succ)
            if rounds < CHAIN_ROUNDS:
                return None  # (checked again here for an incremental run)
            text += (
                f"They went round the same circle {times(rounds)} (each hired the next on at least "
                f"{count(rounds, 'contract')}): three people subcontracting each other in turn do it once, not as "
                "a rotation. "
            )
        traders = sorted(_agencies(group))
        if traders:
            text += (
                f"{join_words([name(m) for m in traders])} {'is an agency' if len(traders) == 1 else 'are agencies'}"
                ", but every account it hired also hired it back: it swaps jobs with the group rather than "
                "subcontracting. "
            )
    if step == Step.TREE:
        text += (
            "Accounts with real clients of their own who hire nobody but each other, in a tree of jobs closed by "
            "return hires, is how a ring shows when it keeps each job's price ordinary and spreads the jobs over "
            "months."
        )
    else:
        text += (
            "A chain of top-rated hires that closes on itself among accounts that hire nobody else is how a ring "
            "shows when it keeps each job's price ordinary and spreads the jobs over months."
            if step != Step.RATINGS
            else "A chain of five-star hires that closes on itself among accounts that deal mostly with each other "
            "is how a ring shows when it keeps each job's price ordinary and spreads the jobs over months."
        )
    return _finding(
        members,
        score,
        [ref("identity", x[1], f"{x[2]} shared in the group") for r in rare.values() for x in sorted(r)],
        contracts,
        feedback,
        text,
        {
            "block": False,
            "chain": cycle,
            "inside_share": round(inside, 4),
            "member_shares": {str(m): round(v, 4) for m, v in shares.items()},
            "mutual_five_star": round(mutual, 4),
            "no_larger_than_other_work": round(cheap, 4),
            "shared_identity": round(ident, 4),
            "span_days": round(span / 86400, 1),
            "hired_inside": round(sum(hire_shares.values()) / len(hire_shares), 4) if step != Step.RATINGS else None,
            "contracts": len(contracts),
            "rounds": rounds,
        },
    )
