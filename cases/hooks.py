"""Hooks an app above cases fills in at start-up (``AppConfig.ready``), so that the
reviewer portal can show what that app would do without cases importing it.

``decision_preview``: the statement of reasons a decision would send. The
``statements`` app registers one function; the decision form calls it with the
proposed decision (an unsaved ``Decision``) and draws the HTML it returns. With
nothing registered, the form shows no preview.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.safestring import SafeString

_previewers: list[Callable[..., SafeString | str]] = []


def decision_preview_register(previewer: Callable[..., SafeString | str]) -> None:
    """Register ``previewer(decision=…, case=…)`` → HTML; a second registration of
    the same function is ignored (``ready`` may run twice in tests)."""
    if previewer not in _previewers:
        _previewers.append(previewer)


def decision_preview(*, decision, case) -> str:
    """The HTML every registered previewer draws for this proposed decision."""
    return "".join(str(previewer(decision=decision, case=case)) for previewer in _previewers)
