"""In a real browser (Debian's Chromium): a suspended freelancer sees the banner on
every page, each control degraded as the registry says, the error page, a direct
POST refused, and can reply and appeal in My Requests. The same walk as an
unrestricted user finds every control enabled."""

import os
import re

import pytest
from playwright.sync_api import expect

from contracts.models import Message
from enforcement import registry
from enforcement.models import Restriction
from enforcement.services import restriction_lift
from enforcement.state import restriction_state_for
from tests.conftest import login
from tests.enforcement.world import suspended_freelancer_world
from tests.submissions import keyed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("SCREENSHOT_DIR", "/tmp")


def shot(page, name):
    page.screenshot(path=os.path.join(SHOTS, f"enforcement-{name}.png"), full_page=True)


def control_pages(world):
    """Where each registry action's control lives for this freelancer."""
    return {
        "leave_feedback": f"/contracts/{world['ended'].pk}/",
        "send_message": f"/contracts/{world['active'].pk}/",
        "submit_proposal": f"/jobs/{world['open_job'].pk}/",
        "hire": f"/jobs/{world['own_job'].pk}/",
        "post_job": "/jobs/",
        "request_withdrawal": "/withdrawals/",
        "edit_profile": f"/profile/{world['user'].pk}/",
        "release_payment": f"/contracts/{world['subcontract'].pk}/",
        "pay_bonus": f"/contracts/{world['subcontract'].pk}/",
        "end_contract": f"/contracts/{world['active'].pk}/",
    }


def expect_banner(page, world, restricted):
    banner = page.get_by_test_id("restriction-banner")
    if not restricted:
        expect(banner).to_have_count(0)
        return
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Your account is suspended.")
    link = page.get_by_test_id("restriction-banner-link")
    expect(link).to_have_attribute("href", f"/help/requests/case/{world['case'].pk}/")


def post_directly(page, url, form):
    """A crafted POST with a valid CSRF token, as a script would send it."""
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    return page.request.post(url, form=form, headers={"X-CSRFToken": token}, max_redirects=0)


@pytest.mark.parametrize("restricted", [True, False], ids=["suspended", "unrestricted"])
def test_a_freelancer_walks_the_site(page, reviewer, restricted):
    world = suspended_freelancer_world(reviewer=reviewer)
    user = world["user"]
    if not restricted:
        restriction_lift(restriction=Restriction.objects.get(account=user), actor=reviewer, reason="Overturned")
        user.refresh_from_db()
    state = restriction_state_for(user)
    assert (state is not None) == restricted

    login(page, user.email)
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect_banner(page, world, restricted)

    # Every control, as the registry says for this account.
    for name, path in control_pages(world).items():
        action = registry.get(name)
        expected = "enabled" if state is None or not state.blocks(name) else action.mode
        page.goto(path)
        expect_banner(page, world, restricted)
        control = page.locator(f"[data-action={name}]")
        if expected == registry.HIDDEN:
            expect(control).to_have_count(0)
            continue
        expect(control.first).to_be_visible()
        expect(control.first).to_have_attribute("data-state", expected)
        if expected == "enabled":
            expect(control.first).to_be_enabled()
        elif expected == registry.DISABLED:
            expect(control.first).to_be_disabled()
            reason_id = control.first.get_attribute("aria-describedby")
            expect(page.locator(f"#{reason_id}")).to_contain_text(f"You can’t {action.phrase}")
        elif expected == registry.REDIRECT:
            control.first.click()
            error = page.get_by_test_id("restricted-error")
            expect(error).to_contain_text(f"You can’t {action.phrase}")
            expect_banner(page, world, restricted)
            expect(page.get_by_test_id("restricted-error-request")).to_have_attribute(
                "href", f"/help/requests/case/{world['case'].pk}/"
            )
            expect(page.locator("a[href='/help/articles/after-a-suspension/']")).to_be_visible()
            if name == "hire":
                shot(page, "error-page")

    page.goto(f"/contracts/{world['active'].pk}/")
    shot(page, f"contract-{'restricted' if restricted else 'unrestricted'}")

    # A direct POST, bypassing the page.
    before = Message.objects.count()
    response = post_directly(page, f"/contracts/{world['active'].pk}/messages/", keyed({"body": "Sent by a script"}))
    if restricted:
        assert response.status == 403
        assert "You can’t send a message right now" in response.text()
        assert Message.objects.count() == before
    else:
        assert response.status == 302
        assert Message.objects.count() == before + 1
        return

    # My Requests: the notice, a reply, an appeal.
    page.get_by_test_id("restriction-banner-link").click()
    expect(page).to_have_url(re.compile(rf"/help/requests/case/{world['case'].pk}/$"))
    decision = page.get_by_test_id("decision")
    expect(decision).to_contain_text("Suspension")
    expect(decision).to_contain_text("feedback building")
    expect(page.get_by_test_id("appeal-deadline")).to_contain_text("You can appeal this decision once, until")
    expect(page.get_by_test_id("thread")).to_contain_text("We are reviewing recent feedback on your account")
    expect(page.get_by_test_id("thread")).not_to_contain_text("Internal")
    shot(page, "my-requests")

    page.fill("#id_body", "The refunds were for an order the client cancelled. I can send the receipts.")
    page.get_by_test_id("reply-submit").click()
    expect(page.locator(".flash")).to_contain_text("Your reply is with the Trust & Safety team")
    expect(page.get_by_test_id("thread")).to_contain_text("I can send the receipts.")

    page.locator("summary", has_text="Appeal this decision").click()
    page.fill(f"#id_d{world['decision'].pk}-statement", "The five-star reviews were for real work; see the receipts.")
    page.get_by_test_id("appeal-submit").click()
    expect(page.locator(".flash")).to_contain_text("Your appeal is received")
    expect(page.get_by_test_id("request-status")).to_have_text("Appeal under review")
    expect(page.get_by_test_id("appeal-status")).to_contain_text("a reviewer who did not take this decision")
    shot(page, "my-requests-appealed")

    page.goto("/help/requests/")
    expect_banner(page, world, restricted)
    expect(page.get_by_test_id("request-row")).to_contain_text("Appeal under review")
    shot(page, "my-requests-index")
