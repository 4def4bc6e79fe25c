"""Deciding for every member of a ring in one form: each their own rung and
reason, one transaction, four eyes per subject, the feedback remedy, a double
submit that applies once and a race the case lock settles."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cases import services
from cases.models import Case, CaseEvent, Decision, Strike
from cases.services import SubjectDecision
from demo.ring import build_ring
from enforcement.models import Restriction
from feedback.models import Feedback
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from notifications.models import Notice
from tests.concurrency import postgres_only, race
from tests.submissions import keyed


@pytest.fixture
def ring(db, reviewer):
    policy_articles_ensure(Article)  # decisions name one (a transactional test may have flushed them)
    ring = build_ring(members=4, evidence=60, events=3)
    services.case_claim(case=ring.case, reviewer=reviewer)
    return ring


def form(ring, lines: dict, **extra) -> dict:
    """The page's form: every member "not now" unless ``lines`` decides them."""
    data = {}
    for member in ring.members:
        rung, reason, *rest = lines.get(member, ("", ""))
        data[f"rung_{member.pk}"] = rung
        data[f"reason_{member.pk}"] = reason
        if rest and rest[0]:
            data[f"hide_{member.pk}"] = "on"
    return keyed(data | {"policy_article": "feedback-building"} | extra)


def post(client, ring, data):
    return client.post(f"/portal/cases/{ring.case.pk}/decide-subjects/", data, follow=True)


def test_each_member_gets_their_own_rung_and_two_blocks_wait_for_a_senior(client, reviewer, senior, ring):
    a, b, c, d = ring.members
    client.force_login(reviewer)
    response = post(
        client,
        ring,
        form(
            ring,
            {
                a: ("permanent_block", "You ran the ring.", True),
                b: ("permanent_block", "You ran the ring too.", True),
                c: ("hide_feedback", "Your reviews from the ring are hidden.", True),
                d: ("education", "Please read our feedback policy.", False),
            },
        ),
    )
    text = response.content.decode()
    assert "2 decisions applied. Waiting for a senior reviewer&#x27;s approval (four eyes)" in text
    assert "Ring Member 1, Ring Member 2" in text
    by_member = {dec.account_id: dec for dec in Decision.objects.filter(case=ring.case)}
    assert by_member[a.pk].status == by_member[b.pk].status == Decision.Status.PENDING_APPROVAL
    assert by_member[c.pk].status == by_member[d.pk].status == Decision.Status.APPLIED
    # Each decision keeps the evidence as it stood (one snapshot for the form).
    assert all(len(dec.evidence_snapshot["evidence"]) == 60 for dec in by_member.values())
    # C's remedy hid what C received and wrote; D (no remedy) wrote feedback about A
    # that stays, and A's waits with A's block.
    assert not Feedback.objects.filter(recipient=c, visibility=Feedback.Visibility.VISIBLE).exists()
    assert not Feedback.objects.filter(author=c, visibility=Feedback.Visibility.VISIBLE).exists()
    assert Feedback.objects.filter(author=d, recipient=a, visibility=Feedback.Visibility.VISIBLE).exists()
    assert Notice.objects.filter(kind="decision", account__in=[c, d]).count() == 2
    assert not Notice.objects.filter(kind="decision", account__in=[a, b]).exists()
    assert Restriction.objects.filter(account__in=[a, b]).count() == 0

    # The senior approves both proposals; the case is decided.
    client.force_login(senior)
    for member in (a, b):
        client.post(f"/portal/cases/{ring.case.pk}/decisions/{by_member[member.pk].pk}/approve/")
    assert Restriction.objects.filter(account__in=[a, b]).count() == 2
    assert Case.objects.get(pk=ring.case.pk).status == Case.Status.DECIDED


def test_a_refused_line_rolls_every_line_back_and_names_the_member(client, reviewer, ring):
    a, b, *_ = ring.members
    client.force_login(reviewer)
    too_long = timezone.localtime(timezone.now() + timedelta(days=4000))
    data = form(ring, {a: ("education", "A reminder."), b: ("suspension", "Suspended.")})
    data[f"until_{b.pk}"] = f"{too_long:%Y-%m-%dT%H:%M}"
    text = post(client, ring, data).content.decode()
    assert "Ring Member 2: A suspension can last at most" in text
    assert "Nothing was applied." in text
    assert not Decision.objects.filter(case=ring.case).exists()
    assert not Strike.objects.filter(account=a).exists()


def test_a_line_without_a_reason_is_refused_before_anything_applies(client, reviewer, ring):
    a, b, *_ = ring.members
    client.force_login(reviewer)
    text = post(client, ring, form(ring, {a: ("education", "A reminder."), b: ("education", "")})).content.decode()
    assert "Write the reason Ring Member 2 will read, or choose a macro." in text
    assert not Decision.objects.filter(case=ring.case).exists()


def test_the_same_form_sent_twice_applies_once(client, reviewer, ring):
    a, b, *_ = ring.members
    client.force_login(reviewer)
    data = form(ring, {a: ("education", "A reminder."), b: ("hide_feedback", "Hidden.", True)})
    post(client, ring, data)
    again = post(client, ring, data).content.decode()
    assert "These decisions were already recorded; nothing was applied again." in again
    assert Decision.objects.filter(case=ring.case).count() == 2
    assert Strike.objects.filter(account__in=[a, b]).count() == 2
    assert CaseEvent.objects.filter(case=ring.case, type=CaseEvent.Type.DECISION).count() == 2


def test_the_remedy_is_ticked_for_every_member_where_the_kind_makes_feedback_fake(client, reviewer, ring):
    client.force_login(reviewer)
    body = client.get(f"/portal/cases/{ring.case.pk}/").content.decode()
    for member in ring.members:
        assert f'name="hide_{member.pk}" id="id_hide_{member.pk}" checked' in body


def test_the_remedy_hides_only_the_case_feedback_of_that_member(reviewer, ring):
    a, *_ = ring.members
    result = services.decisions_make(
        case=ring.case,
        lines=[SubjectDecision(account=a, rung="education", reason="A reminder.", hide_feedback=True)],
        actor=reviewer,
    )
    [decision] = result.decisions
    hidden = set(decision.hidden_feedback.values_list("pk", flat=True))
    assert hidden == set(
        Feedback.objects.filter(pk__in=[f.pk for f in ring.feedback]).filter(author=a).values_list("pk", flat=True)
    ) | set(Feedback.objects.filter(pk__in=[f.pk for f in ring.feedback], recipient=a).values_list("pk", flat=True))
    assert hidden and not Feedback.objects.filter(pk__in=hidden, visibility=Feedback.Visibility.VISIBLE).exists()


def test_no_violation_never_hides_feedback(reviewer, ring):
    a, *_ = ring.members
    services.decisions_make(
        case=ring.case,
        lines=[SubjectDecision(account=a, rung="no_violation", reason="All fine.", hide_feedback=True)],
        actor=reviewer,
    )
    assert not Feedback.objects.filter(recipient=a).exclude(visibility=Feedback.Visibility.VISIBLE).exists()


@pytest.mark.django_db(transaction=True)
@postgres_only
def test_two_forms_for_the_same_members_at_once_one_applies_the_other_is_told(reviewer):
    ring = build_ring(members=3, evidence=30, events=1)
    services.case_claim(case=ring.case, reviewer=reviewer)
    a, b, _ = ring.members

    def decide(rung):
        return lambda: services.decisions_make(
            case=Case.objects.get(pk=ring.case.pk),
            lines=[
                SubjectDecision(account=a, rung=rung, reason=rung),
                SubjectDecision(account=b, rung=rung, reason=rung),
            ],
            actor=reviewer,
        )

    results = race([decide("education"), decide("hide_feedback")])
    errors = [r for r in results if isinstance(r, services.CaseError)]
    assert len(errors) == 1 and errors[0].code == "already_decided", results
    assert Decision.objects.filter(case=ring.case).count() == 2
    assert len({d.rung for d in Decision.objects.filter(case=ring.case)}) == 1
