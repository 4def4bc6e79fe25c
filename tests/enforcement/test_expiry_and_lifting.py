"""Restrictions stop at their end time by themselves; lifting early is audited."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from cases.models import CaseEvent
from enforcement.models import Level, Restriction
from enforcement.services import RestrictionError, restriction_apply, restriction_lift, restrictions_expire
from enforcement.state import restriction_state_for
from notifications.models import Notice


def _travel_past_the_end(user):
    """Time travel: move the restriction's end (and the account summary) into the past."""
    past = timezone.now() - timedelta(minutes=1)
    restriction = Restriction.objects.get(account=user)
    Restriction.objects.filter(pk=restriction.pk).update(starts_at=past - timedelta(days=14), ends_at=past)
    User.objects.filter(pk=user.pk).update(restriction_ends_at=past)
    user.refresh_from_db()
    return restriction


def test_the_suspension_applies_until_its_end(suspended, world):
    state = restriction_state_for(suspended)
    assert state.level == Level.SUSPENDED
    assert state.ends_at == world["decision"].suspension_until
    assert state.request_url == f"/help/requests/case/{world['case'].pk}/"


def test_expired_restriction_stops_applying_without_anyone_acting(client, suspended, endpoints):
    _travel_past_the_end(suspended)

    assert restriction_state_for(suspended) is None
    client.force_login(suspended)
    page = client.get("/dashboard/")
    assert b"restriction-banner" not in page.content
    response = client.post(*endpoints["send_message"])
    assert response.status_code == 302  # sent


def test_expiry_costs_no_query_even_before_the_summary_is_refreshed(suspended, django_assert_num_queries):
    _travel_past_the_end(suspended)
    assert suspended.restriction_level == Level.SUSPENDED  # stale summary …
    with django_assert_num_queries(0):
        assert restriction_state_for(suspended) is None  # … still read as "ended"


def test_expired_rows_stop_applying_even_if_the_summary_says_otherwise(suspended):
    """The rows are the truth: a summary that lags behind cannot keep a user restricted."""
    past = timezone.now() - timedelta(seconds=1)
    Restriction.objects.filter(account=suspended).update(ends_at=past)
    assert suspended.restriction_ends_at > timezone.now()
    assert restriction_state_for(suspended) is None


def test_restrictions_expire_refreshes_the_stale_summary(suspended):
    _travel_past_the_end(suspended)
    assert restrictions_expire() == 1
    suspended.refresh_from_db()
    assert (suspended.restriction_level, suspended.restriction_ends_at) == ("", None)
    assert restrictions_expire() == 0


def test_a_stronger_open_ended_restriction_outlives_an_expiring_one(suspended, reviewer):
    restriction_apply(account=suspended, level=Level.BLOCKED, reason="Serious", actor=reviewer)
    suspended.refresh_from_db()
    assert suspended.restriction_ends_at is None
    Restriction.objects.filter(account=suspended, level=Level.SUSPENDED).update(
        starts_at=timezone.now() - timedelta(days=3), ends_at=timezone.now() - timedelta(seconds=1)
    )
    assert restriction_state_for(suspended).level == Level.BLOCKED


def test_future_restriction_starts_at_its_start_time(subject, reviewer):
    start = timezone.now() + timedelta(hours=1)
    restriction_apply(
        account=subject,
        level=Level.SUSPENDED,
        reason="Later",
        actor=reviewer,
        starts_at=start,
        ends_at=start + timedelta(days=1),
    )
    subject.refresh_from_db()
    assert restriction_state_for(subject) is None
    Restriction.objects.filter(account=subject).update(starts_at=timezone.now() - timedelta(seconds=1))
    assert restriction_state_for(subject).level == Level.SUSPENDED


def test_lifting_is_audited_on_the_case_timeline_and_tells_the_user(client, suspended, world, reviewer, endpoints):
    restriction = Restriction.objects.get(account=suspended)

    restriction_lift(
        restriction=restriction, actor=reviewer, reason="New evidence: the refunds were for a cancelled order."
    )

    restriction.refresh_from_db()
    assert restriction.lifted_by == reviewer and restriction.lifted_at is not None
    event = CaseEvent.objects.get(case=world["case"], type=CaseEvent.Type.RESTRICTION_LIFTED)
    assert event.actor == reviewer
    assert event.account == suspended
    assert event.visible_to_user
    assert "cancelled order" in event.body
    assert event.data["restriction"] == restriction.pk
    assert Notice.objects.filter(account=suspended, kind=Notice.Kind.RESTRICTION_LIFTED, event=event).exists()

    suspended.refresh_from_db()
    assert suspended.restriction_level == ""
    assert restriction_state_for(suspended) is None
    client.force_login(suspended)
    assert client.post(*endpoints["send_message"]).status_code == 302
    # … and the user reads it in My Requests.
    thread = client.get(f"/help/requests/case/{world['case'].pk}/").content.decode()
    assert "Restriction lifted" in thread and "cancelled order" in thread


def test_lifting_needs_a_reason_and_happens_once(suspended, reviewer):
    restriction = Restriction.objects.get(account=suspended)
    with pytest.raises(RestrictionError) as exc:
        restriction_lift(restriction=restriction, actor=reviewer, reason="  ")
    assert exc.value.code == "reason_required"
    restriction_lift(restriction=restriction, actor=reviewer, reason="Mistake")
    with pytest.raises(RestrictionError) as exc:
        restriction_lift(restriction=restriction, actor=reviewer, reason="Again")
    assert exc.value.code == "already_lifted"


def test_lifting_one_of_two_keeps_the_other(suspended, reviewer):
    other = restriction_apply(account=suspended, level=Level.LIMITED, reason="Limited too", actor=reviewer)
    restriction_lift(
        restriction=Restriction.objects.get(account=suspended, level=Level.SUSPENDED), actor=reviewer, reason="Ok"
    )
    suspended.refresh_from_db()
    assert suspended.restriction_level == Level.LIMITED
    assert restriction_state_for(suspended).restrictions == [other]


def test_apply_refuses_bad_input(subject, reviewer):
    with pytest.raises(RestrictionError):
        restriction_apply(account=subject, level="banished", reason="x", actor=reviewer)
    with pytest.raises(RestrictionError):
        restriction_apply(account=subject, level=Level.LIMITED, reason="", actor=reviewer)
    with pytest.raises(RestrictionError):
        restriction_apply(
            account=subject, level=Level.LIMITED, reason="x", actor=reviewer, ends_at=timezone.now() - timedelta(days=1)
        )
    assert not Restriction.objects.filter(account=subject).exists()


def test_expire_command_and_task(suspended, capsys):
    from django.core.management import call_command

    _travel_past_the_end(suspended)
    call_command("expire_restrictions")
    assert "Refreshed 1 account" in capsys.readouterr().out


def test_expire_task_refreshes_too(suspended):
    from enforcement.tasks import expire_restrictions

    _travel_past_the_end(suspended)
    assert expire_restrictions.call() == 1


def test_a_timed_restriction_schedules_its_summary_refresh(subject, reviewer, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    ends = timezone.now() + timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        restriction_apply(account=subject, level=Level.SUSPENDED, reason="Timed", actor=reviewer, ends_at=ends)
    queued = DBTaskResult.objects.get(task_path="enforcement.tasks.expire_restrictions")
    assert queued.run_after == ends
