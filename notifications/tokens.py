"""Reply addresses that are bound to one email (and so to its case) and cannot be
guessed or forged.

Each outgoing email gets ``reply+<token>@REPLY_DOMAIN`` as its Reply-To. The token
is ``<case id>-<email id>-<mac>`` in base 36, where the MAC is django.core.signing's
salted HMAC-SHA256 of the first two fields, truncated to 120 bits and written in
lower-case base 32. Lower case matters: plenty of MTAs and webmails lower-case the
local part on the way back, which would break a case-sensitive base64 signature.
The whole local part stays under RFC 5321's 64 characters.

Each outgoing email also gets its own signed return path (VERP style),
``bounces+<token>@BOUNCE_DOMAIN``, as its envelope sender: the address delivery
failures go back to. That token is ``<email id>-<mac>`` under a different salt, so
a reply token cannot be turned into a bounce token or the other way round. A
delivery status notification is believed only when it comes back to the return
path of the very email it reports on.
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
BOUNCE_SALT = "notifications.bounce-address"
_MAC_BYTES = 15  # 120 bits: 24 base-32 characters, no padding
_LOCAL_RE = re.compile(r"^reply\+(?P<token>.+)$")
_TOKEN_RE = re.compile(r"^(?P<case>[0-9a-z]+)-(?P<email>[0-9a-z]+)-(?P<mac>[a-z2-7]{24})$")
_BOUNCE_LOCAL_RE = re.compile(r"^bounces\+(?P<token>.+)$")
_BOUNCE_TOKEN_RE = re.compile(r"^(?P<email>[0-9a-z]{1,13})-(?P<mac>[a-z2-7]{24})$")


class BadReplyToken(ValueError):
    """The address looks like one of our reply addresses but its signature is wrong."""


class BadBounceToken(ValueError):
    """The address looks like one of our return paths but its signature is wrong."""


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


def _mac(value: str, key, salt: str = SALT) -> str:
    signature = signing.Signer(key=key, salt=salt, algorithm="sha256").signature(value)
    digest = signing.b64_decode(signature.encode())
    return base64.b32encode(digest[:_MAC_BYTES]).decode("ascii").lower()


def reply_token_make(*, outbound_id: int, case_id: int | None) -> str:
    value = f"{_b36(case_id or 0)}-{_b36(outbound_id)}"
    return f"{value}-{_mac(value, settings.SECRET_KEY)}"


def reply_address(token: str) -> str:
    return f"reply+{token}@{settings.REPLY_DOMAIN}"


def _mac_matches(value: str, mac: str, salt: str) -> bool:
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(_mac(value, key, salt), mac) for key in keys)


def reply_token_verify(token: str) -> ReplyToken:
    """Return what the token stands for, or raise BadReplyToken. Accepts tokens
    signed with SECRET_KEY_FALLBACKS so a key rotation does not orphan replies."""
    match = _TOKEN_RE.match(token.lower())
    if not match:
        raise BadReplyToken("malformed reply token")
    value = f"{match['case']}-{match['email']}"
    if not _mac_matches(value, match["mac"], SALT):
        raise BadReplyToken("reply token signature does not match")
    case_id = int(match["case"], 36)
    return ReplyToken(case_id=case_id or None, outbound_id=int(match["email"], 36))


def _tokens_in(addresses: list[str], *, domain: str, local_re: re.Pattern) -> list[str]:
    found = []
    for address in addresses:
        local, _, at = (parseaddr(address)[1] or address).strip().strip("<>").rpartition("@")
        if at.lower().rstrip(".") != domain:
            continue
        match = local_re.match(local.lower().strip('"'))
        if match and match["token"] not in found:
            found.append(match["token"])
    return found


def reply_tokens_in(addresses: list[str]) -> list[str]:
    """The tokens of any of our reply addresses among ``addresses`` (recipients of an
    inbound message), in order. Anything else at the reply domain is ignored here."""
    return _tokens_in(addresses, domain=settings.REPLY_DOMAIN, local_re=_LOCAL_RE)


# --- signed return paths (bounces) -------------------------------------------------------


def bounce_token_make(*, outbound_id: int) -> str:
    value = _b36(outbound_id)
    return f"{value}-{_mac(value, settings.SECRET_KEY, BOUNCE_SALT)}"


def bounce_address(*, outbound_id: int) -> str:
    """The return path (envelope sender) of one outgoing email."""
    return f"bounces+{bounce_token_make(outbound_id=outbound_id)}@{settings.BOUNCE_DOMAIN}"


def bounce_token_verify(token: str) -> int:
    """The id of the email whose return path this is, or raise BadBounceToken."""
    match = _BOUNCE_TOKEN_RE.match(token.lower())
    if not match:
        raise BadBounceToken("malformed return-path token")
    if not _mac_matches(match["email"], match["mac"], BOUNCE_SALT):
        raise BadBounceToken("return-path signature does not match")
    return int(match["email"], 36)


def bounce_tokens_in(addresses: list[str]) -> list[str]:
    """The tokens of any of our return paths among ``addresses``, in order."""
    return _tokens_in(addresses, domain=settings.BOUNCE_DOMAIN, local_re=_BOUNCE_LOCAL_RE)


def is_reply_domain_address(address: str) -> bool:
    return address.strip().strip("<>").rpartition("@")[2].lower().rstrip(".") == settings.REPLY_DOMAIN
