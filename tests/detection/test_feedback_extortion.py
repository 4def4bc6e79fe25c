"""Feedback extortion: threats of negative feedback, or of withheld work or
payment, unless positive feedback is given."""

from detection.detectors import feedback_extortion


def test_a_threat_of_one_star_unless_five_stars_is_flagged_on_the_sender(market, detect):
    client, freelancer = market.account("Eve", kind="client"), market.account("Frank")
    c = market.job(client, freelancer, ratings=(None, None))
    threat = market.message(c, client, "Unless you give me a 5 star review I will leave you a 1 star.")
    gave_in = market.feedback(c, freelancer, 5, after_days=1)

    [finding] = detect(feedback_extortion)

    assert finding.accounts == (client.pk,)
    assert finding.score >= 0.85
    assert finding.explanation.startswith("Eve threatened Frank with negative feedback unless their demand was met")
    assert "“Unless you give me a 5 star review I will leave you a 1 star.”" in finding.explanation
    assert "Frank then left Eve a five-star rating" in finding.explanation
    assert {("message", threat.pk), ("feedback", gave_in.pk)} <= {(e["type"], e["id"]) for e in finding.evidence}


def test_withholding_the_work_unless_five_stars_is_extortion(market, detect):
    client, freelancer = market.account("Client", kind="client"), market.account("Holder")
    c = market.job(client, freelancer, ratings=(None, None))
    market.message(c, freelancer, "leave me 5 stars or i will not send the source files.")
    [finding] = detect(feedback_extortion)
    assert finding.accounts == (freelancer.pk,)
    assert "threatened Client to withhold work or payment unless they received positive feedback" in finding.explanation


def test_complaints_pleas_and_payment_held_over_a_bug_stay_quiet(market, detect):
    client, freelancer = market.account("Client", kind="client"), market.account("Freelancer")
    c = market.job(client, freelancer, ratings=(3, 5))
    market.message(c, client, "I'm disappointed with the delays, I'll leave an honest review.")
    market.message(c, client, "Please fix the bug otherwise I can't release the milestone.")
    market.message(c, client, "If the files aren't delivered by Friday I'll open a dispute.")
    market.message(
        c, freelancer, "If you are not happy, please tell me before leaving a negative review so I can fix it."
    )
    assert detect(feedback_extortion) == []
