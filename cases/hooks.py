"""Hooks an app above cases fills in at start-up (``AppConfig.ready``), so that the
reviewer portal can show what that app would do without cases importing it.

``decision_preview``: the statement of reasons a decision would send. The
``statements`` app registers one function; the decision form calls it with the
proposed decision (an unsaved ``Decision``) and draws the HTML it returns. With
nothing registered, the form shows no preview.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

_previewers: list[Callable[..., SafeString | str]] = []


def decision_preview_register(previewer: Callable[..., SafeString | str]) -> None:
    """Register ``previewer(decision=…, case=…)`` → HTML; a second registration of
    the same function is ignored (``ready`` may run twice in tests)."""
    if previewer not in _previewers:
        _previewers.append(previewer)


def decision_preview(*, decision, case) -> SafeString:
    """The HTML every registered previewer draws for this proposed decision (a
    previewer's plain string is escaped; its SafeString is kept)."""
    return mark_safe("".join(conditional_escape(previewer(decision=decision, case=case)) for previewer in _previewers))
