import pytest

from cases.services import case_message_user, case_note_add, case_open
from detection.kinds import Kind
from tests.enforcement.world import suspended_freelancer_world


@pytest.fixture
def world(db, reviewer):
    return suspended_freelancer_world(reviewer=reviewer)


@pytest.fixture
def suspended(world):
    return world["user"]


@pytest.fixture
def shared_case(db, reviewer, subject, client_user):
    """A case about two accounts, with an internal note and a message to each."""
    case = case_open(kind=Kind.SELF_HIRE, accounts=[subject, client_user], note="INTERNAL-OPEN-NOTE shared card")
    case_note_add(case=case, actor=reviewer, body="INTERNAL-NOTE-TEXT do not show")
    case_message_user(case=case, actor=reviewer, account=subject, body="Message for the freelancer only")
    case_message_user(case=case, actor=reviewer, account=client_user, body="SECRET-FOR-CLIENT message")
    return case
