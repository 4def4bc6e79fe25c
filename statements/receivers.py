"""What statements does about cases' domain events and hooks (connected in
StatementsConfig.ready)."""

from __future__ import annotations

from django.template.loader import render_to_string

from cases.models import Case, Decision

from .content import restriction_type
from .services import statement_for_decision, statement_preview_content


def on_decision_taking_effect(sender, *, case: Case, decision: Decision, **kwargs) -> None:
    """Every restricting decision applied — also one an appeal puts in place —
    gets its statement of reasons in the same transaction."""
    statement_for_decision(decision=decision, case=case)


def decision_preview(*, decision: Decision, case: Case) -> str:
    """cases.hooks.decision_preview: the statement the user would receive."""
    if restriction_type(decision, len(getattr(decision, "preview_feedback_ids", []))) is None:
        return render_to_string("statements/no_statement.html", {"decision": decision})
    content = statement_preview_content(decision=decision, case=case)
    return render_to_string("statements/statement.html", {"content": content, "preview": True})
