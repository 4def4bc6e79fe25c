import pytest

from notifications.tokens import BadReplyToken, reply_address, reply_token_make, reply_token_verify, reply_tokens_in


def test_token_round_trip_names_the_case_and_the_email():
    token = reply_token_make(outbound_id=1234, case_id=42)
    ref = reply_token_verify(token)
    assert (ref.case_id, ref.outbound_id) == (42, 1234)
    assert len(reply_address(token).split("@")[0]) <= 64  # RFC 5321 local-part limit


def test_token_survives_a_server_that_lower_or_upper_cases_the_address():
    token = reply_token_make(outbound_id=7, case_id=3)
    assert reply_token_verify(token.upper()).outbound_id == 7
    assert reply_tokens_in([f"Trust <REPLY+{token.upper()}@Reply.Example.COM>"]) == [token]


@pytest.mark.parametrize("change", ["case", "email", "mac"])
def test_tampered_token_is_refused(change):
    token = reply_token_make(outbound_id=1234, case_id=42)
    case_part, email_part, mac = token.split("-")
    forged = {
        "case": f"{int(case_part, 36) + 1:x}-{email_part}-{mac}",
        "email": f"{case_part}-{email_part}x-{mac}",
        "mac": f"{case_part}-{email_part}-{'a' if mac[0] != 'a' else 'b'}{mac[1:]}",
    }[change]
    with pytest.raises(BadReplyToken):
        reply_token_verify(forged)


def test_token_signed_with_a_rotated_key_still_verifies(settings):
    token = reply_token_make(outbound_id=9, case_id=1)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-brand-new-secret-key-after-rotation-0123456789"
    assert reply_token_verify(token).outbound_id == 9
    settings.SECRET_KEY_FALLBACKS = []
    with pytest.raises(BadReplyToken):
        reply_token_verify(token)


def test_only_our_reply_domain_counts():
    token = reply_token_make(outbound_id=5, case_id=2)
    assert reply_tokens_in([f"reply+{token}@reply.evil.example", "someone@reply.example.com"]) == []


def test_a_return_path_names_its_email_and_cannot_be_altered():
    from notifications.tokens import BadBounceToken, bounce_address, bounce_token_verify, bounce_tokens_in

    (token,) = bounce_tokens_in([bounce_address(outbound_id=1234).upper()])  # MTAs may change the case
    assert bounce_token_verify(token) == 1234
    email_part, mac = token.split("-")
    for forged in (f"{int(email_part, 36) + 1:x}-{mac}", f"{email_part}-{'a' if mac[0] != 'a' else 'b'}{mac[1:]}"):
        with pytest.raises(BadBounceToken):
            bounce_token_verify(forged)


def test_a_reply_token_is_not_a_return_path_and_the_other_way_round():
    from notifications.tokens import BadBounceToken, bounce_token_make, bounce_token_verify

    case_part, email_part, mac = reply_token_make(outbound_id=77, case_id=0).split("-")
    with pytest.raises(BadBounceToken):
        bounce_token_verify(f"{email_part}-{mac}")
    with pytest.raises(BadReplyToken):
        reply_token_verify(f"0-{bounce_token_make(outbound_id=77)}")
