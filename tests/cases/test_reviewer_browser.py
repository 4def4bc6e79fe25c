"""A reviewer takes a case from the queue to a suspension in a real browser, and
a permanent block goes through a senior reviewer's approval."""

import os
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cases.models import Case
from cases.services import signal_route
from detection.kinds import Kind
from detection.models import Signal
from feedback.services import feedback_leave
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from tests.conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOT_DIR")


def shot(page, name):
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


@pytest.fixture
def detected_case(contract, client_user, subject, bystander):
    policy_articles_ensure(Article)  # the decision form lists them (a transactional test may have flushed them)
    feedback = feedback_leave(contract=contract, author=client_user, rating=5, comment="Amazing, 5 stars as agreed")
    signal = Signal.objects.create(
        kind=Kind.SELF_HIRE,
        detector="self_hire",
        fingerprint="browser-test",
        score=0.93,
        explanation="Cleo Client and Fred Freelancer share a payment card used by no other account.",
        evidence=[{"type": "contract", "id": contract.pk}, {"type": "feedback", "id": feedback.pk}],
    )
    signal.accounts.set([client_user, subject])
    # A second, unrelated case so the filter has something to hide.
    other = Signal.objects.create(
        kind=Kind.PAID_FEEDBACK,
        detector="paid",
        fingerprint="other",
        score=0.8,
        explanation="Offered a bonus for five stars.",
    )
    other.accounts.set([bystander])
    signal_route(signal=other)
    return signal_route(signal=signal)


def test_reviewer_takes_a_case_to_a_suspension(page, reviewer, detected_case, subject):
    login(page, reviewer.email)
    expect(page.get_by_role("heading", name="Case queue")).to_be_visible()
    page.select_option("#id_kind", "self_hire")
    page.click("text=Apply")
    rows = page.locator("[data-testid=queue] tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Self-hire")
    shot(page, "queue")

    rows.first.locator("a").first.click()
    expect(page.locator("#signals")).to_contain_text("share a payment card used by no other account")
    evidence = page.locator("[data-testid=evidence-item]")
    expect(evidence).to_have_count(2)
    expect(page.locator("#evidence")).to_contain_text("Amazing, 5 stars as agreed")

    page.click("[data-testid=claim]")
    expect(page.locator("[data-testid=assignee]")).to_have_text(reviewer.display_name)
    expect(page.locator("[data-testid=case-status]")).to_have_text("In review")

    page.fill("#id_note_body", "Card shared with the client; checking history.")
    page.click("[data-testid=add-note]")
    expect(page.locator("[data-testid=timeline]")).to_contain_text("Card shared with the client")

    page.check("input[name=kind][value=request_info]")
    page.select_option("#id_account", str(subject.pk))
    page.fill("#id_body", "Who else uses the card ending 4242?")
    page.click("[data-testid=send-message]")
    expect(page.locator("[data-testid=case-status]")).to_have_text("Awaiting user")
    expect(page.locator("[data-testid=timeline]")).to_contain_text("Who else uses the card")

    form = page.locator("[data-testid=decision-form]")
    for rung in form.locator("select[name^=rung_]").all():
        rung.select_option("")  # the client: not now
    form.locator(f"select[name=rung_{subject.pk}]").select_option("suspension")
    form.locator(f"textarea[name=reason_{subject.pk}]").fill("You hired yourself through a second account.")
    # Three weeks: within what one reviewer may decide alone (SUSPENSION_MAX_DAYS_WITHOUT_APPROVAL).
    ends = timezone.localtime(timezone.now() + timedelta(days=21))
    form.locator(f"input[name=until_{subject.pk}]").fill(f"{ends:%Y-%m-%dT%H:%M}")
    page.click("[data-testid=decide]")
    expect(page.get_by_text("Decision recorded.")).to_be_visible()
    timeline = page.locator("[data-testid=timeline]")
    expect(timeline).to_contain_text("Suspension")
    expect(timeline.locator("li[data-type=restriction_applied]")).to_have_count(1)
    expect(page.locator("[data-testid=decision]").first).to_contain_text("Suspension for Fred Freelancer")
    shot(page, "case")
    subject.refresh_from_db()
    assert subject.restriction_level == "suspended"


def test_permanent_block_needs_a_senior_reviewers_approval(
    page, browser, live_server, reviewer, senior, detected_case, subject
):
    login(page, reviewer.email)
    page.goto(f"/portal/cases/{detected_case.pk}/")
    page.click("[data-testid=claim]")
    form = page.locator("[data-testid=decision-form]")
    for rung in form.locator("select[name^=rung_]").all():
        rung.select_option("")  # nobody else now
    form.locator(f"select[name=rung_{subject.pk}]").select_option("permanent_block")
    form.locator(f"textarea[name=reason_{subject.pk}]").fill("Third self-hire scheme this year.")
    page.click("[data-testid=decide]")
    expect(page.get_by_text("needs a senior reviewer's approval")).to_be_visible()
    pending = page.locator("[data-testid=pending-decision]")
    expect(pending).to_contain_text("A senior reviewer other than the proposer must approve")
    expect(pending.locator("[data-testid=approve]")).to_have_count(0)
    subject.refresh_from_db()
    assert subject.restriction_level == ""

    senior_context = browser.new_context(base_url=live_server.url)
    senior_page = senior_context.new_page()
    login(senior_page, senior.email)
    senior_page.goto(f"/portal/cases/{detected_case.pk}/")
    senior_page.click("[data-testid=approve]")
    expect(senior_page.get_by_text("Approved: the decision now applies.")).to_be_visible()
    expect(senior_page.locator("[data-testid=decision]").first).to_contain_text(
        re.compile(f"approved by {senior.display_name}")
    )
    senior_context.close()
    subject.refresh_from_db()
    assert subject.restriction_level == "blocked"
    assert Case.objects.get(pk=detected_case.pk).events.filter(type="decision").count() == 1


def test_a_stale_block_says_what_changed_and_is_re_proposed_in_one_click(
    page, browser, live_server, reviewer, senior, detected_case, subject
):
    from cases.services import case_claim, case_open, decision_make

    case_claim(case=detected_case, reviewer=reviewer)
    block = decision_make(case=detected_case, account=subject, rung="permanent_block", reason="Again.", actor=reviewer)
    other = case_open(kind=Kind.PAID_FEEDBACK, accounts=[subject])
    decision_make(case=other, account=subject, rung="suspension", reason="Paid for reviews.", actor=reviewer)

    login(page, senior.email)
    page.goto(f"/portal/cases/{detected_case.pk}/")
    stale = page.locator("[data-testid=stale-proposal]")
    expect(stale).to_contain_text(f"A new major strike (case #{other.pk}: Suspension")
    expect(page.locator("[data-testid=pending-decision] [data-testid=approve]")).to_have_count(0)
    stale.scroll_into_view_if_needed()
    shot(page, "stale-proposal")

    reviewer_context = browser.new_context(base_url=live_server.url)
    reviewer_page = reviewer_context.new_page()
    login(reviewer_page, reviewer.email)
    reviewer_page.goto(f"/portal/cases/{detected_case.pk}/")
    reviewer_page.click("[data-testid=repropose]")
    expect(reviewer_page.get_by_text("Re-proposed on what stands now")).to_be_visible()
    expect(reviewer_page.locator("[data-testid=stale-proposal]")).to_have_count(0)
    reviewer_context.close()

    page.reload()
    page.click("[data-testid=pending-decision] [data-testid=approve]")
    expect(page.get_by_text("Approved: the decision now applies.")).to_be_visible()
    block.refresh_from_db()
    assert block.status == "stale" and block.replaced_by.status == "applied"
    subject.refresh_from_db()
    assert subject.restriction_level == "blocked"
