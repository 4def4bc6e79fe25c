"""Forms that create something carry a one-time key (core.submissions); tests that
post such a form directly add one, as the page would."""

from __future__ import annotations

from core.submissions import FIELD, new_key


def keyed(data: dict | None = None, *, key: str | None = None) -> dict:
    """``data`` with the hidden ``submission_key`` a freshly drawn form carries."""
    return {**(data or {}), FIELD: key or new_key()}
