"""Running detection: full scans and incremental runs are idempotent, strong
signals open cases through cases.services.signal_route, weak ones stay on the
account, and what a full scan no longer finds is retired."""

import pytest
from django.tasks import TaskResultStatus
from django.test import override_settings

from accounts.models import Membership
from accounts.services import identity_record
from cases.models import Case, CaseEvent
from contracts.models import Payment
from contracts.services import message_send
from detection import selectors, services
from detection.kinds import Kind
from detection.models import Signal
from detection.tasks import enqueue_after_import, enqueue_incremental
from feedback.services import feedback_leave


def plant_self_hire(market):
    client, freelancer = market.account("Sock Puppet", kind="client"), market.account("Sid")
    market.identity("payment_instrument", "5555 4444 3333 1111", client, freelancer)
    market.identity("device", "sid-laptop", client, freelancer)
    for d in (30, 20, 10):
        market.job(client, freelancer, days_ago=d)
    return client, freelancer


def plant_offer(market):
    freelancer, client = market.account("Offerer"), market.account("Reader", kind="client")
    c = market.job(client, freelancer, ratings=(None, None))
    message = market.message(c, freelancer, "I'll give you a full refund in exchange for a five-star review")
    return freelancer, client, c, message


def test_a_full_scan_opens_cases_for_strong_signals_and_a_rerun_adds_nothing(market):
    client, freelancer = plant_self_hire(market)
    offerer, _, _, _ = plant_offer(market)

    first = services.scan_full()
    assert first.created == 2 and first.routed == 2 and len(first.cases) == 2
    case = Case.objects.get(kind=Kind.SELF_HIRE)
    assert set(case.subjects.values_list("pk", flat=True)) == {client.pk, freelancer.pk}
    assert case.source == Case.Source.DETECTION
    assert case.evidence.filter(kind="identity").count() == 4
    counts = (Signal.objects.count(), Case.objects.count(), CaseEvent.objects.count())

    second = services.scan_full()
    assert (second.created, second.updated, second.unchanged, second.routed) == (0, 0, 2, 0)
    assert (Signal.objects.count(), Case.objects.count(), CaseEvent.objects.count()) == counts


def test_a_signal_below_the_threshold_is_kept_on_the_account_without_a_case(market):
    owner = market.account("Owner", kind="client")
    org = market.org("Org", owner)
    manager = market.account("Manager")
    market.member(org, manager, Membership.Role.HIRING_MANAGER)
    market.job(owner, manager, org=org, ratings=(None, None))
    report = services.scan_full()
    assert report.created == 1 and report.routed == 0
    assert Case.objects.count() == 0
    [signal] = selectors.signals_for_account(manager)
    assert signal.kind == Kind.CONFLICT_OF_INTEREST and signal.case is None
    assert list(selectors.signals_kept_on_accounts()) == [signal]


def test_what_a_full_scan_no_longer_finds_is_retired_but_stays_on_its_case(market):
    _, _, _, message = plant_offer(market)
    services.scan_full()
    signal = Signal.objects.get()
    message.delete()
    report = services.scan_full()
    signal.refresh_from_db()
    assert report.retired == 1 and not signal.is_active
    assert signal.case is not None
    assert list(selectors.signals_for_account(signal.accounts.get())) == []


def test_a_ring_that_grows_keeps_its_signal(market):
    members = [market.account(f"R{i}") for i in range(4)]

    def trade(a, b, n):
        market.job(a, b, amount="20", days_ago=50 - n)
        market.job(b, a, amount="20", days_ago=49 - n)

    n = 0
    for i in range(4):
        for j in range(i + 1, 4):
            trade(members[i], members[j], n)
            n += 2
    services.scan_full(route=False)
    signal = Signal.objects.get(kind=Kind.FEEDBACK_RING)
    newcomer = market.account("R4")
    for m in members:
        trade(m, newcomer, n)
        n += 2
    report = services.scan_full(route=False)
    assert report.created == 0 and report.updated == 1
    signal.refresh_from_db()
    assert set(signal.accounts.values_list("pk", flat=True)) == {m.pk for m in members} | {newcomer.pk}
    assert Signal.objects.filter(kind=Kind.FEEDBACK_RING).count() == 1


def test_a_message_sent_on_the_site_is_checked_incrementally_once(
    market, immediate_tasks, django_capture_on_commit_callbacks
):
    client, freelancer = market.account("Cleo", kind="client"), market.account("Finn")
    contract = market.contract(client, freelancer)
    with django_capture_on_commit_callbacks(execute=True):
        message = message_send(
            sender=client, contract=contract, body="I'll send you a $50 bonus if you leave me a 5 star review"
        )
    signal = Signal.objects.get()
    assert signal.kind == Kind.PAID_FEEDBACK and signal.case is not None
    events = CaseEvent.objects.count()

    result = enqueue_incremental("message", message.pk)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert Signal.objects.count() == 1 and CaseEvent.objects.count() == events

    # the bonus and the rating that follow strengthen the same signal
    market.payment(contract, client, Payment.Kind.BONUS, "50.00", after_days=60)  # i.e. now, after the offer
    with django_capture_on_commit_callbacks(execute=True):
        feedback_leave(contract=contract, author=freelancer, rating=5)
    signal.refresh_from_db()
    assert Signal.objects.count() == 1
    assert signal.score >= 0.95 and set(signal.accounts.all()) == {client, freelancer}


def test_import_queues_a_full_scan(market, immediate_tasks):
    plant_self_hire(market)
    result = enqueue_after_import()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value["created"] == 1
    assert Signal.objects.filter(kind=Kind.SELF_HIRE).count() == 1


def test_with_the_database_queue_events_become_queued_tasks(market):
    from django_tasks_db.models import DBTaskResult

    client, freelancer = plant_self_hire(market)
    enqueue_incremental("identity", freelancer.identity_signals.first().pk)
    task = DBTaskResult.objects.get()
    assert task.task_path == "detection.tasks.detect_incremental"
    assert task.args_kwargs["args"] == ["identity", freelancer.identity_signals.first().pk]


def test_an_identity_event_runs_the_self_hire_detector_for_that_account(market):
    client, freelancer = plant_self_hire(market)
    report = services.scan_incremental(event="identity", object_id=freelancer.identity_signals.first().pk)
    assert report.created == 1 and report.by_kind == {Kind.SELF_HIRE: 1}


def test_unknown_events_are_refused_and_vanished_objects_ignored(market):
    with pytest.raises(services.DetectionError):
        services.scan_incremental(event="login", object_id=1)
    assert services.scan_incremental(event="feedback", object_id=999999).findings == 0


@pytest.mark.django_db(transaction=True)
def test_a_full_scan_outside_a_transaction_scores_messages_in_a_second_process(market):
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in memory: nothing to share with a second process")
    freelancer, _, _, _ = plant_offer(market)
    report = services.scan_full(route=False)
    assert "messages (in parallel)" in report.timings
    assert report.by_kind == {Kind.PAID_FEEDBACK: 1}
    assert Signal.objects.get().accounts.get() == freelancer


@pytest.mark.django_db(transaction=True)
@override_settings(DETECTION_TEXT_PROCESSES=3)
def test_a_full_scan_says_how_much_cpu_each_text_share_took(market):
    """The report names every text process's CPU seconds, so an operator sees whether the
    pairs of accounts split the reading evenly (one slow share is the scan's wall time)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in memory: nothing to share with a second process")
    plant_offer(market)
    report = services.scan_full(route=False)
    shares = {step: seconds for step, seconds in report.timings.items() if step.startswith("messages, share")}
    assert list(shares) == [f"messages, share {k} of 3 (CPU)" for k in (1, 2, 3)]
    assert all(seconds > 0 for seconds in shares.values())
    assert report.by_kind == {Kind.PAID_FEEDBACK: 1}


def test_text_shares_together_read_every_message_and_thread_exactly_once(market):
    """A full scan splits the text pass over processes by pair of accounts: the shares
    together must keep exactly what one reader keeps, threads split over two messages
    included, and merged back in the same order."""
    import heapq

    from detection.detectors.base import ScanContext
    from detection.detectors.messages import scored_messages

    for n in range(4):
        freelancer, client = market.account(f"Offerer {n}"), market.account(f"Reader {n}", kind="client")
        c = market.job(client, freelancer, ratings=(None, None))
        market.message(c, freelancer, "Could you leave me a five-star review this week?", days_ago=3 + n)
        market.message(c, freelancer, "I will send you a 50 dollar bonus right after it is up.", days_ago=3 + n - 0.01)
        market.message(c, client, "Thanks, the logo looks great", days_ago=2)
    whole = scored_messages(ScanContext())
    assert len(whole) >= 4 and any(m.parts for m in whole)
    for shares in (2, 3):
        parts = [scored_messages(ScanContext(), part=(k, shares)) for k in range(shares)]
        assert sum(len(p) for p in parts) == len(whole)
        merged = list(heapq.merge(*parts, key=lambda m: (m.sent_at, m.pk)))
        assert [(m.pk, m.parts, m.features) for m in merged] == [(m.pk, m.parts, m.features) for m in whole]


def test_the_detect_command_prints_a_plain_summary_when_piped(market):
    import io

    from django.core.management import call_command

    plant_self_hire(market)
    out = io.StringIO()
    call_command("detect", "-v", "2", stdout=out)
    text = out.getvalue()
    assert "Detection (full): 1 findings — self_hire 1 (1 ≥ threshold)" in text
    assert "signals 1 new" in text and "routed to 1 cases" in text
    assert "feedback_ring" in text  # per-step timings with -v 2
    assert "\r" not in text  # no progress bar off a terminal


def test_two_ring_members_on_one_device_are_reported_once_as_the_ring(market):
    """Round 7's weekend bursts: a ring of four trading tiny jobs, two of whom share a
    device. One signal (the ring) whose explanation names the shared device, not a
    ring and a self-hire pair for one scheme."""
    members = [market.account(f"Burst {i}") for i in range(4)]
    for n, (a, b) in enumerate((a, b) for a in members for b in members if a != b):
        market.job(a, b, amount="30", length=1, days_ago=10 - n * 0.1)
    market.identity("device", "weekend-laptop", members[0], members[1])
    services.scan_full()
    [signal] = Signal.objects.all()
    assert signal.kind == Kind.FEEDBACK_RING
    assert "Inside the group, accounts Burst 0" in signal.explanation
    assert "share a device used by no other account" in signal.explanation
    assert "not as a separate self-hire" in signal.explanation


def test_a_ring_quotes_its_pair_whole_even_when_the_link_itself_has_a_semicolon(market):
    """The ring's sentence about a pair is written from the pair finding's data, not
    cut from its explanation: a near-identical name that many accounts carry is
    described with "; 11 accounts carry that name…", which the first clause of
    the explanation used to lose."""
    for _ in range(10):
        market.account("Maria Garcia")
    a = market.account("Maria Garcia", email="maria.garcia4711@post.test")
    b = market.account("Maria Garcla", email="maria.garcla4711@post.test")
    c, d = market.account("Ring C"), market.account("Ring D")
    members = [a, b, c, d]
    for n, (x, y) in enumerate((x, y) for x in members for y in members if x != y):
        market.job(x, y, amount="30", length=1, days_ago=10 - n * 0.1)
    services.scan_full()
    [signal] = Signal.objects.all()
    assert signal.kind == Kind.FEEDBACK_RING
    assert 'have near-identical names and e-mail addresses ("Maria Garcia" <maria.garcia4711@post.test>' in (
        signal.explanation
    )
    assert "carry that name, so it counts for less (self-hire score" in signal.explanation
    assert signal.data["self_hire_pairs"][0]["accounts"] == sorted([a.pk, b.pk])


def plant_weekend_ring(market):
    """Four accounts trading tiny one-day jobs, every one rated five stars both ways."""
    members = [market.account(f"Weekend {i}") for i in range(4)]
    for n, (a, b) in enumerate((a, b) for a in members for b in members if a != b):
        market.job(a, b, amount="30", length=1, days_ago=10 - n * 0.1)
    return members


def record_identity_on_the_site(django_capture_on_commit_callbacks, account, kind, value):
    """The identity service, as the site calls it: its incremental run is queued on commit."""
    with django_capture_on_commit_callbacks(execute=True):
        identity_record(account=account, kind=kind, value=value)


def test_an_identity_event_inside_a_ring_stores_what_a_full_scan_would(
    market, immediate_tasks, django_capture_on_commit_callbacks
):
    """Two ring members turn out to share a laptop, seen through the identity service
    (an incremental run of self-hire). The run stores no separate self-hire: it names
    the laptop in the ring's signal, and a full scan afterwards changes nothing."""
    members = plant_weekend_ring(market)
    services.scan_full()
    ring = Signal.objects.get()
    assert ring.kind == Kind.FEEDBACK_RING and "Inside the group" not in ring.explanation

    for member in members[:2]:
        record_identity_on_the_site(django_capture_on_commit_callbacks, member, "device", "weekend-laptop")

    [signal] = Signal.objects.filter(is_active=True)
    assert signal.pk == ring.pk
    assert "Inside the group, accounts Weekend 0" in signal.explanation
    assert "share a device used by no other account" in signal.explanation
    assert not Signal.objects.filter(kind=Kind.SELF_HIRE).exists()
    stored = (signal.score, signal.explanation, signal.evidence)

    report = services.scan_full()
    assert (report.created, report.updated, report.retired) == (0, 0, 0)
    signal.refresh_from_db()
    assert (signal.score, signal.explanation, signal.evidence) == stored


def test_a_pair_stored_as_self_hire_before_its_ring_was_seen_is_folded_on_the_next_identity_event(
    market, immediate_tasks, django_capture_on_commit_callbacks
):
    """The pair hired each other from one laptop and was stored as self-hire; then two
    more accounts joined them in a ring (written straight to the database, no scan).
    The pair's next identity event reports it as the ring, as a full scan would,
    and retires the stale self-hire signal."""
    a, b = market.account("Early A"), market.account("Early B")
    market.identity("device", "early-laptop", a, b)
    market.job(a, b, amount="30", length=1, days_ago=40)
    services.scan_full()
    pair = Signal.objects.get()
    assert pair.kind == Kind.SELF_HIRE

    members = [a, b, market.account("Early C"), market.account("Early D")]
    for n, (x, y) in enumerate((x, y) for x in members for y in members if x != y and {x, y} != {a, b}):
        market.job(x, y, amount="30", length=1, days_ago=10 - n * 0.1)
    market.job(b, a, amount="30", length=1, days_ago=9)
    record_identity_on_the_site(django_capture_on_commit_callbacks, a, "phone", "+31 612 345 678")

    pair.refresh_from_db()
    assert not pair.is_active
    [ring] = Signal.objects.filter(is_active=True)
    assert ring.kind == Kind.FEEDBACK_RING and set(ring.accounts.all()) == set(members)
    assert "Inside the group, accounts Early A" in ring.explanation
    report = services.scan_full()
    assert (report.created, report.updated, report.retired) == (0, 0, 0)


def test_an_identity_event_that_finds_no_pair_runs_no_ring_search(market):
    members = plant_weekend_ring(market)
    [row] = market.identity("ip", "198.51.100.77", members[0])
    report = services.scan_incremental(event="identity", object_id=row.pk)
    assert report.findings == 0 and "feedback_ring (around self-hire pairs)" not in report.timings


def test_a_ring_of_two_on_one_device_stays_a_self_hire_pair(market):
    """Two accounts hiring each other both ways from one device: that shape is
    self-hire's own, so the pair's self-hire signal stays."""
    a, b = market.account("Twin A"), market.account("Twin B")
    for n in range(4):
        market.job(a, b, amount="20", length=1, days_ago=20 - n) if n % 2 else market.job(
            b, a, amount="20", length=1, days_ago=20 - n
        )
    market.identity("device", "twin-laptop", a, b)
    services.scan_full()
    assert Kind.SELF_HIRE in set(Signal.objects.values_list("kind", flat=True))
