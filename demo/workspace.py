"""Demo step: the reviewer's workspace at a ring's scale. A ten-member feedback ring
with 300 evidence items, held by the demo reviewer, with a permanent block for its
organiser waiting for the senior's approval; and the macros reviewers pick from in
the decision form and the composer.

Runs once for the ring (it is found by its members' addresses); macros are matched
by title, so an admin's edits are kept on a rerun.
"""

from __future__ import annotations

from accounts.models import User
from cases import services
from cases.models import CaseSubject, Decision, Macro
from cases.selectors import macro_choices
from demo.ring import build_ring
from detection.kinds import Kind

RING_DOMAIN = "ring.example"

MACROS = [
    {
        "title": "Ring: permanent block (organiser)",
        "kind": Kind.FEEDBACK_RING,
        "rung": Decision.Rung.PERMANENT_BLOCK,
        "body": (
            "{user}, your account organised a ring of accounts that hired each other, starting with {contract}, "
            "only to trade five-star feedback. That feedback is not real and misleads every client who reads it. "
            "Your account is permanently blocked. Why: {policy_article}"
        ),
    },
    {
        "title": "Ring: suspension (member)",
        "kind": Kind.FEEDBACK_RING,
        "rung": Decision.Rung.SUSPENSION,
        "body": (
            "{user}, your account took part in a ring of accounts that hired each other to trade five-star "
            "feedback, for example {contract}. We have hidden that feedback and suspended your account. "
            "What happens next: {policy_article}"
        ),
    },
    {
        "title": "Feedback hidden (any behaviour)",
        "kind": "",
        "rung": Decision.Rung.HIDE_FEEDBACK,
        "body": (
            "{user}, feedback on your account from {contract} did not come from real work, so we have hidden it. "
            "Please read our policy on building feedback: {policy_article}"
        ),
    },
    {
        "title": "Education (any behaviour)",
        "kind": "",
        "rung": Decision.Rung.EDUCATION,
        "body": (
            "{user}, we looked at your account ({kind}) and want to make sure you know our feedback rules: "
            "{policy_article}. No restriction applies."
        ),
    },
    {
        "title": "No violation",
        "kind": "",
        "rung": Decision.Rung.NO_VIOLATION,
        "body": "{user}, we reviewed case {case} and found no violation on your account. Thank you for your patience.",
    },
    {
        "title": "Ask who else uses the device",
        "kind": "",
        "rung": "",
        "use": Macro.Use.MESSAGE,
        "body": (
            "{user}, your account signs in from a device other accounts use too. Who else uses it? "
            "Please answer within seven days (case {case})."
        ),
    },
]


def seed_macros() -> int:
    made = 0
    for data in MACROS:
        data = {"use": Macro.Use.REASON} | data
        _, created = Macro.objects.get_or_create(title=data["title"], defaults=data)
        made += created
    return made


def seed(*, stdout) -> None:
    made = seed_macros()
    stdout.write(f"  {made} macro(s) added ({len(MACROS)} in the demo)")
    if CaseSubject.objects.filter(account__email=f"ring0@{RING_DOMAIN}").exists():
        stdout.write("  the ten-member ring is already there")
        return
    reviewer = User.objects.get(email="reviewer@example.com")
    ring = build_ring(members=10, evidence=300, events=40, prefix="ring", domain=RING_DOMAIN)
    services.case_claim(case=ring.case, reviewer=reviewer)
    organiser = ring.members[0]
    macro = Macro.objects.get(title=MACROS[0]["title"])
    [filled] = [m for m in macro_choices(ring.case, [organiser], use=Macro.Use.REASON) if m["id"] == macro.pk]
    services.decisions_make(
        case=ring.case,
        lines=[
            services.SubjectDecision(
                account=organiser,
                rung=Decision.Rung.PERMANENT_BLOCK,
                reason=filled["texts"][organiser.pk],
                hide_feedback=True,
            )
        ],
        actor=reviewer,
        internal_note="Organiser: first to join, hired by every other member.",
    )
    stdout.write(f"  ring case #{ring.case.pk}: 10 members, 300 evidence items; a permanent block waits for the senior")
