"""Offers whose benefit is not money, written for this branch in each language (not
copied from the red-team sets): more work promised for a top rating, and a rating
promised for the reader's ("you rate me five, I rate you five"). Each case is a
thread, one sender's consecutive messages, read as the scan reads them.

Honest look-alikes: wishing to work together again with no condition, asking for a
review after one's own rating is already given ("I left you five stars, feel free to
review me too" — nothing is held back for the reader's rating, so nothing is
offered), talk about reviews on the site ("everyone has five stars, hard to tell who
is good"), and a bonus sent whatever the review.
"""

import pytest

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_text, read_thread
from detection.detectors.paid_feedback import OFFER_MIN

MORE_WORK = [
    ("en", ["Rate me five stars as a client and my next three projects go to you."]),
    ("en", ["We have a backlog of jobs.", "If you leave me a top client rating, you can count on two more contracts."]),
    ("es", ["Si me dejas cinco estrellas como cliente, te paso mis próximos proyectos."]),
    ("pt", ["Tenho outros três trabalhos esperando; são seus se a avaliação for cinco estrelas."]),
    ("fr", ["Donnez-moi cinq étoiles et les prochaines missions seront pour vous."]),
    ("de", ["Wenn Sie mir fünf Sterne geben, bekommen Sie auch meine nächsten Projekte."]),
    ("ru", ["Если оценишь меня на пятёрку, отдам тебе ещё три заказа."]),
    ("en_chat", ["gimme 5⭐ as client n the next 2 gigs r yours"]),
]

RATING_FOR_RATING = [
    ("en", ["Let's help each other out: you give me five stars and I'll give you five stars back."]),
    ("es", ["Yo te pongo cinco estrellas si tú me pones cinco a mí."]),
    ("pt", ["Avaliação por avaliação: você me dá cinco, eu te dou cinco."]),
    ("fr", ["Vous me mettez cinq étoiles, je vous mets cinq étoiles, c'est gagnant-gagnant."]),
    ("de", ["Bewertung gegen Bewertung: Sie geben mir fünf Sterne, ich Ihnen auch."]),
    ("ru", ["Давайте так: вы мне пять звёзд, я вам пять звёзд."]),
    ("en_chat", ["5 for 5? i rate u 5 if u rate me 5 🤝"]),
]

HONEST = [
    ("en", ["Loved working with you, I'd love to work with you again. Please leave a review if you have time."]),
    ("en", ["I left you five stars already, feel free to review me too if you like."]),
    ("en", ["You gave me five stars and I gave you five stars, thanks for a smooth project!"]),
    ("en", ["I'll hire you again for sure. If you could leave me a five-star client review too, that would be great."]),
    ("es", ["Ya te dejé cinco estrellas; si quieres, déjame tu reseña también."]),
    ("pt", ["Todo mundo aqui tem cinco estrelas, fica difícil saber quem é bom de verdade."]),
    (
        "fr",
        ["J'espère retravailler avec vous sur d'autres projets ! Si vous avez un moment, un avis honnête m'aiderait."],
    ),
    ("de", ["Gerne wieder bei weiteren Projekten! Wenn Sie Zeit haben, freue ich mich über eine ehrliche Bewertung."]),
    ("ru", ["Буду рад новым заказам! Если будет время, оставьте честный отзыв."]),
    ("en_chat", ["sent u a 30$ bonus 4 the rush, review whatever u want no strings 👍"]),
    ("en_chat", ["every1 here has 5 stars lol, cant tell who's actually good"]),
]


@pytest.mark.parametrize(("language", "thread"), MORE_WORK + RATING_FOR_RATING)
def test_a_benefit_in_kind_reads_as_an_offer(language, thread):
    f = read_thread(thread)
    assert f.offer_score >= OFFER_MIN, (language, thread)
    assert f.threat_score < THREAT_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), HONEST)
def test_honest_look_alikes_stay_quiet(language, thread):
    f = read_thread(thread)
    assert f.offer_score < OFFER_MIN and f.threat_score < THREAT_MIN, (language, thread)


def test_every_language_has_each_class():
    for cases in (MORE_WORK, RATING_FOR_RATING, HONEST):
        assert {lang for lang, _ in cases} == {"en", "en_chat", "es", "pt", "fr", "de", "ru"}


def test_the_reviewer_is_told_what_the_benefit_was():
    work = read_text("If you give me five stars as a client, my next two projects are yours.")
    cue = next(c for c in work.cues if c.startswith("model (offer)"))
    assert "more work promised" in cue and "the work tied to the rating" in cue, cue
    swap = read_text("You rate me five, I rate you five.")
    cue = next(c for c in swap.cues if c.startswith("model (offer)"))
    assert "a rating given in return" in cue, cue
