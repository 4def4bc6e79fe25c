"""What every detector shares: the finding it produces, the scan context it reads
through, and the small formatting helpers explanations are written with."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import batched
from typing import Any

from django.contrib.auth import get_user_model


@dataclass
class Finding:
    """A signal candidate: what a detector says about some accounts.

    ``key`` is the detector's stable name for the finding (e.g. the pair of
    accounts and the organisation); the fingerprint is derived from it, so a rerun
    over the same data lands on the same signal. ``group`` findings (rings) may grow
    or shrink between runs: the upsert then matches an existing signal by overlap.
    """

    kind: str
    detector: str
    version: str
    key: str
    accounts: tuple[int, ...]
    score: float
    evidence: list[dict]
    explanation: str
    data: dict[str, Any] = field(default_factory=dict)
    group: bool = False

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(f"{self.detector}|{self.kind}|{self.key}".encode()).hexdigest()[:40]
        return f"{self.detector}:{digest}"


class Labels:
    """Readable names for accounts, loaded in bulk when a detector explains itself."""

    def __init__(self) -> None:
        self._names: dict[int, str] = {}
        self._kinds: dict[int, str] = {}

    def load(self, ids: Iterable[int]) -> None:
        missing = {int(i) for i in ids} - self._names.keys()
        if not missing:
            return
        User = get_user_model()
        missing_list = list(missing)
        for batch in batched(missing_list, 500, strict=False):
            for pk, name, email, kind in User.objects.filter(pk__in=batch).values_list("pk", "name", "email", "kind"):
                self._names[pk] = name or email.split("@")[0]
                self._kinds[pk] = kind

    def __call__(self, pk: int) -> str:
        return self._names.get(pk) or f"account #{pk}"

    def kind(self, pk: int) -> str:
        return self._kinds.get(pk, "")


@dataclass
class ScanContext:
    """One run of the detectors. ``scope`` is None for a full scan, or the accounts
    an incremental run is about (findings must involve at least one of them)."""

    scope: frozenset[int] | None = None
    labels: Labels = field(default_factory=Labels)
    cache: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def is_full(self) -> bool:
        return self.scope is None

    def touches(self, *account_ids: int) -> bool:
        return self.scope is None or any(a in self.scope for a in account_ids)


# --- wording ------------------------------------------------------------------------

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def count(n: int, noun: str, plural: str | None = None) -> str:
    word = NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)
    return f"{word} {noun if n == 1 else (plural or noun + 's')}"


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def money(value: float) -> str:
    return f"${value:,.0f}" if value >= 100 or value == int(value) else f"${value:,.2f}"


def money_range(values: list[float]) -> str:
    if not values:
        return ""
    lo, hi = min(values), max(values)
    return money(lo) if abs(hi - lo) < 0.5 else f"{money(lo)}–{money(hi)}"


def days(seconds: float) -> str:
    d = seconds / 86400
    if d < 1:
        hours = max(1, round(seconds / 3600))
        return f"{hours} hour" + ("" if hours == 1 else "s")
    d = round(d, 1)
    return f"{d:g} day" + ("" if d == 1 else "s")


def date(ts: int | None) -> str:
    if ts is None:
        return "an unknown date"
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%-d %b %Y")


def join_words(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def quote(text: str, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def ref(kind: str, pk: int, note: str = "") -> dict:
    item: dict[str, Any] = {"type": kind, "id": int(pk)}
    if note:
        item["note"] = note[:300]
    return item


def clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return max(lo, min(hi, x))
