from decimal import Decimal

import pytest

from cases.models import Case
from cases.services import case_open
from detection.kinds import Kind
from feedback.services import feedback_leave
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure


@pytest.fixture
def case(db, subject, client_user, reviewer) -> Case:
    policy_articles_ensure(Article)  # decisions name one (a transactional test may have flushed them)
    return case_open(kind=Kind.SELF_HIRE, accounts=[subject, client_user], note="Shared card and device")


@pytest.fixture
def five_star(db, contract, client_user):
    return feedback_leave(contract=contract, author=client_user, rating=5, comment="Perfect, as agreed")


@pytest.fixture
def money():
    return Decimal("100.00")
