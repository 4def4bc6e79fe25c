"""The reply-format corpus: realistic replies to our notices, one file each, as the
clients in use write them (plain, HTML-only or both; in the charset and transfer
encoding the file names), each with the new text a reviewer should see.

File format (``bench/email/corpus/*.txt``)::

    Client: Outlook 2019 (Windows)
    Language: de
    Part: plain            # plain | html | both | raw
    Charset: utf-8         # optional; the charset the body is sent in
    Encoding: 8bit         # optional: 7bit, 8bit, quoted-printable, base64
    Subject: …             # optional
    === text ===
    …the text/plain body (or, for Part: raw, the whole RFC 822 message)…
    === html ===
    …the text/html body (Part: html or both)…
    === expected ===
    …the new text, exactly…

``load_corpus()`` turns each file into real RFC 822 bytes with Python's email
package, so the corpus exercises MIME decoding as well as reply extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
# Written after the parser was tuned on CORPUS_DIR and scored before any change:
# the honest estimate of accuracy on formats we did not tune for.
HOLDOUT_DIR = Path(__file__).resolve().parent / "corpus-holdout"


def corpus_dirs() -> list[Path]:
    """Every corpus directory in the repository (corpus, corpus-holdout, corpus-unseen-N)."""
    return sorted(p for p in Path(__file__).resolve().parent.glob("corpus*") if p.is_dir())


REPLY_ADDRESS = "reply+16-2b-abcdefghijklmnopqrstuvwx@reply.example.com"
OUR_MESSAGE_ID = "<notice.1.case42@example.com>"


_CLASSES = [
    ("user text that looks like mail markup", r"adversarial|in-text|not-quote|double-dash"),
    ("only a quote", r"quote-only"),
    ("forward", r"forward"),
    ("invisible characters", r"zwsp|feff|shy|nbsp|rlm|zwnj"),
    ("quote markers other than >", r"pipe-quote|colon-quote|guillemet|indented-quote|nested|spaced"),
    ("mobile and app sign-offs", r"-sig|get-|obten|obter|herunterladen|sent-with|gesendet-mit|envoye|inviato|"
     r"skickat|enviado|von-meinem|faziwode|brevity|fairphone|widget"),
    ("header blocks and separators", r"header|original|orig|message-d|mensaje|messaggio|nachricht|puvodni|"
     r"message-du|yuanshi|datum|date-header|gesendet-first|od-do"),
    ("attribution lines", r"attr|wrote|schrieb|escreveu|schreef|napisa|pisze|pishet|skrev|xiedao|writes|"
     r"zitat|geschrieben|volgende|dem|dnia|date-first|by-address"),
    ("HTML-only", r"html"),
    ("charsets and encodings", r"raw-|sjis|big5|koi8|1251|cp1252"),
    ("short or long replies", r"short|emoji|long"),
]  # fmt: skip


@dataclass(frozen=True)
class CorpusCase:
    name: str
    client: str
    language: str
    part: str
    raw: bytes
    expected: str
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def kind(self) -> str:
        """The format class the case tests: ``Class:`` in its header, else guessed
        from the file name's words (the unseen sets name their files that way)."""
        if "class" in self.meta:
            return self.meta["class"]
        words = self.name.lower()
        for label, pattern in _CLASSES:
            if re.search(pattern, words):
                return label
        return "other"


def _sections(text: str) -> tuple[dict[str, str], dict[str, str]]:
    head, _, rest = text.partition("\n=== ")
    meta = {}
    for line in head.splitlines():
        if ":" in line and not line.startswith("#"):
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.split("  #")[0].strip()
    sections = {}
    for chunk in re.split(r"\n=== ", "\n=== " + rest)[1:]:
        title, _, body = chunk.partition(" ===\n")
        sections[title.strip()] = body
    return meta, sections


def _build(meta: dict[str, str], sections: dict[str, str], name: str) -> bytes:
    part = meta.get("part", "plain")
    if part == "raw":
        return sections["text"].replace("\n", "\r\n").encode(meta.get("charset", "utf-8"))
    charset = meta.get("charset", "utf-8")
    encoding = meta.get("encoding", "quoted-printable" if charset == "utf-8" else "8bit")
    msg = EmailMessage()
    msg["From"] = meta.get("from", "Fred Freelancer <subject@test.example>")
    msg["To"] = f'"Gigworks Trust & Safety" <{REPLY_ADDRESS}>'
    msg["Subject"] = meta.get("subject", "Re: Your account has been suspended (case #42)")
    msg["Date"] = "Tue, 04 Mar 2025 11:15:00 +0100"
    msg["Message-ID"] = f"<corpus.{name}@client.example>"
    msg["In-Reply-To"] = OUR_MESSAGE_ID
    msg["References"] = OUR_MESSAGE_ID
    text = sections.get("text", "")
    html = sections.get("html", "")
    cte = {"8bit": "8bit", "7bit": "7bit", "quoted-printable": "quoted-printable", "base64": "base64"}[encoding]
    if charset == "iso-2022-jp":
        cte = "7bit"
    if part in ("plain", "both"):
        _set_text(msg, text, "plain", charset, cte)
        if part == "both":
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        _set_text(msg, html, "html", charset, cte)
    return msg.as_bytes(policy=SMTP)


def _set_text(msg: EmailMessage, body: str, subtype: str, charset: str, cte: str) -> None:
    if charset == "utf-8":
        msg.set_content(body, subtype=subtype, charset="utf-8", cte=cte)
        return
    # Other charsets: encode ourselves, as the client would have.
    data = body.encode(charset)
    msg.set_content(data, maintype="text", subtype=subtype, cte=cte if cte != "7bit" else "7bit")
    msg.set_param("charset", charset)


def load_corpus(directory: Path = CORPUS_DIR) -> list[CorpusCase]:
    cases = []
    for path in sorted(directory.glob("*.txt")):
        meta, sections = _sections(path.read_text(encoding="utf-8"))
        expected = sections.get("expected", "").strip("\n")
        cases.append(
            CorpusCase(
                name=path.stem,
                client=meta.get("client", "?"),
                language=meta.get("language", "?"),
                part=meta.get("part", "plain"),
                raw=_build(meta, sections, path.stem),
                expected=expected,
                meta=meta,
            )
        )
    return cases
