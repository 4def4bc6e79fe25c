"""The user replies and appeals from My Requests; unread markers follow what they read."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from cases.models import Appeal, Case, CaseEvent, CaseSubject, Decision
from cases.services import case_message_user
from notifications.models import Notice
from tests.submissions import keyed


def test_reply_goes_to_the_case_timeline_and_back_to_the_reviewers(client, suspended, world):
    case = world["case"]
    client.force_login(suspended)
    response = client.post(
        reverse("inbox:reply", args=[case.pk]), keyed({"body": "The refunds were for a cancelled order."})
    )
    assert response.status_code == 302
    event = CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).get()
    assert event.actor == suspended and event.visible_to_user and event.data["via"] == "inbox"
    case.refresh_from_db()
    assert case.has_new_user_reply
    html = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert "You wrote" in html and "cancelled order" in html


def test_an_empty_reply_is_refused_with_a_clear_error(client, suspended, world):
    client.force_login(suspended)
    response = client.post(reverse("inbox:reply", args=[world["case"].pk]), {"body": "   "})
    assert response.status_code == 400
    assert "Write your reply before sending it." in response.content.decode()


def test_a_too_long_reply_keeps_what_was_typed(client, suspended, world):
    client.force_login(suspended)
    text = "x" * 10001
    response = client.post(reverse("inbox:reply", args=[world["case"].pk]), {"body": text})
    assert response.status_code == 400
    assert text in response.content.decode()


def test_appeal_opens_once_and_moves_the_case(client, suspended, world):
    case, decision = world["case"], world["decision"]
    client.force_login(suspended)
    html = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert "You can appeal this decision once, until" in html
    assert decision.appeal_deadline().strftime("%-d %B %Y") in html

    response = client.post(
        reverse("inbox:appeal", args=[case.pk, decision.pk]),
        keyed({f"d{decision.pk}-statement": "The reviews were honest; the refunds were a cancelled order."}),
    )
    assert response.status_code == 302
    appeal = Appeal.objects.get(decision=decision)
    assert appeal.account == suspended
    case.refresh_from_db()
    assert case.status == Case.Status.APPEALED
    html = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert "Appeal under review" in html
    assert "a reviewer who did not take this decision is looking at it" in html
    assert reverse("inbox:appeal", args=[case.pk, decision.pk]) not in html  # no second appeal form

    again = client.post(
        reverse("inbox:appeal", args=[case.pk, decision.pk]), keyed({f"d{decision.pk}-statement": "Again"})
    )
    assert again.status_code == 400
    assert "already been appealed" in again.content.decode()
    assert Appeal.objects.filter(decision=decision).count() == 1


def test_an_empty_appeal_shows_the_error_next_to_the_form(client, suspended, world):
    case, decision = world["case"], world["decision"]
    client.force_login(suspended)
    response = client.post(reverse("inbox:appeal", args=[case.pk, decision.pk]), {f"d{decision.pk}-statement": ""})
    assert response.status_code == 400
    assert "Tell us why you think the decision is wrong." in response.content.decode()
    assert not Appeal.objects.exists()


def test_after_the_window_the_page_says_so_and_the_service_refuses(client, suspended, world):
    case, decision = world["case"], world["decision"]
    Decision.objects.filter(pk=decision.pk).update(applied_at=timezone.now() - timedelta(days=31))
    client.force_login(suspended)
    html = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert "window to appeal closed on" in html
    response = client.post(
        reverse("inbox:appeal", args=[case.pk, decision.pk]), keyed({f"d{decision.pk}-statement": "Late"})
    )
    assert response.status_code == 400
    assert "window to appeal this decision has closed" in response.content.decode()


def test_unread_markers_and_opening_marks_read(client, suspended, world, reviewer):
    case = world["case"]
    client.force_login(suspended)
    index = client.get(reverse("inbox:index")).content.decode()
    assert 'data-testid="unread"' in index  # the reviewer's message and the decision are new
    assert Notice.objects.filter(account=suspended, case=case, read_at__isnull=True).exists()

    client.get(reverse("inbox:case", args=[case.pk]))

    subject = CaseSubject.objects.get(case=case, account=suspended)
    assert subject.user_last_read_at is not None
    assert not Notice.objects.filter(account=suspended, case=case, read_at__isnull=True).exists()
    assert 'data-testid="unread"' not in client.get(reverse("inbox:index")).content.decode()

    # The user's own reply does not count as news for them; a reviewer's answer does.
    client.post(reverse("inbox:reply", args=[case.pk]), keyed({"body": "Question"}))
    assert 'data-testid="unread"' not in client.get(reverse("inbox:index")).content.decode()
    case_message_user(case=case, actor=reviewer, account=suspended, body="Answer")
    index = client.get(reverse("inbox:index")).content.decode()
    assert "1 new</span>" in index
    page = client.get(reverse("inbox:case", args=[case.pk])).content.decode()
    assert page.count('event-new"') == 1  # one highlighted event in the thread


def test_inbox_index_lists_the_case_with_a_user_facing_status(client, suspended, world):
    client.force_login(suspended)
    html = client.get(reverse("inbox:index")).content.decode()
    assert f"Request #{world['case'].pk}" in html
    assert "Decided" in html


def test_restriction_box_on_the_request(client, suspended, world):
    client.force_login(suspended)
    html = client.get(reverse("inbox:case", args=[world["case"].pk])).content.decode()
    assert "Your account is suspended" in html
    assert "Send a message" in html  # what they can't do, from the registry
    assert 'href="/help/articles/after-a-suspension/"' in html


def test_notices_without_a_thread_open_on_their_own_page(client, subject):
    notice = Notice.objects.create(
        account=subject, kind=Notice.Kind.REVIEWER_MESSAGE, subject="Hello", body="Body text"
    )
    client.force_login(subject)
    assert b"Hello" in client.get(reverse("inbox:index")).content
    response = client.get(reverse("inbox:notice", args=[notice.pk]))
    assert b"Body text" in response.content
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_someone_elses_notice_is_404(client, subject, bystander):
    notice = Notice.objects.create(account=subject, kind=Notice.Kind.REVIEWER_MESSAGE, subject="Hello", body="x")
    client.force_login(bystander)
    assert client.get(reverse("inbox:notice", args=[notice.pk])).status_code == 404


def test_the_users_abuse_reports_are_listed_with_status(client, subject, bystander):
    from reports.models import AbuseReport

    mine = AbuseReport.objects.create(
        reporter=subject, reported=bystander, reason="paid_feedback", details="Offered $50"
    )
    AbuseReport.objects.create(reporter=bystander, reported=subject, reason="other", details="NOT-MINE")
    client.force_login(subject)
    html = client.get(reverse("inbox:index")).content.decode()
    assert f'href="/report/{mine.pk}/"' in html
    assert "Received" in html
    assert "NOT-MINE" not in html
    assert html.count('href="/report/') == 1


def test_index_query_count(client, suspended, world, django_assert_num_queries):
    client.force_login(suspended)
    client.get(reverse("inbox:index"))
    # 1 session, 2 user, 3 restriction rows (the banner: this user is suspended),
    # 4 requests (subject rows with case, last event and unread count as subqueries),
    # 5 notices outside a thread, 6 abuse reports with reported account and unread flag.
    with django_assert_num_queries(6):
        client.get(reverse("inbox:index"))
