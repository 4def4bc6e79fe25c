"""Wordings for the kinds red-team round 6 showed the text reader got wrong,
written for this branch (not copied from round 6's phrase banks), in the nine
languages the reader knew and in Dutch and Turkish, which round 6 was the first
to use. Each case is one sender's consecutive messages, read as the scan reads
them (``read_thread``).

Offers and threats: Dutch and Turkish basics; gifts and goods as benefits; more work
(a budget, referrals) for the reader's rating of a client; the reader's own clients
or the sender's network told, as the harm; a better rating demanded under a report;
payments contested as a chargeback; a cruel review or a ruined average wished away
(veiled); money back off-platform.

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
    ("nl", ["Geef vijf sterren of ik waarschuw iedereen in mijn netwerk."]),
    ("nl", ["Of je betaalt de helft terug, of het wordt één ster."]),
    ("tr", ["İade etmezsen 1 yıldız veririm."]),
    # telling the reader's own clients, or the sender's network, as the harm
    ("en", ["Five stars or I message every one of your clients about this."]),
    ("es", ["Sin cinco estrellas, tus clientes se van a enterar de todo."]),
    ("fr", ["Je connais tes clients : sans 5 étoiles, ils sauront tout."]),
    ("ru", ["Без пяти звёзд твои заказчики всё узнают."]),
    # a better rating demanded under a report, a chargeback by contesting payments
    ("en", ["Bump my rating up to five or I report you for asking me for unpaid extras."]),
    ("es", ["Mejora tu valoración o te denuncio por pedirme trabajo sin pagar."]),
    ("it", ["Alza la tua valutazione o ti segnalo al supporto."]),
    ("en", ["If my rating isn't five stars, I'll contest every payment with my bank."]),
    ("de", ["Wenn die Bewertung keine fünf Sterne hat, widerspreche ich der Zahlung."]),
    # veiled: a cruel review, or a ruined average, wished away
    ("en", ["Reviews can be brutal, even cruel. I wouldn't want yours to be one of those."]),
    ("es", ["Sería una pena que una reseña te hundiera la media, ¿no crees?"]),
]

# Dutch and Turkish offers: a benefit tied to a top rating.
OFFERS = [
    ("nl", ["Als je me 5 sterren geeft, krijg je 20% korting."]),
    ("tr", ["Beş yıldız verirsen sana 50 TL iade ederim."]),
    # gifts and goods
    ("en", ["Five stars from you and there's a Steam voucher in it for you."]),
    ("es", ["Si me dejas cinco estrellas te llevo una botella de vino a la oficina."]),
    ("de", ["Mit fünf Sternen von dir schicke ich dir einen Gutschein über 50 Euro."]),
    ("ru", ["Поставь пять звёзд, и я подарю тебе наушники."]),
    # more work, a budget or referrals, for the reader's rating of the client
    ("en", ["Rate my client profile five stars and I'll hand you the whole Q3 retainer."]),
    ("es", ["Con una buena valoración te recomiendo a mis socios."]),
    ("ru", ["За хороший отзыв порекомендую тебя коллегам."]),
    ("en_chat", ["gimme 5* n ill refer u to my whole team"]),
    # the rating as the deal's condition ("only with"), or as all it takes; a veiled favour
    ("en", ["The deal stands only with five stars, of course. I'll send you a 30 EUR voucher."]),
    ("en", ["Just 5* and a short comment, and you get 25% off your next order."]),
    ("en", ["Those who help me with five stars don't regret it, if you see what I mean."]),
    # money back outside the platform; the sender's own bad month is no bad rating (so no threat)
    ("en", ["Leave five stars and I'll send 20% back off-platform, same day."]),
    (
        "en",
        ["After a rough month I'm rebuilding my average: 15% back off-platform once I see five stars, nothing less."],
    ),
    (
        "de",
        [
            "Nach einem schlechten Monat: ich erstatte dir 15 % außerhalb der Plattform, aber nur bei 5 Sternen, nicht weniger."
        ],
    ),
]

# Honest Dutch and Turkish: a refund for a late delivery, the rating left to the reader.
HONEST = [
    ("tr", ["Teslimatı geciktirdim, 30 TL iade ediyorum. Nasıl istersen puan ver."]),
    ("en", ["I bought a bottle of wine to celebrate the launch, thanks for the great work. I'll leave five stars."]),
    ("en", ["Your clients will love the new logo. Five stars from me."]),
    ("en", ["The deadline slipped twice, so I'll leave 3 stars. I wouldn't want to be unfair, the code is good."]),
    ("en", ["The last review was cruel and unfair to you; I gave you five stars to make up for it."]),
    ("en", ["I only work with clients as long as the brief is clear. I'd appreciate five stars if you liked it."]),
    ("en", ["Just five stars from me, great work!"]),
    ("ru", ["Спасибо, пока всё нравится. Отзыв оставил, отправил чаевые просто так."]),
]


@pytest.mark.parametrize(("language", "thread"), OFFERS)
def test_dutch_and_turkish_offers_read(language, thread):
    f = read_thread(thread)
    assert f.offer_score >= OFFER_MIN and f.threat_score < THREAT_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), REPORTED + HONEST)
def test_a_reported_threat_or_offer_stays_quiet(language, thread):
    f = read_thread(thread)
    assert f.offer_score < OFFER_MIN and f.threat_score < THREAT_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), THREATS)
def test_the_threat_itself_still_reads(language, thread):
    assert read_thread(thread).threat_score >= THREAT_MIN, (language, thread)


def test_every_language_has_a_reported_case():
    assert {lang for lang, _ in REPORTED} == LANGUAGES
