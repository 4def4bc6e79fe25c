"""Reply addresses that are bound to one email (and so to its case) and cannot be
guessed or forged.

Each outgoing email gets ``reply+<token>@REPLY_DOMAIN`` as its Reply-To. The token
is ``<case id>-<email id>-<mac>`` in base 36, where the MAC is django.core.signing's
salted HMAC-SHA256 of the first two fields, truncated to 120 bits and written in
lower-case base 32. Lower case matters: plenty of MTAs and webmails lower-case the
local part on the way back, which would break a case-sensitive base64 signature.
The whole local part stays under RFC 5321's 64 characters.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from email.utils import parseaddr

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare

SALT = "notifications.reply-address"
_MAC_BYTES = 15  # 120 bits: 24 base-32 characters, no padding
_LOCAL_RE = re.compile(r"^reply\+(?P<token>.+)$")
_TOKEN_RE = re.compile(r"^(?P<case>[0-9a-z]+)-(?P<email>[0-9a-z]+)-(?P<mac>[a-z2-7]{24})$")


class BadReplyToken(ValueError):
    """The address looks like one of our reply addresses but its signature is wrong."""


@dataclass(frozen=True)
class ReplyToken:
    case_id: int | None
    outbound_id: int


def _b36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if number == 0:
        return "0"
    out = []
    while number:
        number, rem = divmod(number, 36)
        out.append(digits[rem])
    return "".join(reversed(out))


def _mac(value: str, key) -> str:
    signature = signing.Signer(key=key, salt=SALT, algorithm="sha256").signature(value)
    digest = signing.b64_decode(signature.encode())
    return base64.b32encode(digest[:_MAC_BYTES]).decode("ascii").lower()


def reply_token_make(*, outbound_id: int, case_id: int | None) -> str:
    value = f"{_b36(case_id or 0)}-{_b36(outbound_id)}"
    return f"{value}-{_mac(value, settings.SECRET_KEY)}"


def reply_address(token: str) -> str:
    return f"reply+{token}@{settings.REPLY_DOMAIN}"


def reply_token_verify(token: str) -> ReplyToken:
    """Return what the token stands for, or raise BadReplyToken. Accepts tokens
    signed with SECRET_KEY_FALLBACKS so a key rotation does not orphan replies."""
    match = _TOKEN_RE.match(token.lower())
    if not match:
        raise BadReplyToken("malformed reply token")
    value = f"{match['case']}-{match['email']}"
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    if not any(constant_time_compare(_mac(value, key), match["mac"]) for key in keys):
        raise BadReplyToken("reply token signature does not match")
    case_id = int(match["case"], 36)
    return ReplyToken(case_id=case_id or None, outbound_id=int(match["email"], 36))


def reply_tokens_in(addresses: list[str]) -> list[str]:
    """The tokens of any of our reply addresses among ``addresses`` (recipients of an
    inbound message), in order. Anything else at the reply domain is ignored here."""
    found = []
    for address in addresses:
        local, _, domain = (parseaddr(address)[1] or address).strip().strip("<>").rpartition("@")
        if domain.lower().rstrip(".") != settings.REPLY_DOMAIN:
            continue
        match = _LOCAL_RE.match(local.lower().strip('"'))
        if match and match["token"] not in found:
            found.append(match["token"])
    return found


def is_reply_domain_address(address: str) -> bool:
    return address.strip().strip("<>").rpartition("@")[2].lower().rstrip(".") == settings.REPLY_DOMAIN
