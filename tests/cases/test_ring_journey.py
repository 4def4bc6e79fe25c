"""The reviewer's workspace end to end in Chromium: find a ring's case by its
number, decide all ten members at once with macros, a senior approves the
organiser's block, and the members read the notices that match."""

import os
import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from cases.models import Decision, Macro
from demo.ring import build_ring
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from tests.conftest import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOT_DIR", "")


def shot(page, name, full_page=False):
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=full_page)


def test_a_reviewer_decides_a_ten_member_ring_and_a_senior_approves_the_block(
    page, browser, live_server, reviewer, senior
):
    policy_articles_ensure(Article)  # the decision form lists them (a transactional test may have flushed them)
    ring = build_ring(members=10, evidence=500, events=60)
    case = ring.case
    Macro.objects.create(
        title="Ring: permanent block",
        rung="permanent_block",
        body="{user}, you organised a ring that traded fake five-star feedback, starting with {contract}.",
    )
    Macro.objects.create(
        title="Feedback hidden",
        rung="hide_feedback",
        body="{user}, the feedback from {contract} was not real work, so we have hidden it.",
    )
    Macro.objects.create(title="Ask about the device", use="message", body="{user}, who else uses your device?")
    for member in ring.members:
        member.set_password(PASSWORD)
    User.objects.bulk_update(ring.members, ["password"])
    page.set_viewport_size({"width": 1366, "height": 768})

    # Find the case by its number in the queue.
    login(page, reviewer.email)
    page.fill("#id_q", f"#{case.pk}")
    page.click("text=Apply")
    rows = page.locator("[data-testid=queue] tbody tr")
    expect(rows).to_have_count(1)
    rows.first.locator("a").first.click()
    expect(page.get_by_role("heading", name=re.compile(f"Case #{case.pk}"))).to_be_visible()
    page.click("[data-testid=claim]")
    shot(page, "journey-case-above-the-fold")
    for selector in ("#signals", "#graph"):
        box = page.locator(selector).bounding_box()
        assert box["y"] < 768, selector

    # The composer's macro is filled for the chosen recipient, and stays editable.
    organiser, *others = ring.members
    page.select_option("#id_account", str(others[0].pk))
    page.select_option("#id_macro", label="Ask about the device")
    expect(page.locator("#id_body")).to_have_value("Ring Member 2, who else uses your device?")
    page.fill("#id_body", "")

    # One form: the organiser blocked, two suspended, seven lose their fake feedback.
    form = page.locator("[data-testid=decision-form]")
    form.locator(f"select[name=rung_{organiser.pk}]").select_option("permanent_block")
    form.locator(f"select[name=macro_{organiser.pk}]").select_option(label="Ring: permanent block")
    reason = form.locator(f"textarea[name=reason_{organiser.pk}]")
    expect(reason).to_have_value(
        re.compile(r"^Ring Member 1, you organised a ring .* starting with “Logo tweak \d+” \(contract #\d+\)\.")
    )
    reason.fill(reason.input_value() + " Your account is permanently blocked.")  # still editable
    for member in others[:2]:
        form.locator(f"select[name=rung_{member.pk}]").select_option("suspension")
        form.locator(f"textarea[name=reason_{member.pk}]").fill("You took part in a feedback ring; suspended.")
    for member in others[2:]:
        form.locator(f"select[name=rung_{member.pk}]").select_option("hide_feedback")
        form.locator(f"select[name=macro_{member.pk}]").select_option(label="Feedback hidden")
        expect(form.locator(f"textarea[name=reason_{member.pk}]")).to_have_value(
            re.compile(f"^{member.display_name}, the feedback from “Logo tweak")
        )
    page.click("[data-testid=decide]")
    # Ten decisions with their notices and ~200 hidden reviews: slow on a loaded machine.
    expect(page.get_by_text("9 decisions applied. Waiting for a senior reviewer's approval")).to_be_visible(
        timeout=60_000
    )
    pending = page.locator("[data-testid=pending-decision]")
    expect(pending).to_have_count(1)
    expect(pending).to_contain_text("Permanent block for Ring Member 1")
    shot(page, "journey-after-decisions", full_page=True)

    # The senior approves the block from the case page.
    senior_context = browser.new_context(base_url=live_server.url, viewport={"width": 1366, "height": 768})
    senior_page = senior_context.new_page()
    login(senior_page, senior.email)
    senior_page.goto(f"/portal/cases/{case.pk}/")
    senior_page.click("[data-testid=approve]")
    expect(senior_page.get_by_text("Approved: the decision now applies.")).to_be_visible(timeout=30_000)
    expect(senior_page.locator("[data-testid=case-status]")).to_have_text("Decided")
    senior_context.close()

    organiser.refresh_from_db()
    assert organiser.restriction_level == "blocked"
    assert Decision.objects.filter(case=case, status="applied").count() == 10

    # The members read what happened to them.
    expected = {
        organiser: "Your account has been permanently blocked",
        others[0]: "Your account has been suspended",
        others[5]: "Some feedback on your account has been hidden",
    }
    for member, headline in expected.items():
        context = browser.new_context(base_url=live_server.url)
        member_page = context.new_page()
        login(member_page, member.email)
        member_page.goto("/help/requests/")
        member_page.click(f"text=Request #{case.pk}")
        expect(member_page.locator("main")).to_contain_text(headline)
        if member is organiser:
            expect(member_page.locator("body")).not_to_contain_text("Some feedback on your account has been hidden")
            shot(member_page, "journey-organiser-notice", full_page=True)
        context.close()
