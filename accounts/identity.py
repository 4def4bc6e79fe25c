"""Normalise and hash identity values. Pure functions, no database."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import unicodedata

from django.conf import settings

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")
_SPACES = re.compile(r"\s+")


def normalise(kind: str, value: str) -> str:
    """Bring equal values written differently to one spelling.

    ``"+44 7700 900-123"`` and ``"+447700900123"`` are the same phone; ``"1234 5678"``
    and ``"1234-5678"`` the same card.
    """
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if kind == "ip":
        try:
            return ipaddress.ip_address(text).compressed
        except ValueError:
            return text.lower()
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        if text.startswith("00"):
            return "+" + digits[2:]
        return ("+" + digits) if text.startswith("+") else digits
    if kind in {"payment_instrument", "bank_account", "tax_id"}:
        return _NON_ALNUM.sub("", text).upper()
    if kind == "address":
        return _SPACES.sub(" ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()
    return _SPACES.sub(" ", text.casefold())


def hash_value(kind: str, value: str, *, key: str | None = None) -> str:
    """Keyed hash (HMAC-SHA256) of the normalised value, hex encoded."""
    secret = (key or settings.IDENTITY_HASH_KEY).encode()
    message = f"{kind}:{normalise(kind, value)}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
