"""Sample mail written the way real clients write it: replies as Gmail, Outlook,
Apple Mail and a plain-text client format them, an out-of-office, a bounce. Used by
the demo, the benchmark generator and the tests."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

QUOTED_NOTICE = (
    "--- Reply above this line ---\n\nHello Fred,\n\nWe need some information from you to finish our review.\n"
)


def _base(*, from_: str, to: str, subject: str, in_reply_to: str | None, message_id: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = from_
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="client.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["MIME-Version"] = "1.0"
    return msg


def gmail_reply(
    *,
    new_text: str,
    to: str,
    in_reply_to: str | None,
    from_: str = "Fred Freelancer <subject@test.example>",
    subject: str = "Re: We need some information from you",
    message_id: str | None = None,
    quoted: str = QUOTED_NOTICE,
) -> bytes:
    msg = _base(from_=from_, to=to, subject=subject, in_reply_to=in_reply_to, message_id=message_id)
    quoted = "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
    address = to.split("<")[-1].rstrip(">")
    plain = f"{new_text}\n\nOn Tue, 4 Mar 2025 at 10:02, Gigworks Trust & Safety <\n{address}> wrote:\n\n{quoted}\n"
    html_new = "".join(f"<div>{line or '<br>'}</div>" for line in new_text.splitlines())
    html = (
        f'<div dir="ltr">{html_new}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"On Tue, 4 Mar 2025 at 10:02, Gigworks Trust &amp; Safety &lt;{address}&gt; wrote:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204)">'
        "<p>--- Reply above this line ---</p><p>Hello Fred,</p></blockquote></div>"
    )
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def outlook_reply(
    *,
    new_text: str,
    to: str,
    in_reply_to: str | None,
    from_: str = "Fred Freelancer <subject@test.example>",
    subject: str = "RE: We need some information from you",
    message_id: str | None = None,
    quoted: str = QUOTED_NOTICE,
) -> bytes:
    msg = _base(from_=from_, to=to, subject=subject, in_reply_to=in_reply_to, message_id=message_id)
    msg["Thread-Topic"] = subject[4:]
    msg["Thread-Index"] = "AQHbjP3kV2Zy0fJ0QkS8m1m6cC9k5Q=="
    msg["X-MS-Has-Attach"] = ""
    address = to.split("<")[-1].rstrip(">")
    plain = (
        f"{new_text}\n\n________________________________\nFrom: Gigworks Trust & Safety <{address}>\n"
        "Sent: Tuesday, March 4, 2025 10:02 AM\nTo: Fred Freelancer <subject@test.example>\n"
        f"Subject: We need some information from you\n\n{quoted}"
    )
    html = (
        '<html><body dir="ltr"><div style="font-family:Aptos">'
        + "".join(f"<div>{line or '<br>'}</div>" for line in new_text.splitlines())
        + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Gigworks Trust &amp; Safety &lt;{address}&gt;<br>'
        "<b>Sent:</b> Tuesday, March 4, 2025 10:02 AM<br><b>To:</b> Fred Freelancer<br>"
        "<b>Subject:</b> We need some information from you</div><div><p>--- Reply above this line ---</p></div>"
        "</body></html>"
    )
    try:  # Outlook sends Windows-1252 when the text fits, UTF-8 otherwise
        msg.set_content(plain.encode("windows-1252"), maintype="text", subtype="plain", cte="quoted-printable")
        msg.set_param("charset", "windows-1252")
    except UnicodeEncodeError:
        msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def apple_mail_reply(
    *,
    new_text: str,
    to: str,
    in_reply_to: str | None,
    from_: str = "Fred Freelancer <subject@test.example>",
    subject: str = "Re: We need some information from you",
    message_id: str | None = None,
    quoted: str = QUOTED_NOTICE,
) -> bytes:
    msg = _base(from_=from_, to=to, subject=subject, in_reply_to=in_reply_to, message_id=message_id)
    msg["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
    address = to.split("<")[-1].rstrip(">")
    quoted = "\n".join(f"> {line}" for line in quoted.splitlines())
    plain = (
        f"{new_text}\n\nSent from my iPhone\n\n> On 4 Mar 2025, at 10:02, Gigworks Trust & Safety <{address}> wrote:\n"
        f">\n{quoted}\n"
    )
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def plain_client_reply(
    *,
    new_text: str,
    to: str,
    in_reply_to: str | None,
    from_: str = "Fred Freelancer <subject@test.example>",
    subject: str = "Re: We need some information from you",
    message_id: str | None = None,
    quoted: str = QUOTED_NOTICE,
) -> bytes:
    """Mutt-style: 7-bit US-ASCII, bottom-posted under the quote, "-- " signature."""
    msg = _base(from_=from_, to=to, subject=subject, in_reply_to=in_reply_to, message_id=message_id)
    msg["User-Agent"] = "NeoMutt/20231103"
    quoted = "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
    plain = (
        f"On Tue, Mar 04, 2025 at 10:02:00AM +0000, Gigworks Trust & Safety wrote:\n{quoted}\n\n{new_text}\n\n"
        "-- \nFred\n"
    )
    msg.set_content(plain, charset="us-ascii", cte="7bit")
    msg.set_param("format", "flowed")
    return msg.as_bytes(policy=SMTP)


def out_of_office(*, to: str, in_reply_to: str | None, from_: str = "Fred Freelancer <subject@test.example>") -> bytes:
    msg = _base(
        from_=from_, to=to, subject="Automatic reply: We need some information from you", in_reply_to=in_reply_to
    )
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content("I am out of the office until 10 March with limited access to email.\n")
    return msg.as_bytes(policy=SMTP)


def bounce(
    *, original_message_id: str, original_to: str = "subject@test.example", return_path: str = "bounces@example.com"
) -> bytes:
    """A Postfix RFC 3464 delivery status notification, as it arrives at
    ``return_path`` (the envelope sender of the email that bounced)."""
    return (
        "Return-Path: <>\r\n"
        f"Delivered-To: {return_path}\r\n"
        "From: MAILER-DAEMON@mx.test.example (Mail Delivery System)\r\n"
        f"To: {return_path}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Date: Tue, 04 Mar 2025 10:03:00 +0000\r\n"
        "Message-ID: <20250304100300.4F2A1@mx.test.example>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="4F2A1.1741082580/mx.test.example"\r\n'
        "\r\n"
        "This is a MIME-encapsulated message.\r\n"
        "\r\n"
        "--4F2A1.1741082580/mx.test.example\r\n"
        "Content-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "This is the mail system at host mx.test.example.\r\n"
        "\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n"
        "\r\n"
        f"<{original_to}>: host mx.test.example said: 550 5.1.1 User unknown\r\n"
        "\r\n"
        "--4F2A1.1741082580/mx.test.example\r\n"
        "Content-Description: Delivery report\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx.test.example\r\n"
        "Arrival-Date: Tue,  4 Mar 2025 10:02:59 +0000 (UTC)\r\n"
        "\r\n"
        f"Final-Recipient: rfc822; {original_to}\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
        "\r\n"
        "--4F2A1.1741082580/mx.test.example\r\n"
        "Content-Description: Undelivered Message Headers\r\n"
        "Content-Type: text/rfc822-headers\r\n"
        "\r\n"
        "From: Gigworks Trust & Safety <trust@example.com>\r\n"
        f"To: {original_to}\r\n"
        "Subject: We need some information from you\r\n"
        f"Message-ID: {original_message_id}\r\n"
        "\r\n"
        "--4F2A1.1741082580/mx.test.example--\r\n"
    ).encode("ascii")


def with_attachment(raw: bytes, *, filename: str, content_type: str, data: bytes) -> bytes:
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(raw)
    maintype, subtype = content_type.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


def deeply_nested(*, depth: int, to: str, in_reply_to: str | None = None, message_id: str | None = None) -> bytes:
    """A reply whose MIME parts are nested ``depth`` multiparts deep (hostile: no
    client writes this; Python's parser gives up with RecursionError near 1000)."""
    headers = (
        "From: Fred Freelancer <subject@test.example>\r\n"
        f"To: {to}\r\n"
        "Subject: Re: We need some information from you\r\n"
        f"Message-ID: {message_id or make_msgid(domain='client.example')}\r\n"
        + (f"In-Reply-To: {in_reply_to}\r\n" if in_reply_to else "")
        + "MIME-Version: 1.0\r\n"
    )
    opening = "".join(f'Content-Type: multipart/mixed; boundary="n{n}"\r\n\r\n--n{n}\r\n' for n in range(depth))
    closing = "".join(f"\r\n--n{n}--" for n in reversed(range(depth)))
    return (headers + opening + "Content-Type: text/plain\r\n\r\nHello from the bottom." + closing + "\r\n").encode()
