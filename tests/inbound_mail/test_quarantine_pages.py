"""The reviewer's quarantine queue and the undelivered-email list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import CaseEvent
from demo.mail_samples import gmail_reply, with_attachment
from inbound_mail.models import InboundEmail, VerifiedSenderAddress
from inbound_mail.services import inbound_email_ingest
from notifications.models import OutboundEmail


@pytest.fixture
def held(sent_email):
    """A reply from the user's work address: held as a sender mismatch."""
    raw = gmail_reply(
        new_text="Writing from my work address: the invoices are attached.",
        to=sent_email.reply_to,
        in_reply_to=sent_email.message_id,
        from_="Fred at Work <fred@agency.example>",
    )
    raw = with_attachment(raw, filename="invoice.pdf", content_type="application/pdf", data=b"%PDF-1.4\n%%EOF\n")
    raw = with_attachment(raw, filename="run-me.exe", content_type="application/octet-stream", data=b"MZ\x90\x00")
    return inbound_email_ingest(raw=raw, source=InboundEmail.Source.MAILDIR).inbound


def test_only_reviewers_see_the_quarantine(client, subject, held):
    assert client.get("/portal/quarantine/").status_code == 302  # to the login page
    client.force_login(subject)
    assert client.get("/portal/quarantine/").status_code == 403
    assert client.get(f"/portal/quarantine/{held.pk}/raw/").status_code == 403


def test_quarantine_list_shows_the_reason_in_a_fixed_number_of_queries(client, reviewer, held, sent_email):
    for n in range(3):
        inbound_email_ingest(
            raw=gmail_reply(new_text=f"lost {n}", to="trust@example.com", in_reply_to=None),
            source=InboundEmail.Source.MAILDIR,
        )
    client.force_login(reviewer)
    client.get("/portal/quarantine/")  # what every page caches for a while (announcements) is cached
    # Expected queries: session, user, the user's groups (reviewer check), COUNT for
    # the paginator, the page of emails with case/account/reviewer joined.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/portal/quarantine/")
    assert response.status_code == 200
    assert len(queries) == 5, "\n".join(q["sql"] for q in queries.captured_queries)
    page = response.content.decode()
    assert "Sender is not the person we wrote to" in page and "No recognisable thread" in page


def test_detail_lists_attachments_and_serves_only_accepted_ones_as_downloads(client, reviewer, held):
    client.force_login(reviewer)
    page = client.get(f"/portal/quarantine/{held.pk}/").content.decode()
    assert "invoice.pdf" in page and "run-me.exe" in page and "executable content is never accepted" in page
    ok = client.get(f"/portal/quarantine/{held.pk}/attachments/0/")
    assert ok.status_code == 200 and ok.content.startswith(b"%PDF")
    assert ok["Content-Type"] == "application/octet-stream"
    assert ok["Content-Disposition"].startswith("attachment;") and ok["X-Content-Type-Options"] == "nosniff"
    assert client.get(f"/portal/quarantine/{held.pk}/attachments/1/").status_code == 404


def test_a_reviewer_attaches_a_held_email_to_the_case(client, reviewer, held, case, subject):
    client.force_login(reviewer)
    response = client.post(
        f"/portal/quarantine/{held.pk}/attach/",
        {"case": case.pk, "account": subject.email, "trust_sender": "on"},
    )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == InboundEmail.Status.THREADED and held.reviewed_by == reviewer
    event = CaseEvent.objects.get(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER)
    assert event.body == "Writing from my work address: the invoices are attached."
    assert event.data["attached_by"] == reviewer.pk and event.data["held_for"] == "sender_mismatch"
    notes = CaseEvent.objects.filter(case=case, type=CaseEvent.Type.NOTE, actor=reviewer)
    assert any("held in quarantine" in n.body for n in notes)
    assert any("run-me.exe" in n.body for n in notes)
    assert VerifiedSenderAddress.objects.filter(account=subject, email="fred@agency.example").exists()


def test_after_trusting_an_address_its_replies_thread_by_themselves(client, reviewer, held, case, subject, sent_email):
    client.force_login(reviewer)
    client.post(f"/portal/quarantine/{held.pk}/attach/", {"case": case.pk, "trust_sender": "on"})
    result = inbound_email_ingest(
        raw=gmail_reply(
            new_text="Second one from work.",
            to=sent_email.reply_to,
            in_reply_to=sent_email.message_id,
            from_="fred@agency.example",
        ),
        source=InboundEmail.Source.MAILDIR,
    )
    assert result.inbound.status == InboundEmail.Status.THREADED


def test_attaching_to_a_case_the_sender_is_not_part_of_is_refused(client, reviewer, held, bystander):
    from cases.services import case_open

    other = case_open(kind="paid_feedback", accounts=[bystander], actor=reviewer)
    client.force_login(reviewer)
    response = client.post(f"/portal/quarantine/{held.pk}/attach/", {"case": other.pk, "account": "x@nowhere.example"})
    assert response.status_code == 400 and "Say which subject" in response.content.decode()
    held.refresh_from_db()
    assert held.status == InboundEmail.Status.QUARANTINED


def test_a_reviewer_discards_with_a_reason_and_the_copy_is_kept(client, reviewer, held):
    client.force_login(reviewer)
    client.post(f"/portal/quarantine/{held.pk}/discard/", {"note": "Marketing from the agency, not about the case."})
    held.refresh_from_db()
    assert held.status == InboundEmail.Status.DISCARDED and held.raw_size > 0
    assert "Marketing" in held.review_note
    assert client.post(f"/portal/quarantine/{held.pk}/discard/", {"note": "again"}).status_code == 302
    held.refresh_from_db()
    assert held.review_note.startswith("Marketing")


def test_undelivered_list_in_a_fixed_number_of_queries(client, reviewer, sent_email):
    OutboundEmail.objects.filter(pk=sent_email.pk).update(status=OutboundEmail.Status.FAILED, last_error="503")
    client.force_login(reviewer)
    client.get("/portal/email/undelivered/")  # announcements cached, as on every page after the first
    # Expected queries: session, user, groups, COUNT, the page with notice/account/case joined.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/portal/email/undelivered/")
    assert response.status_code == 200 and sent_email.subject in response.content.decode()
    assert len(queries) == 5, "\n".join(q["sql"] for q in queries.captured_queries)


def test_case_page_fragments_render(sent_email, case, reviewer, rf):
    from django.template.loader import render_to_string

    from notifications.selectors import failed_emails_for_case

    OutboundEmail.objects.filter(pk=sent_email.pk).update(status=OutboundEmail.Status.BOUNCED, last_error="550 5.1.1")
    html = render_to_string(
        "notifications/case_email_status.html", {"case": case, "failed_emails": list(failed_emails_for_case(case))}
    )
    assert "may not have received" in html and "550 5.1.1" in html


def test_admin_shows_the_outbox_and_stored_mail_read_only(client, admin_user, held, sent_email):
    client.force_login(admin_user)
    for url in (
        "/admin/notifications/outboundemail/",
        f"/admin/notifications/outboundemail/{sent_email.pk}/change/",
        "/admin/inbound_mail/inboundemail/",
        f"/admin/inbound_mail/inboundemail/{held.pk}/change/",
        "/admin/inbound_mail/verifiedsenderaddress/",
    ):
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/inbound_mail/inboundemail/add/").status_code == 403


def test_another_reviewer_cannot_add_a_held_email_to_a_claimed_case_and_is_told_who_holds_it(
    client, reviewer, reviewer2, held, case, subject
):
    from cases.services import case_claim

    case_claim(case=case, reviewer=reviewer)
    client.force_login(reviewer2)

    response = client.post(
        f"/portal/quarantine/{held.pk}/attach/", {"case": case.pk, "account": subject.email}, follow=True
    )

    assert "claimed by Rita Reviewer; only they or a senior reviewer can add a user&#x27;s email to it" in (
        response.content.decode()
    )
    held.refresh_from_db()
    assert held.status == InboundEmail.Status.QUARANTINED
    assert not CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).exists()


def test_the_holder_of_a_claimed_case_adds_a_held_email_to_it(client, reviewer, held, case, subject):
    from cases.services import case_claim

    case_claim(case=case, reviewer=reviewer)
    client.force_login(reviewer)

    client.post(f"/portal/quarantine/{held.pk}/attach/", {"case": case.pk, "account": subject.email})

    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).exists()
