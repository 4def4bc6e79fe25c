"""Reply extraction: the new text a person wrote, without the quoted history,
client-added headers and signatures. Pure functions, no Django, no database.

How a reply is read, top to bottom:

1. HTML-only replies are converted to text first (``html_to_text``): block
   elements become lines, ``<blockquote>`` and the clients' quote containers
   (Gmail, Yahoo, Proton) become ``>``-prefixed lines, signature containers get a
   ``-- `` delimiter, ``<hr>`` becomes Outlook's underscore line; scripts, styles
   and images are dropped.
2. The first *hard cut* ends the new text: our "Reply above this line" marker, an
   Outlook-style header block (From:/Sent:/To:/Subject: in many languages),
   "-----Original Message-----"-style separators, forwarded-message banners, or an
   "On … wrote:" attribution line that is *not* followed by ``>`` quoting (so the
   history below it is unquoted).
3. Above the cut, ``>``-quoted lines and the attribution lines that introduce them
   are removed; whatever the person wrote between or after quotes (bottom and
   inline posting) stays.
4. A signature is removed: the ``-- `` delimiter, or a mobile-client line such as
   "Sent from my iPhone" / "Envoyé de mon iPhone" / "Von meinem iPhone gesendet".
5. The conservative rule: the person's words are never dropped on a guess. When
   the result would be empty although the message holds unquoted text, or when a
   "signature" would take away a sentence, more is kept and ``Reply.kept_more``
   is set, so the case page says "quoted history may be included".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

logger = logging.getLogger(__name__)

__all__ = ["Reply", "extract_reply", "html_to_text", "normalise_text"]


@dataclass(frozen=True)
class Reply:
    text: str  # the new text
    signature: str  # what was removed as a signature ("" when none)
    cut: str  # what ended the new text: "", "marker", "header", "separator", "forward", "attribution"
    quoted: bool  # quoted history was found and removed
    source: str  # "plain" or "html"
    # The conservative rule kept more than the usual cut would have (quoted history
    # or a signature may be in ``text``): the case page says so.
    kept_more: bool = False

    @property
    def forwarded(self) -> bool:
        return self.cut == "forward"


# --- text normalisation ---------------------------------------------------------------

# Zero-width characters, soft hyphens and the bidirectional marks right-to-left
# clients put around attributions and signatures.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c",
    ),
    None,
)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u3000"), " ")


def normalise_text(text: str) -> str:
    """Unix newlines, no trailing blanks. The person's characters stay as they typed
    them (a soft hyphen, a no-break space), only a byte-order mark goes; the
    patterns read lines through ``_plain``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")  # a byte-order mark is no text
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _plain(line: str) -> str:
    """A line as the patterns read it: no zero-width characters, soft hyphens or
    direction marks, ordinary spaces (a line of only a ZWSP or a word joiner is blank)."""
    return line.translate(_INVISIBLE).translate(_SPACES).rstrip()


def _tidy(lines: list[str]) -> str:
    """Trim blank and separator-only lines at both ends, collapse blank runs."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    while out and (not out[0].strip()):
        out.pop(0)
    while out and (not out[-1].strip() or _ONLY_PUNCT.match(out[-1])):
        out.pop()
    return "\n".join(out).strip("\n")


_ONLY_PUNCT = re.compile(r"^\s*[_\-=*~#.·•]{2,}\s*$")

# --- patterns -----------------------------------------------------------------------

_QUOTED = re.compile(r"^\s*>")
_MARKER = re.compile(r"reply\s+above\s+this\s+line", re.I)

# "On <date>, <name> wrote:" — the verb, in the languages our users write in.
_WROTE_VERBS = (
    r"wrote|writes|has\s+written"
    r"|a\s+[ée]crit"
    r"|schrieb|hat\s+.{0,160}geschrieben"
    r"|escribi[óo]"
    r"|ha\s+scritto|scrisse"
    r"|escreveu"
    r"|schreef|heeft\s+.{0,160}geschreven"
    r"|skrev"
    r"|napisa[łl]\(a\)|napisa[łl]a?|pisze"
    r"|napsal\(a\)|napsala?"
    r"|пишет|написал\(а\)|написала?|пише|написав|написала"
    r"|كتب|تمت\s+كتابة\s+ما\s+يلي\s+بواسطة"
    r"|ने\s+लिखा"
    r"|kirjoitti|yazd[ıi]|έγραψε|írta|đã\s+viết"
)
# Japanese, Chinese and Korean attach the verb to the date or name: no word boundary.
_WROTE_CJK = r"のメール|は書きました|が書きました|写道|寫道|撰写了|님이\s*작성"
_WROTE = re.compile(rf"(?:(?:^|[\s,)>])(?:{_WROTE_VERBS})(?:\s|$|[:：]|\()|(?:{_WROTE_CJK}))", re.I)
_NAME_ADDRESS = re.compile(r"^\s*[^<>@:]{0,80}<[^\s<>]+@[^\s<>]+>\s*$")
_LEADS = re.compile(r"^(?:on|le|am|el|il\s+giorno|il|em|op|den|d\.|w\s+dniu|dnia|dne|в|το|vào|on\s+\w+day)\b", re.I)
_DATEISH = re.compile(r"\d{1,4}[./\-年]\s?\d{1,2}|\d{1,2}:\d{2}|\b(19|20)\d{2}\b")
_ENDS_COLON = re.compile(r"[:：]\s*$")
# Gmail in Russian or Japanese writes no verb: "вт, 4 мар. 2025 г. в 10:02, Name <a@b>:"
_ADDRESS_COLON = re.compile(r"<?[^\s<>]+@[^\s<>]+>?\)?\s*[:：]\s*$")

_HEADER_FROM = (
    r"from|de|de\s+la|von|da|van|fr[åa]n|fra|od|от|差出人|发件人|寄件者|寄件人|lähettäjä|feladó|kimden|보낸\s*사람|από"
    r"|من|प्रेषक|від|nadawca|寄件者"
)
_HEADER_OTHER = (
    r"sent|date|to|subject|cc|reply-to"
    r"|envoy[ée]|[àa]|objet|répondre\s+à"
    r"|gesendet|datum|an|betreff|antwort\s+an"
    r"|enviado(?:\s+el)?|enviada\s+em|fecha|para|asunto|assunto|data"
    r"|inviato|oggetto"
    r"|verzonden|aan|onderwerp"
    r"|skickat|till|ämne|sendt|til|emne"
    r"|wysłano|wysłane|do|temat"
    r"|отправлено|дата|кому|тема|копия"
    r"|送信日時|送信日|宛先|件名|日付"
    r"|发送时间|發送時間|收件人|主题|主旨|日期|抄送"
    r"|lähetetty|vastaanottaja|aihe|elküldve|címzett|tárgy|gönderildi|kime|konu"
    r"|odesláno|odoslané|komu|předmět|predmet|trimis|către|subiect|στάλθηκε|ημερομηνία|προς|θέμα|κοιν"
    r"|보낸\s*날짜|받는\s*사람|참조|제목|날짜"
    r"|تم\s+الإرسال|إلى|الموضوع|التاريخ|نسخة"
    r"|भेजा\s+गया|प्रति|विषय|दिनांक"
    r"|надіслано|копія|adresat|kopia|寄件日期|收件者|副本"
)
_HEADER_FROM_RE = re.compile(rf"^\s*\*?\s*(?:{_HEADER_FROM})\s*\*?\s*[:：]", re.I)
_HEADER_OTHER_RE = re.compile(rf"^\s*\*?\s*(?:{_HEADER_OTHER})\s*\*?\s*[:：]", re.I)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")

# "-----Original Message-----", "---------- Forwarded message ---------",
# "-------- Message transféré --------": dashes, some words, dashes.
_DASH_BANNER = re.compile(r"^\s*[-–—=]{2,}\s*[^\s\-–—=].{0,60}?\s*[-–—=]{2,}\s*$")
_FORWARD_WORDS = re.compile(
    r"forward|fwd|transf[ée]r|weitergeleitet|reenviad|inoltrat|encaminhad|reencaminhad|doorgestuurd"
    r"|vidarebefordra|videresend|przekazan|пересыла|переадресова|転送|转发|轉寄|välitetty",
    re.I,
)
_FORWARD_INTRO = re.compile(
    r"^\s*(?:begin\s+forwarded\s+message|forwarded\s+message|début\s+du\s+message\s+réexpédié"
    r"|anfang\s+der\s+weitergeleiteten\s+nachricht|inicio\s+del\s+mensaje\s+reenviado"
    r"|inizio\s+messaggio\s+inoltrato|início\s+da\s+mensagem\s+reencaminhada"
    r"|begin\s+doorgestuurd\s+bericht|vidarebefordrat\s+brev|początek\s+przekazywanej\s+wiadomości"
    r"|начало\s+переадресованного\s+сообщения|転送されたメッセージ|以下是转发的邮件|转发的邮件)\s*[:：]?\s*$",
    re.I,
)
_ORIGINAL_WORDS = re.compile(
    r"original|ursprüngliche|d'origine|originale?|oorspronkelijk|ursprungligt|oryginalna|исходное|元のメッセージ|原始邮件"
    r"|původní|pôvodn|alkuperäinen|eredeti|orijinal|оригинал|원본|الأصلية|मूल",
    re.I,
)

_MESSAGE_WORDS = re.compile(
    r"message|nachricht|mensaje|messaggio|mensagem|bericht|meddelande|wiadomość|сообщение|e-?mail|zpráva|správa"
    r"|повідомлення|лист|메시지|رسالة|संदेश",
    re.I,
)

_SIG_DELIMITER = re.compile(r"^(?:--|-- |—|––)\s*$")
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:"
    # English
    r"sent\s+from\s+my\s+\S.{0,40}|sent\s+from\s+(?:outlook|mail|yahoo\s+mail|gmail|aol|proton\s?mail|samsung)\b.{0,40}"
    r"|sent\s+(?:with|via|using)\s+(?:proton\s?mail|\S+\s+mail|blackberry|fastmail).{0,40}"
    r"|get\s+outlook\s+for\s+(?:ios|android).{0,40}"
    # French
    r"|envoy[ée]\s+(?:de|depuis|à\s+partir\s+de|avec)\s+(?:mon|ma|outlook|yahoo|l['’]application|gmail)\b.{0,40}"
    r"|télécharger\s+outlook\s+pour\s+(?:ios|android).{0,20}"
    # German
    r"|von\s+meinem\s+.{1,40}\s+gesendet|gesendet\s+(?:von|mit|vom)\s+(?:meinem\s+)?.{1,40}"
    r"|von\s+outlook\s+für\s+(?:ios|android)\s+gesendet|outlook\s+für\s+(?:ios|android)\s+beziehen"
    # Spanish, Italian, Portuguese
    r"|enviado\s+desde\s+(?:mi\s+)?.{1,60}|obtener\s+outlook\s+para\s+(?:ios|android).{0,20}"
    r"|inviato\s+(?:da|dal\s+mio)\s+.{1,40}|scarica\s+outlook\s+per\s+(?:ios|android).{0,20}"
    r"|enviado\s+(?:do\s+meu|do|a\s+partir\s+do)\s+.{1,40}|obter\s+o\s+outlook\s+para\s+(?:ios|android).{0,20}"
    # Dutch, Swedish, Danish/Norwegian
    r"|(?:verzonden|verstuurd)\s+(?:vanaf|met|van|via)\s+(?:mijn\s+)?.{1,40}"
    r"|skickat\s+från\s+(?:min\s+)?.{1,40}|sendt\s+fra\s+(?:min\s+)?.{1,40}"
    # Czech, Slovak
    r"|odesl[áa]no\s+z\s+.{1,50}|odoslan[ée]\s+z\s+.{1,50}"
    # Polish, Russian
    r"|wys[łl]an[eo]\s+z\s+(?:mojego\s+)?.{1,40}"
    r"|отправлено\s+(?:с|из)\s+(?:моего\s+)?.{1,40}"
    # Korean, Turkish, Arabic, Ukrainian
    r"|.{0,30}에서\s*(?:보냄|보냈습니다)|.{1,40}\s+से\s+भेजा\s+गया|.{1,30}['’]?(?:[dt][ae]n|umdan|imden|ümden)\s+gönderildi|أ\u064f?رسلت\s+من\s+.{1,40}"
    r"|надіслано\s+з\s+.{1,40}"
    # Apps: "Get BlueMail for Android", "Sent from the all new AOL app for iOS", and
    # Outlook's download line in any language (it carries its aka.ms link).
    r"|get\s+\S+(?:\s+\S+)?\s+for\s+(?:ios|android|iphone|windows|mac)\b.{0,20}"
    r"|sent\s+from\s+(?:the\s+)?(?:all\s+new\s+)?\S+(?:\s+\S+)?\s+(?:app|mail)\b.{0,40}"
    r"|.{0,50}\boutlook\b.{0,50}<?https?://aka\.ms/\S+"
    # Any app by name: "Sent with Spark", "Sent from Nine", "Sent by Mailbird", "Envoyé avec
    # la messagerie sécurisée Proton Mail", "Téléchargez BlueMail pour Android".
    r"|sent\s+(?:with|from|by|via|using)\s+(?-i:[A-Z0-9])[^\s,;:!?]*(?:\s+[^\s,;:!?]+){0,4}"
    r"|envoy[ée]\s+(?:avec|via|par)\s+(?:la\s+messagerie|l['’]app(?:lication)?|(?-i:[A-Z])).{0,60}"
    r"|(?:t[ée]l[ée]charge[zr]|descarga|descargue|scarica|baixe|download)\s+\S+(?:\s+\S+)?\s+(?:pour|para|per|for)\s+(?:ios|android|iphone|windows|mac)\b.{0,20}"
    # Japanese, Chinese
    r"|\S{1,30}から送信|発信元\s*\S{1,30}"
    r"|发自我的.{1,30}|發自我的.{1,30}|从我的.{1,30}发送|從我的.{1,30}傳送"
    r")[\s.!]*$",
    re.I,
)
# An app's link after its name ("Sent from Mail<https://go.microsoft.com/…> for Windows").
_ANGLE_LINK = re.compile(r"<https?://[^>\s]*>")
_BARE_LINK = re.compile(r"^\s*<?https?://\S+>?\s*$")


def _is_mobile_signature(line: str) -> bool:
    if len(line.strip()) <= 100 and _MOBILE_SIGNATURE.match(line):
        return True
    bare = _ANGLE_LINK.sub("", line)
    return bare != line and len(bare.strip()) <= 100 and bool(_MOBILE_SIGNATURE.match(bare))


_VALEDICTION = re.compile(
    r"^\s*(?:(?:best|kind|warm|many)\s+(?:regards|wishes|thanks)|regards|thanks(?:\s+again)?|thank\s+you|cheers"
    r"|sincerely|yours(?:\s+\w+)?|best|mit\s+freundlichen\s+grüßen|viele\s+grüße|beste\s+grüße|gruß|mfg"
    r"|cordialement|bien\s+à\s+vous|salutations|saludos|un\s+saludo|atentamente|cordiali\s+saluti|saluti"
    r"|atenciosamente|cumprimentos|obrigad[oa]|met\s+vriendelijke\s+groet(?:en)?|groet(?:en)?"
    r"|vänliga\s+hälsningar|mvh|med\s+venlig\s+hilsen|venlig\s+hilsen|z\s+poważaniem|pozdrawiam"
    r"|с\s+уважением|よろしくお願いいたします|よろしくお願いします|此致|谢谢)[\s,.!]*$",
    re.I,
)
_CONTACT = re.compile(
    r"(?:\+?\d[\d\s().-]{6,}\d)|(?:https?://|www\.)\S+|\S+@\S+\.\w+|\s\|\s|^\s*[TMFPE]\s*:\s",
    re.I,
)

# --- line classifiers ----------------------------------------------------------------


def _wrote_at_end(line: str) -> bool:
    """ "Name wrote:" / "Name schrieb am 3. März:": at most three words between the
    verb and the colon ("This is what the customer wrote in the app chat on 12 Feb:"
    is the person's own sentence)."""
    matches = list(_WROTE.finditer(line))
    return bool(matches) and len(line[matches[-1].end() :].split()) <= 3


def _attribution_span(lines: list[str], i: int) -> int:
    """If an "On … wrote:" attribution starts at line i (it may be wrapped over up to
    three lines), return how many lines it spans; else 0."""
    first = lines[i].strip()
    if not first or _QUOTED.match(lines[i]):
        return 0
    span = _attribution_span_from(lines, i)
    if span > 1 and not _LEADS.match(first) and (_SENTENCE_END.search(first) or _starts_attribution(lines, i + 1)):
        # A line of the person's own text directly above a (wrapped) attribution:
        # the attribution starts on the next line, this one is kept.
        return 0
    return span


def _starts_attribution(lines: list[str], i: int) -> bool:
    return i < len(lines) and bool(_LEADS.match(lines[i].strip())) and bool(_attribution_span_from(lines, i))


_SENTENCE_END = re.compile(r"[.!?…。！？]\s*$")


def _attribution_span_from(lines: list[str], i: int) -> int:
    if i >= len(lines):
        return 0
    first = lines[i].strip()
    if not first or _QUOTED.match(lines[i]):
        return 0
    joined = first
    for span in range(1, 4):
        if span > 1:
            nxt = lines[i + span - 1].strip() if i + span - 1 < len(lines) else ""
            if not nxt or _QUOTED.match(lines[i + span - 1]):
                return 0
            joined = f"{joined} {nxt}"
        if len(joined) > 400:
            return 0
        if _ENDS_COLON.search(joined) and _looks_like_attribution(joined):
            return span
    return 0


def _looks_like_attribution(text: str) -> bool:
    if _WROTE.search(text):
        return "@" in text or bool(_LEADS.match(text)) or bool(_DATEISH.search(text))
    return bool(_ADDRESS_COLON.search(text) and _DATEISH.search(text))


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style header block starting at line i: at least three header
    lines (From:/Sent:/To:/Subject: in any order, as GMX puts Sent: first) within
    eight lines, one of them From:."""
    if not (_HEADER_FROM_RE.match(lines[i]) or _HEADER_OTHER_RE.match(lines[i])):
        return False
    window = []
    for line in lines[i : i + 8]:
        if not line.strip():  # a header block has no blank line inside
            break
        window.append(line)
    has_from = any(_HEADER_FROM_RE.match(line) for line in window)
    headers = sum(1 for line in window if _HEADER_FROM_RE.match(line) or _HEADER_OTHER_RE.match(line))
    return has_from and headers >= 3


def _is_separator(line: str) -> str:
    """'forward', 'separator' or ''."""
    if _FORWARD_INTRO.match(line):
        return "forward"
    if _DASH_BANNER.match(line) and not _MARKER.search(line):
        if _FORWARD_WORDS.search(line):
            return "forward"
        if _ORIGINAL_WORDS.search(line) or _MESSAGE_WORDS.search(line):
            return "separator"
    return ""


def _next_nonblank(lines: list[str], j: int) -> int:
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j


# --- extraction ----------------------------------------------------------------------


def extract_reply(text: str | None, *, html: str | None = None) -> Reply:
    """The new text of a reply. ``text`` is the text/plain body; ``html`` is used
    when there is no usable plain text."""
    source = "plain"
    if not (text or "").strip() and html:
        text = html_to_text(html)
        source = "html"
    # ``typed`` is what the person wrote, character for character; ``lines`` is what
    # the patterns read. The result is made of ``typed`` lines.
    typed = normalise_text(text or "").split("\n")
    lines = _other_quote_markers([_plain(line) for line in typed])

    cut_at, cut = len(lines), ""
    drop: set[int] = set()
    introducers: list[int] = []  # attributions directly above a quote
    i = 0
    while i < len(lines):
        line = lines[i]
        if _QUOTED.match(line) or not line.strip():
            i += 1
            continue
        if _MARKER.search(line):
            cut_at, cut = i, "marker"
            # An attribution line the client put just above our quoted marker.
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j >= 0 and ("@" in lines[j] or _ENDS_COLON.search(lines[j])) and len(lines[j]) < 300:
                start = j
                while start - 1 >= 0 and lines[start - 1].strip() and i - start < 3:
                    start -= 1
                if _looks_like_attribution(" ".join(s.strip() for s in lines[start : j + 1])):
                    cut_at = start
            break
        kind = _is_separator(line)
        if kind:
            cut_at, cut = i, kind
            break
        if _UNDERSCORES.match(line):
            j = _next_nonblank(lines, i + 1)
            if j < len(lines) and _is_header_block(lines, j):
                cut_at, cut = i, "header"
                break
        if _is_header_block(lines, i):
            cut_at, cut = i, "header"
            break
        span = _attribution_span(lines, i)
        if span:
            j = _next_nonblank(lines, i + span)
            if j < len(lines) and _QUOTED.match(lines[j]):
                drop.update(range(i, i + span))  # introduces a quote: remove, keep reading
                introducers.append(i)
                i += span
                continue
            cut_at, cut = i, "attribution"
            break
        if _ENDS_COLON.search(line) and ("@" in line or _wrote_at_end(line)) and len(line) < 300:
            # A custom attribution ("* Name <a@b> [date]:", "Name wrote:") directly above a quote.
            # "This is what the customer wrote in the chat:" is the person's own sentence.
            j = _next_nonblank(lines, i + 1)
            if j < len(lines) and j <= i + 2 and _QUOTED.match(lines[j]):
                drop.add(i)
        elif (
            _NAME_ADDRESS.match(line)
            and i + 1 < len(lines)
            and len(lines[i + 1].strip()) < 60
            and _DATEISH.search(lines[i + 1])
            and i + 2 < len(lines)
            and _QUOTED.match(lines[i + 2])
        ):
            # Postbox: "Name <a@b>" and the date on the next line, no verb, then the quote.
            drop.update((i, i + 1))
            introducers.append(i)
            i += 2
            continue
        i += 1

    if not cut:
        drop.update(_gateway_footer(lines))
    keep_quoted = 0
    if not cut and len(introducers) == 1:
        # Top-posting: one attribution and its quote run to the end, under the
        # person's text. ">" lines above it are theirs (a line they began with
        # ">", or part of our email they quoted on purpose to answer it).
        start = introducers[0]
        unquoted = [index for index, line in enumerate(lines) if line.strip() and not _QUOTED.match(line)]
        if unquoted and unquoted[0] < start and all(index in drop for index in unquoted if index >= start):
            cut_at, cut, keep_quoted = start, "attribution", start
    elif not cut and not introducers:
        # Apple Mail quotes the attribution too: the history is one ">" block at the
        # end that opens with "> On … wrote:". A ">" excerpt above it, inside the
        # person's own text, is theirs.
        start = _quoted_history(lines)
        if start is not None:
            cut_at, cut, keep_quoted = start, "attribution", start

    quoted = cut_at < len(lines)
    kept: list[str] = []
    kept_typed: list[str] = []
    for index, line in enumerate(lines[:cut_at]):
        if index in drop:
            quoted = True
            continue
        if _QUOTED.match(line) and index >= keep_quoted:
            quoted = True
            # Keep one blank line where a quote was, so interleaved answers stay apart.
            if kept and kept[-1].strip():
                kept.append("")
                kept_typed.append("")
            continue
        kept.append(line)
        kept_typed.append(typed[index] if line.strip() and not _QUOTED.match(line) else line)

    body, signature = _split_signature(kept)
    kept_more = False
    if (
        signature
        and not _SIG_DELIMITER.match(signature[0])
        and not _DISCLAIMER.match(signature[0])
        and _has_sentence(signature[1:])
    ):
        # A mobile or business-card "signature" followed by sentences: those are words.
        body, signature, kept_more = kept, [], True
    text_out = _tidy(kept_typed[: len(body)])
    if not text_out and (cut or quoted):
        fallback = _unquoted_words(lines, drop)
        if fallback:
            text_out, kept_more = fallback, True
    return Reply(text=text_out, signature=_tidy(signature), cut=cut, quoted=quoted, source=source, kept_more=kept_more)


_WORDY = re.compile(r"\w")


def _gateway_footer(lines: list[str]) -> list[int]:
    """A company's mail gateway appends its notice under the whole message, below
    the quoted history: a rule or "--" line, then a block holding a legal notice."""
    quoted = [index for index, line in enumerate(lines) if _QUOTED.match(line)]
    if not quoted:
        return []
    after = [index for index in range(quoted[-1] + 1, len(lines)) if lines[index].strip()]
    if not after:
        return []
    first = lines[after[0]]
    if not (_UNDERSCORES.match(first) or _SIG_DELIMITER.match(first) or _DISCLAIMER.match(first)):
        return []
    if len(after) > 12 or not any(_DISCLAIMER.match(lines[index]) for index in after):
        return []
    return after


def _quoted_history(lines: list[str]) -> int | None:
    """Where a final ">" block opening with a quoted attribution starts, when the
    person wrote unquoted text above it; else None."""
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or _QUOTED.match(lines[end - 1])):
        end -= 1
    start = _next_nonblank(lines, end)
    if start >= len(lines) or not any(line.strip() for line in lines[:end]):
        return None
    unquoted = [re.sub(r"^(\s*>)+\s?", "", line) for line in lines[start:]]
    return start if _attribution_span(unquoted, 0) else None


def _has_sentence(lines: list[str]) -> bool:
    """A line that reads as prose: six words or more, ending like a sentence."""
    return any(len(line.split()) >= 6 and _SENTENCE_END.search(line) for line in lines)


def _unquoted_words(lines: list[str], drop: set[int]) -> str:
    """Everything not ``>``-quoted, not an attribution and not our marker: what the
    result falls back to when the usual cut would leave nothing although the
    message holds unquoted text (the cut may have been wrong)."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _MARKER.search(line) and not _QUOTED.match(line):
            break  # our own email, unquoted (a quote-only reply from Outlook or Yahoo)
        if _QUOTED.match(line) or i in drop or _MARKER.search(line):
            i += 1
            continue
        if _UNDERSCORES.match(line) or _is_separator(line):
            i += 1
            continue
        if _is_header_block(lines, i):
            while i < len(lines) and lines[i].strip():
                i += 1
            continue
        span = _attribution_span(lines, i)
        if span:
            i += span
            continue
        kept.append(line)
        i += 1
    body, _signature = _split_signature(kept)
    text = _tidy(body)
    return text if _WORDY.search(text) else ""


# "|" (Sylpheed, mutt with indent_string "| "), ":" (Pine) and Gnus supercite's
# "Xyz>" (the quoted author's initials before ">").
_OTHER_QUOTE = re.compile(r"^\s*([|:]|[A-Za-z]{1,4}>)(?=\s|$)")


def _other_quote_markers(lines: list[str]) -> list[str]:
    """Quote markers other than ">" (Sylpheed's "|", Pine's ":"), read as quotes
    only in a block right under an attribution line: elsewhere a line starting
    with "|" or ":" is the person's own (a table, a list)."""
    out = list(lines)
    i = 0
    while i < len(out):
        span = _attribution_span(out, i) if out[i].strip() else 0
        if not span and _ENDS_COLON.search(out[i]) and (_WROTE.search(out[i]) or "@" in out[i]) and len(out[i]) < 300:
            span = 1  # "Name wrote:" or mutt's "* Name <a@b> [date]:", as these clients write it
        if not span:
            i += 1
            continue
        j = _next_nonblank(out, i + span)
        marker = _OTHER_QUOTE.match(out[j]) if j < len(out) else None
        if marker is None:
            i += span
            continue
        # The marker is a quote from here to the end of the message: the lines
        # between its blocks are the person's inline answers.
        sign = marker.group(1)
        while j < len(out):
            found = _OTHER_QUOTE.match(out[j])
            if found and found.group(1) == sign:
                out[j] = ">" + out[j].lstrip()[len(sign) :]
            j += 1
        i = j
    return out


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    for index, line in enumerate(lines):
        if _SIG_DELIMITER.match(line) and len(lines) - index <= 15:
            return lines[:index], lines[index:]
    nonblank = [index for index, line in enumerate(lines) if line.strip()]
    # A client's sign-off line is what the app appends: the last line (or last
    # few, "Sent from my iPhone" / "Get Outlook for iOS"). One with the person's
    # own lines after it ("Sent from my desk, not my phone :)" then a name) is theirs.
    # The app's web address may follow on its own line ("Sent with Aqua Mail" + link).
    start = None
    for index in reversed(nonblank[-3:]):
        if _is_mobile_signature(lines[index]):
            start = index
        elif _BARE_LINK.match(lines[index]) and start is None and index == nonblank[-1]:
            continue
        else:
            break
    if start is not None:
        return lines[:start], lines[start:]
    body, card = _split_business_card(lines, nonblank)
    if card:
        return body, card
    return _split_disclaimer(lines, nonblank)


# A legal notice appended under the sign-off, in the languages our users write in.
_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer|confidential|confidentiality\s+notice|this\s+(?:e-?mail|message)\s+(?:and\s+any|is\s+confidential|"
    r"may\s+contain|contains)|diese\s+(?:e-?mail|nachricht)\s+(?:enthält|ist\s+vertraulich|kann)|vertraulich"
    r"|ce\s+(?:message|courriel|e-?mail)\s+(?:et\s+(?:toutes|ses)|est\s+confidentiel|peut\s+contenir)|avis\s+de\s+confidentialité"
    r"|este\s+(?:mensaje|correo|e-?mail)\s+(?:y\s+sus|es\s+confidencial|puede\s+contener)|aviso\s+(?:legal|de\s+confidencialidad)"
    r"|questo\s+messaggio|il\s+presente\s+messaggio|esta\s+mensagem)",
    re.I,
)


def _split_disclaimer(lines: list[str], nonblank: list[int]) -> tuple[list[str], list[str]]:
    """The last paragraph, when it is a legal notice ("DISCLAIMER: This e-mail and
    any attachments are confidential…") below what the person wrote."""
    if len(nonblank) < 2:
        return lines, []
    start = nonblank[-1]
    while start - 1 >= 0 and lines[start - 1].strip():
        start -= 1
    if start > nonblank[0] and _DISCLAIMER.match(lines[start]):
        return lines[:start], lines[start:]
    return lines, []


def _split_business_card(lines: list[str], nonblank: list[int]) -> tuple[list[str], list[str]]:
    """A company signature without a delimiter: after the last sign-off ("Best
    regards,") and the name below it, up to six short lines of which at least one
    is contact details (phone, web address, email, "|" separators). The sign-off
    and the name stay: they are part of what the person wrote."""
    closing = [index for index in nonblank if _VALEDICTION.match(lines[index])]
    if not closing:
        return lines, []
    after = [index for index in nonblank if index > closing[-1]]
    if len(after) < 2 or len(after) > 7 or len(lines[after[0]].strip()) > 60:
        return lines, []
    card = after[1:]
    if card[0] != after[0] + 1:
        # A blank line between the name and the card: a block the person wrote out.
        return lines, []
    if all(len(lines[index].strip()) <= 90 for index in card) and any(_CONTACT.search(lines[index]) for index in card):
        return lines[: card[0]], lines[card[0] :]
    return lines, []


# --- HTML to text --------------------------------------------------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "object", "iframe", "svg", "math", "xml"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track"}
_QUOTE_CLASSES = {"gmail_quote", "gmail_quote_container", "yahoo_quoted", "protonmail_quote", "zmail_extra"}
_SIGNATURE_MARKS = {"gmail_signature", "moz-signature", "signature", "applemailsignature", "x_signature"}


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.current_depth = 0
        self.depth = 0
        self.skip = 0
        self.pre = 0
        self.space_div = False  # a <div> holding nothing but a space so far
        self.fresh_div = False
        # (tag, opened a quote level, "spaced" paragraph | Word's "word" line | "")
        self.stack: list[tuple[str, bool, str]] = []

    # lines
    def _flush(self, *, keep_empty: bool = False) -> None:
        raw = "".join(self.current)
        text = raw.strip("\n") if self.pre else re.sub(r"[ \t\r\n\f]+", " ", raw).strip()
        if not text and "\u00a0" in raw and not raw.strip():
            keep_empty = True  # <div>&nbsp;</div>: a blank line the person typed
        if not text and self.space_div:
            keep_empty = True  # Yandex writes a blank line as <div> </div>
        self.space_div = False
        if text or keep_empty:
            prefix = "> " * self.current_depth
            for part in text.split("\n") if text else [""]:
                self.lines.append((prefix + part).rstrip() if prefix else part)
        self.current = []
        self.current_depth = self.depth

    def _blank(self) -> None:
        if self.lines and self.lines[-1].strip("> ").strip():
            self.lines.append(("> " * self.depth).rstrip())

    # parser callbacks
    def handle_starttag(self, tag: str, attrs) -> None:
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            self.skip += 1
            if tag in _VOID_TAGS:
                self.skip -= 1
            return
        if self.skip:
            return
        self.fresh_div = tag == "div"
        self.space_div = False
        attributes = {key.lower(): (value or "") for key, value in attrs}
        marks = {c.lower() for c in attributes.get("class", "").split()} | {attributes.get("id", "").lower()}
        if attributes.get("data-smartmail") == "gmail_signature":
            marks.add("gmail_signature")
        if tag == "br":
            self._flush(keep_empty=True)
            return
        if tag == "hr":
            self._flush()
            self.lines.append(("> " * self.depth) + "_" * 32)
            return
        if tag in _VOID_TAGS:
            return
        opens_quote = tag == "blockquote" or bool(marks & _QUOTE_CLASSES)
        # Word's HTML (Outlook) writes each line as <p class=MsoNormal> with no
        # margin and a blank line as an empty one: no blank line of its own.
        word_line = tag == "p" and any(mark.startswith("mso") for mark in marks)
        spaced = tag == "p" and not word_line
        if tag in _BLOCK_TAGS or opens_quote:
            self._flush()
            if spaced:
                self._blank()
        if marks & _SIGNATURE_MARKS and not opens_quote:
            self._flush()
            self.lines.append(("> " * self.depth) + "-- ")
        if opens_quote:
            self.depth += 1
            self.current_depth = self.depth
        if tag == "pre":
            self.pre += 1
        if tag == "li":
            self.current.append("- ")
        if tag in ("td", "th"):
            self.current.append(" ")
        self.stack.append((tag, opens_quote, "spaced" if spaced else "word" if word_line else ""))

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or tag in _VOID_TAGS:
            return
        if not (tag == "div" and self.space_div):
            self.space_div = False
        self.fresh_div = False
        # Close up to the matching open tag (real-world HTML is rarely balanced).
        for position in range(len(self.stack) - 1, -1, -1):
            if self.stack[position][0] == tag:
                break
        else:
            return
        while len(self.stack) > position:
            open_tag, opened_quote, paragraph = self.stack.pop()
            if open_tag in _BLOCK_TAGS or opened_quote:
                self._flush(keep_empty=paragraph == "word")  # an empty Word line is a blank line
            if paragraph == "spaced":
                self._blank()
            if open_tag == "pre":
                self.pre = max(0, self.pre - 1)
            if opened_quote:
                self.depth = max(0, self.depth - 1)
                self.current_depth = self.depth

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.current:
            self.current_depth = self.depth
        self.space_div = self.fresh_div and bool(data) and not data.strip(" ") and not self.current
        self.fresh_div = False
        self.current.append(data)

    def text(self) -> str:
        self._flush()
        return _tidy(self.lines)


def html_to_text(html: str) -> str:
    """Readable text from an email's HTML: quotes as ``>`` lines, no markup, no
    script or style content. Never raises on malformed HTML."""
    builder = _TextBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError, RecursionError) as exc:  # html.parser's few refusals on hostile input
        logger.info("HTML part only partly read: %r", exc)
    return builder.text()
