"""The queue for a team at work: a case number finds exactly that case, bulk actions
report every case's outcome, seniors assign to others, saved views per reviewer, and
the page's query count stays fixed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases import services
from cases.models import Case, CaseEvent, SavedView
from detection.kinds import Kind
from tests.conftest import make_user


def found(client, q):
    return {c.pk for c in client.get("/portal/", {"q": q, "status": "all"}).context["cases"]}


@pytest.fixture
def numbered(db):
    """Cases whose subjects have numbers in their names and emails."""
    cases = []
    for i in range(1, 13):
        user = make_user(f"user{i}1{i}@test.example", name=f"Worker {i} {i}1")
        cases.append(services.case_open(kind=Kind.SELF_HIRE, accounts=[user]))
    return cases


@pytest.mark.parametrize("form", ["#{}", "{}", " # {} "])
def test_a_number_finds_exactly_that_case(client, reviewer, numbered, form):
    client.force_login(reviewer)
    for case in numbered:
        assert found(client, form.format(case.pk)) == {case.pk}


def test_a_number_no_case_has_finds_nothing_and_a_huge_one_is_no_error(client, reviewer, numbered):
    client.force_login(reviewer)
    assert found(client, "#999999") == set()
    assert found(client, "9" * 30) == set()


def test_text_still_finds_names_and_emails(client, reviewer, numbered):
    client.force_login(reviewer)
    assert found(client, "user3") == {numbered[2].pk}
    assert found(client, "worker 1") == {c.pk for c in numbered if c.pk and "Worker 1" in str(c.subjects.first().name)}


def bulk(client, ids, **data):
    return client.post("/portal/bulk/", {"case": ids, **data}, follow=True)


def test_bulk_assign_reports_each_refusal_and_does_the_rest(client, reviewer, reviewer2, senior, numbered):
    a, b, c = numbered[:3]
    services.case_claim(case=b, reviewer=reviewer2)
    client.force_login(reviewer)
    response = bulk(client, [a.pk, b.pk, c.pk], action="assign")
    text = response.content.decode()
    assert "2 of 3 cases done" in text
    assert f"Case #{b.pk}: Case #{b.pk} is claimed by" in text
    assert {x.assignee_id for x in Case.objects.filter(pk__in=[a.pk, c.pk])} == {reviewer.pk}
    assert Case.objects.get(pk=b.pk).assignee_id == reviewer2.pk
    assert CaseEvent.objects.filter(case=a, type=CaseEvent.Type.ASSIGNED).exists()


def test_only_a_senior_assigns_cases_to_someone_else(client, reviewer, reviewer2, senior, numbered):
    a = numbered[0]
    client.force_login(reviewer)
    text = bulk(client, [a.pk], action="assign", assignee=reviewer2.pk).content.decode()
    assert "Only a senior reviewer can assign cases to others." in text
    assert Case.objects.get(pk=a.pk).assignee_id is None
    client.force_login(senior)
    page = client.get("/portal/").content.decode()
    assert f'<option value="{reviewer2.pk}">' in page
    bulk(client, [a.pk], action="assign", assignee=reviewer2.pk)
    assert Case.objects.get(pk=a.pk).assignee_id == reviewer2.pk


def test_bulk_release_and_close_as_duplicate_with_a_reason(client, reviewer, numbered):
    a, b = numbered[:2]
    for case in (a, b):
        services.case_claim(case=case, reviewer=reviewer)
    client.force_login(reviewer)
    bulk(client, [a.pk], action="release")
    assert Case.objects.get(pk=a.pk).assignee_id is None
    refused = bulk(client, [b.pk], action="close_duplicate", reason=" ").content.decode()
    assert "Say what the cases duplicate" in refused
    assert Case.objects.get(pk=b.pk).status != Case.Status.CLOSED
    bulk(client, [a.pk, b.pk], action="close_duplicate", reason=f"Same ring as #{numbered[5].pk}")
    for case in (a, b):
        assert Case.objects.get(pk=case.pk).status == Case.Status.CLOSED
        closed = CaseEvent.objects.get(case=case, type=CaseEvent.Type.CLOSED)
        assert closed.body == f"Duplicate: Same ring as #{numbered[5].pk}"


def test_bulk_with_nothing_selected_or_a_bad_id_says_so(client, reviewer, numbered):
    client.force_login(reviewer)
    assert "Select at least one case." in bulk(client, [], action="release").content.decode()
    assert "was not understood" in bulk(client, ["1; drop"], action="release").content.decode()
    text = bulk(client, [numbered[0].pk, 987654], action="assign").content.decode()
    assert "Case #987654 does not exist." in text


def test_saved_views_are_per_reviewer(client, reviewer, reviewer2, numbered):
    client.force_login(reviewer)
    response = client.post(
        "/portal/views/", {"name": "  Urgent  self-hire ", "query": "kind=self_hire&priority=1&page=3"}, follow=True
    )
    view = SavedView.objects.get(reviewer=reviewer)
    assert view.name == "Urgent self-hire"
    assert view.query == "kind=self_hire&priority=1"
    assert response.redirect_chain[-1][0] == "/portal/?kind=self_hire&priority=1"
    assert "Urgent self-hire" in client.get("/portal/").content.decode()
    client.post("/portal/views/", {"name": "Urgent self-hire", "query": "kind=self_hire"}, follow=True)
    assert SavedView.objects.get(reviewer=reviewer).query == "kind=self_hire"
    client.force_login(reviewer2)
    assert "Urgent self-hire" not in client.get("/portal/").content.decode()
    text = client.post(f"/portal/views/{view.pk}/delete/", follow=True).content.decode()
    assert "does not exist" in text
    assert SavedView.objects.filter(pk=view.pk).exists()
    client.force_login(reviewer)
    client.post(f"/portal/views/{view.pk}/delete/")
    assert not SavedView.objects.filter(pk=view.pk).exists()
    assert "Give the view a name." in client.post("/portal/views/", {"name": " "}, follow=True).content.decode()


def count(client, params=None):
    # A request first, so that what the site caches for a minute (the live
    # announcements) is cached: on a slow machine the minute can end between two
    # measured requests, and the page would pay for it once.
    client.get("/portal/", params or {})
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/portal/", params or {}).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("params", [{}, {"q": "#first"}, {"q": "user"}, {"kind": "self_hire", "sort": "newest"}])
def test_queue_views_keep_a_fixed_query_count(client, reviewer, senior, params):
    # session, user, groups, "you hold N", saved views, paginator count, the page,
    # its subjects; a senior adds the reviewers to assign to and the approvals badge.
    for who, budget in ((reviewer, 8), (senior, 10)):
        client.force_login(who)
        services.saved_view_save(reviewer=who, name="mine", params={"assignee": "me"})
        first = services.case_open(kind=Kind.SELF_HIRE, accounts=[make_user(f"user{who.pk}0@test.example")])
        services.case_open(kind=Kind.SELF_HIRE, accounts=[make_user(f"user{who.pk}1@test.example")])
        query = {key: value.replace("first", str(first.pk)) for key, value in params.items()}
        client.get("/portal/")
        few = count(client, query)
        for i in range(2, 14):
            services.case_open(kind=Kind.SELF_HIRE, accounts=[make_user(f"user{who.pk}{i}@test.example")])
        assert count(client, query) == few <= budget
