"""Reading raw RFC 822 mail as real clients and servers write it. Pure functions on
bytes, built on Python's email package; nothing here touches the database.

- ``parse_email(raw)``: headers, the best text body (HTML converted when there is
  no plain text), attachments checked against size/type limits, whether the
  message is automatic (bounce, auto-reply, read receipt, bulk), and for bounces
  which of our Message-IDs bounced.
- ``decode_bytes``: charsets as they are labelled in the wild, not as the RFCs
  wish (ISO-8859-1 labels on Windows-1252 text, ISO-2022-JP with vendor
  characters, GB2312 that is really GBK…).
- ``auth_verdict``: SPF/DKIM/DMARC results from headers we can trust — our own
  MTA's Authentication-Results (by authserv-id) or the ESP's own verdict headers
  when the message came through that ESP — never from headers the sender wrote.
- ``sender_addresses``: the From address as a mail server reads it, from the raw
  header *before* any RFC 2047 decoding (an encoded word can only ever be a
  display name), and what is wrong with it: several addresses, one that cannot be
  read, or a display name that shows a different address.

``parse_email`` never raises: a message it cannot read (RecursionError on MIME
nested thousands of levels deep, or anything else) comes back with its headers
only and ``unreadable`` saying why, so it can be stored and held for a reviewer.
"""

from __future__ import annotations

import codecs
import hashlib
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.header import Header, decode_header
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from .replyparse import html_to_text, normalise_text

# Deeper MIME nesting, or more parts, than any mail client writes: not read (held).
MAX_MIME_DEPTH = 50
MAX_MIME_PARTS = 2000

# --- charsets ---------------------------------------------------------------------------

# What a label really means in mail (the WHATWG encoding standard's view, which
# matches what clients actually send), then the strict fallbacks to try.
_CHARSET_ALIASES = {
    "": "utf-8",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "ansi_x3.4-1968": "utf-8",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
_CHARSET_FALLBACKS = {
    "iso-2022-jp": ["iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_3"],
    "euc-jp": ["euc_jis_2004"],
    "cp1252": ["latin-1"],
}


def unflow(text: str, *, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next
    line of the same quote depth, so a paragraph becomes one line again (Thunderbird
    sends long lines this way). The "-- " signature line is never joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    open_line: tuple[int, str] | None = None  # (quote depth, text so far) of a paragraph still flowing
    for raw in text.split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        body = raw[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing
        flowed = body.endswith(" ") and body != "-- "
        if flowed and delsp:
            body = body[:-1]
        if open_line is not None and open_line[0] == depth:
            body = open_line[1] + body
        elif open_line is not None:
            out.append(_quoted_line(*open_line))
        open_line = (depth, body) if flowed else None
        if not flowed:
            out.append(_quoted_line(depth, body))
    if open_line is not None:
        out.append(_quoted_line(*open_line))
    return "\n".join(line.rstrip() if line.strip() != "--" else line for line in out)


def _quoted_line(depth: int, body: str) -> str:
    return (">" * depth + " " + body) if depth else body


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes labelled ``charset``; never raises. An unknown or wrong
    label falls back to UTF-8, then Windows-1252, and only then to replacement."""
    label = (charset or "").strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(label, label)
    candidates = [name, *_CHARSET_FALLBACKS.get(label, []), *_CHARSET_FALLBACKS.get(name, [])]
    if name == "utf-8":
        candidates.append("cp1252")  # unlabelled 8-bit text from old clients
    elif name == "cp1252" and any(byte >= 0x80 for byte in data):
        # UTF-8 labelled as Latin-1 is common; non-ASCII text that is valid UTF-8
        # is almost never really Windows-1252.
        candidates.insert(0, "utf-8")
    for candidate in candidates:
        try:
            codecs.lookup(candidate)
        except LookupError:
            continue
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    for candidate in ("utf-8", "cp1252"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _fix_surrogates(value: str) -> str:
    """Raw 8-bit header bytes reach us as surrogate escapes; decode them properly."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    raw = value.encode("utf-8", errors="surrogateescape")
    return decode_bytes(raw, "utf-8")


def decode_header_value(value) -> str:
    """A raw header value as text: RFC 2047 encoded words decoded with the same
    forgiving charset handling as bodies, raw 8-bit bytes decoded, folding undone."""
    if value is None:
        return ""
    if isinstance(value, Header):  # compat32 hands raw 8-bit headers over as unknown-8bit Headers
        parts = decode_header(value)
        value = "".join(decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in parts)
    value = _fix_surrogates(str(value))
    if "=?" in value:
        try:
            parts = decode_header(value)
        except Exception:
            parts = [(value, None)]
        pieces = []
        for chunk, charset in parts:
            if isinstance(chunk, bytes):
                pieces.append(decode_bytes(chunk, charset or "utf-8"))
            else:
                pieces.append(chunk)
        # decode_header keeps the spaces of unencoded runs inside them; adjacent
        # encoded words were already joined without the space between them.
        value = "".join(pieces)
    return re.sub(r"\s+", " ", value).strip()


def header_text(msg: Message, name: str) -> str:
    """A header as readable text, '' when absent or broken."""
    try:
        value = msg.get(name)
    except Exception:
        return ""
    return decode_header_value(value)


def header_all(msg: Message, name: str) -> list[str]:
    try:
        values = msg.get_all(name) or []
    except Exception:
        return []
    return [decode_header_value(value) for value in values]


def raw_header_values(msg: Message, name: str) -> list[str]:
    """A header's values as they were written: folding undone and raw 8-bit bytes
    decoded, but RFC 2047 encoded words left as they are."""
    wanted = name.lower()
    try:
        values = [value for key, value in msg.raw_items() if key.lower() == wanted]
    except Exception:
        return []
    return [re.sub(r"\r?\n(?=[ \t])", "", _fix_surrogates(str(value))).strip() for value in values]


# --- message ids ------------------------------------------------------------------------

_MSGID = re.compile(r"<([^<>\s]+)>")


def message_ids_in(value: str) -> list[str]:
    return [f"<{m}>" for m in _MSGID.findall(value or "")]


def normalise_message_id(value: str) -> str | None:
    ids = message_ids_in(value)
    if ids:
        return ids[0]
    bare = (value or "").strip()
    if bare and " " not in bare and "@" in bare:
        return f"<{bare}>"
    return None


def header_block(raw: bytes) -> bytes:
    """The message's header section (through the blank line that ends it), so that
    reading a header of a 25 MiB message does not feed the parser the body too
    (headersonly parsing still reads and splits every line of it)."""
    ends = [end for end in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if end >= 0]
    return raw[: min(ends) + 4] if ends else raw


def parse_headers(raw: bytes) -> Message:
    return BytesParser(policy=policy.compat32).parsebytes(header_block(raw), headersonly=True)


def parse_message(raw: bytes) -> Message:
    # compat32: headers stay raw strings, decoded only when read (decode_header_value);
    # several times faster than policy.default's structured headers on real mail.
    return BytesParser(policy=policy.compat32).parsebytes(raw)


def message_id_of(raw: bytes, msg: Message | None = None) -> str:
    """The message's Message-ID, or one derived from its bytes when it has none (so
    a redelivery of the same bytes still deduplicates). At most 255 characters."""
    try:
        headers = msg if msg is not None else parse_headers(raw)
        value = normalise_message_id(header_text(headers, "Message-ID"))
    except Exception:
        value = None
    if not value:
        return f"<sha256.{hashlib.sha256(raw).hexdigest()}@no-message-id.invalid>"
    if len(value) > 255:
        return f"<sha256.{hashlib.sha256(value.encode()).hexdigest()}@long-message-id.invalid>"
    return value


# --- attachments -------------------------------------------------------------------------

# What we accept, by extension, and the magic bytes the content must start with.
_ZIP = (b"PK\x03\x04",)
ACCEPTED_TYPES: dict[str, tuple[bytes, ...] | None] = {
    "pdf": (b"%PDF",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp": (b"RIFF",),
    "heic": None,  # ISO-BMFF: checked by _looks_like below
    "heif": None,
    "txt": None,
    "csv": None,
    "rtf": (b"{\\rtf",),
    "docx": _ZIP,
    "xlsx": _ZIP,
    "pptx": _ZIP,
    "odt": _ZIP,
    "ods": _ZIP,
    "odp": _ZIP,
    "eml": None,
}
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa", b"#!")
_BIDI_AND_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass
class Attachment:
    index: int
    filename: str
    content_type: str
    size: int
    sha256: str
    inline: bool
    accepted: bool
    refused: str = ""  # why it was refused, for the reviewer

    def as_dict(self) -> dict:
        return {
            "index": self.index,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "inline": self.inline,
            "accepted": self.accepted,
            "refused": self.refused,
        }


def safe_filename(name: str | None, *, content_type: str, index: int) -> str:
    """A display name that cannot lie: no directories, no control or bidirectional
    override characters ("invoice\u202efdp.exe" shows as "invoiceexe.pdf")."""
    name = unicodedata.normalize("NFC", _fix_surrogates(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = _BIDI_AND_CONTROL.sub("", name)
    name = re.sub(r"\s+", " ", name).strip().lstrip(".")
    if not name:
        extension = mimetypes.guess_extension(content_type) or ".bin"
        name = f"attachment-{index}{extension}"
    return name[:150]


def _extension(filename: str) -> str:
    return filename.rpartition(".")[2].lower() if "." in filename else ""


def attachment_check(*, filename: str, content_type: str, data: bytes, max_bytes: int) -> str:
    """'' when the attachment may be listed for download, else why it is refused."""
    if len(data) > max_bytes:
        return f"too large ({_human_size(len(data))}; the limit is {_human_size(max_bytes)})"
    head = data[:64]
    if any(head.startswith(magic) for magic in _EXECUTABLE_MAGIC):
        return "executable content is never accepted"
    extension = _extension(filename)
    if content_type in ("message/rfc822", "message/global") and extension in ("", "eml"):
        return ""
    if extension not in ACCEPTED_TYPES:
        return f"file type {'.' + extension if extension else '(none)'} is not accepted"
    magics = ACCEPTED_TYPES[extension]
    if magics is not None and not any(data.startswith(magic) for magic in magics):
        return f"content does not match its .{extension} name"
    if extension == "webp" and data[8:12] != b"WEBP":
        return "content does not match its .webp name"
    if extension in ("heic", "heif") and data[4:8] != b"ftyp":
        return f"content does not match its .{extension} name"
    if extension in ("txt", "csv") and b"\x00" in data[:8192]:
        return f"binary content in a .{extension} file"
    return ""


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


# --- automatic mail ------------------------------------------------------------------------

# Out-of-office replies in the marketplace's main languages (English, Spanish,
# Portuguese, French, German, Italian, Dutch, Russian, Polish) and a few more. The
# subject is matched at its start (after Re:/AW:…); the phrases that only an
# automatic reply puts in a subject are matched anywhere in it.
_OOO_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|r|rif|odp|ответ|fw|fwd|wg|tr|enc)\s*:\s*)*(?:"
    r"automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto:|out\s+of\s+(?:the\s+)?office|ooo\b"
    r"|away\s+from\s+(?:the\s+|my\s+)?(?:office|desk)|on\s+(?:vacation|holiday|leave)|vacation\s+(?:reply|notice)"
    r"|abwesenheitsnotiz|abwesenheit|abwesend|automatische\s+antwort|nicht\s+im\s+b[üu]ro|au[ßs]er\s+haus|im\s+urlaub"
    r"|réponse\s+automatique|absence\s+du\s+bureau|absente?\b|absence\b|message\s+d'absence|hors\s+du\s+bureau"
    r"|en\s+(?:congés?|vacances)"
    r"|respuesta\s+automática|fuera\s+de\s+(?:la\s+)?oficina|ausente|ausencia|de\s+vacaciones"
    r"|resposta\s+automática|fora\s+do\s+escrit[óo]rio|ausência|de\s+férias|em\s+férias"
    r"|risposta\s+automatica|fuori\s+(?:sede|ufficio)|assente|assenza|in\s+ferie"
    r"|automatisch\s+antwoord|afwezig|afwezigheid|niet\s+op\s+kantoor|buiten\s+kantoor|met\s+vakantie"
    r"|automatiskt\s+svar|frånvaro|autosvar"
    r"|automatyczna\s+odpowied[źz]|autoodpowied[źz]|poza\s+biurem|nieobecno[śs][ćc]|na\s+urlopie"
    r"|автоматический\s+ответ|автоответ|вне\s+офиса|в\s+отпуске|отсутствую"
    r"|自動応答|自动回复|自動回覆|不在通知|automaattinen\s+vastaus|otomatik\s+yan[ıi]t)",
    re.I,
)
_OOO_ANYWHERE = re.compile(
    r"\bout\s+of\s+(?:the\s+)?office\b|\bon\s+(?:annual\s+)?leave\s+until\b|\bautomatic\s+reply\b|\bauto-?reply\b"
    r"|abwesenheitsnotiz|nicht\s+im\s+b[üu]ro|réponse\s+automatique|hors\s+du\s+bureau|respuesta\s+automática"
    r"|fuera\s+de\s+la\s+oficina|resposta\s+automática|fora\s+do\s+escrit[óo]rio|risposta\s+automatica"
    r"|fuori\s+ufficio|automatisch\s+antwoord|buiten\s+kantoor|niet\s+op\s+kantoor|automatyczna\s+odpowied[źz]"
    r"|poza\s+biurem|автоответ|автоматический\s+ответ|вне\s+офиса",
    re.I,
)
# The opening of an out-of-office message: "I am out of the office until…", in the
# present or future tense, as the first sentence (or the one after "Thank you for
# your email."). "I was away last week" or a mention further down is a person writing.
_OOO_OPENING = re.compile(
    r"^(?:"
    r"(?:i\s*(?:am|'m|’m)|i\s+will\s+be|i(?:'|’)ll\s+be|we\s+are)\s+(?:currently\s+|now\s+|presently\s+)?"
    r"(?:out\s+of\s+(?:the\s+)?office|away\b|on\s+(?:annual\s+|parental\s+|sick\s+|maternity\s+|paternity\s+)?"
    r"(?:leave|holidays?|vacation)|out\s+of\s+town|travell?ing\s+(?:with|and)\b|off\s+work)"
    r"|(?:estoy|estaré|me\s+encuentro|estamos)\s+(?:actualmente\s+)?"
    r"(?:fuera\s+de\s+(?:la\s+)?oficina|ausente|de\s+vacaciones|de\s+viaje|de\s+baja)"
    r"|(?:estou|estarei|encontro-me|me\s+encontro)\s+(?:atualmente\s+|actualmente\s+)?"
    r"(?:fora\s+do\s+escrit[óo]rio|ausente|de\s+f[ée]rias|em\s+f[ée]rias|de\s+licen[çc]a|em\s+viagem)"
    r"|(?:je\s+suis|je\s+serai|nous\s+sommes)\s+(?:actuellement\s+|absent(?:e|s)?\s+)?"
    r"(?:absent|en\s+congés?|en\s+vacances|hors\s+du\s+bureau|en\s+déplacement|du\s+bureau)"
    r"|ich\s+(?:bin|befinde\s+mich)\s+.{0,60}?(?:nicht\s+im\s+b[üu]ro|abwesend|im\s+urlaub|au[ßs]er\s+haus"
    r"|nicht\s+erreichbar|nicht\s+im\s+hause)"
    r"|(?:sono|sarò)\s+(?:attualmente\s+)?(?:fuori\s+(?:sede|ufficio)|assente|in\s+ferie|in\s+vacanza)"
    r"|ik\s+ben\s+.{0,60}?(?:afwezig|niet\s+op\s+kantoor|met\s+vakantie|op\s+vakantie|buiten\s+kantoor"
    r"|niet\s+aanwezig)"
    r"|(?:я\s+)?(?:сейчас\s+|в\s+настоящее\s+время\s+|до\s+.{0,40}?)?(?:нахожусь\s+)?"
    r"(?:в\s+отпуске|вне\s+офиса|отсутствую|в\s+командировке)"
    r"|(?:jestem|będę)\s+(?:obecnie\s+|aktualnie\s+)?(?:poza\s+biurem|na\s+urlopie|nieobecn[ya]|niedostępn[ya])"
    r")",
    re.I,
)
_THANKS_OPENING = re.compile(
    r"^(?:thank\s+you|thanks)\s+for\s+your\s+(?:e-?mail|message|mail)"
    r"|^gracias\s+por\s+su\s+(?:correo|mensaje|e-?mail)|^obrigad[oa]\s+pel[oa]\s+(?:sua\s+)?(?:mensagem|e-?mail)"
    r"|^merci\s+(?:pour|de)\s+votre\s+(?:message|e-?mail|courriel)"
    r"|^(?:vielen\s+)?dank\s+für\s+ihre\s+(?:nachricht|e-?mail|mail)"
    r"|^grazie\s+per\s+(?:la\s+sua|il\s+suo|la\s+tua|il\s+tuo)\s+(?:messaggio|e-?mail|mail)"
    r"|^bedankt\s+voor\s+(?:uw|je)\s+(?:bericht|e-?mail|mail)|^спасибо\s+за\s+(?:ваше\s+)?(?:письмо|сообщение)"
    r"|^dzi[ęe]kuj[ęe]\s+za\s+(?:wiadomo[śs][ćc]|e-?mail|maila)",
    re.I,
)
_GREETING_WORDS = (
    r"(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|hola|buenos\s+días|estimad[oa]s?|olá|ola|bom\s+dia"
    r"|boa\s+tarde|prezad[oa]s?|bonjour|bonsoir|madame|monsieur|hallo|guten\s+tag|sehr\s+geehrte[rs]?|liebe[rs]?"
    r"|ciao|buongiorno|gentile|hoi|goedendag|beste|здравствуйте|добрый\s+день|привет|dzie[ńn]\s+dobry|witam)"
)
_GREETING_LINE = re.compile(rf"^{_GREETING_WORDS}\b[^.?]{{0,40}}$", re.I)
_GREETING_PREFIX = re.compile(rf"^{_GREETING_WORDS}\b[^,!:.?]{{0,30}}[,!:]\s*", re.I)


def looks_like_out_of_office(text: str) -> bool:
    """Whether a message's opening is an out-of-office notice (see _OOO_OPENING)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][:6]
    lines = [line for line in lines if not line.startswith(">")]
    if lines and _GREETING_LINE.match(lines[0]) and (lines[0][-1] in ",!:" or len(lines[0].split()) <= 3):
        lines = lines[1:]  # "Hello Fred," on a line of its own
    if not lines:
        return False
    opening = _GREETING_PREFIX.sub("", " ".join(lines)[:600], count=1)
    # Sentences end at . ! ? ; but not after a number ("bis zum 10. März").
    sentences = [s.strip() for s in re.split(r"(?<=[^\d\s][.!?;])\s+", opening) if s.strip()]
    if not sentences:
        return False
    if _OOO_OPENING.match(sentences[0]):
        return True
    return bool(len(sentences) > 1 and _THANKS_OPENING.match(sentences[0]) and _OOO_OPENING.match(sentences[1]))


_BOUNCE_SUBJECT = re.compile(
    r"undeliverable|undelivered\s+mail|delivery\s+status\s+notification|mail\s+delivery\s+(?:failed|failure|subsystem)"
    r"|returned\s+mail|delivery\s+failure|failure\s+notice|could\s+not\s+be\s+delivered|nicht\s+zustellbar"
    r"|unzustellbar|non\s+remis|no\s+se\s+puede\s+entregar|non\s+recapitabile|onbestelbaar|olevererbart"
    r"|niedostarczalne|не\s+доставлено|配信不能|退信",
    re.I,
)
_DAEMON_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)


_AUTOREPLY_HEADERS = (
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response",
    "X-Autogenerated",
    "X-AutoReply-From",
    "X-Mail-Autoreply",
    "X-Auto-Reply",
    "X-FC-MachineGenerated",
)


def classify_automatic(msg: Message, body: str = "") -> tuple[str, str] | None:
    """('bounce' | 'auto_reply' | 'receipt' | 'mailing_list', why) for mail no
    person wrote as an answer; None for a human message. ``body`` is the message
    as text: an out-of-office notice is also recognised by its opening lines."""
    content_type = msg.get_content_type()
    subject = header_text(msg, "Subject")
    if content_type == "multipart/report":
        report_type = str(msg.get_param("report-type") or "").lower()
        if report_type == "disposition-notification":
            return "receipt", "read receipt (message disposition notification)"
        return "bounce", f"delivery status notification ({report_type or 'report'})"
    if header_text(msg, "X-Failed-Recipients"):
        return "bounce", "X-Failed-Recipients header"
    sender = " ".join(address for _, address in sender_addresses(msg)[0])  # the raw header, never decoded first
    null_sender = header_text(msg, "Return-Path").replace(" ", "") == "<>"
    if _DAEMON_SENDER.match(sender) or (null_sender and _BOUNCE_SUBJECT.search(subject)):
        return "bounce", f"from {sender or 'the null sender'}: {subject[:80]}"
    auto_submitted = header_text(msg, "Auto-Submitted").lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return "auto_reply", f"Auto-Submitted: {auto_submitted[:40]}"
    for name in _AUTOREPLY_HEADERS:
        value = header_text(msg, name).lower()
        if value and value not in ("no", "false", "0"):
            return "auto_reply", f"{name} header"
    if "autoresponder" in header_text(msg, "X-POST-MessageClass").lower():
        return "auto_reply", "X-POST-MessageClass: autoresponder"
    if any(value.lower() == "autoresponder" for value in header_all(msg, "Delivered-To")):
        return "auto_reply", "Delivered-To: Autoresponder"
    precedence = (header_text(msg, "Precedence") or header_text(msg, "X-Precedence")).lower()
    if precedence in ("auto_reply", "auto-reply"):
        return "auto_reply", f"Precedence: {precedence}"
    if _OOO_SUBJECT.search(subject) or _OOO_ANYWHERE.search(subject):
        return "auto_reply", f"subject: {subject[:80]}"
    if looks_like_out_of_office(body):
        opening = next((line.strip() for line in body.splitlines() if line.strip()), "")
        return "auto_reply", f"out-of-office text: {opening[:80]}"
    if precedence in ("bulk", "junk", "list"):
        return "mailing_list", f"Precedence: {precedence}"
    if header_text(msg, "List-Id") or header_text(msg, "List-Unsubscribe"):
        return "mailing_list", "mailing-list headers"
    return None


@dataclass
class DeliveryReport:
    """What a bounce says: which messages, and whether the failure is final."""

    message_ids: list[str] = field(default_factory=list)
    action: str = ""  # failed / delayed / delivered / relayed / expanded
    status: str = ""  # e.g. 5.1.1
    diagnostic: str = ""
    recipients: list[str] = field(default_factory=list)

    @property
    def permanent(self) -> bool:
        if self.action:
            return self.action == "failed"
        return not self.status.startswith("4")


def delivery_report(msg: Message, text: str) -> DeliveryReport:
    report = DeliveryReport()
    for part in msg.walk():
        content_type = part.get_content_type()
        try:
            if content_type in ("message/delivery-status", "message/global-delivery-status"):
                for block in part.get_payload() or []:
                    if not isinstance(block, Message):
                        continue
                    action = header_text(block, "Action").lower()
                    if action and not report.action:
                        report.action = action.split()[0]
                    if (status := header_text(block, "Status")) and not report.status:
                        report.status = status.split()[0]
                    if (diagnostic := header_text(block, "Diagnostic-Code")) and not report.diagnostic:
                        report.diagnostic = diagnostic[:300]
                    if recipient := header_text(block, "Final-Recipient"):
                        report.recipients.append(recipient.rpartition(";")[2].strip())
            elif content_type in ("message/rfc822", "message/global"):
                inner = part.get_payload()
                inner = inner[0] if isinstance(inner, list) and inner else inner
                if isinstance(inner, Message):
                    report.message_ids += message_ids_in(header_text(inner, "Message-ID"))
            elif content_type == "text/rfc822-headers":
                payload = part.get_payload(decode=True) or b""
                headers = HeaderParser(policy=policy.compat32).parsestr(decode_bytes(payload, "utf-8"))
                report.message_ids += message_ids_in(header_text(headers, "Message-ID"))
        except Exception:
            continue
    if not report.message_ids:
        # Plain-text bounces quote the original headers in the body.
        for match in re.finditer(r"^\s*>?\s*Message-ID:\s*(<[^<>\s]+>)", text, re.I | re.M):
            report.message_ids.append(match.group(1))
    report.message_ids = list(dict.fromkeys(report.message_ids))
    return report


# --- authentication verdicts -------------------------------------------------------------


def auth_verdict(msg: Message, *, trusted_authserv_ids: list[str], esp_name: str = "") -> dict:
    """{'spf': …, 'dkim': …, 'dmarc': …, 'by': …} from headers we can trust; {} when
    nothing trustworthy says anything. Only the topmost header of each kind counts:
    anything lower down was there before the message reached our side."""
    results: dict[str, str] = {}
    if esp_name.lower() == "mailgun":
        spf = header_all(msg, "X-Mailgun-Spf")
        dkim = header_all(msg, "X-Mailgun-Dkim-Check-Result")
        if spf:
            results["spf"] = spf[0].lower()
        if dkim:
            results["dkim"] = dkim[0].lower()
        if results:
            results["by"] = "mailgun"
    trusted = {item.lower() for item in trusted_authserv_ids}
    if trusted:
        for header in header_all(msg, "Authentication-Results"):
            authserv_id = header.split(";", 1)[0].strip().split()[0].lower() if header.strip() else ""
            if authserv_id not in trusted:
                continue
            for method in ("spf", "dkim", "dmarc"):
                match = re.search(rf"\b{method}\s*=\s*([a-z]+)", header, re.I)
                if match and method not in results:
                    results[method] = match.group(1).lower()
            results.setdefault("by", authserv_id)
            break
    return results


def auth_failure(results: dict) -> str:
    """Why the sender failed authentication, or ''."""
    dmarc, spf, dkim = results.get("dmarc", ""), results.get("spf", ""), results.get("dkim", "")
    if dmarc == "fail":
        return "DMARC failed"
    if spf == "fail" and dkim != "pass":
        return "SPF failed and there is no valid DKIM signature"
    return ""


# --- the whole message --------------------------------------------------------------------


@dataclass
class ParsedEmail:
    message_id: str
    from_addresses: list[tuple[str, str]]
    subject: str
    date: datetime | None
    to: list[str]
    recipients: list[str]  # every address the message was addressed or delivered to
    in_reply_to: list[str]
    references: list[str]
    text: str  # the whole body as text (HTML converted when needed)
    plain: str  # the text/plain body ('' when the message had none)
    html: str  # the text/html body as received ('' when none)
    attachments: list[Attachment]
    automatic: tuple[str, str] | None
    report: DeliveryReport | None
    auth: dict = field(default_factory=dict)  # SPF/DKIM/DMARC results from trusted headers
    from_problem: str = ""  # why the From header cannot be trusted to name one sender ('' when it can)
    unreadable: str = ""  # why the body could not be read ('' when it was): only the headers are here

    @property
    def from_email(self) -> str:
        return self.from_addresses[0][1].lower() if self.from_addresses else ""

    @property
    def from_name(self) -> str:
        return self.from_addresses[0][0] if self.from_addresses else ""

    @property
    def thread_ids(self) -> list[str]:
        """In-Reply-To first, then References newest first."""
        return list(dict.fromkeys([*self.in_reply_to, *reversed(self.references)]))


def _addresses(msg: Message, *names: str) -> list[tuple[str, str]]:
    """(display name, address) pairs, read from the raw headers: only display names
    are RFC 2047-decoded, after the addresses were found."""
    values = []
    for name in names:
        values += raw_header_values(msg, name)
    try:
        pairs = getaddresses(values)
    except Exception:
        pairs = []
    return [
        (decode_header_value(display).strip(), address.strip())
        for display, address in pairs
        if address and "@" in address and "=?" not in address
    ]


_ADDRESS_IN_TEXT = re.compile(r"[^\s<>()\[\]\"',;:@]+@[^\s<>()\[\]\"',;:@]+\.[^\s<>()\[\]\"',;:@]+")


def sender_addresses(msg: Message) -> tuple[list[tuple[str, str]], str]:
    """The From header's (display name, address) pairs and what makes it
    untrustworthy ('' when nothing does).

    The addresses come from the raw header, as a mail server (and so SPF/DKIM/DMARC)
    reads it; encoded words are decoded afterwards, in display names only. Decoding
    first let "=?utf-8?q?subject=40example.com_=28?= <attacker@evil.example> =?utf-8?q?=29?="
    read as subject@example.com while DMARC vouched for evil.example."""
    values = raw_header_values(msg, "From")
    if not values:
        return [], ""
    try:
        pairs = getaddresses(values)
    except Exception:
        pairs = [("", "")]
    shown = " ".join(values)[:120]
    readable = [(display, address) for display, address in pairs if address and "@" in address]
    if len(readable) != len(pairs) or not readable:
        return [], f"the From header cannot be read as an address: “{shown}”"
    if any("=?" in address for _, address in readable):
        return [], f"the From address is written with encoded words, which an address cannot contain: “{shown}”"
    addresses = [(decode_header_value(display).strip(), address.strip()) for display, address in readable]
    if len(values) > 1:
        return addresses, f"the message has {len(values)} From headers: {', '.join(a for _, a in addresses)}"
    if len(addresses) > 1:
        return addresses, f"the From header names {len(addresses)} addresses: {', '.join(a for _, a in addresses)}"
    display, address = addresses[0]
    for shown_address in _ADDRESS_IN_TEXT.findall(unicodedata.normalize("NFKC", display)):
        if shown_address.strip(".").casefold() != address.casefold():
            return addresses, (
                f"the display name “{display[:80]}” shows the address {shown_address}, "
                f"but the message is from {address}"
            )
    return addresses, ""


def _part_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
        return decode_header_value(name) if name else None  # Outlook puts encoded words in filename=
    except Exception:
        return None


def _part_disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


def _part_bytes(part: Message) -> bytes:
    if part.get_content_maintype() == "message":
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else payload
        if isinstance(inner, Message):
            try:
                return inner.as_bytes(policy=policy.compat32)
            except Exception:
                return str(inner).encode("utf-8", errors="replace")
        return b""
    try:
        return part.get_payload(decode=True) or b""
    except Exception:
        return b""


_SKIPPED_PARTS = {
    "message/delivery-status",
    "message/global-delivery-status",
    "message/disposition-notification",
    "text/rfc822-headers",
}


def iter_leaf_parts(msg: Message):
    """Yield (kind, part) in a stable order: kind is 'plain', 'html' or 'attachment'.
    Forwarded messages (message/rfc822) are one attachment; their insides are not
    read as our body. In multipart/alternative only the plain and the HTML
    alternatives are read."""

    def walk(part: Message, in_alternative: bool = False):
        content_type = part.get_content_type()
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            for child in part.get_payload() or []:
                if isinstance(child, Message):
                    yield from walk(child, content_type == "multipart/alternative")
            return
        if content_type in _SKIPPED_PARTS:
            return
        disposition = _part_disposition(part)
        filename = _part_filename(part)
        if content_type in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            yield ("plain" if content_type == "text/plain" else "html"), part
            return
        if in_alternative and part.get_content_maintype() == "text":
            return  # text/enriched, text/watch-html: another rendering of the body
        yield "attachment", part

    yield from walk(msg)


def attachment_bytes(raw: bytes, index: int) -> tuple[Message, bytes] | None:
    """The part and decoded bytes of attachment number ``index`` of a raw message."""
    msg = parse_message(raw)
    _check_structure(msg)
    position = 0
    for kind, part in iter_leaf_parts(msg):
        if kind != "attachment":
            continue
        if position == index:
            return part, _part_bytes(part)
        position += 1
    return None


class UnreadableEmail(ValueError):
    """The message's structure is beyond what we read (said in words for a reviewer)."""


def _check_structure(msg: Message) -> None:
    """Refuse MIME nested deeper, or with more parts, than mail clients write, before
    anything walks it recursively. Iterative: it cannot itself run out of stack."""
    stack, parts = [(msg, 1)], 0
    while stack:
        part, depth = stack.pop()
        parts += 1
        if depth > MAX_MIME_DEPTH:
            raise UnreadableEmail(f"its MIME parts are nested more than {MAX_MIME_DEPTH} levels deep")
        if parts > MAX_MIME_PARTS:
            raise UnreadableEmail(f"it has more than {MAX_MIME_PARTS} MIME parts")
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in payload if isinstance(child, Message))


def describe_failure(exc: BaseException) -> str:
    """An exception met while reading a message, in words for a reviewer."""
    if isinstance(exc, UnreadableEmail):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "its MIME structure is nested too deeply (RecursionError)"
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def unreadable_reason(exc: BaseException) -> str:
    return f"The message could not be read: {describe_failure(exc)}."


def parse_email(
    raw: bytes,
    *,
    attachment_max_bytes: int,
    attachment_max_count: int = 20,
    trusted_authserv_ids: list[str] | tuple[str, ...] = (),
    esp_name: str = "",
) -> ParsedEmail:
    """Read a raw message. Never raises: a message that cannot be read comes back
    with its headers only and ``unreadable`` saying why."""
    try:
        return _parse_email(
            raw,
            attachment_max_bytes=attachment_max_bytes,
            attachment_max_count=attachment_max_count,
            trusted_authserv_ids=trusted_authserv_ids,
            esp_name=esp_name,
        )
    except Exception as exc:  # RecursionError included: whatever the input, the caller gets an answer
        return _headers_only(raw, unreadable=unreadable_reason(exc))


def _headers_only(raw: bytes, *, unreadable: str) -> ParsedEmail:
    try:
        msg = parse_headers(raw)
    except Exception:
        msg = Message()
    try:
        date = parsedate_to_datetime(header_text(msg, "Date"))
        date = date if date.tzinfo else date.replace(tzinfo=UTC)
    except Exception:
        date = None
    from_addresses, from_problem = sender_addresses(msg)
    return ParsedEmail(
        message_id=message_id_of(raw, msg),
        from_addresses=from_addresses,
        subject=header_text(msg, "Subject")[:500],
        date=date,
        to=[address for _, address in _addresses(msg, "To")],
        recipients=_recipients(msg),
        in_reply_to=message_ids_in(header_text(msg, "In-Reply-To")),
        references=message_ids_in(" ".join(header_all(msg, "References"))),
        text="",
        plain="",
        html="",
        attachments=[],
        automatic=None,
        report=None,
        from_problem=from_problem,
        unreadable=unreadable,
    )


def _recipients(msg: Message) -> list[str]:
    found = [
        address.lower()
        for _, address in _addresses(msg, "To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Forwarded-To")
    ]
    return list(dict.fromkeys(found))


def _parse_email(
    raw: bytes,
    *,
    attachment_max_bytes: int,
    attachment_max_count: int,
    trusted_authserv_ids: list[str] | tuple[str, ...],
    esp_name: str,
) -> ParsedEmail:
    try:
        msg = parse_message(raw)
    except RecursionError:
        raise UnreadableEmail("its MIME structure is nested too deeply to read") from None
    _check_structure(msg)
    plains: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    for kind, part in iter_leaf_parts(msg):
        if kind in ("plain", "html"):
            text = decode_bytes(_part_bytes(part), part.get_param("charset"))
            if kind == "plain" and str(part.get_param("format") or "").lower() == "flowed":
                # Before trailing spaces are trimmed: they are what marks a flowed line.
                text = unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
            text = normalise_text(text)
            (plains if kind == "plain" else htmls).append(text)
            continue
        index = len(attachments)
        content_type = part.get_content_type()
        data = _part_bytes(part)
        filename = safe_filename(_part_filename(part), content_type=content_type, index=index + 1)
        refused = attachment_check(
            filename=filename, content_type=content_type, data=data, max_bytes=attachment_max_bytes
        )
        if not refused and index >= attachment_max_count:
            refused = f"more than {attachment_max_count} attachments"
        attachments.append(
            Attachment(
                index=index,
                filename=filename,
                content_type=content_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                inline=_part_disposition(part) == "inline",
                accepted=not refused,
                refused=refused,
            )
        )
    plain = "\n".join(p for p in plains if p.strip())
    html = "\n".join(h for h in htmls if h.strip())
    text = plain if plain.strip() else (html_to_text(html) if html else "")
    automatic = classify_automatic(msg, text)
    report = delivery_report(msg, text) if automatic and automatic[0] == "bounce" else None
    try:
        date = parsedate_to_datetime(header_text(msg, "Date"))
        if date.tzinfo is None:
            date = date.replace(tzinfo=UTC)
    except Exception:
        date = None
    to = [address for _, address in _addresses(msg, "To")]
    from_addresses, from_problem = sender_addresses(msg)
    return ParsedEmail(
        message_id=message_id_of(raw, msg),
        from_addresses=from_addresses,
        subject=header_text(msg, "Subject")[:500],
        date=date,
        to=to,
        recipients=_recipients(msg),
        in_reply_to=message_ids_in(header_text(msg, "In-Reply-To")),
        references=message_ids_in(" ".join(header_all(msg, "References"))),
        text=text,
        plain=plain,
        html=html,
        attachments=attachments,
        automatic=automatic,
        report=report,
        auth=auth_verdict(msg, trusted_authserv_ids=list(trusted_authserv_ids), esp_name=esp_name),
        from_problem=from_problem,
    )
