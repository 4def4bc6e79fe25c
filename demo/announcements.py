"""Demo announcements: one global banner for everyone, one aimed at freelancers."""

from __future__ import annotations

from announcements.models import Announcement

DEMO = [
    {
        "title": "Demo: feedback policy refresh",
        "scope": Announcement.Scope.GLOBAL,
        "icon": Announcement.Icon.INFO,
        "message": (
            "We have rewritten our feedback rules in plain words. "
            "[Read what counts as feedback building](/help/articles/feedback-building/)."
        ),
    },
    {
        "title": "Demo: freelancers, ask for feedback the right way",
        "scope": Announcement.Scope.RESPONSIVE,
        "icon": Announcement.Icon.WARNING,
        "usertype": Announcement.UserType.FREELANCER,
        "message": (
            "Freelancers: offering a refund or extra work for a good rating is **not allowed**. "
            "[How to ask for feedback](/help/articles/honest-feedback/)."
        ),
    },
]


def seed(*, stdout) -> None:
    created = 0
    for data in DEMO:
        _, was_created = Announcement.objects.get_or_create(
            title=data["title"], defaults={k: v for k, v in data.items() if k != "title"}
        )
        created += int(was_created)
    stdout.write(f"  announcements: {created} created, {Announcement.objects.count()} in total")
