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
# Street words as people abbreviate them; every spelling maps to one word.
_ADDRESS_WORDS = {
    "rd": "road",
    "st": "street",
    "str": "strasse",
    "ave": "avenue",
    "av": "avenue",
    "blvd": "boulevard",
    "ln": "lane",
    "dr": "drive",
    "ct": "court",
    "pl": "place",
    "sq": "square",
    "hwy": "highway",
    "apt": "flat",
    "apartment": "flat",
    "unit": "flat",
    "suite": "flat",
    "ste": "flat",
}
_UNIT_WORDS = {"flat", "#"}
# A card and a payout account with the same number are one instrument: both kinds
# hash in one namespace, so a client paying with the card a freelancer is paid into
# shares a value with that freelancer.
_NAMESPACE = {"bank_account": "payment_instrument"}


def _address(text: str) -> str:
    """One spelling per address: case, punctuation and street abbreviations folded
    ("Rd." → road, "apt" → flat), the flat or unit number taken out wherever it was
    written ("12 Mill Road, flat 3" and "Flat 3, 12 Mill Rd." are one address), the
    remaining words in a fixed order (house number before or after the street)."""
    words = re.sub(r"[^\w\s#]", " ", text.casefold()).replace("#", " # ").split()
    words = [_ADDRESS_WORDS.get(w, w) for w in words]
    units, rest, k = [], [], 0
    while k < len(words):
        if words[k] in _UNIT_WORDS and k + 1 < len(words):
            units.append(words[k + 1])
            k += 2
            continue
        rest.append(words[k])
        k += 1
    return " ".join(sorted(rest)) + "".join(f" | flat {u}" for u in sorted(units))


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
        return _address(text)
    return _SPACES.sub(" ", text.casefold())


def hash_value(kind: str, value: str, *, key: str | None = None) -> str:
    """Keyed hash (HMAC-SHA256) of the normalised value, hex encoded."""
    secret = (key or settings.IDENTITY_HASH_KEY).encode()
    message = f"{_NAMESPACE.get(kind, kind)}:{normalise(kind, value)}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
