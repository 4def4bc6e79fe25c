"""Conflict of interest: an owner, admin or hiring manager of the client company
working as the freelancer on the company's contracts, with feedback between them."""

from accounts.models import Membership
from detection.detectors import conflict_of_interest


def test_an_admin_hired_by_their_own_company_with_feedback_is_flagged(market, detect):
    owner = market.account("Olga Owner", kind="client")
    org = market.org("Acme Ltd", owner)
    insider = market.account("Ian Insider")
    market.member(org, insider, Membership.Role.ADMIN)
    jobs = [market.job(owner, insider, amount="700", length=10, org=org, days_ago=d) for d in (60, 30)]

    [finding] = detect(conflict_of_interest)

    assert set(finding.accounts) == {owner.pk, insider.pk}
    assert finding.score >= 0.7
    assert finding.explanation.startswith(
        "Ian Insider is an admin of Acme Ltd and worked as the freelancer on two of its contracts ($1,400 in total), "
        "hired by Olga Owner; "
    )
    assert "Ian Insider left Olga Owner two five-star ratings" in finding.explanation
    assert "Olga Owner left Ian Insider two five-star ratings" in finding.explanation
    assert {("contract", c.pk) for c in jobs} <= {(e["type"], e["id"]) for e in finding.evidence}


def test_without_feedback_the_conflict_is_kept_on_the_account_below_the_case_threshold(market, detect):
    owner = market.account("Owner", kind="client")
    org = market.org("Beta Co", owner)
    manager = market.account("Manager")
    market.member(org, manager, Membership.Role.HIRING_MANAGER)
    market.job(owner, manager, org=org, ratings=(None, None))
    [finding] = detect(conflict_of_interest)
    assert 0.4 <= finding.score < 0.7
    assert "no feedback has been left between them yet" in finding.explanation


def test_a_plain_member_working_for_their_company_is_not_a_conflict(market, detect):
    owner = market.account("Owner", kind="client")
    org = market.org("Gamma GmbH", owner)
    staff = market.account("Staff")
    market.member(org, staff, Membership.Role.MEMBER)
    market.job(owner, staff, org=org)
    assert detect(conflict_of_interest) == []


def test_a_controlling_member_hired_by_another_company_is_not_a_conflict(market, detect):
    owner_a, owner_b = market.account("Owner A", kind="client"), market.account("Owner B", kind="client")
    org_a, org_b = market.org("A", owner_a), market.org("B", owner_b)
    admin = market.account("Admin of A")
    market.member(org_a, admin, Membership.Role.ADMIN)
    market.job(owner_b, admin, org=org_b)
    assert detect(conflict_of_interest) == []
