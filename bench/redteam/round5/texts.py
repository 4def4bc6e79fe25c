"""Round 5 phrase banks, written fresh for this round.

Placeholders: {amt} an amount with its currency, {proj} the project, {name} the other party's first name.
Scheme templates are (initiator, mode, [parts]); the parts are sent as separate messages, with
ordinary work messages between some of them.
"""

LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "en_chat"]

PAID_THEMES = [
    "cash_bonus",
    "extra_revisions",
    "next_discount",
    "more_work_referral",
    "gift",
    "rating_back",
    "veiled_benefit",
]
EXTORT_THEMES = [
    "one_star_refund",
    "public_shaming",
    "platform_report",
    "chargeback",
    "free_work",
    "veiled_threat",
    "freelancer_withholds",
]
HONEST_TYPES = [
    "polite_request",
    "tip_bonus",
    "refund_real_problem",
    "legit_dispute",
    "policy_quote",
    "reported_offer",
    "ratings_talk",
    "review_subject_job",
    "price_negotiation",
]

PROJECTS = {
    "en": [
        "the landing page",
        "the logo refresh",
        "the Shopify migration",
        "the podcast edit",
        "the pitch deck",
        "the API integration",
        "the product photos",
        "the newsletter template",
    ],
    "en_chat": [
        "the landing page",
        "the logo",
        "the shopify store",
        "the video edit",
        "the deck",
        "the app build",
        "the wp site",
        "the thumbnails",
    ],
    "es": [
        "la web de la clínica",
        "el logotipo",
        "la tienda online",
        "la traducción del catálogo",
        "el vídeo promocional",
        "la app de reservas",
        "las fotos de producto",
        "el informe de SEO",
    ],
    "pt": [
        "o site da loja",
        "a identidade visual",
        "a tradução do manual",
        "o app de entregas",
        "a edição do vídeo",
        "o e-commerce",
        "o relatório de SEO",
        "as ilustrações",
    ],
    "fr": [
        "le site vitrine",
        "le logo",
        "la traduction du catalogue",
        "la boutique en ligne",
        "le montage vidéo",
        "la maquette Figma",
        "l'audit SEO",
        "l'application mobile",
    ],
    "de": [
        "die Website",
        "das Logo",
        "die Übersetzung",
        "den Onlineshop",
        "den Imagefilm",
        "die App",
        "das SEO-Audit",
        "die Präsentation",
    ],
    "ru": [
        "сайт",
        "логотип",
        "перевод каталога",
        "интернет-магазин",
        "монтаж ролика",
        "мобильное приложение",
        "SEO-аудит",
        "презентацию",
    ],
    "it": [
        "il sito web",
        "il logo",
        "la traduzione del catalogo",
        "l'e-commerce",
        "il montaggio video",
        "l'app",
        "l'audit SEO",
        "la presentazione",
    ],
    "pl": [
        "stronę internetową",
        "logo",
        "tłumaczenie katalogu",
        "sklep internetowy",
        "montaż filmu",
        "aplikację",
        "audyt SEO",
        "prezentację",
    ],
}

# Ordinary work messages, sent by either side.
CHATTER = {
    "en": [
        "Morning! I've pushed the latest version to the shared folder.",
        "Can we move our call to Thursday at 3?",
        "Thanks, the colours look much better now.",
        "Quick question: do you want the files as PNG or SVG?",
        "I'll be offline tomorrow afternoon, back on Friday.",
        "The staging link is up, have a look when you can.",
        "Got it, I'll fix the spacing on mobile.",
        "Invoice for the second milestone is in.",
        "Could you send me the brand fonts?",
        "Looks good. One small change on the footer and we're there.",
        "I tested it on Safari and Chrome, both fine.",
        "Sorry for the delay, it was a busy week here.",
        "Sent you the login details by the usual channel.",
        "No rush, end of next week is fine.",
    ],
    "en_chat": [
        "yo just uploaded v3 to the drive",
        "cant do call today, tmrw ok?",
        "thx!! looks way better now",
        "png or svg?",
        "ok np",
        "staging link up, check when u can",
        "will fix the mobile spacing 2nite",
        "sent the invoice for milestone 2",
        "u got the fonts?",
        "ya looks gud, 1 small tweak on footer",
        "tested on safari + chrome all good 👍",
        "srry for late reply, crazy week",
        "kk",
        "no rush, end of next wk fine",
    ],
    "es": [
        "¡Buenos días! He subido la última versión a la carpeta compartida.",
        "¿Podemos pasar la llamada al jueves?",
        "Gracias, los colores quedan mucho mejor así.",
        "¿Prefieres los archivos en PNG o en SVG?",
        "Mañana por la tarde no estaré, vuelvo el viernes.",
        "Ya está el enlace de pruebas, échale un vistazo.",
        "Entendido, corrijo los márgenes en móvil.",
        "Te he enviado la factura del segundo hito.",
        "¿Me pasas las tipografías de la marca?",
        "Perfecto. Un cambio pequeño en el pie y listo.",
        "Perdona el retraso, ha sido una semana de locos.",
        "Sin prisa, el viernes que viene está bien.",
    ],
    "pt": [
        "Bom dia! Subi a última versão na pasta compartilhada.",
        "Podemos passar a chamada para quinta?",
        "Obrigado, as cores ficaram bem melhores.",
        "Prefere os arquivos em PNG ou SVG?",
        "Amanhã à tarde estou fora, volto na sexta.",
        "O link de teste já está no ar, dá uma olhada.",
        "Combinado, vou acertar o espaçamento no celular.",
        "Enviei a fatura da segunda etapa.",
        "Pode me mandar as fontes da marca?",
        "Está ótimo. Só um ajuste no rodapé e fechamos.",
        "Desculpe a demora, a semana foi complicada.",
        "Sem pressa, até sexta da próxima semana está bem.",
        "Estou a enviar-lhe os ficheiros finais agora.",
        "Obrigada, já recebi o pagamento.",
    ],
    "fr": [
        "Bonjour ! J'ai déposé la dernière version dans le dossier partagé.",
        "On peut décaler l'appel à jeudi ?",
        "Merci, les couleurs rendent beaucoup mieux.",
        "Tu préfères les fichiers en PNG ou en SVG ?",
        "Je suis absent demain après-midi, de retour vendredi.",
        "Le lien de préproduction est en ligne.",
        "Bien noté, je corrige les marges sur mobile.",
        "La facture du deuxième jalon est envoyée.",
        "Pouvez-vous m'envoyer les polices de la charte ?",
        "C'est bon. Un petit changement sur le pied de page.",
        "Désolé pour le retard, grosse semaine.",
        "Pas d'urgence, vendredi prochain ça me va.",
    ],
    "de": [
        "Guten Morgen! Die neueste Version liegt im geteilten Ordner.",
        "Können wir den Call auf Donnerstag schieben?",
        "Danke, die Farben wirken jetzt viel besser.",
        "Lieber PNG oder SVG?",
        "Morgen Nachmittag bin ich nicht erreichbar, ab Freitag wieder.",
        "Der Testlink ist online, schau mal rein.",
        "Alles klar, ich korrigiere die Abstände auf dem Handy.",
        "Die Rechnung für Meilenstein zwei ist raus.",
        "Kannst du mir die Hausschriften schicken?",
        "Passt. Noch eine Kleinigkeit im Footer, dann sind wir durch.",
        "Sorry für die Verspätung, war eine volle Woche.",
        "Keine Eile, Ende nächster Woche reicht.",
    ],
    "ru": [
        "Доброе утро! Выложил новую версию в общую папку.",
        "Можем перенести созвон на четверг?",
        "Спасибо, с такими цветами гораздо лучше.",
        "Файлы нужны в PNG или SVG?",
        "Завтра после обеда меня не будет, вернусь в пятницу.",
        "Тестовая ссылка готова, посмотрите.",
        "Понял, поправлю отступы на мобильной версии.",
        "Отправил счёт за второй этап.",
        "Пришлите, пожалуйста, фирменные шрифты.",
        "Отлично. Одна мелочь в футере и всё.",
        "Извините за задержку, неделя была тяжёлая.",
        "Не горит, до конца следующей недели нормально.",
    ],
    "it": [
        "Buongiorno! Ho caricato l'ultima versione nella cartella condivisa.",
        "Possiamo spostare la call a giovedì?",
        "Grazie, i colori così rendono molto meglio.",
        "Preferisci i file in PNG o SVG?",
        "Domani pomeriggio non ci sono, torno venerdì.",
        "Il link di prova è online, dagli un'occhiata.",
        "Ricevuto, sistemo i margini su mobile.",
        "Ti ho mandato la fattura della seconda tappa.",
        "Mi mandi i font del marchio?",
        "Va benissimo. Solo una modifica al footer e abbiamo finito.",
        "Scusa il ritardo, settimana pesante.",
        "Nessuna fretta, va bene entro venerdì prossimo.",
    ],
    "pl": [
        "Dzień dobry! Wrzuciłem najnowszą wersję do wspólnego folderu.",
        "Możemy przełożyć rozmowę na czwartek?",
        "Dzięki, w tych kolorach wygląda dużo lepiej.",
        "Pliki w PNG czy w SVG?",
        "Jutro po południu mnie nie będzie, wracam w piątek.",
        "Link testowy już działa, proszę zerknąć.",
        "Jasne, poprawię odstępy na telefonie.",
        "Wysłałem fakturę za drugi etap.",
        "Może Pan przesłać firmowe fonty?",
        "Super. Jedna drobna zmiana w stopce i gotowe.",
        "Przepraszam za opóźnienie, ciężki tydzień.",
        "Bez pośpiechu, do końca przyszłego tygodnia wystarczy.",
    ],
}

# --- paid feedback: (initiator, mode, parts) ------------------------------------------------------------------
PAID = {
    "en": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Final files for {proj} are delivered, {name}.",
                "One thing before you close the contract: if you leave me five stars I'll refund {amt} of "
                "the fee to you.",
                "Just send the review first and I'll issue the refund the same day.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "Normally the package has two rounds of changes.",
                "If you post a 5-star review today, I'll throw in unlimited revisions for the next month, no charge.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            [
                "Happy with how {proj} came out?",
                "Tell you what: leave a glowing review and your next order with me is 30% off.",
                "That's a standing offer, just mention it when you book again.",
            ],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "We have four more projects lined up for this quarter.",
                "They're yours, but I need you to rate me as a client with five stars first, our hiring score dropped.",
                "And I'll refer you to two agencies I work with.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "I really appreciate working with you.",
                "I'd love to send you a small thank-you gift, a bottle of something nice, once your review is up. "
                "Five stars would mean a lot to me right now.",
                "What's your postal address?",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            [
                "Contract's wrapping up on my side.",
                "Let's do it the easy way: you rate me 5, I rate you 5, and we both submit at the same time so nobody "
                "gets surprised.",
            ],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "I know my reviews matter a lot for new clients here.",
                "If the stars come out the way we both want, I'll make sure you don't regret it. Favours go both ways, "
                "right?",
                "I'm flexible about how.",
            ],
        ),
    },
    "en_chat": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "all done w/ {proj} 🙌",
                "pls leave 5* and i send u back {amt} ok?? 💸",
                "just screenshot the review n ill pay same day",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            ["btw i can do xtra revisions FREE", "only if u drop a ★★★★★ review 2day lol"],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            ["u happy w/ it?", "5 stars = 40% off ur next order 🤝", "deal? just say 'review done' n ill apply it"],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "got like 3 more gigs 4 u next month",
                "but gimme 5* as client first pls our score tanked 😬",
                "then i send u all of them + refer u to my bro's startup",
            ],
        ),
        "gift": (
            "client",
            "veiled",
            [
                "u did gr8 work",
                "if ur feedback for me is 5/5 i send u a lil gift 🎁 wink wink",
                "steam card or smth, ur choice",
            ],
        ),
        "rating_back": (
            "freelancer",
            "explicit",
            ["ok so", "u give me 5⭐ i give u 5⭐ 🤞", "both submit at same time?"],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            ["reviews r everything here tbh", "help me out w/ the stars n ill take care of u 😉 u know what i mean"],
        ),
    },
    "es": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Ya tienes los archivos finales de {proj}.",
                "Si me dejas cinco estrellas te devuelvo {amt} por Bizum, así te sale más barato.",
                "Primero la reseña y luego te hago la transferencia, ¿vale?",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "El paquete incluye dos rondas de cambios.",
                "Pero si hoy me pones una valoración de 5 estrellas, te hago todas las revisiones que quieras gratis "
                "durante un mes.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            [
                "¿Contento con cómo ha quedado?",
                "Te propongo algo: una reseña de cinco estrellas y el próximo encargo te lo dejo un 25% más barato.",
            ],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "Tenemos otros tres proyectos para este trimestre.",
                "Son tuyos, pero necesito que me valores con cinco estrellas como cliente antes, que me ha bajado la "
                "puntuación.",
                "Y además te recomiendo a dos empresas amigas.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "Ha sido un placer trabajar contigo.",
                "Me gustaría mandarte un detallito, unas botellas de vino de mi tierra, "
                "cuando tengas la reseña puesta. Con cinco estrellitas me harías un favor enorme.",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            [
                "Cierro el contrato hoy.",
                "Hagamos una cosa: tú me pones un 5 y yo te pongo un 5, y las mandamos a la vez.",
            ],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "Oye, you know how it works aquí, las reviews lo son todo.",
                "Si las estrellas salen bien, I'll make it worth your while. Ya me entiendes 😉",
            ],
        ),
    },
    "pt": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Os arquivos finais de {proj} já estão na pasta.",
                "Se você me der 5 estrelas eu te devolvo {amt} no Pix, fica mais barato pra você.",
                "Manda o print da avaliação que eu faço o Pix na hora.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "O pacote tem duas rodadas de ajustes.",
                "Mas se deixar hoje uma avaliação de cinco estrelas, faço alterações ilimitadas de graça "
                "durante um mês.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            [
                "Ficou satisfeito com o resultado?",
                "Proposta: uma avaliação de 5 estrelas e o próximo trabalho sai com 30% de desconto.",
            ],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "Temos mais quatro projetos este trimestre.",
                "São seus, mas preciso que me avalie com cinco estrelas como cliente primeiro, a minha nota desceu.",
                "E ainda o recomendo a duas agências com quem trabalho.",
            ],
        ),
        "gift": (
            "client",
            "veiled",
            [
                "Gostei muito de trabalhar consigo.",
                "Quando a sua avaliação sobre mim estiver publicada, gostava de lhe enviar uma prenda. Cinco estrelas "
                "dava-me imenso jeito, sabe como é.",
            ],
        ),
        "rating_back": (
            "freelancer",
            "explicit",
            ["Vamos fechar o contrato?", "Faz assim: você me dá 5 e eu te dou 5, e a gente envia junto."],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "Aqui na plataforma as avaliações são tudo, né.",
                "Se as estrelas saírem bonitas eu vou saber retribuir. Fica entre nós 😉",
            ],
        ),
    },
    "fr": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Les fichiers finaux pour {proj} sont livrés.",
                "Si tu me laisses cinq étoiles, je te rembourse {amt} par virement, ça te fera une ristourne.",
                "Envoie-moi une capture de l'avis et je fais le virement dans la journée.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "Normalement la formule inclut deux allers-retours.",
                "Mais si vous publiez un avis 5 étoiles aujourd'hui, je vous offre des retouches illimitées pendant un "
                "mois.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            [
                "Satisfait du rendu ?",
                "Je vous propose un deal : un avis cinq étoiles et la prochaine commande est à -30 %.",
            ],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "On a encore trois projets ce trimestre.",
                "Ils sont pour toi, mais il me faut d'abord une note de 5 étoiles en tant que client, ma "
                "note a baissé.",
                "Et je te recommande à deux agences.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "Ce fut un plaisir de bosser ensemble.",
                "J'aimerais vous envoyer un petit cadeau, une bonne bouteille, une fois votre avis en ligne. "
                "Des étoiles bien généreuses m'aideraient beaucoup.",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            ["Je clôture le contrat ce soir.", "Simple : tu me mets 5, je te mets 5, same time, deal ?"],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "Ici les avis font tout, vous le savez.",
                "Si les étoiles sont au rendez-vous, je saurai me montrer reconnaissant. On se comprend.",
            ],
        ),
    },
    "de": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Die finalen Dateien für {proj} sind hochgeladen.",
                "Wenn du mir fünf Sterne gibst, überweise ich dir {amt} zurück per PayPal.",
                "Erst die Bewertung, dann kommt das Geld, gleicher Tag.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "Im Paket sind zwei Korrekturschleifen.",
                "Wenn Sie heute eine 5-Sterne-Bewertung abgeben, mache ich einen Monat lang unbegrenzt Änderungen "
                "kostenlos.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            [
                "Zufrieden mit dem Ergebnis?",
                "Mein Angebot: eine Fünf-Sterne-Bewertung und der nächste Auftrag ist 30 % günstiger.",
            ],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "Wir haben dieses Quartal noch drei Projekte.",
                "Die bekommst du, aber erst brauche ich fünf Sterne von dir als Auftraggeber, mein Score ist gefallen.",
                "Plus eine Empfehlung an zwei Agenturen.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "Die Zusammenarbeit war super, thanks a lot!",
                "I'd like to send you a small gift, vielleicht einen Gutschein, sobald die Bewertung online ist. "
                "Fünf Sterne would really help me.",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            [
                "Ich schließe den Vertrag heute.",
                "Machen wir's einfach: du gibst mir 5, ich gebe dir 5, und wir schicken beide gleichzeitig ab.",
            ],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "Bewertungen sind hier alles, wissen Sie ja.",
                "Wenn die Sterne passen, zeige ich mich erkenntlich. Sie verstehen schon.",
            ],
        ),
    },
    "ru": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Финальные файлы по проекту загрузил.",
                "Если поставите пять звёзд, верну вам {amt} на карту.",
                "Сначала отзыв, потом перевод, в тот же день.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "В пакет входят две правки.",
                "Но если сегодня оставите отзыв на 5 звёзд, месяц делаю правки бесплатно без ограничений.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            ["Довольны результатом?", "Предлагаю так: отзыв на пять звёзд, и следующий заказ со скидкой 30%."],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "У нас ещё три проекта в этом квартале.",
                "Они ваши, но сначала поставьте мне как заказчику пятёрку, у меня рейтинг упал.",
                "И порекомендую вас знакомым.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "Spasibo za rabotu, bylo priyatno.",
                "Kogda otzyv budet opublikovan, hochu otpravit vam nebolshoy podarok. Pyat zvezd ochen pomogli by.",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            ["Закрываю контракт сегодня.", "Давайте так: вы мне 5, я вам 5, отправляем одновременно."],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "Ty zhe znaesh, otzyvy tut reshayut vsyo.",
                "Esli so zvezdami vsyo budet horosho, ya v dolgu ne ostanus. Ponimaesh, da?",
            ],
        ),
    },
    "it": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Ho consegnato i file finali per {proj}.",
                "Se mi lasci cinque stelle ti rimborso {amt} con PayPal, so it's cheaper for you.",
                "Prima la recensione, poi il rimborso, stesso giorno.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "Il pacchetto prevede due giri di modifiche.",
                "Ma se oggi lasci una recensione da 5 stelle, ti faccio modifiche illimitate gratis per un mese.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            [
                "Soddisfatto del risultato?",
                "Ti propongo questo: recensione a cinque stelle e il prossimo lavoro te lo faccio col 30% di sconto.",
            ],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "Abbiamo altri tre progetti in questo trimestre.",
                "Sono tuoi, ma prima mi serve che mi valuti cinque stelle come cliente, il mio punteggio è sceso.",
                "E ti raccomando a due agenzie.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "È stato un piacere lavorare insieme.",
                "Appena pubblichi la recensione vorrei mandarti un pensierino, un po' di olio della mia famiglia. "
                "Qualche stella in più mi aiuterebbe tanto.",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            ["Chiudo il contratto stasera.", "Facciamo così: tu mi dai 5, io ti do 5, e le inviamo insieme."],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            [
                "Qui le recensioni sono tutto, lo sai.",
                "Se le stelle vanno come devono, saprò come sdebitarmi. Ci siamo capiti.",
            ],
        ),
    },
    "pl": {
        "cash_bonus": (
            "freelancer",
            "explicit",
            [
                "Pliki końcowe do projektu są w folderze.",
                "Jeśli wystawisz mi pięć gwiazdek, oddam ci {amt} na BLIKA.",
                "Najpierw opinia, potem przelew, tego samego dnia.",
            ],
        ),
        "extra_revisions": (
            "freelancer",
            "explicit",
            [
                "Pakiet obejmuje dwie rundy poprawek.",
                "Ale jak dziś wystawi Pan opinię na 5 gwiazdek, przez miesiąc robię poprawki za darmo bez limitu.",
            ],
        ),
        "next_discount": (
            "freelancer",
            "explicit",
            ["Zadowolony z efektu?", "Propozycja: opinia na pięć gwiazdek i następne zlecenie 30% taniej."],
        ),
        "more_work_referral": (
            "client",
            "explicit",
            [
                "We have three more projects this quarter, mamy jeszcze trzy zlecenia.",
                "Są twoje, ale najpierw potrzebuję od ciebie 5 gwiazdek jako klient, spadła mi ocena.",
                "Plus polecę cię dwóm agencjom, I promise.",
            ],
        ),
        "gift": (
            "freelancer",
            "veiled",
            [
                "Świetnie się współpracowało.",
                "Jak tylko opinia będzie widoczna, chciałbym wysłać drobny upominek. Pięć gwiazdek bardzo "
                "by mi pomogło.",
            ],
        ),
        "rating_back": (
            "client",
            "explicit",
            ["Zamykam dziś umowę.", "Zróbmy prosto: ty mi 5, ja tobie 5, wysyłamy w tym samym momencie."],
        ),
        "veiled_benefit": (
            "freelancer",
            "veiled",
            ["Wiesz, że tu opinie to podstawa.", "Jeśli z gwiazdkami będzie dobrze, odwdzięczę się. Rozumiemy się."],
        ),
    },
}

# --- feedback extortion ---------------------------------------------------------------------------------------
EXTORT = {
    "en": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "The work was fine, but I expected more for the price.",
                "Refund me {amt} or you're getting one star and a review that explains exactly why.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "I have 40k followers on LinkedIn.",
                "Unless I see a partial refund by Friday, I'll post a thread about you naming you and this project.",
                "Your choice.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "I saw the three-star rating you left me.",
                "Change it to five stars today or I report you to support for asking for off-platform payment.",
                "I kept the screenshots.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "I'm not happy paying full price.",
                "Give me the extra pages for free or I file a chargeback with my bank and dispute the whole contract.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Before I leave my review: I need two more banner sizes.",
                "Do them for free and I won't leave a bad rating. Otherwise it's two stars.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Reviews are permanent here, aren't they.",
                "It would be a shame if your next clients read about the delays. A small gesture on the invoice might "
                "change what I write.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "The source files are ready.",
                "I'll release them once I see a five-star review. If I get anything less, the files stay with me "
                "and I'll rate you one star as a client.",
            ],
        ),
    },
    "en_chat": {
        "one_star_refund": (
            "client",
            "explicit",
            ["ngl not worth the $$", "refund {amt} or its 1⭐ and i write y", "ur call"],
        ),
        "public_shaming": (
            "client",
            "explicit",
            ["i got 20k on tiktok", "no refund = i make a vid about u w/ screenshots 📸 by fri"],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "saw ur 3* 🙄",
                "change it 2 5* 2day or i report u 2 support",
                "i got screenshotz of u askin to pay outside",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            ["give me the xtra pages free", "or i chargeback thru my bank n dispute everything 🤷"],
        ),
        "free_work": (
            "client",
            "explicit",
            ["need 2 more sizes b4 i review", "do em free n no bad review, else its 2 stars lol"],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            ["reviews r forever here huh", "wld be sad if ppl saw how late u were 👀 maybe a lil discount fixes that"],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            ["src files ready", "u get em after ur 5★ review", "less than 5 = no files + 1 star 4 u as client"],
        ),
    },
    "es": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "El trabajo está bien, pero esperaba más por ese precio.",
                "O me devuelves {amt} o te pongo una estrella y explico por qué en la reseña.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "Tengo bastante audiencia en Twitter.",
                "Si no veo un reembolso parcial antes del viernes, publico un hilo con tu nombre y capturas.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "He visto las tres estrellas que me has puesto.",
                "Cámbialas a cinco hoy o te denuncio a soporte por pedirme pagar fuera de la plataforma.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "No pienso pagar el precio completo.",
                "Hazme las páginas extra gratis o pido un contracargo al banco y abro una disputa.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Antes de la reseña necesito dos formatos más del banner.",
                "Hazlos gratis y no te dejo una mala valoración. Si no, dos estrellas.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Las reseñas aquí son para siempre, ¿no?",
                "Sería una pena que tus próximos clientes leyeran lo de los retrasos. Un gesto en la factura quizás "
                "cambie lo que escribo.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "Los archivos fuente están listos.",
                "Te los paso en cuanto vea una reseña de cinco estrellas. Si es menos, no hay archivos y te "
                "valoro con una estrella como cliente.",
            ],
        ),
    },
    "pt": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "O trabalho até ficou ok, mas esperava mais pelo preço.",
                "Ou você me devolve {amt} ou leva uma estrela e uma avaliação explicando tudo.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "Tenho muitos seguidores no Instagram.",
                "Se até sexta não houver reembolso parcial, vou expô-lo lá com nome e prints.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "Vi as três estrelas que me deu.",
                "Altere para cinco ainda hoje ou denuncio-o ao suporte por pedir pagamento por fora.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "Não vou pagar o valor cheio.",
                "Faz as páginas extras de graça ou eu peço chargeback no cartão e abro disputa.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Antes de avaliar preciso de mais dois tamanhos do banner.",
                "Faz de graça e não deixo avaliação ruim. Senão, duas estrelas.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "As avaliações aqui ficam para sempre, não é?",
                "Seria chato se os próximos clientes lessem sobre os atrasos. Um descontinho talvez mude o "
                "que eu escrevo.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "Os arquivos-fonte estão prontos.",
                "Libero assim que vir uma avaliação de cinco estrelas. Menos que isso, sem arquivos e uma estrela "
                "para você como cliente.",
            ],
        ),
    },
    "fr": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "Le travail est correct, mais j'attendais plus pour ce prix.",
                "Remboursez-moi {amt} ou c'est une étoile, avec un avis qui explique pourquoi.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "J'ai pas mal d'abonnés sur LinkedIn.",
                "Sans remboursement partiel d'ici vendredi, je publie un post avec ton nom et les captures.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "J'ai vu les trois étoiles que vous m'avez mises.",
                "Passez à cinq aujourd'hui ou je vous signale au support pour demande de paiement hors plateforme.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "Je ne paierai pas le prix plein.",
                "Faites les pages en plus gratuitement, sinon je fais opposition auprès de ma banque et "
                "j'ouvre un litige.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Avant mon avis, il me faut deux formats de bannière en plus.",
                "Offerts, et je ne mets pas de mauvaise note. Sinon ce sera deux étoiles.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Les avis restent à vie ici, non ?",
                "Ce serait dommage que vos prochains clients lisent l'histoire des retards. Un geste sur la facture "
                "pourrait changer ce que j'écris.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "Les sources sont prêtes.",
                "Je les envoie dès que je vois un avis cinq étoiles. En dessous, pas de fichiers et une étoile pour "
                "toi en tant que client.",
            ],
        ),
    },
    "de": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "Die Arbeit ist okay, aber für den Preis hatte ich mehr erwartet.",
                "Entweder du erstattest mir {amt} oder es gibt einen Stern und eine Bewertung, die genau "
                "erklärt warum.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "Ich habe eine ziemliche Reichweite auf LinkedIn.",
                "Ohne Teilerstattung bis Freitag poste ich über dich, mit Namen und Screenshots.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "Ich habe die drei Sterne gesehen.",
                "Ändern Sie das heute auf fünf, sonst melde ich Sie beim Support wegen Zahlung außerhalb "
                "der Plattform.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "Den vollen Preis zahle ich nicht.",
                "Mach die Zusatzseiten umsonst oder ich buche das per Rückbuchung zurück und eröffne einen Streitfall.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Vor meiner Bewertung brauche ich noch zwei Bannerformate.",
                "Kostenlos, dann gibt's keine schlechte Bewertung. Sonst zwei Sterne.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Bewertungen bleiben hier ja für immer.",
                "Wäre schade, wenn künftige Kunden von den Verzögerungen lesen. Ein kleines Entgegenkommen bei der "
                "Rechnung könnte ändern, was ich schreibe.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "Die Quelldateien sind fertig.",
                "Ich gebe sie frei, sobald ich fünf Sterne sehe. Weniger, und die Dateien bleiben bei mir, und Sie "
                "bekommen als Auftraggeber einen Stern.",
            ],
        ),
    },
    "ru": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "Работа в целом нормальная, но за такие деньги я ждал большего.",
                "Верните {amt} или поставлю одну звезду и подробно напишу почему.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "U menya bolshoy kanal v Telegram.",
                "Esli do pyatnitsy ne budet chastichnogo vozvrata, vylozhu post pro tebya s imenem i skrinami.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "Видел ваши три звезды.",
                "Исправьте на пять сегодня, иначе пожалуюсь в поддержку, что вы просили оплату мимо площадки.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "Полную сумму платить не буду.",
                "Сделайте доп. страницы бесплатно или я оформлю чарджбэк через банк и открою спор.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Перед отзывом нужны ещё два размера баннера.",
                "Сделаете бесплатно, и плохого отзыва не будет. Иначе две звезды.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Отзывы тут ведь навсегда остаются?",
                "Будет жаль, если следующие заказчики прочитают про сорванные сроки. Небольшая скидка могла бы "
                "изменить то, что я напишу.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "Исходники готовы.",
                "Отдам, как только увижу отзыв на пять звёзд. Меньше, и исходников не будет, а вам как заказчику "
                "поставлю единицу.",
            ],
        ),
    },
    "it": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "Il lavoro va bene, ma per quel prezzo mi aspettavo di più.",
                "O mi rimborsi {amt} o ti lascio una stella con una recensione che spiega tutto.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "Ho parecchi follower su Instagram.",
                "Se entro venerdì non vedo un rimborso parziale, pubblico un post su di te con nome e screenshot.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "Ho visto le tre stelle che mi hai lasciato.",
                "Cambiale in cinque oggi o ti segnalo all'assistenza per avermi chiesto pagamenti fuori piattaforma.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "Non pago il prezzo pieno.",
                "Fammi le pagine extra gratis, altrimenti chiedo lo storno alla banca e apro una contestazione.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Prima della recensione mi servono altri due formati del banner.",
                "Gratis, e niente recensione negativa. Altrimenti due stelle.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Le recensioni qui restano per sempre, vero?",
                "Sarebbe un peccato se i prossimi clienti leggessero dei ritardi. Un piccolo gesto sulla fattura "
                "potrebbe cambiare quello che scrivo.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "I sorgenti sono pronti.",
                "Te li mando appena vedo una recensione a cinque stelle. Meno di così, niente file e una stella a te "
                "come cliente.",
            ],
        ),
    },
    "pl": {
        "one_star_refund": (
            "client",
            "explicit",
            [
                "Praca w porządku, ale za tę cenę oczekiwałem więcej.",
                "Albo zwrócisz mi {amt}, albo dostajesz jedną gwiazdkę i opinię z dokładnym opisem.",
            ],
        ),
        "public_shaming": (
            "client",
            "explicit",
            [
                "Mam sporo obserwujących na Facebooku.",
                "Jeśli do piątku nie będzie częściowego zwrotu, wrzucę post o tobie z nazwiskiem i screenami.",
            ],
        ),
        "platform_report": (
            "freelancer",
            "explicit",
            [
                "Widziałem te trzy gwiazdki.",
                "Proszę zmienić na pięć jeszcze dziś, inaczej zgłoszę Pana do supportu za płatność poza platformą.",
            ],
        ),
        "chargeback": (
            "client",
            "explicit",
            [
                "Nie zapłacę pełnej kwoty.",
                "Zrób dodatkowe podstrony za darmo, bo inaczej zrobię chargeback w banku i otworzę spór.",
            ],
        ),
        "free_work": (
            "client",
            "explicit",
            [
                "Zanim wystawię opinię, potrzebuję jeszcze dwóch rozmiarów banera.",
                "Za darmo, to nie będzie złej oceny. A jak nie, to dwie gwiazdki.",
            ],
        ),
        "veiled_threat": (
            "client",
            "veiled",
            [
                "Opinie tu zostają na zawsze, prawda?",
                "Szkoda by było, gdyby następni klienci przeczytali o opóźnieniach. Mały rabat mógłby zmienić to, "
                "co napiszę.",
            ],
        ),
        "freelancer_withholds": (
            "freelancer",
            "explicit",
            [
                "Pliki źródłowe gotowe.",
                "Wyślę je, gdy zobaczę opinię na pięć gwiazdek. Mniej, i pliki zostają u mnie, a pan jako klient "
                "dostaje ode mnie jedną.",
            ],
        ),
    },
}

# Victim replies, by kind and outcome.
REPLY_PAID = {
    "en": {
        "complied": "Fair enough, review is posted.",
        "refused": "No thanks. I'll rate the work as it is.",
        "reported": "I'm not comfortable with this, I've flagged it to the platform.",
    },
    "en_chat": {
        "complied": "ok done ✅ 5* posted",
        "refused": "nah im good, ill just rate honestly",
        "reported": "bruh thats against the rules, reported",
    },
    "es": {
        "complied": "Vale, ya está publicada.",
        "refused": "No, gracias. Valoraré el trabajo tal como es.",
        "reported": "Esto no me parece bien, lo he comunicado a la plataforma.",
    },
    "pt": {
        "complied": "Beleza, já avaliei.",
        "refused": "Não, obrigado. Vou avaliar o trabalho como foi.",
        "reported": "Não me sinto bem com isto, reportei à plataforma.",
    },
    "fr": {
        "complied": "D'accord, l'avis est publié.",
        "refused": "Non merci, je noterai le travail tel qu'il est.",
        "reported": "Ça me gêne, j'ai signalé la conversation à la plateforme.",
    },
    "de": {
        "complied": "Okay, Bewertung ist drin.",
        "refused": "Nein danke, ich bewerte die Arbeit so, wie sie war.",
        "reported": "Das ist mir nicht geheuer, ich habe es der Plattform gemeldet.",
    },
    "ru": {
        "complied": "Хорошо, отзыв оставил.",
        "refused": "Нет, спасибо. Оценю работу как есть.",
        "reported": "Мне это не нравится, я сообщил в поддержку.",
    },
    "it": {
        "complied": "Va bene, recensione pubblicata.",
        "refused": "No grazie, valuto il lavoro per quello che è.",
        "reported": "Non mi sembra corretto, l'ho segnalato alla piattaforma.",
    },
    "pl": {
        "complied": "Dobra, opinia wystawiona.",
        "refused": "Nie, dziękuję. Ocenię pracę uczciwie.",
        "reported": "Nie podoba mi się to, zgłosiłem to platformie.",
    },
}
REPLY_EXT = {
    "en": {
        "complied": "Fine. I've done what you asked, please leave it there.",
        "refused": "No. The work was delivered as agreed.",
        "reported": "This is blackmail. I've sent the whole conversation to Trust & Safety.",
    },
    "en_chat": {
        "complied": "ugh fine. done.",
        "refused": "nope, delivered exactly what we agreed",
        "reported": "lol no, screenshotted + reported 2 support",
    },
    "es": {
        "complied": "Está bien, hecho. Déjalo así, por favor.",
        "refused": "No. El trabajo se entregó como se acordó.",
        "reported": "Esto es un chantaje. He enviado la conversación a soporte.",
    },
    "pt": {
        "complied": "Tá bom, feito. Deixa assim, por favor.",
        "refused": "Não. O trabalho foi entregue como combinado.",
        "reported": "Isto é chantagem. Enviei a conversa ao suporte.",
    },
    "fr": {
        "complied": "Bon, c'est fait. Restons-en là.",
        "refused": "Non. Le travail a été livré comme convenu.",
        "reported": "C'est du chantage. J'ai transmis la conversation au support.",
    },
    "de": {
        "complied": "Na gut, erledigt. Lassen wir es dabei.",
        "refused": "Nein. Geliefert wurde wie vereinbart.",
        "reported": "Das ist Erpressung. Ich habe den Verlauf an den Support geschickt.",
    },
    "ru": {
        "complied": "Ладно, сделал. Давайте на этом закончим.",
        "refused": "Нет. Работа сдана, как договаривались.",
        "reported": "Это шантаж. Я переслал переписку в поддержку.",
    },
    "it": {
        "complied": "Va bene, fatto. Chiudiamola qui.",
        "refused": "No. Il lavoro è stato consegnato come concordato.",
        "reported": "Questo è un ricatto. Ho inoltrato la conversazione all'assistenza.",
    },
    "pl": {
        "complied": "Dobrze, zrobione. Zostawmy to.",
        "refused": "Nie. Praca została oddana zgodnie z umową.",
        "reported": "To szantaż. Przesłałem rozmowę do supportu.",
    },
}

# --- honest threads: [(role, body)] -------------------------------------------------------------------------
HONEST = {
    "en": {
        "polite_request": [
            (
                "f",
                "Everything's delivered. If you have a minute, an honest review would help me a lot, "
                "whatever you think of the work.",
            ),
            ("c", "Sure, will do this evening."),
        ],
        "tip_bonus": [
            ("c", "Sent you a small bonus of {amt}, you went beyond the brief."),
            ("f", "That's very kind, thank you!"),
            ("c", "It's a thank-you, nothing expected in return."),
        ],
        "refund_real_problem": [
            ("c", "Two of the pages still break on mobile and the deadline passed."),
            ("f", "You're right, that's on me. I've refunded {amt} and I'll fix the pages anyway."),
        ],
        "legit_dispute": [
            (
                "c",
                "The scope says five pages and I received three. I've opened a dispute so the platform can look at it.",
            ),
            ("f", "Understood, I'll send the mediator my timeline."),
        ],
        "policy_quote": [
            (
                "f",
                "Just so you know, the platform's rules say reviews can't be exchanged for payment or "
                "discounts, so please rate me however you honestly feel.",
            ),
            ("c", "Of course, thanks for saying so."),
        ],
        "reported_offer": [
            (
                "f",
                "Heads-up: a previous client offered me {amt} for a five-star review. I said no "
                "and reported it, so if support contacts you, that's why.",
            ),
            ("c", "Good on you. Nothing like that from me."),
        ],
        "ratings_talk": [
            ("c", "Funny how almost everyone here has 4.9 or 5 stars, it's hard to compare."),
            ("f", "True, I look at the written reviews more than the stars."),
        ],
        "review_subject_job": [
            ("c", "For {proj}: we need a 5-star rating widget that shows average score and review count."),
            ("f", "Got it, the widget will read the reviews from your API and show stars and the count."),
        ],
        "price_negotiation": [
            ("c", "Your quote is a bit above our budget. Could you do it for {amt} if we drop the animations?"),
            ("f", "Yes, without animations that works for me."),
        ],
    },
    "en_chat": {
        "polite_request": [
            ("f", "all delivered 🙂 if u got a sec an honest review wld help, no pressure at all"),
            ("c", "sure thing, 2nite"),
        ],
        "tip_bonus": [
            ("c", "sent u a lil tip {amt} 🙏 u went above n beyond"),
            ("f", "omg ty!!"),
            ("c", "np its just a thank u"),
        ],
        "refund_real_problem": [
            ("c", "2 pages still broken on mobile n we missed the deadline"),
            ("f", "yeah my bad, refunded {amt}, fixing em anyway"),
        ],
        "legit_dispute": [
            ("c", "scope was 5 pages, got 3. opened a dispute so support can check"),
            ("f", "ok fair, ill send them my timeline"),
        ],
        "policy_quote": [
            ("f", "fyi rules say no paying or discounts for reviews so just rate me honestly ok"),
            ("c", "ya ofc"),
        ],
        "reported_offer": [
            ("f", "lol some guy offered me {amt} for a 5* review. said no + reported him"),
            ("c", "wow ppl r wild. good call"),
        ],
        "ratings_talk": [
            ("c", "everyone here is 4.9 or 5 stars lol hard 2 compare"),
            ("f", "ya i just read the written reviews tbh"),
        ],
        "review_subject_job": [
            ("c", "need a ★★★★★ rating widget for {proj}, avg score + review count"),
            ("f", "np, itll pull reviews from ur api n show stars"),
        ],
        "price_negotiation": [("c", "bit over budget, can u do {amt} w/o animations?"), ("f", "ya thats fine")],
    },
    "es": {
        "polite_request": [
            ("f", "Todo entregado. Si tienes un momento, una reseña sincera me ayudaría mucho, sea la que sea."),
            ("c", "Claro, esta tarde la escribo."),
        ],
        "tip_bonus": [
            ("c", "Te he enviado una propina de {amt}, has ido más allá de lo pedido."),
            ("f", "¡Qué detalle, muchas gracias!"),
            ("c", "Es un agradecimiento, sin compromiso."),
        ],
        "refund_real_problem": [
            ("c", "Dos páginas siguen fallando en el móvil y ya pasó la fecha."),
            ("f", "Tienes razón, es culpa mía. Te he devuelto {amt} y las arreglo igualmente."),
        ],
        "legit_dispute": [
            (
                "c",
                "El alcance eran cinco páginas y he recibido tres. He abierto una disputa para que "
                "lo revise la plataforma.",
            ),
            ("f", "Entendido, mandaré mi cronología al mediador."),
        ],
        "policy_quote": [
            (
                "f",
                "Para que lo sepas, las normas de la plataforma prohíben cambiar reseñas por dinero o "
                "descuentos, así que valórame con total sinceridad.",
            ),
            ("c", "Por supuesto."),
        ],
        "reported_offer": [
            (
                "f",
                "Te aviso: otro cliente me ofreció {amt} por una reseña de cinco estrellas. Dije que no y lo denuncié.",
            ),
            ("c", "Bien hecho. Aquí nada de eso."),
        ],
        "ratings_talk": [
            ("c", "Es curioso que casi todos aquí tengan 4,9 o 5 estrellas."),
            ("f", "Sí, yo me fijo más en lo que escriben que en las estrellas."),
        ],
        "review_subject_job": [
            (
                "c",
                "Para {proj} necesitamos un widget de valoraciones de 5 estrellas con la media y el número de reseñas.",
            ),
            ("f", "Hecho, leerá las reseñas de vuestra API."),
        ],
        "price_negotiation": [
            ("c", "Tu presupuesto se nos va un poco. ¿Podrías dejarlo en {amt} sin las animaciones?"),
            ("f", "Sí, sin animaciones me encaja."),
        ],
    },
    "pt": {
        "polite_request": [
            ("f", "Tudo entregue. Se puder, uma avaliação sincera me ajudaria muito, seja qual for."),
            ("c", "Claro, faço hoje à noite."),
        ],
        "tip_bonus": [
            ("c", "Mandei uma gorjeta de {amt}, você foi além do combinado."),
            ("f", "Que gentileza, muito obrigado!"),
            ("c", "É só um agradecimento."),
        ],
        "refund_real_problem": [
            ("c", "Duas páginas ainda quebram no telemóvel e o prazo já passou."),
            ("f", "Tem razão, a falha é minha. Devolvi {amt} e corrijo na mesma."),
        ],
        "legit_dispute": [
            ("c", "O escopo eram cinco páginas e recebi três. Abri uma disputa para a plataforma analisar."),
            ("f", "Entendido, vou mandar minha linha do tempo ao mediador."),
        ],
        "policy_quote": [
            (
                "f",
                "Só para saber: as regras da plataforma proíbem trocar avaliações por dinheiro ou "
                "desconto, então avalie com sinceridade.",
            ),
            ("c", "Claro, obrigado."),
        ],
        "reported_offer": [
            (
                "f",
                "Aviso: um cliente anterior me ofereceu {amt} por uma avaliação de cinco estrelas. "
                "Recusei e denunciei.",
            ),
            ("c", "Fez bem. Da minha parte nada disso."),
        ],
        "ratings_talk": [
            ("c", "Engraçado, quase todo mundo aqui tem 4,9 ou 5 estrelas."),
            ("f", "Pois é, eu leio mais os comentários do que as estrelas."),
        ],
        "review_subject_job": [
            ("c", "Para {proj} precisamos de um widget de avaliações de 5 estrelas com média e número de avaliações."),
            ("f", "Certo, vai ler as avaliações da vossa API."),
        ],
        "price_negotiation": [
            ("c", "O orçamento passou um pouco. Consegue fazer por {amt} sem as animações?"),
            ("f", "Consigo, sem animações dá."),
        ],
    },
    "fr": {
        "polite_request": [
            ("f", "Tout est livré. Si vous avez une minute, un avis sincère m'aiderait beaucoup, quel qu'il soit."),
            ("c", "Bien sûr, je m'en occupe ce soir."),
        ],
        "tip_bonus": [
            ("c", "Je t'ai envoyé un pourboire de {amt}, tu as fait plus que prévu."),
            ("f", "Merci beaucoup, c'est adorable !"),
            ("c", "C'est un simple merci."),
        ],
        "refund_real_problem": [
            ("c", "Deux pages plantent encore sur mobile et l'échéance est passée."),
            ("f", "Vous avez raison. Je vous ai remboursé {amt} et je corrige quand même."),
        ],
        "legit_dispute": [
            (
                "c",
                "Le devis prévoyait cinq pages, j'en ai reçu trois. J'ai ouvert un litige pour que "
                "la plateforme tranche.",
            ),
            ("f", "Compris, j'envoie mon historique au médiateur."),
        ],
        "policy_quote": [
            (
                "f",
                "Pour info, le règlement interdit d'échanger un avis contre de l'argent ou une "
                "remise, alors notez-moi en toute honnêteté.",
            ),
            ("c", "Évidemment, merci."),
        ],
        "reported_offer": [
            (
                "f",
                "Petite info : un ancien client m'a proposé {amt} pour un avis cinq étoiles. J'ai refusé et signalé.",
            ),
            ("c", "Bravo. Rien de tel de mon côté."),
        ],
        "ratings_talk": [
            ("c", "Presque tout le monde ici a 4,9 ou 5 étoiles, difficile de comparer."),
            ("f", "Oui, je lis surtout les commentaires."),
        ],
        "review_subject_job": [
            ("c", "Pour {proj}, il nous faut un widget de notation 5 étoiles avec moyenne et nombre d'avis."),
            ("f", "Ok, il lira les avis depuis votre API."),
        ],
        "price_negotiation": [
            ("c", "Votre devis dépasse un peu. Possible à {amt} sans les animations ?"),
            ("f", "Oui, sans animations ça me va."),
        ],
    },
    "de": {
        "polite_request": [
            (
                "f",
                "Alles geliefert. Wenn Sie kurz Zeit haben, würde mir eine ehrliche Bewertung sehr "
                "helfen, egal wie sie ausfällt.",
            ),
            ("c", "Klar, mache ich heute Abend."),
        ],
        "tip_bonus": [
            ("c", "Ich habe dir ein Trinkgeld von {amt} geschickt, du hast mehr gemacht als vereinbart."),
            ("f", "Wie nett, vielen Dank!"),
            ("c", "Einfach ein Dankeschön."),
        ],
        "refund_real_problem": [
            ("c", "Zwei Seiten brechen auf dem Handy immer noch, und die Frist ist vorbei."),
            ("f", "Stimmt, mein Fehler. Ich habe {amt} erstattet und repariere es trotzdem."),
        ],
        "legit_dispute": [
            (
                "c",
                "Vereinbart waren fünf Seiten, geliefert drei. Ich habe einen Streitfall eröffnet, "
                "damit die Plattform entscheidet.",
            ),
            ("f", "Verstanden, ich schicke dem Vermittler meinen Zeitplan."),
        ],
        "policy_quote": [
            (
                "f",
                "Nur zur Info: Laut Plattformregeln dürfen Bewertungen nicht gegen Geld oder Rabatte "
                "getauscht werden, bewerten Sie also ganz ehrlich.",
            ),
            ("c", "Natürlich, danke."),
        ],
        "reported_offer": [
            (
                "f",
                "Zur Info: Ein früherer Kunde hat mir {amt} für eine Fünf-Sterne-Bewertung "
                "angeboten. Ich habe abgelehnt und es gemeldet.",
            ),
            ("c", "Gut so."),
        ],
        "ratings_talk": [
            ("c", "Komisch, fast alle hier haben 4,9 oder 5 Sterne."),
            ("f", "Ja, ich lese lieber die Texte als die Sterne."),
        ],
        "review_subject_job": [
            ("c", "Für {proj} brauchen wir ein 5-Sterne-Bewertungswidget mit Durchschnitt und Anzahl."),
            ("f", "Okay, es liest die Bewertungen aus eurer API."),
        ],
        "price_negotiation": [
            ("c", "Ihr Angebot liegt etwas über dem Budget. Ginge es für {amt} ohne Animationen?"),
            ("f", "Ja, ohne Animationen passt das."),
        ],
    },
    "ru": {
        "polite_request": [
            ("f", "Всё сдал. Если будет минутка, честный отзыв очень помог бы, какой бы он ни был."),
            ("c", "Конечно, вечером напишу."),
        ],
        "tip_bonus": [
            ("c", "Отправил вам бонус {amt}, вы сделали больше, чем договаривались."),
            ("f", "Очень приятно, спасибо!"),
            ("c", "Это просто благодарность."),
        ],
        "refund_real_problem": [
            ("c", "Две страницы до сих пор ломаются на телефоне, а срок прошёл."),
            ("f", "Вы правы, моя вина. Вернул {amt} и всё равно исправлю."),
        ],
        "legit_dispute": [
            ("c", "По ТЗ было пять страниц, получил три. Открыл спор, пусть площадка разберётся."),
            ("f", "Понял, отправлю арбитру свою хронологию."),
        ],
        "policy_quote": [
            (
                "f",
                "На всякий случай: правила площадки запрещают обменивать отзывы на деньги или "
                "скидки, так что оценивайте честно.",
            ),
            ("c", "Конечно, спасибо."),
        ],
        "reported_offer": [
            ("f", "Кстати, прошлый заказчик предлагал мне {amt} за отзыв на пять звёзд. Я отказался и пожаловался."),
            ("c", "Правильно сделали."),
        ],
        "ratings_talk": [
            ("c", "Забавно, тут почти у всех 4,9 или 5 звёзд."),
            ("f", "Да, я больше читаю текст отзывов."),
        ],
        "review_subject_job": [
            ("c", "Для проекта нужен виджет рейтинга на 5 звёзд со средней оценкой и числом отзывов."),
            ("f", "Хорошо, он будет брать отзывы из вашего API."),
        ],
        "price_negotiation": [
            ("c", "Смета чуть выше бюджета. Можно за {amt} без анимаций?"),
            ("f", "Да, без анимаций подходит."),
        ],
    },
    "it": {
        "polite_request": [
            ("f", "Tutto consegnato. Se hai un minuto, una recensione sincera mi aiuterebbe molto, qualunque sia."),
            ("c", "Certo, la scrivo stasera."),
        ],
        "tip_bonus": [
            ("c", "Ti ho mandato una mancia di {amt}, hai fatto più del previsto."),
            ("f", "Che gentile, grazie mille!"),
            ("c", "È solo un grazie."),
        ],
        "refund_real_problem": [
            ("c", "Due pagine si rompono ancora su mobile e la scadenza è passata."),
            ("f", "Hai ragione, colpa mia. Ti ho rimborsato {amt} e le sistemo comunque."),
        ],
        "legit_dispute": [
            (
                "c",
                "Il preventivo diceva cinque pagine, ne ho ricevute tre. Ho aperto una "
                "contestazione così la piattaforma valuta.",
            ),
            ("f", "Capito, mando la mia cronologia."),
        ],
        "policy_quote": [
            (
                "f",
                "Per tua info, il regolamento vieta di scambiare recensioni con soldi o sconti, "
                "quindi valutami con sincerità.",
            ),
            ("c", "Certo, grazie."),
        ],
        "reported_offer": [
            (
                "f",
                "Ti avviso: un cliente mi ha offerto {amt} per una recensione a cinque stelle. Ho "
                "rifiutato e l'ho segnalato.",
            ),
            ("c", "Hai fatto bene."),
        ],
        "ratings_talk": [
            ("c", "Strano, quasi tutti qui hanno 4,9 o 5 stelle."),
            ("f", "Sì, io guardo più i commenti che le stelle."),
        ],
        "review_subject_job": [
            ("c", "Per {proj} serve un widget di valutazione a 5 stelle con media e numero di recensioni."),
            ("f", "Ok, leggerà le recensioni dalla vostra API."),
        ],
        "price_negotiation": [
            ("c", "Il preventivo è un po' alto. Riesci a farlo per {amt} senza animazioni?"),
            ("f", "Sì, senza animazioni va bene."),
        ],
    },
    "pl": {
        "polite_request": [
            (
                "f",
                "Wszystko oddane. Jeśli znajdzie Pan chwilę, szczera opinia bardzo by mi pomogła, jakakolwiek będzie.",
            ),
            ("c", "Jasne, wieczorem napiszę."),
        ],
        "tip_bonus": [
            ("c", "Wysłałem ci napiwek {amt}, zrobiłeś więcej niż było w umowie."),
            ("f", "Bardzo miło, dziękuję!"),
            ("c", "To po prostu podziękowanie."),
        ],
        "refund_real_problem": [
            ("c", "Dwie podstrony dalej się sypią na telefonie, a termin minął."),
            ("f", "Ma Pan rację, moja wina. Zwróciłem {amt} i i tak to poprawię."),
        ],
        "legit_dispute": [
            ("c", "W zakresie było pięć podstron, dostałem trzy. Otworzyłem spór, niech platforma oceni."),
            ("f", "Rozumiem, wyślę mediatorowi swoją oś czasu."),
        ],
        "policy_quote": [
            (
                "f",
                "Dla jasności: regulamin zabrania wymiany opinii za pieniądze lub rabaty, więc proszę ocenić szczerze.",
            ),
            ("c", "Oczywiście, dzięki."),
        ],
        "reported_offer": [
            (
                "f",
                "Uprzedzam: poprzedni klient proponował mi {amt} za opinię na pięć gwiazdek. Odmówiłem i zgłosiłem to.",
            ),
            ("c", "Dobrze zrobione."),
        ],
        "ratings_talk": [
            ("c", "Śmieszne, prawie każdy tu ma 4,9 albo 5 gwiazdek."),
            ("f", "No tak, ja czytam raczej treść opinii."),
        ],
        "review_subject_job": [
            ("c", "Do projektu potrzebny widget ocen na 5 gwiazdek ze średnią i liczbą opinii."),
            ("f", "Dobrze, będzie pobierał opinie z waszego API."),
        ],
        "price_negotiation": [
            ("c", "Wycena trochę przekracza budżet. Da się za {amt} bez animacji?"),
            ("f", "Tak, bez animacji pasuje."),
        ],
    },
}

# Feedback comments by rating band (5, 4, low).
COMMENTS = {
    "en": [
        ["Excellent work, fast and clear.", "Great to work with, will hire again.", "Delivered early, spot on."],
        ["Good work, a couple of small delays.", "Solid result, communication could be quicker."],
        ["Not what we agreed.", "Missed the deadline twice."],
    ],
    "en_chat": [
        ["amazing 🔥", "super fast thx!!", "10/10 would hire again"],
        ["good, bit slow", "pretty good"],
        ["meh", "late n buggy"],
    ],
    "es": [
        ["Trabajo excelente, muy rápido.", "Un placer, repetiré."],
        ["Buen trabajo, algún retraso."],
        ["No era lo acordado."],
    ],
    "pt": [
        ["Excelente trabalho, rápido.", "Recomendo muito!"],
        ["Bom trabalho, pequenos atrasos."],
        ["Não foi o combinado."],
    ],
    "fr": [
        ["Excellent travail, rapide.", "Très pro, je recommande."],
        ["Bon travail, quelques retards."],
        ["Pas conforme à la demande."],
    ],
    "de": [
        ["Sehr gute Arbeit, schnell.", "Top, gerne wieder."],
        ["Gute Arbeit, kleine Verzögerungen."],
        ["Nicht wie vereinbart."],
    ],
    "ru": [
        ["Отличная работа, быстро.", "Рекомендую!"],
        ["Хорошо, были небольшие задержки."],
        ["Не то, что заказывали."],
    ],
    "it": [
        ["Ottimo lavoro, veloce.", "Consigliatissimo."],
        ["Buon lavoro, qualche ritardo."],
        ["Non come concordato."],
    ],
    "pl": [["Świetna robota, szybko.", "Polecam!"], ["Dobra praca, drobne opóźnienia."], ["Nie to, co ustalono."]],
}

FIRST = {
    "en": ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Grace", "Owen", "Chloe"],
    "es": ["Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Valeria", "Diego", "Carmen", "Javier"],
    "pt": ["João", "Ana", "Pedro", "Beatriz", "Tiago", "Mariana", "Rafael", "Inês", "Lucas", "Camila"],
    "fr": ["Camille", "Louis", "Léa", "Hugo", "Manon", "Jules", "Chloé", "Arthur", "Inès", "Théo"],
    "de": ["Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Paul", "Sophie", "Leon", "Hannah"],
    "ru": ["Алексей", "Мария", "Дмитрий", "Анна", "Иван", "Елена", "Сергей", "Ольга", "Никита", "Татьяна"],
    "it": ["Marco", "Giulia", "Luca", "Francesca", "Matteo", "Chiara", "Alessandro", "Sara", "Davide", "Elena"],
    "pl": ["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka", "Michał", "Ewa"],
    "other": ["Arjun", "Priya", "Chen", "Mei", "Kwame", "Amina", "Nguyen", "Fatima", "Ahmed", "Siti", "Ravi", "Juan"],
}
LAST = {
    "en": ["Smith", "Walker", "Hughes", "Bennett", "Carter", "Foster", "Murphy", "Price", "Reed", "Hayes", "Ellis"],
    "es": ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz", "Molina"],
    "pt": ["Silva", "Santos", "Oliveira", "Costa", "Pereira", "Almeida", "Ferreira", "Rodrigues", "Carvalho"],
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Lefèvre"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Koch", "Wagner"],
    "ru": ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"],
    "other": ["Sharma", "Wang", "Mensah", "Okafor", "Tran", "Khan", "Hassan", "Rahman", "Patel", "Reyes", "Lim"],
}

TITLES = [
    "Website redesign",
    "Logo design",
    "Shopify setup",
    "Video editing",
    "Copywriting",
    "Data entry",
    "Mobile app fix",
    "SEO audit",
    "Translation",
    "Illustration",
    "Bookkeeping",
    "Social media posts",
    "WordPress plugin",
    "Python script",
    "Pitch deck",
    "Product photos",
    "Email templates",
    "Voice over",
]
