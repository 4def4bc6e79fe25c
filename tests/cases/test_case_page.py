"""The case page at a ring's scale: one selector, a fixed number of queries
whatever the subjects, evidence and events; short enough to read at 1366×768."""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from playwright.sync_api import expect

from cases.models import Macro
from demo.ring import build_ring
from demo.workspace import seed_macros
from tests.conftest import login

SHOTS = os.environ.get("SCREENSHOT_DIR", "")
# The page's budget: session, user, groups, the case, subjects+accounts, strikes,
# prior cases, decisions elsewhere, 4 for linked accounts, manipulated feedback,
# signals (+accounts), evidence refs and one per previewed type, the graph, the
# latest events and their count, decisions (+feedback, appeals), appeals,
# reporters, failed emails, and two for each kind of macro (the macros, the
# subjects' contracts their {contract} names).
BUDGET = 41


def page_queries(client, case):
    client.get(f"/portal/cases/{case.pk}/")  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/portal/cases/{case.pk}/")
    assert response.status_code == 200
    return len(ctx.captured_queries), response


def test_case_page_queries_do_not_grow_with_subjects_evidence_or_events(client, reviewer):
    seed_macros()  # reason and message macros, filled for every subject
    client.force_login(reviewer)
    small = build_ring(members=2, evidence=20, events=5, prefix="small")
    large = build_ring(members=12, evidence=500, events=300, prefix="large")
    few, _ = page_queries(client, small.case)
    many, response = page_queries(client, large.case)
    assert few == many
    body = response.content.decode()
    # 12 subjects as rows, 500 evidence items behind "all N" links, not on the page.
    assert body.count('data-testid="subject"') == 12
    assert body.count('data-testid="evidence-item"') <= 5 * 2
    assert "Evidence (500)" in body


def test_case_page_query_budget_for_a_twelve_member_ring(client, reviewer, django_assert_max_num_queries):
    seed_macros()
    ring = build_ring(members=12, evidence=500, events=300)
    client.force_login(reviewer)
    client.get(f"/portal/cases/{ring.case.pk}/")
    with django_assert_max_num_queries(BUDGET):
        assert client.get(f"/portal/cases/{ring.case.pk}/").status_code == 200


def test_all_evidence_of_a_type_is_one_click_away_and_paginated(client, reviewer):
    ring = build_ring(members=10, evidence=500)
    client.force_login(reviewer)
    page = client.get(f"/portal/cases/{ring.case.pk}/")
    assert f"/portal/cases/{ring.case.pk}/evidence/?type=feedback" in page.content.decode()
    first = client.get(f"/portal/cases/{ring.case.pk}/evidence/", {"type": "feedback"}).content.decode()
    assert "Feedback evidence of case" in first and first.count('data-testid="evidence-item"') == 50
    # 10 identity signals, then 490 records in four equal parts: 123 feedback items.
    assert "Page 1 of 3" in first
    last = client.get(f"/portal/cases/{ring.case.pk}/evidence/", {"type": "feedback", "page": 3}).content.decode()
    assert last.count('data-testid="evidence-item"') == 23
    assert "Five stars, a true professional." in last


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_ten_member_ring_fits_in_three_screens(page, reviewer):
    ring = build_ring(members=10, evidence=500, events=120)
    Macro.objects.create(title="Ring: hide and warn", rung="hide_feedback", body="{user}, your reviews are not real.")
    page.set_viewport_size({"width": 1366, "height": 768})
    login(page, reviewer.email)
    page.goto(f"/portal/cases/{ring.case.pk}/")
    expect(page.locator("[data-testid=subject]")).to_have_count(10)
    height = page.evaluate("document.documentElement.scrollHeight")
    # Summary, signals and the graph are above the fold.
    for selector in ("#signals", "#graph"):
        assert page.locator(selector).bounding_box()["y"] < 768, selector
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, "case-ring-fold.png"))
        page.screenshot(path=os.path.join(SHOTS, "case-ring-full.png"), full_page=True)
    assert height <= 3 * 768 + 100, height


def test_the_whole_timeline_is_its_own_page(client, reviewer):
    ring = build_ring(members=3, evidence=10, events=150)
    client.force_login(reviewer)
    body = client.get(f"/portal/cases/{ring.case.pk}/").content.decode()
    assert "latest 4 of 150" in body and f"/portal/cases/{ring.case.pk}/timeline/" in body
    first = client.get(f"/portal/cases/{ring.case.pk}/timeline/").content.decode()
    assert "(150 events)" in first and "Page 1 of 2" in first
    assert first.count("data-type=") == 100
