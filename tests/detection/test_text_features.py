"""The message text model, on its own: offers of money for feedback and threats,
through chat spelling, abbreviations and paraphrase — and the honest messages
that look like them."""

import pytest

from detection.text import features, may_concern_feedback, money_amounts, normalise, tokens

OFFERS = [
    "I'll send you a $50 bonus if you leave me a 5 star review",
    "pls leave 5* fb and ill refund ur $20",
    "i can refund part of your money if u rate me highly",
    "What if I do the next logo for free and you leave a glowing testimonial?",
    "Give me a positive reveiw and I will give you 10% discount on next order",
    "5 stars = $30 bonus, deal?",
    "Leave me 5 stars. I'll refund $10 after that.",
    "I'll give you a full refund in exchange for a five-star feedback",
    "could u plz change ur rating to 5 stars? ill send u extra money",
    "If you write me an excellent feedbak I will pay you extra",
    "ill do the revisions for free if u give me ⭐⭐⭐⭐⭐",
    "I will refund the fees once you update your review to positive",
    "Bonus of 40 bucks coming your way as soon as you post a 5/5 review",
]

THREATS = [
    "Unless you give me a 5 star review I will leave you a 1 star",
    "If you don't leave me 5 stars I won't release the payment",
    "Give me 5 stars. Otherwise I'll leave you a 1* review.",
    "remove ur negative review or ill open a dispute",
    "i will leave u a terible rating if u dont refund me",
    "Do the extra pages for free or expect a 1-star review.",
    "no 5 star from you = no more work for you, got it?",
    "If you don't give me 5 stas, I'll never hire u again.",
    "leave me five stars or i will not send the source files.",
]

HONEST = [
    "Thanks for the great work! I've sent you a bonus.",
    "If you were happy with my work, I'd really appreciate an honest review.",
    "Sent a bonus for the great work. If you could leave me feedback when you get a chance, that'd be great.",
    "Here is a $50 bonus for the extra hours. Please leave feedback whenever you like.",
    "Great job — I'll leave you 5 stars and a bonus!",
    "My hourly rate is $30, and I can start Monday.",
    "Could you review the preview of the logo and let me know?",
    "I reviewed the code and refunded the extra $20 you paid by mistake.",
    "Please fix the bug otherwise I can't release the milestone.",
    "If the files aren't delivered by Friday I'll open a dispute.",
    "Don't worry, I won't leave a bad review, just please fix it.",
    "I'm disappointed with the delays, I'll leave an honest review.",
    "If you are not happy, please tell me before leaving a negative review so I can fix it.",
    "Any feedback is welcome, good or bad, no pressure at all.",
    "Let's start the project, the bonus structure is in the brief.",
    "The star icons on the pricing page look blurry, can you export them again?",
    "Released the $300 payment and left you 5 stars, thanks!",
    "I gave you 5 stars and a $20 tip, thanks for the quick turnaround!",
    "Five stars from me! Sending a small bonus as thanks.",
    "Happy to do a free revision if you're not satisfied — feedback helps me improve.",
    "Our policy: we never offer refunds in exchange for reviews.",
    "Please don't leave a bad review, I'll fix everything for free.",
    "Unless there is a problem, I will leave you a good review tomorrow.",
]


@pytest.mark.parametrize("body", OFFERS)
def test_offers_of_money_for_positive_feedback_score_as_offers(body):
    f = features(body)
    assert f.offer_score >= 0.75, f
    assert f.threat_score < 0.5


@pytest.mark.parametrize("body", THREATS)
def test_threats_over_feedback_score_as_threats(body):
    f = features(body)
    assert f.threat_score >= 0.75, f
    assert f.offer_score < 0.5


@pytest.mark.parametrize("body", HONEST)
def test_honest_requests_bonuses_and_complaints_stay_quiet(body):
    f = features(body)
    assert f.offer_score < 0.4 and f.threat_score < 0.4, f  # below what detectors even keep


def test_cues_name_the_benefit_the_feedback_and_the_tie():
    f = features("pls leave 5* fb and ill refund ur $20")
    assert "benefit: refund" in f.cues
    assert "positive: five" in f.cues
    assert any(c.startswith("tied by") for c in f.cues)
    assert f.amounts == (20.0,)


def test_chat_spelling_is_normalised():
    assert tokens("pls leave 5* fb ur the best") == [
        "please",
        "leave",
        "five",
        "star",
        "feedback",
        "your",
        "the",
        "best",
    ]
    assert "five star" in normalise("⭐⭐⭐⭐⭐")
    assert "one star" in normalise("1-star")
    assert tokens("feedbak") == ["feedback"] and tokens("reveiw") == ["review"] and tokens("ratting") == ["rating"]
    # common words one edit from a key word are left alone
    assert tokens("start preview bones pleased") == ["start", "preview", "bones", "pleased"]
    assert tokens("I won't, you'll see") == ["i", "will", "not", "you", "will", "see"]


def test_money_amounts_are_read_in_several_notations():
    assert money_amounts("refund $20, or 15 usd, or 30 bucks, or €12.50") == (20.0, 15.0, 30.0, 12.5)


@pytest.mark.parametrize("body", OFFERS + THREATS)
def test_the_cheap_prefilter_never_drops_a_message_about_feedback(body):
    assert may_concern_feedback(body)


def test_the_prefilter_skips_plain_work_chat():
    assert not may_concern_feedback("Hi, thanks for the offer! I can start tomorrow.")
    assert not may_concern_feedback("")


def test_the_prefilter_keeps_every_message_that_scores_at_all():
    """Property check over many noisy variants of every template the generator uses."""
    import random

    from demo import synthetic as syn

    rng = random.Random(5)
    templates = (
        syn.OFFERS_EXPLICIT
        + syn.OFFERS_SUBTLE
        + syn.THREATS_EXPLICIT
        + syn.THREATS_SUBTLE
        + syn.POLITE
        + syn.BONUS_THANKS
        + syn.COMPLAINTS
        + syn.HOLD_UNTIL_FIXED
        + syn.PLEA
        + syn.CHAT
    )
    bodies = OFFERS + THREATS + HONEST
    for template in templates:
        for _ in range(30):
            bodies.append(
                syn._noise(rng, syn._fill(rng, template, rng.choice([10, 20, 50])), rng.choice([0, 0.3, 0.6]))
            )
    for body in bodies:
        f = features(body)
        if f.offer_score > 0 or f.threat_score > 0:
            assert may_concern_feedback(body), body
