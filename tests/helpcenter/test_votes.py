""" "Was this article helpful?" — one vote per person, changeable."""

from __future__ import annotations

from helpcenter.models import ArticleVote
from helpcenter.selectors import article_helpful_counts
from helpcenter.services import article_vote
from helpcenter.views import VISITOR_COOKIE


def vote(client, article, answer: str):
    return client.post(f"/help/articles/{article.slug}/vote/", {"helpful": answer})


def test_votes_are_counted(article, subject, client_user, bystander):
    article_vote(article=article, helpful=True, user=subject)
    article_vote(article=article, helpful=True, user=client_user)
    article_vote(article=article, helpful=False, user=bystander)
    counts = article_helpful_counts(article)
    assert (counts.helpful, counts.total) == (2, 3)


def test_the_page_says_n_out_of_m(client, article, subject, client_user, bystander):
    for person, answer in ((subject, "yes"), (client_user, "yes"), (bystander, "no")):
        client.force_login(person)
        vote(client, article, answer)
    html = client.get(f"/help/articles/{article.slug}/").content.decode()
    assert "2 out of 3 found this helpful" in html


def test_a_signed_in_user_changes_their_vote_instead_of_adding_one(client, article, subject):
    client.force_login(subject)
    response = vote(client, article, "yes")
    assert response.status_code == 302 and response["Location"].endswith("#helpful")
    vote(client, article, "no")
    assert ArticleVote.objects.filter(article=article).count() == 1
    assert ArticleVote.objects.get(article=article).helpful is False
    html = client.get(f"/help/articles/{article.slug}/").content.decode()
    assert "0 out of 1 found this helpful" in html
    assert "You answered no" in html


def test_an_anonymous_visitor_votes_once_thanks_to_a_cookie(client, article):
    response = vote(client, article, "yes")
    visitor_id = response.cookies[VISITOR_COOKIE].value
    assert len(visitor_id) == 32
    vote(client, article, "yes")
    vote(client, article, "no")
    only = ArticleVote.objects.get(article=article)
    assert (only.user, only.visitor_id, only.helpful) == (None, visitor_id, False)
    assert "You answered no" in client.get(f"/help/articles/{article.slug}/").content.decode()


def test_different_visitors_are_different_people(client, article):
    from django.test import Client

    vote(client, article, "yes")
    vote(Client(REMOTE_ADDR="198.51.100.77"), article, "yes")  # someone else, somewhere else
    assert article_helpful_counts(article).total == 2


def test_a_forged_visitor_cookie_is_replaced(client, article):
    client.cookies[VISITOR_COOKIE] = "not-a-real-id"
    response = vote(client, article, "yes")
    assert response.cookies[VISITOR_COOKIE].value != "not-a-real-id"
    assert ArticleVote.objects.get().visitor_id == response.cookies[VISITOR_COOKIE].value


def test_the_same_visitor_after_signing_in_votes_as_the_user(client, article, subject):
    vote(client, article, "no")
    client.force_login(subject)
    vote(client, article, "yes")
    assert ArticleVote.objects.filter(user=subject).count() == 1
    assert article_helpful_counts(article).total == 2


def test_only_yes_or_no(client, article):
    assert vote(client, article, "maybe").status_code == 400
    assert client.get(f"/help/articles/{article.slug}/vote/").status_code == 405
    assert ArticleVote.objects.count() == 0


def test_with_no_votes_the_page_invites_the_first(client, article):
    html = client.get(f"/help/articles/{article.slug}/").content.decode()
    assert "Be the first to say whether this helped" in html


def test_voting_on_a_missing_article_is_404(client, db):
    assert client.post("/help/articles/nope/vote/", {"helpful": "yes"}).status_code == 404


def test_the_article_page_query_budget(client, article, subject, django_assert_max_num_queries):
    client.force_login(subject)
    client.get(f"/help/articles/{article.slug}/")  # warm the announcement cache
    # session, user, article, counts, my vote, dismissals: at most 6
    with django_assert_max_num_queries(6):
        client.get(f"/help/articles/{article.slug}/")
