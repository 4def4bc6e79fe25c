"""Offers and threats of the kinds red-team round 5 showed the text reader missed,
in wordings written for this branch (not copied from round 5's phrase banks), in
the seven earlier languages and in Italian and Polish, which round 5 was the first
to use. Each case is one sender's consecutive messages, read as the scan reads
them (``read_thread``).

Classes: a veiled benefit ("I'll make it worth your while", "saprò sdebitarmi",
"odwdzięczę się"); more work and referrals promised to a client for a client
rating; a rating in return; a benefit given once the rating is seen ("first the
review, then the refund"); a chargeback or dispute threatened to get money or free
work; a public post about the reader (with their name, screenshots, to followers
or a group) against a refund; "a discount might change what I write"; files
withheld below five stars. Honest: someone else's offer, refused and reported, in
every language; ratings talk next to a shared folder; a real dispute; gratitude
asked for politely ("je vous serais reconnaissant"); policy quotes, tips, price
talk and review-widget jobs in Italian and Polish.
"""

import pytest

from detection import textmodel
from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_text, read_thread
from detection.detectors.paid_feedback import OFFER_MIN

OFFERS = [
    (
        "en",
        [
            "Reviews decide everything for me here.",
            "Get me to five stars and you'll find I'm very grateful in practical ways, if you see what I mean.",
        ],
    ),
    ("en", ["If the rating lands at the top, I'll return the favour, count on it."]),
    ("en", ["A 5-star review from you and I'll make it up to you on the next invoice."]),
    ("es", ["Si la valoración sale de cinco, sabré compensarte, ya sabes."]),
    ("pt", ["Com cinco estrelas da sua parte, eu te recompenso, pode ter certeza."]),
    ("fr", ["Avec un avis cinq étoiles, je saurai vous remercier comme il se doit."]),
    ("de", ["Bei fünf Sternen revanchiere ich mich, versprochen."]),
    ("ru", ["Поставите пять звёзд — отблагодарю, не сомневайтесь."]),
    ("it", ["Con cinque stelle da parte tua ti ricompenso, stai tranquillo."]),
    ("pl", ["Przy pięciu gwiazdkach wynagrodzę ci to, obiecuję."]),
    ("en_chat", ["5* from u n i got u covered 😉"]),
    (
        "en",
        [
            "I've got a pipeline of six jobs for the summer.",
            "Rate me five as a client and every one of them goes to you, plus intros to my partners.",
        ],
    ),
    ("es", ["Tengo cinco encargos más en cola. Valórame con cinco estrellas como cliente y te los paso todos."]),
    ("it", ["Ho altri quattro lavori in arrivo. Se mi dai cinque stelle come cliente sono tutti tuoi."]),
    ("pl", ["Mam jeszcze cztery zlecenia na ten miesiąc. Jak wystawisz mi pięć gwiazdek, wszystkie są twoje."]),
    ("de", ["Ich habe noch vier weitere Aufträge. Wenn du mir fünf Sterne gibst, gehören sie dir."]),
    ("fr", ["J'ai encore quatre missions à confier. Si tu me mets cinq étoiles, elles sont pour toi."]),
    ("en", ["How about this: I give you five, you give me five, done."]),
    ("es", ["Te pongo cinco si tú me pones cinco, ¿trato?"]),
    ("it", ["Io ti metto cinque stelle e tu ne metti cinque a me, ok?"]),
    ("pl", ["Ja tobie pięć gwiazdek, ty mi pięć, umowa?"]),
    ("pt", ["Eu te dou cinco estrelas e você me dá cinco, combinado?"]),
    ("ru", ["Я тебе пять звёзд, ты мне пять, договорились?"]),
    ("de", ["Ich gebe dir fünf Sterne und du mir auch fünf, abgemacht?"]),
    ("it", ["Se mi lasci una recensione a cinque stelle ti restituisco 40 € subito."]),
    ("it", ["Una recensione da cinque stelle e ti faccio il 20% di sconto sul prossimo progetto."]),
    ("it", ["Appena vedo le cinque stelle ti mando un regalino."]),
    ("pl", ["Jeśli dasz mi pięć gwiazdek, zwrócę ci 100 zł."]),
    ("pl", ["Opinia na pięć gwiazdek i przy następnym zleceniu dostajesz 25% rabatu."]),
    ("pl", ["Gdy tylko zobaczę pięć gwiazdek, wyślę ci mały prezent."]),
    ("en", ["As the client here: rate me 5 stars and I'll add a $50 tip on top of the milestone."]),
    ("de", ["Als Auftraggeber: Gib mir fünf Sterne und ich lege 50 € Trinkgeld drauf."]),
    ("en", ["Review first, five stars, then the $40 comes back to you."]),
    ("es", ["Primero las cinco estrellas, después te llega la transferencia de 30 €."]),
    ("en", ["Between us: a top rating from you and you won't regret it."]),
    ("en", ["Once those five stars are in, a little something will land in your PayPal."]),
    ("es", ["Cuando vea las cinco estrellas te llega un regalito, palabra."]),
    ("pt", ["Se sair nota máxima, eu retribuo com um desconto no próximo projeto."]),
    ("fr", ["Dès que l'avis cinq étoiles est en ligne, je vous fais un virement de 30 €."]),
    ("de", ["Sobald fünf Sterne da sind, schicke ich dir 30 € zurück."]),
    ("ru", ["Как только увижу пять звёзд, переведу вам 2000 ₽ обратно."]),
    ("it", ["Non appena vedo le cinque stelle, ti faccio un bonifico di 30 €."]),
    ("pl", ["Jak tylko pojawi się opinia na pięć gwiazdek, robię ci przelew 100 zł."]),
    ("it", ["Recensione a cinque stelle e la prossima revisione è gratis."]),
    ("pl", ["Za opinię na pięć gwiazdek dorzucę poprawki gratis."]),
    ("en_chat", ["u rate me 5 n i rate u 5 ez"]),
    ("it", ["Facciamo cinque per cinque: tu a me, io a te."]),
    ("pl", ["Ocena za ocenę? Ty mi pięć, ja tobie pięć."]),
    ("en", ["As your client I can send more work your way — three more contracts — once you rate me five stars."]),
    ("pl", ["Mamy kolejne dwa projekty. Wystaw mi pięć gwiazdek jako klientowi, a oba są twoje."]),
    ("it", ["Ho in serbo altri due progetti: se mi valuti cinque stelle come cliente, sono tuoi."]),
    ("en", ["Quick favour: a 5★ from you this week and the next two sprints are billed at half rate."]),
    ("en", ["If your review ends up glowing, there's a little bonus waiting in your inbox. Just saying."]),
    ("en_chat", ["yo drop me 5 stars n ill venmo u 25 👀"]),
    ("en_chat", ["5 stars = free logo tweak forever lol"]),
    ("es", ["Déjame una reseña de cinco y te regalo el diseño de las tarjetas."]),
    ("es", ["Si me calificas con 5 como cliente, tengo otros dos encargos para ti y te recomiendo en mi red."]),
    ("pt", ["Avalia com cinco estrelas e eu te mando um vale-presente de 100 reais."]),
    ("fr", ["Cinq étoiles de ta part et je t'offre la maintenance du site pendant trois mois."]),
    ("de", ["Fünf Sterne von dir und ich mache das nächste Logo umsonst."]),
    ("ru", ["Оставьте пять звёзд, а я сделаю вам скидку 20% на следующий заказ."]),
    ("it", ["Lasciami cinque stelle e ti faccio il logo successivo gratis."]),
    ("it", ["Se la recensione è da cinque stelle, ti mando un buono Amazon da 50 €."]),
    ("pl", ["Zostaw mi pięć gwiazdek, a zrobię ci następne logo za darmo."]),
    ("pl", ["Za pięć gwiazdek dostaniesz ode mnie bon na 100 zł."]),
    ("en", ["Rate me 5 as your client and I'll send you every translation job we get this year."]),
    ("de", ["Du bewertest mich mit 5, ich bewerte dich mit 5. Fair, oder?"]),
    ("fr", ["Tu me mets 5 étoiles, je te mets 5 étoiles, et tout le monde est content."]),
]

THREATS = [
    ("en", ["Either the two extra mockups come free, or I open a dispute and claw the payment back through my card."]),
    ("en", ["Knock 40% off or I'm calling my bank for a chargeback."]),
    ("es", ["Si no me rebajas la mitad, pido un contracargo a mi tarjeta."]),
    ("pt", ["Ou você me dá desconto ou eu abro um estorno no cartão."]),
    ("fr", ["Faites-moi une remise de 30 %, sinon j'ouvre un litige avec ma banque."]),
    ("de", ["Entweder 30 % Rabatt oder ich mache eine Rückbuchung über die Kreditkarte."]),
    ("ru", ["Либо скидка 30%, либо оформляю чарджбэк через банк."]),
    ("it", ["O mi fai uno sconto o chiedo lo storno alla carta."]),
    ("pl", ["Albo rabat 30%, albo robię chargeback przez bank."]),
    ("en_chat", ["gimme 30% back or chargeback it is 🤷"]),
    (
        "en",
        [
            "My audience on Instagram is 60k people.",
            "Send half the fee back by Monday or they'll all see a story about you with your name and our chat.",
        ],
    ),
    ("en", ["Refund me or I post about you on Twitter with screenshots."]),
    ("es", ["Devuélveme la mitad o publico en Instagram todo sobre ti con capturas."]),
    ("pt", ["Ou devolve metade ou eu posto sobre você no Instagram com prints."]),
    ("fr", ["Rembourse-moi la moitié, sinon je publie sur toi sur LinkedIn avec les captures."]),
    ("de", ["Erstatte mir die Hälfte, sonst poste ich über dich auf Instagram mit Screenshots."]),
    ("ru", ["Верни половину, иначе выложу пост про тебя в телеграм со скринами."]),
    ("it", ["Rimborsami metà o pubblico un post su di te su Instagram con gli screenshot."]),
    ("pl", ["Zwróć mi połowę, inaczej wrzucę post o tobie na Facebooka ze screenami."]),
    (
        "en",
        [
            "Reviews stay forever here.",
            "It'd be unfortunate if future clients heard about the missed deadline. A discount would change what I write.",
        ],
    ),
    ("es", ["Sería una lástima que otros clientes leyeran sobre los retrasos. Un descuento podría cambiar mi reseña."]),
    (
        "it",
        [
            "Sarebbe un peccato se i tuoi clienti futuri leggessero dei ritardi nella mia recensione. Uno sconto cambierebbe quello che scrivo."
        ],
    ),
    (
        "pl",
        [
            "Szkoda by było, gdyby inni klienci przeczytali w mojej opinii o spóźnieniach. Rabat może zmienić to, co napiszę."
        ],
    ),
    (
        "en",
        ["The final files are ready. You'll get them after a five-star review; anything lower and they stay with me."],
    ),
    ("it", ["I file finali sono pronti. Te li mando dopo una recensione a cinque stelle, altrimenti restano a me."]),
    ("pl", ["Pliki są gotowe. Dostaniesz je po opinii na pięć gwiazdek, inaczej zostają u mnie."]),
    ("it", ["Rimborsami 50 € o ti do una stella."]),
    ("it", ["Se non mi fai gratis le pagine in più, ti lascio una recensione negativa."]),
    ("pl", ["Zwróć 200 zł albo dostaniesz jedną gwiazdkę."]),
    ("pl", ["Jeśli nie zrobisz dodatkowych stron za darmo, wystawię ci negatywną opinię."]),
    ("it", ["Ho visto le tue tre stelle. Portale a cinque entro stasera, altrimenti ti segnalo al supporto."]),
    ("pl", ["Widzę trzy gwiazdki. Zmień na pięć do jutra, inaczej zgłoszę cię do supportu."]),
    ("en", ["Cut the price in half by tomorrow, otherwise I'm disputing the charge with my bank."]),
    ("en", ["50% back or I write about you in every freelancer group I'm in, with your name."]),
    ("es", ["O me haces el logo extra gratis o abro una disputa y pido el contracargo."]),
    ("fr", ["Sans geste commercial d'ici demain, je publie un post sur vous avec les captures."]),
    ("de", ["Ohne Rabatt bis morgen eröffne ich einen Streitfall und buche zurück."]),
    ("ru", ["Без скидки до завтра открою спор и сделаю чарджбэк."]),
    ("it", ["Senza uno sconto entro domani apro una contestazione e chiedo lo storno."]),
    ("pl", ["Bez rabatu do jutra otwieram spór i robię chargeback."]),
    ("it", ["O mi rimborsi metà o scrivo a tutti i tuoi clienti cosa è successo."]),
    ("pl", ["Albo zwrot połowy, albo napiszę wszystkim w grupie, jak pracujesz."]),
    ("en", ["I'd hate for your future clients to read what happened. A refund would help me forget it."]),
    ("it", ["Se non vedo cinque stelle, i file sorgente non li vedrai."]),
    ("pl", ["Bez pięciu gwiazdek nie dostaniesz plików źródłowych."]),
    ("en", ["Either I get 30% back or my review will say exactly how late you were."]),
    ("en", ["I'm in three Facebook groups for founders. Refund half by tomorrow, or they all hear about you."]),
    ("en_chat", ["refund or 1 star, ur pick 🙃"]),
    ("en_chat", ["do the extra pages free or im disputing the payment w my bank"]),
    ("es", ["Si no me devuelves 100 €, te dejo una estrella y lo cuento en todos los grupos."]),
    ("pt", ["Sem desconto, a minha avaliação vai ser de uma estrela."]),
    ("fr", ["Pas de remise, pas de bonne note. À toi de voir."]),
    ("de", ["Wenn du mir nicht 50 € zurückgibst, bekommst du einen Stern."]),
    ("ru", ["Не вернёте половину — поставлю одну звезду и напишу всем в чате."]),
    ("it", ["Se non mi fai uno sconto del 30%, ti lascio una stella."]),
    ("it", ["Fammi gratis le due pagine in più, altrimenti apro una contestazione con la banca."]),
    ("pl", ["Jeśli nie dasz mi rabatu, wystawię ci jedną gwiazdkę."]),
    ("pl", ["Zrób za darmo dodatkowe strony, inaczej robię chargeback."]),
    ("en", ["Your three stars stay unless you change mine to five. Otherwise I'm reporting you to support."]),
    ("en", ["The source code stays with me until I see five stars from you. Less than that and you don't get it."]),
]

HONEST = [
    ("en", ["FYI a client last month offered me money for 5 stars. I turned it down and flagged it to support."]),
    ("en", ["Someone tried to pay me $30 for a five-star review. I refused and reported them."]),
    ("es", ["Un cliente anterior me ofreció dinero por cinco estrellas; lo rechacé y lo reporté."]),
    ("pt", ["Um ex-cliente me ofereceu 50 reais por cinco estrelas, recusei e denunciei."]),
    ("fr", ["Une ancienne cliente m'a offert 40 € pour cinq étoiles, j'ai refusé et j'ai signalé."]),
    ("de", ["Ein ehemaliger Auftraggeber hat mir 40 € für fünf Sterne angeboten. Ich habe abgelehnt und es gemeldet."]),
    ("ru", ["Бывший клиент предлагал мне деньги за пять звёзд. Я отказался и пожаловался в поддержку."]),
    ("it", ["Un altro cliente mi ha offerto 40 € per cinque stelle. Ho rifiutato e l'ho segnalato."]),
    ("pl", ["Inny klient proponował mi 100 zł za pięć gwiazdek. Odmówiłem i zgłosiłem to."]),
    ("en_chat", ["some dude offered me $20 for 5* lol, said no n reported"]),
    (
        "en",
        ["I've shared the folder with you.", "Everyone on this site seems to have 5 stars, makes it tough to choose."],
    ),
    ("it", ["Ho condiviso la cartella.", "Qui tutti hanno 5 stelle, difficile scegliere."]),
    ("pl", ["Udostępniłem folder.", "Tu każdy ma 5 gwiazdek, trudno wybrać."]),
    ("it", ["Tutto consegnato. Se hai tempo, una recensione sincera mi aiuterebbe, qualunque sia."]),
    ("pl", ["Wszystko gotowe. Jeśli znajdziesz chwilę, szczera opinia bardzo mi pomoże, jakakolwiek będzie."]),
    ("fr", ["Si vous laissez un avis, je vous serais reconnaissant, quel qu'il soit."]),
    ("en", ["If you leave a review I'd be grateful, whatever you think."]),
    ("it", ["Ti ho mandato una mancia di 30 €, grazie del lavoro extra."]),
    ("pl", ["Wysłałem ci 50 zł napiwku za dodatkową pracę, bez żadnych warunków."]),
    ("it", ["Ricorda che il regolamento vieta di scambiare recensioni con sconti, quindi valutami con onestà."]),
    ("pl", ["Regulamin zabrania wymiany opinii za rabaty, więc proszę ocenić szczerze."]),
    ("it", ["Mancano due pagine su cinque, ho aperto una contestazione per far decidere la piattaforma."]),
    ("pl", ["Brakuje dwóch stron, otworzyłem spór, niech platforma zdecyduje."]),
    ("en", ["Two of five pages are missing, so I opened a dispute. The platform can decide."]),
    ("it", ["Il preventivo è un po' alto. Puoi farlo a 300 € senza animazioni?"]),
    ("pl", ["Wycena jest trochę za wysoka. Zrobisz to za 800 zł bez animacji?"]),
    ("it", ["Ci serve un widget con le stelle da 1 a 5 e il numero di recensioni."]),
    ("pl", ["Potrzebujemy widżetu z gwiazdkami od 1 do 5 i liczbą opinii."]),
    ("it", ["Hai ragione, ti ho rimborsato 50 € e sistemo comunque le pagine."]),
    ("pl", ["Masz rację, zwróciłem ci 100 zł i i tak poprawię strony."]),
    ("ru", ["Вернусь в пятницу, тогда и закроем контракт. Отзыв оставлю после."]),
    ("en", ["I'll export the files in five formats and share them with everyone on your team."]),
    ("es", ["Subo los archivos a la carpeta compartida, todos los del equipo los verán."]),
    (
        "en",
        [
            "I'll make sure you don't regret hiring me: unlimited revisions are included in every package.",
            "Reviews from past clients are on my profile.",
        ],
    ),
    ("en", ["First the wireframes, then the final design. A review at the end would be lovely, whatever you think."]),
    ("en", ["Half the fee upfront, half on delivery, as usual. Rating is up to you."]),
    ("es", ["La mitad por adelantado y la otra mitad al entregar. La reseña, como quieras."]),
    (
        "en",
        [
            "I wrote a blog post about you guys' product launch, with your name and a link — hope that's ok! Great review btw."
        ],
    ),
    ("en", ["The source files stay with me until the final payment clears, as the contract says. Then they're yours."]),
    ("en", ["If the payment doesn't go through, I'll open a dispute so support can check. Reviews can wait."]),
    (
        "en",
        [
            "Our Telegram channel has 5k followers; we'd like you to design the cover for it. 5 stars on your profile convinced us."
        ],
    ),
    ("en", ["Can you send me a screenshot of the error? Also thanks for the 5 star review!"]),
    ("fr", ["Je vous serais très reconnaissant si vous laissiez un avis, même critique."]),
    ("de", ["Ich wäre Ihnen dankbar für eine Bewertung, egal wie sie ausfällt."]),
    ("it", ["Un cliente mi ha chiesto di scambiare recensioni, ho detto di no e l'ho segnalato."]),
    ("pl", ["Ktoś zaproponował mi pieniądze za pięć gwiazdek, odmówiłem i zgłosiłem to."]),
    ("es", ["Alguien me ofreció 20 € por cinco estrellas. Le dije que no y avisé a soporte."]),
    ("ru", ["Один заказчик предлагал мне доплату за пять звёзд — я отказался."]),
    (
        "it",
        [
            "Ci sentiamo venerdì. Ti ho mandato 5 bozze, scegli quella che preferisci e poi lasciami pure una recensione sincera."
        ],
    ),
    ("pl", ["Pięć projektów gotowych, pięć do poprawki. Opinię wystaw, jak uważasz."]),
    ("en", ["I gave you 5 stars, you gave me 5 — thanks, great working together!"]),
    ("it", ["Ti ho già lasciato cinque stelle, se vuoi ricambiare mi fa piacere."]),
    ("en", ["Your cousin said you had 5 stars from 5 clients, so I hired you."]),
    ("es", ["Si el pago no llega, abriré una disputa; la reseña vendrá después y será honesta."]),
    ("en", ["Half the payment now, half once the work is approved. Reviews at the end, as you like."]),
    (
        "en",
        [
            "Don't worry, we take care of you: the platform refunds if anything goes wrong. Leave a review after, whatever you think."
        ],
    ),
    ("en", ["Three of the five pages were never delivered. Refund those or I open a dispute with the platform."]),
    ("es", ["No entregaste dos de las cinco páginas. Devuélveme esa parte o abro una disputa."]),
    ("de", ["Zwei von fünf Seiten fehlen. Erstatte mir den Teil, sonst eröffne ich einen Streitfall."]),
    ("it", ["Mancano due pagine su cinque: rimborsami quella parte, altrimenti apro una contestazione."]),
    ("pl", ["Brakuje dwóch z pięciu stron. Zwróć mi za nie, inaczej otwieram spór."]),
    ("en", ["First the design, then the code. I'll leave you a review at the end."]),
    ("en", ["Once you see the five stars on my profile you'll know I'm reliable, happy to start Monday."]),
    ("en", ["Half of the budget goes to design, half to development. Reviews at the end, as usual."]),
    ("en", ["We posted about your work in our company group, everyone loved it! Five stars from us."]),
    ("en", ["Someone in a Facebook group asked if you were good, I said yes and shared your profile."]),
    ("en_chat", ["lol some client tried to bribe me w $50 for 5 stars, nope, reported"]),
    ("es", ["Te recomiendo a dos agencias amigas, ya te dejé las cinco estrellas, ¡gracias!"]),
    ("fr", ["Je te recommande à deux agences, et j'ai déjà mis cinq étoiles. Merci !"]),
    ("de", ["Ich empfehle dich gern weiter, fünf Sterne habe ich schon gegeben."]),
    ("it", ["Ti raccomando a due agenzie, e ti ho già lasciato cinque stelle. Grazie!"]),
    ("pl", ["Polecę cię dwóm agencjom, pięć gwiazdek już wystawiłem. Dzięki!"]),
    ("ru", ["Порекомендую вас знакомым, пять звёзд уже поставил. Спасибо!"]),
    ("en", ["If the payment fails again, I'll ask my bank about a chargeback. Nothing to do with the review."]),
    ("en", ["You gave me 5, I gave you 5, great working together!"]),
    ("it", ["Mi hai dato 5 stelle e io a te 5, grazie della collaborazione!"]),
    ("pl", ["Dałeś mi 5 gwiazdek, ja tobie też 5, dzięki za współpracę!"]),
    ("en", ["Screenshots of the bug are attached. The 5 pages are fine, the 5th form is broken."]),
    ("es", ["Te paso capturas del error. Las cinco páginas están bien, el formulario no."]),
    ("en", ["Our followers on Instagram loved the new logo. Thanks again, five stars well deserved."]),
    ("ru", ["Выложил пост про наш проект в телеграм-канал, подписчикам понравилось. Пять звёзд!"]),
    ("it", ["Ho pubblicato un post su Instagram sul progetto, ai follower è piaciuto. Cinque stelle meritate!"]),
    ("pl", ["Wrzuciłem post o projekcie na Facebooka, obserwującym się spodobało. Pięć gwiazdek!"]),
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
        assert {lang for lang, _ in cases} == {"en", "en_chat", "es", "pt", "fr", "de", "ru", "it", "pl"}


def test_italian_and_polish_star_words_are_ratings():
    assert "5star" in textmodel.prepare("Se mi lasci cinque stelle")
    assert "5star" in textmodel.prepare("Jeśli wystawisz mi pięć gwiazdek")
    assert "1star" in textmodel.prepare("albo dostajesz jedną gwiazdkę")
    assert "2star" in textmodel.prepare("Sonst zwei Sterne.")


def test_friday_is_not_five_and_coming_back_is_not_a_refund():
    """ "в пятницу" (on Friday) named no top rating and "вернусь" (I'll be back) no
    refund; with "или" (or) and a dispute they read as a threat."""
    body = "Файлы нужны в PNG или SVG? Вернусь в пятницу. Открыл спор, пусть площадка разберётся."
    f = read_text(body)
    assert f.threat_score < THREAT_MIN and f.offer_score < OFFER_MIN


def test_a_shared_folder_is_not_a_public_post():
    body = "He subido la versión a la carpeta compartida.\nEs curioso que casi todos aquí tengan 4,9 o 5 estrellas."
    assert read_text(body).threat_score < THREAT_MIN


def test_the_reviewer_sees_the_chargeback_and_the_post():
    f = read_text("Give me the extra pages for free or I file a chargeback with my bank.")
    cue = next(c for c in f.cues if c.startswith("model (threat)"))
    assert "a chargeback or dispute threatened" in cue and "an ultimatum" in cue, cue
    f = read_text("Rimborsami metà o pubblico un post su di te su Instagram con gli screenshot.")
    cue = next(c for c in f.cues if c.startswith("model (threat)"))
    assert "a public post" in cue and "an ultimatum" in cue, cue


def test_a_reply_quoting_the_offer_is_not_the_senders_offer():
    """The victim who quotes the offer to refuse it ("> …") made no offer; the
    offer itself still reads as one."""
    offer = "If you rate me five stars I'll send you $50 back."
    reply = f"> {offer}\nNo thanks, I've reported this to the platform."
    assert read_thread([offer]).offer_score >= OFFER_MIN
    f = read_thread([reply])
    assert f.offer_score < OFFER_MIN and f.threat_score < THREAT_MIN


def test_grouping_alternatives_by_first_letter_changes_no_reading():
    """Concept lists are compiled with their alternatives grouped by first letter
    (``textmodel.factored``, for speed); on every red-team text each concept finds
    what its alternatives written out one by one find."""
    import json
    import re
    from pathlib import Path

    assert textmodel.factored(r"chargeback|charge back|\bdisput|\bdone|[ée]valu|a|ab") == (
        r"c(?:hargeback|harge back)|\bd(?:isput|one)|a(?:|b)|[ée]valu"
    )
    plain = {
        name: re.compile(
            ("" if name == "threat_tie" else textmodel._STARTS)
            + "(?:"
            + textmodel._strip_accents(rx).replace("ё", "е")
            + ")"
        )
        for name, rx in textmodel._C.items()
    }
    texts = []
    for path in sorted((Path(__file__).resolve().parents[2] / "bench" / "redteam").glob("round*/threads.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            bodies = [m["body"] for m in json.loads(line)["messages"]]
            texts.append(textmodel.prepare("\n".join(bodies)))
    assert len(texts) > 1000
    for name, rx in textmodel.CONCEPTS.items():
        differ = [t for t in texts if bool(rx.search(t)) != bool(plain[name].search(t))]
        assert differ == [], (name, differ[:2])
