"""The rules for every restricted action.

Each action says which restriction levels refuse it and how its control degrades
in a page for a restricted user:

- ``disabled``: the control is drawn greyed out and cannot be used; the reason is
  written beside it (and tied to it with ``aria-describedby``);
- ``hidden``: the control is not drawn at all;
- ``redirect``: the control stays, but leads to the restriction error page.

The actions themselves are named in ``core.actions`` (so that the marketplace
apps, lower in the layers, can tag their views); this module gives each its
levels and degrade mode. Whatever the page shows, the server refuses the action:
views carry ``@restricted_action(name)`` and API views the ``ActionAllowed``
permission, both from ``core.actions``, which ask the gates in ``gates.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import actions as names

from .models import Level

DISABLED = "disabled"
HIDDEN = "hidden"
REDIRECT = "redirect"

ALL_LEVELS = frozenset({Level.LIMITED, Level.SUSPENDED, Level.BLOCKED})
SUSPENDED_UP = frozenset({Level.SUSPENDED, Level.BLOCKED})


@dataclass(frozen=True)
class Action(names.Action):
    """A named action (``core.actions``) with the levels that refuse it and how its
    control degrades."""

    levels: frozenset[str]
    mode: str

    def restricted_for(self, level: str) -> bool:
        return level in self.levels


# Which levels refuse each named action (``core.actions``), and how its control degrades.
RULES: dict[str, tuple[frozenset[str], str]] = {
    "leave_feedback": (ALL_LEVELS, DISABLED),
    "send_message": (SUSPENDED_UP, DISABLED),
    "submit_proposal": (ALL_LEVELS, HIDDEN),
    "hire": (SUSPENDED_UP, REDIRECT),
    "post_job": (SUSPENDED_UP, REDIRECT),
    "request_withdrawal": (SUSPENDED_UP, REDIRECT),
    "edit_profile": (SUSPENDED_UP, HIDDEN),
    # Never refused: a restriction must not harm the other side of an existing
    # contract, so a restricted client still pays for work already done (INNOCENT_PARTY).
    "release_payment": (frozenset(), DISABLED),
    "pay_bonus": (SUSPENDED_UP, DISABLED),
    "end_contract": (frozenset({Level.BLOCKED}), DISABLED),
}

# The rule behind "release_payment" having no level, said where restricted users and
# reviewers read the rules (the registry page, the banner, the contract page).
INNOCENT_PARTY = (
    "A restriction never harms the other side of an existing contract: a restricted client can still pay for work "
    "already done on their existing contracts (fixed-price, hourly and milestone payments). New contracts and new "
    "bonuses stay blocked."
)

ACTIONS: dict[str, Action] = {
    name: Action(action.name, action.label, action.description, *RULES[name])
    for name, action in names.ACTIONS.items()
    if name in RULES  # an action without a rule is reported by enforcement.checks
}


def get(name: str) -> Action:
    try:
        return ACTIONS[name]
    except KeyError as exc:  # a typo in a template or view is a programming error
        raise KeyError(
            f"Unknown restricted action {name!r}; name it in core.actions.ACTIONS and give it a rule in "
            "enforcement.registry.RULES"
        ) from exc
