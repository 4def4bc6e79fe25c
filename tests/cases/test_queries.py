"""The queue page and the API list cost the same number of queries whatever the
page holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from cases.services import case_open
from detection.kinds import Kind
from tests.conftest import make_user


def open_cases(n, start=0):
    for i in range(start, start + n):
        a = make_user(f"q{i}a@test.example")
        b = make_user(f"q{i}b@test.example", kind="client")
        case_open(kind=Kind.FEEDBACK_RING, accounts=[a, b])


def count(fn):
    with CaptureQueriesContext(connection) as ctx:
        response = fn()
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_queue_page_queries_do_not_grow_with_cases(client, reviewer):
    client.force_login(reviewer)
    open_cases(2)
    client.get("/portal/")  # warm the per-process caches (announcements) first
    few = count(lambda: client.get("/portal/"))
    open_cases(20, start=2)
    many = count(lambda: client.get("/portal/"))
    assert few == many


def test_queue_page_query_budget(client, reviewer, django_assert_max_num_queries):
    open_cases(5)
    client.force_login(reviewer)
    client.get("/portal/")  # the announcements every page shows are cached after the first
    # session, user, user's groups (role check), "you hold N cases" count,
    # paginator count, the page of cases (+assignee), their subjects+accounts.
    with django_assert_max_num_queries(8):
        assert client.get("/portal/").status_code == 200


@pytest.mark.parametrize("page_size", [2, 10])
def test_api_list_queries_do_not_grow_with_page_size(reviewer, page_size, django_assert_num_queries):
    open_cases(12)
    api = APIClient()
    api.force_authenticate(reviewer)
    # groups (permission), count, page of cases, subjects joined to their accounts.
    with django_assert_num_queries(4):
        response = api.get(f"/api/v1/cases/?page_size={page_size}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == page_size
