"""Feedback rings: dense groups trading top ratings on small, short contracts,
found by FRAUDAR-style peeling — camouflage included — while honest look-alikes
(long-term clients, partners subcontracting each other, busy hubs) stay quiet."""

import itertools

from detection.detectors import feedback_ring


def ring(market, members, *, days_ago=60):
    """Every member hires every other member once (a tiny job), five stars both ways."""
    for n, (a, b) in enumerate(itertools.combinations(members, 2)):
        client, freelancer = (a, b) if n % 2 == 0 else (b, a)
        market.job(client, freelancer, amount="25", length=1, days_ago=days_ago - n)


def honest_clients(market, n, prefix="Client"):
    return [market.account(f"{prefix} {i}", kind="client") for i in range(n)]


def test_a_ring_doing_honest_work_on_the_side_is_found_as_one_block(market, detect):
    members = [market.account(f"Ringo {i}") for i in range(5)]
    ring(market, members)
    clients = honest_clients(market, 12)
    for i, m in enumerate(members):  # camouflage: each member has real clients too
        market.honest_work(m, clients[i * 2 : i * 2 + 4])

    [finding] = detect(feedback_ring)

    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert finding.explanation.startswith(
        "A group of five accounts — Ringo 0, Ringo 1, Ringo 2, Ringo 3 and Ringo 4 — hired each other on ten contracts"
    )
    assert "(median $25, median 1 day)" in finding.explanation
    assert "exchanged 20 five-star ratings" in finding.explanation
    assert "came from inside it" in finding.explanation
    assert sum(1 for e in finding.evidence if e["type"] == "feedback") == 20


def test_a_ring_arranged_in_a_cycle_is_found_although_no_pair_is_reciprocal(market, detect):
    """The naive pair rule ("hired each other both ways") sees nothing here."""
    members = [market.account(f"Cyc {i}") for i in range(6)]
    for rnd in range(2):
        for i, a in enumerate(members):
            for step in (1, 2):
                market.job(a, members[(i + step) % 6], amount="30", length=1, days_ago=80 - rnd * 20 - i)
    [finding] = detect(feedback_ring)
    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7


def test_two_friends_trading_five_stars_both_ways_are_a_ring_of_two(market, detect):
    a, b = market.account("Ann"), market.account("Bob")
    for i in range(4):
        market.job(a if i % 2 == 0 else b, b if i % 2 == 0 else a, amount="20", length=0.5, days_ago=40 - 5 * i)
    [finding] = detect(feedback_ring)
    assert set(finding.accounts) == {a.pk, b.pk}
    assert finding.score >= 0.7
    assert finding.explanation.startswith(
        "Ann and Bob hired each other both ways — Ann hired Bob twice, Bob hired Ann twice"
    )


def test_a_long_term_client_rating_one_freelancer_five_stars_many_times_is_not_a_ring(market, detect):
    client, freelancer = market.account("Loyal Client", kind="client"), market.account("Trusted Freelancer")
    for i in range(20):
        market.job(client, freelancer, amount=2000 + 100 * i, length=30, days_ago=700 - 30 * i)
    assert detect(feedback_ring) == []


def test_honest_partners_subcontracting_each_other_on_real_work_are_not_a_ring(market, detect):
    a, b = market.account("Studio A"), market.account("Studio B")
    for i in range(4):
        market.job(a if i % 2 == 0 else b, b if i % 2 == 0 else a, amount="1500", length=20, days_ago=300 - 40 * i)
    assert detect(feedback_ring) == []


def test_a_busy_micro_task_client_with_many_small_jobs_is_not_a_ring(market, detect):
    hub = market.account("Micro Tasks Inc", kind="client")
    workers = [market.account(f"Worker {i}") for i in range(30)]
    for i, w in enumerate(workers):
        for j in range(2):
            market.job(hub, w, amount="10", length=0.5, days_ago=100 - i - j * 40)
    assert detect(feedback_ring) == []


def test_incremental_run_finds_the_ring_from_any_member(market, detect):
    members = [market.account(f"Member {i}") for i in range(4)]
    ring(market, members)
    market.honest_work(members[0], honest_clients(market, 3))
    [finding] = detect(feedback_ring, scope=[members[2].pk])
    assert set(finding.accounts) == {m.pk for m in members}
    assert detect(feedback_ring, scope=[market.account("Stranger").pk]) == []


def test_ratings_on_unfinished_contracts_are_measured_up_to_the_rating(market, detect):
    members = [market.account(f"Live {i}") for i in range(4)]
    for n, (a, b) in enumerate(itertools.combinations(members, 2)):
        c = market.contract(a, b, amount="15", days_ago=3 + n * 0.1, ended=False)
        market.feedback(c, a, 5, after_days=0.5)
        market.feedback(c, b, 5, after_days=0.6)
    [finding] = detect(feedback_ring)
    assert set(finding.accounts) == {m.pk for m in members}
