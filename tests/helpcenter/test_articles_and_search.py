"""The help centre: policy articles, the list, search and article pages."""

from __future__ import annotations

from helpcenter.markup import render_blocks
from helpcenter.models import Article
from helpcenter.policy import POLICY_SLUGS, policy_articles_ensure


def test_every_policy_article_the_notices_link_to_exists(policy_articles):
    for slug in (
        "feedback-building",
        "after-a-suspension",
        "permanent-blocks",
        "how-to-appeal",
        "report-abuse",
        "honest-feedback",
    ):
        assert slug in policy_articles
        assert policy_articles[slug].is_published


def test_the_policy_articles_say_what_the_notices_promise(policy_articles):
    appeal = policy_articles["how-to-appeal"].body
    assert "30 days" in appeal and "once" in appeal and "Appeal this decision" in appeal
    assert "your reply reaches the review team as a message on your case, not as an appeal" in appeal
    building = policy_articles["feedback-building"].body
    for kind in ("Hiring yourself", "Fake jobs", "Conflicts of interest", "Paying for feedback", "Threatening"):
        assert kind in building
    suspension = policy_articles["after-a-suspension"].body
    assert "What keeps working" in suspension and "How long it lasts" in suspension


def test_ensuring_policy_articles_is_idempotent_and_keeps_edits(policy_articles):
    edited = policy_articles["how-to-appeal"]
    edited.title = "Appeals, edited by the help team"
    edited.save()
    assert policy_articles_ensure(Article) == 0
    assert Article.objects.filter(slug__in=POLICY_SLUGS).count() == len(POLICY_SLUGS)
    assert Article.objects.get(slug="how-to-appeal").title == "Appeals, edited by the help team"


def test_the_demo_seed_creates_missing_articles(db):
    import io

    from demo import helpcenter as demo

    Article.objects.filter(slug="report-abuse").delete()
    demo.seed(stdout=io.StringIO())
    demo.seed(stdout=io.StringIO())
    assert Article.objects.filter(slug="report-abuse").count() == 1


def test_every_policy_article_page_opens(client, policy_articles):
    for slug in POLICY_SLUGS:
        response = client.get(f"/help/articles/{slug}/")
        assert response.status_code == 200, slug
        assert "Was this article helpful?" in response.content.decode()


def test_the_list_groups_articles_and_links_my_requests(client, policy_articles, article):
    html = client.get("/help/").content.decode()
    assert 'href="/help/requests/"' in html and "My Requests" in html
    assert "Feedback and ratings" in html and "Your account" in html and "Getting started" in html
    assert "Getting paid on time" in html


def test_search_finds_articles_by_any_word(client, policy_articles):
    html = client.get("/help/", {"q": "appeal 30 days"}).content.decode()
    assert "How to appeal a decision" in html
    assert "Asking for feedback the right way" not in html


def test_search_is_case_insensitive(client, policy_articles):
    assert "How to report feedback abuse" in client.get("/help/", {"q": "REPORT"}).content.decode()


def test_search_with_no_result_says_so(client, policy_articles):
    html = client.get("/help/", {"q": "xylophone"}).content.decode()
    assert "0 results" in html and "Nothing matched" in html


def test_drafts_are_hidden_from_users_but_staff_can_preview(client, article, reviewer, subject):
    article.is_published = False
    article.save()
    assert client.get("/help/articles/getting-paid/").status_code == 404
    assert "Getting paid on time" not in client.get("/help/").content.decode()
    assert "Getting paid" not in client.get("/help/", {"q": "paid"}).content.decode()
    client.force_login(subject)
    assert client.get("/help/articles/getting-paid/").status_code == 404
    client.force_login(reviewer)
    assert client.get("/help/articles/getting-paid/").status_code == 200


def test_an_article_renders_its_safe_markup(client, article):
    html = client.get("/help/articles/getting-paid/").content.decode()
    assert "<h2>When money arrives</h2>" in html
    assert "<strong>five days</strong>" in html
    assert "<li>Fixed price</li>" in html


def test_article_markup_drops_anything_unsafe():
    html = str(
        render_blocks(
            "Hello <script>alert(1)</script> [x](javascript:alert) <a href='https://ok.example' onclick='x()'>ok</a>\n\n"
            '<iframe src="https://evil.example"></iframe>'
        )
    )
    assert "script" not in html and "onclick" not in html and "iframe" not in html and "javascript" not in html
    assert '<a href="https://ok.example" rel="noopener noreferrer nofollow">ok</a>' in html


def test_the_restriction_page_and_notice_links_resolve(client, policy_articles):
    # enforcement's restricted page and case notices link to these paths.
    for path in ("/help/articles/after-a-suspension/", "/help/articles/how-to-appeal/"):
        assert client.get(path).status_code == 200


def test_the_list_page_query_budget(client, policy_articles, django_assert_max_num_queries):
    # Anonymous: the articles (1); announcements come from the cache or add one.
    with django_assert_max_num_queries(2):
        assert client.get("/help/").status_code == 200
