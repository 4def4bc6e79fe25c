"""Macros: reason and message templates admins edit, filled for each subject in
the decision form and the composer; an unknown placeholder is refused on save."""

import pytest

from cases.models import Decision, Macro, placeholder_problem
from cases.services import case_claim
from demo.ring import build_ring
from tests.submissions import keyed


@pytest.fixture
def ring(db, reviewer):
    ring = build_ring(members=3, evidence=30, events=1)
    case_claim(case=ring.case, reviewer=reviewer)
    return ring


def test_an_admin_saving_an_unknown_placeholder_is_told_which_and_what_exists(client, admin_user):
    client.force_login(admin_user)
    data = {"title": "Ring", "use": "reason", "kind": "", "rung": "", "body": "Hi {name}, see {policy_article}."}
    response = client.post("/admin/cases/macro/add/", data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Unknown placeholder {name}. Use only: {user}, {contract}, {policy_article}, {case}, {kind}." in text
    assert not Macro.objects.exists()
    data["body"] = "Hi {user}, see {policy_article}."
    assert client.post("/admin/cases/macro/add/", data).status_code == 302
    assert Macro.objects.get().body == "Hi {user}, see {policy_article}."


@pytest.mark.parametrize(
    "body, problem",
    [
        ("Dear {user.email}", "Unknown placeholder {user.email}."),
        ("Dear {user!r}", "Unknown placeholder {user!r}."),
        ("Dear {user", "A brace is not closed or not opened."),
        ("Dear {}", "Unknown placeholder {}."),
        ("Dear {user}, {{braces}} are fine", ""),
    ],
)
def test_placeholders_must_be_plain_and_known(body, problem):
    assert placeholder_problem(body).startswith(problem) if problem else placeholder_problem(body) == ""


def test_the_decision_form_offers_the_kinds_macros_filled_for_each_member(client, reviewer, ring):
    Macro.objects.create(
        title="Ring: block", rung="permanent_block", body="{user}: {contract} was fake. {policy_article}"
    )
    Macro.objects.create(title="Self-hire only", kind="self_hire", body="Not offered on a ring case.")
    Macro.objects.create(title="Retired", is_active=False, body="Not offered.")
    client.force_login(reviewer)
    body = client.get(f"/portal/cases/{ring.case.pk}/").content.decode()
    assert "Ring: block" in body and "Self-hire only" not in body and "Retired" not in body
    first = ring.contracts[0]
    assert f"Ring Member 1: “Logo tweak 1” (contract #{first.pk}) was fake." in body
    assert "/help/articles/permanent-blocks/" in body


def test_without_javascript_a_chosen_macro_with_an_empty_reason_sends_the_macro(client, reviewer, ring):
    macro = Macro.objects.create(title="Education", rung="education", body="{user}, please read {policy_article}")
    a, *_ = ring.members
    client.force_login(reviewer)
    data = {f"rung_{m.pk}": "" for m in ring.members}
    data |= {f"rung_{a.pk}": "education", f"reason_{a.pk}": "", f"macro_{a.pk}": str(macro.pk)}
    client.post(f"/portal/cases/{ring.case.pk}/decide-subjects/", keyed(data))
    decision = Decision.objects.get(case=ring.case, account=a)
    assert decision.reason.startswith("Ring Member 1, please read http")
    assert decision.reason.endswith("/help/articles/feedback-building/")


def test_an_edited_macro_text_is_what_the_user_reads(client, reviewer, ring):
    macro = Macro.objects.create(title="Education", rung="education", body="{user}, please read our policy.")
    a, *_ = ring.members
    client.force_login(reviewer)
    data = {f"rung_{m.pk}": "" for m in ring.members}
    data |= {f"rung_{a.pk}": "education", f"reason_{a.pk}": "Edited by hand.", f"macro_{a.pk}": str(macro.pk)}
    client.post(f"/portal/cases/{ring.case.pk}/decide-subjects/", keyed(data))
    assert Decision.objects.get(case=ring.case, account=a).reason == "Edited by hand."


def test_the_composer_sends_a_message_macro_filled_for_the_recipient(client, reviewer, ring):
    macro = Macro.objects.create(title="Ask", use="message", body="{user}, who else uses your device on case {case}?")
    _, b, _ = ring.members
    client.force_login(reviewer)
    page = client.get(f"/portal/cases/{ring.case.pk}/").content.decode()
    assert "Ask" in page and "data-texts=" in page
    data = keyed({"kind": "message", "account": b.pk, "body": "", "macro": str(macro.pk)})
    client.post(f"/portal/cases/{ring.case.pk}/message/", data)
    event = ring.case.events.get(type="message_to_user")
    assert event.body == f"Ring Member 2, who else uses your device on case #{ring.case.pk}?"
