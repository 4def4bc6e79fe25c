"""One user's journey in a real browser (Debian's Chromium): the announcement on
every page, dismissing it, voting on an article and filing a report."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache

from announcements.models import Announcement
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from tests.conftest import login

pytestmark = pytest.mark.browser


def test_announcement_dismissal_vote_and_report_in_the_browser(page, client_user, subject, contract, bribe):
    from playwright.sync_api import expect

    cache.clear()
    policy_articles_ensure(Article)
    Announcement.objects.create(
        title="Maintenance",
        scope=Announcement.Scope.GLOBAL,
        icon="warning",
        message="Scheduled maintenance on Sunday at 02:00 UTC. [Read more](/help/articles/feedback-building/)",
    )
    banner = page.get_by_test_id("announcement")

    # Anonymous visitors see it too.
    page.goto("/help/")
    expect(banner).to_contain_text("Scheduled maintenance on Sunday")

    login(page, client_user.email)
    for path in ("/help/", "/help/articles/how-to-appeal/", "/report/"):
        page.goto(path)
        expect(banner).to_contain_text("Scheduled maintenance on Sunday")

    # Dismiss it: gone after the redirect, and on the next page.
    page.get_by_test_id("dismiss-announcement").click()
    expect(page).to_have_url(re.compile(r"/report/$"))
    expect(banner).to_have_count(0)
    page.goto("/help/")
    expect(banner).to_have_count(0)

    # Vote on an article: the count changes, and a second click changes the vote.
    page.goto("/help/articles/how-to-appeal/")
    count = page.get_by_test_id("helpful-count")
    expect(count).to_have_text("Be the first to say whether this helped")
    page.get_by_test_id("vote-yes").click()
    expect(count).to_have_text("1 out of 1 found this helpful")
    expect(page.get_by_test_id("my-vote")).to_contain_text("You answered yes")
    page.get_by_test_id("helpful").scroll_into_view_if_needed()
    page.screenshot(path="/tmp/ts-article.png", full_page=True)
    page.get_by_test_id("vote-no").click()
    expect(count).to_have_text("0 out of 1 found this helpful")

    # File a report from the contract and the offending message.
    page.goto(f"/report/new/?contract={contract.pk}&message={bribe.pk}")
    expect(page.get_by_role("heading", name=f"Report {subject.display_name}")).to_be_visible()
    page.get_by_label("Offered payment, a refund or free work for feedback").check()
    page.get_by_label("Tell us in your own words").fill("They offered to refund $50 if I left five stars.")
    page.screenshot(path="/tmp/ts-report-form.png", full_page=True)
    page.get_by_test_id("send-report").click()

    expect(page).to_have_url(re.compile(r"/report/\d+/$"))
    expect(page.get_by_test_id("report-status")).to_have_text("Received")
    expect(page.get_by_test_id("report-details")).to_contain_text("refund $50 if I left five stars")
    expect(page.get_by_test_id("thread-entry").first).to_contain_text("We received your report")
    cache.clear()
