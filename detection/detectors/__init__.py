"""The detectors, each a module with ``NAME``, ``VERSION``, ``KIND`` and
``detect(ctx) -> list[Finding]``; its docstring states the rule or model."""

from __future__ import annotations

from types import ModuleType

from . import conflict_of_interest, feedback_extortion, feedback_ring, paid_feedback, self_hire
from .base import Finding, ScanContext

ALL: tuple[ModuleType, ...] = (self_hire, feedback_ring, conflict_of_interest, paid_feedback, feedback_extortion)
BY_NAME: dict[str, ModuleType] = {d.NAME: d for d in ALL}

# Which detectors a new marketplace event can change the outcome of.
FOR_EVENT: dict[str, tuple[ModuleType, ...]] = {
    "feedback": ALL,
    "message": (paid_feedback, feedback_extortion),
    "payment": (paid_feedback,),
    "contract": (self_hire, feedback_ring, conflict_of_interest),
    "identity": (self_hire,),
}

__all__ = ["ALL", "BY_NAME", "FOR_EVENT", "Finding", "ScanContext"]
