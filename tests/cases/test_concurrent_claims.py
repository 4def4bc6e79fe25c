"""Two reviewers claim the same case at the same moment: one wins, the other is
told. Real threads against PostgreSQL (SQLite serialises writers anyway)."""

import pytest

from cases import services
from cases.models import Case, CaseError, CaseEvent
from detection.kinds import Kind
from tests.concurrency import postgres_only, race

pytestmark = pytest.mark.django_db(transaction=True)


@postgres_only
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


@postgres_only
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
