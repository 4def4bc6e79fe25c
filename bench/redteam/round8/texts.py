"""Round 8 wording: names, chatter, replies, the scheme texts and the honest threads.

Written for this round in one sitting. A scheme entry is (theme, initiator 'f'/'c', mode, [message parts]); a part
starting with '~' is said by the other party between the initiator's parts. An honest thread is a list of
(role 'c'/'f', body).
"""

import unicodedata

LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat", "ro", "id"]


def ascii_fold(s):
    table = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ş": "s", "ğ": "g", "ș": "s", "ț": "t", "ß": "ss"})
    s = s.translate(table)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    if not s:
        return "user"
    return "".join(ch for ch in s if ch.isalnum()) or "user"


NAMES = {
    "en": (
        ["Oliver", "Grace", "Harvey", "Imogen", "Callum", "Megan", "Rhys", "Tamsin", "Dylan", "Brooke"],
        ["Pritchard", "Holloway", "Ashworth", "Kemp", "Lister", "Barrow", "Dunmore", "Fenwick", "Cole", "Rudd"],
    ),
    "en_chat": (
        ["Tyler", "Kayla", "Jordan", "Brianna", "Austin", "Destiny", "Cody", "Jasmine", "Trey", "Alexis"],
        ["Mendez", "Carter", "Brooks", "Nguyen", "Sullivan", "Hayes", "Patel", "Ramos", "Wade", "Grant"],
    ),
    "es": (
        ["Íñigo", "Rocío", "Álvaro", "Nerea", "Gonzalo", "Ainhoa", "Rubén", "Maite", "Iker", "Lucía"],
        [
            "Etxeberria",
            "Salvatierra",
            "Montoya",
            "Cifuentes",
            "Barroso",
            "Quintana",
            "Valdés",
            "Ocaña",
            "Bermúdez",
            "Arrieta",
        ],
    ),
    "pt": (
        ["Thiago", "Larissa", "Rodrigo", "Fernanda", "Vinícius", "Beatriz", "Gustavo", "Camila", "Duarte", "Inês"],
        [
            "Albuquerque",
            "Nogueira",
            "Pimentel",
            "Sampaio",
            "Figueiredo",
            "Cavalcanti",
            "Teixeira",
            "Moura",
            "Quaresma",
            "Brandão",
        ],
    ),
    "fr": (
        ["Maël", "Clémence", "Baptiste", "Océane", "Timothée", "Solène", "Quentin", "Margaux", "Gaspard", "Apolline"],
        [
            "Lemaire",
            "Chevallier",
            "Fournier",
            "Roussel",
            "Marchand",
            "Vasseur",
            "Leclercq",
            "Perrin",
            "Gauthier",
            "Boyer",
        ],
    ),
    "de": (
        ["Jannik", "Friederike", "Malte", "Wiebke", "Torben", "Svenja", "Henrik", "Annika", "Lasse", "Merle"],
        ["Brinkmann", "Kessler", "Hoffmeister", "Dietrich", "Vogt", "Lindner", "Raabe", "Wendt", "Pohl", "Scholz"],
    ),
    "ru": (
        ["Арсений", "Полина", "Тимофей", "Вероника", "Глеб", "Ульяна", "Матвей", "Алиса", "Ярослав", "Дарина"],
        [
            "Белоусов",
            "Журавлёва",
            "Колесников",
            "Тарасова",
            "Гончаров",
            "Лебедева",
            "Мартынов",
            "Савина",
            "Ершов",
            "Крылова",
        ],
    ),
    "it": (
        ["Tommaso", "Ginevra", "Edoardo", "Beatrice", "Riccardo", "Ludovica", "Filippo", "Arianna", "Jacopo", "Chiara"],
        [
            "Ferraresi",
            "Montanari",
            "Bellini",
            "Cattaneo",
            "Pellegrini",
            "Sartori",
            "Vitale",
            "Longo",
            "Marchetti",
            "Serra",
        ],
    ),
    "pl": (
        ["Bartosz", "Zuzanna", "Mikołaj", "Natalia", "Szymon", "Wiktoria", "Kacper", "Julia", "Oskar", "Maja"],
        ["Wróblewski", "Zając", "Kaczmarek", "Pawlak", "Michalska", "Sikora", "Baran", "Krawczyk", "Adamczyk", "Duda"],
    ),
    "nl": (
        ["Daan", "Sanne", "Joris", "Fleur", "Bram", "Lotte", "Thijs", "Noor", "Sem", "Iris"],
        ["van Dijk", "Bakker", "de Graaf", "Mulder", "Smit", "Verbeek", "Hendriks", "de Bruijn", "Kok", "Vos"],
    ),
    "tr": (
        ["Emre", "Zeynep", "Burak", "Elif", "Kaan", "Selin", "Oğuz", "Ece", "Mert", "Defne"],
        ["Yılmaz", "Aydın", "Öztürk", "Kaya", "Şahin", "Doğan", "Arslan", "Çelik", "Koç", "Kurt"],
    ),
    "ro": (
        ["Andrei", "Ioana", "Mihai", "Ana-Maria", "Radu", "Bianca", "Tudor", "Irina", "Vlad", "Alexandra"],
        [
            "Popescu",
            "Ionescu",
            "Dumitrescu",
            "Stoica",
            "Constantinescu",
            "Munteanu",
            "Stănescu",
            "Georgescu",
            "Nistor",
            "Toma",
        ],
    ),
    "id": (
        ["Budi", "Sari", "Agus", "Dewi", "Rizky", "Putri", "Fajar", "Ayu", "Hendra", "Wulan"],
        ["Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Kusuma", "Nugroho", "Lestari", "Siregar", "Halim"],
    ),
}

COUNTRIES = {
    "en": ["GB", "IE", "AU", "NZ"],
    "en_chat": ["US", "CA"],
    "es": ["ES", "MX", "CO", "CL"],
    "pt": ["BR", "PT"],
    "fr": ["FR", "BE", "CH"],
    "de": ["DE", "AT", "CH"],
    "ru": ["RU", "BY", "KZ"],
    "it": ["IT"],
    "pl": ["PL"],
    "nl": ["NL", "BE"],
    "tr": ["TR"],
    "ro": ["RO", "MD"],
    "id": ["ID"],
}
CURRENCY = {
    "en": "GBP",
    "es": "EUR",
    "pt": "BRL",
    "fr": "EUR",
    "de": "EUR",
    "ru": "USD",
    "it": "EUR",
    "pl": "PLN",
    "nl": "EUR",
    "tr": "TRY",
    "en_chat": "USD",
    "ro": "RON",
    "id": "IDR",
}

ORG_NAMES = [
    "Northwind",
    "Bluefern",
    "Kestrel",
    "Orchard Lane",
    "Vantor",
    "Pinewood",
    "Halcyon",
    "Moravia",
    "Solvent",
    "Quayside",
    "Brightmoor",
    "Tessera",
    "Lumen",
    "Arcadia",
    "Copperleaf",
    "Nimbus",
    "Redcliff",
    "Saltmarsh",
    "Velora",
    "Windmere",
]

TITLES = {
    "en": [
        "Shopify theme tweaks",
        "Landing page copy",
        "Bookkeeping clean-up",
        "Logo refresh",
        "WordPress speed fixes",
        "Podcast editing",
        "Data entry from PDFs",
        "Email sequence",
        "React form bug",
        "Translate product sheets",
        "Pitch deck design",
        "Python scraper",
    ]
}

COMMENTS = {
    1: ["Did not deliver what was agreed.", "Very poor communication.", "Would not hire again."],
    2: ["Late and needed many fixes.", "Below expectations."],
    3: ["OK in the end, some delays.", "Average work, took a while."],
    4: ["Good work, a couple of small issues.", "Solid, would hire again.", "Nice result, slightly late."],
    5: ["Excellent, fast and clear.", "Great to work with!", "Top quality, thanks!", "Smooth project.", ""],
}

CHATTER = {
    "en": [
        "Morning, I've pushed the first draft to the shared folder.",
        "Could you send the brand fonts?",
        "Call at 3 still fine?",
        "Invoice for this milestone is attached.",
        "Small change: make the header navy.",
        "Sorry for the delay, had a power cut.",
        "Looks good, carry on.",
    ],
    "en_chat": [
        "yo draft is up",
        "can u send the logo files",
        "lol my wifi died again",
        "ok looks dope",
        "gonna finish tmrw",
        "np take ur time",
        "sent the invoice thing",
    ],
    "es": [
        "Buenas, te paso el primer borrador.",
        "¿Me mandas las fuentes?",
        "Perfecto, sigue así.",
        "Mañana te confirmo los textos.",
        "Perdona el retraso, estuve liado.",
        "Ya está subido al Drive.",
    ],
    "pt": [
        "Oi, subi a primeira versão.",
        "Pode me mandar as fontes?",
        "Ficou ótimo, pode seguir.",
        "Amanhã te confirmo os textos.",
        "Desculpa a demora.",
        "Já está no Drive.",
    ],
    "fr": [
        "Bonjour, j'ai déposé la première version.",
        "Tu peux m'envoyer les polices ?",
        "Parfait, continue.",
        "Je te confirme les textes demain.",
        "Désolé pour le retard.",
        "C'est sur le Drive.",
    ],
    "de": [
        "Moin, erster Entwurf liegt im Ordner.",
        "Kannst du mir die Schriften schicken?",
        "Passt, mach weiter.",
        "Texte bestätige ich morgen.",
        "Sorry für die Verspätung.",
        "Liegt in der Cloud.",
    ],
    "ru": [
        "Добрый день, первый вариант в папке.",
        "Пришлите, пожалуйста, шрифты.",
        "Отлично, продолжайте.",
        "Тексты подтвержу завтра.",
        "Извините за задержку.",
        "Загрузил на диск.",
    ],
    "it": [
        "Ciao, ho caricato la prima bozza.",
        "Mi mandi i font?",
        "Perfetto, vai avanti.",
        "Domani ti confermo i testi.",
        "Scusa il ritardo.",
        "È sul Drive.",
    ],
    "pl": [
        "Cześć, wrzuciłem pierwszą wersję.",
        "Podeślesz fonty?",
        "Super, działaj dalej.",
        "Jutro potwierdzę teksty.",
        "Sorki za opóźnienie.",
        "Jest na dysku.",
    ],
    "nl": [
        "Hoi, eerste versie staat in de map.",
        "Kun je de lettertypes sturen?",
        "Top, ga zo door.",
        "Morgen bevestig ik de teksten.",
        "Sorry voor de vertraging.",
        "Staat op de Drive.",
    ],
    "tr": [
        "Merhaba, ilk taslağı yükledim.",
        "Fontları atabilir misin?",
        "Süper, devam et.",
        "Metinleri yarın onaylarım.",
        "Gecikme için kusura bakma.",
        "Drive'a koydum.",
    ],
    "ro": [
        "Salut, am urcat prima variantă.",
        "Îmi trimiți fonturile?",
        "Perfect, continuă.",
        "Mâine îți confirm textele.",
        "Scuze de întârziere.",
        "E pe Drive.",
    ],
    "id": [
        "Halo, draf pertama sudah saya upload.",
        "Bisa kirim font-nya?",
        "Mantap, lanjut ya.",
        "Besok saya konfirmasi teksnya.",
        "Maaf telat.",
        "Sudah di Drive ya.",
    ],
}

REPLY = {
    "en": {
        "complied": "Fine. Done, five stars are up.",
        "refused": "No, that's not how this works. I'll rate what I saw.",
        "reported": "I've forwarded this conversation to the platform's support team.",
    },
    "en_chat": {
        "complied": "ok fine done, 5 stars posted",
        "refused": "nah not doing that lol",
        "reported": "screenshotted this and sent it to support fyi",
    },
    "es": {
        "complied": "Vale, hecho. Ya tienes las cinco estrellas.",
        "refused": "No, así no. Valoraré lo que hay.",
        "reported": "He enviado esta conversación al soporte de la plataforma.",
    },
    "pt": {
        "complied": "Tá bom, feito. Já deixei as cinco estrelas.",
        "refused": "Não, assim não. Vou avaliar o que vi.",
        "reported": "Encaminhei esta conversa para o suporte da plataforma.",
    },
    "fr": {
        "complied": "D'accord, c'est fait, cinq étoiles.",
        "refused": "Non, ça ne marche pas comme ça.",
        "reported": "J'ai transmis cette conversation au support de la plateforme.",
    },
    "de": {
        "complied": "Na gut, erledigt, fünf Sterne sind drin.",
        "refused": "Nein, so läuft das nicht.",
        "reported": "Ich habe den Verlauf an den Plattform-Support geschickt.",
    },
    "ru": {
        "complied": "Ладно, сделал, пять звёзд стоят.",
        "refused": "Нет, так не пойдёт. Оценю как есть.",
        "reported": "Я переслал эту переписку в поддержку площадки.",
    },
    "it": {
        "complied": "Va bene, fatto, cinque stelle.",
        "refused": "No, non funziona così.",
        "reported": "Ho inoltrato questa chat all'assistenza della piattaforma.",
    },
    "pl": {
        "complied": "Dobra, zrobione, pięć gwiazdek jest.",
        "refused": "Nie, tak to nie działa.",
        "reported": "Przekazałem tę rozmowę do supportu platformy.",
    },
    "nl": {
        "complied": "Oké, gedaan, vijf sterren staan erop.",
        "refused": "Nee, zo werkt het niet.",
        "reported": "Ik heb dit gesprek doorgestuurd naar de support van het platform.",
    },
    "tr": {
        "complied": "Tamam, yaptım, beş yıldız verildi.",
        "refused": "Hayır, böyle olmaz.",
        "reported": "Bu yazışmayı platform destek ekibine ilettim.",
    },
    "ro": {
        "complied": "Bine, gata, ai cinci stele.",
        "refused": "Nu, nu merge așa.",
        "reported": "Am trimis conversația asta la suportul platformei.",
    },
    "id": {
        "complied": "Oke deh, sudah saya kasih bintang lima.",
        "refused": "Nggak, bukan begitu caranya.",
        "reported": "Percakapan ini sudah saya teruskan ke tim support platform.",
    },
}

PAID = {}
EXTORT = {}
HONEST = {}

# ---------------------------------------------------------------- English
PAID["en"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Quick one befor you close the contract. If you can leave me 5 stars and a line about speed, I'll send "
            "£40 back to you by bank transfer the same evening.",
            "Just so it doesn't look odd I'd rather not do it through the platform's bonus button.",
        ],
    ),
    (
        "gift",
        "f",
        "explicit",
        [
            "I know the review matters to both of us. Leave it at five ⭐ and I'll post you a bottle of Talisker 10, "
            "already wrapped. Address?"
        ],
    ),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Here's a deal: the favicon set and the 404 page normally cost extra.",
            "~What's the catch?",
            "No catch, you'd get them free if the feedback says 5/5. Otherwise they're £60 each.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        [
            "For the next job I can do 30% off, but only for clients who left me a full five-star rating. Yours "
            "would qualify the minute it's posted."
        ],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        [
            "Off-platform thank-you: 50 USDT to your wallet for a 5 star rating + 'would hire again'. Just paste "
            "your TRC20 address here and delete the message after."
        ],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Honestly the work is fine. Before I rate it though, I'd want £75 of the fee refunded.",
            "Send that back and you'll get the full five stars and a glowing comment. Keep it and I'll just rate "
            "what I think the price deserved.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        [
            "Whatever you write in the feedback box, I look after people who look after me. Let's say there'd be "
            "something in it for you if it's all top marks, and I never forget a favour."
        ],
    ),
]
EXTORT["en"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        [
            "Right. Either you refund half by Friday or the review goes up at one star with every detail of how "
            "late this was. Your choice."
        ],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "I want the mobile version done as well, no extra charge.",
            "~That wasn't in the scope we agreed.",
            "Then enjoy a 1* ratting on a profile with only six reviews. Think about what that does to you.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "If I don't get five stars from you I'll report this account to Trust & Safety for asking me to work "
            "outside the platform. We both know you did. A 5 star review makes that go away."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "I run a design newsletter with 12k readers. Refund me the last milestone or next week's issue features "
            "you by name as the freelancer who ghosted me. Then I'll rate you, badly."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        [
            "You have a Google Business page for your studio, don't you? Knock £200 off or I post a one-star there "
            "AND here. Two bad reviews for the price of one."
        ],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "I know three of your other clients personally.",
            "Make this right, meaning the second revision free "
            "and a 20% refund, or they'll hear about you from me before the feedback even shows up.",
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "I'd hate for your rating to suffer over something so small. People read those comments, you know. "
            "I'm sure you'll find a way to make me happy before I sit down to write mine."
        ],
    ),
]

PAID["en_chat"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "hey so if u drop me 5 stars i'll venmo u $30 back rn",
            "~wait fr?",
            "fr fr, just dont mention it in the review lol",
        ],
    ),
    ("gift", "f", "explicit", ["ok real talk, ⭐⭐⭐⭐⭐ from u = $50 doordash gift card to ur email. deal??"]),
    (
        "free_extra",
        "f",
        "explicit",
        ["tell u what, leave 5* and i'll throw in the instagram story templates for free, usually $80"],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["5 star review = half price on the next gig. thats like my loyalty program haha"],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["can send u 0.001 btc as a thx if the rating is 5/5 👀 no platform fees that way"],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "ngl the work is ok but i need $40 back b4 i rate",
            "u do that and ur getting 5 stars + a nice comment. if not idk man",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["just saying, ppl who hook me up w good reviews get hooked up too 😉 u know how it is"],
    ),
]
EXTORT["en_chat"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["refund me $100 today or im leaving 1 star and writing a whole essay about it"],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "need 3 more logo versions for free",
            "~bro thats not in the deal",
            "then ur getting a 1 star, simple as that",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        ["give me 5 stars or i report u for the off-site payment thing u asked for. ur call"],
    ),
    (
        "public_post",
        "c",
        "explicit",
        ["got 40k followers on tiktok. refund or i make a video about how u scammed me, tagging ur profile"],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["u have a yelp page right? $150 back or i hit that with 1 star too not just here"],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "im in a discord w like 200 small biz owners. pay me back half or "
            "everyone there knows ur name by tonight + bad review"
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        ["be a shame if ur rating dropped rn... just think about what u can do for me b4 i write mine"],
    ),
]

HONEST["en"] = {
    "quoted_threat": [
        (
            "c",
            "Heads-up: another freelancer I hired last month wrote to me 'refund me or I give you a one-star "
            "client rating'. I've reported them. Nothing to do with you, just explaining why I'm careful.",
        ),
        ("f", "Sorry that happened. Thanks for telling me, and for reporting it."),
    ],
    "real_dispute": [
        (
            "c",
            "This is the third deadline missed and the export still breaks on Safari. I'm furious, to be "
            "frank, and my rating will say so.",
        ),
        ("f", "I understand. I'll fix Safari tonight; rate it however you see fit, that's fair."),
        ("c", "I'm opening a dispute for the last milestone in the meantime."),
    ],
    "polite_request": [
        (
            "f",
            "Thanks for a great project! If you have a minute, a review would really help me. Only if you "
            "were happy, of course.",
        ),
        ("c", "Will do this evening."),
    ],
    "tip_after_review": [
        ("c", "Review is posted. I've also sent a small bonus because you saved our launch, no strings."),
        ("f", "That's very kind, thank you!"),
    ],
    "price_negotiation": [
        ("c", "Could you do the whole set for £450 instead of £520? Budget is tight this quarter."),
        ("f", "I can do £480 if we drop the second revision round."),
        ("c", "Deal."),
    ],
    "rating_explained": [
        ("c", "How do the stars work here? Is 4 bad for you?"),
        (
            "f",
            "Anything under 5 pulls my average down a bit, but please rate honestly. The private feedback "
            "goes to the platform, not to me.",
        ),
    ],
    "honest_either_way": [
        ("f", "Just to be clear, I'm not asking for any particular score."),
        ("c", "Good, because I'll leave an honest review either way. So far it's looking positive."),
    ],
}
HONEST["en_chat"] = {
    "quoted_threat": [
        ("c", "lol some guy literally msged me 'pay me $50 or 1 star' last week, reported him. anyway ur fine"),
        ("f", "wow thats wild, glad u reported"),
    ],
    "real_dispute": [
        ("c", "dude the site is still broken on mobile, im so mad rn. def not 5 stars as is"),
        ("f", "totally fair, fixing it tonight, rate however u want"),
    ],
    "polite_request": [
        ("f", "thx for everything!! if u get a sec a review would be awesome, no pressure"),
        ("c", "ofc will do"),
    ],
    "tip_after_review": [("c", "left the review + sent a lil bonus for the rush job 🙌"), ("f", "omg thank u!!")],
    "price_negotiation": [("c", "can u do $300 instead of $350?"), ("f", "$325 and its a deal"), ("c", "bet")],
    "rating_explained": [
        ("c", "wait is 4 stars bad for u?"),
        ("f", "kinda lowers my avg but pls just be honest, its ok"),
    ],
    "honest_either_way": [
        ("f", "not asking for 5 stars or anything btw"),
        ("c", "yeah ill be honest either way, so far its great tho"),
    ],
}

# ---------------------------------------------------------------- Spanish
PAID["es"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Una cosa antes de cerrar: si me dejas las 5 estrellas te hago un Bizum de 35 € esta misma tarde.",
            "Mejor no lo comentes en la reseña, vale? y q quede entre nosotros",
        ],
    ),
    (
        "gift",
        "f",
        "explicit",
        [
            "Si la valoración queda en cinco ⭐ te mando una paletilla ibérica a casa, "
            "de las buenas. Pásame la dirección."
        ],
    ),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Te propongo algo: las versiones para redes te las hago gratis",
            "~¿Y eso?",
            "Solo pido que la reseña sea de 5/5. Si no, son 90 € aparte.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        [
            "A quien me deja cinco estrellas le hago un 25% de descuento en el "
            "siguiente encargo. Tú ya casi lo tienes 😉"
        ],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        [
            "Te puedo mandar 40 USDT como agradecimiento si pones 5 estrellas. "
            "Pásame tu wallet y borra este mensaje luego."
        ],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "El trabajo está bien, pero antes de valorar quiero que me devuelvas 60 €.",
            "Haz eso y te pongo 5 estrellas y un comentario de lujo.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        [
            "Tú ya sabes que yo cuido a quien me cuida. Si la valoración sale "
            "redonda, algo habrá para ti, no te preocupes."
        ],
    ),
]
EXTORT["es"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["O me debuelves la mitad antes del viernes o te pongo una estrella y cuento con detalle cada retraso."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Quiero también la versión en inglés, sin coste.",
            "~Eso no estaba en el presupuesto.",
            "Pues te comes un 1* en un perfil con seis reseñas. Tú verás.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Si no me das cinco estrellas, te denuncio al soporte por pedirme "
            "pagar fuera de la plataforma. Con un 5 se olvida todo."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Tengo 20 mil seguidores en Instagram. Devuélveme el último hito o "
            "publico tu nombre contando cómo me dejaste tirado."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Tu estudio tiene ficha en Google Maps, ¿no? Rebaja 150 € o te dejo una estrella allí y aquí."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Conozco a varios de tus clientes. O me haces la segunda revisión "
            "gratis o se enteran por mí antes de que salga mi reseña."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Sería una pena que tu valoración bajara por una tontería así. Seguro "
            "que encuentras la manera de dejarme contento antes de que escriba."
        ],
    ),
]
HONEST["es"] = {
    "quoted_threat": [
        (
            "c",
            "Te cuento: otro freelance me escribió 'devuélveme el dinero o te pongo una "
            "estrella'. Ya lo denuncié. No va contigo, solo para que sepas por qué voy con "
            "cuidado.",
        ),
        ("f", "Qué mal rato. Gracias por contármelo."),
    ],
    "real_dispute": [
        (
            "c",
            "Tercera fecha que no cumples y la web sigue rota en el móvil. Estoy muy "
            "enfadado y la valoración lo va a reflejar.",
        ),
        ("f", "Lo entiendo. Lo arreglo esta noche; valora como te parezca justo."),
    ],
    "polite_request": [
        ("f", "¡Gracias por todo! Si tienes un momento, una reseña me ayudaría mucho. Solo si quedaste contento."),
        ("c", "Claro, esta tarde la dejo."),
    ],
    "tip_after_review": [
        ("c", "Ya dejé la reseña y te mandé un pequeño extra por las prisas, de corazón."),
        ("f", "¡Muchísimas gracias!"),
    ],
    "price_negotiation": [
        ("c", "¿Podrías dejarlo en 400 € en vez de 480?"),
        ("f", "Lo dejo en 440 si quitamos una ronda de cambios."),
        ("c", "Hecho."),
    ],
    "rating_explained": [
        ("c", "¿Un 4 te perjudica mucho?"),
        ("f", "Baja un poco la media, pero valora con sinceridad, de verdad."),
    ],
    "honest_either_way": [
        ("f", "Que quede claro: no te pido ninguna nota concreta."),
        ("c", "Mejor, porque voy a dejar una reseña sincera sea como sea."),
    ],
}

# ---------------------------------------------------------------- Portuguese
PAID["pt"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Antes de fechar: se você me der 5 estrelas eu te devolvo R$ 80 no pix hoje mesmo.",
            "Só não comenta isso na avaliação, combinado?",
        ],
    ),
    (
        "gift",
        "f",
        "explicit",
        ["Deixa cinco ⭐ que eu te mando uma garrafa de cachaça artesanal de Minas. Me passa o endereço."],
    ),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Posso fazer os banners do Instagram de graça",
            "~Sério? Por quê?",
            "Desde que a avaliação seja 5/5. Senão fica R$ 200 à parte.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Cliente que me dá cinco estrelas ganha 30% de desconto no próximo projeto. Já é seu se avaliar assim."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["Te mando 25 USDT de agradecimento se a nota for 5 estrelas. Me passa a carteira e apaga a mensagem depois."],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Tá bom o trabalho, mas antes de avaliar quero R$ 150 de volta.",
            "Faz isso e você ganha 5 estrelas e um comentário top.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        [
            "Você sabe que eu sempre retribuo. Se a avaliação vier caprichada, "
            "vai ter um agrado pra você, fica tranquilo."
        ],
    ),
]
EXTORT["pt"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Ou vc devolve metade até sexta ou eu dou uma estrela e conto cada atraso na avaliação."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Quero a versão mobile também, sem custo.",
            "~Isso não estava no escopo.",
            "Então vai levar 1* num perfil com poucas avaliações. Pensa bem.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Se eu não receber cinco estrelas, vou denunciar sua conta por ter "
            "pedido pagamento por fora. Com um 5 eu esqueço."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Tenho 30 mil seguidores no Instagram. Me reembolsa a última etapa ou "
            "faço um post com seu nome contando que você sumiu."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        [
            "Seu estúdio está no Reclame Aqui? Dá um desconto de R$ 300 ou abro "
            "uma reclamação lá e te dou uma estrela aqui."
        ],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Conheço uns clientes seus. Faz a segunda revisão de graça ou eles "
            "vão saber de tudo por mim, antes da avaliação."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Seria chato sua nota cair por uma bobagem dessas. Tenho certeza que "
            "você acha um jeito de me deixar satisfeito antes de eu escrever."
        ],
    ),
]
HONEST["pt"] = {
    "quoted_threat": [
        (
            "c",
            "Só pra você saber: outro freelancer me mandou 'me devolve ou te dou uma "
            "estrela'. Denunciei. Não tem nada a ver com você.",
        ),
        ("f", "Que situação. Obrigado por avisar."),
    ],
    "real_dispute": [
        (
            "c",
            "Terceiro prazo perdido e o site ainda quebra no celular. Estou bem irritado e "
            "a avaliação vai mostrar isso.",
        ),
        ("f", "Entendo. Corrijo hoje à noite; avalie como achar justo."),
    ],
    "polite_request": [
        ("f", "Obrigado pelo projeto! Se puder, uma avaliação me ajudaria muito. Só se ficou satisfeito."),
        ("c", "Claro, faço hoje."),
    ],
    "tip_after_review": [
        ("c", "Já avaliei e mandei um bônus pela correria, de coração."),
        ("f", "Muito obrigado mesmo!"),
    ],
    "price_negotiation": [
        ("c", "Consegue fazer por R$ 1.800 em vez de 2.100?"),
        ("f", "Faço por 1.950 se tirarmos uma rodada de ajustes."),
        ("c", "Fechado."),
    ],
    "rating_explained": [
        ("c", "Nota 4 te prejudica?"),
        ("f", "Baixa um pouco a média, mas avalie com sinceridade, sem problema."),
    ],
    "honest_either_way": [
        ("f", "Não estou pedindo nota nenhuma, tá?"),
        ("c", "Ótimo, vou deixar uma avaliação honesta de qualquer jeito."),
    ],
}

# ---------------------------------------------------------------- French
PAID["fr"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Avant de clôturer : si tu me mets 5 étoiles, je te renvoie 40 € par Lydia ce soir.",
            "Évite juste d'en parler dans l'avis.",
        ],
    ),
    (
        "gift",
        "f",
        "explicit",
        ["Pour cinq ⭐ je t'envoie une bouteille de Sancerre, bien emballée. Tu me donnes ton adresse ?"],
    ),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Je peux te faire les visuels LinkedIn gratuitement",
            "~Pourquoi ?",
            "À condition que l'avis soit 5/5. Sinon c'est 80 € en plus.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        [
            "Les clients qui me laissent cinq étoiles ont -30 % sur la mission "
            "suivante. Ça peut être toi dès que c'est publié."
        ],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        [
            "Je peux t'envoyer 30 USDT en remerciement pour une note de 5 étoiles. "
            "Donne-moi ton adresse de wallet et supprime ce message."
        ],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Le travail est correct, mais avant de noter je veux 70 € de retour.",
            "Fais ça et tu auras 5 étoiles avec un beau commentaire.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        [
            "Tu sais que je sais renvoyer l'ascenseur. Si l'évaluation est au "
            "top, il y aura un petit quelque chose pour toi."
        ],
    ),
]
EXTORT["fr"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Soit tu me rembourse la moitier avant vendredi, soit je mets une étoile en détaillant chaque retard."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Je veux aussi la version anglaise, sans supplément.",
            "~Ce n'était pas prévu au devis.",
            "Alors ce sera 1* sur un profil avec six avis. À toi de voir.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Si je n'ai pas cinq étoiles, je signale ton compte pour m'avoir "
            "proposé de payer hors plateforme. Avec un 5, j'oublie."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "J'ai 15 000 abonnés sur LinkedIn. Rembourse le dernier jalon ou je "
            "publie ton nom en racontant comment tu m'as lâché."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Ton agence a une fiche Google, non ? Baisse de 200 € ou je te mets une étoile là-bas et ici."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Je connais plusieurs de tes clients. Deuxième révision offerte, ou "
            "ils entendront parler de toi par moi avant mon avis."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Ce serait dommage que ta note baisse pour si peu. Je suis sûr que tu "
            "trouveras comment me satisfaire avant que j'écrive la mienne."
        ],
    ),
]
HONEST["fr"] = {
    "quoted_threat": [
        (
            "c",
            "Pour info : un autre prestataire m'a écrit « rembourse-moi ou je te mets une "
            "étoile ». Je l'ai signalé. Rien à voir avec toi.",
        ),
        ("f", "Désolé pour toi, merci de me prévenir."),
    ],
    "real_dispute": [
        ("c", "Troisième délai raté et le site plante toujours sur mobile. Je suis furieux et ma note le dira."),
        ("f", "Je comprends. Je corrige ce soir ; note comme tu le juges juste."),
    ],
    "polite_request": [
        (
            "f",
            "Merci pour cette mission ! Si tu as une minute, un avis m'aiderait beaucoup. "
            "Seulement si tu es satisfait.",
        ),
        ("c", "Bien sûr, ce soir."),
    ],
    "tip_after_review": [
        ("c", "Avis publié, et je t'ai envoyé un petit bonus pour l'urgence, sans condition."),
        ("f", "Merci beaucoup !"),
    ],
    "price_negotiation": [
        ("c", "Tu pourrais faire 450 € au lieu de 520 ?"),
        ("f", "480 si on enlève un tour de retouches."),
        ("c", "Marché conclu."),
    ],
    "rating_explained": [
        ("c", "Un 4, c'est mauvais pour toi ?"),
        ("f", "Ça baisse un peu la moyenne, mais note honnêtement, vraiment."),
    ],
    "honest_either_way": [
        ("f", "Je ne te demande aucune note en particulier."),
        ("c", "Tant mieux, je laisserai un avis honnête quoi qu'il arrive."),
    ],
}

# ---------------------------------------------------------------- German
PAID["de"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Kurz bevor du abschließt: für 5 Sterne überweise ich dir heute Abend 50 € per PayPal zurück.",
            "Schreib das bitte nicht in die Bewertung.",
        ],
    ),
    (
        "gift",
        "f",
        "explicit",
        ["Bei fünf ⭐ schicke ich dir eine Flasche Spätburgunder vom Kaiserstuhl. Gib mir einfach deine Adresse."],
    ),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Die Social-Media-Formate könnte ich dir umsonst machen",
            "~Wo ist der Haken?",
            "Kein Haken, solange die Bewertng 5/5 ist. Sonst kosten die 90 € extra.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Wer mir fünf Sterne gibt, bekommt beim nächsten Auftrag 25 % Rabatt. Gilt für dich, sobald sie online ist."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        [
            "Als Dankeschön 40 USDT auf dein Wallet, wenn die Bewertung volle 5 "
            "Sterne hat. Adresse schicken, Nachricht danach löschen."
        ],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Die Arbeit ist ok, aber bevor ich bewerte, hätte ich gern 80 € zurück.",
            "Dann gibt es 5 Sterne und einen richtig netten Text.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        [
            "Du weißt ja, eine Hand wäscht die andere. Wenn die Bewertung "
            "rundum stimmt, soll es dein Schaden nicht sein."
        ],
    ),
]
EXTORT["de"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Entweder du erstattest bis Freitag die Hälfte, oder es gibt einen Stern und jede Verspätung steht drin."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Ich will die englische Version auch, ohne Aufpreis.",
            "~Das war nicht im Angebot.",
            "Dann gibt's eben 1* auf einem Profil mit sechs Bewertungen.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Ohne fünf Sterne melde ich dein Konto, weil du mich außerhalb der "
            "Plattform bezahlen wolltest. Mit einer 5 ist das vergessen."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Ich habe 10.000 Kontakte auf Xing. Erstatte den letzten Meilenstein "
            "oder ich poste deinen Namen und wie du mich hängen gelassen hast."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Dein Büro hat doch einen Google-Eintrag? 200 € Nachlass, sonst gibt es dort und hier einen Stern."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Ich kenne einige deiner Kunden. Zweite Korrektur gratis, oder sie "
            "hören von mir, noch bevor meine Bewertung steht."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Wäre doch schade, wenn deine Bewertung wegen so einer Kleinigkeit "
            "leidet. Du findest bestimmt einen Weg, mich zufriedenzustellen."
        ],
    ),
]
HONEST["de"] = {
    "quoted_threat": [
        (
            "c",
            "Zur Info: ein anderer Freelancer schrieb mir „Geld zurück oder ein Stern für "
            "dich“. Hab ich gemeldet. Hat nichts mit dir zu tun.",
        ),
        ("f", "Ärgerlich. Danke, dass du es sagst."),
    ],
    "real_dispute": [
        (
            "c",
            "Dritte Frist verpasst und die Seite bricht mobil immer noch. Ich bin echt sauer, "
            "und die Bewertung wird das zeigen.",
        ),
        ("f", "Verstehe ich. Ich fixe es heute Abend; bewerte so, wie es fair ist."),
    ],
    "polite_request": [
        (
            "f",
            "Danke für das Projekt! Wenn du kurz Zeit hast, hilft mir eine Bewertung sehr. "
            "Nur wenn du zufrieden warst.",
        ),
        ("c", "Mach ich heute Abend."),
    ],
    "tip_after_review": [
        ("c", "Bewertung ist drin, und ich hab dir noch einen kleinen Bonus für den Eilauftrag geschickt."),
        ("f", "Vielen Dank!"),
    ],
    "price_negotiation": [
        ("c", "Ginge es für 450 € statt 520 €?"),
        ("f", "480 €, wenn wir eine Korrekturrunde streichen."),
        ("c", "Abgemacht."),
    ],
    "rating_explained": [
        ("c", "Ist eine 4 schlecht für dich?"),
        ("f", "Senkt den Schnitt etwas, aber bewerte bitte ehrlich."),
    ],
    "honest_either_way": [
        ("f", "Ich bitte übrigens um keine bestimmte Note."),
        ("c", "Gut so, ich bewerte sowieso ehrlich."),
    ],
}

# ---------------------------------------------------------------- Russian
PAID["ru"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Перед закрытием: поставите 5 звёзд — верну вам 3000 ₽ на карту сегодня же.",
            "Только в отзыве об этом не пишите.",
        ],
    ),
    ("gift", "f", "explicit", ["За пять ⭐ пришлю вам хороший армянский коньяк. Скиньте адрес."]),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Могу сделать баннеры для соцсетей бесплатно",
            "~А в чём подвох?",
            "Без подвоха, если отзыв будет 5/5. Иначе это 5000 отдельно.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Тем, кто ставит мне пять звёзд, даю скидку 30% на следующий заказ. Вам тоже, как только оценка появится."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["Mogu otpravit 40 USDT v blagodarnost za ocenku 5. Prishlite koshelek i potom udalite soobshenie, ok?"],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        ["Работа нормальная, но перед оценкой хочу вернуть 2000.", "Вернёте — будет 5 звёзд и отличный отзыв."],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["Вы же знаете, я добро помню. Если оценка будет на высоте, за мной не заржавеет."],
    ),
]
EXTORT["ru"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Либо возвращаете половину до пятницы, либо ставлю одну звезду и расписываю каждую задержку."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Хочу ещё мобильную версию, бесплатно.",
            "~Этого не было в задании.",
            "Тогда получите 1* при шести отзывах в профиле. Подумайте.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Если не будет пяти звёзд, пожалуюсь в поддержку, что вы "
            "предлагали оплату мимо площадки. Поставите 5 — забуду."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "У меня телеграм-канал на 25 тысяч. Верните последний этап, или "
            "напишу пост с вашим именем и как вы меня кинули."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["У вашей студии есть карточка на Яндекс Картах? Скиньте 5000, иначе будет одна звезда и там, и здесь."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        ["Я знаю нескольких ваших заказчиков. Вторая правка бесплатно — или они всё узнают от меня ещё до отзыва."],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Жаль будет, если ваш рейтинг пострадает из-за такой мелочи. Уверен, "
            "вы найдёте способ меня порадовать, пока я не сел писать отзыв."
        ],
    ),
]
HONEST["ru"] = {
    "quoted_threat": [
        (
            "c",
            "К слову: другой исполнитель написал мне «верните деньги или поставлю одну "
            "звезду». Я пожаловался. К вам это не относится.",
        ),
        ("f", "Неприятно. Спасибо, что рассказали."),
    ],
    "real_dispute": [
        ("c", "Третий срок сорван, сайт на телефоне всё ещё ломается. Я очень зол, и оценка это покажет."),
        ("f", "Понимаю. Исправлю сегодня; оценивайте так, как считаете честным."),
    ],
    "polite_request": [
        ("f", "Спасибо за проект! Если будет минутка, отзыв мне очень поможет. Только если вы довольны."),
        ("c", "Конечно, вечером оставлю."),
    ],
    "tip_after_review": [
        ("c", "Отзыв оставил и отправил небольшой бонус за срочность, просто так."),
        ("f", "Большое спасибо!"),
    ],
    "price_negotiation": [
        ("c", "Сделаете за 40 000 вместо 48 000?"),
        ("f", "За 44 000, если уберём один круг правок."),
        ("c", "Договорились."),
    ],
    "rating_explained": [
        ("c", "Четвёрка для вас плохо?"),
        ("f", "Немного снижает средний балл, но оценивайте честно."),
    ],
    "honest_either_way": [
        ("f", "Я не прошу какую-то конкретную оценку."),
        ("c", "Хорошо, я в любом случае оставлю честный отзыв."),
    ],
}

# ---------------------------------------------------------------- Italian
PAID["it"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Prima di chiudere: se mi lasci 5 stelle ti rimando 40 € con Satispay stasera.",
            "Non scriverlo nella recensione però.",
        ],
    ),
    ("gift", "f", "explicit", ["Per cinque ⭐ ti spedisco una forma di Parmigiano 30 mesi. Mi dai l'indirizzo?"]),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Ti faccio le grafiche per i social gratis",
            "~Come mai?",
            "Basta che la recensione sia 5/5. Altrimenti sono 80 € a parte.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Chi mi lascia cinque stelle ha il 25% di sconto sul prossimo lavoro. Vale anche per te appena è pubblicata."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["Ti mando 30 USDT come ringraziamento se il voto è 5 stelle. Dammi il wallet e poi cancella il messaggio."],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Il lavoro va bene, ma prima di valutare voglio indietro 70 €.",
            "Fallo e avrai 5 stelle e un commento bellissimo.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["Sai che io ricambio sempre. Se la valutazione è il massimo, ci sarà un pensierino anche per te."],
    ),
]
EXTORT["it"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["O mi rinborsi metà entro venerdi o ti do una stella raccontando ogni ritardo."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Voglio anche la versione inglese, gratis.",
            "~Non era nel preventivo.",
            "Allora ti becchi 1* su un profilo con sei recensioni.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Se non ricevo cinque stelle ti segnalo per avermi chiesto di "
            "pagare fuori piattaforma. Con un 5 me ne dimentico."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Ho 18 mila follower su Instagram. Rimborsami l'ultima tranche o "
            "pubblico il tuo nome raccontando come mi hai mollato."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Il tuo studio è su Google Maps, vero? Scontami 150 € o ti metto una stella lì e qui."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        ["Conosco alcuni tuoi clienti. Seconda revisione gratis, oppure lo sapranno da me prima della recensione."],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Sarebbe un peccato se il tuo punteggio calasse per una sciocchezza. "
            "Sono sicuro che troverai il modo di accontentarmi prima che scriva."
        ],
    ),
]
HONEST["it"] = {
    "quoted_threat": [
        (
            "c",
            "Ti dico: un altro freelance mi ha scritto «rimborsami o ti do una stella». "
            "L'ho segnalato. Non c'entri tu.",
        ),
        ("f", "Che brutta storia. Grazie."),
    ],
    "real_dispute": [
        ("c", "Terza scadenza saltata e il sito si rompe ancora da mobile. Sono arrabbiato e il voto lo dirà."),
        ("f", "Capisco. Sistemo stasera; valuta come ti sembra giusto."),
    ],
    "polite_request": [
        ("f", "Grazie del progetto! Se hai un minuto una recensione mi aiuterebbe molto. Solo se sei soddisfatto."),
        ("c", "Certo, stasera."),
    ],
    "tip_after_review": [
        ("c", "Recensione fatta, e ti ho mandato un piccolo bonus per l'urgenza."),
        ("f", "Grazie mille!"),
    ],
    "price_negotiation": [
        ("c", "Riesci a farlo a 450 € invece di 520?"),
        ("f", "480 se togliamo un giro di modifiche."),
        ("c", "Affare fatto."),
    ],
    "rating_explained": [("c", "Un 4 ti penalizza?"), ("f", "Abbassa un po' la media, ma vota con sincerità.")],
    "honest_either_way": [
        ("f", "Non ti chiedo nessun voto in particolare."),
        ("c", "Bene, lascerò una recensione onesta in ogni caso."),
    ],
}

# ---------------------------------------------------------------- Polish
PAID["pl"] = [
    (
        "cash_back",
        "f",
        "explicit",
        ["Zanim zamkniesz: za 5 gwiazdek odesle ci 150 zl BLIKiem jeszcze dzis.", "Tylko nie pisz o tym w opinii."],
    ),
    ("gift", "f", "explicit", ["Za pięć ⭐ wyślę ci butelkę dobrej nalewki wiśniowej. Podaj adres."]),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Grafiki na social media zrobię ci gratis",
            "~A gdzie haczyk?",
            "Żadnego, jeśli opinia będzie 5/5. Inaczej to 300 zł osobno.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        [
            "Klienci, którzy dają mi pięć gwiazdek, mają 30% rabatu na kolejne "
            "zlecenie. Ty też, jak tylko ocena się pojawi."
        ],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["Mogę przelać 40 USDT w podziękowaniu za ocenę 5. Podeślij adres portfela i potem skasuj wiadomość."],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Praca jest ok, ale zanim ocenię, chcę zwrotu 250 zł.",
            "Zrobisz to, to dostaniesz 5 gwiazdek i super komentarz.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["Wiesz, że się odwdzięczam. Jak ocena wyjdzie na medal, to coś się dla ciebie znajdzie."],
    ),
]
EXTORT["pl"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Albo zwrócisz połowę do piątku, albo dostaniesz jedną gwiazdkę z opisem każdego spóźnienia."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Chcę też wersję angielską, bez dopłaty.",
            "~Tego nie było w wycenie.",
            "To dostaniesz 1* przy sześciu opiniach. Przemyśl to.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        ["Bez pięciu gwiazdek zgłoszę twoje konto za proponowanie płatności poza platformą. Dasz 5, to zapomnę."],
    ),
    (
        "public_post",
        "c",
        "explicit",
        ["Mam 12 tysięcy obserwujących na LinkedInie. Zwróć ostatni etap albo opiszę z nazwiska, jak mnie wystawiłeś."],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Twoja firma ma wizytówkę w Google, prawda? Opuść 600 zł albo dam jedną gwiazdkę tam i tutaj."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Znam kilku twoich klientów. Druga poprawka gratis albo dowiedzą się "
            "wszystkiego ode mnie, zanim wystawię opinię."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Szkoda by było, gdyby twoja ocena spadła przez taki drobiazg. Na "
            "pewno znajdziesz sposób, żebym był zadowolony, zanim napiszę."
        ],
    ),
]
HONEST["pl"] = {
    "quoted_threat": [
        (
            "c",
            "Dla jasności: inny wykonawca napisał mi „zwróć kasę albo dostaniesz jedną "
            "gwiazdkę”. Zgłosiłem go. Ciebie to nie dotyczy.",
        ),
        ("f", "Przykra sprawa. Dzięki, że mówisz."),
    ],
    "real_dispute": [
        ("c", "Trzeci termin przepadł, a strona dalej sypie się na telefonie. Jestem wściekły i ocena to pokaże."),
        ("f", "Rozumiem. Naprawię dziś wieczorem; oceń tak, jak uważasz za uczciwe."),
    ],
    "polite_request": [
        ("f", "Dzięki za projekt! Jeśli znajdziesz chwilę, opinia bardzo mi pomoże. Tylko jeśli jesteś zadowolony."),
        ("c", "Jasne, wieczorem."),
    ],
    "tip_after_review": [("c", "Opinia dodana, a do tego mały bonus za ekspresowe tempo."), ("f", "Bardzo dziękuję!")],
    "price_negotiation": [
        ("c", "Zrobisz za 1800 zł zamiast 2100?"),
        ("f", "Za 1950, jeśli wytniemy jedną rundę poprawek."),
        ("c", "Umowa stoi."),
    ],
    "rating_explained": [
        ("c", "Czwórka to dla ciebie źle?"),
        ("f", "Trochę obniża średnią, ale oceń szczerze, serio."),
    ],
    "honest_either_way": [
        ("f", "Nie proszę o żadną konkretną ocenę."),
        ("c", "I dobrze, bo i tak wystawię uczciwą opinię."),
    ],
}

# ---------------------------------------------------------------- Dutch
PAID["nl"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Even voor je afsluit: voor 5 sterren stuur ik je vanavond €40 terug via een Tikkie.",
            "Zet dat alleen niet in de review.",
        ],
    ),
    ("gift", "f", "explicit", ["Bij vijf ⭐ stuur ik je een oude Goudse kaas van een hele kilo. Adres?"]),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "De social-media-formaten maak ik gratis voor je",
            "~Wat is de voorwaarde?",
            "Alleen dat de beoordeling 5/5 is. Anders €80 extra.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Wie mij vijf sterren geeft, krijgt 25% korting op de volgende klus. Geldt voor jou zodra hij online staat."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["Ik kan je 35 USDT sturen als bedankje voor 5 sterren. Stuur je walletadres en verwijder dit bericht daarna."],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Het werk is prima, maar voor ik beoordeel wil ik €70 terug.",
            "Doe dat en je krijgt 5 sterren met een mooie tekst.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        [
            "Je weet dat ik mensen die mij helpen niet vergeet. Als de "
            "beoordeling tiptop is, zit er voor jou ook wat in."
        ],
    ),
]
EXTORT["nl"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Of je betaald voor vrijdag de helft terug, of je krijgt één ster met elke vertraging erbij."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Ik wil de Engelse versie ook, zonder meerprijs.",
            "~Dat stond niet in de offerte.",
            "Dan wordt het 1* op een profiel met zes reviews.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Zonder vijf sterren meld ik je account omdat je buiten het "
            "platform wilde betalen. Met een 5 ben ik het vergeten."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Ik heb 9000 volgers op LinkedIn. Betaal de laatste mijlpaal terug of "
            "ik zet je naam online met hoe je me liet zitten."
        ],
    ),
    ("review_site", "c", "explicit", ["Je bureau staat toch op Google? €150 korting of één ster daar én hier."]),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Ik ken een paar van je klanten. Tweede correctie gratis, of ze "
            "horen het van mij voordat mijn review er staat."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Zonde als je score zou dalen om zoiets kleins. Je vindt vast een "
            "manier om mij tevreden te stellen voor ik ga schrijven."
        ],
    ),
]
HONEST["nl"] = {
    "quoted_threat": [
        (
            "c",
            "Ter info: een andere freelancer stuurde me 'geld terug of je krijgt één ster'. "
            "Gemeld. Heeft niks met jou te maken.",
        ),
        ("f", "Vervelend. Bedankt voor het zeggen."),
    ],
    "real_dispute": [
        (
            "c",
            "Derde deadline gemist en de site crasht nog steeds op mobiel. Ik ben echt boos "
            "en de beoordeling gaat dat laten zien.",
        ),
        ("f", "Snap ik. Ik los het vanavond op; beoordeel zoals jij eerlijk vindt."),
    ],
    "polite_request": [
        (
            "f",
            "Bedankt voor de opdracht! Als je even tijd hebt, helpt een review me enorm. Alleen als je tevreden bent.",
        ),
        ("c", "Doe ik vanavond."),
    ],
    "tip_after_review": [
        ("c", "Review staat erop en ik heb je nog een kleine bonus gestuurd voor de spoed."),
        ("f", "Heel erg bedankt!"),
    ],
    "price_negotiation": [
        ("c", "Kan het voor €450 in plaats van €520?"),
        ("f", "€480 als we één correctieronde schrappen."),
        ("c", "Deal."),
    ],
    "rating_explained": [
        ("c", "Is een 4 slecht voor je?"),
        ("f", "Het haalt het gemiddelde iets omlaag, maar wees gewoon eerlijk."),
    ],
    "honest_either_way": [
        ("f", "Ik vraag trouwens niet om een bepaald cijfer."),
        ("c", "Mooi, ik geef hoe dan ook een eerlijke review."),
    ],
}

# ---------------------------------------------------------------- Turkish
PAID["tr"] = [
    (
        "cash_back",
        "f",
        "explicit",
        ["Kapatmadan önce: 5 yıldız verirsen bu akşam Papara'dan 500 TL iade ederim.", "Yorumda bundan bahsetme ama."],
    ),
    (
        "gift",
        "f",
        "explicit",
        ["Beş ⭐ verirsen sana Gaziantep'ten bir kutu fıstıklı baklava yollarım. Adresini atar mısın?"],
    ),
    (
        "free_extra",
        "f",
        "explicit",
        ["Sosyal medya görsellerini ücretsiz yaparım", "~Neden ki?", "Değerlendirme 5/5 olursa. Yoksa ayrıca 1500 TL."],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Bana beş yıldız veren müşterilere bir sonraki işte %30 indirim yapıyorum. Yayınlanınca sen de kazanırsın."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["5 yıldız için teşekkür olarak 40 USDT gönderebilirim. Cüzdan adresini at, sonra mesajı sil."],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "İş fena değil ama puan vermeden önce 2000 TL geri istiyorum.",
            "Gönderirsen 5 yıldız ve güzel bir yorum alırsın.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["Bilirsin, iyiliği unutmam. Değerlendirme tam not olursa senin için de bir şeyler ayarlarız."],
    ),
]
EXTORT["tr"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Ya cumaya kadar yarisini iade edersin ya da tek yildiz verip her gecikmeyi yazarım."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "İngilizce versiyonu da istiyorum, ücretsiz.",
            "~Bu teklifte yoktu.",
            "O zaman altı yorumlu profiline 1* yersin.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Beş yıldız gelmezse platform dışında ödeme teklif ettiğin için "
            "hesabını şikayet ederim. 5 verirsen unuturum."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Instagram'da 20 bin takipçim var. Son aşamanın parasını iade et, yoksa "
            "adını verip beni nasıl ortada bıraktığını paylaşırım."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Ajansın Şikayetvar'da var değil mi? 3000 TL indirim yap, yoksa orada da burada da bir yıldız."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Müşterilerinden birkaçını tanırım. İkinci revizyonu bedava yap, yoksa "
            "yorumdan önce her şeyi benden duyarlar."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Böyle küçük bir şey yüzünden puanın düşse yazık olur. Ben yazmadan "
            "önce beni memnun etmenin bir yolunu bulursun eminim."
        ],
    ),
]
HONEST["tr"] = {
    "quoted_threat": [
        (
            "c",
            "Bilgin olsun: başka bir freelancer bana 'paramı iade et yoksa tek yıldız' diye "
            "yazdı. Şikayet ettim. Seninle ilgisi yok.",
        ),
        ("f", "Çok kötü. Söylediğin için sağ ol."),
    ],
    "real_dispute": [
        ("c", "Üçüncü teslim tarihi de kaçtı, site mobilde hâlâ bozuk. Çok sinirliyim, puanım da bunu gösterecek."),
        ("f", "Anlıyorum. Bu akşam düzeltirim; adil bulduğun gibi puan ver."),
    ],
    "polite_request": [
        ("f", "Proje için teşekkürler! Vaktin olursa bir yorum çok yardımcı olur. Sadece memnun kaldıysan."),
        ("c", "Tabii, akşam yazarım."),
    ],
    "tip_after_review": [
        ("c", "Yorumu yazdım, acele iş için küçük bir bonus da gönderdim."),
        ("f", "Çok teşekkür ederim!"),
    ],
    "price_negotiation": [
        ("c", "15.000 yerine 12.500 TL'ye olur mu?"),
        ("f", "Bir revizyon turunu çıkarırsak 13.500."),
        ("c", "Anlaştık."),
    ],
    "rating_explained": [
        ("c", "4 yıldız senin için kötü mü?"),
        ("f", "Ortalamayı biraz düşürür ama dürüstçe puan ver lütfen."),
    ],
    "honest_either_way": [
        ("f", "Belirli bir puan istemiyorum bu arada."),
        ("c", "İyi, zaten her durumda dürüst bir yorum bırakacağım."),
    ],
}

# ---------------------------------------------------------------- Romanian (new in round 8)
PAID["ro"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Înainte să închizi: dacă îmi dai 5 stele îți dau înapoi 150 de lei pe Revolut diseară.",
            "Doar să nu scrii asta în recenzie.",
        ],
    ),
    ("gift", "f", "explicit", ["Pentru cinci ⭐ îți trimit o sticlă de pălincă de Maramureș. Îmi dai adresa?"]),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Îți fac gratis și vizualurile pentru Facebook",
            "~De ce?",
            "Dacă recenzia e 5/5. Altfel sunt 300 de lei separat.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        ["Clienții care îmi dau cinci stele au 25% reducere la următorul proiect. Și tu, imediat ce apare."],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        ["Îți pot trimite 30 USDT ca mulțumire pentru nota 5. Trimite-mi adresa de wallet și șterge mesajul după."],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Treaba e ok, dar înainte să dau nota vreau 250 de lei înapoi.",
            "Dacă faci asta primești 5 stele și un comentariu frumos.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["Știi că nu uit cine m-a ajutat. Dacă evaluarea iese impecabilă, o să fie și ceva pentru tine."],
    ),
]
EXTORT["ro"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Ori imi dai inapoi jumatate pana vineri, ori primesti o stea si descriu fiecare intarziere."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Vreau și varianta în engleză, fără cost.",
            "~Asta nu era în ofertă.",
            "Atunci primești 1* pe un profil cu șase recenzii.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        ["Dacă nu primesc cinci stele, te raportez că mi-ai cerut plata în afara platformei. Cu un 5 uit tot."],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Am 15 mii de urmăritori pe Facebook. Dă-mi banii pe ultima etapă sau "
            "postez cu numele tău cum m-ai lăsat baltă."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Firma ta e pe Google Maps, nu? Fă-mi 500 de lei reducere sau îți pun o stea acolo și aici."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Îi știu pe câțiva dintre clienții tăi. A doua revizie gratis, altfel "
            "află totul de la mine înainte de recenzie."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Ar fi păcat să-ți scadă ratingul pentru un fleac. Sunt sigur că "
            "găsești o cale să mă mulțumești înainte să scriu."
        ],
    ),
]
HONEST["ro"] = {
    "quoted_threat": [
        (
            "c",
            "Ca să știi: alt freelancer mi-a scris „dă-mi banii înapoi sau îți dau o "
            "stea”. L-am raportat. N-are legătură cu tine.",
        ),
        ("f", "Neplăcut. Mersi că mi-ai spus."),
    ],
    "real_dispute": [
        ("c", "Al treilea termen ratat și site-ul tot crapă pe mobil. Sunt foarte supărat și nota o să arate asta."),
        ("f", "Înțeleg. Repar diseară; dă nota pe care o consideri corectă."),
    ],
    "polite_request": [
        ("f", "Mulțumesc pentru proiect! Dacă ai un minut, o recenzie m-ar ajuta mult. Doar dacă ești mulțumit."),
        ("c", "Sigur, diseară."),
    ],
    "tip_after_review": [
        ("c", "Am lăsat recenzia și ți-am trimis și un mic bonus pentru viteză."),
        ("f", "Mulțumesc frumos!"),
    ],
    "price_negotiation": [
        ("c", "Poți să-l faci cu 2000 de lei în loc de 2400?"),
        ("f", "2200 dacă scoatem o rundă de modificări."),
        ("c", "S-a făcut."),
    ],
    "rating_explained": [("c", "Un 4 e rău pentru tine?"), ("f", "Scade puțin media, dar te rog să fii sincer.")],
    "honest_either_way": [("f", "Nu-ți cer nicio notă anume."), ("c", "Bine, oricum las o recenzie sinceră.")],
}

# ---------------------------------------------------------------- Indonesian (new in round 8)
PAID["id"] = [
    (
        "cash_back",
        "f",
        "explicit",
        [
            "Sebelum ditutup kak: kalau kasih bintang 5, saya transfer balik Rp150.000 lewat OVO malam ini.",
            "Tapi jangan ditulis di ulasan ya.",
        ],
    ),
    ("gift", "f", "explicit", ["Klo bintang lima ⭐ sy kirim sekotak kopi Gayo premium. Alamatnya di mana kak?"]),
    (
        "free_extra",
        "f",
        "explicit",
        [
            "Desain feed Instagram saya buatkan gratis",
            "~Kok gratis?",
            "Asal ulasannya 5/5 kak. Kalau tidak, biayanya Rp500.000 terpisah.",
        ],
    ),
    (
        "discount_next",
        "f",
        "explicit",
        [
            "Klien yang kasih saya bintang lima dapat diskon 30% untuk proyek "
            "berikutnya. Kakak juga, begitu ulasannya muncul."
        ],
    ),
    (
        "crypto_tip",
        "f",
        "explicit",
        [
            "Saya bisa kirim 30 USDT sebagai ucapan terima kasih untuk rating 5. "
            "Kirim alamat wallet, lalu hapus pesannya."
        ],
    ),
    (
        "rater_asks",
        "c",
        "explicit",
        [
            "Hasilnya lumayan, tapi sebelum kasih rating saya mau Rp300.000 dikembalikan.",
            "Kalau dikirim, saya kasih 5 bintang dan komentar bagus.",
        ],
    ),
    (
        "veiled_benefit",
        "f",
        "veiled",
        ["Kakak tahu saya selalu balas budi. Kalau penilaiannya sempurna, pasti ada sesuatu buat kakak."],
    ),
]
EXTORT["id"] = [
    (
        "refund_or_bad",
        "c",
        "explicit",
        ["Kembalikan setengahnya sebelum Jumat, atau saya kasih bintang satu dan saya tulis semua keterlambatannya."],
    ),
    (
        "free_work_or_bad",
        "c",
        "explicit",
        [
            "Saya mau versi bahasa Inggris juga, gratis.",
            "~Itu tidak ada di penawaran.",
            "Ya sudah, terima 1* di profil yang baru enam ulasan.",
        ],
    ),
    (
        "report_unless_5",
        "f",
        "explicit",
        [
            "Kalau tidak dapat bintang lima, akun kakak saya laporkan karena "
            "minta bayar di luar platform. Kasih 5, saya lupakan."
        ],
    ),
    (
        "public_post",
        "c",
        "explicit",
        [
            "Followers saya di TikTok 50 ribu. Refund tahap terakhir atau saya bikin "
            "video sebut nama kamu dan cerita kamu menghilang."
        ],
    ),
    (
        "review_site",
        "c",
        "explicit",
        ["Usahamu ada di Google Maps kan? Potong Rp1 juta atau saya kasih bintang satu di sana dan di sini."],
    ),
    (
        "tell_clients",
        "c",
        "explicit",
        [
            "Saya kenal beberapa klienmu. Revisi kedua gratis, atau mereka dengar "
            "semuanya dari saya sebelum ulasan saya keluar."
        ],
    ),
    (
        "veiled_threat",
        "c",
        "veiled",
        [
            "Sayang sekali kalau ratingmu turun cuma karena hal sepele. Pasti kamu "
            "bisa cari cara bikin saya puas sebelum saya menulis ulasan."
        ],
    ),
]
HONEST["id"] = {
    "quoted_threat": [
        (
            "c",
            "Info saja: freelancer lain pernah kirim pesan 'refund atau saya kasih bintang "
            "satu'. Sudah saya laporkan. Bukan soal kamu.",
        ),
        ("f", "Wah, tidak enak. Makasih infonya."),
    ],
    "real_dispute": [
        (
            "c",
            "Sudah tiga kali telat dan situsnya masih error di HP. Saya kesal sekali dan "
            "ratingnya akan mencerminkan itu.",
        ),
        ("f", "Saya mengerti. Malam ini saya perbaiki; silakan beri nilai yang menurut kakak adil."),
    ],
    "polite_request": [
        ("f", "Terima kasih proyeknya! Kalau ada waktu, ulasan sangat membantu saya. Hanya kalau kakak puas."),
        ("c", "Siap, nanti malam."),
    ],
    "tip_after_review": [
        ("c", "Ulasan sudah saya tulis, saya kirim juga bonus kecil karena kerjanya cepat."),
        ("f", "Terima kasih banyak!"),
    ],
    "price_negotiation": [
        ("c", "Bisa Rp4 juta saja, bukan Rp4,8 juta?"),
        ("f", "Rp4,4 juta kalau revisinya dikurangi satu kali."),
        ("c", "Deal."),
    ],
    "rating_explained": [
        ("c", "Bintang 4 itu jelek buat kamu?"),
        ("f", "Rata-ratanya turun sedikit, tapi tolong nilai dengan jujur saja."),
    ],
    "honest_either_way": [
        ("f", "Saya tidak minta nilai tertentu ya."),
        ("c", "Bagus, saya akan kasih ulasan jujur apa pun hasilnya."),
    ],
}
