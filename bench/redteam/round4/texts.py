"""Round-4 phrase banks, written fresh for this round.

Each scheme template is a list of (who, text). For paid feedback "A" is the party who
offers something and wants the review, "B" the party who would write it. For extortion
"A" is the one who threatens, "B" the one threatened. The outcome reply (complied /
refused) comes from B and is appended by the generator; "silent" adds nothing.

Slots: {amt} money as written in the language, {d} a number of days, {p} the project
noun, {nm} B's first name, {nx} a small count (projects, stars, hours).
"""

LANGS = ["en", "es", "pt", "fr", "de", "ru", "en_chat"]

# currency per language for scheme contracts: (currency code, formatter)
CURRENCY = {
    "en": ("USD", "${v}"),
    "es": ("EUR", "{v} €"),
    "pt": ("BRL", "R$ {v}"),
    "fr": ("EUR", "{v} €"),
    "de": ("EUR", "{v} €"),
    "ru": ("RUB", "{v} ₽"),
    "en_chat": ("USD", "{v}$"),
}

PROJECT = {
    "en": ["landing page", "logo set", "data cleanup", "mobile app screens", "translation batch", "WordPress fix"],
    "es": ["la web", "el logo", "la migración", "las fichas de producto", "la app", "el informe"],
    "pt": ["o site", "a identidade visual", "a planilha", "o aplicativo", "a loja", "o relatório"],
    "fr": ["le site", "la maquette", "la traduction", "le script", "la boutique", "le rapport"],
    "de": ["die Website", "das Logo", "die Datenbank", "den Shop", "die Übersetzung", "das Skript"],
    "ru": ["сайт", "логотип", "парсер", "лендинг", "перевод", "бота"],
    "en_chat": ["site", "logo", "app", "scraper", "shop", "vid edit"],
}

# ---------------------------------------------------------------- paid feedback
# theme -> {lang: (initiator, mode, [(who, text), ...])}; initiator F = freelancer, C = client
PAID = {
    "crypto_or_giftcard": {
        "en": ("F", "explicit", [
            ("A", "Files are uploaded, {nm}. Quick thing before you close the contract."),
            ("A", "If you rate me five stars I'll send you a {amt} Amazon gift card code as a thank-you. Just between us."),
        ]),
        "es": ("F", "explicit", [
            ("A", "Ya te subí todo, {nm}."),
            ("A", "Te propongo algo: si me dejas la valoración máxima te mando {amt} en USDT a tu billetera, fuera de la plataforma."),
        ]),
        "pt": ("C", "explicit", [
            ("A", "Gostei do resultado. Olha, se você me avaliar com 5 estrelas como cliente eu te mando um vale-presente de {amt} da Amazon."),
            ("A", "Só me passa o e-mail que o código chega hoje."),
        ]),
        "fr": ("F", "veiled", [
            ("A", "Tout est livré. Pour vous remercier de votre confiance, j'ai une petite carte cadeau de {amt} pour vous."),
            ("A", "Je vous l'envoie dès que j'aurai vu votre avis, bien sûr. Un avis à la hauteur, j'en suis sûr."),
        ]),
        "de": ("F", "explicit", [
            ("A", "Hallo {nm}, alles ist hochgeladen."),
            ("A", "Kleiner Vorschlag: Für eine 5-Sterne-Bewertung schicke ich Ihnen {amt} in Bitcoin oder als Gutschein, was Ihnen lieber ist."),
        ]),
        "ru": ("F", "explicit", [
            ("A", "{nm}, всё залил в архив."),
            ("A", "Если поставите пять звёзд, переведу вам {amt} на карту или в USDT, как удобнее. Между нами."),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "yo {nm} all done 👍"),
            ("A", "5★ review = {amt} steam giftcard for u 🎁🎁 deal??"),
        ]),
    },
    "trustpilot_and_here": {
        "en": ("F", "explicit", [
            ("A", "Glad the {p} works. Could you do me a favour?"),
            ("A", "Leave me a 5-star review here and one on Trustpilot, and I'll knock {amt} off the last invoice. Both need to be five though."),
        ]),
        "es": ("C", "explicit", [
            ("A", "Hola {nm}, quedó bien {p}."),
            ("A", "Hagamos un trato: tú me pones 5 estrellas aquí y yo te dejo una reseña en Trustpilot y otra aquí, y además te pago {amt} extra."),
        ]),
        "pt": ("F", "explicit", [
            ("A", "Entreguei {p}. Se puder deixar 5 estrelas aqui e também no Trustpilot eu te devolvo {amt} por fora."),
        ]),
        "fr": ("F", "explicit", [
            ("A", "Merci pour ce projet {nm} !"),
            ("A", "Si vous laissez 5 étoiles ici et un avis sur Trustpilot, je vous rembourse {amt} sur la facture. Deux avis, deux fois cinq étoiles."),
        ]),
        "de": ("C", "explicit", [
            ("A", "Danke {nm}. Ich schreibe Ihnen gern eine Bewertung auf Trustpilot und hier, und es gibt {amt} obendrauf, wenn Sie mich als Auftraggeber mit fünf Sternen bewerten."),
        ]),
        "ru": ("F", "explicit", [
            ("A", "Работа готова. Оставьте, пожалуйста, отзыв на 5 звёзд здесь и на Трастпилоте, а я верну {amt} с оплаты."),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "hey can u drop 5* here AND on trustpilot pls 🙏"),
            ("A", "ill refund {amt} for both, 2 reviews = {amt} back lol"),
        ]),
    },
    "rating_for_rating": {
        "en": ("F", "explicit", [
            ("A", "Since we're both freelancers we know how it works. You rate me five, I rate you five, both our profiles go up."),
            ("A", "Nobody needs to know this job was tiny. Deal?"),
        ]),
        "es": ("F", "explicit", [
            ("A", "Oye, los dos somos freelancers aquí. Tú me das cinco estrellas y yo te doy cinco, así subimos los dos en el buscador."),
        ]),
        "pt": ("F", "explicit", [
            ("A", "Fechado então: eu te dou 5 estrelas, você me dá 5 estrelas."),
            ("A", "Ajuda nós dois no ranking, ninguém perde."),
        ]),
        "fr": ("F", "veiled", [
            ("A", "Entre collègues freelances on peut s'entraider, non ? Vous savez ce que vaut une bonne note pour le classement."),
            ("A", "Je serai très généreux dans mon évaluation, et je compte sur la réciproque 😉"),
        ]),
        "de": ("F", "explicit", [
            ("A", "Wir sind ja beide Freelancer hier. Sie geben mir fünf Sterne, ich gebe Ihnen fünf Sterne, fertig. Hilft uns beiden."),
        ]),
        "ru": ("F", "explicit", [
            ("A", "Мы оба фрилансеры, давайте поможем друг другу."),
            ("A", "Я вам ставлю 5, вы мне 5. Заказ символический, главное отзывы."),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "u 5 me i 5 u 🤝 both profiles go brrr 📈"),
        ]),
    },
    "future_work": {
        "en": ("C", "explicit", [
            ("A", "Thanks {nm}. I have a pipeline of {nx} more projects like this."),
            ("A", "Give me a five-star client review and they're all yours. Anything less and I'll look elsewhere."),
        ]),
        "es": ("C", "veiled", [
            ("A", "Tengo {nx} proyectos más para el trimestre. Los voy a dar a quien me deje una buena valoración como cliente, ya me entiendes."),
        ]),
        "pt": ("C", "explicit", [
            ("A", "Tenho mais {nx} projetos pra passar. Se você me der 5 estrelas como cliente, são seus."),
        ]),
        "fr": ("C", "explicit", [
            ("A", "J'ai encore {nx} missions dans les tuyaux."),
            ("A", "Cinq étoiles pour moi comme client et elles sont pour vous, promis."),
        ]),
        "de": ("C", "veiled", [
            ("A", "Ich hätte noch {nx} weitere Aufträge. Die gehen an Leute, die mich fair bewerten – und fair heißt bei mir volle Punktzahl."),
        ]),
        "ru": ("C", "explicit", [
            ("A", "У меня ещё {nx} заказа в очереди."),
            ("A", "Поставите мне пятёрку как заказчику — все ваши."),
        ]),
        "en_chat": ("C", "explicit", [
            ("A", "got {nx} more gigs 4 u if u gimme 5 stars as client ⭐⭐⭐⭐⭐"),
            ("A", "no 5 = no more gigs tho 🤷"),
        ]),
    },
    "bonus_or_refund_paid": {
        "en": ("C", "explicit", [
            ("A", "Great job on the {p}."),
            ("A", "I'll add a {amt} bonus the moment your review of me shows five stars."),
        ]),
        "es": ("F", "explicit", [
            ("A", "Si me pones 5 estrellas te reembolso {amt} hoy mismo por la plataforma."),
        ]),
        "pt": ("F", "veiled", [
            ("A", "Consigo te devolver {amt} como desconto."),
            ("A", "Só peço uma avaliação caprichada, daquelas de nota cheia."),
        ]),
        "fr": ("C", "explicit", [
            ("A", "Je vous verse une prime de {amt} dès que votre évaluation de moi affiche 5 étoiles."),
        ]),
        "de": ("F", "explicit", [
            ("A", "Ich erstatte Ihnen {amt} zurück, wenn die Bewertung fünf Sterne hat."),
            ("A", "Über die Plattform, ganz offiziell als Rückerstattung."),
        ]),
        "ru": ("C", "explicit", [
            ("A", "Накину бонус {amt}, как только увижу от вас пять звёзд мне как заказчику."),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "refund {amt} 4 a 5 star?? 😇"),
            ("A", "1 click n u save {amt} 💸"),
        ]),
    },
    "voice_or_mixed": {
        "en": ("F", "explicit", [
            ("A", "[voice message 0:41, auto-transcribed] hey {nm} uh so I was thinking, if you could give me the five stars I can uh send you {amt} back, you know, for your trouble"),
        ]),
        "es": ("C", "explicit", [
            ("A", "Hey {nm}, el job quedó nice."),
            ("A", "Mira, if you give me five estrellas te mando un bonus de {amt}, ¿ok?"),
        ]),
        "pt": ("F", "explicit", [
            ("A", "[áudio transcrito 0:38] oi {nm}, tudo bem? então, se você deixar cinco estrelinhas eu te faço um pix de {amt}, tá? beijo"),
        ]),
        "fr": ("F", "explicit", [
            ("A", "Hello {nm}, le job est done."),
            ("A", "Deal: five stars pour moi = je vous refund {amt}. OK?"),
        ]),
        "de": ("C", "explicit", [
            ("A", "[Sprachnachricht 0:29, Transkript] äh ja hallo {nm}, also wenn Sie mir fünf Sterne geben, dann leg ich {amt} Bonus drauf, ne, ganz unkompliziert"),
        ]),
        "ru": ("F", "explicit", [
            ("A", "Privet {nm}, vse gotovo."),
            ("A", "Esli postavite 5 zvezd, vernu {amt}, ok? bez problem"),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "[voice msg 0:22] ayy so like 5 stars n ill venmo u {amt} no cap"),
        ]),
    },
}

PAID_REPLY = {
    "complied": {
        "en": ["Fine, done. Five stars are up.", "OK, I left the review."],
        "es": ["Vale, ya está la valoración.", "Hecho, cinco estrellas."],
        "pt": ["Tá bom, já avaliei.", "Feito, 5 estrelas."],
        "fr": ["D'accord, c'est fait.", "Ok, avis publié."],
        "de": ["Okay, erledigt.", "Gut, Bewertung ist drin."],
        "ru": ["Ладно, поставил.", "Готово, отзыв оставил."],
        "en_chat": ["ok done ✅", "kk posted 5⭐"],
    },
    "refused": {
        "en": ["No thanks. My review will say what I actually think.", "I'm not comfortable with that. I'll rate honestly."],
        "es": ["No, gracias. Voy a valorar con honestidad.", "Prefiero no. La reseña será sincera."],
        "pt": ["Não, obrigado. Vou avaliar de forma honesta.", "Prefiro não fazer isso."],
        "fr": ["Non merci, je noterai honnêtement.", "Je préfère ne pas entrer dans ce jeu."],
        "de": ["Nein danke, ich bewerte ehrlich.", "Das mache ich nicht mit."],
        "ru": ["Нет, спасибо. Оценю честно.", "Я так не работаю."],
        "en_chat": ["nah im good, ill rate honest", "lol no"],
    },
}

# ---------------------------------------------------------------- extortion
EXTORT = {
    "chargeback_unless_5": {
        "en": ("C", "explicit", [
            ("A", "Before you rate me: I'll be giving you a fair review once I see five stars from you."),
            ("A", "If I get anything below five, I'm opening a chargeback with my bank for the full {amt}."),
        ]),
        "es": ("C", "explicit", [
            ("A", "Te aviso: o me pones 5 estrellas o abro una disputa y pido el contracargo de los {amt} al banco."),
        ]),
        "pt": ("C", "explicit", [
            ("A", "Quero 5 estrelas como cliente."),
            ("A", "Senão eu peço estorno dos {amt} no cartão e abro disputa. Você decide."),
        ]),
        "fr": ("C", "veiled", [
            ("A", "Ma banque me demande si je suis satisfait de la prestation de {amt}."),
            ("A", "Tout dépendra un peu de la note que vous me laisserez, je pense que vous comprenez."),
        ]),
        "de": ("C", "explicit", [
            ("A", "Entweder fünf Sterne für mich, oder ich buche die {amt} per Rückbuchung zurück und eröffne einen Streitfall."),
        ]),
        "ru": ("C", "explicit", [
            ("A", "Ставите мне пять звёзд — или я открываю спор и делаю чарджбэк на {amt}."),
        ]),
        "en_chat": ("C", "explicit", [
            ("A", "5* or i chargeback the {amt} 💳❌"),
            ("A", "ur call 🙂"),
        ]),
    },
    "report_unless_changed": {
        "en": ("F", "explicit", [
            ("A", "I saw the {nx}-star review."),
            ("A", "Change it to five within {d} days or I report you to the platform for asking me to work off-site. I have screenshots."),
        ]),
        "es": ("C", "explicit", [
            ("A", "Vi tu valoración de {nx} estrellas. Cámbiala a 5 o te denuncio a soporte por pedirme pagos fuera de la plataforma."),
        ]),
        "pt": ("F", "explicit", [
            ("A", "Você me deu {nx} estrelas."),
            ("A", "Muda pra 5 em {d} dias ou eu te denuncio pro suporte da plataforma. Tenho prints."),
        ]),
        "fr": ("F", "explicit", [
            ("A", "J'ai vu vos {nx} étoiles. Modifiez l'avis en 5 étoiles sous {d} jours, sinon je vous signale au support pour harcèlement."),
        ]),
        "de": ("C", "veiled", [
            ("A", "Ihre Bewertung mit {nx} Sternen habe ich gesehen."),
            ("A", "Der Support interessiert sich bestimmt für ein paar Nachrichten aus unserem Verlauf. Vielleicht überlegen Sie sich die Bewertung noch einmal."),
        ]),
        "ru": ("F", "explicit", [
            ("A", "Видел ваш отзыв на {nx} звезды. Исправьте на 5 за {d} дня, иначе пишу жалобу в поддержку платформы."),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "{nx} star?? srsly"),
            ("A", "fix it 2 5 or im reportin u to support 🚩🚩 got screenshotz"),
        ]),
    },
    "refund_or_1star": {
        "en": ("C", "explicit", [
            ("A", "Refund {amt} or I leave you one star and describe the job in detail."),
        ]),
        "es": ("C", "explicit", [
            ("A", "Quiero que me devuelvas {amt}."),
            ("A", "Si no, te dejo una estrella y un comentario que nadie te va a contratar."),
        ]),
        "pt": ("C", "explicit", [
            ("A", "Me devolve {amt} ou você leva 1 estrela. Simples assim."),
        ]),
        "fr": ("C", "explicit", [
            ("A", "Remboursez-moi {amt}, sinon c'est une étoile et un commentaire salé."),
        ]),
        "de": ("C", "explicit", [
            ("A", "Sie erstatten mir {amt}, oder Sie bekommen einen Stern."),
            ("A", "Ihre Wahl."),
        ]),
        "ru": ("C", "explicit", [
            ("A", "Верните {amt}, или поставлю одну звезду и распишу всё в отзыве."),
        ]),
        "en_chat": ("C", "explicit", [
            ("A", "gimme {amt} back or 1⭐ + essay 📝"),
        ]),
    },
    "veiled_shame": {
        "en": ("F", "veiled", [
            ("A", "It would be a real pity if other freelancers read about how long your invoices take."),
            ("A", "I'm sure we'll both leave each other top marks and none of that needs to come up."),
        ]),
        "es": ("F", "veiled", [
            ("A", "Sería una pena que otros freelancers se enteraran de cómo pagas."),
            ("A", "Seguro que los dos nos dejamos la nota máxima y aquí no pasó nada."),
        ]),
        "pt": ("F", "veiled", [
            ("A", "Seria chato se outros freelancers soubessem como foi esse pagamento."),
            ("A", "Tenho certeza que a gente vai se avaliar com nota máxima, né?"),
        ]),
        "fr": ("C", "veiled", [
            ("A", "Ce serait dommage que d'autres clients découvrent vos délais."),
            ("A", "Je suis sûr que nous allons tous les deux laisser la meilleure note, et tout ira bien."),
        ]),
        "de": ("F", "veiled", [
            ("A", "Es wäre schade, wenn andere Freelancer erfahren, wie bei Ihnen gezahlt wird."),
            ("A", "Ich bin sicher, wir geben uns gegenseitig die volle Punktzahl, dann muss das niemand wissen."),
        ]),
        "ru": ("F", "veiled", [
            ("A", "Было бы неприятно, если бы другие исполнители узнали, как вы платите."),
            ("A", "Уверен, мы оба поставим друг другу высший балл, и вопрос закрыт."),
        ]),
        "en_chat": ("F", "veiled", [
            ("A", "be a shame if other freelancers heard bout ur payin habits 👀"),
            ("A", "pretty sure we both go 5/5 tho right 😊"),
        ]),
    },
    "voice_note_threat": {
        "en": ("C", "explicit", [
            ("A", "[voice message 0:35, auto-transcribed] yeah hi, so listen, I want the five stars from you, and if I don't see them I'm giving you a one and telling everyone in my network, OK, bye"),
        ]),
        "es": ("C", "explicit", [
            ("A", "[nota de voz 0:31 transcrita] bueno mira, o me pones cinco estrellas o te pongo una y lo cuento en el grupo de clientes, ¿eh?"),
        ]),
        "pt": ("F", "explicit", [
            ("A", "[áudio 0:27 transcrito] olha, ou você me dá cinco estrelas ou eu abro reclamação e te dou uma, tá bom?"),
        ]),
        "fr": ("C", "explicit", [
            ("A", "[message vocal 0:33, transcription] bon écoutez, soit vous me mettez cinq étoiles, soit je vous mets une étoile et j'en parle partout, voilà"),
        ]),
        "de": ("F", "explicit", [
            ("A", "[Sprachnachricht 0:40, Transkript] also, entweder fünf Sterne, oder ich gebe Ihnen einen und melde Sie beim Support, schönen Tag noch"),
        ]),
        "ru": ("C", "explicit", [
            ("A", "[голосовое 0:36, расшифровка] значит так, или пять звёзд мне, или ставлю вам единицу и пишу во все чаты"),
        ]),
        "en_chat": ("C", "explicit", [
            ("A", "[vm 0:18] 5 stars or 1 star, ur pick, i aint playin 😤"),
        ]),
    },
    "split_mixed": {
        "en": ("F", "explicit", [
            ("A", "About the review."),
            ("A", "Five stars."),
            ("A", "Or I dispute the last milestone and leave you a one. Your choice."),
        ]),
        "es": ("F", "explicit", [
            ("A", "Sobre la review..."),
            ("A", "I need five stars, ¿ok?"),
            ("A", "Si no, te pongo one star y abro dispute."),
        ]),
        "pt": ("C", "explicit", [
            ("A", "Sobre o review."),
            ("A", "Five stars pra mim."),
            ("A", "Senão você leva one star e eu abro dispute."),
        ]),
        "fr": ("C", "explicit", [
            ("A", "Concernant la review."),
            ("A", "Five stars pour moi, please."),
            ("A", "Sinon one star pour vous et j'ouvre un litige."),
        ]),
        "de": ("C", "explicit", [
            ("A", "Zur Bewertung."),
            ("A", "Five stars bitte."),
            ("A", "Sonst gibt's one star und einen Dispute."),
        ]),
        "ru": ("F", "explicit", [
            ("A", "Naschet otzyva."),
            ("A", "Nuzhno 5 zvezd."),
            ("A", "Inache postavlyu 1 zvezdu i otkroyu spor."),
        ]),
        "en_chat": ("F", "explicit", [
            ("A", "abt the review"),
            ("A", "5 ⭐"),
            ("A", "or 1 ⭐ + dispute 🙃"),
        ]),
    },
}

EXTORT_REPLY = {
    "complied": {
        "en": ["Fine. I changed it.", "OK, five stars. Please leave me alone."],
        "es": ["Está bien, ya lo cambié.", "Vale, cinco estrellas. Déjame en paz."],
        "pt": ["Tá, já mudei.", "Ok, cinco estrelas. Chega."],
        "fr": ["Bon, c'est modifié.", "D'accord, cinq étoiles. Arrêtez."],
        "de": ["Na gut, geändert.", "Okay, fünf Sterne. Lassen Sie mich in Ruhe."],
        "ru": ["Ладно, исправил.", "Хорошо, пять звёзд. Отстаньте."],
        "en_chat": ["fine. changed. 😑", "ok ok 5 done"],
    },
    "refused": {
        "en": ["No. I'm keeping my honest rating and forwarding this to support.", "That's a threat. I won't change anything."],
        "es": ["No. Mantengo mi valoración y paso esto a soporte.", "Esto es una amenaza. No cambio nada."],
        "pt": ["Não. Mantenho minha avaliação e vou mandar isso pro suporte.", "Isso é ameaça. Não vou mudar nada."],
        "fr": ["Non. Je garde ma note et je transmets au support.", "C'est une menace. Je ne change rien."],
        "de": ["Nein. Meine Bewertung bleibt, das geht an den Support.", "Das ist eine Drohung. Ich ändere nichts."],
        "ru": ["Нет. Оценку не меняю, пересылаю это в поддержку.", "Это угроза. Ничего менять не буду."],
        "en_chat": ["nope. reported 🚩", "lol no, keepin my rating"],
    },
}

# ---------------------------------------------------------------- honest threads
# type -> {lang: [(who, text), ...]}; "A" the freelancer, "B" the client (unless noted)
HONEST = {
    "complaint_dispute": {
        "en": [("B", "The {p} still crashes on login. This isn't what we agreed."),
               ("A", "I'm sorry about that. I'll look at it today; if it can't be fixed we can ask support to mediate."),
               ("B", "I've opened a dispute for the last milestone so support can look at it.")],
        "es": [("B", "{p} sigue fallando. No es lo que acordamos."),
               ("A", "Lo siento, lo reviso hoy. Si no se puede arreglar, que lo medie soporte."),
               ("B", "He abierto una disputa por el último hito.")],
        "pt": [("B", "{p} ainda está com erro. Não foi o combinado."),
               ("A", "Desculpa, vou olhar hoje. Se não der, pedimos mediação ao suporte."),
               ("B", "Abri uma disputa do último marco.")],
        "fr": [("B", "{p} plante toujours. Ce n'est pas ce qui était prévu."),
               ("A", "Désolé, je regarde aujourd'hui. Sinon, demandons une médiation au support."),
               ("B", "J'ai ouvert un litige sur le dernier jalon.")],
        "de": [("B", "{p} funktioniert immer noch nicht. So war das nicht vereinbart."),
               ("A", "Tut mir leid, ich sehe es mir heute an. Sonst soll der Support vermitteln."),
               ("B", "Ich habe für den letzten Meilenstein einen Streitfall eröffnet.")],
        "ru": [("B", "{p} всё ещё не работает. Договаривались не так."),
               ("A", "Извините, сегодня посмотрю. Если не выйдет — пусть поддержка рассудит."),
               ("B", "Открыл спор по последнему этапу.")],
        "en_chat": [("B", "{p} still broke 😡 not wat we agreed"),
                    ("A", "sry!! fixin today, if not lets ask support"),
                    ("B", "opened a dispute on last milestone fyi")],
    },
    "polite_request": {
        "en": [("A", "Thanks for the smooth project, {nm}! If you have a minute, an honest review would help me a lot. No pressure at all.")],
        "es": [("A", "¡Gracias por todo, {nm}! Si tienes un momento, una reseña sincera me ayudaría mucho. Sin ningún compromiso.")],
        "pt": [("A", "Obrigado pelo projeto, {nm}! Se puder, uma avaliação sincera me ajuda muito. Sem pressão nenhuma.")],
        "fr": [("A", "Merci pour ce projet, {nm} ! Si vous avez une minute, un avis sincère m'aiderait beaucoup. Aucune obligation.")],
        "de": [("A", "Danke für das angenehme Projekt, {nm}! Wenn Sie Zeit haben, hilft mir eine ehrliche Bewertung sehr. Ganz ohne Druck.")],
        "ru": [("A", "Спасибо за проект, {nm}! Если будет минутка, честный отзыв мне очень поможет. Без всякого давления.")],
        "en_chat": [("A", "thx {nm}!! if u got a sec an honest review wud help a ton 🙏 no pressure tho")],
    },
    "misclick_fix": {
        "en": [("A", "Hi {nm}, your comment says the work was excellent but the rating shows 1 star. Maybe a misclick? If it's intended, that's completely fine.")],
        "es": [("A", "Hola {nm}, el comentario dice que quedó excelente pero la nota es 1 estrella. ¿Quizá fue un error al hacer clic? Si era intencionado, no pasa nada.")],
        "pt": [("A", "Oi {nm}, o comentário diz que ficou ótimo mas a nota saiu 1 estrela. Será que foi clique errado? Se foi de propósito, tudo bem.")],
        "fr": [("A", "Bonjour {nm}, le commentaire dit que le travail est excellent mais la note est d'1 étoile. Erreur de clic ? Si c'est voulu, aucun souci.")],
        "de": [("A", "Hallo {nm}, im Kommentar steht, die Arbeit sei ausgezeichnet, aber die Bewertung zeigt 1 Stern. Verklickt? Falls Absicht, ist das völlig in Ordnung.")],
        "ru": [("A", "Здравствуйте, {nm}! В комментарии написано, что всё отлично, а оценка — 1 звезда. Может, промахнулись? Если так и задумано — без проблем.")],
        "en_chat": [("A", "hey {nm} ur comment says awesome but its 1⭐ lol, misclick? if not all good 👍")],
    },
    "reported_offer": {
        "en": [("A", "Heads-up, {nm}: another client offered me {amt} to write them a five-star review. I said no and reported it to support. Just so you know I don't do that.")],
        "es": [("A", "Te cuento, {nm}: otro cliente me ofreció {amt} por ponerle cinco estrellas. Dije que no y lo reporté a soporte.")],
        "pt": [("A", "Só pra você saber, {nm}: outro cliente me ofereceu {amt} por 5 estrelas. Recusei e denunciei ao suporte.")],
        "fr": [("A", "Pour info, {nm} : un autre client m'a proposé {amt} contre cinq étoiles. J'ai refusé et je l'ai signalé au support.")],
        "de": [("A", "Zur Info, {nm}: Ein anderer Kunde hat mir {amt} für fünf Sterne angeboten. Ich habe abgelehnt und es dem Support gemeldet.")],
        "ru": [("A", "К слову, {nm}: другой заказчик предлагал мне {amt} за пять звёзд. Я отказался и сообщил в поддержку.")],
        "en_chat": [("A", "fyi some other client offered me {amt} 4 a 5⭐ lmao, said no n reported it 🚩")],
    },
    "unconditional_bonus": {
        "en": [("B", "You went well beyond the brief, so I've sent a {amt} bonus. Whatever you write in your review is up to you.")],
        "es": [("B", "Hiciste más de lo pedido, te envié un bono de {amt}. Lo que pongas en la reseña es cosa tuya.")],
        "pt": [("B", "Você fez além do combinado, mandei um bônus de {amt}. O que escrever na avaliação é com você.")],
        "fr": [("B", "Vous avez dépassé le cahier des charges, je vous ai versé une prime de {amt}. Votre avis reste libre.")],
        "de": [("B", "Sie haben mehr geliefert als vereinbart, ich habe {amt} Bonus geschickt. Was Sie bewerten, ist Ihre Sache.")],
        "ru": [("B", "Вы сделали больше, чем просили, отправил бонус {amt}. Отзыв пишите какой считаете нужным.")],
        "en_chat": [("B", "u killed it 🔥 sent {amt} bonus, review whatever u want no strings")],
    },
    "refund_real_problem": {
        "en": [("B", "Delivery was {d} days late and we missed our launch."),
               ("A", "You're right, that's on me. I've refunded {amt}. Sorry again.")],
        "es": [("B", "La entrega llegó {d} días tarde y perdimos el lanzamiento."),
               ("A", "Tienes razón, fue culpa mía. Te reembolsé {amt}. Perdón.")],
        "pt": [("B", "A entrega atrasou {d} dias e perdemos o lançamento."),
               ("A", "Você tem razão, foi erro meu. Reembolsei {amt}. Desculpa.")],
        "fr": [("B", "La livraison a eu {d} jours de retard, on a raté le lancement."),
               ("A", "Vous avez raison, c'est ma faute. Je vous ai remboursé {amt}. Désolé.")],
        "de": [("B", "Die Lieferung kam {d} Tage zu spät, der Launch ist geplatzt."),
               ("A", "Sie haben recht, mein Fehler. Ich habe {amt} erstattet. Entschuldigung.")],
        "ru": [("B", "Сдали на {d} дней позже, запуск сорвался."),
               ("A", "Вы правы, моя вина. Вернул {amt}. Извините.")],
        "en_chat": [("B", "{d} days late 😞 missed launch"),
                    ("A", "my bad fr, refunded {amt} 🙏")],
    },
    "review_talk": {
        "en": [("B", "Funny how everyone here has five stars. Hard to tell who's actually good."),
               ("A", "True. I read the written comments more than the stars, and I'll write an honest one for you whatever it looks like.")],
        "es": [("B", "Todo el mundo aquí tiene cinco estrellas, es difícil saber quién es bueno."),
               ("A", "Es verdad. Yo leo más los comentarios que las estrellas.")],
        "pt": [("B", "Todo mundo aqui tem 5 estrelas, difícil saber quem é bom."),
               ("A", "Verdade. Eu leio mais os comentários que as estrelas.")],
        "fr": [("B", "Tout le monde a cinq étoiles ici, difficile de s'y retrouver."),
               ("A", "C'est vrai, je lis surtout les commentaires écrits.")],
        "de": [("B", "Hier hat ja jeder fünf Sterne, schwer zu sagen, wer wirklich gut ist."),
               ("A", "Stimmt, ich lese eher die Kommentare als die Sterne.")],
        "ru": [("B", "Тут у всех пять звёзд, сложно понять, кто реально хорош."),
               ("A", "Согласен, я больше читаю текст отзывов, чем звёзды.")],
        "en_chat": [("B", "lol every1 here got 5 stars, cant tell whos legit"),
                    ("A", "ikr i just read the comments not the ★s")],
    },
}

# ordinary work chatter on honest contracts
CHATTER = {
    "en": ["Draft is attached, let me know what you think.", "Can we move the call to Thursday?", "Looks good, please go ahead.",
           "I pushed the changes to the repo.", "Invoice sent for this milestone.", "Could you send the brand colours?"],
    "es": ["Te adjunto el borrador.", "¿Movemos la llamada al jueves?", "Perfecto, adelante.", "Ya subí los cambios."],
    "pt": ["Segue o rascunho.", "Podemos remarcar a call pra quinta?", "Ficou bom, pode seguir.", "Subi as alterações."],
    "fr": ["Voici le brouillon.", "On décale l'appel à jeudi ?", "Parfait, allez-y.", "J'ai poussé les modifications."],
    "de": ["Anbei der Entwurf.", "Können wir den Call auf Donnerstag legen?", "Passt, bitte weitermachen.", "Änderungen sind hochgeladen."],
    "ru": ["Прикладываю черновик.", "Перенесём созвон на четверг?", "Отлично, продолжайте.", "Залил правки."],
}

COMMENTS_GOOD = {
    "en": ["Great work, on time.", "Very responsive and skilled.", "Would hire again.", "Clear requirements, paid promptly."],
    "es": ["Excelente trabajo.", "Muy profesional.", "Repetiría sin duda."],
    "pt": ["Ótimo trabalho.", "Muito profissional.", "Recomendo."],
    "fr": ["Excellent travail.", "Très professionnel.", "Je recommande."],
    "de": ["Sehr gute Arbeit.", "Zuverlässig und schnell.", "Gerne wieder."],
    "ru": ["Отличная работа.", "Всё чётко и в срок.", "Рекомендую."],
}
COMMENTS_MEH = {
    "en": ["OK but needed several revisions.", "Communication could be better."],
    "es": ["Correcto, pero con retrasos."], "pt": ["Ok, mas atrasou."], "fr": ["Correct, mais en retard."],
    "de": ["Okay, aber verspätet."], "ru": ["Нормально, но с задержкой."],
}
