"""Turn one line of the marketplace JSON Lines format into a checked record.

Pure functions: no database. A line either becomes a :class:`Record` (field values
converted to what the model stores, references still as the source's external ids)
or raises :class:`LineError` saying why, in words an operator can act on.
The format is described in the spec ``marketplace-import.md``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any

from accounts.identity import hashes, hashes_of_folded, normalise
from accounts.models import IdentitySignal, Membership, User
from accounts.validators import NAME_MAX, display_name_problem
from contracts.models import Contract, Payment

# The order records are written in within a batch: a stage only refers to earlier ones.
TYPES = ("account", "organization", "membership", "contract", "feedback", "message", "payment", "identity")
STAGES = (("account", "organization"), ("membership", "contract", "identity"), ("feedback", "message", "payment"))

EXTERNAL_ID_MAX = 64
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_CENT = Decimal("0.01")
_AMOUNT_MAX = Decimal("1e12")  # max_digits=14, decimal_places=2
# A line longer than this is refused unread (sources read it in bounded pieces), so one
# enormous line cannot take the memory the import promises to keep flat.
MAX_LINE_BYTES = 1024 * 1024
# JSON escapes that can only stand for half of a surrogate pair (lone ones are not text).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class LineError(ValueError):
    """A line that cannot be imported. ``label`` names the record ("feedback f9")."""

    def __init__(self, reason: str, *, label: str = "", type: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.label = label
        self.type = type  # None when the line has no known type


class FieldError(ValueError):
    pass


class Overlong(bytes):
    """The start of a line too long to read whole: ``size`` is its full length in
    bytes, ``limit`` the most the source reads."""

    size: int
    limit: int

    def __new__(cls, start: bytes, *, size: int, limit: int = MAX_LINE_BYTES) -> Overlong:
        line = super().__new__(cls, start)
        line.size, line.limit = size, limit
        return line


class Unreadable:
    """A JSON value no field can take, kept in place so the field can be named in the
    reason: a number longer than Python reads (``sys.get_int_max_str_digits``), NaN or
    Infinity (not JSON), text with a lone surrogate (not Unicode)."""

    __slots__ = ("problem",)

    def __init__(self, problem: str) -> None:
        self.problem = problem

    def __str__(self) -> str:
        return f"<{self.problem}>"


@dataclass(slots=True)
class Record:
    line: int
    type: str
    # Model field (attname) -> value, ready to store; references are filled in
    # (as ``<field>_id``) once resolved against the database.
    values: dict[str, Any]
    # Model field name -> (referenced type, external id), e.g. "client": ("account", "a1").
    refs: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def external_id(self) -> str | None:
        return self.values.get("external_id")

    @property
    def label(self) -> str:
        """How messages name the record: "feedback f9", "membership of 'a1' in 'o1'"."""
        if self.type == "membership":
            return f"membership of '{self.refs['account'][1]}' in '{self.refs['organization'][1]}'"
        if self.type == "identity":
            return f"identity of '{self.refs['account'][1]}'"
        return f"{self.type} {self.external_id}"


def show(value: Any, limit: int = 40) -> str:
    """A value quoted for a message, cut short so one bad line cannot flood the log.
    Whatever the value holds, the result is one line of text that encodes as UTF-8."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (ValueError, RecursionError):
            text = type(value).__name__
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    # Control characters and lone surrogates as escapes: one line of readable text.
    return "'" + "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text) + "'"


# --- Field converters: (json name, raw value) -> stored value, or FieldError -------------


def _identifier(name: str, value: Any) -> str:
    if type(value) is not str:  # ids are strings (import-format.md): 123 and "123" must not both exist
        got = f"the number {show(value)[1:-1]}" if type(value) in (int, float) else show(value)
        raise FieldError(f"{name} must be a string identifier (in quotes), got {got}")
    text = value
    if "\x00" in text:
        raise FieldError(f"{name} contains a NUL character")
    if len(text) > EXTERNAL_ID_MAX:
        raise FieldError(f"{name} {show(text)} is longer than {EXTERNAL_ID_MAX} characters")
    return text


def _text(max_length: int | None = None) -> Callable[[str, Any], str]:
    def convert(name: str, value: Any) -> str:
        if not isinstance(value, str):
            raise FieldError(f"{name} must be a string, got {show(value)}")
        if max_length is not None and len(value) > max_length:
            raise FieldError(f"{name} is longer than {max_length} characters")
        if "\x00" in value:  # PostgreSQL cannot store it; refuse it everywhere alike
            raise FieldError(f"{name} contains a NUL character")
        return value

    return convert


def _one_line(max_length: int = NAME_MAX, what: str = "A name") -> Callable[[str, Any], str]:
    """Display text of one line, trimmed (accounts.validators): no line breaks,
    control characters or bidirectional overrides, and not only spaces."""

    def convert(name: str, value: Any) -> str:
        if not isinstance(value, str):
            raise FieldError(f"{name} must be a string, got {show(value)}")
        if "\x00" in value:
            raise FieldError(f"{name} contains a NUL character")
        text = value.strip()
        if not text:
            raise FieldError(f"{name} {show(value)} is blank (only spaces)")
        if len(text) > max_length:
            raise FieldError(f"{name} is longer than {max_length} characters")
        if problem := display_name_problem(text, max_length=max_length, what=what):
            raise FieldError(f"{name} {show(value)}: {problem[0].lower()}{problem[1:]}")
        return text

    return convert


_display_name = _one_line()


def _choice(choices: list[str]) -> Callable[[str, Any], str]:
    allowed = frozenset(choices)

    def convert(name: str, value: Any) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise FieldError(f"bad {name} {show(value)} (expected one of {', '.join(choices)})")
        return value

    return convert


def parse_timestamp(name: str, value: Any) -> datetime:
    if not isinstance(value, str):
        raise FieldError(f"{name} must be an ISO 8601 string, got {show(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(f"{name} {show(value)} is not an ISO 8601 time")
    if moment.utcoffset() is None:
        raise FieldError(f"{name} {show(value)} has no UTC offset (write e.g. 2024-05-01T12:00:00+00:00)")
    try:
        moment.astimezone(UTC)  # databases store UTC: year 1 at +01:00 would not fit
    except OverflowError:
        raise FieldError(f"{name} {show(value)} is out of range")
    return moment


def _amount(*, positive: bool) -> Callable[[str, Any], Decimal]:
    def convert(name: str, value: Any) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise FieldError(f'{name} must be a decimal string such as "12.50", got {show(value)}')
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            raise FieldError(f"bad decimal {name} {show(value)}")
        if not amount.is_finite():
            raise FieldError(f"bad decimal {name} {show(value)}")
        if positive and amount <= 0:
            raise FieldError(f"{name} {show(value)} must be greater than zero")
        if amount < 0:
            raise FieldError(f"{name} {show(value)} is negative")
        if amount >= _AMOUNT_MAX:
            raise FieldError(f"{name} {show(value)} is too large")
        cents = amount.quantize(_CENT, rounding=ROUND_DOWN)
        if cents != amount:
            raise FieldError(f"{name} {show(value)} has more than 2 decimal places")
        return cents

    return convert


def _rating(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise FieldError(f"bad rating {show(value)} (expected a whole number from 1 to 5)")
    return value


def _email(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise FieldError(f"{name} must be a string, got {show(value)}")
    email = value.strip().lower()
    if len(email) > 254 or not _EMAIL.match(email) or not email.isprintable():
        raise FieldError(f"bad {name} {show(value)}")
    return email


def _pattern(regex: re.Pattern, what: str) -> Callable[[str, Any], str]:
    def convert(name: str, value: Any) -> str:
        text = value.strip().upper() if isinstance(value, str) else value
        if not isinstance(text, str) or not regex.match(text):
            raise FieldError(f"bad {name} {show(value)} (expected {what})")
        return text

    return convert


def _identity_value(name: str, value: Any) -> str:
    # Never echo the value itself: it is exactly what must not be kept.
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise FieldError(f"{name} must be a string")
    text = str(value)
    if not text.strip():
        raise FieldError(f"missing required field '{name}'")
    return text


# --- The format -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # as written in the file
    convert: Callable[[str, Any], Any]
    required: bool = False
    target: str = ""  # model field (default: same as name)
    ref: str | None = None  # the type a reference points at
    # Stored when the field is absent; _KEEP leaves the model's default on create and
    # the stored value on update.
    default: Any = None

    def __post_init__(self) -> None:
        if not self.target:
            object.__setattr__(self, "target", self.name)


_KEEP = object()

FORMAT: dict[str, tuple[Field, ...]] = {
    "account": (
        Field("id", _identifier, required=True, target="external_id"),
        Field("email", _email, required=True),
        Field("kind", _choice(User.Kind.values), required=True),
        Field("name", _display_name, default=""),
        Field("country", _pattern(_COUNTRY, "an ISO 3166 alpha-2 code such as GB"), default=""),
        Field("created_at", parse_timestamp, target="date_joined", default=_KEEP),
    ),
    "organization": (
        Field("id", _identifier, required=True, target="external_id"),
        Field("name", _one_line(200), required=True),
        Field("created_at", parse_timestamp, default=_KEEP),
    ),
    "membership": (
        Field("org", _identifier, required=True, target="organization", ref="organization"),
        Field("account", _identifier, required=True, ref="account"),
        Field("role", _choice(Membership.Role.values), required=True),
    ),
    "contract": (
        Field("id", _identifier, required=True, target="external_id"),
        Field("client", _identifier, required=True, ref="account"),
        Field("freelancer", _identifier, required=True, ref="account"),
        Field("client_org", _identifier, ref="organization"),
        Field("title", _one_line(300, "A title"), default=""),
        Field("amount", _amount(positive=False), required=True),
        Field("currency", _pattern(_CURRENCY, "an ISO 4217 code such as USD"), default="USD"),
        Field("started_at", parse_timestamp, required=True),
        Field("ended_at", parse_timestamp),
        Field("status", _choice(Contract.Status.values), default=Contract.Status.ACTIVE.value),
    ),
    "feedback": (
        Field("id", _identifier, required=True, target="external_id"),
        Field("contract", _identifier, required=True, ref="contract"),
        Field("author", _identifier, required=True, ref="account"),
        Field("recipient", _identifier, required=True, ref="account"),
        Field("rating", _rating, required=True),
        Field("comment", _text(), default=""),
        Field("created_at", parse_timestamp, required=True),
    ),
    "message": (
        Field("id", _identifier, required=True, target="external_id"),
        Field("sender", _identifier, required=True, ref="account"),
        Field("recipient", _identifier, required=True, ref="account"),
        Field("contract", _identifier, ref="contract"),
        Field("body", _text(), required=True),
        Field("sent_at", parse_timestamp, required=True),
    ),
    "payment": (
        Field("id", _identifier, required=True, target="external_id"),
        Field("contract", _identifier, required=True, ref="contract"),
        Field("payer", _identifier, required=True, ref="account"),
        Field("payee", _identifier, required=True, ref="account"),
        Field("kind", _choice(Payment.Kind.values), required=True),
        Field("amount", _amount(positive=True), required=True),
        Field("created_at", parse_timestamp, required=True),
    ),
    "identity": (
        Field("account", _identifier, required=True, ref="account"),
        Field("kind", _choice(IdentitySignal.Kind.values), required=True),
        Field("value", _identity_value, required=True),
        Field("seen_at", parse_timestamp, default=_KEEP),
    ),
}


def _label(type_: str, obj: dict) -> str:
    def ident(name: str) -> str | None:
        value = obj.get(name)
        return str(value)[:EXTERNAL_ID_MAX] if isinstance(value, str | int) and not isinstance(value, bool) else None

    if type_ == "membership":
        org, account = ident("org"), ident("account")
        return f"membership of '{account}' in '{org}'" if org and account else "membership"
    if type_ == "identity":
        account = ident("account")
        return f"identity of '{account}'" if account else "identity"
    record_id = ident("id")
    return f"{type_} {record_id}" if record_id else type_


def _constant(name: str) -> Unreadable:
    return Unreadable(f"is {name}, which JSON does not allow")


def _integer(digits: str) -> int | Unreadable:
    limit = sys.get_int_max_str_digits()
    count = len(digits.lstrip("-"))
    if limit and count > limit:
        return Unreadable(f"is a number with {count:,} digits (at most {limit:,} can be read)")
    return int(digits)


# Strict JSON: NaN and Infinity are not numbers JSON has. The second decoder is used
# only when a line holds an integer too long to read, so the common path stays fast.
_DECODER = json.JSONDecoder(parse_constant=_constant)
_LONG_NUMBER_DECODER = json.JSONDecoder(parse_constant=_constant, parse_int=_integer)


def decode_line(raw: bytes | str, *, plain: bool = True) -> dict:
    """Bytes of one line -> the JSON object on it.

    Whatever the line holds, this returns or raises :class:`LineError`: lines too long,
    bytes that are not UTF-8, JSON nested deeper than the parser goes, numbers too long
    to read. Values no field can take (see :class:`Unreadable`) stay in the object so
    the reason can name their field. ``plain=False`` skips the shortcut for the common
    line (:func:`_decoded_plainly`), for tests that hold the two ways to each other.
    """
    if plain and (obj := _decoded_plainly(raw)) is not None:
        return obj
    if isinstance(raw, Overlong):
        raise LineError(f"line is {raw.size:,} bytes long (at most {raw.limit:,})")
    if len(raw) > MAX_LINE_BYTES:
        raise LineError(f"line is {len(raw):,} bytes long (at most {MAX_LINE_BYTES:,})")
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise LineError(f"not valid UTF-8 (byte {exc.start + 1})")
    text = text.lstrip("\ufeff").rstrip()
    try:
        try:
            obj = _DECODER.decode(text)
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer longer than int() reads
            obj = _LONG_NUMBER_DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise LineError(f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        raise LineError("invalid JSON: nested too deeply")
    if not isinstance(obj, dict):
        raise LineError(f"expected a JSON object, got {type(obj).__name__}")
    if _SURROGATE_ESCAPE.search(text):
        for key, value in obj.items():
            if isinstance(value, str) and not _is_unicode(value):
                obj[key] = Unreadable("contains a lone surrogate escape (\\ud800-\\udfff), which is not text")
    return obj


_scan = _DECODER.scan_once


def _decoded_plainly(raw: bytes | str) -> dict | None:
    """What :func:`decode_line` returns, for the common line: plain bytes within the
    limit, UTF-8, a JSON object from its first character, nothing after it but white
    space, no escape that could be half a surrogate pair. None for every other line,
    which then takes the full way (and gets its error there): this only skips the
    steps the common line does not need, with the same decoder."""
    if type(raw) is not bytes or len(raw) > MAX_LINE_BYTES:
        return None
    try:
        text = raw.decode("utf-8")
        obj, end = _scan(text, 0)
    except (ValueError, StopIteration, RecursionError):
        return None
    if type(obj) is not dict or (end != len(text) and not text[end:].isspace()) or _SURROGATE_ESCAPE.search(text):
        return None
    return obj


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_record(line: int, obj: dict, *, plain: bool = True) -> Record:
    """A decoded JSON object -> a checked Record (references not yet resolved).
    The common line of a busy type is read by its own function (``_PLAIN``, below);
    ``plain=False`` sends every line the general way."""
    type_ = obj.get("type")
    if type_ is None:
        raise LineError("missing required field 'type'")
    if not isinstance(type_, str) or type_ not in FORMAT:
        raise LineError(f"unknown type {show(type_)} (expected one of {', '.join(TYPES)})")
    if plain and (read_plainly := _PLAIN.get(type_)) is not None:
        try:
            return read_plainly(line, obj)
        except Exception:  # anything unusual: the general way below says what, in its words
            pass
    values: dict[str, Any] = {}
    refs: dict[str, tuple[str, str]] = {}
    problems: list[str] = []
    for spec in FORMAT[type_]:
        raw = obj.get(spec.name)
        target = spec.target
        if raw is None or raw == "":
            if spec.required:
                problems.append(f"missing required field '{spec.name}'")
            elif spec.ref:
                values[f"{target}_id"] = None
            elif spec.default is not _KEEP:
                values[target] = spec.default
            continue
        if isinstance(raw, Unreadable):
            problems.append(f"{spec.name} {raw.problem}")
            continue
        try:
            value = spec.convert(spec.name, raw)
        except FieldError as exc:
            problems.append(str(exc))
            continue
        except Exception as exc:  # a converter's oversight is still only this field's problem
            problems.append(f"{spec.name} {show(raw)} cannot be read ({type(exc).__name__})")
            continue
        if spec.ref:
            refs[target] = (spec.ref, value)
        else:
            values[target] = value
    if not problems:
        problems = _broken_rules(type_, values, refs)
    if problems:
        raise LineError("; ".join(problems), label=_label(type_, obj), type=type_)
    if type_ == "identity":
        values["value_hash"], values["building_hash"] = hashes(values["kind"], values.pop("value"))
    return Record(line=line, type=type_, values=values, refs=refs)


def _broken_rules(type_: str, values: dict, refs: dict) -> list[str]:
    """Rules across fields that need no database."""
    if type_ == "contract" and refs["client"][1] == refs["freelancer"][1]:
        return [f"client and freelancer are the same account '{refs['client'][1]}' (self-contracts are refused)"]
    if type_ == "contract" and values.get("ended_at") is not None and values["ended_at"] < values["started_at"]:
        ended, started = values["ended_at"].isoformat(), values["started_at"].isoformat()
        return [f"ended_at '{ended}' is before started_at '{started}': a contract cannot end before it starts"]
    if type_ == "feedback" and refs["author"][1] == refs["recipient"][1]:
        return [f"author and recipient are the same account '{refs['author'][1]}'"]
    if type_ == "identity" and not normalise(values["kind"], values["value"]):
        # "---" as a phone would link every account that wrote one.
        return [f"value is empty once normalised as a {values['kind']}"]
    return []


# --- The common shape of each busy type, read without the general machinery ------------
#
# One function per type for the line every real file is made of: each field of the
# expected JSON type and plainly valid. Each accepts a subset of what parse_record's
# general loop accepts, and builds the same Record (same values in the same order,
# same refs), converting with the same converters. On anything else it raises, and
# parse_record takes the general way, so every rejection is worded as before.
# tests/importer/test_import_fast_path.py holds the two ways to that.


class _Unusual(Exception):
    pass


_CONVERT = {(type_, spec.name): spec.convert for type_, specs in FORMAT.items() for spec in specs}
_email_of = _CONVERT["account", "email"]
_country_of = _CONVERT["account", "country"]
_title_of = _CONVERT["contract", "title"]
_contract_amount = _CONVERT["contract", "amount"]
_currency_of = _CONVERT["contract", "currency"]
_payment_amount = _CONVERT["payment", "amount"]
_USER_KINDS = frozenset(User.Kind.values)
_CONTRACT_STATUSES = frozenset(Contract.Status.values)
_PAYMENT_KINDS = frozenset(Payment.Kind.values)
_IDENTITY_KINDS = frozenset(IdentitySignal.Kind.values)
_ACTIVE = Contract.Status.ACTIVE.value
_from_iso = datetime.fromisoformat


def _id(value: Any) -> str:
    """An identifier as ``_identifier`` takes it, and not empty (which means absent)."""
    if type(value) is not str or not value or len(value) > EXTERNAL_ID_MAX or "\x00" in value:
        raise _Unusual
    return value


def _moment(value: Any) -> datetime:
    """``parse_timestamp`` for a time it takes: with an offset, and a year far enough
    from 1 and 9999 that converting it to UTC cannot overflow."""
    if type(value) is not str:
        raise _Unusual
    moment = _from_iso(value)
    if moment.utcoffset() is None or not 1 < moment.year < 9999:
        raise _Unusual
    return moment


def _plain_text(value: Any) -> str:
    if type(value) is not str or "\x00" in value:
        raise _Unusual
    return value


def _plain_account(line: int, obj: dict) -> Record:
    ext, kind, name, country, created = (obj.get(k) for k in ("id", "kind", "name", "country", "created_at"))
    if type(kind) is not str or kind not in _USER_KINDS:
        raise _Unusual
    values = {
        "external_id": _id(ext),
        "email": _email_of("email", obj.get("email")),
        "kind": kind,
        "name": "" if name is None or name == "" else _display_name("name", name),
        "country": "" if country is None or country == "" else _country_of("country", country),
    }
    if created is not None and created != "":
        values["date_joined"] = _moment(created)
    return Record(line=line, type="account", values=values)


def _plain_contract(line: int, obj: dict) -> Record:
    get = obj.get
    client, freelancer, org, title = _id(get("client")), _id(get("freelancer")), get("client_org"), get("title")
    currency, ended, status = get("currency"), get("ended_at"), get("status")
    if client == freelancer:
        raise _Unusual
    values: dict[str, Any] = {"external_id": _id(get("id"))}
    refs = {"client": ("account", client), "freelancer": ("account", freelancer)}
    if org is None or org == "":
        values["client_org_id"] = None
    else:
        refs["client_org"] = ("organization", _id(org))
    values["title"] = "" if title is None or title == "" else _title_of("title", title)
    values["amount"] = _contract_amount("amount", get("amount"))
    values["currency"] = "USD" if currency is None or currency == "" else _currency_of("currency", currency)
    values["started_at"] = started = _moment(get("started_at"))
    values["ended_at"] = None if ended is None or ended == "" else _moment(ended)
    if status is None or status == "":
        status = _ACTIVE
    elif type(status) is not str or status not in _CONTRACT_STATUSES:
        raise _Unusual
    values["status"] = status
    if values["ended_at"] is not None and values["ended_at"] < started:
        raise _Unusual
    return Record(line=line, type="contract", values=values, refs=refs)


def _plain_feedback(line: int, obj: dict) -> Record:
    get = obj.get
    author, recipient, rating, comment = _id(get("author")), _id(get("recipient")), get("rating"), get("comment")
    if author == recipient or type(rating) is not int or not 1 <= rating <= 5:
        raise _Unusual
    values = {
        "external_id": _id(get("id")),
        "rating": rating,
        "comment": "" if comment is None or comment == "" else _plain_text(comment),
        "created_at": _moment(get("created_at")),
    }
    refs = {"contract": ("contract", _id(get("contract"))), "author": ("account", author)}
    refs["recipient"] = ("account", recipient)
    return Record(line=line, type="feedback", values=values, refs=refs)


def _plain_message(line: int, obj: dict) -> Record:
    get = obj.get
    refs = {"sender": ("account", _id(get("sender"))), "recipient": ("account", _id(get("recipient")))}
    values: dict[str, Any] = {"external_id": _id(get("id"))}
    contract = get("contract")
    if contract is None or contract == "":
        values["contract_id"] = None
    else:
        refs["contract"] = ("contract", _id(contract))
    body = get("body")
    if not body:
        raise _Unusual
    values["body"] = _plain_text(body)
    values["sent_at"] = _moment(get("sent_at"))
    return Record(line=line, type="message", values=values, refs=refs)


def _plain_payment(line: int, obj: dict) -> Record:
    get = obj.get
    kind = get("kind")
    if type(kind) is not str or kind not in _PAYMENT_KINDS:
        raise _Unusual
    refs = {"contract": ("contract", _id(get("contract"))), "payer": ("account", _id(get("payer")))}
    refs["payee"] = ("account", _id(get("payee")))
    values = {
        "external_id": _id(get("id")),
        "kind": kind,
        "amount": _payment_amount("amount", get("amount")),
        "created_at": _moment(get("created_at")),
    }
    return Record(line=line, type="payment", values=values, refs=refs)


def _plain_identity(line: int, obj: dict) -> Record:
    kind, value, seen = obj.get("kind"), obj.get("value"), obj.get("seen_at")
    account = _id(obj.get("account"))
    if type(kind) is not str or kind not in _IDENTITY_KINDS or type(value) is not str or not value.strip():
        raise _Unusual
    folded = normalise(kind, value)
    if not folded:
        raise _Unusual
    values: dict[str, Any] = {"kind": kind}
    if seen is not None and seen != "":
        values["seen_at"] = _moment(seen)
    values["value_hash"], values["building_hash"] = hashes_of_folded(kind, folded)
    return Record(line=line, type="identity", values=values, refs={"account": ("account", account)})


_PLAIN: dict[str, Callable[[int, dict], Record]] = {
    "account": _plain_account,
    "contract": _plain_contract,
    "feedback": _plain_feedback,
    "message": _plain_message,
    "payment": _plain_payment,
    "identity": _plain_identity,
}


def parse_line(line: int, raw: bytes | str, *, plain: bool = True) -> Record:
    return parse_record(line, decode_line(raw, plain=plain), plain=plain)


def _key_part(name: str, value: Any) -> str | None:
    try:
        return _identifier(name, value)
    except FieldError:
        return None


_KEYED_BY_ID = frozenset(TYPES) - {"identity", "membership"}


def record_key(raw: bytes | str, *, plain: bool = True) -> tuple[str, str] | None:
    """The record a line names, to find a record named on several lines of a file:
    (type, key). None for a line too broken to say (its own error is reported when
    it is imported), and for identity sightings, which are many by nature and merge
    the same in any order. Ids cannot hold NUL, so it separates the key's parts."""
    try:
        obj = decode_line(raw, plain=plain)
    except LineError:
        return None
    type_ = obj.get("type")
    if type(type_) is str and type_ in _KEYED_BY_ID:  # _identifier's checks, written out: the busy case
        ext = obj.get("id")
        if type(ext) is str and len(ext) <= EXTERNAL_ID_MAX and "\x00" not in ext:
            return type_, type_ + "\0" + ext
        return None
    if not isinstance(type_, str) or type_ not in FORMAT or type_ == "identity":
        return None
    if type_ == "membership":
        parts = [_key_part("org", obj.get("org")), _key_part("account", obj.get("account"))]
    else:
        parts = [_key_part("id", obj.get("id"))]
    if None in parts:
        return None
    return type_, "\0".join([type_, *parts])


def key_label(key: str) -> str:
    """How messages name the record behind a ``record_key`` key."""
    type_, *parts = key.split("\0")
    if type_ == "membership":
        return f"membership of '{parts[1]}' in '{parts[0]}'"
    return f"{type_} {parts[0]}"


_VALUE_FIELD = re.compile(r'("value"\s*:\s*)("(?:[^"\\]|\\.)*"?|[^,}\s]*)')


def redact(type_: str | None, text: str) -> str:
    """The line as it may be written to an errors file: identity values blanked out,
    also on lines too broken to say their type that look like identities."""
    if type_ != "identity" and not (type_ is None and "identity" in text):
        return text
    try:
        obj = _LONG_NUMBER_DECODER.decode(text)
        if not isinstance(obj, dict):
            raise ValueError("not an object")
        if "value" in obj:
            obj["value"] = "[redacted]"
        text = json.dumps(obj, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):
        text = _VALUE_FIELD.sub(r'\1"[redacted]"', text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
