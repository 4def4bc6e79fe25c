"""Two reviewers claim the same case at the same moment: one wins, the other is
told. Real threads against PostgreSQL (SQLite serialises writers anyway)."""

import threading

import pytest
from django.db import connection, connections

from cases import services
from cases.models import Case, CaseError, CaseEvent, Kind

pytestmark = pytest.mark.django_db(transaction=True)


def race(targets):
    barrier = threading.Barrier(len(targets))
    results = [None] * len(targets)

    def run(i, fn):
        try:
            barrier.wait()
            results[i] = fn()
        except Exception as exc:  # noqa: BLE001 - the loser's error is the point
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(targets)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_second_claim_loses_when_first_reviewer_holds_case(reviewer, reviewer2, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    results = race(
        [
            lambda: services.case_claim(case=case, reviewer=reviewer),
            lambda: services.case_claim(case=case, reviewer=reviewer2),
        ]
    )
    winners = [r for r in results if isinstance(r, Case)]
    losers = [r for r in results if isinstance(r, CaseError)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert losers[0].code == "already_claimed"
    case.refresh_from_db()
    assert case.assignee_id == winners[0].assignee_id
    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.CLAIMED).count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SKIP LOCKED needs PostgreSQL")
def test_claim_next_at_once_gives_two_reviewers_two_different_cases(reviewer, reviewer2, subject, bystander):
    services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[bystander])
    results = race(
        [lambda: services.case_claim_next(reviewer=reviewer), lambda: services.case_claim_next(reviewer=reviewer2)]
    )
    assert all(isinstance(r, Case) for r in results), results
    assert results[0].pk != results[1].pk


def test_claim_of_a_claimed_case_names_the_holder(reviewer, reviewer2, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    with pytest.raises(CaseError, match="just claimed by Rita Reviewer"):
        services.case_claim(case=case, reviewer=reviewer2)
