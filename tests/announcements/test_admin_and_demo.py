"""Operators manage announcements in the admin; the demo seeds two."""

from __future__ import annotations

import io

from announcements.models import Announcement
from demo import announcements as demo


def test_the_demo_is_idempotent_with_a_global_and_a_targeted_announcement(db):
    demo.seed(stdout=io.StringIO())
    demo.seed(stdout=io.StringIO())
    assert Announcement.objects.filter(scope="global").count() == 1
    assert Announcement.objects.filter(scope="responsive").exclude(usertype="all").count() == 1


def test_admin_pages_open(client, admin_user):
    demo.seed(stdout=io.StringIO())
    client.force_login(admin_user)
    first = Announcement.objects.first()
    for url in (
        "/admin/announcements/announcement/",
        "/admin/announcements/announcement/?state=active",
        "/admin/announcements/announcement/?state=ended",
        "/admin/announcements/announcement/add/",
        f"/admin/announcements/announcement/{first.pk}/change/",
    ):
        assert client.get(url).status_code == 200, url


def test_the_admin_records_who_created_an_announcement(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/announcements/announcement/add/",
        {
            "title": "Planned downtime",
            "message": "We are down for *ten minutes* at 02:00 UTC.",
            "icon": "warning",
            "scope": "global",
            "country": "all",
            "usertype": "all",
            "start_0": "",
            "start_1": "",
            "end_0": "",
            "end_1": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    made = Announcement.objects.get(title="Planned downtime")
    assert made.created_by == admin_user and made.country == "All"
    assert client.get("/api/v1/announcements/active").json()["global"]["message"] == (
        "We are down for <em>ten minutes</em> at 02:00 UTC."
    )


def test_the_admin_can_end_announcements_now(client, admin_user):
    demo.seed(stdout=io.StringIO())
    client.force_login(admin_user)
    client.get("/api/v1/announcements/active")  # cached
    ids = list(Announcement.objects.values_list("pk", flat=True))
    client.post("/admin/announcements/announcement/", {"action": "end_now", "_selected_action": ids})
    assert all(a.state() == "ended" for a in Announcement.objects.all())
    assert client.get("/api/v1/announcements/active").json() == {
        "global": {"message": "", "icon": "", "start": "", "end": ""},
        "responsive": [],
    }
