"""A claimed case belongs to its assignee: only they (or a senior reviewer) close,
reopen, decide, reassign, write to its users, ask them for information, add a
held email to it or answer its appeal. A refusal says who holds the case; an
unclaimed case is any reviewer's."""

import pytest

from cases import services
from cases.models import Case, CaseError
from notifications.models import Notice
from tests.submissions import keyed


@pytest.fixture
def held(case, reviewer):
    services.case_claim(case=case, reviewer=reviewer)
    return case


ACTIONS = {
    "close": lambda case, actor, subject: services.case_close(case=case, actor=actor, reason="Mine now"),
    "decide": lambda case, actor, subject: services.decision_make(
        case=case, account=subject, rung="no_violation", reason="Nothing here.", actor=actor
    ),
    "reassign": lambda case, actor, subject: services.case_assign(case=case, assignee=actor, actor=actor),
    "request_info": lambda case, actor, subject: services.case_request_info(
        case=case, actor=actor, account=subject, body="Who are you?"
    ),
    "message_user": lambda case, actor, subject: services.case_message_user(
        case=case, actor=actor, account=subject, body="We are looking at your account."
    ),
}


@pytest.mark.parametrize("action", ACTIONS)
def test_another_reviewer_cannot_act_on_a_claimed_case_and_is_told_who_holds_it(held, reviewer2, subject, action):
    before = Case.objects.get(pk=held.pk)
    with pytest.raises(CaseError) as err:
        ACTIONS[action](held, reviewer2, subject)
    assert err.value.code == "not_assignee"
    assert "claimed by Rita Reviewer" in err.value.message
    after = Case.objects.get(pk=held.pk)
    assert (after.status, after.assignee_id) == (before.status, before.assignee_id)
    assert not held.decisions.exists()


@pytest.mark.parametrize("action", ACTIONS)
def test_a_senior_reviewer_may_act_on_a_case_someone_else_holds(held, senior, subject, action):
    ACTIONS[action](held, senior, subject)


def test_another_reviewer_cannot_reopen_a_claimed_case_nor_clear_its_assignee(held, reviewer, reviewer2):
    services.case_close(case=held, actor=reviewer, reason="Done")
    with pytest.raises(CaseError, match="claimed by Rita Reviewer") as err:
        services.case_reopen(case=held, actor=reviewer2, reason="Let me see")
    assert err.value.code == "not_assignee"
    held.refresh_from_db()
    assert held.status == Case.Status.CLOSED and held.assignee == reviewer
    services.case_reopen(case=held, actor=reviewer, reason="New evidence")
    held.refresh_from_db()
    assert held.status == Case.Status.NEW


def test_another_reviewer_cannot_answer_an_appeal_someone_else_holds(case, reviewer, reviewer2, senior, subject):
    decision = services.decision_make(case=case, account=subject, rung="education", reason="x", actor=reviewer)
    appeal = services.appeal_open(decision=decision, account=subject, statement="Please.")
    services.case_claim(case=case, reviewer=senior)
    with pytest.raises(CaseError, match="claimed by Sam Senior") as err:
        services.appeal_decide(appeal=appeal, actor=reviewer2, outcome="uphold", answer="It stands.")
    assert err.value.code == "not_assignee"


def test_the_close_button_refusal_names_the_holder(client, held, reviewer2):
    client.force_login(reviewer2)
    response = client.post(f"/portal/cases/{held.pk}/close/", {"reason": "Mine now"}, follow=True)
    assert "claimed by Rita Reviewer" in response.content.decode()
    held.refresh_from_db()
    assert held.status == Case.Status.IN_REVIEW


def test_another_reviewer_cannot_write_to_the_users_of_a_claimed_case_and_nothing_reaches_them(
    held, reviewer2, subject
):
    with pytest.raises(
        CaseError, match="claimed by Rita Reviewer; only they or a senior reviewer can write to its users"
    ):
        services.case_message_user(case=held, actor=reviewer2, account=subject, body="Hello from someone else")

    assert not held.events.filter(type="message_to_user").exists()
    assert not Notice.objects.filter(account=subject).exists()


def test_the_message_form_of_another_reviewer_shows_who_holds_the_case(client, held, reviewer2, subject):
    client.force_login(reviewer2)

    response = client.post(
        f"/portal/cases/{held.pk}/message/",
        keyed({"kind": "message", "account": subject.pk, "body": "Hello"}),
        follow=True,
    )

    assert "claimed by Rita Reviewer" in response.content.decode()
    assert not held.events.filter(type="message_to_user").exists()


@pytest.mark.parametrize("action", ["message_user", "request_info"])
def test_any_reviewer_may_write_to_the_users_of_an_unclaimed_case(case, reviewer2, subject, action):
    ACTIONS[action](case, reviewer2, subject)

    assert case.events.filter(actor=reviewer2, account=subject, visible_to_user=True).exists()
