"""The cases API: filters matching the queue's, timeline, claim, notes, decisions,
and an OpenAPI schema that generates cleanly."""

from rest_framework.test import APIClient

from cases import services
from detection.kinds import Kind


def api_for(user):
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_list_filters_like_the_queue(reviewer, subject, bystander, client_user):
    a = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    b = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[bystander])
    services.case_claim(case=b, reviewer=reviewer)
    api = api_for(reviewer)
    ids = lambda url: [c["id"] for c in api.get(url).json()["results"]]  # noqa: E731
    assert ids("/api/v1/cases/?kind=self_hire") == [a.pk]
    assert ids("/api/v1/cases/?status=in_review") == [b.pk]
    assert ids(f"/api/v1/cases/?assignee={reviewer.pk}") == [b.pk]
    assert ids("/api/v1/cases/?unassigned=true") == [a.pk]
    assert ids(f"/api/v1/cases/?q={bystander.email}") == [b.pk]
    assert ids(f"/api/v1/cases/?q=%23{a.pk}") == [a.pk]
    first = api.get("/api/v1/cases/").json()["results"][0]
    assert {"id", "kind", "status", "priority", "due_at", "subjects", "has_new_user_reply"} <= set(first)


def test_queue_page_and_api_find_the_same_cases_for_a_search(client, reviewer, subject, bystander):
    a = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    b = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[bystander])
    api = api_for(reviewer)
    client.force_login(reviewer)
    for term, expected in [
        (bystander.email.upper(), {b.pk}),
        (subject.name[:4], {a.pk}),
        (f"#{a.pk}", {a.pk}),
        (f"# {b.pk}", {b.pk}),  # a space after the hash
        ("#", {a.pk, b.pk}),  # nothing to search for: no filter
        ("nobody-has-this", set()),
    ]:
        from_api = {c["id"] for c in api.get("/api/v1/cases/", {"q": term}).json()["results"]}
        from_page = {c.pk for c in client.get("/portal/", {"q": term, "status": "all"}).context["cases"]}
        assert from_api == from_page == expected, term


def test_claim_note_decide_and_read_the_timeline(reviewer, subject):
    case = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[subject])
    api = api_for(reviewer)
    assert api.post(f"/api/v1/cases/{case.pk}/claim/").json()["status"] == "in_review"
    assert api.post(f"/api/v1/cases/{case.pk}/notes/", {"body": "Checked payments"}, format="json").status_code == 201
    response = api.post(
        f"/api/v1/cases/{case.pk}/decisions/",
        {"account": subject.pk, "rung": "education", "reason": "Read the policy."},
        format="json",
    )
    assert response.status_code == 201 and response.json()["status"] == "applied"
    events = api.get(f"/api/v1/cases/{case.pk}/timeline/").json()["results"]
    types = [e["type"] for e in events]
    assert types[0] == "opened" and "note" in types and "decision" in types


def test_decision_errors_are_clear(reviewer, subject, bystander):
    case = services.case_open(kind=Kind.PAID_FEEDBACK, accounts=[subject])
    api = api_for(reviewer)
    r = api.post(
        f"/api/v1/cases/{case.pk}/decisions/",
        {"account": bystander.pk, "rung": "education", "reason": "x"},
        format="json",
    )
    assert r.status_code == 404 and r.json()["code"] == "not_subject"
    r = api.post(
        f"/api/v1/cases/{case.pk}/decisions/",
        {"account": subject.pk, "rung": "hide_feedback", "reason": "x"},
        format="json",
    )
    assert r.status_code == 400 and r.json()["code"] == "feedback_required"
    r = api.post(f"/api/v1/cases/{case.pk}/decisions/", {"account": subject.pk, "rung": "nonsense"}, format="json")
    assert r.status_code == 400 and "rung" in r.json() and "reason" in r.json()


def test_schema_and_docs_are_served(client, reviewer):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/cases/{id}/claim/" in schema.content
    client.force_login(reviewer)
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


def test_dashboard_shows_queue_health_with_charts(client, reviewer, subject):
    services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    client.force_login(reviewer)
    page = client.get("/portal/dashboard/").content.decode()
    assert "Open cases" in page and "<svg" in page and "Self-hire: 1" in page
