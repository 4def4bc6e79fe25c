"""A permanently blocked account is told what a block is: no end date, nothing to
wait for, how to appeal; never "a suspension" or "until the review is resolved"."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cases import services
from detection.kinds import Kind
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from notifications.models import Notice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def articles(db):
    """The help centre's policy articles (a data migration writes them; a transactional
    test elsewhere may have flushed them)."""
    policy_articles_ensure(Article)


@pytest.fixture
def blocked(reviewer, senior, subject):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    proposal = services.decision_make(
        case=case, account=subject, rung="permanent_block", reason="You hired yourself again.", actor=reviewer
    )
    services.decision_approve(decision=proposal, approver=senior)
    subject.refresh_from_db()
    return case


def test_the_permanent_block_notice_links_its_own_article_and_never_speaks_of_a_suspension(blocked, subject):
    notice = Notice.objects.get(account=subject, kind=Notice.Kind.DECISION)

    assert notice.article_slug == "permanent-blocks"
    assert Article.objects.filter(slug="permanent-blocks", is_published=True).exists()
    assert "suspension" not in notice.body.lower()
    assert "A permanent block has no end date and does not lift by itself." in notice.body


def test_a_blocked_accounts_banner_error_page_and_request_never_say_until_the_review_is_resolved(
    client, blocked, subject
):
    client.force_login(subject)

    pages = {
        "banner": client.get(reverse("contracts:dashboard")).content.decode(),
        "error page": client.get(reverse("contracts:job_new")).content.decode(),
        "request": client.get(reverse("inbox:case", args=[blocked.pk])).content.decode(),
    }

    for where, html in pages.items():
        assert "until the review" not in html.lower(), where
        assert "/help/articles/after-a-suspension/" not in html, where
    assert "no end date" in pages["banner"]
    assert "A permanent block has no end date" in pages["error page"]
    assert 'href="/help/articles/permanent-blocks/"' in pages["error page"]
    assert 'href="/help/articles/permanent-blocks/"' in pages["request"]


def test_the_help_centre_explains_permanent_blocks_and_appeals_by_my_requests(client, db):
    block = client.get("/help/articles/permanent-blocks/").content.decode()
    appeal = Article.objects.get(slug="how-to-appeal")

    assert "What a permanent block means" in block and "no end date" in block
    assert "by replying to our email" not in appeal.summary
    assert "reaches the review team as a message on your case, not as an appeal" in appeal.body
