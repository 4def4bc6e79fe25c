"""Reading raw mail: charsets, attachments, automatic mail, trusted verdicts."""

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from demo.mail_samples import bounce, out_of_office, with_attachment
from inbound_mail.mailparse import (
    attachment_check,
    auth_failure,
    decode_bytes,
    message_id_of,
    parse_email,
    safe_filename,
)

LIMIT = 1024 * 1024


def _message(body: bytes | str, *, charset: str = "utf-8", cte: str = "8bit", headers: dict | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Fred <subject@test.example>"
    msg["To"] = "reply+x@reply.example.com"
    msg["Subject"] = "Re: case"
    msg["Message-ID"] = "<m1@client.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    if isinstance(body, str):
        msg.set_content(body, charset=charset, cte=cte)
    else:
        msg.set_content(body, maintype="text", subtype="plain", cte=cte)
        msg.set_param("charset", charset)
    return msg.as_bytes(policy=SMTP)


@pytest.mark.parametrize(
    ("text", "charset", "cte"),
    [
        ("Déjà reçu, merci.", "iso-8859-1", "quoted-printable"),
        ("I didn’t – really – do it.", "windows-1252", "8bit"),
        ("ご確認ください。", "iso-2022-jp", "7bit"),
        ("Здравствуйте", "koi8-r", "base64"),
        ("您好，请查收", "gb2312", "base64"),
        ("Grüße 😀", "utf-8", "base64"),
    ],
)
def test_body_charsets_are_decoded(text, charset, cte):
    raw = _message(text.encode(charset), charset=charset, cte=cte)
    assert parse_email(raw, attachment_max_bytes=LIMIT).text.strip() == text


def test_windows_1252_labelled_latin_1_is_read_as_windows_1252():
    assert decode_bytes("it’s".encode("cp1252"), "iso-8859-1") == "it’s"


def test_utf8_labelled_latin_1_is_read_as_utf8():
    assert decode_bytes("Grüße".encode(), "iso-8859-1") == "Grüße"


def test_unknown_charset_label_falls_back_without_raising():
    assert decode_bytes("café".encode(), "x-unknown-8bit") == "café"


def test_encoded_word_headers_are_decoded():
    raw = _message("ok", headers={"Cc": "=?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@test.example>"})
    raw = raw.replace(b"Subject: Re: case", b"Subject: =?iso-8859-1?q?R=E9ponse_=E0_votre_demande?=")
    assert parse_email(raw, attachment_max_bytes=LIMIT).subject == "Réponse à votre demande"


def test_missing_message_id_gets_a_stable_one_from_the_bytes():
    raw = _message("hello").replace(b"Message-ID: <m1@client.example>\r\n", b"")
    assert message_id_of(raw) == message_id_of(raw)
    assert message_id_of(raw).endswith("@no-message-id.invalid>")


# --- attachments ----------------------------------------------------------------------


def test_attachments_are_listed_with_their_size_and_type():
    raw = with_attachment(
        _message("see attached"),
        filename="invoice.pdf",
        content_type="application/pdf",
        data=b"%PDF-1.7\n" + b"0" * 100,
    )
    (attachment,) = parse_email(raw, attachment_max_bytes=LIMIT).attachments
    assert (attachment.filename, attachment.content_type, attachment.size, attachment.accepted) == (
        "invoice.pdf",
        "application/pdf",
        109,
        True,
    )


@pytest.mark.parametrize(
    ("filename", "data", "why"),
    [
        ("big.pdf", b"%PDF" + b"0" * (LIMIT + 1), "too large"),
        ("setup.exe", b"MZ\x90\x00" + b"0" * 10, "executable"),
        ("invoice.pdf", b"MZ\x90\x00" + b"0" * 10, "executable"),
        ("photo.jpg", b"<html><script>", "does not match"),
        ("macro.docm", b"PK\x03\x04", "not accepted"),
        ("page.html", b"<html>", "not accepted"),
        ("notes.txt", b"abc\x00\x01", "binary content"),
    ],
)
def test_oversize_and_dangerous_attachments_are_refused(filename, data, why):
    assert why in attachment_check(
        filename=filename, content_type="application/octet-stream", data=data, max_bytes=LIMIT
    )


def test_bidi_override_in_a_filename_cannot_disguise_an_executable():
    name = safe_filename("invoice\u202efdp.exe", content_type="application/pdf", index=1)
    assert name == "invoicefdp.exe"
    assert "not accepted" in attachment_check(filename=name, content_type="application/pdf", data=b"x", max_bytes=9)


def test_path_in_a_filename_is_dropped():
    assert safe_filename("../../etc/passwd", content_type="text/plain", index=1) == "passwd"


# --- automatic mail ---------------------------------------------------------------------


def test_out_of_office_is_automatic():
    parsed = parse_email(out_of_office(to="reply+x@reply.example.com", in_reply_to=None), attachment_max_bytes=LIMIT)
    assert parsed.automatic[0] == "auto_reply"


@pytest.mark.parametrize(
    "headers",
    [
        {"Precedence": "auto_reply"},
        {"X-Autoreply": "yes"},
        {"Auto-Submitted": "auto-generated"},
        {"Subject": "Abwesenheitsnotiz: Re: case"},
        {"Subject": "Réponse automatique : votre demande"},
        {"Subject": "自動応答: case"},
    ],
)
def test_auto_replies_are_recognised(headers):
    subject = headers.pop("Subject", None)
    raw = _message("away", headers=headers)
    if subject:
        raw = raw.replace(b"Subject: Re: case", f"Subject: {subject}".encode())
    assert parse_email(raw, attachment_max_bytes=LIMIT).automatic[0] == "auto_reply"


def test_bulk_mail_is_automatic_but_a_human_reply_is_not():
    assert parse_email(_message("x", headers={"Precedence": "bulk"}), attachment_max_bytes=LIMIT).automatic[0] == (
        "mailing_list"
    )
    assert parse_email(_message("x", headers={"Auto-Submitted": "no"}), attachment_max_bytes=LIMIT).automatic is None


def test_a_bounce_names_the_message_that_bounced():
    parsed = parse_email(bounce(original_message_id="<abc@example.com>"), attachment_max_bytes=LIMIT)
    assert parsed.automatic[0] == "bounce"
    assert parsed.report.message_ids == ["<abc@example.com>"]
    assert parsed.report.permanent and parsed.report.status == "5.1.1"


# --- authentication verdicts --------------------------------------------------------------


def test_authentication_results_from_our_mta_are_trusted_and_others_ignored():
    forged = "evil.example; dmarc=pass; spf=pass"
    ours = "mx.example.com; spf=fail smtp.mailfrom=subject@test.example; dkim=none; dmarc=fail"
    raw = _message("hi", headers={"Authentication-Results": ours})
    raw = raw.replace(b"From:", f"Authentication-Results: {forged}\r\nFrom:".encode(), 1)
    parsed = parse_email(raw, attachment_max_bytes=LIMIT, trusted_authserv_ids=["mx.example.com"])
    assert parsed.auth["dmarc"] == "fail"
    assert auth_failure(parsed.auth) == "DMARC failed"
    assert parse_email(raw, attachment_max_bytes=LIMIT).auth == {}


def test_mailgun_verdict_headers_count_only_for_mail_that_came_through_mailgun():
    raw = _message("hi", headers={"X-Mailgun-Spf": "Fail", "X-Mailgun-Dkim-Check-Result": "Fail"})
    assert auth_failure(parse_email(raw, attachment_max_bytes=LIMIT, esp_name="Mailgun").auth)
    assert not auth_failure(parse_email(raw, attachment_max_bytes=LIMIT).auth)


# --- out-of-office replies without automatic headers ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nI am out of the office until 10 March with limited access to email.",
        "Thank you for your email. I'm currently on annual leave and will reply when I return on Monday.",
        "Hola:\nEstoy fuera de la oficina hasta el 10 de marzo.",
        "Obrigado pela sua mensagem. Estou de férias até 10 de março.",
        "Bonjour,\nJe suis absente du bureau jusqu'au 10 mars.",
        "Ich bin bis zum 10. März nicht im Büro und habe keinen Zugriff auf E-Mails.",
        "Sono fuori ufficio fino al 10 marzo.",
        "Ik ben tot 10 maart afwezig.",
        "Я в отпуске до 10 марта.",
        "Dzień dobry,\njestem na urlopie do 10 marca.",
    ],
    ids=["en", "en-thanks", "es", "pt", "fr", "de", "it", "nl", "ru", "pl"],
)
def test_an_out_of_office_is_recognised_by_its_opening_without_automatic_headers(body):
    parsed = parse_email(_message(body), attachment_max_bytes=LIMIT)
    assert parsed.automatic[0] == "auto_reply" and "out-of-office text" in parsed.automatic[1]


@pytest.mark.parametrize(
    "subject",
    [
        "Out of the office: Re: case",
        "Re: case [I am out of the office]",
        "Fuera de la oficina",
        "Ausente: Re: case",
        "Absence du bureau",
        "Nicht im Büro: Re: case",
        "Fuori ufficio",
        "Buiten kantoor",
        "Вне офиса",
        "Poza biurem",
    ],
)
def test_an_out_of_office_subject_is_recognised_in_each_language(subject):
    raw = _message("See you soon.").replace(b"Subject: Re: case", f"Subject: {subject}".encode())
    assert parse_email(raw, attachment_max_bytes=LIMIT).automatic[0] == "auto_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for your message. I was out of the office last week, so sorry for the delay.",
        "The account is my cousin's. I am away next week, so please write before Friday.",
        "Hi,\nAnna runs the other account. She is out of the office until Monday but can confirm.",
        "Estuve de vacaciones la semana pasada; la cuenta es de mi primo.",
        "Ich war letzte Woche nicht im Büro. Das Konto gehört meinem Cousin.",
    ],
)
def test_a_real_reply_that_mentions_being_away_is_not_automatic(body):
    assert parse_email(_message(body), attachment_max_bytes=LIMIT).automatic is None


@pytest.mark.parametrize(
    "headers",
    [{"X-Autorespond": "yes"}, {"X-Auto-Reply": "true"}, {"X-POST-MessageClass": "9; Autoresponder"}],
)
def test_more_auto_reply_headers_are_recognised(headers):
    assert parse_email(_message("away", headers=headers), attachment_max_bytes=LIMIT).automatic[0] == "auto_reply"


# --- the sender, from the raw From header --------------------------------------------------


@pytest.mark.parametrize(
    ("from_header", "address", "problem"),
    [
        (b"From: =?utf-8?q?Fr=C3=A9d?= <subject@test.example>", "subject@test.example", ""),
        (b'From: "subject@test.example" <subject@test.example>', "subject@test.example", ""),
        (b"From: MAILER-DAEMON@mx.test.example (Mail Delivery System)", "MAILER-DAEMON@mx.test.example", ""),
        (b"From: =?utf-8?q?subject=40test.example_=28?= <evil@evil.example> =?utf-8?q?=29?=", "", "cannot be read"),
        (b"From: =?utf-8?q?subject=40test.example?= <evil@evil.example>", "evil@evil.example", "shows the address"),
        (b"From: a@test.example, b@test.example", "a@test.example", "names 2 addresses"),
    ],
)
def test_the_sender_is_read_from_the_raw_header_before_decoding(from_header, address, problem):
    raw = _message("hi")
    raw = raw.replace(b"From: Fred <subject@test.example>", from_header)
    parsed = parse_email(raw, attachment_max_bytes=LIMIT)
    assert (parsed.from_addresses[0][1] if parsed.from_addresses else "") == address
    assert (problem in parsed.from_problem) if problem else parsed.from_problem == ""


def test_two_from_headers_are_a_problem():
    raw = _message("hi").replace(b"From: Fred", b"From: Eve <eve@evil.example>\r\nFrom: Fred", 1)
    assert "2 From headers" in parse_email(raw, attachment_max_bytes=LIMIT).from_problem


# --- messages that cannot be read -----------------------------------------------------------


@pytest.mark.parametrize(("depth", "why"), [(51, "more than 50 levels"), (3000, "nested too deeply")])
def test_a_message_nested_too_deeply_comes_back_unreadable_with_its_headers(depth, why):
    from demo.mail_samples import deeply_nested

    parsed = parse_email(deeply_nested(depth=depth, to="reply+x@reply.example.com"), attachment_max_bytes=LIMIT)
    assert why in parsed.unreadable
    assert parsed.from_email == "subject@test.example" and parsed.subject.startswith("Re:")
    assert parsed.text == "" and parsed.attachments == []


def test_ordinary_nesting_is_read():
    from demo.mail_samples import deeply_nested

    parsed = parse_email(deeply_nested(depth=20, to="x@reply.example.com"), attachment_max_bytes=LIMIT)
    assert parsed.unreadable == "" and parsed.text == "Hello from the bottom."


def test_format_flowed_paragraphs_are_joined_and_the_signature_line_is_not():
    from inbound_mail.mailparse import unflow

    flowed = "Je n'ai rien reçu ; \r\nle client a payé.\r\n\r\n-- \r\nDelphine\r\n> une ligne \r\n> citée\r\n"
    assert unflow(flowed) == "Je n'ai rien reçu ; le client a payé.\n\n-- \nDelphine\n> une ligne citée\n"
    assert unflow("mot- \r\nsuite\r\n", delsp=True) == "mot-suite\n"
