"""The JSON endpoint, the cache in front of it, the banner on every page and dismissal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from announcements.models import Announcement, Dismissal
from announcements.selectors import CACHE_KEY, DISMISSED_COOKIE, announcements_live
from announcements.services import announcement_end

API = "/api/v1/announcements/active"


def test_the_json_shape_when_nothing_is_active(client, db):
    response = client.get(API)
    assert response.status_code == 200
    assert response.json() == {"global": {"message": "", "icon": "", "start": "", "end": ""}, "responsive": []}


def test_the_json_shape_exactly(client, make_announcement):
    make_announcement(
        "Maintenance tonight",
        scope=Announcement.Scope.GLOBAL,
        icon="warning",
        start=datetime(2020, 5, 1, 18, 30, 15, 123456, tzinfo=UTC),
        end=datetime(2099, 5, 2, 6, 0, tzinfo=UTC),
    )
    make_announcement("New help centre", icon="success")
    body = client.get(API).json()
    assert body == {
        "global": {
            "message": "Maintenance tonight",
            "icon": "warning",
            "start": "2020-05-01T18:30:15Z",
            "end": "2099-05-02T06:00:00Z",
        },
        "responsive": [
            {
                "message": "New help centre",
                "country": "All",
                "usertype": "all",
                "icon": "success",
                "start": "",
                "end": "",
            }
        ],
    }
    assert list(body) == ["global", "responsive"]
    assert list(body["global"]) == ["message", "icon", "start", "end"]
    assert list(body["responsive"][0]) == ["message", "country", "usertype", "icon", "start", "end"]


def test_times_are_utc_whatever_the_active_time_zone(client, make_announcement, settings):
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    make_announcement("Tokyo", start=datetime(2020, 1, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    with timezone.override("America/Los_Angeles"):
        body = client.get(API).json()
    assert body["responsive"][0]["start"] == "2020-01-01T00:00:00Z"


def test_targeted_announcements_show_their_audience_in_the_json(client, make_announcement, subject):
    make_announcement("GB freelancers", country="GB", usertype="freelancer")
    client.force_login(subject)
    (item,) = client.get(API).json()["responsive"]
    assert (item["country"], item["usertype"]) == ("GB", "freelancer")


def test_anonymous_callers_get_the_untargeted_set(client, make_announcement):
    make_announcement("Everyone")
    make_announcement("UK only", country="GB")
    assert [i["message"] for i in client.get(API).json()["responsive"]] == ["Everyone"]


def test_the_endpoint_needs_no_login_and_may_be_cached_by_browsers(client, db, settings):
    settings.ANNOUNCEMENTS_CACHE_SECONDS = 60
    response = client.get(API)
    assert response.status_code == 200
    assert "max-age=60" in response["Cache-Control"] and "public" in response["Cache-Control"]


def test_signed_in_answers_are_private_to_the_browser(client, subject, settings):
    settings.ANNOUNCEMENTS_CACHE_SECONDS = 60
    client.force_login(subject)
    response = client.get(API)
    assert "private" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_the_api_is_served_from_the_cache(client, make_announcement, django_assert_num_queries):
    make_announcement("Cached")
    client.get(API)  # warms the cache
    with django_assert_num_queries(0):
        assert client.get(API).json()["responsive"][0]["message"] == "Cached"


# --- the cache ------------------------------------------------------------------------


def test_the_live_set_is_read_once_then_cached(make_announcement, django_assert_num_queries):
    make_announcement("One")
    with django_assert_num_queries(1):
        announcements_live()
    with django_assert_num_queries(0):
        announcements_live()


def test_saving_an_announcement_clears_the_cache(client, make_announcement):
    a = make_announcement("Before")
    assert client.get(API).json()["responsive"][0]["message"] == "Before"
    a.message = "After"
    a.save()
    assert client.get(API).json()["responsive"][0]["message"] == "After"


def test_creating_and_deleting_clear_the_cache(client, make_announcement):
    assert client.get(API).json()["responsive"] == []
    a = make_announcement("New")
    assert len(client.get(API).json()["responsive"]) == 1
    a.delete()
    assert client.get(API).json()["responsive"] == []


def test_ending_an_announcement_takes_it_down_at_once(client, make_announcement):
    a = make_announcement("Stop me")
    client.get(API)
    announcement_end(announcement=a)
    assert client.get(API).json()["responsive"] == []


def test_expired_rows_are_not_even_cached(make_announcement, now, hour):
    from django.core.cache import cache

    make_announcement("Old", end=now - hour)
    make_announcement("Soon", start=now + hour)
    announcements_live()
    assert [item.message_html for item in cache.get(CACHE_KEY)] == ["Soon"]


# --- the banner on every page ---------------------------------------------------------


def render_banner(user) -> str:
    request = RequestFactory().get("/somewhere/")
    request.user = user
    return Template("{% load announcements %}{% active_announcements %}").render(Context({"request": request}))


def test_a_page_with_nothing_to_announce_costs_no_query_once_cached(db, subject, django_assert_num_queries):
    render_banner(subject)
    with django_assert_num_queries(0):
        assert render_banner(subject).strip() == ""
    with django_assert_num_queries(0):
        assert render_banner(AnonymousUser()).strip() == ""


def test_a_page_with_an_announcement_costs_at_most_one_query(make_announcement, subject, django_assert_num_queries):
    make_announcement("Hello")
    render_banner(AnonymousUser())
    with django_assert_num_queries(0):
        assert "Hello" in render_banner(AnonymousUser())
    with django_assert_num_queries(1):  # the user's dismissals among the showing ids
        assert "Hello" in render_banner(subject)


@pytest.mark.parametrize("path", ["/help/", "/login/", "/help/articles/no-such-article/"])
def test_the_banner_shows_on_pages_across_the_site(client, make_announcement, path):
    make_announcement("Site-wide hello", icon="info")
    html = client.get(path).content.decode()
    assert "Site-wide hello" in html
    assert 'class="announcement announcement-info"' in html


def test_the_banner_respects_targeting_on_pages(client, make_announcement, subject, client_user):
    make_announcement("For clients", usertype="client")
    client.force_login(subject)
    assert "For clients" not in client.get("/help/").content.decode()
    client.force_login(client_user)
    assert "For clients" in client.get("/help/").content.decode()


# --- dismissal ------------------------------------------------------------------------


def test_a_signed_in_user_dismisses_for_good(client, make_announcement, subject, bystander):
    a = make_announcement("Dismiss me")
    keep = make_announcement("Keep me")
    client.force_login(subject)
    response = client.post(f"/announcements/{a.pk}/dismiss/", {"next": "/help/"})
    assert response.status_code == 302 and response["Location"] == "/help/"
    html = client.get("/help/").content.decode()
    assert "Dismiss me" not in html and "Keep me" in html
    assert Dismissal.objects.filter(user=subject, announcement=a).count() == 1
    # A new session (another device) remembers it too.
    client.logout()
    client.force_login(subject)
    assert "Dismiss me" not in client.get("/help/").content.decode()
    # Other people still see it.
    client.force_login(bystander)
    assert "Dismiss me" in client.get("/help/").content.decode()
    assert keep.pk


def test_dismissing_twice_is_harmless(client, make_announcement, subject):
    a = make_announcement("Twice")
    client.force_login(subject)
    client.post(f"/announcements/{a.pk}/dismiss/")
    client.post(f"/announcements/{a.pk}/dismiss/")
    assert Dismissal.objects.filter(user=subject).count() == 1


def test_an_anonymous_visitor_dismisses_with_a_cookie(client, make_announcement):
    a = make_announcement("Anon dismiss")
    b = make_announcement("Still here")
    response = client.post(f"/announcements/{a.pk}/dismiss/", {"next": "/help/"})
    assert response.cookies[DISMISSED_COOKIE].value == str(a.pk)
    html = client.get("/help/").content.decode()
    assert "Anon dismiss" not in html and "Still here" in html
    client.post(f"/announcements/{b.pk}/dismiss/")
    assert "Still here" not in client.get("/help/").content.decode()
    assert Dismissal.objects.count() == 0


def test_a_script_caller_gets_an_empty_answer(client, make_announcement):
    a = make_announcement("Fetch")
    response = client.post(f"/announcements/{a.pk}/dismiss/", headers={"X-Requested-With": "fetch"})
    assert response.status_code == 204


def test_dismiss_never_redirects_off_site(client, make_announcement):
    a = make_announcement("Safe")
    response = client.post(f"/announcements/{a.pk}/dismiss/", {"next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_dismiss_is_post_only(client, make_announcement):
    a = make_announcement("Post")
    assert client.get(f"/announcements/{a.pk}/dismiss/").status_code == 405


def test_dismissing_a_missing_id_answers_exactly_as_dismissing_an_existing_one(client, make_announcement, subject):
    targeted = make_announcement("Only for clients", usertype="client")  # exists, not for this freelancer
    missing = targeted.pk + 1000
    client.force_login(subject)

    existing_answer = client.post(f"/announcements/{targeted.pk}/dismiss/", {"next": "/help/"})
    missing_answer = client.post(f"/announcements/{missing}/dismiss/", {"next": "/help/"})

    assert (existing_answer.status_code, existing_answer["Location"]) == (302, "/help/")
    assert (missing_answer.status_code, missing_answer["Location"]) == (302, "/help/")
    assert existing_answer.content == missing_answer.content
    assert not Dismissal.objects.exists()  # nothing that was not showing is recorded


def test_an_anonymous_visitor_gets_the_same_cookie_for_a_missing_and_a_hidden_id(client, make_announcement):
    ended = make_announcement("Gone", end=timezone.now() - timedelta(hours=1))

    answers = [client.post(f"/announcements/{pk}/dismiss/", {"next": "/"}) for pk in (ended.pk, ended.pk + 1000)]

    assert [a.status_code for a in answers] == [302, 302]
    assert answers[0].cookies[DISMISSED_COOKIE].value == answers[1].cookies[DISMISSED_COOKIE].value == ""
