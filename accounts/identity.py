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
# Street words as people abbreviate them, in the languages the portal sees; every
# spelling maps to one word. A street type keeps its own word ("Mill Road" and "Mill
# Street" are two streets); only its abbreviations and translations of one type fold.
_ADDRESS_WORDS = {
    "rd": "road",
    "st": "street",
    "ave": "avenue",
    "av": "avenue",
    "avda": "avenue",
    "avenida": "avenue",
    "blvd": "boulevard",
    "bd": "boulevard",
    "bld": "boulevard",
    "ln": "lane",
    "dr": "drive",
    "ct": "court",
    "pl": "place",
    "plac": "place",
    "sq": "square",
    "hwy": "highway",
    # one word for "street" in German, Romanian, Italian ("Str." is either)
    "str": "strasse",
    "strada": "strasse",
    "c": "calle",
    "cl": "calle",
    "ul": "ulica",
    "улица": "ulica",
    "ул": "ulica",
    "jl": "jalan",
    "sk": "sokak",
    "sok": "sokak",
    "cd": "cadde",
    "cad": "cadde",
    "caddesi": "cadde",
    "sokagi": "sokak",
    "pza": "piazza",
    "pta": "praca",
    "pç": "praca",
    # the flat, unit or apartment number
    "apt": "flat",
    "apartment": "flat",
    "unit": "flat",
    "suite": "flat",
    "ste": "flat",
    "ap": "flat",
    "apto": "flat",
    "apartamento": "flat",
    "apartament": "flat",
    "appartement": "flat",
    "appt": "flat",
    "app": "flat",
    "appartamento": "flat",
    "int": "flat",
    "interno": "flat",
    "whg": "flat",
    "wohnung": "flat",
    "lok": "flat",
    "kv": "flat",
    "кв": "flat",
    "квартира": "flat",
    "daire": "flat",
}
# Words that only say "number" before the house number ("nr 12", "nº 12", "д. 12"):
# dropped, the number stays.
_NUMBER_WORDS = frozenset(
    {"no", "nr", "nro", "num", "numero", "nummer", "nº", "n°", "№", "д", "дом", "numara", "huisnummer"}
)
_UNIT_WORDS = {"flat", "#"}
# German and Dutch compounds ("Kirchstr.", "Kirchstraße", "Kerkstraat"): one ending.
_STREET_SUFFIX = re.compile(r"(?<=\w\w\w)(strasse|straat|str)$")
# A card and a payout account with the same number are one instrument: both kinds
# hash in one namespace, so a client paying with the card a freelancer is paid into
# shares a value with that freelancer.
_NAMESPACE = {"bank_account": "payment_instrument"}


def _fold_accents(text: str) -> str:
    """Accents off: "Alcalá" → "alcala", "Długa" → "dluga" (ł has no decomposition)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ı", "i")


def _address(text: str) -> str:
    """One spelling per address: case, accents, punctuation and street abbreviations
    folded in the portal's languages ("Rd." → road, "Str."/"Strada" → strasse,
    "Kirchstr." → kirchstrasse, "apt"/"ap."/"кв." → flat), words that only say
    "number" dropped ("nr 12", "nº 12"), the flat or unit number taken out wherever
    it was written ("12 Mill Road, flat 3" and "Flat 3, 12 Mill Rd." are one
    address), the remaining words in a fixed order (house number before or after the
    street)."""
    # "nº", "n°", "n.º" (NFKC has made º an "o" by now: "n.o") before a house number
    text = re.sub(r"\bn\s*\.?\s*[º°o](?!\w)", " nº ", text.casefold()).replace("№", " № ")
    text = re.sub(r"[^\w\s#№°º]", " ", _fold_accents(text)).replace("#", " # ")
    words = [_ADDRESS_WORDS.get(w, w) for w in text.split()]
    words = [_STREET_SUFFIX.sub("strasse", w) for w in words if w not in _NUMBER_WORDS]
    units, rest, k = [], [], 0
    while k < len(words):
        if words[k] in _UNIT_WORDS and k + 1 < len(words):
            units.append(words[k + 1])
            k += 2
            continue
        rest.append(words[k])
        k += 1
    return " ".join(sorted(rest)) + "".join(f" | flat {u}" for u in sorted(units))


# Country calling codes of two digits (E.164); "1" and "7" are one digit, every other
# code three. The codes form a prefix code, so this is enough to find where the
# national number starts.
_CALLING_CODES_2 = frozenset(
    {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58}
    | {60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98}
)


def _phone(text: str) -> str:
    """The national significant number: the country code of an international number
    ("+31 …", "0031 …") and the trunk zero of a national one ("0612 …", Italy's
    "+39 06 …") taken off, so "0612 345 678" and "+31 612 345 678" are one phone.
    The country is not kept (the import gives no reliable country for a number):
    the same national number in two countries is one value (see docs/detection.md)."""
    digits = re.sub(r"\D", "", text)
    # The country code in brackets ("(+45) 123-456789", "(0045) …") is still a country
    # code: what counts is the first digit or plus, not the bracket before it.
    text = text.lstrip("([ ")
    if text.startswith("+") or text.startswith("00"):
        digits = digits[2:] if text.startswith("00") else digits
        if not digits:
            return ""
        width = 1 if digits[0] in "17" else 2 if int(digits[:2]) in _CALLING_CODES_2 else 3
        national = digits[width:]
    else:
        national = digits
    return national.lstrip("0") or digits


# The prefixes of European VAT numbers: ISO country codes, except Greece's EL and
# Northern Ireland's XI. "DK12345678" is the VAT number of the Danish tax number
# "12345678", so one company or sole trader writes either.
_VAT_PREFIXES = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GB", "HR", "HU", "IE"}
    | {"IT", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "XI", "CH"}
)


def _tax_id(text: str) -> str:
    """A tax id without its VAT country prefix: "DK 12345678", "dk-12345678" and
    "12345678" are one value. The prefix goes only when a digit follows it ("ATU…",
    "FRXX…" keep their letters after it), and the country is not kept: the same
    national number in two countries is one value, as with phones (docs/detection.md)."""
    folded = _NON_ALNUM.sub("", text).upper()
    if len(folded) > 4 and folded[:2] in _VAT_PREFIXES and folded[2].isdigit():
        return folded[2:]
    return folded


# A device id in the formats systems print the same id in: a GUID/UUID with or
# without braces, hyphens or a "urn:uuid:" prefix, in either case; a MAC address with
# colons, hyphens or Cisco's dots. Any other device id only loses case and extra spaces.
_GUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")
_MAC = re.compile(r"[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}")
_BRACKETS = {"{": "}", "(": ")", "[": "]", "<": ">"}


def _device(text: str) -> str:
    """One spelling per device id: "{8F2A…-…}", "8f2a…-…", "8F2A…" (no hyphens) and
    "urn:uuid:8f2a…" are one GUID (lower case, hyphenated); "AA:BB:CC:DD:EE:FF",
    "aa-bb-cc-dd-ee-ff" and "aabb.ccdd.eeff" one MAC address (twelve hex digits)."""
    folded = _SPACES.sub(" ", text.casefold())
    core = folded.removeprefix("urn:uuid:")
    if len(core) > 2 and _BRACKETS.get(core[0]) == core[-1]:
        core = core[1:-1].strip()
    if _GUID.fullmatch(core):
        digits = core.replace("-", "")
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
    if _MAC.fullmatch(core):
        return re.sub(r"[:.-]", "", core)
    return folded


def _ip(text: str) -> str:
    """An IPv4 address as it is; an IPv4 address written as IPv6 ("::ffff:192.0.2.7")
    as IPv4; an IPv6 address as its /64 network ("2a02:1:2:3::/64"). A household or a
    phone gets one /64 and picks the last 64 bits anew every day or so (privacy
    addresses), so two addresses in one /64 are one connection, as one IPv4 is."""
    try:
        address = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return text.lower()
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped.compressed
        return ipaddress.ip_network(f"{address}/64", strict=False).compressed
    return address.compressed


def normalise(kind: str, value: str) -> str:
    """Bring equal values written differently to one spelling.

    ``"+44 7700 900-123"``, ``"+447700900123"`` and ``"07700 900123"`` are the same
    phone; ``"1234 5678"``
    and ``"1234-5678"`` the same card.
    """
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if kind == "ip":
        return _ip(text)
    if kind == "device":
        return _device(text)
    if kind == "phone":
        return _phone(text)
    if kind == "tax_id":
        return _tax_id(text)
    if kind in {"payment_instrument", "bank_account"}:
        return _NON_ALNUM.sub("", text).upper()
    if kind == "address":
        return _address(text)
    return _SPACES.sub(" ", text.casefold())


def _digest(kind: str, normalised: str, key: str | None) -> str:
    secret = (key or settings.IDENTITY_HASH_KEY).encode()
    message = f"{_NAMESPACE.get(kind, kind)}:{normalised}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def hash_value(kind: str, value: str, *, key: str | None = None) -> str:
    """Keyed hash (HMAC-SHA256) of the normalised value, hex encoded."""
    return _digest(kind, normalise(kind, value), key)


def building_hash(kind: str, value: str, *, key: str | None = None) -> str:
    """For an address that names a flat ("Strada Mihai Eminescu 12, ap. 5"): the keyed
    hash of the same address without its flat — the hash a flat-less address of that
    building ("STRADA MIHAI EMINESCU nr 12") has. '' for any other value.

    Stored beside the value's own hash, it lets detection link a flat to an address
    that names no flat, and never two flats to each other (two neighbours share a
    building hash, which is compared only with flat-less addresses' own hashes)."""
    return hashes(kind, value, key=key)[1]


def hashes(kind: str, value: str, *, key: str | None = None) -> tuple[str, str]:
    """``(hash_value(…), building_hash(…))``, the value folded once (what an import stores)."""
    return hashes_of_folded(kind, normalise(kind, value), key=key)


def hashes_of_folded(kind: str, folded: str, *, key: str | None = None) -> tuple[str, str]:
    """:func:`hashes` of a value already brought to one spelling by :func:`normalise`,
    for a caller that needed the folded value anyway (the import checks it is not empty)."""
    if kind != "address":
        return _digest(kind, folded, key), ""
    building, flat, _ = folded.partition(" | flat ")
    return _digest(kind, folded, key), _digest(kind, building, key) if flat and building else ""
