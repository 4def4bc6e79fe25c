"""Offers and threats in wordings and shapes round 3 of the red team showed the
text reader did not know, written for this branch in each language (not copied
from the red-team sets), and the honest look-alikes that used to raise false
alarms. Each case is a thread: one sender's consecutive messages, read as the
scan reads them (``read_thread``).

Classes: money off the invoice, a thank-you gift for whoever reviews well, an
exchange stated as "X and you get five stars", a dispute closed for a refund; a
public post in a group or forum (or "everyone hears") against five stars, a
report unless five stars, a middling rating with a deadline, voice notes, "my
review depends on the discount". Honest: a misclicked rating the freelancer asks
about ("if not, all good"), someone else's offer that was refused and reported,
a returning client's discount given whatever the rating.
"""

import pytest

from detection import textmodel
from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_text, read_thread
from detection.detectors.paid_feedback import OFFER_MIN

OFFERS = [
    ("en", ["I saw you left 3 stars. I'll knock 15% off the final invoice if you bump it to five."]),
    ("en", ["Small thank-you gift heading your way once a glowing review is up, $40 or so."]),
    ("en", ["You can drop the dispute? Close it with a 5* review and I'll send $60 back privately."]),
    ("en", ["Take $50 off my bill and you'll get five stars from me, simple as that."]),
    ("en", ["Your invoice could come out a little lighter for a client who rates me well."]),
    ("es", ["Te rebajo un 15 % de la factura si me dejas cinco estrellas."]),
    ("es", ["Si cierras la disputa y me pones 5 estrellas, te devuelvo 60 € por fuera."]),
    ("es", ["Quítame 50 € del total y te pongo cinco estrellas, así de simple."]),
    ("es", ["Para quien me deja una buena reseña siempre hay un regalito, esta vez 30 €."]),
    ("es", ["La factura puede salir más liviana para un cliente que me califica bien."]),
    ("pt", ["Tiro 15% da fatura se você me der cinco estrelas."]),
    ("pt", ["Fecha a disputa com 5 estrelas e eu te devolvo 60 reais por fora."]),
    ("pt", ["Me dá 50 reais de desconto e eu te dou cinco estrelas, simples assim."]),
    ("pt", ["Quem me avalia bem ganha um presentinho, desta vez R$ 80."]),
    ("fr", ["Je retire 15 % de la facture si vous me mettez cinq étoiles."]),
    ("fr", ["Fermez le litige avec 5 étoiles et je vous rembourse 60 € en privé."]),
    ("fr", ["Enlevez 50 € de la facture et je vous mets cinq étoiles, tout simplement."]),
    ("fr", ["Un petit cadeau pour ceux qui me laissent un bel avis, cette fois 40 €."]),
    ("fr", ["La facture peut être plus légère pour un client qui me note bien."]),
    ("de", ["Ich ziehe 15 % von der Rechnung ab, wenn Sie mir fünf Sterne geben."]),
    ("de", ["Schließen Sie den Streitfall mit 5 Sternen und ich erstatte Ihnen privat 60 €."]),
    ("de", ["Ziehen Sie 50 € ab und Sie bekommen fünf Sterne von mir, ganz einfach."]),
    ("de", ["Für Kunden mit einer netten Bewertung gibt es immer ein kleines Geschenk, diesmal 40 €."]),
    ("de", ["Die Rechnung kann leichter ausfallen für einen Kunden, der mich gut bewertet."]),
    ("ru", ["Скину 15% со счёта, если поставите пять звёзд."]),
    ("ru", ["Закройте спор с оценкой 5 звёзд, и я верну вам 60 $ напрямую."]),
    ("ru", ["Сбросьте 50 $ и получите от меня пять звёзд, всё просто."]),
    ("ru", ["Тем, кто оставляет хороший отзыв, я всегда дарю небольшой подарок, в этот раз 40 $."]),
    ("en_chat", ["knock 15% off n its 5⭐ from me 🤝"]),
    ("en_chat", ["lil gift 🎁 for u if da review is 5*, like $30"]),
    ("en", ["Tell you what, I'll shave $30 off what you owe if the review comes out at five stars."]),
    ("en", ["Leave a 5-star and the last invoice shrinks by 20%."]),
    (
        "en",
        ["Happy to close the dispute on my side. Give me 5 stars and I'll wire $80 back to you outside the platform."],
    ),
    ("en", ["There's a small present for you when a nice review goes up 😉 say $25"]),
    ("en", ["Drop the price by $40 and I'll give you a perfect score."]),
    ("es", ["Si la reseña queda en cinco estrellas, te rebajo 30 $ de lo que me debes."]),
    ("es", ["Bájame 40 € y te dejo una valoración perfecta."]),
    ("es", ["Hay un regalito para ti cuando aparezca una reseña bonita, unos 25 €."]),
    ("pt", ["Se a avaliação sair com cinco estrelas, eu abato 30 reais do que você me deve."]),
    ("pt", ["Abaixa 40 reais e eu te deixo uma nota perfeita."]),
    ("pt", ["Tem um presentinho pra você quando aparecer uma avaliação bonita, uns R$ 50."]),
    ("pt", ["Fecha a disputa e me dá 5 estrelas que eu te devolvo 80 reais por fora."]),
    ("fr", ["Si l'avis est à cinq étoiles, je vous retire 30 € de ce que vous me devez."]),
    ("fr", ["Baissez le prix de 40 € et je vous mets une note parfaite."]),
    ("fr", ["Il y a un petit cadeau pour vous quand un bel avis apparaît, disons 25 €."]),
    ("de", ["Wenn die Bewertung fünf Sterne hat, ziehe ich Ihnen 30 € von der offenen Summe ab."]),
    ("de", ["Gehen Sie 40 € runter und ich gebe Ihnen eine perfekte Bewertung."]),
    ("de", ["Es gibt ein kleines Geschenk für Sie, sobald eine schöne Bewertung erscheint, so 25 €."]),
    (
        "de",
        [
            "Schließen Sie den Konflikt und geben Sie mir 5 Sterne, dann überweise ich Ihnen 80 € außerhalb der Plattform zurück."
        ],
    ),
    ("ru", ["Если отзыв будет на пять звёзд, сниму 30 $ с вашего долга."]),
    ("ru", ["Снизьте цену на 40 $, и я поставлю вам идеальную оценку."]),
    ("ru", ["Вас ждёт небольшой подарок, когда появится хороший отзыв, где-то 25 $."]),
    ("ru", ["Закройте спор и поставьте 5 звёзд — верну вам 80 $ мимо площадки."]),
    ("en_chat", ["take 40 off n u get 5*** from me 😎"]),
    ("en_chat", ["5 stars = lil present 🎁 $25"]),
    ("en", ["Clients who are generous with their stars tend to find my final invoice generous too."]),
    ("en", ["I like to thank people who say nice things about me in their review. Something like £40 usually."]),
    ("en", ["Knock a tenner off and I'll make it a five-star write-up."]),
    ("en", ["If you withdraw the dispute and put five stars, I'll refund $70 to your PayPal."]),
    ("de", ["Kunden, die großzügig mit Sternen sind, finden meine Schlussrechnung meist auch großzügig."]),
    ("de", ["Ich bedanke mich gern bei Leuten, die in ihrer Bewertung nett über mich schreiben. Meist so 40 €."]),
    ("de", ["Nehmen Sie 30 € vom Preis runter, dann gibt es von mir fünf Sterne."]),
    ("de", ["Ziehen Sie den Streitfall zurück und vergeben Sie fünf Sterne, dann erstatte ich Ihnen 70 € per PayPal."]),
    ("de", ["Bei einer Fünf-Sterne-Bewertung wird die letzte Rechnung etwas freundlicher."]),
    ("de", ["Für eine gute Bewertung lege ich Ihnen gern 50 € drauf."]),
    ("ru", ["Заказчики, которые щедры на звёзды, обычно получают и щедрый итоговый счёт."]),
    ("ru", ["Я люблю благодарить тех, кто хорошо обо мне пишет в отзыве. Обычно где-то 40 $."]),
    ("ru", ["Скиньте 30 $, и будет вам пять звёзд от меня."]),
    ("ru", ["Отзовите спор и поставьте пять звёзд — я верну 70 $ на PayPal."]),
    ("ru", ["За хороший отзыв добавлю вам 50 $ сверху."]),
    ("en_chat", ["generous ⭐⭐⭐⭐⭐ = generous invoice 😉"]),
    ("en_chat", ["u drop the dispute + 5* n i paypal u $70 back"]),
]

THREATS = [
    (
        "en",
        [
            "Saw your 3 stars. You've got until tomorrow to make it a 5.",
            "After that I'm writing about you on every forum I know.",
        ],
    ),
    ("en", ["Change the rating to five stars or I post the whole story in the freelancer group."]),
    ("en", ["Put 5 stars or I'll report you to support for asking to be paid off-platform."]),
    ("en", ["Redo the pages for free, or it's one star from me."]),
    ("en", ["[voice memo] look I won't say it twice, five stars or everyone in the group hears what you did"]),
    (
        "es",
        ["Vi las 3 estrellas. Tienes hasta mañana para subirlas a 5.", "Si no, escribo sobre ti en todos los foros."],
    ),
    ("es", ["Cambia la calificación a cinco estrellas o publico todo en el grupo de freelancers."]),
    ("es", ["Ponme 5 estrellas o te denuncio a soporte por pedir pagos fuera de la plataforma."]),
    ("es", ["Rehaz las páginas gratis o te dejo una estrella."]),
    ("es", ["[audio] mira, no lo repito, cinco estrellas o todo el grupo se entera de lo que hiciste"]),
    (
        "pt",
        [
            "Vi as 3 estrelas. Você tem até amanhã pra mudar pra 5.",
            "Depois disso eu escrevo sobre você em todos os fóruns.",
        ],
    ),
    ("pt", ["Muda a avaliação pra cinco estrelas ou eu publico tudo no grupo de freelancers."]),
    ("pt", ["Refaz as páginas de graça ou vai levar uma estrela."]),
    ("pt", ["[áudio] olha, cinco estrelas ou o grupo inteiro fica sabendo o que você fez"]),
    (
        "fr",
        [
            "J'ai vu les 3 étoiles. Vous avez jusqu'à demain pour passer à 5.",
            "Sinon j'écris sur vous sur tous les forums.",
        ],
    ),
    ("fr", ["Passez la note à cinq étoiles ou je publie toute l'histoire dans le groupe des freelances."]),
    ("fr", ["Refaites les pages gratuitement ou c'est une étoile de ma part."]),
    ("fr", ["Mettez 5 étoiles ou je vous signale au support pour paiement hors plateforme."]),
    (
        "de",
        [
            "Habe Ihre 3 Sterne gesehen. Sie haben bis morgen, um 5 daraus zu machen.",
            "Sonst schreibe ich in jedem Forum über Sie.",
        ],
    ),
    ("de", ["Ändern Sie die Bewertung auf fünf Sterne oder ich poste alles in der Freelancer-Gruppe."]),
    ("de", ["Machen Sie die Seiten kostenlos neu, sonst gibt es einen Stern von mir."]),
    ("ru", ["Видел ваши 3 звезды. У вас есть время до завтра исправить на 5.", "Иначе напишу о вас на всех форумах."]),
    ("ru", ["Поменяйте оценку на пять звёзд, или я выложу всю историю в группе фрилансеров."]),
    ("ru", ["Переделайте страницы бесплатно, или получите одну звезду."]),
    ("en_chat", ["3 stars?? fix it 2 5 by tmrw", "or the whole grp chat knows bout u 😤"]),
    ("en_chat", ["5⭐ or i tell every1 in the fb group"]),
    (
        "en",
        ["I see you gave me three stars.", "Fix it to five by Friday or I'll write up the whole thing on Trustpilot."],
    ),
    ("en", ["Either the rating goes to 5 or I file a chargeback for the full amount."]),
    ("en", ["Give me five stars or I go to the Facebook group with screenshots."]),
    ("en", ["Do the extra revisions for free or expect a one-star review."]),
    ("es", ["Veo que me pusiste tres estrellas. Súbelo a cinco antes del viernes o lo cuento todo en Trustpilot."]),
    ("es", ["O la nota sube a 5 o pido el reembolso completo con una disputa."]),
    ("es", ["Haz las correcciones gratis o te llevas una reseña de una estrella."]),
    ("pt", ["Vi que você me deu três estrelas. Sobe pra cinco até sexta ou eu conto tudo no Reclame Aqui."]),
    ("pt", ["Ou a nota vai pra 5 ou eu abro uma disputa e peço o dinheiro todo de volta."]),
    ("pt", ["Faz as revisões de graça ou leva uma avaliação de uma estrela."]),
    (
        "fr",
        ["Je vois que vous m'avez mis trois étoiles. Passez à cinq avant vendredi ou je raconte tout sur Trustpilot."],
    ),
    ("fr", ["Soit la note passe à 5, soit j'ouvre un litige pour tout récupérer."]),
    ("fr", ["Faites les retouches gratuitement ou vous aurez un avis à une étoile."]),
    (
        "de",
        ["Ich sehe, Sie haben mir drei Sterne gegeben. Bis Freitag auf fünf, sonst schreibe ich alles auf Trustpilot."],
    ),
    ("de", ["Entweder die Bewertung geht auf 5 oder ich starte eine Rückbuchung über den vollen Betrag."]),
    ("ru", ["Вижу, вы поставили мне три звезды. До пятницы исправьте на пять, иначе всё расскажу в чате фрилансеров."]),
    ("ru", ["Либо оценка станет 5, либо я открываю спор и возвращаю все деньги."]),
    ("ru", ["Сделайте правки бесплатно, или получите отзыв на одну звезду."]),
    ("en_chat", ["3⭐?? bump it 2 5⭐ or ur name goes in the grp chat 📢"]),
    ("en_chat", ["chargeback incoming unless i see 5 stars 2day"]),
    (
        "en",
        [
            "Three stars? Really. You have until the weekend to change that to five, after which I start telling other clients about you."
        ],
    ),
    ("en", ["Either the extra screens are free or your profile gets a one-star from me."]),
    ("en", ["Put your rating of me up to 5 or I'll report you for asking to move off the platform."]),
    ("en", ["I'd hate for other clients to hear how this project went. Five stars and we can forget about it."]),
    ("en", ["Revise the logo at no charge, otherwise I'm leaving one star."]),
    (
        "es",
        [
            "¿Tres estrellas? Tienes hasta el fin de semana para cambiarlo a cinco, después empiezo a contarle a otros clientes."
        ],
    ),
    ("es", ["O las pantallas extra van gratis o tu perfil se lleva una estrella."]),
    ("es", ["Me daría pena que otros clientes supieran cómo fue este proyecto. Cinco estrellas y lo olvidamos."]),
    (
        "pt",
        [
            "Três estrelas? Você tem até o fim de semana pra mudar pra cinco, depois começo a falar de você pros outros clientes."
        ],
    ),
    ("pt", ["Ou as telas extras saem de graça ou seu perfil leva uma estrela."]),
    ("pt", ["Seria chato se outros clientes soubessem como foi este projeto. Cinco estrelas e esquecemos."]),
    (
        "fr",
        [
            "Trois étoiles ? Vous avez jusqu'au week-end pour passer à cinq, après je commence à parler de vous aux autres clients."
        ],
    ),
    ("fr", ["Soit les écrans en plus sont gratuits, soit votre profil prend une étoile."]),
    (
        "fr",
        ["Ce serait dommage que d'autres clients apprennent comment ce projet s'est passé. Cinq étoiles et on oublie."],
    ),
]

HONEST = [
    (
        "en",
        [
            "Hi, your text says 'excellent' but the rating shows 1 star, maybe a slip of the finger? If it was meant, no worries."
        ],
    ),
    (
        "en",
        ["FYI another client offered me $40 for a five-star review last month. I said no and reported it to support."],
    ),
    ("en", ["Since you're a returning client, 10% off this order. It doesn't depend on any review."]),
    (
        "es",
        [
            "Tu reseña dice 'excelente' pero aparece 1 estrella, ¿quizá te equivocaste? Si fue a propósito, no pasa nada."
        ],
    ),
    ("es", ["Te cuento: otro cliente me ofreció 40 € por cinco estrellas. Le dije que no y lo reporté."]),
    ("es", ["Como cliente habitual tienes un 10 % de descuento, dejes reseña o no."]),
    (
        "pt",
        ["Sua avaliação diz 'excelente', mas está com 1 estrela, será que foi engano? Se foi de propósito, tudo bem."],
    ),
    ("pt", ["Só pra contar: outro cliente me ofereceu R$ 100 por cinco estrelas. Recusei e denunciei."]),
    ("pt", ["Como cliente fiel você tem 10% de desconto, com ou sem avaliação."]),
    (
        "fr",
        [
            "Votre avis dit 'excellent' mais la note est d'1 étoile, une erreur de clic ? Si c'était voulu, pas de souci."
        ],
    ),
    ("fr", ["Pour info, un autre client m'a proposé 40 € pour cinq étoiles. J'ai refusé et je l'ai signalé."]),
    ("fr", ["Comme client fidèle, vous avez 10 % de remise, avis ou pas."]),
    ("de", ["Im Text steht 'hervorragend', aber es ist 1 Stern, vielleicht verklickt? Falls gewollt, alles gut."]),
    ("de", ["Zur Info: ein anderer Kunde hat mir 40 € für fünf Sterne angeboten. Ich habe abgelehnt und es gemeldet."]),
    ("de", ["Als Stammkunde bekommen Sie 10 % Rabatt, ob mit oder ohne Bewertung."]),
    ("ru", ["В отзыве написано «отлично», но стоит 1 звезда, может, ошиблись? Если так и задумано, всё в порядке."]),
    ("ru", ["Кстати, другой заказчик предлагал мне 40 $ за пять звёзд. Я отказался и сообщил в поддержку."]),
    ("ru", ["Как постоянному клиенту — скидка 10%, независимо от отзыва."]),
    ("en_chat", ["ur review says 'amazing' but its 1⭐ lol wrong star? if not all good"]),
    ("en_chat", ["lol some other client offered me $40 for 5* 🙄 said no n reported"]),
    ("en_chat", ["returning client = 10% off 🎉 review or not, up 2 u"]),
    (
        "en",
        ["Quick check: you wrote 'superb' but picked 1 star, was that a mis-tap? If it's what you meant, that's fine."],
    ),
    (
        "en",
        [
            "A buyer last week tried to pay me extra for a 5-star review. I turned it down and flagged it to the platform."
        ],
    ),
    ("en", ["10% off for you as a regular client, as always. Rate me however you like."]),
    ("es", ["Un comprador intentó pagarme extra por cinco estrellas. Lo rechacé y lo denuncié."]),
    ("pt", ["Um comprador tentou me pagar a mais por cinco estrelas. Recusei e denunciei à plataforma."]),
    ("fr", ["Un acheteur a voulu me payer en plus pour cinq étoiles. J'ai refusé et je l'ai signalé."]),
    ("de", ["Ein Käufer wollte mir extra für fünf Sterne zahlen. Ich habe abgelehnt und es gemeldet."]),
    ("ru", ["Один покупатель хотел доплатить мне за пять звёзд. Я отказался и пожаловался в поддержку."]),
    ("en_chat", ["10% off 4 u as always 🙌 rate however u want"]),
    ("en", ["I left you 5 stars and sent a $20 tip, thanks for everything!"]),
    ("en", ["If you're unhappy tell me and I'll fix it before you rate."]),
    ("de", ["Ich habe Ihnen 5 Sterne gegeben und 20 € Trinkgeld geschickt, danke!"]),
    ("ru", ["Поставил вам 5 звёзд и отправил 20 $ чаевых, спасибо!"]),
]


@pytest.mark.parametrize(("language", "thread"), OFFERS)
def test_offers_read_as_offers(language, thread):
    f = read_thread(thread)
    assert f.offer_score >= OFFER_MIN, (language, thread)
    assert f.threat_score < THREAT_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), THREATS)
def test_threats_read_as_threats(language, thread):
    f = read_thread(thread)
    assert f.threat_score >= THREAT_MIN, (language, thread)
    assert f.offer_score < OFFER_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), HONEST)
def test_honest_look_alikes_stay_quiet(language, thread):
    f = read_thread(thread)
    assert f.offer_score < OFFER_MIN and f.threat_score < THREAT_MIN, (language, thread)


def test_every_language_has_each_class():
    for cases in (OFFERS, THREATS, HONEST):
        assert {lang for lang, _ in cases} == {"en", "en_chat", "es", "pt", "fr", "de", "ru"}


def test_review_held_against_a_discount_is_extortion_not_an_offer():
    for body in (
        "Frankly my rating of you depends on that discount. 15% and it will be a glowing one.",
        "Mi calificación depende del descuento que me hagas.",
        "Meine Bewertung hängt davon ab, ob Sie mir Rabatt geben.",
        "Моя оценка зависит от скидки, сами понимаете.",
    ):
        f = read_text(body)
        assert f.threat_score >= THREAT_MIN, body
        assert f.offer_score < OFFER_MIN, body


def test_a_refused_offer_told_by_the_other_party_and_a_real_offer_differ():
    told = "Another client offered me $40 for five stars, I declined and reported it."
    made = "I'll send you $40 if you give me five stars."
    assert read_text(told).offer_score < OFFER_MIN
    assert read_text(made).offer_score >= OFFER_MIN


def test_a_loyalty_discount_tied_to_the_rating_is_still_an_offer():
    body = "As a returning client you get 10% off if you leave me five stars, leave me 5 stars and I send it."
    assert read_text(body).offer_score >= OFFER_MIN


def test_chat_star_glyph_after_a_number_is_that_many_stars():
    assert "5star" in textmodel.prepare("its 5⭐ from me")
    assert "1star" not in textmodel.prepare("its 5⭐ from me")
    assert "1star" in textmodel.prepare("u get 1⭐")


def test_the_reviewer_sees_what_the_rules_found():
    f = read_text("Change the rating to five stars or I post the whole story in the freelancer group.")
    cue = next(c for c in f.cues if c.startswith("model (threat)"))
    assert "a public post" in cue and "a top rating" in cue, cue


def test_the_look_ahead_guard_changes_no_reading():
    """Concept searches skip positions where no alternative can start; on every
    red-team message and thread they find what the bare patterns find."""
    import json
    import re
    from pathlib import Path

    bare = {name: re.compile(rx.pattern.removeprefix(textmodel._STARTS)) for name, rx in textmodel.CONCEPTS.items()}
    gate = re.compile(textmodel._GATE.pattern.removeprefix(textmodel._STARTS))
    texts = []
    for path in sorted((Path(__file__).resolve().parents[2] / "bench" / "redteam").glob("round*/threads.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            bodies = [m["body"] for m in json.loads(line)["messages"]]
            texts += [*bodies, "\n".join(bodies)]
    assert len(texts) > 2000
    for body in texts:
        prepared = textmodel.prepare(body)
        assert bool(textmodel._GATE.search(prepared)) == bool(gate.search(prepared)), body
        for name, rx in textmodel.CONCEPTS.items():
            assert bool(rx.search(prepared)) == bool(bare[name].search(prepared)), (name, body)
