"""Wordings for the kinds red-team round 9 showed the text reader got wrong, written
for this branch (not copied from round 9's phrase banks). Each case is one sender's
consecutive messages, read as the scan reads them, with what a reviewer should see.

The classes: Danish and Czech, new to the reader (stars and ratings in words, crowns as
money, conditions, ties, ultimatums, reports, chargebacks, a name put out in public, a
rating's fall wished away, someone else's threat quoted after "napsal mi").
"""

import pytest

from detection import textmodel
from tests.detection.text_reading import reading

QUIET = [
    # Danish and Czech look-alikes: a review asked politely, a thank-you bonus, an honest
    # review either way, a low rating explained, someone else's threat quoted and reported
    ("da", ["Hvis du blev glad for logoet, må du meget gerne skrive en anmeldelse. Intet pres."]),
    ("da", ["Tusind tak for de fem stjerner! Jeg har sendt en lille bonus for hurtig levering."]),
    ("da", ["Jeg giver en ærlig bedømmelse uanset hvad, god eller dårlig."]),
    ("da", ["Tegningerne kom en uge for sent, så det bliver to stjerner. Jeg vil ikke have penge tilbage."]),
    ("da", ["En anden kunde skrev 'giv mig 200 kr tilbage ellers får du én stjerne'. Jeg har anmeldt det."]),
    ("cs", ["Pokud jste spokojená, budu rád za hodnocení. Žádný nátlak."]),
    ("cs", ["Díky za pět hvězdiček! Poslal jsem malý bonus za rychlé dodání."]),
    ("cs", ["Napíšu upřímné hodnocení tak jako tak, dobré nebo špatné."]),
    ("cs", ["Jiný klient mi napsal 'vraťte 500 Kč, nebo dostanete jednu hvězdičku'. Nahlásil jsem to."]),
    ("cs", ["Můžeme to probrat zítra, nebo ve čtvrtek? Hodnocení řešit nebudu."]),
]

FLAGGED = [
    # Danish offers: money back, a gift, free work, a discount on the next job
    ("offer", "da", ["Hvis du skriver fem stjerner, overfører jeg 250 kr tilbage på MobilePay i aften."]),
    ("offer", "da", ["En bedømmelse med 5 stjerner, så sender jeg dig en flaske rødvin."]),
    ("offer", "da", ["For en 5*-bedømmelse laver jeg bannerne gratis."]),
    ("offer", "da", ["Giv mig fem stjerner, så får du 20 % rabat på næste opgave."]),
    # Czech offers
    ("offer", "cs", ["Když mi dáte pět hvězdiček, vrátím vám 600 Kč na účet."]),
    ("offer", "cs", ["Za hodnocení 5* vám pošlu láhev vína."]),
    ("offer", "cs", ["Dejte mi 5 hvězdiček a příští projekt bude levnější."]),
    # Danish threats: money or a top rating under "ellers", a report, a chargeback, a name posted
    ("threat", "da", ["Send 500 kr tilbage inden mandag, ellers får du én stjerne."]),
    ("threat", "da", ["Giv mig fem stjerner, ellers anmelder jeg dig for svindel."]),
    ("threat", "da", ["Giv 5*, ellers får jeg banken til at tilbageføre betalingen."]),
    ("threat", "da", ["Bedøm mig godt, ellers lægger jeg chatten på Facebook med dit navn."]),
    ("threat", "da", ["Lav logoet om gratis, ellers smadrer jeg din bedømmelse."]),
    ("threat", "da", ["Det ville være ærgerligt, hvis din bedømmelse faldt nu."]),
    # Czech threats
    ("threat", "cs", ["Vraťte mi 900 Kč do středy, jinak dostanete jednu hvězdičku."]),
    ("threat", "cs", ["Dejte mi pět hvězdiček, nebo vás nahlásím kvůli podvodu."]),
    ("threat", "cs", ["Opravte to zdarma, nebo vám zničím hodnocení."]),
    ("threat", "cs", ["Ohodnoťte mě dobře, nebo dám celý chat na Instagram s vaším jménem."]),
    ("threat", "cs", ["Byla by škoda, kdyby vám kleslo hodnocení."]),
    # Spanish: a score ("puntuación") wished away
    ("threat", "es", ["Sería una pena que tu puntuación bajara por esto, ¿verdad?"]),
]


@pytest.mark.parametrize(("language", "thread"), QUIET)
def test_round9_look_alikes_stay_quiet(language, thread):
    assert reading(thread) == "quiet", (language, thread)


@pytest.mark.parametrize(("expected", "language", "thread"), FLAGGED)
def test_round9_classes_read(expected, language, thread):
    assert reading(thread) == expected, (language, thread)


@pytest.mark.parametrize(
    ("text", "stars"),
    [
        ("fem stjerner", "5star"),
        ("én stjerne", "1star"),
        ("5 stjerner", "5star"),
        ("pět hvězdiček", "5star"),
        ("pěti hvězdičkami", "5star"),
        ("jednu hvězdičku", "1star"),
        ("5 hvězdiček", "5star"),
    ],
)
def test_danish_and_czech_stars_in_words(text, stars):
    prepared = textmodel.prepare(text)
    assert stars in prepared and prepared.count("star") == 1, prepared


@pytest.mark.parametrize("amount", ["800 Kč", "300 kr", "1200 DKK"])
def test_crowns_are_money(amount):
    assert " money " in textmodel.prepare(f"pošlu {amount} zítra")


@pytest.mark.parametrize("text", ["skriv en anmeldelse", "din bedømmelse", "dobré hodnocení", "5 hvězdiček"])
def test_danish_and_czech_feedback_words_pass_the_gate(text):
    assert textmodel.gate(textmodel.quick(text))
    assert textmodel.gate(textmodel.prepare(text))
