"""An unrestricted request pays nothing for enforcement: not one query."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.enforcement.world import suspended_freelancer_world

WITHOUT_ENFORCEMENT = [m for m in settings.MIDDLEWARE if m != "enforcement.middleware.RestrictionMiddleware"]


def _queries(user, path, *, middleware=True):
    def run():
        client = Client()
        client.force_login(user)
        client.get(path)  # warm up: first-request caches (content types, groups…)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200
        # Literals differ between runs (session keys, "now"): compare the shapes.
        return [re.sub(r"'[^']*'", "?", q["sql"]) for q in ctx.captured_queries]

    if middleware:
        return run()
    with override_settings(MIDDLEWARE=WITHOUT_ENFORCEMENT):
        return run()


@pytest.fixture
def unrestricted(db, reviewer):
    """The same busy marketplace life as the suspended freelancer, unrestricted."""
    world = suspended_freelancer_world(reviewer=reviewer, email="free@test.example")
    from enforcement.models import Restriction
    from enforcement.services import restriction_lift

    restriction_lift(restriction=Restriction.objects.get(account=world["user"]), actor=reviewer, reason="Test")
    world["user"].refresh_from_db()
    return world


@pytest.mark.parametrize(
    "path",
    [
        lambda w: "/dashboard/",
        lambda w: "/contracts/",
        lambda w: f"/contracts/{w['active'].pk}/",
        lambda w: f"/contracts/{w['subcontract'].pk}/",
        lambda w: "/jobs/",
        lambda w: f"/jobs/{w['own_job'].pk}/",
        lambda w: "/withdrawals/",
        lambda w: f"/profile/{w['user'].pk}/",
        lambda w: "/help/requests/",
    ],
    ids=[
        "dashboard",
        "contracts",
        "contract",
        "contract-as-client",
        "jobs",
        "own-job",
        "withdrawals",
        "profile",
        "inbox",
    ],
)
def test_unrestricted_pages_cost_the_same_with_and_without_enforcement(unrestricted, path):
    user = unrestricted["user"]
    url = path(unrestricted)
    with_mw = _queries(user, url)
    without_mw = _queries(user, url, middleware=False)
    assert with_mw == without_mw


def test_contract_page_queries_named(client, unrestricted, django_assert_num_queries):
    """The contract page for an unrestricted party, query by query. Every control
    on it (composer, payment form, feedback form, end contract) is drawn through
    the registry and none of them adds a query."""
    user = unrestricted["user"]
    client.force_login(user)
    url = f"/contracts/{unrestricted['subcontract'].pk}/"
    client.get(url)
    # 1 session, 2 user (restriction summary is on this row: nothing more for enforcement),
    # 3 the contract with both parties, 4 feedback on it with authors,
    # 5 messages with senders, 6 payments with payers.
    with django_assert_num_queries(6):
        response = client.get(url)
    assert b'data-state="enabled"' in response.content
    assert b"restriction-banner" not in response.content


def test_a_restricted_request_costs_one_query_more(suspended, world, reviewer):
    """The price is paid only by restricted accounts: their restriction rows."""
    from enforcement.models import Restriction
    from enforcement.services import restriction_lift

    url = f"/contracts/{world['active'].pk}/"
    restricted = _queries(suspended, url)
    restriction_lift(restriction=Restriction.objects.get(account=suspended), actor=reviewer, reason="Test")
    unrestricted = _queries(suspended, url)
    added = [q for q in restricted if q not in unrestricted]
    assert len(restricted) == len(unrestricted) + 1
    assert len(added) == 1 and "enforcement_restriction" in added[0]
