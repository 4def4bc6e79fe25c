""" "Was this article helpful?" cannot be stuffed: new anonymous votes are limited per address."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from helpcenter.models import ArticleVote
from helpcenter.selectors import article_helpful_counts
from helpcenter.services import ANONYMOUS_VOTES_PER_ADDRESS, VoteError, article_vote
from helpcenter.views import VISITOR_COOKIE
from tests.concurrency import postgres_only, race
from tests.conftest import make_user


def vote(client: Client, article, answer: str = "yes", *, address: str = "203.0.113.9"):
    return client.post(f"/help/articles/{article.slug}/vote/", {"helpful": answer}, REMOTE_ADDR=address)


def test_twenty_five_votes_without_the_visitor_cookie_count_only_as_many_as_one_address_may_add(article):
    for _ in range(25):
        vote(Client(), article)  # a fresh client: no visitor cookie, every time

    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS


def test_clearing_cookies_does_not_give_one_address_a_second_anonymous_vote_on_an_article_in_a_day(article):
    vote(Client(), article, "yes")
    response = vote(Client(), article, "yes")  # the same person, cookies cleared

    counts = article_helpful_counts(article)
    assert (counts.helpful, counts.total) == (1, 1)
    assert response.status_code == 302


def test_forged_visitor_cookies_do_not_make_new_people_either(article):
    for n in range(10):
        client = Client()
        client.cookies[VISITOR_COOKIE] = f"{n:032x}"
        vote(client, article)

    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS


def test_the_visitor_over_the_limit_is_told_their_answer_was_not_counted(article):
    for _ in range(ANONYMOUS_VOTES_PER_ADDRESS):
        vote(Client(), article)

    response = Client().post(
        f"/help/articles/{article.slug}/vote/", {"helpful": "no"}, REMOTE_ADDR="203.0.113.9", follow=True
    )

    html = response.content.decode()
    assert "so yours was not counted" in html
    assert "1 out of 1 found this helpful" in html
    assert "You answered" not in html


def test_other_addresses_still_vote(article):
    for _ in range(ANONYMOUS_VOTES_PER_ADDRESS + 2):
        vote(Client(), article)

    vote(Client(), article, address="198.51.100.20")

    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS + 1


def test_a_visitor_with_a_vote_can_still_change_it_when_the_address_is_full(article):
    client = Client()
    vote(client, article, "yes")
    for _ in range(5):
        vote(Client(), article)

    vote(client, article, "no")

    assert ArticleVote.objects.get(visitor_id=client.cookies[VISITOR_COOKIE].value).helpful is False
    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS


def test_signed_in_people_are_one_vote_each_whatever_their_address(article):
    for n in range(ANONYMOUS_VOTES_PER_ADDRESS + 2):
        client = Client()
        client.force_login(make_user(f"voter{n}@test.example"))
        vote(client, article)

    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS + 2


def test_an_address_may_add_votes_again_a_day_later(article):
    for _ in range(ANONYMOUS_VOTES_PER_ADDRESS):
        vote(Client(), article)
    ArticleVote.objects.update(created_at=timezone.now() - timedelta(hours=24, seconds=1))

    vote(Client(), article)

    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS + 1


def test_votes_keep_no_address_only_its_keyed_hash(article):
    vote(Client(), article)

    stored = ArticleVote.objects.get()
    assert stored.address_hash and "203.0.113.9" not in stored.address_hash


@pytest.mark.django_db(transaction=True)
@postgres_only
def test_simultaneous_anonymous_votes_from_one_address_never_pass_the_limit(article):
    results = race(
        [
            lambda n=n: article_vote(article=article, helpful=True, visitor_id=f"{n:032x}", address="203.0.113.50")
            for n in range(8)
        ]
    )

    assert sum(isinstance(r, ArticleVote) for r in results) == ANONYMOUS_VOTES_PER_ADDRESS
    assert all(isinstance(r, ArticleVote | VoteError) for r in results), results
    assert article_helpful_counts(article).total == ANONYMOUS_VOTES_PER_ADDRESS
