"""The policy ladder: propose a rung from the account's active strikes.

The portal proposes; the reviewer decides. The proposal says why in words a
reviewer can check against the account's history.

- No active strike, minor behaviour      → education (first violation)
- No active strike, serious behaviour    → suspension (serious on its own: self-hire, extortion)
- One active minor strike                → hide the manipulated feedback (repeated)
- One active major, or two minor         → suspension (repeated)
- An active serious strike, or two major → permanent block (repeated serious violations)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from detection.kinds import KIND_SEVERITY

from .models import Decision, Strike

SERIOUS_ON_ITS_OWN = 0.8


@dataclass
class Proposal:
    rung: str
    why: str
    strikes: list[Strike] = field(default_factory=list)

    @property
    def rung_label(self) -> str:
        return Decision.Rung(self.rung).label


def active_strikes(account, now=None) -> list[Strike]:
    now = now or timezone.now()
    return list(
        Strike.objects.filter(account=account, voided_at__isnull=True, expires_at__gt=now)
        .select_related("decision", "decision__case")
        .order_by("-created_at")
    )


def propose_rung(*, account, kind: str, strikes: list[Strike] | None = None) -> Proposal:
    strikes = active_strikes(account) if strikes is None else strikes
    counts = dict.fromkeys(Strike.Severity.values, 0)
    for strike in strikes:
        counts[strike.severity] += 1
    serious, major, minor = counts["serious"], counts["major"], counts["minor"]
    history = _describe(counts)
    if serious or major >= 2:
        return Proposal(Decision.Rung.PERMANENT_BLOCK, f"Repeated serious violations: {history}.", strikes)
    if major or minor >= 2:
        return Proposal(Decision.Rung.SUSPENSION, f"Repeated violation: {history}.", strikes)
    if minor == 1:
        return Proposal(
            Decision.Rung.HIDE_FEEDBACK,
            f"Second violation: {history}. Hide the manipulated feedback and warn.",
            strikes,
        )
    if KIND_SEVERITY.get(kind, 0.5) >= SERIOUS_ON_ITS_OWN:
        return Proposal(
            Decision.Rung.SUSPENSION,
            "No active strikes, but this behaviour is serious on its own (it deceives every future client).",
            strikes,
        )
    return Proposal(Decision.Rung.EDUCATION, "First violation: no active strikes on this account.", strikes)


def _describe(counts: dict[str, int]) -> str:
    parts = [f"{n} active {severity} strike{'s' if n != 1 else ''}" for severity, n in counts.items() if n]
    return ", ".join(parts) if parts else "no active strikes"
