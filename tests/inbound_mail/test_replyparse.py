"""Reply extraction against the corpus (bench/email/corpus, -holdout) and on its own."""

import pytest

from bench.email.accuracy import comparable, lost_words
from bench.email.corpus import corpus_dirs, load_corpus
from inbound_mail.mailparse import parse_email
from inbound_mail.replyparse import extract_reply, html_to_text

# Every corpus directory in the repository: the tuning set, the held-out set and
# each unseen set once scored (bench/email/corpus-unseen-N).
CASES = [case for directory in corpus_dirs() for case in load_corpus(directory)]


def test_corpus_is_big_and_varied():
    assert len(CASES) >= 60
    assert len({c.language for c in CASES}) >= 12
    assert {"plain", "html", "both", "raw"} <= {c.part for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_new_text_is_extracted_from(case):
    parsed = parse_email(case.raw, attachment_max_bytes=10_000_000)
    assert comparable(extract_reply(parsed.plain, html=parsed.html).text) == comparable(case.expected)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_no_word_the_user_wrote_is_missing_from(case):
    parsed = parse_email(case.raw, attachment_max_bytes=10_000_000)
    assert lost_words(extract_reply(parsed.plain, html=parsed.html).text, case.expected) == []


def test_a_line_right_above_a_wrapped_attribution_is_kept():
    text = (
        "I will send the invoices tomorrow morning\n"
        "On Tue, 4 Mar 2025 at 10:02, Gigworks Trust & Safety <\n"
        "reply+16-2b-abc@reply.example.com> wrote:\n\n> Hello Fred,\n"
    )
    assert extract_reply(text).text == "I will send the invoices tomorrow morning"


def test_unquoted_text_under_a_wrong_cut_is_kept_and_flagged():
    # A letter that starts like a header block: the usual cut leaves nothing.
    text = "From: Fred\nTo: the review team\nSubject: my account\n\nPlease look again at my case.\n"
    reply = extract_reply(text)
    assert "Please look again at my case." in reply.text and reply.kept_more


def test_a_reply_that_is_only_a_quote_stays_empty_and_unflagged():
    reply = extract_reply("On Tue, 4 Mar 2025 at 10:02, Gigworks <t@example.com> wrote:\n\n> Hello Fred,\n")
    assert (reply.text, reply.kept_more) == ("", False)


def test_sentences_after_a_mobile_signature_line_are_kept():
    text = "Yes.\n\nSent from my iPhone\nSorry, one more thing: the second account is my brother's."
    assert extract_reply(text).text == text


def test_sentences_in_a_business_card_are_kept_and_flagged():
    text = (
        "Please reconsider.\n\nBest regards,\nMichael Grant\nGrant Logistics | +44 20 7946 0000\n"
        "I am also attaching the second invoice you asked about.\n"
    )
    reply = extract_reply(text)
    assert "second invoice you asked about" in reply.text and reply.kept_more


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


def test_pipe_and_colon_are_quote_markers_only_under_an_attribution():
    table = "Jobs this month:\n| date | client |\n| 1 March | Cleo |\n\nThat is all."
    assert extract_reply(table).text == table
    quoted = "Fine.\n\nGigworks wrote:\n| Hello Ken,\n| We need more information.\n"
    assert extract_reply(quoted).text == "Fine."


def test_a_line_the_user_began_with_a_quote_marker_above_a_top_post_quote_is_kept():
    text = (
        "Here is why:\n> 3 months I have worked with him\n\nAlex\n\n"
        "On Tue, 4 Mar 2025 at 10:02, Gigworks <t@example.com> wrote:\n> Hello Alex,\n> We reviewed it.\n"
    )
    assert extract_reply(text).text == "Here is why:\n> 3 months I have worked with him\n\nAlex"


def test_a_sign_off_line_with_the_persons_name_after_it_is_theirs():
    text = "I answer from the office.\n\nSent from my desk, not my phone :)\nJulia"
    assert extract_reply(text).text == text
    assert extract_reply("Yes.\n\nSent from my iPhone").text == "Yes."


def test_a_last_line_that_only_looks_like_an_app_sign_off_is_the_users():
    # "Sent from/with <App>" needs an app's name; a place or an errand is the person's.
    assert extract_reply("I paid by card.\n\nSent from Berlin, where I am now.").text.endswith("where I am now.")
    assert extract_reply("C'est fait.\n\nEnvoyé par la poste hier.").text.endswith("la poste hier.")
    assert extract_reply("Done.\n\nSent with Spark").text == "Done."


def test_answers_between_mutt_pipe_quotes_are_kept():
    text = (
        "* Support <reply+1-aa@reply.example.com> [2026-11-03 09:10]:\n"
        "| --- Reply above this line ---\n| Did you send the invoice?\n\n"
        "Yes, on Monday.\n\n| And the receipt?\n\nNot yet, tomorrow.\n\n| Open your request: http://x/\n"
    )
    assert extract_reply(text).text == "Yes, on Monday.\n\nNot yet, tomorrow."


def test_answers_under_gnus_supercite_quotes_are_kept():
    text = (
        "Support <reply+1-aa@reply.example.com> writes:\n\n"
        "SU> --- Reply above this line ---\nSU>\nSU> The block stays.\n\n"
        "Then I want my data.\n\nAnna\n"
    )
    assert extract_reply(text).text == "Then I want my data.\n\nAnna"


def test_a_quote_excerpt_inside_the_persons_text_above_a_quoted_history_stays():
    text = (
        "You asked:\n\n> which device did you use?\n\nMy laptop.\n\n"
        "> On 3 Nov 2026, at 09:10, Support <reply+1-aa@reply.example.com> wrote:\n>\n"
        "> --- Reply above this line ---\n> which device did you use?\n"
    )
    assert extract_reply(text).text == "You asked:\n\n> which device did you use?\n\nMy laptop."
