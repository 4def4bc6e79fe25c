"""An outsider cannot tell an object that is not theirs from one that does not exist.

Every page and API endpoint that takes the id of a contract, message, feedback,
profile, job, proposal, case (request thread), decision (appeal), notice or report
answers an outsider exactly as it answers an id that does not exist: same status,
same body, and nobody's name in it. Reviewer-only pages refuse a marketplace user
before looking at the id at all (the same 403 for every id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.test import Client

from accounts.models import User
from contracts.models import Job
from contracts.services import message_send
from notifications.models import Notice
from reports.models import AbuseReport
from reports.services import report_file
from tests.conftest import make_user
from tests.enforcement.world import suspended_freelancer_world

MISSING = 987654

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Probe:
    method: str
    path: str  # with {field} placeholders filled from the world, or MISSING
    data: dict | None = None
    json: bool = False
    status: int = 404
    echoes: str = ""  # the id the answer repeats back ("Invalid pk"), if any


PROBES = {
    # Marketplace pages.
    "contract": Probe("get", "/contracts/{contract}/"),
    "contract-message": Probe("post", "/contracts/{contract}/messages/", {"body": "Hello?"}),
    "contract-payment": Probe("post", "/contracts/{contract}/payments/", {"kind": "milestone", "amount": "5"}),
    "contract-bonus": Probe("post", "/contracts/{contract}/bonuses/", {"amount": "5"}),
    "contract-end": Probe("post", "/contracts/{contract}/end/"),
    "contract-feedback": Probe("post", "/contracts/{contract}/feedback/", {"rating": "5", "comment": "Great"}),
    "closed-job": Probe("get", "/jobs/{filled_job}/"),
    "closed-job-proposal": Probe("post", "/jobs/{filled_job}/proposals/", {"cover_letter": "Me!", "rate": "10"}),
    "hire-proposal": Probe("post", "/proposals/{proposal}/hire/"),
    "staff-profile": Probe("get", "/profile/{staff}/"),
    "inactive-profile": Probe("get", "/profile/{inactive}/"),
    # Reports.
    "report-form-message": Probe("get", "/report/new/?message={message}"),
    "report-form-contract": Probe("get", "/report/new/?contract={contract}"),
    "report-form-staff": Probe("get", "/report/new/?user={staff}"),
    "report-post-message": Probe(
        "post", "/report/new/", {"message": "{message}", "reason": "paid_feedback", "details": "Money for stars."}
    ),
    "report": Probe("get", "/report/{report}/"),
    "report-note": Probe("post", "/report/{report}/add/", {"body": "More"}),
    # My Requests: request threads, appeals, notices.
    "request-thread": Probe("get", "/help/requests/case/{case}/"),
    "request-reply": Probe("post", "/help/requests/case/{case}/reply/", {"body": "Hi"}),
    "appeal": Probe("post", "/help/requests/case/{case}/decisions/{decision}/appeal/", {"statement": "Not me"}),
    "notice": Probe("get", "/help/requests/notice/{notice}/"),
    # API.
    "api-contract": Probe("get", "/api/v1/contracts/{contract}/", json=True),
    "api-contract-messages": Probe("get", "/api/v1/contracts/{contract}/messages/", json=True),
    "api-contract-send": Probe("post", "/api/v1/contracts/{contract}/messages/", {"body": "Hi"}, json=True),
    "api-contract-payments": Probe("get", "/api/v1/contracts/{contract}/payments/", json=True),
    "api-contract-pay": Probe(
        "post", "/api/v1/contracts/{contract}/payments/", {"kind": "milestone", "amount": "5"}, json=True
    ),
    "api-contract-bonus": Probe("post", "/api/v1/contracts/{contract}/bonuses/", {"amount": "5"}, json=True),
    "api-contract-feedback": Probe("post", "/api/v1/contracts/{contract}/feedback/", {"rating": 5}, json=True),
    "api-report": Probe("get", "/api/v1/reports/{report}/", json=True),
    "api-report-message": Probe(
        "post",
        "/api/v1/reports/",
        {"reported": "{sender}", "messages": ["{message}"], "reason": "paid_feedback", "details": "Money."},
        json=True,
        status=400,
        echoes="message",
    ),
    "api-report-contract": Probe(
        "post",
        "/api/v1/reports/",
        {"reported": "{sender}", "contract": "{contract}", "reason": "paid_feedback", "details": "Money."},
        json=True,
        status=400,
        echoes="contract",
    ),
    "api-report-staff": Probe(
        "post",
        "/api/v1/reports/",
        {"reported": "{staff}", "reason": "other", "details": "Hm."},
        json=True,
        status=400,
        echoes="staff",
    ),
    # Reviewer-only: refused before the id is looked at.
    "portal-case": Probe("get", "/portal/cases/{case}/", status=403),
    "portal-signals": Probe("get", "/portal/accounts/{sender}/signals/", status=403),
    "portal-email": Probe("get", "/portal/email/{notice}/", status=403),
    "api-case": Probe("get", "/api/v1/cases/{case}/", json=True, status=403),
}

NAMES = ("Sid Suspended", "Clara Client", "Omar Owner", "Sue Sub", "Andy Applicant", "Rita Reviewer", "Ina Inactive")
SECRETS = ("Landing page copy", "Proofread my portfolio", "refund $50", "Reciprocal five-star")


@pytest.fixture
def world(reviewer):
    world = suspended_freelancer_world(reviewer=reviewer)
    suspended, contract = world["user"], world["active"]
    bribe = message_send(sender=suspended, contract=contract, body="I'll refund $50 for five stars.")
    report = report_file(
        reporter=contract.client, reported=suspended, reason="paid_feedback", details="Refund for stars."
    )
    decision = world["case"].decisions.get()
    return {
        "contract": contract.pk,
        "message": bribe.pk,
        "sender": suspended.pk,
        "filled_job": Job.objects.get(title="Proofread my portfolio").pk,
        "proposal": world["waiting_proposal"].pk,
        "staff": reviewer.pk,
        "inactive": make_user("inactive@test.example", name="Ina Inactive", is_active=False).pk,
        "report": report.pk,
        "case": world["case"].pk,
        "decision": decision.pk,
        "notice": Notice.objects.filter(account=suspended).earliest("pk").pk,
    }


def fill(value, ids: dict):
    if isinstance(value, str):
        text = value.format(**ids)
        return int(text) if value.startswith("{") and text.isdigit() else text
    if isinstance(value, list):
        return [fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, ids) for k, v in value.items()}
    return value


_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def ask(client: Client, probe: Probe, ids: dict):
    path = fill(probe.path, ids)
    data = fill(probe.data or {}, ids)
    if probe.json:
        response = getattr(client, probe.method)(path, data, content_type="application/json")
        return response.status_code, response.content.decode()
    response = getattr(client, probe.method)(path, data)
    return response.status_code, _CSRF.sub("", response.content.decode())


@pytest.mark.parametrize("probe", PROBES.values(), ids=PROBES.keys())
def test_an_outsider_gets_the_same_answer_for_someone_elses_object_as_for_a_missing_one(
    probe, world, bystander, client
):
    client.force_login(bystander)
    missing = dict.fromkeys(world, MISSING)
    missing["sender"] = world["sender"]  # the person exists either way; only the object varies

    theirs = ask(client, probe, world)
    nothing = ask(client, probe, missing)

    assert theirs[0] == probe.status, theirs[1][:500]
    if probe.echoes:  # 'Invalid pk "<id>" - object does not exist.': only the id sent differs
        theirs = (theirs[0], theirs[1].replace(f'\\"{world[probe.echoes]}\\"', "<id>"))
        nothing = (nothing[0], nothing[1].replace(f'\\"{MISSING}\\"', "<id>"))
    assert theirs == nothing
    for secret in (*NAMES, *SECRETS):
        assert secret not in theirs[1], secret


def test_the_outsider_probes_cover_a_real_party_too(world, client):
    """The same probes as the object's party: the world is real, so 404s above mean something."""
    client.force_login(User.objects.get(pk=world["sender"]))
    assert client.get(f"/contracts/{world['contract']}/").status_code == 200
    assert client.get(f"/help/requests/case/{world['case']}/").status_code == 200
    assert client.get(f"/help/requests/notice/{world['notice']}/").status_code in (200, 302)
    reporter = Client()
    reporter.force_login(AbuseReport.objects.get(pk=world["report"]).reporter)
    assert reporter.get(f"/report/{world['report']}/").status_code == 200
    assert reporter.get(f"/report/new/?message={world['message']}").status_code == 200
