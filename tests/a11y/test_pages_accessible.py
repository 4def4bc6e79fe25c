"""The reviewer's pages and the user's pages pass axe-core in Chromium with no
serious or critical violation.

axe-core comes from the npm registry (tests/a11y/package.json, pinned by its
package-lock.json); ``make test`` installs it with ``npm ci`` on a fresh clone."""

from pathlib import Path

import pytest

from cases import services
from detection.kinds import Kind
from helpcenter.models import Article
from helpcenter.policy import policy_articles_ensure
from tests.conftest import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
MISSING = "/no-such-page/"


def violations(page, path):
    response = page.goto(path)
    assert response is not None
    # The page itself, not a login redirect or a server error (the error page is a 404).
    assert response.status == (404 if path == MISSING else 200), path
    assert "/login/" not in page.url
    # Evaluated through the browser's devtools, not as a <script> tag: the page's
    # Content-Security-Policy (rightly) refuses an inline script without its nonce.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at {', '.join(n['target'][0] for n in v['nodes'][:5])}"
        for v in found
        if v["impact"] in BLOCKING
    ]


@pytest.fixture(autouse=True)
def _axe_installed():
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/a11y` (make test does)")


@pytest.fixture
def world(reviewer, reviewer2, senior, subject, client_user, contract):
    """A suspended subject (their notice in My Requests), and a block awaiting approval."""
    case = services.case_open(kind=Kind.SELF_HIRE, accounts=[subject, client_user], note="Shared card")
    services.case_claim(case=case, reviewer=reviewer)
    services.decision_make(case=case, account=subject, rung="suspension", reason="Self-hire.", actor=reviewer)
    services.decision_make(
        case=case, account=client_user, rung="permanent_block", reason="Ran the ring.", actor=reviewer
    )
    return {"case": case, "contract": contract}


def test_reviewer_pages_have_no_serious_violation(page, senior, world):
    login(page, senior.email)
    pages = {
        "queue": "/portal/",
        "case": f"/portal/cases/{world['case'].pk}/",
        "approvals": "/portal/approvals/",
        "dashboard": "/portal/dashboard/",
    }
    found = {name: violations(page, path) for name, path in pages.items()}
    assert found == {name: [] for name in pages}


def test_user_pages_have_no_serious_violation(page, subject, world):
    login(page, subject.email)
    policy_articles_ensure(Article)  # a transactional test may have flushed the migration's articles
    article = Article.objects.order_by("pk").first()
    pages = {
        "dashboard": "/dashboard/",
        "contract": f"/contracts/{world['contract'].pk}/",
        "my requests thread": f"/help/requests/case/{world['case'].pk}/",
        "help article": f"/help/articles/{article.slug}/",
        "error page": MISSING,
    }
    found = {name: violations(page, path) for name, path in pages.items()}
    assert found == {name: [] for name in pages}
