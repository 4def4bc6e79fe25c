"""Wordings for the kinds red-team round 6 showed the text reader got wrong,
written for this branch (not copied from round 6's phrase banks), in the nine
languages the reader knew and in Dutch and Turkish, which round 6 was the first
to use. Each case is one sender's consecutive messages, read as the scan reads
them (``read_thread``).

Honest, and most important: a victim telling the other party, or support, that
someone else threatened them (or offered them something) and that they reported
or complained about it. The threat is someone else's past words; the sender
threatens nobody.
"""

import pytest

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_thread
from detection.detectors.paid_feedback import OFFER_MIN

LANGUAGES = {"en", "en_chat", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr"}

REPORTED = [
    ("en", ["My last designer threatened me: two stars unless I added a free logo. I complained to support."]),
    ("en", ["Just so you know, someone blackmailed me last month with a one-star review. I have reported it."]),
    ("en_chat", ["ugh a dev told me 1 star unless i paid 50 more, i reported him lol"]),
    ("es", ["Una clienta me amenazó con dejarme 1 estrella si no le hacía un descuento. La he denunciado."]),
    ("pt", ["Um cliente ameaçou me dar uma estrela se eu não baixasse o preço. Já denunciei."]),
    ("fr", ["Une cliente m'a menacé d'un avis à 1 étoile si je ne la remboursais pas. Je l'ai signalée."]),
    (
        "de",
        [
            "Ein Kunde hat mir mit einer Ein-Stern-Bewertung gedroht, falls ich nicht umsonst nacharbeite. Ich habe das gemeldet."
        ],
    ),
    ("ru", ["Один заказчик пригрозил поставить одну звезду, если я не сделаю скидку. Я пожаловался в поддержку."]),
    (
        "it",
        ["Un cliente mi ha minacciato di lasciarmi una stella se non facevo uno sconto. L'ho segnalato al supporto."],
    ),
    ("pl", ["Jeden klient zagroził mi jedną gwiazdką, jeśli nie dam rabatu. Zgłosiłem to do supportu."]),
    ("nl", ["Een klant dreigde me met één ster als ik geen korting gaf. Ik heb het gemeld bij support."]),
    ("tr", ["Bir müşteri indirim yapmazsam bir yıldız bırakacağını söyledi. Destek ekibine şikayet ettim."]),
    ("nl", ["Ter info: een opdrachtgever bood me 80 euro voor vijf sterren. Ik heb geweigerd en het gemeld."]),
    ("tr", ["Başka bir müşteri beş yıldız için 300 lira teklif etti. Reddettim ve bildirdim."]),
]

# The same threats, made by the sender to the reader, still read as threats.
THREATS = [
    ("en", ["Two stars unless you add a free logo. Your choice."]),
    ("es", ["Te dejo 1 estrella si no me haces un descuento."]),
    ("de", ["Eine Ein-Stern-Bewertung, falls du nicht umsonst nacharbeitest."]),
    ("ru", ["Поставлю одну звезду, если не сделаете скидку."]),
]


@pytest.mark.parametrize(("language", "thread"), REPORTED)
def test_a_reported_threat_or_offer_stays_quiet(language, thread):
    f = read_thread(thread)
    assert f.offer_score < OFFER_MIN and f.threat_score < THREAT_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), THREATS)
def test_the_threat_itself_still_reads(language, thread):
    assert read_thread(thread).threat_score >= THREAT_MIN, (language, thread)


def test_every_language_has_a_reported_case():
    assert {lang for lang, _ in REPORTED} == LANGUAGES
