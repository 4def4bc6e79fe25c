"""Dense-subgraph mining on weighted, undirected graphs. Pure functions, no database.

Graphs are ``dict[int, dict[int, float]]`` adjacency maps over compact integer
node ids (symmetric: ``adj[u][v] == adj[v][u]``).

The method follows FRAUDAR (Hooi et al., KDD 2016). The suspiciousness of a node
set S is its average weighted degree

    g(S) = f(S) / |S|,   f(S) = Σ_{i∈S} a_i + Σ_{(i,j)∈E, i,j∈S} c_ij

where ``a_i`` is an optional node prior and ``c_ij`` an edge weight. The caller
builds ``c_ij`` with FRAUDAR's column weighting (each rating divided by
log(x + c), x the number of raters of its recipient) so that edges into popular,
honest accounts count for little. Greedy peeling — repeatedly remove the node whose
removal costs f the least, remember the best g seen — gives a set within a factor
two of the densest; and because g only counts edges *inside* S, camouflage (honest
work the fraudsters also do) cannot lower the score of the fraudulent block.

FRAUDAR finds one block per peel. To find every block in one pass we record, for
each node, the largest "peeling level" seen when it was removed (its weighted core
number): nodes of a dense block share a high level, honest hubs do not, because
their neighbours are peeled away early. Nodes above a level threshold fall into
connected components; each component is then refined with the exact FRAUDAR
greedy, repeatedly, to split it into its densest blocks.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Adjacency = dict[int, dict[int, float]]


@dataclass(frozen=True)
class Block:
    nodes: frozenset[int]
    density: float  # g(S) = f(S) / |S|
    mass: float  # f(S)


def add_edge(adj: Adjacency, u: int, v: int, weight: float) -> None:
    if u == v or weight <= 0:
        return
    row = adj.setdefault(u, {})
    row[v] = row.get(v, 0.0) + weight
    row = adj.setdefault(v, {})
    row[u] = row.get(u, 0.0) + weight


def mass(adj: Adjacency, nodes: Iterable[int], prior: dict[int, float] | None = None) -> float:
    """f(S): the node priors plus each internal edge weight once."""
    members = set(nodes)
    total = sum((prior or {}).get(n, 0.0) for n in members)
    for u in members:
        for v, w in adj.get(u, {}).items():
            if v in members and u < v:
                total += w
    return total


def density(adj: Adjacency, nodes: Iterable[int], prior: dict[int, float] | None = None) -> float:
    members = set(nodes)
    return mass(adj, members, prior) / len(members) if members else 0.0


def _peel(adj: Adjacency, nodes: set[int], prior: dict[int, float] | None):
    """Greedy peeling restricted to ``nodes``. Yields (node, degree at removal) in order,
    and returns the initial f(S)."""
    prior = prior or {}
    degree: dict[int, float] = {}
    total = 0.0
    for u in nodes:
        d = prior.get(u, 0.0)
        for v, w in adj.get(u, {}).items():
            if v in nodes:
                d += w
                if u < v:
                    total += w
        degree[u] = d
    total += sum(prior.get(u, 0.0) for u in nodes)
    heap = [(d, u) for u, d in degree.items()]
    heapq.heapify(heap)
    removed: set[int] = set()
    order: list[tuple[int, float]] = []
    while heap:
        d, u = heapq.heappop(heap)
        if u in removed or d != degree[u]:
            continue  # stale entry
        removed.add(u)
        order.append((u, d))
        for v, w in adj.get(u, {}).items():
            if v in nodes and v not in removed:
                nd = degree[v] - w
                degree[v] = nd
                heapq.heappush(heap, (nd, v))
    return order, total


def densest_block(adj: Adjacency, nodes: Iterable[int], prior: dict[int, float] | None = None) -> Block:
    """FRAUDAR's greedy: the remaining set with the best g(S) during peeling."""
    members = set(nodes)
    if not members:
        return Block(frozenset(), 0.0, 0.0)
    order, current = _peel(adj, members, prior)
    size = len(members)
    best_density, best_index = current / size, 0
    for index, (_, d) in enumerate(order[:-1], start=1):
        current -= d  # removing a node removes its remaining weighted degree (edges and prior)
        size -= 1
        g = current / size
        if g > best_density:
            best_density, best_index = g, index
    block = frozenset(u for u, _ in order[best_index:])
    exact = mass(adj, block, prior)  # the running total drifts with float rounding
    return Block(block, exact / len(block), exact)


def core_levels(adj: Adjacency, prior: dict[int, float] | None = None) -> dict[int, float]:
    """Weighted core number of every node: the highest peeling level reached
    (the running maximum of the removed node's weighted degree) when it is peeled."""
    order, _ = _peel(adj, set(adj), prior)
    level, running = {}, 0.0
    for u, d in order:
        running = max(running, d)
        level[u] = running
    return level


def components(adj: Adjacency, nodes: set[int]) -> list[set[int]]:
    seen: set[int] = set()
    out = []
    for start in nodes:
        if start in seen:
            continue
        comp, stack = set(), [start]
        seen.add(start)
        while stack:
            u = stack.pop()
            comp.add(u)
            for v in adj.get(u, {}):
                if v in nodes and v not in seen:
                    seen.add(v)
                    stack.append(v)
        out.append(comp)
    return out


def internal_share(adj: Adjacency, nodes: set[int], node: int) -> float:
    """Share of a node's weighted degree that stays inside ``nodes``."""
    row = adj.get(node, {})
    total = sum(row.values())
    if not total:
        return 0.0
    return sum(w for v, w in row.items() if v in nodes) / total


def trim(adj: Adjacency, nodes: set[int], min_share: float) -> set[int]:
    """Drop, one at a time, the member whose weight lies least inside the set, while
    it is below ``min_share``: a hub whose activity is spread over the whole
    marketplace is not part of a group that rates itself. (A heap keeps this
    O(m log n) on large components.)"""
    members = set(nodes)
    total = {u: sum(adj.get(u, {}).values()) for u in members}
    inside = {u: sum(w for v, w in adj.get(u, {}).items() if v in members) for u in members}

    def share(u: int) -> float:
        return inside[u] / total[u] if total[u] else 0.0

    heap = [(share(u), u) for u in members]
    heapq.heapify(heap)
    while heap and len(members) > 2:
        s, u = heapq.heappop(heap)
        if u not in members or s != share(u):
            continue  # removed, or a stale entry
        if s >= min_share:
            break
        members.discard(u)
        for v, w in adj.get(u, {}).items():
            if v in members:
                inside[v] -= w
                heapq.heappush(heap, (share(v), v))
    return members


def prune(adj: Adjacency, nodes: set[int], min_neighbours: int) -> set[int]:
    """Drop members linked to fewer than ``min_neighbours`` other members, repeatedly
    (the unweighted k-core of the set): a star — one busy account and partners who
    never deal with each other — is not a group rating each other."""
    members = set(nodes)
    changed = True
    while changed:
        changed = False
        for u in list(members):
            if sum(1 for v in adj.get(u, {}) if v in members) < min_neighbours:
                members.discard(u)
                changed = True
    return members


def dense_blocks(
    adj: Adjacency,
    *,
    min_level: float,
    min_density: float,
    min_size: int = 3,
    min_share: float = 0.0,
    min_neighbours: int = 2,
    prior: dict[int, float] | None = None,
    max_blocks_per_component: int = 50,
) -> list[Block]:
    """Every block of at least ``min_size`` nodes whose FRAUDAR density reaches
    ``min_density``, among the nodes whose core level reaches ``min_level``.

    A block FRAUDAR returns may join several dense groups that share no edge
    (their union can be as dense as each); it is split into its connected parts.
    With ``min_share``, members whose weight lies mostly outside the block are
    trimmed first (see ``trim``); members linked to fewer than ``min_neighbours``
    others in the block are pruned (see ``prune``)."""
    levels = core_levels(adj, prior)
    candidates = {u for u, lv in levels.items() if lv >= min_level}
    blocks = []
    pieces = components(adj, candidates)
    if min_share:
        # Trim whole components first: a large honest core (busy accounts working
        # with each other) dissolves, and a ring attached to it comes loose, before
        # the (more expensive) FRAUDAR peels.
        pieces = [p for comp in pieces for p in components(adj, trim(adj, comp, min_share))]
    for comp in pieces:
        remaining = set(comp)
        for _ in range(max_blocks_per_component):
            if len(remaining) < min_size:
                break
            block = densest_block(adj, remaining, prior)
            if block.density < min_density or len(block.nodes) < min_size:
                break
            remaining -= block.nodes
            members = trim(adj, set(block.nodes), min_share) if min_share else set(block.nodes)
            members = prune(adj, members, min_neighbours)
            for part in components(adj, members):
                if len(part) >= min_size:
                    g = density(adj, part, prior)
                    if g >= min_density:
                        blocks.append(Block(frozenset(part), g, mass(adj, part, prior)))
    return blocks


# --- Closed chains: directed cycles among accounts that keep to each other ------------------

Successors = dict[int, set[int]]


def strongly_connected(succ: Successors, nodes: set[int]) -> list[set[int]]:
    """Strongly connected components of the directed graph restricted to ``nodes``
    (Tarjan's algorithm, iterative so a long chain cannot overflow the stack).
    O(n + m)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    out: list[set[int]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(succ.get(root, ())))]
        while work:
            u, it = work[-1]
            advanced = False
            for v in it:
                if v not in nodes:
                    continue
                if v not in index:
                    index[v] = low[v] = counter
                    counter += 1
                    stack.append(v)
                    on_stack.add(v)
                    work.append((v, iter(succ.get(v, ()))))
                    advanced = True
                    break
                if v in on_stack and index[v] < low[u]:
                    low[u] = index[v]
            if advanced:
                continue
            work.pop()
            if work and low[u] < low[work[-1][0]]:
                low[work[-1][0]] = low[u]
            if low[u] == index[u]:
                part = set()
                while True:
                    v = stack.pop()
                    on_stack.discard(v)
                    part.add(v)
                    if v == u:
                        break
                out.append(part)
    return out


def closed_groups(
    succ: Successors,
    partners: Callable[[set[int]], dict[int, int]],
    *,
    min_share: float,
    min_size: int = 3,
    max_size: int = 12,
) -> list[set[int]]:
    """Groups of ``min_size``…``max_size`` accounts in which every member lies on a
    directed cycle through the others (a strongly connected component) *and* keeps
    at least ``min_share`` of its partners inside the group. ``partners(nodes)``
    gives each account's number of partners; it is called once, with the accounts
    that lie on some cycle of ``min_size`` or more.

    Members below the share are dropped and the component is split again, until
    nothing changes: a busy account whose partners are spread over the marketplace
    cannot hold a chain together, and removing it breaks a chain of honest
    strangers, while a ring of accounts that deal mostly with each other stays
    closed. Each round removes at least one account, and a component only ever
    shrinks, so the work is O(n + m) per round and the rounds few."""
    pred: Successors = {}
    for u, vs in succ.items():
        for v in vs:
            pred.setdefault(v, set()).add(u)
    todo = [p for p in strongly_connected(succ, set(succ) | set(pred)) if len(p) >= min_size]
    counts = partners(set().union(*todo)) if todo else {}
    groups = []
    while todo:
        part = todo.pop()
        keep = set()
        for u in part:
            inside = sum(1 for v in succ.get(u, ()) if v in part)
            inside += sum(1 for v in pred.get(u, ()) if v in part and v not in succ.get(u, ()))
            if inside >= min_share * max(counts.get(u, 0), inside):
                keep.add(u)
        if len(keep) == len(part):
            if len(part) <= max_size:
                groups.append(part)
            continue
        todo.extend(p for p in strongly_connected(succ, keep) if len(p) >= min_size)
    return groups


def closed_trees(succ: Successors, *, min_size: int, max_size: int, min_extra: int) -> list[set[int]]:
    """Connected parts (directions ignored) of ``min_size``…``max_size`` nodes of a
    directed graph that hold at least ``min_extra`` edges more than a tree joining them
    needs (edges − nodes + 1) and at least one return edge (u→v and v→u): a tree of
    hires closed on itself by members hiring each other back. One traversal, linear in
    nodes and edges; a part larger than ``max_size`` is skipped whole."""
    adjacent: dict[int, set[int]] = {}
    for u, vs in succ.items():
        for v in vs:
            adjacent.setdefault(u, set()).add(v)
            adjacent.setdefault(v, set()).add(u)
    seen: set[int] = set()
    groups = []
    for start in adjacent:
        if start in seen:
            continue
        part, stack = {start}, [start]
        seen.add(start)
        while stack:
            for v in adjacent[stack.pop()]:
                if v not in seen:
                    seen.add(v)
                    part.add(v)
                    stack.append(v)
        if not min_size <= len(part) <= max_size:
            continue
        edges = sum(len(succ.get(u, set()) & part) for u in part)
        returned = any(u in succ.get(v, ()) for u in part for v in succ.get(u, ()))
        if edges - (len(part) - 1) >= min_extra and returned:
            groups.append(part)
    return groups


def longest_cycle(succ: Successors, nodes: set[int], budget: int = 20_000) -> list[int]:
    """The longest simple directed cycle found within ``nodes`` by depth-first search
    from each node, stopping after ``budget`` steps (groups are small: up to a dozen
    accounts). Returns the cycle's nodes in order, first node not repeated."""
    best: list[int] = []
    steps = 0
    for start in sorted(nodes):
        path, seen = [start], {start}
        work = [iter(sorted(v for v in succ.get(start, ()) if v in nodes and v > start))]
        while work and steps < budget:
            steps += 1
            nxt = next(work[-1], None)
            if nxt is None:
                work.pop()
                seen.discard(path.pop())
                continue
            path.append(nxt)
            seen.add(nxt)
            if start in succ.get(nxt, ()) and len(path) > len(best):
                best = list(path)
            work.append(iter(sorted(v for v in succ.get(nxt, ()) if v in nodes and v > start and v not in seen)))
        if len(best) == len(nodes):
            break
    return best
