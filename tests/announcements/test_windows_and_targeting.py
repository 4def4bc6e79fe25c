"""Which announcements are active, for whom, and when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils import timezone

from announcements.models import Announcement
from announcements.selectors import Audience, announcements_active

pytestmark = pytest.mark.django_db

ANON = Audience.for_user(AnonymousUser())


def messages_for(audience, *, now=None) -> list[str]:
    active = announcements_active(audience, now=now)
    return [item.message_html for item in active.banners()]


# --- windows --------------------------------------------------------------------------


def test_a_future_announcement_waits_for_its_start(make_announcement, now, hour):
    make_announcement("Later", start=now + hour)
    assert messages_for(ANON, now=now) == []
    assert messages_for(ANON, now=now + 2 * hour) == ["Later"]


def test_an_announcement_is_shown_inside_its_window(make_announcement, now, hour):
    make_announcement("Now", start=now - hour, end=now + hour)
    assert messages_for(ANON, now=now) == ["Now"]


def test_an_expired_announcement_is_gone(make_announcement, now, hour):
    make_announcement("Over", start=now - 2 * hour, end=now - hour)
    assert messages_for(ANON, now=now) == []


def test_the_end_is_exclusive_and_the_start_inclusive(make_announcement, now, hour):
    make_announcement("Edge", start=now, end=now + hour)
    assert messages_for(ANON, now=now) == ["Edge"]
    assert messages_for(ANON, now=now + hour) == []


def test_open_ended_windows_run_from_always_and_until_someone_ends_them(make_announcement, now):
    make_announcement("No start", end=now + timedelta(days=1))
    make_announcement("No end", start=now - timedelta(days=1))
    make_announcement("Neither")
    assert sorted(messages_for(ANON, now=now)) == ["Neither", "No end", "No start"]
    assert sorted(messages_for(ANON, now=now + timedelta(days=400))) == ["Neither", "No end"]


def test_a_scheduled_banner_appears_on_time_even_from_a_warm_cache(make_announcement, now):
    make_announcement("At noon", start=now + timedelta(minutes=5))
    assert messages_for(ANON, now=now) == []  # the cache now holds the scheduled row
    assert messages_for(ANON, now=now + timedelta(minutes=6)) == ["At noon"]


def test_a_window_given_in_another_time_zone_is_compared_as_an_instant(make_announcement):
    new_york = ZoneInfo("America/New_York")
    # 09:00 in New York on 2 January is 14:00 UTC.
    make_announcement("NY morning", start=datetime(2031, 1, 2, 9, 0, tzinfo=new_york))
    assert messages_for(ANON, now=datetime(2031, 1, 2, 13, 59, tzinfo=UTC)) == []
    assert messages_for(ANON, now=datetime(2031, 1, 2, 14, 0, tzinfo=UTC)) == ["NY morning"]
    tokyo = ZoneInfo("Asia/Tokyo")
    assert messages_for(ANON, now=datetime(2031, 1, 2, 23, 0, tzinfo=tokyo)) == ["NY morning"]


def test_overlapping_global_windows_show_the_one_that_started_last(make_announcement, now, hour):
    make_announcement("Older", scope=Announcement.Scope.GLOBAL, start=now - 3 * hour, end=now + 3 * hour)
    make_announcement("Newer", scope=Announcement.Scope.GLOBAL, start=now - hour, end=now + hour)
    make_announcement("Open start", scope=Announcement.Scope.GLOBAL)
    assert announcements_active(ANON, now=now).global_.message_html == "Newer"
    # Once the newer window closes, the older one is back.
    assert announcements_active(ANON, now=now + 2 * hour).global_.message_html == "Older"


# --- targeting ------------------------------------------------------------------------


def test_country_targeting_matches_the_users_country(make_announcement, subject, client_user):
    make_announcement("UK only", country="GB")
    assert messages_for(Audience.for_user(subject)) == ["UK only"]  # subject is in GB
    assert messages_for(Audience.for_user(client_user)) == []  # client_user is in the US


def test_user_type_targeting(make_announcement, subject, client_user):
    make_announcement("Freelancers", usertype="freelancer")
    make_announcement("Clients", usertype="client")
    assert messages_for(Audience.for_user(subject)) == ["Freelancers"]
    assert messages_for(Audience.for_user(client_user)) == ["Clients"]


def test_agencies_see_agency_announcements(make_announcement):
    from tests.conftest import make_user

    agency = make_user("agency@test.example", kind="agency", country="FR")
    make_announcement("Agencies", usertype="agency")
    assert messages_for(Audience.for_user(agency)) == ["Agencies"]


def test_country_and_type_must_both_match(make_announcement, subject, bystander):
    make_announcement("GB freelancers", country="GB", usertype="freelancer")
    assert messages_for(Audience.for_user(subject)) == ["GB freelancers"]
    assert messages_for(Audience.for_user(bystander)) == []  # a freelancer, but in DE


def test_anonymous_visitors_get_only_untargeted_announcements(make_announcement):
    make_announcement("Everyone")
    make_announcement("UK only", country="GB")
    make_announcement("Clients", usertype="client")
    assert messages_for(ANON) == ["Everyone"]


def test_staff_without_a_marketplace_type_see_only_what_is_for_everyone(make_announcement, reviewer):
    make_announcement("Everyone")
    make_announcement("Clients", usertype="client")
    assert messages_for(Audience.for_user(reviewer)) == ["Everyone"]


# --- what operators can save ----------------------------------------------------------


def test_the_end_must_come_after_the_start(now, hour):
    a = Announcement(title="x", message="x", start=now, end=now - hour)
    with pytest.raises(ValidationError) as exc:
        a.full_clean()
    assert "end" in exc.value.message_dict


def test_a_global_announcement_cannot_be_targeted():
    a = Announcement(title="x", message="x", scope=Announcement.Scope.GLOBAL, usertype="client")
    with pytest.raises(ValidationError) as exc:
        a.full_clean()
    assert "scope" in exc.value.message_dict


def test_country_is_normalised_and_checked():
    a = Announcement(title="x", message="x", country="gb")
    a.full_clean()
    assert a.country == "GB"
    a.country = "all"
    a.full_clean()
    assert a.country == "All"
    a.country = "GBR"
    with pytest.raises(ValidationError):
        a.full_clean()


def test_the_message_keeps_links_and_emphasis_and_nothing_else(make_announcement):
    make_announcement(
        "Read **this** *now*: [policy](/help/articles/feedback-building/) <script>alert(1)</script>"
        '<img src=x onerror="alert(2)"> [bad](javascript:alert) <em>ok</em>'
    )
    (html,) = messages_for(ANON)
    assert "<strong>this</strong>" in html and "<em>now</em>" in html and "<em>ok</em>" in html
    assert '<a href="/help/articles/feedback-building/"' in html
    assert "script" not in html and "onerror" not in html and "<img" not in html and "javascript" not in html


def test_the_state_shown_to_operators(make_announcement, now, hour):
    assert make_announcement("a", start=now + hour).state(now) == "scheduled"
    assert make_announcement("b", start=now - hour).state(now) == "active"
    assert make_announcement("c", end=now - hour).state(now) == "ended"


def test_now_defaults_to_the_current_time(make_announcement):
    make_announcement("Current", start=timezone.now() - timedelta(seconds=1))
    assert messages_for(ANON) == ["Current"]
