"""Mail for ``bench.email.side_by_side``: new questions and replies as real clients
write them, in the charsets they pick, built as RFC 822 bytes.

A message is a ``Letter`` (who writes, with which client, what new text, which
attachment) rendered either as an opening message to the support address or as a
reply to an ``Answered`` email: the email the person received from one of the two
systems. Only ``Answered`` differs between the systems, so a reply carries the same
words, client format, charset, attachment, Message-ID and Date on both sides, and
only its addressing (To, Subject, In-Reply-To/References) and the email quoted
under it belong to the system it answers.

Clients and charsets (share of people):

===================  ==========================  ==============================================
client               charset, transfer encoding  format
===================  ==========================  ==============================================
Gmail en/pt/es/pl    UTF-8, quoted-printable     text + HTML, top-posted, ``gmail_quote``
Outlook en/de        windows-1252, QP            text + HTML, "From:/Sent:" (or "Von:") block
Apple Mail fr        ISO-8859-1, QP              text + HTML, ``blockquote type=cite``
iPhone Mail en       UTF-8, QP                   text only, "Sent from my iPhone"
Thunderbird de       ISO-8859-1, QP, flowed      text only, bottom-posted
The Bat! ru          KOI8-R, base64              text only, "пишет:" attribution
Mobile mail ja       ISO-2022-JP, 7bit           text only, Japanese attribution
Outlook on the web   UTF-8, QP                   HTML only
Mutt                 US-ASCII, 7bit              text only, bottom-posted, "-- " signature
===================  ==========================  ==============================================

Every message is 7-bit clean on the wire (8-bit bodies are left out: see the
README on how helpdesk reads them). Characters of a quoted email that the
client's charset lacks become "?".
"""

from __future__ import annotations

import html
import random
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import MIMEPart
from email.policy import SMTP
from email.utils import format_datetime, formataddr

EPOCH = datetime(2025, 3, 4, 10, 2, tzinfo=UTC)  # when the answered emails were sent

# --- what people write ---------------------------------------------------------------

QUESTIONS = {
    "en": [
        (
            "Question about my account",
            "Hello,\n\nmy account was restricted yesterday and I don't know why.\n"
            "I have been working on the platform for three years without a single complaint.\n"
            "What can I do to have it reviewed?\n\nThank you",
        ),
        (
            "Payment on hold",
            "Hi,\n\nthe payment for my last contract has been on hold for a week.\n"
            "The client confirmed the work was done. Can you tell me when it will be released?",
        ),
        (
            "Review removed from my profile",
            "Hello,\n\na five-star review disappeared from my profile today.\n"
            "The client left it himself after a real job. Why was it removed?\n\nBest regards",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre a minha conta",
            "Olá,\n\nminha conta foi restringida ontem e não sei por quê.\n"
            "Trabalho na plataforma há três anos sem nenhuma reclamação. O que posso fazer?\n\nObrigado",
        ),
        (
            "Pagamento retido",
            "Olá,\n\no pagamento do meu último contrato está retido há uma semana.\n"
            "O cliente confirmou que o trabalho foi concluído. Quando será liberado?",
        ),
    ],
    "es": [
        (
            "Pregunta sobre mi cuenta",
            "Hola:\n\nayer restringieron mi cuenta y no sé por qué.\n"
            "Llevo tres años trabajando en la plataforma sin ninguna queja. ¿Qué puedo hacer?\n\nGracias",
        ),
    ],
    "pl": [
        (
            "Pytanie o moje konto",
            "Dzień dobry,\n\nwczoraj moje konto zostało ograniczone i nie wiem dlaczego.\n"
            "Pracuję na platformie od trzech lat bez żadnej skargi. Co mogę zrobić?\n\nPozdrawiam",
        ),
    ],
    "en-1252": [
        (
            "Account restricted – please help",
            "Hi,\n\nI’m writing because my account was restricted this morning.\n"
            "I’ve got €1,200 in pending payments and two clients waiting on me.\n"
            "Could you tell me what “unusual feedback activity” means?\n\nKind regards",
        ),
    ],
    "de-1252": [
        (
            "Frage zu meinem Konto",
            "Hallo,\n\nmein Konto wurde gestern eingeschränkt. Ich weiß nicht, warum – "
            "ich arbeite seit drei Jahren über die Plattform.\nKönnen Sie das bitte prüfen?\n\nMit freundlichen Grüßen",
        ),
    ],
    "fr": [
        (
            "Question à propos de mon compte",
            "Bonjour,\n\nmon compte a été restreint hier et je ne comprends pas "
            "pourquoi.\nJe travaille sur la plateforme depuis trois ans sans aucune réclamation.\n"
            "Que dois-je faire ?\n\nCordialement",
        ),
        (
            "Paiement bloqué",
            "Bonjour,\n\nle paiement de mon dernier contrat est bloqué depuis une semaine.\n"
            "Le client a confirmé que le travail était terminé. Quand sera-t-il débloqué ?",
        ),
    ],
    "de": [
        (
            "Bewertung gelöscht",
            "Guten Tag,\n\neine Fünf-Sterne-Bewertung ist heute aus meinem Profil "
            "verschwunden.\nDer Kunde hat sie nach einem echten Auftrag selbst abgegeben. Warum wurde sie gelöscht?\n\n"
            "Viele Grüße",
        ),
    ],
    "ru": [
        (
            "Вопрос по моему аккаунту",
            "Здравствуйте!\n\nВчера мой аккаунт был ограничен, и я не понимаю почему.\n"
            "Я работаю на платформе три года без единой жалобы. Что мне делать?\n\nС уважением",
        ),
        (
            "Платёж заблокирован",
            "Добрый день!\n\nОплата за последний заказ заблокирована уже неделю.\n"
            "Заказчик подтвердил, что работа выполнена. Когда деньги будут переведены?",
        ),
    ],
    "ja": [
        (
            "アカウントについて",
            "ご担当者様\n\n昨日アカウントが制限されましたが、理由がわかりません。\n"
            "三年間、苦情なしでこのプラットフォームで仕事をしてきました。\nどうすればよいでしょうか。\n\n"
            "よろしくお願いいたします。",
        ),
    ],
}

ANSWERS = {
    "en": [
        "The other account belongs to my brother; we share a flat and its internet connection.",
        "I have attached the invoices for the three jobs.\nThe clients paid through the platform.",
        "I never paid anyone for a review. Please look again.",
        "Yes, I know the client: we studied together. The work was real and I can show the files.",
    ],
    "pt": [
        "A outra conta é do meu irmão; dividimos o apartamento e a internet.",
        "Nunca paguei ninguém por uma avaliação. Por favor, verifiquem de novo.",
    ],
    "es": [
        "La otra cuenta es de mi hermano; compartimos piso y conexión a internet.",
        "Nunca he pagado a nadie por una reseña. Por favor, revísenlo otra vez.",
    ],
    "pl": [
        "Drugie konto należy do mojego brata; mieszkamy razem i dzielimy internet.",
        "Nigdy nikomu nie płaciłem za opinię. Proszę to jeszcze raz sprawdzić.",
    ],
    "en-1252": [
        "I’ve attached the invoices – the clients paid through the platform, €450 in total.",
        "The “other account” is my wife’s; she’s a designer and we share the laptop.",
    ],
    "de-1252": [
        "Das andere Konto gehört meiner Schwester – wir wohnen zusammen und teilen den Internetanschluss.",
        "Ich habe nie jemanden für eine Bewertung bezahlt. Bitte prüfen Sie das noch einmal.",
    ],
    "fr": [
        "L'autre compte appartient à mon frère ; nous partageons l'appartement et la connexion.",
        "Je n'ai jamais payé qui que ce soit pour un avis. Merci de vérifier à nouveau.",
        "Oui, je connais le client : nous avons étudié ensemble. Le travail était réel.",
    ],
    "de": [
        "Das andere Konto gehört meinem Bruder; wir teilen uns die Wohnung und den Anschluss.",
        "Die Rechnungen für die drei Aufträge hänge ich an. Die Kunden haben über die Plattform bezahlt.",
    ],
    "ru": [
        "Второй аккаунт принадлежит моему брату, мы живём в одной квартире и пользуемся одним интернетом.",
        "Я никогда никому не платил за отзывы. Пожалуйста, проверьте ещё раз.",
    ],
    "ja": [
        "もう一つのアカウントは兄のものです。同じ部屋に住んでいて、回線を共有しています。",
        "評価のためにお金を払ったことは一度もありません。もう一度確認してください。",
    ],
}

FIRST_NAMES = {
    "en": ["Alice Walker", "Brian Moore", "Chloe Evans", "Daniel Hughes"],
    "pt": ["João Silva", "Ana Sousa", "Luís Pereira"],
    "es": ["María García", "José Martínez"],
    "pl": ["Łukasz Nowak", "Zofia Wójcik"],
    "fr": ["Zoé Lefèvre", "Hélène Dubois", "François Martin"],
    "de": ["Jürgen Müller", "Käthe Schröder", "Björn Weiß"],
    "ru": ["Иван Петров", "Ольга Смирнова", "Дмитрий Козлов"],
    "ja": ["山田太郎", "佐藤花子"],
}


@dataclass(frozen=True)
class Client:
    name: str
    lang: str  # key of QUESTIONS / ANSWERS
    names: str  # key of FIRST_NAMES
    domain: str
    share: float


CLIENTS = [
    Client("gmail", "en", "en", "gmail.example", 0.20),
    Client("gmail", "pt", "pt", "gmail.example", 0.05),
    Client("gmail", "es", "es", "gmail.example", 0.05),
    Client("gmail", "pl", "pl", "gmail.example", 0.04),
    Client("outlook", "en-1252", "en", "outlook.example", 0.15),
    Client("outlook", "de-1252", "de", "outlook.example", 0.05),
    Client("apple", "fr", "fr", "icloud.example", 0.08),
    Client("iphone", "en", "en", "icloud.example", 0.06),
    Client("thunderbird", "de", "de", "posteo.example", 0.07),
    Client("thebat", "ru", "ru", "yandex.example", 0.07),
    Client("mobile-ja", "ja", "ja", "docomo.example", 0.06),
    Client("owa", "en", "en", "live.example", 0.07),
    Client("mutt", "en", "en", "fastmail.example", 0.05),
]


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    client: Client


@dataclass(frozen=True)
class Letter:
    """One message as its writer makes it, before it is addressed to a system."""

    person: Person
    number: int  # its place in the corpus: Message-ID and Date
    text: str  # the new text
    subject: str  # for an opening message
    attachment: bytes | None  # a PNG screenshot, or none

    @property
    def message_id(self) -> str:
        return f"<bench.{self.number:05d}.{self.person.client.name}@mail.{self.person.client.domain}>"


@dataclass(frozen=True)
class Answered:
    """The email a reply answers, as the person's client shows it."""

    to: str  # where the reply goes (the email's Reply-To, or its From)
    subject: str
    message_id: str
    from_header: str  # its sender, named in the attribution line
    text: str  # its plain text, quoted under the reply


def people(count: int, rng: random.Random, *, domain_prefix: str) -> list[Person]:
    clients = rng.choices(CLIENTS, weights=[c.share for c in CLIENTS], k=count)
    out = []
    for n, client in enumerate(clients):
        name = rng.choice(FIRST_NAMES[client.names])
        out.append(Person(name=name, email=f"{domain_prefix}{n}@{client.domain}", client=client))
    return out


def screenshot_png(rng: random.Random, size: int = 20_000) -> bytes:
    """A valid PNG of about ``size`` bytes (noise does not compress)."""
    width = 96
    height = size // (width * 3) + 1
    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# --- building the bytes ----------------------------------------------------------------

CHARSETS = {
    "gmail": ("utf-8", "quoted-printable"),
    "outlook": ("windows-1252", "quoted-printable"),
    "apple": ("iso-8859-1", "quoted-printable"),
    "iphone": ("utf-8", "quoted-printable"),
    "thunderbird": ("iso-8859-1", "quoted-printable"),
    "thebat": ("koi8-r", "base64"),
    "mobile-ja": ("iso-2022-jp", "7bit"),
    "owa": ("utf-8", "quoted-printable"),
    "mutt": ("us-ascii", "7bit"),
}

REPLY_PREFIX = {"outlook": "RE: ", "thunderbird": "Re: ", "owa": "RE: "}


def _fit(text: str, charset: str) -> str:
    return text.encode(charset, errors="replace").decode(charset)


def _header(value: str, charset: str) -> str:
    """A header value as the client writes it: ASCII as is, anything else as
    RFC 2047 encoded words in the client's charset."""
    if value.isascii():
        return value
    return Header(value, "utf-8" if charset == "us-ascii" else charset).encode(linesep="\r\n")


def _address(name: str, email: str, charset: str) -> str:
    if name.isascii():
        return formataddr((name, email))
    return f"{_header(name, charset)} <{email}>"


def _quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _html_lines(text: str) -> str:
    return "".join(f"<div>{html.escape(line) or '<br>'}</div>" for line in text.splitlines())


def _attribution(client: str, lang: str, sender: str) -> str:
    when = EPOCH
    if client == "gmail":
        return {
            "en": f"On Tue, 4 Mar 2025 at 10:02, {sender} wrote:",
            "pt": f"Em ter., 4 de mar. de 2025 às 10:02, {sender} escreveu:",
            "es": f"El mar, 4 mar 2025 a las 10:02, {sender} escribió:",
            "pl": f"wt., 4 mar 2025 o 10:02 {sender} napisał(a):",
        }[lang]
    if client == "apple":
        return f"Le 4 mars 2025 à 10:02, {sender} a écrit :"
    if client == "iphone":
        return f"On 4 Mar 2025, at 10:02, {sender} wrote:"
    if client == "thunderbird":
        return f"Am {when:%d.%m.%y} um 10:02 schrieb {sender}:"
    if client == "thebat":
        return f"{when:%d.%m.%Y} 10:02, {sender} пишет:"
    if client == "mobile-ja":
        return f"2025年3月4日(火) 10:02 {sender}:"
    return f"On Tue, Mar 04, 2025 at 10:02:00AM +0000, {sender} wrote:"  # mutt


def _outlook_block(lang: str, sender: str, to: str, subject: str) -> tuple[str, str]:
    labels = ("Von", "Gesendet", "An", "Betreff") if lang.startswith("de") else ("From", "Sent", "To", "Subject")
    sent = "Dienstag, 4. März 2025 10:02" if lang.startswith("de") else "Tuesday, March 4, 2025 10:02 AM"
    values = (sender, sent, to, subject)
    plain = "________________________________\n" + "".join(f"{k}: {v}\n" for k, v in zip(labels, values, strict=True))
    rich = "".join(f"<b>{k}:</b> {html.escape(v)}<br>" for k, v in zip(labels, values, strict=True))
    return plain, rich


def render(letter: Letter, answered: Answered | None, *, support: str) -> bytes:
    """The message as the person's client sends it: a new question to ``support``
    when ``answered`` is None, else a reply to ``answered``."""
    person, client = letter.person, letter.person.client
    charset, cte = CHARSETS[client.name]
    # Header lines are written here, not by the email package, whose policies
    # re-encode every non-ASCII header in UTF-8: clients use their own charset.
    headers = [("From", _address(person.name, person.email, charset))]
    if answered is None:
        headers += [("To", support), ("Subject", _header(letter.subject, charset))]
    else:
        prefix = REPLY_PREFIX.get(client.name, "Re: ")
        if client.name == "outlook" and client.lang.startswith("de"):
            prefix = "AW: "
        headers += [("To", answered.to), ("Subject", _header(prefix + answered.subject, charset))]
    headers += [
        ("Date", format_datetime(EPOCH + timedelta(hours=2, seconds=letter.number * 7))),
        ("Message-ID", letter.message_id),
    ]
    if answered is not None:
        headers += [("In-Reply-To", answered.message_id), ("References", answered.message_id)]
    headers.append(("MIME-Version", "1.0"))
    if client.name == "outlook":
        headers += [
            ("Thread-Topic", _header(answered.subject if answered else letter.subject, charset)),
            ("X-MS-Has-Attach", "yes" if letter.attachment else ""),
        ]
    elif client.name in ("apple", "iphone"):
        mailer = "iPhone Mail (22D82)" if client.name == "iphone" else "Apple Mail (2.3826.400.131.1.6)"
        headers.append(("X-Mailer", mailer))
    elif client.name == "thunderbird":
        headers.append(("User-Agent", "Mozilla Thunderbird"))
    elif client.name == "thebat":
        headers.append(("X-Mailer", "The Bat! (v10.5.3.1) Professional"))
    elif client.name == "mutt":
        headers.append(("User-Agent", "NeoMutt/20231103"))

    new = letter.text
    if client.name == "iphone":
        new += "\n\nSent from my iPhone"
    elif client.name == "mutt":
        new += "\n\n-- \n" + person.name
    plain, rich = new, _html_lines(new)
    if answered is not None:
        quoted = _fit(answered.text, charset)
        sender = _fit(answered.from_header, charset)
        if client.name in ("outlook", "owa"):
            block, rich_block = _outlook_block(client.lang, sender, _fit(person.name, charset), answered.subject)
            plain = f"{new}\n\n{block}\n{quoted}"
            rich = (
                f'<div style="font-family:Aptos">{_html_lines(new)}</div><div id="appendonsend"></div>'
                f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">{rich_block}</div>'
                f"<div>{_html_lines(quoted)}</div>"
            )
        elif client.name in ("thunderbird", "mutt"):  # bottom-posted
            plain = f"{_attribution(client.name, client.lang, sender)}\n{_quote_lines(quoted)}\n\n{new}\n"
        else:
            attribution = _attribution(client.name, client.lang, sender)
            plain = f"{new}\n\n{attribution}\n\n{_quote_lines(quoted)}\n"
            if client.name == "gmail":
                rich = (
                    f'<div dir="ltr">{_html_lines(new)}</div><br><div class="gmail_quote">'
                    f'<div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{_html_lines(quoted)}</blockquote></div>'
                )
            else:  # Apple Mail
                rich = (
                    f'<div>{_html_lines(new)}</div><div><br><blockquote type="cite"><div>'
                    f"{html.escape(attribution)}</div><br><div>{_html_lines(quoted)}</div></blockquote></div>"
                )

    body = MIMEPart(policy=SMTP)
    if client.name == "owa":  # HTML only
        page = f'<html><head><meta charset="utf-8"></head><body dir="ltr">{rich}</body></html>'
        body.set_content(page, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if client.name in ("thunderbird", "mutt") else {}
        body.set_content(plain, charset=charset, cte=cte, params=params)
        if client.name in ("gmail", "outlook", "apple"):
            rich_charset = "utf-8" if client.name == "gmail" else charset
            body.add_alternative(
                f"<html><head></head><body>{rich}</body></html>", subtype="html", charset=rich_charset, cte=cte
            )
    if letter.attachment is not None:
        body.add_attachment(letter.attachment, maintype="image", subtype="png", filename="screenshot.png")
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return head.encode("ascii") + body.as_bytes(policy=SMTP)
