"""Wordings for the kinds red-team round 7 showed the text reader got wrong, written
for this branch (not copied from round 7's phrase banks). Each case is one sender's
consecutive messages, read as the scan reads them, with what a reviewer should see.

Honest first: someone telling support, or the other party, about a threat or an offer
someone else made — in any tense of the verb, as a bare "Reported.", as speech quoted
from the other person, or as a question ("is this allowed?") — and a real dispute over
work that does not run, with no rating and nothing asked in return. Then Swedish, which
the reader had never seen, and the round-7 themes in general form: a hit to the
reader's rating wished away, the reader's conduct made known, the rater's own five
stars for money back, a favour remembered, a price that depends on the review, more
work counted in sites, a gift sent once the rating shows.
"""

import pytest

from detection.detectors.messages import own_words
from tests.detection.text_reading import reading

QUIET = [
    # someone else's threat or offer, told by the one it was made to
    ("en", ['The client on my last job wrote me: "send me 60 back or I leave one star". Is this allowed?']),
    ("en", ["FYI support: my previous client threatened a 1-star review unless I refunded half. Reported."]),
    ("en_chat", ["some client said hed 1* me unless i did extra pages free. reported that lol"]),
    ("es", ["Un cliente me escribió: «o me devuelves 30 € o te pongo una estrella». ¿Está permitido?"]),
    ("fr", ["Mon client précédent me menaçait d'une étoile si je ne baissais pas le prix. Signalé au support."]),
    ("de", ["Er schrieb mir: „Geld zurück oder ein Stern“. Ist das erlaubt?"]),
    ("ru", ["Заказчик грозился поставить единицу, если я не сделаю скидку. Написал в поддержку."]),
    ("it", ["Un cliente minacciava una recensione da una stella se non gli facevo uno sconto. Segnalato."]),
    ("pl", ["Poprzedni klient groził mi jedną gwiazdką, jeśli nie oddam części zapłaty. Zgłoszone."]),
    ("sv", ["En tidigare kund hotade med en stjärna om jag inte gav rabatt. Jag har anmält det."]),
    ("en", ["Forwarding this to support: the buyer says he'll leave 1 star unless I refund 50."]),
    # a real dispute: the work does not run; no rating, nothing asked in return
    ("en", ["The export still fails on every second file.", "If it isn't fixed by Monday I'll open a dispute."]),
    ("it", ["Se il login non funziona entro venerdì, apro una contestazione."]),
    ("pl", ["Eksport nadal nie działa. Jeśli tego nie naprawisz, otworzę spór."]),
    ("en_chat", ["login still broken. if its not sorted by tmrw im opening a dispute", "call me when ur free"]),
    ("sv", ["Exporten fungerar fortfarande inte, jag kan inte godkänna leveransen."]),
    ("de", ["Der Export geht immer noch nicht, sonst buche ich die Zahlung zurück."]),
    # look-alikes of the new readings
    ("en", ["I bought a bottle of wine to celebrate the launch. Five stars from me, thanks!"]),
    ("en", ["I know how you feel about the deadline; five stars anyway, great work."]),
    ("sv", ["Om du har tid skulle ett ärligt omdöme hjälpa mig, oavsett vad du tycker."]),
]

FLAGGED = [
    # Swedish, new to the reader
    ("offer", "sv", ["Om du ger mig fem stjärnor skickar jag tillbaka 200 kr."]),
    ("threat", "sv", ["Betala tillbaka 300 kr, annars får du en stjärna."]),
    ("threat", "sv", ["Vore synd om ditt betyg sjönk på grund av det här."]),
    # a hit to the reader's rating wished away
    ("threat", "en", ["It would be a pity if your rating took a hit over a few euros."]),
    ("threat", "de", ["Wäre schade, wenn deine Bewertung darunter leiden würde."]),
    # the reader's conduct made known, for a refund
    ("threat", "en", ["No refund? Then every client of yours hears how you work."]),
    ("threat", "es", ["Sin reembolso, tus otros clientes se enterarán de cómo tratas a la gente."]),
    # the rater's own five stars for money back; a favour remembered; a friend's price
    ("offer", "en", ["I'll leave you 5 stars, but send 20% of the invoice back to me."]),
    ("offer", "en", ["A glowing review would really help me right now.", "And I never forget who helped me."]),
    ("offer", "en", ["Next job at a friends' price, depending on how the review turns out."]),
    # more work counted in sites, for the client's rating; a gift sent once the rating shows
    ("offer", "en", ["We've got ten more websites coming this year.", "Rate me 5/5 as a client and they're yours."]),
    ("offer", "en", ["I'll ship you a box of chocolates the day the five stars appear."]),
    # a card payment contested for the client's own five stars
    ("threat", "pt", ["Sem 5 estrelas para mim como cliente, vou contestar a compra no cartão."]),
    ("threat", "sv", ["Utan fem stjärnor till mig bestrider jag betalningen."]),
]


@pytest.mark.parametrize(("language", "thread"), QUIET)
def test_honest_reporters_and_disputes_stay_quiet(language, thread):
    assert reading(thread) == "quiet", (language, thread)


@pytest.mark.parametrize(("expected", "language", "thread"), FLAGGED)
def test_round7_classes_read(expected, language, thread):
    assert reading(thread) == expected, (language, thread)


def test_speech_quoted_from_someone_else_is_not_the_senders():
    assert "leave one star" not in own_words('He wrote me: "pay 60 or I leave one star". Reported.')
    # the sender's own words in quotes stay theirs
    assert "1 star" in own_words('I told you: "refund or 1 star".')
    assert reading(['I told you: "refund me or it is 1 star".']) == "threat"
