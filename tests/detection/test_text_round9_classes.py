"""Wordings for the kinds red-team round 9 showed the text reader got wrong, written
for this branch (not copied from round 9's phrase banks). Each case is one sender's
consecutive messages, read as the scan reads them, with what a reviewer should see.

The classes: Danish and Czech, new to the reader (stars and ratings in words, crowns as
money, conditions, ties, ultimatums, reports, chargebacks, a name put out in public, a
rating's fall wished away, someone else's threat quoted after "napsal mi"); and, in the
languages read before, a gift in a case or a shop card promised right after the rating,
costs covered, free work "or else" with what the other branch does to the rating ("trash
you", "plomber", "affondare"), a good rating asked in the familiar form before a name goes
public, and a rating's fall wished away ("abrutscht", "jammer zijn als", "ur stars dropped").
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
    # "back" that is no money back, "next" that is no next job
    ("da", ["Hvis du har tid i dag, vender jeg tilbage med en anmeldelse i morgen."]),
    ("cs", ["Díky za hodnocení, bonus za rychlost pošlu příští týden."]),
    ("cs", ["Pokud budete mít chvilku, ozvu se zpět kvůli hodnocení."]),
    # look-alikes of the new words in the languages read before
    ("en", ["Thanks for the review! I'll cover the shipping fee for the prints, no need to pay it."]),
    ("nl", ["Bedankt voor de review. Ik stuur je een krat bier voor het hele team!"]),
    ("it", ["Grazie del bel voto! Ti mando un piccolo regalo per il lancio."]),
    ("fr", ["Je refais la bannière gratuitement, c'était mon erreur. Ta note, c'est toi qui vois."]),
    ("en_chat", ["ty for the 5 stars!! sent u a starbucks card as thanks"]),
    # a thank-you for the review, then a bonus: "thanks for" is no "for" of a deal
    ("pt", ["Obrigada pela avaliação! Mandei um bônus pela entrega antecipada."]),
    ("ru", ["Спасибо за отзыв! Перевёл небольшую премию за скорость."]),
    ("pl", ["Dzięki za opinię! Przelałem mały bonus za szybki termin."]),
    # an honest review either way: "boa ou ruim" is no ultimatum
    ("pt", ["Vou avaliar com sinceridade, boa ou ruim, como sempre faço."]),
    ("fr", ["Je mettrai un avis sincère, bon ou mauvais, comme toujours."]),
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
    # Danish words beyond the first ones: a gift card, "unless", "if … not", a report
    ("offer", "da", ["Hvis jeg får fem stjerner, sender jeg dig et gavekort på 200 kr."]),
    ("threat", "da", ["Medmindre jeg får pengene tilbage, skriver jeg en elendig bedømmelse."]),
    ("threat", "da", ["Hvis du ikke giver mig fem stjerner, indberetter jeg dig for svindel."]),
    # Czech threats
    ("threat", "cs", ["Vraťte mi 900 Kč do středy, jinak dostanete jednu hvězdičku."]),
    ("threat", "cs", ["Dejte mi pět hvězdiček, nebo vás nahlásím kvůli podvodu."]),
    ("threat", "cs", ["Opravte to zdarma, nebo vám zničím hodnocení."]),
    ("threat", "cs", ["Ohodnoťte mě dobře, nebo dám celý chat na Instagram s vaším jménem."]),
    ("threat", "cs", ["Byla by škoda, kdyby vám kleslo hodnocení."]),
    # Czech words beyond the first ones: a gift, a tip, "the worst" rating
    ("offer", "cs", ["Když napíšete hodnocení s pěti hvězdičkami, pošlu vám dárek."]),
    ("offer", "cs", ["Pokud dáte 5 hvězdiček, přidám spropitné 300 Kč."]),
    ("threat", "cs", ["Vraťte zálohu, nebo dostanete to nejhorší hodnocení."]),
    # Spanish: a score ("puntuación") wished away
    ("threat", "es", ["Sería una pena que tu puntuación bajara por esto, ¿verdad?"]),
    # languages read before: a gift in a case or a shop card right after the rating
    ("offer", "fr", ["Cinq étoiles et je t'envoie une caisse de cidre, juré."]),
    ("offer", "de", ["Für eine Fünf-Sterne-Bewertung bekommst du eine Kiste Bier."]),
    ("offer", "nl", ["Voor een beoordeling van vijf sterren stuur ik je een krat bier."]),
    ("offer", "en_chat", ["5 star rating = ill send u an amazon card"]),
    ("offer", "en_chat", ["drop 5 stars n i venmo u 20"]),
    # costs covered, free work, a discount "in meno", a good "voto"
    ("offer", "ru", ["Поставьте пять звёзд, и я компенсирую вам комиссию сервиса."]),
    ("offer", "nl", ["Geef vijf sterren en ik betaal je de servicekosten terug."]),
    ("offer", "pt", ["Com uma avaliação 5* eu faço o banner sem cobrar."]),
    ("offer", "nl", ["Bij een 5*-beoordeling maak ik de flyer gratis."]),
    ("offer", "it", ["Dammi 5 stelle e la prossima consegna costa il 20% in meno."]),
    ("offer", "it", ["Ti lascio un buon voto se mi togli 40 euro dal conto."]),
    # free work under an ultimatum, with what the other branch does to the rating
    ("threat", "en", ["Redo the header free or I'll trash you on Trustpilot too."]),
    ("threat", "fr", ["Refais la bannière gratuitement ou je plombe ta note."]),
    ("threat", "it", ["Rifammi il logo gratis o ti affondo il voto."]),
    ("threat", "pl", ["Popraw to za darmo albo zatopię ci ocenę."]),
    ("threat", "nl", ["Doe de banner gratis of ik verpest je beoordeling."]),
    ("threat", "tr", ["Logoyu bedava düzelt yoksa puanını yerle bir ederim."]),
    ("threat", "en_chat", ["fix the logo free or ur rating is toast"]),
    # a good rating asked in the familiar form, or else the chat goes public with a name
    ("threat", "fr", ["Note-moi bien ou je mets nos messages sur Instagram avec ton nom."]),
    ("threat", "de", ["Bewerte mich gut oder der Chat landet auf LinkedIn mit deinem Namen."]),
    ("threat", "it", ["O mi valuti bene o metto i messaggi su Instagram col tuo nome."]),
    ("threat", "en_chat", ["rate me good or the screenshots go on my insta w ur name"]),
    # a rating's fall wished away; a chargeback with a top rating asked
    ("threat", "de", ["Wäre schade, wenn deine Bewertung plötzlich abrutscht."]),
    ("threat", "nl", ["Zou jammer zijn als je score deze week zakt."]),
    ("threat", "en_chat", ["would be a shame if ur stars dropped this week"]),
    ("threat", "nl", ["Geef 5* of ik laat mijn bank alles terugboeken."]),
    # the same words as a deal stay one
    ("offer", "pt", ["Pela avaliação 5* eu mando um bônus de 50 reais."]),
    ("offer", "ru", ["За отзыв на 5 звёзд переведу вам бонус 500 руб."]),
    ("threat", "pt", ["Me devolve 100 reais até sexta ou você leva uma estrela."]),
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
