"""Reply extraction against the corpus (bench/email/corpus, -holdout) and on its own."""

import pytest

from bench.email.accuracy import comparable
from bench.email.corpus import CORPUS_DIR, HOLDOUT_DIR, load_corpus
from inbound_mail.mailparse import parse_email
from inbound_mail.replyparse import extract_reply, html_to_text

CASES = load_corpus(CORPUS_DIR) + load_corpus(HOLDOUT_DIR)


def test_corpus_is_big_and_varied():
    assert len(CASES) >= 60
    assert len({c.language for c in CASES}) >= 12
    assert {"plain", "html", "both", "raw"} <= {c.part for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_new_text_is_extracted_from(case):
    parsed = parse_email(case.raw, attachment_max_bytes=10_000_000)
    assert comparable(extract_reply(parsed.plain, html=parsed.html).text) == comparable(case.expected)


def test_html_to_text_drops_scripts_styles_and_images_and_quotes_blockquotes():
    text = html_to_text(
        "<style>p{}</style><p>Hi <script>alert(1)</script>there</p><img src=x alt=pixel>"
        "<blockquote><p>old</p><blockquote>older</blockquote></blockquote><p>after</p>"
    )
    assert text == "Hi there\n\n> old\n>\n> > older\n\nafter"


def test_our_marker_cuts_even_without_any_quoting():
    reply = extract_reply("Fine by me.\n\n--- Reply above this line ---\nHello Fred,\n")
    assert (reply.text, reply.cut) == ("Fine by me.", "marker")


def test_forwarded_message_is_folded_and_flagged():
    reply = extract_reply("See below.\n\n---------- Forwarded message ---------\nFrom: Cleo <c@x.example>\n")
    assert reply.text == "See below." and reply.forwarded


def test_mobile_signature_only_near_the_end():
    text = "Sent from my iPhone is what my old phone said.\nBut this line is real.\nAnd this.\nAnd this.\nAnd this."
    assert extract_reply(text).text == text


def test_hostile_html_never_raises():
    assert extract_reply("", html="<div><blockquote><p>unclosed <b>bold <i>" + "<div>" * 5000).text == ""
