"""Wordings for the kinds red-team round 8 showed the text reader got wrong, written
for this branch (not copied from round 8's phrase banks). Each case is one sender's
consecutive messages, read as the scan reads them, with what a reviewer should see.

The classes: a number word before a star glyph ("five ⭐") read as that many stars;
Romanian and Indonesian, new to the reader (ratings, money in lei and rupiah, conditions,
ultimatums, "și" as "and"); three readings that need no language's tie or ultimatum
words, each with its own explanation — a low rating beside a demand (`low_and_demand`),
an ultimatum to put the reader's name out in public or tell their other clients
(`exposure`), a gift sent to an address for a top rating (`gift_for_rating`); threats
quoted in single quotes read as someone else's words; "revision" is not "review"; and a
thank-you tip beside a top rating, with nothing linking them, is no offer.
"""

import pytest

from detection import textmodel
from detection.detectors.messages import own_words, read_text
from tests.detection.text_reading import reading

QUIET = [
    # revision rounds are not reviews
    ("en", ["I can do it for $300 if we drop the second revision round."]),
    ("en", ["Two revisions are included; a third one is $40 if you need it."]),
    ("es", ["Puedo hacerlo por 200 € si quitamos la segunda revisión."]),
    ("ro", ["Pot face logo-ul cu 300 de lei dacă renunțăm la a doua revizie."]),
    # someone else's threat, quoted in single quotes, then reported
    ("en", ["My previous client texted me 'pay 50 back or you get one star'. I reported it."]),
    ("es", ["Otro cliente me escribió 'devuélveme 40 € o te pongo una estrella'. Lo denuncié."]),
    ("pt", ["Um cliente me mandou 'me devolve 30 reais ou te dou uma estrela'. Denunciei."]),
    ("id", ["Klien lain kirim pesan 'refund atau bintang satu'. Sudah saya laporkan."]),
    ("tr", ["Bir müşteri bana 'para iadesi yoksa tek yıldız' diye yazdı. Şikayet ettim."]),
    # a thank-you tip beside a top rating, nothing linking them
    ("en", ["Thanks for the five stars! I sent you a $20 tip."]),
    ("de", ["Danke für die fünf ⭐! 20 € Trinkgeld sind unterwegs."]),
    ("ro", ["Am lăsat recenzia și ți-am trimis un mic bonus pentru grabă."]),
    ("id", ["Ulasan sudah saya kasih bintang 5, bonus kecil juga sudah saya kirim. Terima kasih!"]),
    # an address that is not for a gift; a name that is not made public
    ("en", ["Five stars from me. What's your billing address for the invoice?"]),
    ("en", ["Five stars! Can I put your name in the credits of the app?"]),
    # a low rating explained, with nothing asked for
    ("en", ["The files came a week late, so it's 2 stars from me. No refund needed."]),
]

FLAGGED = [
    # a number word before a star glyph
    ("offer", "en", ["Leave it at five ⭐ and I'll send you a $30 bonus."]),
    ("offer", "fr", ["Pour cinq ⭐ je te rembourse 25 € ce soir."]),
    # Romanian and Indonesian
    ("offer", "ro", ["Dacă îmi lași 5 stele, îți trimit înapoi 100 de lei prin transfer."]),
    ("threat", "ro", ["Dă-mi banii înapoi până luni, altfel primești o stea."]),
    ("offer", "id", ["Kalau kasih bintang 5, saya transfer balik Rp200.000 nanti malam."]),
    ("threat", "id", ["Refund setengah sebelum Senin, atau saya kasih bintang satu."]),
    # a low rating beside a demand
    ("threat", "en", ["I want the extra pages free of charge.", "Then you get a 1* on a fresh profile."]),
    ("threat", "de", ["Ich will das Logo auch als Vektor, ohne Aufpreis.", "Dann gibt es 1* von mir."]),
    # exposure
    ("threat", "en", ["Refund the last milestone or I publish your name in my newsletter, review or not."]),
    ("threat", "es", ["Devuélveme 50 € o publico tu nombre en Instagram antes de la reseña."]),
    ("threat", "nl", ["Ik ken al je klanten. Doe de extra pagina gratis, of ze horen het van mij voor mijn review."]),
    ("threat", "id", ["Refund sekarang atau saya bikin video sebut nama kamu di TikTok."]),
    ("threat", "fr", ["Mets-moi 5★ ou je publie nos échanges sur LinkedIn avec ton nom."]),
    ("threat", "nl", ["Maak de landingspagina gratis of je review wordt één ster."]),
    # the reader's conduct made known, in Turkish with its dotless i, and in Polish
    ("threat", "tr", ["Ücret iadesi yoksa nasıl çalıştığını bütün müşterilerin öğrenir."]),
    ("threat", "pl", ["Znam twoich klientów. Nie oddasz pieniędzy, to wszyscy się dowiedzą, jak pracujesz."]),
    # a gift sent to an address
    ("offer", "en", ["Five stars and a case of craft beer is on its way to you. What's your address?"]),
    ("offer", "it", ["Per cinque stelle ti spedisco un panettone artigianale. Mi mandi l'indirizzo?"]),
    ("offer", "pl", ["Za 5 gwiazdek wyślę ci słoik miodu z pasieki. Podaj adres."]),
    # the sender's own single-quoted words stay theirs; a tip asked for a rating is an offer
    ("threat", "en", ["You said you'd fix it. 'Refund or 1 star' is my answer now."]),
    ("offer", "en", ["Leave five stars and I'll tip you $20."]),
]


@pytest.mark.parametrize(("language", "thread"), QUIET)
def test_round8_look_alikes_stay_quiet(language, thread):
    assert reading(thread) == "quiet", (language, thread)


@pytest.mark.parametrize(("expected", "language", "thread"), FLAGGED)
def test_round8_classes_read(expected, language, thread):
    assert reading(thread) == expected, (language, thread)


@pytest.mark.parametrize(
    ("text", "stars"),
    [
        ("five ⭐", "5star"),
        ("cinq ⭐", "5star"),
        ("fünf ⭐", "5star"),
        ("bintang lima ⭐", "5star"),
        ("bintang satu", "1star"),
        ("o stea", "1star"),
        ("5 stele", "5star"),
        ("⭐", "1star"),
    ],
)
def test_number_word_before_a_star_glyph_is_that_many_stars(text, stars):
    prepared = textmodel.prepare(text)
    assert stars in prepared and prepared.count("star") == 1, prepared


@pytest.mark.parametrize("amount", ["Rp150.000", "Rp 1 juta", "Rp150.OOO", "150 de lei"])
def test_rupiah_and_lei_are_money(amount):
    assert " money " in textmodel.prepare(f"saya kirim {amount} besok")


def test_romanian_si_is_and_not_if():
    prepared = textmodel.prepare("Am lăsat recenzia și ți-am trimis bonusul.")
    assert " and " in prepared and " si " not in prepared


def test_revision_is_not_a_mention_of_feedback():
    assert not textmodel.gate(textmodel.quick("two revisions included, a third revision costs extra"))
    assert textmodel.gate(textmodel.quick("a review would help"))


@pytest.mark.parametrize(
    ("text", "axis", "shown"),
    [
        ("Need 3 more logo versions for free\nthen ur getting a 1 star", "threat", "a low rating set beside"),
        ("Pay back the deposit or I post your name in the freelancers group.", "threat", "post about them publicly"),
        ("Five stars, and a bottle of port goes out to you. Send me your address?", "offer", "a gift sent to their"),
    ],
)
def test_each_new_reading_names_itself_to_the_reviewer(text, axis, shown):
    f = read_text(text)
    assert (f.threat_score if axis == "threat" else f.offer_score) >= 0.6, f
    assert any(shown in cue for cue in f.cues), f.cues


def test_single_quoted_speech_of_someone_else_is_not_the_senders():
    assert "refund or" not in own_words("He wrote to me 'refund or 1 star'. Reported.")
    assert "Refund or 1 star" in own_words("You said you'd fix it. 'Refund or 1 star' is my answer now.")
