"""Paid feedback: money, a refund, a bonus or free work offered for positive
feedback, made stronger by a matching payment and a top rating after it."""

from contracts.models import Payment
from detection.detectors import paid_feedback


def test_a_refund_offered_for_five_stars_then_paid_and_rated_is_flagged_with_both_parties(market, detect):
    freelancer, client = market.account("Freya"), market.account("Carl", kind="client")
    c = market.job(client, freelancer, amount="300", length=7, ratings=(None, 5))
    offer = market.message(c, freelancer, "pls leave 5* fb and ill refund ur $20 :)")
    refund = market.payment(c, freelancer, Payment.Kind.REFUND, "20.00", after_days=1)
    rating = market.feedback(c, client, 5, after_days=2)

    [finding] = detect(paid_feedback)

    assert set(finding.accounts) == {freelancer.pk, client.pk}
    assert finding.score >= 0.95
    text = finding.explanation
    assert text.startswith("Freya offered Carl a refund ($20) in exchange for feedback (one message; ")
    assert "“pls leave 5* fb and ill refund ur $20 :)”" in text
    assert "Freya paid Carl a $20 refund 1" in text and "the amount the message named" in text
    assert "Carl left Freya a five-star rating" in text
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert {("message", offer.pk), ("payment", refund.pk), ("feedback", rating.pk)} <= refs


def test_an_explicit_offer_alone_opens_a_case_about_the_offerer(market, detect):
    client, freelancer = market.account("Cleo", kind="client"), market.account("Finn")
    c = market.job(client, freelancer, ratings=(None, None))
    market.message(c, client, "I'll send you a $50 bonus if you leave me a 5 star review")
    [finding] = detect(paid_feedback)
    assert finding.accounts == (client.pk,)
    assert finding.score >= 0.7
    assert "No bonus, refund or five-star rating has followed yet." in finding.explanation


def test_a_hinted_offer_needs_the_payment_and_the_rating_to_reach_a_case(market, detect):
    freelancer, client = market.account("Hint"), market.account("Target", kind="client")
    c = market.job(client, freelancer, amount="200", ratings=(None, None))
    market.message(c, freelancer, "I can send some money back, and a 5 star review would be lovely.")
    [weak] = detect(paid_feedback)
    assert weak.score < 0.7
    assert "alongside a request for positive feedback" in weak.explanation
    market.payment(c, freelancer, Payment.Kind.REFUND, "15.00", after_days=1)
    market.feedback(c, client, 5, after_days=2)
    [strong] = detect(paid_feedback)
    assert strong.score >= 0.7


def test_a_bonus_for_good_work_with_no_feedback_condition_stays_quiet(market, detect):
    client, freelancer = market.account("Generous", kind="client"), market.account("Worker")
    c = market.job(client, freelancer)
    market.message(c, client, "Great job on this! I've sent you a $50 bonus.")
    market.message(
        c,
        client,
        "Sent a bonus for the weekend work. If you could leave me feedback when you get a chance, that'd be great.",
    )
    market.payment(c, client, Payment.Kind.BONUS, "50.00")
    assert detect(paid_feedback) == []


def test_a_polite_request_for_honest_feedback_stays_quiet(market, detect):
    client, freelancer = market.account("Client", kind="client"), market.account("Polite")
    c = market.job(client, freelancer)
    market.message(c, freelancer, "If you were happy with my work, I'd really appreciate an honest review.")
    market.message(c, freelancer, "pls leave a review when u have time, good or bad, whatever you think :)")
    assert detect(paid_feedback) == []
