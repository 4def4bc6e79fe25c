"""Dense-subgraph mining on its own (FRAUDAR-style peeling, core levels, trimming)."""

import itertools
import random

from detection import graph


def clique(adj, nodes, weight=1.0):
    for a, b in itertools.combinations(nodes, 2):
        graph.add_edge(adj, a, b, weight)


def sparse_background(adj, n=300, edges=450, seed=1):
    rng = random.Random(seed)
    for _ in range(edges):
        a, b = rng.sample(range(1000, 1000 + n), 2)
        graph.add_edge(adj, a, b, rng.uniform(0.2, 1.0))


def test_densest_block_finds_a_planted_clique_in_noise():
    adj = {}
    sparse_background(adj)
    clique(adj, range(1, 7))
    block = graph.densest_block(adj, adj.keys())
    assert block.nodes == frozenset(range(1, 7))
    assert block.density == graph.density(adj, range(1, 7)) == 15 / 6


def test_camouflage_does_not_hide_the_block():
    """Ring members also do honest work: edges from each member to many honest
    accounts leave the block's own density — and the block — unchanged."""
    adj = {}
    sparse_background(adj)
    clique(adj, range(1, 7))
    for member in range(1, 7):
        for honest in random.Random(member).sample(range(1000, 1300), 8):
            graph.add_edge(adj, member, honest, 0.5)
    blocks = graph.dense_blocks(adj, min_level=1.0, min_density=1.5, min_share=0.4)
    assert [set(b.nodes) for b in blocks] == [set(range(1, 7))]


def test_two_rings_that_share_no_edge_are_reported_apart():
    adj = {}
    clique(adj, range(1, 6))
    clique(adj, range(11, 16))
    # both touch one honest hub, so they sit in one component
    for n in (1, 11):
        graph.add_edge(adj, n, 500, 0.3)
    blocks = graph.dense_blocks(adj, min_level=1.0, min_density=1.5)
    assert sorted(sorted(b.nodes) for b in blocks) == [[1, 2, 3, 4, 5], [11, 12, 13, 14, 15]]


def test_a_hub_whose_weight_lies_mostly_outside_is_trimmed():
    adj = {}
    clique(adj, range(1, 5))
    for leaf in range(100, 130):  # the hub works with thirty others
        graph.add_edge(adj, 99, leaf, 1.0)
    for n in range(1, 5):
        graph.add_edge(adj, 99, n, 1.0)
    assert graph.trim(adj, set(range(1, 5)) | {99}, 0.4) == set(range(1, 5))


def test_core_levels_are_high_inside_dense_blocks_only():
    adj = {}
    clique(adj, range(1, 7))
    for leaf in range(100, 140):  # a star: one busy node, many one-off partners
        graph.add_edge(adj, 99, leaf, 1.0)
    levels = graph.core_levels(adj)
    assert min(levels[n] for n in range(1, 7)) == 5.0
    assert levels[99] <= 1.0


def test_a_star_is_not_a_group_rating_each_other():
    adj = {}
    for leaf in range(100, 130):
        graph.add_edge(adj, 99, leaf, 1.2)
    assert graph.dense_blocks(adj, min_level=1.0, min_density=0.9) == []
    clique(adj, range(1, 5))
    assert [set(b.nodes) for b in graph.dense_blocks(adj, min_level=1.0, min_density=0.9)] == [set(range(1, 5))]


def test_strongly_connected_parts_of_a_directed_graph():
    succ = {1: {2}, 2: {3}, 3: {1, 4}, 4: {5}, 5: {4}, 6: {1}}
    parts = sorted(sorted(p) for p in graph.strongly_connected(succ, {1, 2, 3, 4, 5, 6}))
    assert parts == [[1, 2, 3], [4, 5], [6]]


def test_a_closed_group_loses_a_member_whose_partners_are_mostly_elsewhere_and_the_chain_breaks():
    succ = {1: {2}, 2: {3}, 3: {1}}
    few = {1: 2, 2: 2, 3: 2}
    assert [sorted(g) for g in graph.closed_groups(succ, lambda _: few, min_share=0.5)] == [[1, 2, 3]]
    # account 3 has 20 other partners: without it, 1 → 2 is no longer a cycle
    assert graph.closed_groups(succ, lambda _: {1: 2, 2: 2, 3: 22}, min_share=0.5) == []


def test_a_closed_group_larger_than_the_cap_is_not_reported():
    succ = {i: {(i + 1) % 20} for i in range(20)}
    assert graph.closed_groups(succ, lambda nodes: dict.fromkeys(nodes, 2), min_share=0.5, max_size=12) == []


def test_the_longest_cycle_runs_through_every_member_when_one_exists():
    succ = {1: {2, 3}, 2: {3}, 3: {4, 1}, 4: {1}}
    assert graph.longest_cycle(succ, {1, 2, 3, 4}) == [1, 2, 3, 4]


def test_a_tree_closed_by_two_return_edges_is_found_and_an_open_tree_is_not():
    tree = {1: {2, 3}, 2: {4, 5}, 3: {6}}
    closed = {**tree, 4: {2}, 6: {3}}  # two members hired back
    assert graph.closed_trees(closed, min_size=5, max_size=12, min_extra=2) == [{1, 2, 3, 4, 5, 6}]
    assert graph.closed_trees(tree, min_size=5, max_size=12, min_extra=2) == []
    one_back = {**tree, 4: {2}}  # one return hire: honest subcontracting does that
    assert graph.closed_trees(one_back, min_size=5, max_size=12, min_extra=2) == []


def test_a_one_way_cycle_has_no_return_edge_and_a_large_part_is_skipped():
    cycle = {k: {(k + 1) % 6} for k in range(6)}
    cycle[0] |= {3}
    assert graph.closed_trees(cycle, min_size=5, max_size=12, min_extra=2) == []  # no u→v→u
    big = {k: {k + 1} for k in range(20)} | {1: {0, 2}, 3: {2, 4}}
    assert graph.closed_trees(big, min_size=5, max_size=12, min_extra=2) == []
    assert graph.closed_trees(big, min_size=5, max_size=30, min_extra=2) == [set(range(21))]
