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


def chain(market, members, *, amount="260", length=8, first_day=150, gap=21):
    """Member i hires member i + 1 and the last hires the first: one job of ordinary size
    and length each, five stars both ways, a job every ``gap`` days (a ring that keeps
    its prices ordinary and spreads itself over months)."""
    pairs = list(zip(members, members[1:] + members[:1], strict=True))
    return [
        market.job(a, b, amount=amount, length=length, days_ago=first_day - gap * n) for n, (a, b) in enumerate(pairs)
    ]


def test_a_ring_with_ordinary_prices_spread_over_months_is_found_as_a_closed_chain(market, detect):
    members = [market.account(f"Quiet {i}") for i in range(5)]
    jobs = chain(market, members)
    market.honest_work(members[2], honest_clients(market, 3))  # one member also works for real clients
    market.identity("ip", "192.0.2.44", members[0], members[3])

    [finding] = detect(feedback_ring)

    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    text = finding.explanation
    assert text.startswith(
        "Five accounts — Quiet 0, Quiet 1, Quiet 2, Quiet 3 and Quiet 4 — close a chain of hires: "
        "Quiet 0 hired Quiet 1, Quiet 1 hired Quiet 2, Quiet 2 hired Quiet 3, Quiet 3 hired Quiet 4 and "
        "Quiet 4 hired Quiet 0."
    )
    assert "on five contracts (median $260, median 8 days) spread over 84 days" in text
    assert "all of them were rated five stars by both sides" in text
    assert "(Quiet 0 100%, Quiet 1 100%, Quiet 3 100%, Quiet 4 100% and Quiet 2 40%)" in text
    assert "Their other work: three contracts, median $650 over 12 days; four members with none" in text
    assert "They share an IP address used by no other account (Quiet 0 and Quiet 3)" in text
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert {("contract", c.pk) for c in jobs} <= refs
    assert sum(1 for t, _ in refs if t == "feedback") == 10
    assert finding.data["chain"] == [m.pk for m in members]


def test_the_closed_chain_is_found_from_any_member_on_an_incremental_run(market, detect):
    members = [market.account(f"Relay {i}") for i in range(4)]
    chain(market, members, amount="180", length=5, gap=25)
    [finding] = detect(feedback_ring, scope=[members[1].pk])
    assert set(finding.accounts) == {m.pk for m in members}
    assert detect(feedback_ring, scope=[market.account("Stranger").pk]) == []


def test_agencies_subcontracting_each_other_in_a_circle_beside_their_own_clients_are_not_a_ring(market, detect):
    """Each agency deals mostly with its own clients: the circle is a small part of its work."""
    agencies = [market.account(f"Agency {i}", kind="agency") for i in range(3)]
    chain(market, agencies, amount="1500", length=20, gap=40)
    for i, agency in enumerate(agencies):
        market.honest_work(agency, honest_clients(market, 6, prefix=f"Client of {i}"))
    assert detect(feedback_ring) == []


def test_a_chain_whose_contracts_were_not_rated_five_stars_both_ways_is_not_a_ring(market, detect):
    members = [market.account(f"Mixed {i}") for i in range(4)]
    pairs = list(zip(members, members[1:] + members[:1], strict=True))
    for n, (a, b) in enumerate(pairs):
        market.job(a, b, amount="300", length=9, days_ago=150 - 30 * n, ratings=(5, 3) if n % 2 else (4, 5))
    assert detect(feedback_ring) == []


def triangles(market, members, *, one_way=()):
    """Triangles A→B→C→A sharing a corner (members 0-1-2, 2-3-4, 4-5-6), ordinary
    prices, weeks apart; contracts listed in ``one_way`` get no reverse rating."""
    jobs = []
    for k in range(0, len(members) - 2, 2):
        a, b, c = members[k : k + 3]
        for client, freelancer in ((a, b), (b, c), (c, a)):
            n = len(jobs)
            jobs.append(
                market.job(
                    client,
                    freelancer,
                    amount=str(150 + 20 * n),
                    length=6,
                    days_ago=190 - 20 * n,
                    ratings=(5, None) if n in one_way else (5, 5),
                )
            )
    return jobs


def test_overlapping_triangles_missing_some_reverse_ratings_are_one_closed_chain(market, detect):
    """A ring leaves the return rating out now and then: three of nine hires carry
    only the client's five stars, and the chain still closes."""
    members = [market.account(f"Corner {i}") for i in range(7)]
    jobs = triangles(market, members, one_way=(1, 5, 6))
    market.honest_work(members[1], honest_clients(market, 2))
    [finding] = detect(feedback_ring)
    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert "6 of them were rated five stars by both sides" in finding.explanation
    assert {("contract", c.pk) for c in jobs} <= {(e["type"], e["id"]) for e in finding.evidence}


def test_a_circle_of_hires_mostly_rated_one_way_is_not_a_ring(market, detect):
    """Freelancers who each hired the next once and were rated by their client only:
    a chain, but most of its contracts were not rated five stars by both sides."""
    members = [market.account(f"Circle {i}") for i in range(7)]
    triangles(market, members, one_way=(0, 1, 2, 3, 5, 7))
    assert detect(feedback_ring) == []


def established(market, members, prefix):
    """Each member has a real career: four clients of its own, each hiring it twice."""
    for i, m in enumerate(members):
        market.honest_work(m, honest_clients(market, 4, prefix=f"{prefix} client {i}"), jobs=2)


def test_established_freelancers_whose_only_hires_close_a_slow_chain_are_a_ring(market, detect):
    """Round 6's slow chain: busy freelancers, most of whose ratings come from real
    clients, each hired one other member once over a year; one link carries only a
    four-star rating from its client. Their rating partners are mostly outside, but
    every account any of them ever hired is in the chain."""
    members = [market.account(f"Steady {i}") for i in range(5)]
    established(market, members, "Steady")
    pairs = list(zip(members, members[1:] + members[:1], strict=True))
    ratings = [(5, 5), (5, 5), (4, None), (5, 5), (5, 4)]
    jobs = [
        market.job(a, b, amount="350", length=10, days_ago=330 - 70 * n, ratings=ratings[n])
        for n, (a, b) in enumerate(pairs)
    ]

    [finding] = detect(feedback_ring)

    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert "Steady 4 hired Steady 0" in finding.explanation
    assert "Every account any of them ever hired is in the group" in finding.explanation
    assert {("contract", c.pk) for c in jobs} <= {(e["type"], e["id"]) for e in finding.evidence}
    [again] = detect(feedback_ring, scope=[members[2].pk])
    assert set(again.accounts) == {m.pk for m in members}


def test_established_freelancers_who_also_hire_outsiders_are_not_a_chain_by_their_hiring(market, detect):
    """The honest look-alike: busy freelancers who subcontract — each hires two outside
    freelancers as well as the next one in the circle. Their hiring is not closed."""
    members = [market.account(f"Busy {i}") for i in range(5)]
    established(market, members, "Busy")
    chain(market, members, amount="350", length=10, first_day=330, gap=70)
    for i, m in enumerate(members):
        for k in range(2):
            helper = market.account(f"Helper {i}-{k}")
            market.job(m, helper, amount="400", length=10, days_ago=100 - 10 * k - i)
    assert detect(feedback_ring) == []


def test_three_established_freelancers_hiring_each_other_in_turn_are_not_a_ring(market, detect):
    """Three people subcontracting each other in turn happens; the hiring test asks for
    a chain of four or more."""
    members = [market.account(f"Trio {i}") for i in range(3)]
    established(market, members, "Trio")
    chain(market, members, amount="350", length=10, first_day=330, gap=90)
    assert detect(feedback_ring) == []


def test_three_established_freelancers_going_round_one_circle_three_times_are_a_ring(market, detect):
    """Round 9's triangle: each of three busy freelancers hired only the next, on small
    jobs, and the circle went round three times. Their rating partners are mostly real
    clients; their hiring is a rotation."""
    members = [market.account(f"Rota {i}") for i in range(3)]
    established(market, members, "Rota")
    for turn in range(3):
        chain(market, members, amount="90", length=6, first_day=200 - 60 * turn, gap=12)

    [finding] = detect(feedback_ring)

    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert "went round the same circle 3 times (each hired the next on at least three contracts)" in (
        finding.explanation
    )
    assert finding.data["rounds"] == 3
    [again] = detect(feedback_ring, scope=[members[1].pk])  # an incremental run around one member
    assert set(again.accounts) == set(finding.accounts) and again.score == finding.score


def test_three_freelancers_passing_work_round_twice_who_also_hire_others_are_not_a_ring(market, detect):
    """The honest look-alike: a trio who pass overflow work round their circle twice,
    but each also subcontracts to freelancers outside it."""
    members = [market.account(f"Overflow {i}") for i in range(3)]
    established(market, members, "Overflow")
    for turn in range(2):
        chain(market, members, amount="350", length=10, first_day=330 - 120 * turn, gap=30)
    for i, m in enumerate(members):
        for k in range(2):
            market.job(m, market.account(f"Helper {i}-{k}"), amount="400", length=12, days_ago=100 + 10 * k)
    assert detect(feedback_ring) == []


def test_a_chain_of_hires_rated_three_stars_is_not_a_ring_however_closed(market, detect):
    members = [market.account(f"Plain {i}") for i in range(5)]
    established(market, members, "Plain")
    pairs = list(zip(members, members[1:] + members[:1], strict=True))
    for n, (a, b) in enumerate(pairs):
        market.job(a, b, amount="350", length=10, days_ago=330 - 70 * n, ratings=(3, 5))
    assert detect(feedback_ring) == []


def test_a_one_way_cycle_of_hires_rated_only_by_clients_is_a_ring(market, detect):
    """Round 7: each member hired the next once, on ordinary jobs over months, and only
    the client rated (five or four stars); two members also work for real clients."""
    members = [market.account(f"Parcel {i}") for i in range(5)]
    established(market, members[:2], "Parcel")
    pairs = list(zip(members, members[1:] + members[:1], strict=True))
    for n, (a, b) in enumerate(pairs):
        market.job(a, b, amount="420", length=9, days_ago=300 - 50 * n, ratings=((5, None), (4, None))[n % 2])
    [finding] = detect(feedback_ring)
    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert "no member rated a client back: a ring that rates only as clients" in finding.explanation


def test_an_honest_chain_of_referrals_that_never_closes_is_not_a_ring(market, detect):
    """Each freelancer passed a job on to the next, rated by the client only; nobody
    hired the first one back."""
    members = [market.account(f"Referral {i}") for i in range(6)]
    established(market, members, "Referral")
    for n, (a, b) in enumerate(itertools.pairwise(members)):
        market.job(a, b, amount="420", length=9, days_ago=300 - 50 * n, ratings=(5, None))
    assert detect(feedback_ring) == []


def tree(market, members, edges, *, ratings=(5, 5)):
    return [
        market.job(members[a], members[b], amount="380", length=10, days_ago=320 - 20 * n, ratings=ratings)
        for n, (a, b) in enumerate(edges)
    ]


TREE = [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (4, 6)]


def test_a_tree_of_hires_closed_by_two_return_hires_among_established_freelancers_is_a_ring(market, detect):
    """Round 7: busy freelancers joined by a tree of hires over months, plus two pairs
    who hired each other back; nobody hired anyone outside the group."""
    members = [market.account(f"Branch {i}") for i in range(7)]
    established(market, members, "Branch")
    jobs = tree(market, members, [*TREE, (3, 1), (6, 4)])
    [finding] = detect(feedback_ring)
    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert "two hires more than a tree joining them needs" in finding.explanation
    assert {("contract", c.pk) for c in jobs} <= {(e["type"], e["id"]) for e in finding.evidence}


def test_an_honest_subcontracting_tree_with_one_return_hire_is_not_a_ring(market, detect):
    members = [market.account(f"Lead {i}") for i in range(7)]
    established(market, members, "Lead")
    tree(market, members, [*TREE, (3, 1)])
    assert detect(feedback_ring) == []


def test_a_closed_tree_whose_members_also_hire_outsiders_is_not_a_ring(market, detect):
    members = [market.account(f"Hub {i}") for i in range(7)]
    established(market, members, "Hub")
    tree(market, members, [*TREE, (3, 1), (6, 4)])
    for i, m in enumerate(members[:3]):
        for k in range(2):
            market.job(m, market.account(f"Outside {i}-{k}"), amount="500", length=12, days_ago=90 - 5 * k - i)
    assert detect(feedback_ring) == []


def test_an_agency_that_only_swaps_jobs_with_three_freelancers_is_read_as_a_ring_member(market, detect):
    """Round 9: one member of a ring of four is an agency account. Each member hired both
    neighbours and was hired by both, on small jobs; all of them have real clients. The
    agency hired only members, and each of them hired it back: it trades jobs rather
    than subcontracting."""
    members = [market.account("Swap Agency", kind="agency")] + [market.account(f"Swap {i}") for i in range(3)]
    established(market, members, "Swap")
    chain(market, members, amount="110", length=12, first_day=200, gap=7)
    chain(market, members[::-1], amount="95", length=10, first_day=170, gap=7)

    [finding] = detect(feedback_ring)

    assert set(finding.accounts) == {m.pk for m in members}
    assert finding.score >= 0.7
    assert "Swap Agency is an agency, but every account it hired also hired it back" in finding.explanation
    [again] = detect(feedback_ring, scope=[members[0].pk])  # an incremental run around the agency
    assert set(again.accounts) == set(finding.accounts) and again.score == finding.score


def test_agencies_subcontracting_each_other_in_a_circle_of_four_are_not_a_ring(market, detect):
    """The honest look-alike: four agencies, each subcontracting the next on small jobs
    beside their own clients. Subcontracting runs one way: nobody hired its
    subcontractor's agency back, so no agency holds the chain together."""
    agencies = [market.account(f"Bureau {i}", kind="agency") for i in range(4)]
    established(market, agencies, "Bureau")
    chain(market, agencies, amount="110", length=12, first_day=200, gap=7)
    assert detect(feedback_ring) == []
