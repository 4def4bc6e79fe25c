"""The reviewer's workspace in Chromium: keyboard shortcuts (never while typing),
the help overlay, bulk selection, and a senior's approvals page with its badge."""

import os
import re

import pytest
from playwright.sync_api import expect

from cases import services
from cases.models import Case, Decision
from detection.kinds import Kind
from tests.conftest import login, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOT_DIR")


def shot(page, name):
    if SHOTS:
        page.set_viewport_size({"width": 1366, "height": 768})
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=False)


@pytest.fixture
def three_cases(db):
    return [
        services.case_open(kind=Kind.SELF_HIRE, accounts=[make_user(f"ring{i}@test.example", name=f"Ring {i}")])
        for i in range(3)
    ]


def test_shortcuts_move_open_claim_and_never_fire_while_typing(page, reviewer, three_cases):
    login(page, reviewer.email)
    rows = page.locator("[data-case-row]")
    expect(rows).to_have_count(3)
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class("is-current")
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class("is-current")
    page.keyboard.press("k")
    expect(rows.nth(0)).to_have_class("is-current")

    page.locator("#id_q").click()
    page.keyboard.type("jjk?")
    expect(page.locator("#id_q")).to_have_value("jjk?")
    expect(rows.nth(0)).to_have_class("is-current")
    expect(page.get_by_test_id("shortcuts-help")).to_be_hidden()
    page.locator("#id_q").fill("")

    page.locator("h1").click()
    page.keyboard.press("?")
    expect(page.get_by_test_id("shortcuts-help")).to_be_visible()
    expect(page.get_by_test_id("shortcuts-help")).to_contain_text("Next / previous case")
    shot(page, "shortcuts-help")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("shortcuts-help")).to_be_hidden()

    page.keyboard.press("k")  # back to the first row (the current row stayed on it)
    page.keyboard.press("o")
    page.wait_for_url(f"**/portal/cases/{rows_first_id(three_cases)}/")
    page.keyboard.press("c")
    expect(page.locator(".flash")).to_contain_text("You claimed case")
    assert Case.objects.get(pk=rows_first_id(three_cases)).assignee_id == reviewer.pk
    page.keyboard.press("n")
    expect(page.locator("#id_note_body")).to_be_focused()
    page.keyboard.type("no j here")
    expect(page.locator("#id_note_body")).to_have_value("no j here")
    page.locator("h1").first.click()
    page.keyboard.press("j")  # the next case of the queue last seen
    order = list(Case.objects.order_by("priority", "due_at", "id").values_list("pk", flat=True))
    second = order[order.index(rows_first_id(three_cases)) + 1]
    expect(page).to_have_url(re.compile(rf"/portal/cases/{second}/$"))


def rows_first_id(cases):
    return Case.objects.filter(pk__in=[c.pk for c in cases]).order_by("priority", "due_at", "id").first().pk


def test_bulk_selection_claims_the_selected_and_reports(page, reviewer, three_cases):
    login(page, reviewer.email)
    page.get_by_label("Select every case on this page").check()
    expect(page.get_by_test_id("selected-count")).to_have_text("3")
    page.get_by_test_id("select-case").first.uncheck()
    expect(page.get_by_test_id("selected-count")).to_have_text("2")
    page.select_option("#bulk-action", "assign")
    shot(page, "queue-bulk")
    page.get_by_test_id("bulk-apply").click()
    expect(page.locator(".flash")).to_contain_text("2 of 2 cases done")
    assert Case.objects.filter(assignee=reviewer).count() == 2


def test_a_senior_approves_from_the_approvals_page(page, senior, reviewer, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    decision = services.decision_make(
        case=case, account=subject, rung="permanent_block", reason="A ring.", actor=reviewer
    )
    login(page, senior.email)
    expect(page.get_by_test_id("approvals-badge")).to_have_text("1")
    page.get_by_test_id("nav-approvals").click()
    row = page.get_by_test_id("approval-row")
    expect(row).to_contain_text("Permanent block")
    expect(row).to_contain_text(reviewer.display_name)
    shot(page, "approvals")
    row.get_by_test_id("approve").click()
    expect(page.locator(".flash")).to_contain_text("Approved")
    expect(page.get_by_test_id("approvals-badge")).to_have_count(0)
    decision.refresh_from_db()
    assert decision.status == Decision.Status.APPLIED
