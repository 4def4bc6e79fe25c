"""The one place that names every restricted action.

Each action says which restriction levels refuse it and how its control degrades
in a page for a restricted user:

- ``disabled``: the control is drawn greyed out and cannot be used; the reason is
  written beside it (and tied to it with ``aria-describedby``);
- ``hidden``: the control is not drawn at all;
- ``redirect``: the control stays, but leads to the restriction error page.

Whatever the page shows, the server refuses the action: views carry
``@restricted_action(name)`` and API views the ``ActionAllowed`` permission.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Level

DISABLED = "disabled"
HIDDEN = "hidden"
REDIRECT = "redirect"

ALL_LEVELS = frozenset({Level.LIMITED, Level.SUSPENDED, Level.BLOCKED})
SUSPENDED_UP = frozenset({Level.SUSPENDED, Level.BLOCKED})


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    levels: frozenset[str]
    mode: str
    description: str

    def restricted_for(self, level: str) -> bool:
        return level in self.levels

    @property
    def phrase(self) -> str:
        """The label inside a sentence: "You can’t send a message …"."""
        return self.label[:1].lower() + self.label[1:]


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in [
        Action("leave_feedback", "Leave feedback", ALL_LEVELS, DISABLED, "Rate the other party of a contract."),
        Action("send_message", "Send a message", SUSPENDED_UP, DISABLED, "Write to the other party of a contract."),
        Action("submit_proposal", "Submit a proposal", ALL_LEVELS, HIDDEN, "Apply to a client's job."),
        Action("hire", "Hire a freelancer", SUSPENDED_UP, REDIRECT, "Accept a proposal and start a contract."),
        Action("post_job", "Post a job", SUSPENDED_UP, REDIRECT, "Publish a new job for freelancers."),
        Action(
            "request_withdrawal",
            "Request a withdrawal",
            SUSPENDED_UP,
            REDIRECT,
            "Move earnings out of the marketplace.",
        ),
        Action("edit_profile", "Edit your profile", SUSPENDED_UP, HIDDEN, "Change the public profile."),
        Action(
            "release_payment",
            "Release a payment or bonus",
            SUSPENDED_UP,
            DISABLED,
            "Pay the freelancer on a contract, including bonuses.",
        ),
        Action("end_contract", "End a contract", frozenset({Level.BLOCKED}), DISABLED, "Close a contract."),
    ]
}


def get(name: str) -> Action:
    try:
        return ACTIONS[name]
    except KeyError as exc:  # a typo in a template or view is a programming error
        raise KeyError(f"Unknown restricted action {name!r}; add it to enforcement.registry.ACTIONS") from exc
