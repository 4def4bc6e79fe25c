"""A reviewer works the quarantine queue in a real browser (Debian's Chromium)."""

import pytest

from demo.mail_samples import gmail_reply
from inbound_mail.models import InboundEmail
from inbound_mail.services import inbound_email_ingest
from tests.conftest import login


@pytest.mark.browser
def test_reviewer_sees_the_quarantine_and_attaches_a_message(page, reviewer, sent_email, case):
    raw = gmail_reply(
        new_text="Sorry, I am writing from my phone's other account. The invoices are on their way.",
        to=sent_email.reply_to,
        in_reply_to=sent_email.message_id,
        from_="Fred Mobile <fred.mobile@elsewhere.example>",
    )
    held = inbound_email_ingest(raw=raw, source=InboundEmail.Source.MAILDIR).inbound
    assert held.status == InboundEmail.Status.QUARANTINED

    login(page, reviewer.email)
    page.click("nav >> text=Quarantine")
    table = page.get_by_test_id("quarantine")
    assert "Sender is not the person we wrote to" in table.inner_text()
    table.get_by_role("link", name="Re: We need some information from you").click()

    assert "fred.mobile@elsewhere.example" in page.get_by_test_id("reason").inner_text()
    assert "The invoices are on their way." in page.get_by_test_id("reply-text").inner_text()
    assert page.input_value("#id_case") == str(case.pk)  # suggested from the reply address
    page.get_by_test_id("attach").click()

    page.wait_for_url("**/portal/quarantine/")
    assert f"added to case #{case.pk}" in page.locator(".flash").inner_text()
    held.refresh_from_db()
    assert held.status == InboundEmail.Status.THREADED

    page.goto(f"/portal/cases/{case.pk}/")
    reply = page.get_by_test_id("reply-event")
    assert "The invoices are on their way." in reply.inner_text()
    reply.locator("summary").click()
    assert "Reply above this line" in reply.locator("pre").inner_text()
