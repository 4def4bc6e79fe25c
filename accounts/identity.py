"""Normalise and hash identity values. Pure functions, no database."""

from __future__ import annotations

import functools
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
    text = re.sub(r"^\s*(tel|callto|phone)\s*:\s*", "", text, flags=re.IGNORECASE)  # a "tel:" link (RFC 3966)
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


# A device id is one id however a system prints it: a GUID with or without braces,
# hyphens or a "urn:uuid:" prefix, in either case; a MAC address with colons, hyphens
# or Cisco's dots; an IMEI in groups. Only its letters and digits are kept.
_URN = re.compile(r"^\s*urn\s*:\s*uuid\s*:", re.IGNORECASE)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _device(text: str) -> str:
    """One spelling per device id: its letters and digits, lower case. "{8F2A…-…}",
    "8f2a…-…", "8F2A…" without hyphens and "urn:uuid:8f2a…" are one GUID;
    "AA:BB:CC:DD:EE:FF", "aa-bb-cc-dd-ee-ff" and "aabb.ccdd.eeff" one MAC address;
    "iPhone-3fa" and "iphone 3FA" one id. An IMEI is one phone with or without its
    check digit ("35-209900-176148-1", "35209900176148") and as an IMEISV (14 digits
    and a two-digit software version)."""
    folded = "".join(ch for ch in _URN.sub("", text).casefold() if ch.isalnum())
    if folded.isdigit() and folded.isascii():
        if len(folded) == 15 and _luhn_ok(folded):
            return folded[:14]
        if len(folded) == 16:
            return folded[:14]
    return folded or _SPACES.sub(" ", text.casefold())


def _ip(text: str) -> str:
    """An IPv4 address as it is; an IPv4 address written as IPv6 ("::ffff:192.0.2.7")
    as IPv4; an IPv6 address as its /64 network ("2a02:1:2:3::/64"). A household or a
    phone gets one /64 and picks the last 64 bits anew every day or so (privacy
    addresses), so two addresses in one /64 are one connection, as one IPv4 is."""
    text = text.strip()
    bracketed = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::\d+)?", text)  # "[2001:db8::1]:443"
    if bracketed:
        text = bracketed.group(1)
    elif re.fullmatch(r"[\d.]+:\d+", text):  # "192.0.2.7:51234": the port is the connection's, not the address's
        text = text.rsplit(":", 1)[0]
    if re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", text):  # "192.000.002.007"
        text = ".".join(str(int(part)) for part in text.split("."))
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return text.lower()
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped.compressed
        return ipaddress.ip_network(f"{address}/64", strict=False).compressed
    return address.compressed


# Mail providers whose addresses reach one inbox in several spellings: the domains
# that are one provider's (an address at one is the same user's at the others), and
# the characters of the local part the provider ignores. Gmail ignores dots; Proton
# ignores dots, hyphens and underscores; iCloud's three domains are one account.
MAIL_DOMAINS = {
    "gmail.com": ("gmail.com", "."),
    "googlemail.com": ("gmail.com", "."),
    "proton.me": ("proton.me", ".-_"),
    "protonmail.com": ("proton.me", ".-_"),
    "protonmail.ch": ("proton.me", ".-_"),
    "pm.me": ("proton.me", ".-_"),
    "icloud.com": ("icloud.com", ""),
    "me.com": ("icloud.com", ""),
    "mac.com": ("icloud.com", ""),
}
_EMAIL = re.compile(r"[^\s:;,<>()\[\]\"']+@[^\s:;,<>()\[\]\"'@]+\.[A-Za-z]{2,}")


@functools.lru_cache(maxsize=65536)
def mailbox(email: str) -> str:
    """The inbox an address delivers to: lower case, a "+tag" dropped (sub-addressing,
    which Gmail, Outlook, iCloud, Fastmail, Proton and most mail servers honour), the
    characters a provider ignores taken out and its domains made one:
    "Jo.Walsh42+work@GoogleMail.com" → "jowalsh42@gmail.com". '' when it is no address."""
    local, _, domain = (email or "").strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    domain, ignored = MAIL_DOMAINS.get(domain, (domain, ""))
    local = "".join(ch for ch in local if ch not in ignored)
    return f"{local}@{domain}" if local and domain else ""


# An IBAN: country, two check digits, the national account number (BBAN).
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def _iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _money_account(text: str) -> str:
    """A card, bank account or wallet: letters and digits, upper case. An IBAN (its
    check digits valid) is its national account number without the bank's letters,
    as people write it at home: "GB29 NWBK 6016 1331 9268 19" and "60-16-13 31926819"
    (sort code and account) are one account, as are a German IBAN and "BLZ + Konto"
    run together. A wallet named by an e-mail address ("PayPal: J.Smith@Gmail.Com")
    keeps the inbox that address reaches (:func:`mailbox`)."""
    found = _EMAIL.search(text)
    if found is not None and mailbox(found.group()):
        before = _NON_ALNUM.sub("", text[: found.start()]).upper()
        return f"{before}{mailbox(found.group()).upper()}"
    folded = _NON_ALNUM.sub("", text).upper()
    if _IBAN.fullmatch(folded) and _iban_ok(folded):
        return folded[4:].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or folded[4:]
    return folded


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
        return _money_account(text)
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
