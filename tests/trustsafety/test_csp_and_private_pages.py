"""Round 2, F8: every page carries a Content-Security-Policy that allows no inline
script without the request's nonce, the main pages run in Chromium without a
single CSP violation, and what a signed-in user is shown is never cached."""

from __future__ import annotations

import pytest

from cases import services
from cases.models import Decision
from detection.kinds import Kind
from tests.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)

LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
});
"""


def _visit_all(page, paths):
    problems = []
    page.on(
        "console",
        lambda msg: msg.type == "error" and "Content Security Policy" in msg.text and problems.append(msg.text),
    )
    page.add_init_script(LISTEN)
    for path in paths:
        response = page.goto(path)
        assert response is not None and response.status < 400, path
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        page.wait_for_load_state("load")
        problems += [f"{path}: {v}" for v in page.evaluate("window.__cspViolations")]
    return problems


def test_main_pages_run_without_a_csp_violation_for_a_user(page, subject, reviewer, contract):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(case=case, account=subject, rung=Decision.Rung.EDUCATION, reason="Read it.", actor=reviewer)
    login(page, subject.email)
    paths = [
        "/dashboard/",
        f"/contracts/{contract.pk}/",
        "/help/",
        "/help/requests/",
        f"/help/requests/case/{case.pk}/",
    ]
    assert _visit_all(page, paths) == []


def test_main_pages_run_without_a_csp_violation_for_a_reviewer(page, subject, reviewer):
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject])
    login(page, reviewer.email)
    paths = ["/portal/", f"/portal/cases/{case.pk}/", "/portal/approvals/", "/portal/dashboard/", "/api/docs/"]
    assert _visit_all(page, paths) == []
    # The reviewer's script carries this response's nonce.
    response = page.goto("/portal/")
    nonce = page.evaluate("document.querySelector('script[src*=reviewer]').nonce")
    assert nonce and f"'nonce-{nonce}'" in response.headers["content-security-policy"]
    # And the listener does see a violation: an injected inline script is refused.
    page.evaluate(
        "const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.body.append(s)"
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.ran") is None


def test_pages_for_a_signed_in_user_are_never_stored(client, subject, contract):
    client.force_login(subject)
    for path in ("/dashboard/", f"/contracts/{contract.pk}/", "/help/requests/"):
        cache_control = client.get(path)["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control, path


def test_an_anonymous_page_is_not_marked_private(client):
    response = client.get("/login/")
    assert "Content-Security-Policy" in response
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
