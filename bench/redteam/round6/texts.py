"""Round 6 phrase banks, written for this round. Placeholders: {name} (the addressee), {amt} (an amount with
its currency), {pct} (a percentage), {five} and {one} (a rating, written one of several ways per language).

Paid and extortion texts are composed from parts: an opening, the ask, the benefit or threat (two templates per
theme), a condition and a closing. Each part is used by at most one scheme per language and kind.
"""

LANGS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "en_chat"]
AREAS = ["en", "es", "pt", "fr", "de", "ru", "it", "pl", "nl", "tr", "other"]
AREA_WEIGHT = {"en": 20, "es": 9, "pt": 8, "fr": 7, "de": 7, "ru": 6, "it": 5, "pl": 5, "nl": 4, "tr": 5, "other": 24}
TEXT_AREA = {x: x for x in AREAS}
TEXT_AREA["en_chat"] = "en"
TEXT_AREA_TEXT = {x: x for x in LANGS}
TITLE_LANG = {x: x for x in LANGS}
TITLE_LANG["other"] = "en"
TITLE_LANG["en_chat"] = "en"
NAME_LANG = {"en_chat": "en"}

COUNTRIES = {
    "en": ["US", "GB", "IE", "AU", "CA", "NZ"], "es": ["ES", "MX", "AR", "CO", "CL", "PE"], "pt": ["BR", "BR", "PT"],
    "fr": ["FR", "BE", "CH", "SN", "CI"], "de": ["DE", "AT", "CH"], "ru": ["RU", "KZ", "BY"], "it": ["IT"],
    "pl": ["PL"], "nl": ["NL", "BE"], "tr": ["TR"],
    "other": ["IN", "PH", "NG", "PK", "VN", "UA", "EG", "KE", "BD", "ID", "GH", "LK"],
}
CURRENCY = {"en": "USD", "es": "EUR", "pt": "BRL", "fr": "EUR", "de": "EUR", "ru": "RUB", "it": "EUR", "pl": "PLN",
            "nl": "EUR", "tr": "TRY", "en_chat": "USD", "other": "USD"}

NAMES = {
    "en": (["Olivia", "Liam", "Harper", "Noah", "Grace", "Owen", "Chloe", "Ethan", "Maya", "Caleb", "Ruby", "Finn"],
           ["Carter", "Hughes", "Bennett", "Foster", "Palmer", "Reid", "Walsh", "Turner", "Doyle", "Marsh", "Quinn"]),
    "es": (["Lucía", "Mateo", "Valeria", "Diego", "Carmen", "Javier", "Elena", "Pablo", "Sofía", "Andrés"],
           ["García", "Moreno", "Ruiz", "Navarro", "Herrera", "Castillo", "Ortega", "Delgado", "Vega"]),
    "pt": (["Beatriz", "Thiago", "Camila", "Rafael", "Larissa", "Gustavo", "Inês", "Rodrigo", "Juliana", "Tiago"],
           ["Silva", "Souza", "Oliveira", "Pereira", "Carvalho", "Almeida", "Ferreira", "Ribeiro", "Costa"]),
    "fr": (["Camille", "Hugo", "Léa", "Louis", "Manon", "Théo", "Chloé", "Antoine", "Inès", "Julien"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Mercier", "Blanc"]),
    "de": (["Lena", "Jonas", "Marie", "Lukas", "Hannah", "Felix", "Anna", "Paul", "Mia", "Tobias"],
           ["Müller", "Schmidt", "Becker", "Hoffmann", "Wagner", "Keller", "Vogel", "Brandt", "Krüger"]),
    "ru": (["Anna", "Dmitry", "Olga", "Sergey", "Irina", "Pavel", "Yulia", "Alexey", "Natalia", "Ivan"],
           ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov", "Sokolova", "Lebedev", "Morozova"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide", "Elisa", "Andrea"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"]),
    "pl": (["Zofia", "Jakub", "Maja", "Kacper", "Julia", "Szymon", "Alicja", "Michał", "Natalia", "Tomasz"],
           ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Mazur"]),
    "nl": (["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Sem", "Eva", "Thijs", "Noor", "Jesse"],
           ["de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "Mulder"]),
    "tr": (["Elif", "Emre", "Zeynep", "Mehmet", "Ayşe", "Burak", "Selin", "Can", "Deniz", "Murat"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan"]),
    "other": (["Priya", "Arjun", "Maria", "Joseph", "Chinedu", "Aisha", "Minh", "Fatima", "Kwame", "Oksana", "Rizal"],
              ["Sharma", "Reyes", "Okafor", "Khan", "Nguyen", "Mensah", "Hassan", "Santos", "Kumar", "Bondarenko"]),
}
DOMAINS = ["mailbox.test", "inbox.example", "postbox.example", "fastmail.test", "webpost.example", "correo.example"]
STREETS = ["Elm Road", "Calle Mayor", "Rua Augusta", "Rue Victor Hugo", "Lindenstraße", "ulitsa Lenina",
           "Via Roma", "ulica Długa", "Kerkstraat", "Atatürk Caddesi", "Station Road"]
ORG_WORDS = (["Blue", "North", "Bright", "Atlas", "Cedar", "Nova", "Harbor", "Summit", "Pixel", "Orbit", "Vertex"],
             ["Labs", "Media", "Retail", "Logistics", "Health", "Foods", "Studio", "Systems", "Travel", "Capital"])
AGENCY_WORDS = ["Digital Agency", "Creative Co", "Dev House", "Collective", "Partners", "Works"]
EMOJI = ["🙏", "😉", "👍", "🤝", "😊", "💰", "⭐", "😅", "🔥", "👀", "😬", "🙂"]

STARS = {
    "en": {"five": ["5 stars", "five stars", "a 5-star review", "5*", "★★★★★"],
           "one": ["1 star", "one star", "a 1-star review", "1/5"]},
    "en_chat": {"five": ["5*", "5⭐", "★★★★★", "5/5", "full stars"], "one": ["1*", "1⭐", "1/5", "★☆☆☆☆"]},
    "es": {"five": ["5 estrellas", "cinco estrellas", "un 5/5", "★★★★★"], "one": ["1 estrella", "una estrella", "un 1/5"]},
    "pt": {"five": ["5 estrelas", "cinco estrelas", "nota 5", "5★"], "one": ["1 estrela", "uma estrela", "nota 1"]},
    "fr": {"five": ["5 étoiles", "cinq étoiles", "un 5/5", "5★"], "one": ["1 étoile", "une étoile", "un 1/5"]},
    "de": {"five": ["5 Sterne", "fünf Sterne", "5/5", "★★★★★"], "one": ["1 Stern", "einen Stern", "1/5"]},
    "ru": {"five": ["5 звёзд", "пятёрку", "5/5", "★★★★★"], "one": ["1 звезду", "единицу", "1/5"]},
    "it": {"five": ["5 stelle", "cinque stelle", "un 5/5", "5★"], "one": ["1 stella", "una stella", "un 1/5"]},
    "pl": {"five": ["5 gwiazdek", "pięć gwiazdek", "5/5", "★★★★★"], "one": ["1 gwiazdkę", "jedną gwiazdkę", "1/5"]},
    "nl": {"five": ["5 sterren", "vijf sterren", "een 5/5", "5★"], "one": ["1 ster", "één ster", "een 1/5"]},
    "tr": {"five": ["5 yıldız", "beş yıldız", "5/5", "★★★★★"], "one": ["1 yıldız", "tek yıldız", "1/5"]},
}

# who writes the offer or threat: client, freelancer or either; themes where that writer is also the rater
THEME_SENDER = {
    "paid_feedback": {"cash_back": "freelancer", "free_work": "freelancer", "discount": "freelancer", "gift": "either",
                      "more_work": "client", "rater_asks": "client", "veiled_benefit": "either"},
    "feedback_extortion": {"refund_or_one_star": "client", "free_work_or_bad": "client", "chargeback": "client",
                           "report_unless_change": "freelancer", "public_post": "either", "tell_clients": "either",
                           "veiled_threat": "client"},
}
RATER_SENDS = {"rater_asks", "refund_or_one_star", "free_work_or_bad", "veiled_threat"}
PAYS_BACK = {"paid_feedback": {"cash_back", "rater_asks"},
             "feedback_extortion": {"refund_or_one_star", "veiled_threat"}}

TITLES, COMMENTS, CHAT, OPEN, PAID, EXT, REPLY, HONEST = {}, {}, {}, {}, {}, {}, {}, {}

# ---------------------------------------------------------------------------------------------- English
TITLES["en"] = ["Landing page redesign", "Shopify store setup", "Bookkeeping for Q3", "Podcast audio cleanup",
                "React dashboard fixes", "Logo and brand kit", "Data entry from PDFs", "SEO audit for blog"]
COMMENTS["en"] = {True: ["Great to work with, delivered on time.", "Clear communication and solid work.",
                         "Would hire again.", "Did exactly what was asked."],
                  False: ["Late and needed many corrections.", "Communication was difficult.",
                          "Not what we agreed on."]}
CHAT["en"] = ["Uploaded the first draft to the shared folder.", "Can we move the call to Thursday?",
              "The staging link is in the doc.", "Quick question about the colour palette.",
              "I've fixed the two bugs you mentioned.", "Invoice details are in my profile.",
              "Thanks, looks good so far.", "I'll be offline tomorrow morning.", "Could you resend the login?"]
OPEN["en"] = ["Hey {name},", "Hi {name}!", "{name}, quick one.", "Hello {name},", "Morning {name}.",
              "So {name},", "Hi again {name},", "Listen {name},"]
PAID["en"] = dict(
    ask=["Before you close the contract, a word about the review.",
         "The rating you leave matters a lot to my profile right now.",
         "I'm trying to get my score back up after a rough month.",
         "When the feedback form pops up, please think of me.",
         "A top review from you would really move the needle for me.",
         "You'll get the review request from the site tomorrow.",
         "My ranking depends on the next few reviews."],
    cond=["That's only if the stars come out at {five}.", "It has to be the full {five}, nothing less.",
          "Once I see {five} on my page it's done.", "Deal stands as long as it's {five}.",
          "Just needs to be {five} and a nice line.", "Anything under {five} and it's off.",
          "I'll check the profile and then sort it."],
    close=["Keep this between us.", "Let me know, no pressure.", "Delete this after reading pls.",
           "Thanks in advance, you're a star.", "Talk soon.", "Appreciate you.", "Let's not mention it in the review."],
    theme=dict(
        cash_back=["I'll send {amt} back to you by PayPal as a thank-you.",
                   "I can refund {pct}% of the price off-platform straight after."],
        free_work=["In return I'll do your next two banners for free.",
                   "I'll throw in unlimited revisions for the next three months, no charge."],
        discount=["You'll get {pct}% off everything you order from me next year.",
                  "Next project is half price, you have my word."],
        gift=["I'll mail you a bottle of good single malt.", "There's a {amt} Amazon gift card in it for you."],
        more_work=["Leave my client profile {five} and I'll give you the whole Q4 retainer.",
                   "A glowing client review from you means I'll send my three agency friends your way."],
        rater_asks=["Knock {pct}% off the invoice and I'll leave you {five}.",
                    "Refund me {amt} and the review will be glowing."],
        veiled_benefit=["I'd make it well worth your while, if you get my meaning.",
                        "Let's just say people who help me out tend to be looked after."],
    ),
)
EXT["en"] = dict(
    ask=["We need to sort out how this contract ends.", "I've been looking at what you delivered.",
         "Before I write anything on your profile, read this.", "You should know what I'm about to do.",
         "I'm not happy and you're going to fix it.", "Let's be clear about the feedback.",
         "I'll keep this short."],
    cond=["You have until Friday.", "Clock's ticking, 24 hours.", "I won't ask twice.",
          "Decide by tonight.", "This is the last message before I act.", "Make it happen this week.",
          "I'm serious about this."],
    close=["Your call.", "Don't make this ugly.", "I've seen people lose everything over less.",
           "Think about your other clients.", "Choose wisely.", "Simple as that.", "We'll see what you do."],
    theme=dict(
        refund_or_one_star=["Refund {amt} or you're getting {one} and an honest essay about why.",
                            "Either half the money comes back or I rate you {one}."],
        free_work_or_bad=["Do the mobile version for free or the review will be {one}.",
                          "Add the extra pages at no cost, otherwise expect {one} from me."],
        chargeback=["Rate me {five} as a client or I call my bank and file a chargeback.",
                    "If my client rating isn't {five}, I'll dispute every payment with the card company."],
        report_unless_change=["Change that {one} to {five} or I report you to support for harassment.",
                              "Raise your rating of me or I'll file a report saying you asked for free work."],
        public_post=["Leave {five} or I post the whole chat on LinkedIn with your name on it.",
                     "Unless I get {five}, my Twitter followers hear about how you work."],
        tell_clients=["I know two of your clients; they'll hear from me unless the review is {five}.",
                      "Give me {five} or I'll warn every client in my network about you."],
        veiled_threat=["It would be a shame if your next review dragged your score down.",
                       "Reviews can be brutal, and I'd hate for yours to be."],
    ),
)
REPLY["en"] = {"complied": ["Fine, I'll do it.", "OK, deal. Done.", "Alright, you'll have it today."],
               "refused": ["No. I'll rate honestly.", "I'm not doing that.", "That's not how this works, sorry."],
               "reported": ["I'm reporting this to Trust & Safety.", "Screenshot sent to support.",
                            "Flagged this conversation to the platform."]}
HONEST["en"] = {
    "polite_request": [[("freelancer", "If you have a minute, an honest review would help me, whatever you think.")],
                       [("freelancer", "No rush at all, but feedback of any kind is welcome when you're ready.")]],
    "tip_after_review": [[("client", "Review's up. Sent a small tip too, just because the work was great.")]],
    "reported_offer": [[("freelancer", "Heads up: another client offered me {amt} for {five}. I refused and reported it."),
                        ("client", "Good call, thanks for telling me.")]],
    "reported_threat": [[("client", "A freelancer threatened me with {one} unless I paid extra. I've reported them."),
                         ("freelancer", "That's awful, glad you flagged it.")]],
    "price_negotiation": [[("client", "Could you do it for {amt} less if I drop the animation?"),
                           ("freelancer", "I can take {pct}% off without the animation, yes.")]],
    "real_dispute": [[("client", "The export still crashes on large files. I'll open a dispute if it's not fixed."),
                      ("freelancer", "Understood, I'm on it, the fix will be in tonight.")]],
    "review_system_job": [[("client", "The job is a {five} rating widget with moderation for our shop."),
                           ("freelancer", "I'll build the star component and the review moderation queue.")]],
    "refund_real_problem": [[("freelancer", "I missed the deadline, so I'm refunding {amt}. Rate me as you see fit.")]],
}

# ---------------------------------------------------------------------------------------------- English chat
TITLES["en_chat"] = TITLES["en"]
COMMENTS["en_chat"] = COMMENTS["en"]
CHAT["en_chat"] = ["k sent the files", "u there?", "lol the client logo is huge", "brb 10 min", "got it thx",
                   "pushed to git, check pls", "call l8r?", "ok cool 👍", "wifi dying sorry"]
OPEN["en_chat"] = ["yo {name}", "hey {name} 👋", "{name}!!", "sup {name}", "oi {name}", "hiii {name}", "{name} ok so"]
PAID["en_chat"] = dict(
    ask=["bout the review thing", "rating time soon right", "need ur review to be 🔥 tbh", "pls dont forget feedback",
         "my score tanked lately ngl", "review popup comes 2moro", "u rating me today?"],
    cond=["only if its {five} tho", "gotta be {five} no less", "{five} or no deal lol", "when i see {five} its urs",
          "{five} + nice comment = done", "under {five} doesnt count", "i check profile then send"],
    close=["dont tell anyone", "ttyl", "del this msg", "ur the best", "k?", "lmk 🙏", "shh 🤫"],
    theme=dict(
        cash_back=["ill paypal u {amt} back after", "send u {amt} on cashapp right after"],
        free_work=["next 2 logos free for u", "free revisions whole month"],
        discount=["{pct}% off next gig", "next job half price fr"],
        gift=["got a steam card {amt} for u", "ill send u airpods lol srsly"],
        more_work=["rate me {five} as client n u get my next 5 gigs", "gimme {five} client review n i refer my whole discord"],
        rater_asks=["gimme {pct}% back n u get {five}", "refund {amt} n ill do {five}"],
        veiled_benefit=["ill take care of u 😉", "u help me i help u, u know how it is"],
    ),
)
EXT["en_chat"] = dict(
    ask=["ok we need to talk", "not happy w this", "bout ur review...", "read this b4 i rate", "listen up",
         "this aint it", "so here's the thing"],
    cond=["u got 24h", "tonight or never", "last warning", "by fri", "not asking again", "tick tock ⏰", "im dead serious"],
    close=["ur choice", "dont test me", "think bout it", "👀", "ur rep ur problem", "whatever u decide", "bye"],
    theme=dict(
        refund_or_one_star=["refund {amt} or its {one} 💀", "money back or {one} simple"],
        free_work_or_bad=["fix it free or {one} incoming", "do the extra screens free or {one}"],
        chargeback=["rate me {five} or chargeback on my card", "my client score better be {five} or i dispute w bank"],
        report_unless_change=["change ur {one} to {five} or i report u", "fix ur rating or im reporting u 2 support"],
        public_post=["{five} or i post screenshotz on tiktok", "{five} or this chat goes on reddit"],
        tell_clients=["{five} or i dm all ur clients", "i know ur other clients, {five} or they hear stuff"],
        veiled_threat=["wld be sad if ur rating crashed 🙃", "reviews can hurt ya know"],
    ),
)
REPLY["en_chat"] = {"complied": ["ok fine done", "k deal", "ugh ok"], "refused": ["nope", "nah not doing that", "lol no"],
                    "reported": ["reported u", "screenshot sent 2 support", "flagged lol"]}
HONEST["en_chat"] = {
    "polite_request": [[("freelancer", "if u got time a review wld be nice, whatever u think tbh")]],
    "tip_after_review": [[("client", "left ur review, sent a lil tip too no strings 👍")]],
    "reported_offer": [[("freelancer", "some guy offered me {amt} for {five} lol, said no + reported him")]],
    "reported_threat": [[("client", "other freelancer said {one} unless i paid more, reported him")]],
    "price_negotiation": [[("client", "can u do {amt} less?"), ("freelancer", "{pct}% off if no rush ok")]],
    "real_dispute": [[("client", "app still crashes, gonna open dispute if not fixed"), ("freelancer", "on it, sorry")]],
    "review_system_job": [[("client", "need a {five} rating widget for my store"), ("freelancer", "ez, stars + review api")]],
    "refund_real_problem": [[("freelancer", "my bad im late, refunding {amt}, rate however u want")]],
}

# ---------------------------------------------------------------------------------------------- Spanish
TITLES["es"] = ["Rediseño de la web", "Traducción de catálogo", "Contabilidad mensual", "Vídeo promocional",
                "Tienda online en WooCommerce", "Campaña de Instagram", "Edición de podcast", "Maquetación de revista"]
COMMENTS["es"] = {True: ["Muy profesional y puntual.", "Trabajo impecable, repetiría.", "Comunicación excelente."],
                  False: ["Entregó tarde y con errores.", "No respondía los mensajes."]}
CHAT["es"] = ["Te subí el primer borrador a la carpeta.", "¿Podemos pasar la llamada al jueves?",
              "Ya corregí los dos fallos.", "El enlace de pruebas está en el documento.", "Gracias, va quedando bien.",
              "Mañana por la mañana no estaré.", "¿Me reenvías el acceso?", "Te mando la factura luego."]
OPEN["es"] = ["Hola {name},", "Buenas {name}!", "{name}, una cosa.", "Oye {name},", "Buenos días {name}.",
              "Mira {name},", "Hola otra vez {name},"]
PAID["es"] = dict(
    ask=["Antes de cerrar el contrato, te comento lo de la reseña.", "Tu valoración ahora mismo es clave para mi perfil.",
         "Estoy intentando recuperar mi puntuación después de un mes flojo.", "Cuando te salga el formulario de valoración, acuérdate de mí.",
         "Una reseña buena tuya me ayudaría muchísimo.", "Mañana te llegará la petición de valoración.",
         "Mi posición en el buscador depende de las próximas reseñas."],
    cond=["Eso sí, solo si son {five}.", "Tienen que ser {five}, ni una menos.", "En cuanto vea {five} en mi perfil, hecho.",
          "El trato vale mientras sean {five}.", "Con {five} y un comentario bonito me basta.", "Si baja de {five}, no hay nada.",
          "Miro el perfil y luego lo arreglamos."],
    close=["Que quede entre nosotros.", "Me dices, sin presión.", "Borra esto luego porfa.", "Mil gracias, eres un sol.",
           "Hablamos.", "Te lo agradezco de verdad.", "Mejor no lo menciones en la reseña."],
    theme=dict(
        cash_back=["Te devuelvo {amt} por Bizum como agradecimiento.", "Te reembolso un {pct}% por fuera de la plataforma."],
        free_work=["A cambio te hago gratis los dos próximos banners.", "Te regalo revisiones ilimitadas durante tres meses."],
        discount=["Tendrás un {pct}% de descuento en todo lo que me pidas el año que viene.", "El próximo proyecto a mitad de precio, palabra."],
        gift=["Te mando una caja de jamón ibérico a casa.", "Hay una tarjeta regalo de {amt} para ti."],
        more_work=["Si me dejas {five} como cliente, te doy todo el proyecto del trimestre.",
                   "Con una buena valoración de cliente te recomiendo a tres agencias amigas, so it's win-win."],
        rater_asks=["Rebájame un {pct}% la factura y te pongo {five}.", "Devuélveme {amt} y la reseña será perfecta."],
        veiled_benefit=["Sabré agradecértelo como se merece, ya me entiendes.", "Digamos que quien me echa una mano no sale perdiendo."],
    ),
)
EXT["es"] = dict(
    ask=["Tenemos que hablar de cómo termina esto.", "He revisado lo que entregaste.", "Antes de escribir nada en tu perfil, lee esto.",
         "Deberías saber lo que voy a hacer.", "No estoy contento y lo vas a arreglar.", "Vamos a dejar clara la valoración.",
         "Seré breve."],
    cond=["Tienes hasta el viernes.", "Tienes 24 horas.", "No lo voy a repetir.", "Decide esta noche.",
          "Es el último mensaje antes de actuar.", "Que sea esta semana.", "Va en serio."],
    close=["Tú verás.", "No lo hagas más difícil.", "He visto gente perderlo todo por menos.", "Piensa en tus otros clientes.",
           "Elige bien.", "Así de simple.", "Ya veremos qué haces."],
    theme=dict(
        refund_or_one_star=["Devuélveme {amt} o te pongo {one} y explico por qué.", "O me devuelves la mitad o te llevas {one}."],
        free_work_or_bad=["Hazme la versión móvil gratis o la reseña será de {one}.", "Añade las páginas extra sin coste o te espera {one}."],
        chargeback=["Ponme {five} como cliente o pido un contracargo al banco.", "Si mi valoración no es de {five}, disputo todos los pagos con la tarjeta."],
        report_unless_change=["Cambia esa {one} por {five} o te denuncio a soporte por acoso.", "Sube tu valoración o te reporto por pedir trabajo gratis."],
        public_post=["Déjame {five} o publico toda la conversación en LinkedIn con tu nombre.", "Si no hay {five}, lo cuento todo en Twitter."],
        tell_clients=["Conozco a dos de tus clientes y se enterarán si no hay {five}.", "Dame {five} o aviso a todos los clientes de mi red."],
        veiled_threat=["Sería una pena que tu próxima reseña te hundiera la media.", "Las reseñas pueden ser muy duras, y no quisiera que la tuya lo fuera."],
    ),
)
REPLY["es"] = {"complied": ["Vale, lo hago.", "De acuerdo, hecho.", "Bueno, hoy lo tienes."],
               "refused": ["No. Valoraré con honestidad.", "Eso no lo voy a hacer.", "Así no funciona, lo siento."],
               "reported": ["Lo estoy reportando a Trust & Safety.", "He enviado captura a soporte.", "He denunciado esta conversación."]}
HONEST["es"] = {
    "polite_request": [[("freelancer", "Si tienes un momento, una reseña sincera me vendría bien, sea la que sea.")]],
    "tip_after_review": [[("client", "Ya dejé la reseña. Te mandé una propina porque el trabajo fue genial, sin más.")]],
    "reported_offer": [[("freelancer", "Aviso: otro cliente me ofreció {amt} por {five}. Lo rechacé y lo reporté."),
                        ("client", "Bien hecho, gracias por contarlo.")]],
    "reported_threat": [[("client", "Un freelancer me amenazó con {one} si no pagaba más. Lo he denunciado.")]],
    "price_negotiation": [[("client", "¿Lo puedes dejar en {amt} menos si quito la animación?"),
                           ("freelancer", "Sin animación te hago un {pct}% menos, sí.")]],
    "real_dispute": [[("client", "La exportación sigue fallando. Si no se arregla abriré una disputa."),
                      ("freelancer", "Entendido, esta noche subo el arreglo.")]],
    "review_system_job": [[("client", "Necesitamos un sistema de valoraciones de {five} con moderación para la tienda.")]],
    "refund_real_problem": [[("freelancer", "Me pasé del plazo, te devuelvo {amt}. Valora como te parezca.")]],
}

# ---------------------------------------------------------------------------------------------- Portuguese
TITLES["pt"] = ["Criação de site institucional", "Tradução de manual", "Gestão de redes sociais", "Edição de vídeo para YouTube",
                "Loja virtual na Nuvemshop", "Identidade visual", "Planilha financeira", "Revisão de TCC"]
COMMENTS["pt"] = {True: ["Muito profissional, recomendo.", "Entregou antes do prazo.", "Comunicação ótima."],
                  False: ["Atrasou bastante.", "Não seguiu o briefing."]}
CHAT["pt"] = ["Subi o primeiro rascunho na pasta.", "Podemos passar a call pra quinta?", "Já corrigi os dois bugs.",
              "O link de homologação tá no doc.", "Valeu, tá ficando bom.", "Amanhã de manhã fico offline.",
              "Me manda o acesso de novo?", "Depois te envio a nota fiscal."]
OPEN["pt"] = ["Oi {name},", "E aí {name}!", "{name}, rapidinho.", "Olá {name},", "Bom dia {name}.", "Então {name},", "Oi de novo {name},"]
PAID["pt"] = dict(
    ask=["Antes de encerrar o contrato, queria falar da avaliação.", "Sua avaliação agora faz muita diferença no meu perfil.",
         "Tô tentando recuperar minha nota depois de um mês ruim.", "Quando aparecer o formulário de avaliação, lembra de mim.",
         "Uma avaliação top sua me ajudaria demais.", "Amanhã a plataforma te pede a avaliação.",
         "Meu ranking depende das próximas avaliações."],
    cond=["Só vale se forem {five}.", "Tem que ser {five}, nada menos.", "Assim que eu ver {five} no perfil, tá feito.",
          "O combinado vale enquanto for {five}.", "Basta {five} e um comentário simpático.", "Abaixo de {five} não rola.",
          "Confiro o perfil e depois acerto contigo."],
    close=["Fica entre nós, tá?", "Me avisa, sem pressão.", "Apaga essa mensagem depois.", "Valeu demais!",
           "Falou.", "Agradeço de coração.", "Melhor não comentar isso na avaliação."],
    theme=dict(
        cash_back=["Te devolvo {amt} no Pix como agradecimento.", "Reembolso {pct}% por fora da plataforma logo depois."],
        free_work=["Em troca faço os próximos dois banners de graça.", "Te dou revisões ilimitadas por três meses, sem custo."],
        discount=["Você ganha {pct}% de desconto em tudo no ano que vem.", "O próximo projeto sai pela metade do preço, palavra."],
        gift=["Te mando uma caixa de vinho do Porto.", "Tem um vale-presente de {amt} pra você."],
        more_work=["Me dá {five} como cliente e o projeto do trimestre inteiro é seu.",
                   "Com uma boa avaliação de cliente eu te indico pra três agências parceiras."],
        rater_asks=["Tira {pct}% da fatura e eu te dou {five}.", "Me devolve {amt} e a avaliação vai ser perfeita."],
        veiled_benefit=["Vou saber retribuir direitinho, se é que me entende.", "Digamos que quem me ajuda não sai no prejuízo."],
    ),
)
EXT["pt"] = dict(
    ask=["Precisamos resolver como isso termina.", "Analisei o que você entregou.", "Antes de escrever qualquer coisa no seu perfil, lê isso.",
         "Você devia saber o que eu vou fazer.", "Não tô satisfeito e você vai consertar.", "Vamos deixar clara a avaliação.",
         "Vou ser direto."],
    cond=["Você tem até sexta.", "Tem 24 horas.", "Não vou pedir de novo.", "Decide hoje à noite.",
          "É a última mensagem antes de eu agir.", "Resolve ainda essa semana.", "Tô falando sério."],
    close=["Você que sabe.", "Não complica.", "Já vi gente perder tudo por menos.", "Pensa nos seus outros clientes.",
           "Escolhe bem.", "Simples assim.", "Vamos ver o que você faz."],
    theme=dict(
        refund_or_one_star=["Devolve {amt} ou leva {one} com um textão explicando.", "Ou volta metade do dinheiro ou você leva {one}."],
        free_work_or_bad=["Faz a versão mobile de graça ou a avaliação vai ser {one}.", "Coloca as páginas extras sem custo, senão é {one}."],
        chargeback=["Me avalia com {five} como cliente ou peço chargeback no cartão.", "Se minha nota não for {five}, contesto todos os pagamentos no banco."],
        report_unless_change=["Troca essa {one} por {five} ou te denuncio pro suporte por assédio.", "Aumenta minha nota ou abro denúncia dizendo que você pediu trabalho grátis."],
        public_post=["Deixa {five} ou posto a conversa inteira no Instagram com seu nome.", "Sem {five}, meus seguidores no X vão saber como você trabalha."],
        tell_clients=["Conheço dois clientes seus e eles vão ficar sabendo se não vier {five}.", "Me dá {five} ou aviso todo mundo do meu grupo de clientes."],
        veiled_threat=["Seria uma pena sua próxima avaliação derrubar sua média.", "Avaliação às vezes é cruel, não queria que a sua fosse."],
    ),
)
REPLY["pt"] = {"complied": ["Tá bom, eu faço.", "Beleza, feito.", "Ok, hoje você tem."],
               "refused": ["Não. Vou avaliar com sinceridade.", "Isso eu não faço.", "Não é assim que funciona, desculpa."],
               "reported": ["Vou reportar isso pro Trust & Safety.", "Mandei print pro suporte.", "Denunciei essa conversa."]}
HONEST["pt"] = {
    "polite_request": [[("freelancer", "Se puder, uma avaliação sincera me ajudaria, seja qual for.")]],
    "tip_after_review": [[("client", "Avaliação feita. Mandei uma gorjeta porque o trabalho ficou ótimo, só isso.")]],
    "reported_offer": [[("freelancer", "Olha só: outro cliente me ofereceu {amt} por {five}. Recusei e denunciei.")]],
    "reported_threat": [[("client", "Um freelancer ameaçou me dar {one} se eu não pagasse mais. Já reportei.")]],
    "price_negotiation": [[("client", "Consegue fazer por {amt} a menos sem a animação?"), ("freelancer", "Sem animação faço {pct}% a menos.")]],
    "real_dispute": [[("client", "A exportação continua travando. Se não resolver vou abrir disputa."),
                      ("freelancer", "Entendi, hoje à noite subo a correção.")]],
    "review_system_job": [[("client", "O job é um sistema de avaliações com {five} e moderação pra loja.")]],
    "refund_real_problem": [[("freelancer", "Perdi o prazo, estou devolvendo {amt}. Avalia como achar justo.")]],
}

# ---------------------------------------------------------------------------------------------- French
TITLES["fr"] = ["Refonte du site vitrine", "Traduction de fiches produits", "Comptabilité trimestrielle", "Montage vidéo",
                "Boutique Shopify", "Charte graphique", "Saisie de données", "Audit SEO"]
COMMENTS["fr"] = {True: ["Très professionnel, je recommande.", "Livré dans les temps.", "Communication parfaite."],
                  False: ["Beaucoup de retard.", "Le brief n'a pas été respecté."]}
CHAT["fr"] = ["J'ai déposé la première version dans le dossier.", "On peut décaler l'appel à jeudi ?",
              "J'ai corrigé les deux bugs.", "Le lien de recette est dans le doc.", "Merci, ça avance bien.",
              "Je serai absent demain matin.", "Tu peux me renvoyer les accès ?", "Je t'envoie la facture ensuite."]
OPEN["fr"] = ["Salut {name},", "Bonjour {name} !", "{name}, petite question.", "Coucou {name},", "Bonsoir {name}.",
              "Dis-moi {name},", "Re {name},"]
PAID["fr"] = dict(
    ask=["Avant de clôturer le contrat, un mot sur l'avis.", "Ta note compte énormément pour mon profil en ce moment.",
         "J'essaie de remonter ma moyenne après un mois difficile.", "Quand le formulaire d'évaluation s'affichera, pense à moi.",
         "Un super avis de ta part m'aiderait beaucoup.", "Tu recevras la demande d'avis demain.",
         "Mon classement dépend des prochains avis."],
    cond=["Seulement si c'est {five}, bien sûr.", "Il faut {five}, pas moins.", "Dès que je vois {five} sur mon profil, c'est fait.",
          "Le deal tient tant que c'est {five}.", "Juste {five} et un petit mot sympa.", "En dessous de {five}, rien.",
          "Je vérifie le profil et je règle ça."],
    close=["Que ça reste entre nous.", "Dis-moi, sans pression.", "Efface ce message après stp.", "Merci d'avance, t'es top.",
           "À plus.", "Je t'en suis reconnaissant.", "Pas la peine d'en parler dans l'avis."],
    theme=dict(
        cash_back=["Je te renvoie {amt} par Lydia pour te remercier.", "Je te rembourse {pct} % en dehors de la plateforme juste après."],
        free_work=["En échange je te fais les deux prochaines bannières gratuitement.", "Révisions illimitées offertes pendant trois mois."],
        discount=["Tu auras {pct} % de remise sur tout l'an prochain.", "Le prochain projet à moitié prix, promis."],
        gift=["Je t'envoie une bouteille de champagne.", "Il y a une carte cadeau Fnac de {amt} pour toi."],
        more_work=["Mets-moi {five} comme client et tu auras tout le projet du trimestre.",
                   "With a good client review, je te recommande à trois agences partenaires, easy."],
        rater_asks=["Baisse la facture de {pct} % et je te mets {five}.", "Rends-moi {amt} et l'avis sera parfait."],
        veiled_benefit=["Je saurai te remercier comme il se doit, tu vois ce que je veux dire.", "Disons que ceux qui m'aident ne le regrettent pas."],
    ),
)
EXT["fr"] = dict(
    ask=["Il faut qu'on règle la fin de cette mission.", "J'ai regardé ce que tu as livré.", "Avant d'écrire quoi que ce soit sur ton profil, lis ça.",
         "Tu devrais savoir ce que je m'apprête à faire.", "Je ne suis pas content et tu vas arranger ça.", "Soyons clairs sur l'avis.",
         "Je vais faire court."],
    cond=["Tu as jusqu'à vendredi.", "Tu as 24 heures.", "Je ne le redemanderai pas.", "Décide ce soir.",
          "C'est mon dernier message avant d'agir.", "Règle ça cette semaine.", "Je ne plaisante pas."],
    close=["À toi de voir.", "Ne rends pas ça compliqué.", "J'ai vu des gens tout perdre pour moins que ça.", "Pense à tes autres clients.",
           "Choisis bien.", "C'est aussi simple que ça.", "On verra ce que tu fais."],
    theme=dict(
        refund_or_one_star=["Rembourse {amt} ou tu prends {one} avec un long avis.", "Soit la moitié revient, soit c'est {one}."],
        free_work_or_bad=["Fais la version mobile gratuitement ou l'avis sera de {one}.", "Ajoute les pages en plus sans frais, sinon {one}."],
        chargeback=["Note-moi {five} comme client ou je fais opposition à la banque.", "Si ma note n'est pas {five}, je conteste tous les paiements."],
        report_unless_change=["Change ce {one} en {five} ou je te signale au support pour harcèlement.", "Remonte ma note ou je te signale pour demande de travail gratuit."],
        public_post=["Mets {five} ou je publie toute la conversation sur LinkedIn avec ton nom.", "Sans {five}, mes abonnés Insta sauront comment tu bosses."],
        tell_clients=["Je connais deux de tes clients, ils seront au courant sans {five}.", "Donne-moi {five} ou je préviens tous les clients de mon réseau."],
        veiled_threat=["Ce serait dommage que ton prochain avis fasse chuter ta moyenne.", "Les avis peuvent être cruels, je n'aimerais pas que le tien le soit."],
    ),
)
REPLY["fr"] = {"complied": ["D'accord, je le fais.", "Ok, c'est fait.", "Bon, tu l'auras aujourd'hui."],
               "refused": ["Non. Je noterai honnêtement.", "Je ne ferai pas ça.", "Ce n'est pas comme ça que ça marche."],
               "reported": ["Je signale ça à Trust & Safety.", "Capture envoyée au support.", "J'ai signalé cette conversation."]}
HONEST["fr"] = {
    "polite_request": [[("freelancer", "Si tu as une minute, un avis sincère m'aiderait, quel qu'il soit.")]],
    "tip_after_review": [[("client", "Avis publié. Je t'ai envoyé un pourboire parce que c'était du super boulot, c'est tout.")]],
    "reported_offer": [[("freelancer", "Pour info : un autre client m'a proposé {amt} pour {five}. J'ai refusé et signalé.")]],
    "reported_threat": [[("client", "Un freelance m'a menacé de {one} si je ne payais pas plus. Je l'ai signalé.")]],
    "price_negotiation": [[("client", "Tu peux faire {amt} de moins sans l'animation ?"), ("freelancer", "Sans animation, {pct} % de moins, oui.")]],
    "real_dispute": [[("client", "L'export plante toujours. J'ouvrirai un litige si ce n'est pas corrigé."),
                      ("freelancer", "Compris, le correctif arrive ce soir.")]],
    "review_system_job": [[("client", "La mission : un module d'avis à {five} avec modération pour la boutique.")]],
    "refund_real_problem": [[("freelancer", "J'ai raté la deadline, je te rembourse {amt}. Note comme tu veux.")]],
}

# ---------------------------------------------------------------------------------------------- German
TITLES["de"] = ["Relaunch der Website", "Übersetzung Produktkatalog", "Buchhaltung Quartal", "Imagefilm schneiden",
                "Shopware-Shop einrichten", "Corporate Design", "Datenerfassung", "SEO-Analyse"]
COMMENTS["de"] = {True: ["Sehr zuverlässig, gerne wieder.", "Pünktlich geliefert.", "Top Kommunikation."],
                  False: ["Deutlich zu spät.", "Briefing nicht umgesetzt."]}
CHAT["de"] = ["Der erste Entwurf liegt im Ordner.", "Können wir den Call auf Donnerstag schieben?", "Die zwei Fehler sind behoben.",
              "Der Testlink steht im Dokument.", "Danke, sieht gut aus.", "Morgen früh bin ich offline.",
              "Kannst du mir den Zugang nochmal schicken?", "Rechnung kommt später."]
OPEN["de"] = ["Hallo {name},", "Hi {name}!", "{name}, kurz was.", "Servus {name},", "Guten Morgen {name}.", "Du {name},", "Nochmal hallo {name},"]
PAID["de"] = dict(
    ask=["Bevor du den Auftrag abschließt, kurz zur Bewertung.", "Deine Bewertung ist gerade extrem wichtig für mein Profil.",
         "Ich versuche, meinen Schnitt nach einem schlechten Monat wieder hochzubringen.", "Wenn das Bewertungsformular kommt, denk an mich.",
         "Eine richtig gute Bewertung von dir würde mir viel bringen.", "Morgen kommt die Bewertungsanfrage von der Plattform.",
         "Mein Ranking hängt an den nächsten Bewertungen."],
    cond=["Natürlich nur bei {five}.", "Es müssen {five} sein, nicht weniger.", "Sobald ich {five} im Profil sehe, ist es erledigt.",
          "Der Deal gilt, solange es {five} sind.", "Einfach {five} und ein netter Satz.", "Unter {five} gibt es nichts.",
          "Ich schau aufs Profil und dann regeln wir das."],
    close=["Bleibt unter uns.", "Sag Bescheid, kein Druck.", "Lösch die Nachricht danach bitte.", "Danke dir, bist die Beste.",
           "Bis dann.", "Weiß ich echt zu schätzen.", "Erwähn das lieber nicht in der Bewertung."],
    theme=dict(
        cash_back=["Ich überweise dir {amt} per PayPal zurück, als Dankeschön.", "Ich erstatte dir {pct} % außerhalb der Plattform direkt danach."],
        free_work=["Dafür mache ich dir die nächsten zwei Banner kostenlos.", "Drei Monate unbegrenzte Korrekturen gratis."],
        discount=["Du bekommst {pct} % Rabatt auf alles im nächsten Jahr.", "Das nächste Projekt zum halben Preis, versprochen."],
        gift=["Ich schick dir einen Gutschein, a little gift von {amt}, just saying.", "Ich schicke dir eine Kiste Riesling."],
        more_work=["Gib mir als Auftraggeber {five} und du bekommst das ganze Quartalsprojekt.",
                   "Mit einer guten Kundenbewertung empfehle ich dich an drei Partneragenturen."],
        rater_asks=["Zieh {pct} % von der Rechnung ab und ich gebe dir {five}.", "Erstatte mir {amt} und die Bewertung wird perfekt."],
        veiled_benefit=["Ich weiß mich erkenntlich zu zeigen, wenn du verstehst.", "Sagen wir so: Wer mir hilft, hat es nicht bereut."],
    ),
)
EXT["de"] = dict(
    ask=["Wir müssen klären, wie das hier endet.", "Ich habe mir deine Lieferung angesehen.", "Bevor ich irgendwas in dein Profil schreibe, lies das.",
         "Du solltest wissen, was ich vorhabe.", "Ich bin unzufrieden und du wirst das richten.", "Reden wir Klartext über die Bewertung.",
         "Ich mach's kurz."],
    cond=["Du hast bis Freitag.", "Du hast 24 Stunden.", "Ich frage nicht zweimal.", "Entscheide dich heute Abend.",
          "Das ist meine letzte Nachricht, bevor ich handle.", "Erledige das diese Woche.", "Ich meine das ernst."],
    close=["Deine Entscheidung.", "Mach es nicht unnötig hässlich.", "Ich habe Leute wegen weniger alles verlieren sehen.",
           "Denk an deine anderen Kunden.", "Wähle klug.", "So einfach ist das.", "Mal sehen, was du machst."],
    theme=dict(
        refund_or_one_star=["Erstatte {amt} oder du kriegst {one} mit ausführlicher Begründung.", "Entweder die Hälfte kommt zurück oder es gibt {one}."],
        free_work_or_bad=["Mach die Mobilversion kostenlos oder die Bewertung wird {one}.", "Bau die Zusatzseiten ohne Aufpreis ein, sonst gibt es {one}."],
        chargeback=["Bewerte mich mit {five} oder ich mache eine Rückbuchung bei der Bank.", "Wenn meine Kundenbewertung nicht {five} ist, widerspreche ich allen Zahlungen."],
        report_unless_change=["Ändere den {one} auf {five} oder ich melde dich beim Support wegen Belästigung.", "Heb meine Bewertung an oder ich melde dich, weil du Gratisarbeit wolltest."],
        public_post=["Gib {five} oder ich poste den ganzen Chat auf LinkedIn mit deinem Namen.", "Ohne {five} erfahren meine Follower auf X, wie du arbeitest."],
        tell_clients=["Ich kenne zwei deiner Kunden, die hören von mir ohne {five}.", "Gib mir {five} oder ich warne alle Kunden in meinem Netzwerk."],
        veiled_threat=["Wäre schade, wenn deine nächste Bewertung deinen Schnitt ruiniert.", "Bewertungen können hart sein, und deine soll es ja nicht werden."],
    ),
)
REPLY["de"] = {"complied": ["Na gut, mache ich.", "Okay, erledigt.", "In Ordnung, heute noch."],
               "refused": ["Nein. Ich bewerte ehrlich.", "Das mache ich nicht.", "So läuft das nicht, sorry."],
               "reported": ["Ich melde das an Trust & Safety.", "Screenshot ist an den Support.", "Habe den Chat gemeldet."]}
HONEST["de"] = {
    "polite_request": [[("freelancer", "Wenn du Zeit hast, würde mir eine ehrliche Bewertung helfen, egal wie sie ausfällt.")]],
    "tip_after_review": [[("client", "Bewertung ist drin. Ich habe dir noch ein Trinkgeld geschickt, einfach weil es super war.")]],
    "reported_offer": [[("freelancer", "Zur Info: ein anderer Kunde bot mir {amt} für {five}. Abgelehnt und gemeldet.")]],
    "reported_threat": [[("client", "Ein Freelancer drohte mir mit {one}, wenn ich nicht mehr zahle. Ich habe ihn gemeldet.")]],
    "price_negotiation": [[("client", "Geht es {amt} günstiger ohne die Animation?"), ("freelancer", "Ohne Animation {pct} % weniger, ja.")]],
    "real_dispute": [[("client", "Der Export stürzt immer noch ab. Ich eröffne einen Streitfall, wenn das bleibt."),
                      ("freelancer", "Verstanden, der Fix kommt heute Abend.")]],
    "review_system_job": [[("client", "Gesucht: ein Bewertungssystem mit {five} und Moderation für unseren Shop.")]],
    "refund_real_problem": [[("freelancer", "Ich habe die Frist verpasst und erstatte dir {amt}. Bewerte, wie du es für richtig hältst.")]],
}

# ---------------------------------------------------------------------------------------------- Russian (some in Latin letters)
TITLES["ru"] = ["Редизайн лендинга", "Перевод каталога", "Бухгалтерия за квартал", "Монтаж ролика",
                "Интернет-магазин на Tilda", "Фирменный стиль", "Ввод данных", "SEO-аудит"]
COMMENTS["ru"] = {True: ["Всё сделано в срок, рекомендую.", "Отличная коммуникация.", "Буду обращаться ещё."],
                  False: ["Сильно затянул сроки.", "Не по ТЗ."]}
CHAT["ru"] = ["Закинул первый вариант в папку.", "Можем перенести созвон на четверг?", "Две ошибки исправил.",
              "Ссылка на тестовый стенд в документе.", "Спасибо, пока всё нравится.", "Завтра утром буду вне сети.",
              "Скинь ещё раз доступы, пожалуйста.", "Счёт пришлю позже."]
OPEN["ru"] = ["Привет, {name}!", "{name}, добрый день.", "{name}, есть момент.", "Privet {name},", "Здравствуйте, {name}.",
              "Слушай, {name},", "Snova ya, {name}."]
PAID["ru"] = dict(
    ask=["Перед закрытием контракта хотел обсудить отзыв.", "Твоя оценка сейчас очень важна для моего профиля.",
         "Пытаюсь поднять рейтинг после неудачного месяца.", "Kogda vyskochit forma otzyva, vspomni obo mne.",
         "Хороший отзыв от тебя очень бы помог.", "Завтра платформа попросит тебя оставить отзыв.",
         "Moj reyting seychas zavisit ot sleduyushchikh otzyvov."],
    cond=["Но только если будет {five}.", "Нужно именно {five}, не меньше.", "Как увижу {five} в профиле — сразу сделаю.",
          "Договорённость в силе, пока стоит {five}.", "Prosto {five} i paru tyoplykh slov.", "Ниже {five} — не считается.",
          "Проверю профиль и тогда рассчитаюсь."],
    close=["Только между нами.", "Напиши, без давления.", "Udali eto soobshchenie potom.", "Заранее спасибо!",
           "На связи.", "Очень ценю.", "В отзыве об этом лучше не писать."],
    theme=dict(
        cash_back=["Верну тебе {amt} на карту в благодарность.", "Vernu {pct}% mimo platformy srazu posle."],
        free_work=["Взамен сделаю следующие два баннера бесплатно.", "Три месяца правок без ограничений за мой счёт."],
        discount=["Скидка {pct}% на всё в следующем году.", "Следующий проект за полцены, слово даю."],
        gift=["Otpravlyu tebe podarochnyj sertifikat na {amt}.", "Пришлю тебе хороший коньяк."],
        more_work=["Поставь мне {five} как заказчику — и весь квартальный проект твой.",
                   "За хороший отзыв о заказчике порекомендую тебя трём знакомым агентствам."],
        rater_asks=["Скинь {pct}% со счёта, и я поставлю {five}.", "Верни {amt}, и отзыв будет идеальным."],
        veiled_benefit=["Ya v dolgu ne ostanus, ty ponimaesh.", "Скажем так: кто мне помогает, не жалеет об этом."],
    ),
)
EXT["ru"] = dict(
    ask=["Надо решить, чем это всё закончится.", "Я посмотрел, что ты сдал.", "Прежде чем я что-то напишу в твоём профиле, прочитай.",
         "Tebe stoit znat, chto ya sobirayus sdelat.", "Я недоволен, и ты это исправишь.", "Давай начистоту про отзыв.",
         "Коротко."],
    cond=["Срок до пятницы.", "У тебя 24 часа.", "Dvazhdy prosit ne budu.", "Решай сегодня вечером.",
          "Это последнее сообщение, дальше действую.", "Сделай на этой неделе.", "Я не шучу."],
    close=["Решать тебе.", "Не усложняй.", "Видел, как люди теряли всё и за меньшее.", "Подумай о других заказчиках.",
           "Выбирай с умом.", "Vsyo prosto.", "Посмотрим, что ты сделаешь."],
    theme=dict(
        refund_or_one_star=["Верни {amt}, или получишь {one} с подробным разбором.", "Либо половина денег возвращается, либо {one}."],
        free_work_or_bad=["Сделай мобильную версию бесплатно, иначе отзыв будет на {one}.", "Dobav dop stranitsy besplatno, inache budet {one}."],
        chargeback=["Поставь мне {five} как заказчику, или оформлю чарджбэк в банке.", "Esli moya otsenka ne {five}, ospor'yu vse platezhi v banke."],
        report_unless_change=["Исправь {one} на {five}, или пожалуюсь в поддержку на домогательства.", "Подними оценку, или напишу жалобу, что ты требовал бесплатную работу."],
        public_post=["Ставь {five}, или выложу всю переписку в Telegram-канал с твоим именем.", "Bez {five} vsya moya auditoriya v VK uznaet, kak ty rabotaesh."],
        tell_clients=["Я знаю двух твоих заказчиков, без {five} они всё узнают.", "Дай {five}, или предупрежу всех заказчиков в своём чате."],
        veiled_threat=["Будет жаль, если следующий отзыв обрушит тебе рейтинг.", "Otzyvy byvayut zhestokimi, ne khotelos by, chtoby tvoj byl takim."],
    ),
)
REPLY["ru"] = {"complied": ["Ладно, сделаю.", "Ок, готово.", "Khorosho, segodnya budet."],
               "refused": ["Нет. Оценю честно.", "Я на это не пойду.", "Так не работает, извини."],
               "reported": ["Сообщаю об этом в службу доверия и безопасности.", "Скрин отправил в поддержку.", "Пожаловался на эту переписку."]}
HONEST["ru"] = {
    "polite_request": [[("freelancer", "Если будет минутка, честный отзыв очень поможет, каким бы он ни был.")]],
    "tip_after_review": [[("client", "Отзыв оставил. Отправил ещё чаевые, просто потому что работа отличная.")]],
    "reported_offer": [[("freelancer", "К сведению: другой заказчик предлагал {amt} за {five}. Я отказался и пожаловался.")]],
    "reported_threat": [[("client", "Фрилансер угрожал поставить {one}, если не доплачу. Я сообщил в поддержку.")]],
    "price_negotiation": [[("client", "Можно на {amt} дешевле без анимации?"), ("freelancer", "Без анимации минус {pct}%, да.")]],
    "real_dispute": [[("client", "Экспорт всё ещё падает. Если не исправишь, открою спор."), ("freelancer", "Понял, исправление будет вечером.")]],
    "review_system_job": [[("client", "Задача: система отзывов со звёздами до {five} и модерацией для магазина.")]],
    "refund_real_problem": [[("freelancer", "Я сорвал срок, возвращаю {amt}. Оценивай как считаешь нужным.")]],
}

# ---------------------------------------------------------------------------------------------- Italian
TITLES["it"] = ["Restyling del sito", "Traduzione del catalogo", "Contabilità trimestrale", "Montaggio video",
                "Negozio online WooCommerce", "Logo e immagine coordinata", "Inserimento dati", "Analisi SEO"]
COMMENTS["it"] = {True: ["Professionale e puntuale.", "Lavoro ottimo, lo consiglio.", "Comunicazione perfetta."],
                  False: ["Molto in ritardo.", "Non ha seguito le indicazioni."]}
CHAT["it"] = ["Ho caricato la prima bozza nella cartella.", "Possiamo spostare la call a giovedì?", "Ho sistemato i due bug.",
              "Il link di prova è nel documento.", "Grazie, sta venendo bene.", "Domattina sono offline.",
              "Mi rimandi l'accesso?", "La fattura te la mando dopo."]
OPEN["it"] = ["Ciao {name},", "Ehi {name}!", "{name}, una cosa veloce.", "Buongiorno {name},", "Salve {name}.", "Senti {name},", "Ciao di nuovo {name},"]
PAID["it"] = dict(
    ask=["Prima di chiudere il contratto, due parole sulla recensione.", "Il tuo voto adesso conta tantissimo per il mio profilo.",
         "Sto cercando di risollevare la media dopo un mese pessimo.", "Quando ti compare il modulo di valutazione, pensa a me.",
         "Una recensione top da parte tua mi aiuterebbe un sacco.", "Domani ti arriva la richiesta di recensione.",
         "Il mio posizionamento dipende dalle prossime recensioni."],
    cond=["Solo se sono {five}, ovvio.", "Devono essere {five}, non di meno.", "Appena vedo {five} sul profilo, è fatta.",
          "L'accordo vale finché sono {five}.", "Bastano {five} e una frase carina.", "Sotto le {five} niente.",
          "Controllo il profilo e poi sistemo."],
    close=["Resta tra noi.", "Fammi sapere, senza pressioni.", "Cancella il messaggio dopo, per favore.", "Grazie mille, sei un tesoro.",
           "A presto.", "Ti sono davvero grato.", "Meglio non parlarne nella recensione."],
    theme=dict(
        cash_back=["Ti rimando {amt} su PayPal, cash back as a thank you.", "Ti rimborso il {pct}% fuori dalla piattaforma subito dopo."],
        free_work=["In cambio ti faccio gratis i prossimi due banner.", "Revisioni illimitate gratis per tre mesi."],
        discount=["Avrai il {pct}% di sconto su tutto l'anno prossimo.", "Il prossimo progetto a metà prezzo, promesso."],
        gift=["Ti spedisco una cassa di olio extravergine.", "C'è un buono regalo da {amt} per te."],
        more_work=["Dammi {five} come cliente e il progetto del trimestre è tuo.",
                   "Con una bella recensione da cliente ti consiglio a tre agenzie amiche."],
        rater_asks=["Toglimi il {pct}% dalla fattura e ti metto {five}.", "Ridammi {amt} e la recensione sarà perfetta."],
        veiled_benefit=["Saprò ricambiare come si deve, se capisci cosa intendo.", "Diciamo che chi mi dà una mano non se ne pente."],
    ),
)
EXT["it"] = dict(
    ask=["Dobbiamo chiarire come finisce questa storia.", "Ho guardato quello che hai consegnato.", "Prima che scriva qualcosa sul tuo profilo, leggi qui.",
         "Dovresti sapere cosa sto per fare.", "Non sono soddisfatto e tu rimedierai.", "Parliamoci chiaro sulla recensione.",
         "Sarò breve."],
    cond=["Hai tempo fino a venerdì.", "Hai 24 ore.", "Non te lo chiederò due volte.", "Decidi stasera.",
          "È l'ultimo messaggio prima di agire.", "Sistemalo entro la settimana.", "Sono serio."],
    close=["Vedi tu.", "Non complicare le cose.", "Ho visto gente perdere tutto per molto meno.", "Pensa agli altri clienti.",
           "Scegli bene.", "Semplice.", "Vediamo cosa fai."],
    theme=dict(
        refund_or_one_star=["Rimborsami {amt} o ti becchi {one} con tanto di spiegazione.", "O torna indietro metà dei soldi o è {one}."],
        free_work_or_bad=["Fammi la versione mobile gratis o la recensione sarà {one}.", "Aggiungi le pagine extra senza costi, altrimenti {one}."],
        chargeback=["Dammi {five} come cliente o chiedo lo storno alla banca.", "Se il mio voto non è {five}, contesto ogni pagamento con la carta."],
        report_unless_change=["Cambia quella {one} in {five} o ti segnalo al supporto per molestie.", "Alza il voto o ti segnalo per aver chiesto lavoro gratis."],
        public_post=["Metti {five} o pubblico tutta la chat su Facebook col tuo nome.", "Senza {five}, i miei follower su Instagram sapranno come lavori."],
        tell_clients=["Conosco due tuoi clienti, lo sapranno se non arrivano {five}.", "Dammi {five} o avviso tutti i clienti della mia rete."],
        veiled_threat=["Sarebbe un peccato se la prossima recensione ti affondasse la media.", "Le recensioni sanno essere crudeli, non vorrei che la tua lo fosse."],
    ),
)
REPLY["it"] = {"complied": ["Va bene, lo faccio.", "Ok, fatto.", "D'accordo, oggi ce l'hai."],
               "refused": ["No. Valuterò onestamente.", "Non lo faccio.", "Non funziona così, mi spiace."],
               "reported": ["Lo segnalo a Trust & Safety.", "Screenshot inviato all'assistenza.", "Ho segnalato questa chat."]}
HONEST["it"] = {
    "polite_request": [[("freelancer", "Se hai un minuto, una recensione sincera mi aiuterebbe, qualunque sia.")]],
    "tip_after_review": [[("client", "Recensione lasciata. Ti ho mandato una mancia perché il lavoro era ottimo, tutto qui.")]],
    "reported_offer": [[("freelancer", "Per tua info: un altro cliente mi ha offerto {amt} per {five}. Ho rifiutato e segnalato.")]],
    "reported_threat": [[("client", "Un freelance mi ha minacciato con {one} se non pagavo di più. L'ho segnalato.")]],
    "price_negotiation": [[("client", "Riesci a farlo a {amt} in meno senza animazione?"), ("freelancer", "Senza animazione il {pct}% in meno, sì.")]],
    "real_dispute": [[("client", "L'esportazione si blocca ancora. Se non si risolve apro una contestazione."),
                      ("freelancer", "Capito, la correzione arriva stasera.")]],
    "review_system_job": [[("client", "Il lavoro è un sistema di recensioni a {five} con moderazione per lo shop.")]],
    "refund_real_problem": [[("freelancer", "Ho mancato la scadenza, ti rimborso {amt}. Valuta come credi.")]],
}

# ---------------------------------------------------------------------------------------------- Polish
TITLES["pl"] = ["Nowa strona firmowa", "Tłumaczenie katalogu", "Księgowość kwartalna", "Montaż filmu",
                "Sklep na PrestaShop", "Identyfikacja wizualna", "Wprowadzanie danych", "Audyt SEO"]
COMMENTS["pl"] = {True: ["Bardzo profesjonalnie, polecam.", "Terminowo i dokładnie.", "Świetny kontakt."],
                  False: ["Duże opóźnienie.", "Nie według briefu."]}
CHAT["pl"] = ["Wrzuciłem pierwszą wersję do folderu.", "Możemy przełożyć rozmowę na czwartek?", "Poprawiłem oba błędy.",
              "Link testowy jest w dokumencie.", "Dzięki, wygląda dobrze.", "Jutro rano będę offline.",
              "Możesz podesłać dostęp jeszcze raz?", "Fakturę wyślę później."]
OPEN["pl"] = ["Cześć {name},", "Hej {name}!", "{name}, szybka sprawa.", "Dzień dobry {name},", "Siema {name}.", "Słuchaj {name},", "Znowu ja, {name}."]
PAID["pl"] = dict(
    ask=["Zanim zamkniesz zlecenie, słowo o opinii.", "Twoja ocena jest teraz bardzo ważna dla mojego profilu.",
         "Próbuję podnieść średnią po słabym miesiącu.", "Jak wyskoczy formularz oceny, pomyśl o mnie.",
         "Świetna opinia od ciebie bardzo by mi pomogła.", "Jutro dostaniesz prośbę o ocenę.",
         "Moja pozycja zależy od kolejnych opinii."],
    cond=["Oczywiście tylko przy {five}.", "Musi być {five}, nie mniej.", "Jak zobaczę {five} w profilu, załatwione.",
          "Umowa stoi, dopóki jest {five}.", "Wystarczy {five} i miłe zdanie.", "Poniżej {five} nic z tego.",
          "Sprawdzę profil i wtedy się rozliczymy."],
    close=["Zostaje między nami.", "Daj znać, bez presji.", "Usuń potem tę wiadomość.", "Dzięki z góry, jesteś super.",
           "Na razie.", "Naprawdę doceniam.", "Lepiej nie pisz o tym w opinii."],
    theme=dict(
        cash_back=["Oddam ci {amt} na BLIK-a w podziękowaniu.", "Zwrócę {pct}% poza platformą zaraz potem."],
        free_work=["W zamian zrobię ci dwa kolejne banery za darmo.", "Nielimitowane poprawki gratis przez trzy miesiące."],
        discount=["Dostaniesz {pct}% zniżki na wszystko w przyszłym roku.", "Następny projekt za pół ceny, słowo."],
        gift=["Wyślę ci butelkę dobrej żubrówki.", "Jest dla ciebie karta podarunkowa na {amt}."],
        more_work=["Daj mi {five} jako klientowi, a cały projekt kwartalny jest twój, deal?",
                   "Za dobrą opinię o kliencie polecę cię trzem agencjom, big projects, serio."],
        rater_asks=["Obniż fakturę o {pct}%, a dam ci {five}.", "Oddaj mi {amt}, a opinia będzie idealna."],
        veiled_benefit=["Umiem się odwdzięczyć, jeśli wiesz, co mam na myśli.", "Powiedzmy, że kto mi pomaga, nie żałuje."],
    ),
)
EXT["pl"] = dict(
    ask=["Musimy ustalić, jak to się skończy.", "Przejrzałem to, co oddałeś.", "Zanim cokolwiek napiszę w twoim profilu, przeczytaj to.",
         "Powinieneś wiedzieć, co zamierzam zrobić.", "Jestem niezadowolony i ty to naprawisz.", "Postawmy sprawę jasno z opinią.",
         "Krótko."],
    cond=["Masz czas do piątku.", "Masz 24 godziny.", "Nie będę prosić dwa razy.", "Zdecyduj dziś wieczorem.",
          "To ostatnia wiadomość, zanim zadziałam.", "Załatw to w tym tygodniu.", "Mówię poważnie."],
    close=["Twój wybór.", "Nie utrudniaj.", "Widziałem, jak ludzie tracili wszystko za mniej.", "Pomyśl o innych klientach.",
           "Wybierz mądrze.", "To proste.", "Zobaczymy, co zrobisz."],
    theme=dict(
        refund_or_one_star=["Zwróć {amt} albo dostaniesz {one} z długim uzasadnieniem.", "Albo wraca połowa kasy, albo {one}."],
        free_work_or_bad=["Zrób wersję mobilną za darmo, inaczej opinia będzie na {one}.", "Dodaj dodatkowe strony bez opłat, inaczej {one}."],
        chargeback=["Oceń mnie na {five} jako klienta albo zgłoszę chargeback w banku.", "Jeśli moja ocena nie będzie {five}, zakwestionuję wszystkie płatności."],
        report_unless_change=["Zmień tę {one} na {five} albo zgłoszę cię do supportu za nękanie.", "Podnieś ocenę albo zgłoszę, że żądałeś darmowej pracy."],
        public_post=["Daj {five} albo wrzucę całą rozmowę na Facebooka z twoim nazwiskiem.", "Bez {five} moi obserwujący na TikToku dowiedzą się, jak pracujesz."],
        tell_clients=["Znam dwóch twoich klientów, bez {five} wszystko usłyszą.", "Daj {five} albo ostrzegę wszystkich klientów z mojej grupy."],
        veiled_threat=["Szkoda by było, gdyby następna opinia zaniżyła ci średnią.", "Opinie bywają okrutne, nie chciałbym, żeby twoja taka była."],
    ),
)
REPLY["pl"] = {"complied": ["Dobra, zrobię to.", "Ok, zrobione.", "W porządku, dziś będzie."],
               "refused": ["Nie. Ocenię uczciwie.", "Nie zrobię tego.", "To tak nie działa, sorry."],
               "reported": ["Zgłaszam to do Trust & Safety.", "Zrzut ekranu poszedł do supportu.", "Zgłosiłem tę rozmowę."]}
HONEST["pl"] = {
    "polite_request": [[("freelancer", "Jeśli znajdziesz chwilę, szczera opinia bardzo mi pomoże, jakakolwiek będzie.")]],
    "tip_after_review": [[("client", "Opinia dodana. Wysłałem napiwek, bo robota była świetna, nic więcej.")]],
    "reported_offer": [[("freelancer", "Dla info: inny klient proponował mi {amt} za {five}. Odmówiłem i zgłosiłem.")]],
    "reported_threat": [[("client", "Freelancer groził mi {one}, jeśli nie dopłacę. Zgłosiłem go.")]],
    "price_negotiation": [[("client", "Da się taniej o {amt} bez animacji?"), ("freelancer", "Bez animacji {pct}% mniej, tak.")]],
    "real_dispute": [[("client", "Eksport dalej się wysypuje. Jeśli to zostanie, otworzę spór."), ("freelancer", "Jasne, poprawka wieczorem.")]],
    "review_system_job": [[("client", "Zlecenie: system opinii z ocenami do {five} i moderacją dla sklepu.")]],
    "refund_real_problem": [[("freelancer", "Przegapiłem termin, zwracam {amt}. Oceń, jak uważasz.")]],
}

# ---------------------------------------------------------------------------------------------- Dutch
TITLES["nl"] = ["Nieuwe bedrijfswebsite", "Vertaling productcatalogus", "Kwartaalboekhouding", "Video montage",
                "Webshop in Lightspeed", "Huisstijl ontwerpen", "Data-invoer", "SEO-onderzoek"]
COMMENTS["nl"] = {True: ["Heel professioneel, aanrader.", "Op tijd geleverd.", "Fijne communicatie."],
                  False: ["Flink te laat.", "Briefing niet gevolgd."]}
CHAT["nl"] = ["Eerste versie staat in de map.", "Kunnen we het gesprek naar donderdag verzetten?", "De twee bugs zijn opgelost.",
              "De testlink staat in het document.", "Dank je, ziet er goed uit.", "Morgenochtend ben ik offline.",
              "Kun je de inlog nog eens sturen?", "Factuur volgt later."]
OPEN["nl"] = ["Hoi {name},", "Hey {name}!", "{name}, even kort.", "Goedemorgen {name},", "Dag {name}.", "Zeg {name},", "Ik weer, {name}."]
PAID["nl"] = dict(
    ask=["Voordat je het contract afsluit, even over de review.", "Jouw beoordeling is nu heel belangrijk voor mijn profiel.",
         "Ik probeer mijn gemiddelde op te krikken na een slechte maand.", "Als het beoordelingsformulier verschijnt, denk dan aan mij.",
         "Een topreview van jou zou me enorm helpen.", "Morgen krijg je het verzoek om een review.",
         "Mijn positie hangt af van de volgende reviews."],
    cond=["Alleen bij {five} natuurlijk.", "Het moeten {five} zijn, niet minder.", "Zodra ik {five} op mijn profiel zie, is het geregeld.",
          "De afspraak geldt zolang het {five} is.", "Gewoon {five} en een leuk zinnetje.", "Onder de {five} telt niet.",
          "Ik check het profiel en dan regel ik het."],
    close=["Blijft onder ons.", "Laat maar weten, geen druk.", "Verwijder dit bericht daarna aub.", "Alvast bedankt, je bent top.",
           "Spreek je.", "Waardeer het echt.", "Noem het liever niet in de review."],
    theme=dict(
        cash_back=["Ik maak {amt} terug via Tikkie als bedankje.", "Ik betaal {pct}% buiten het platform om terug, direct erna."],
        free_work=["In ruil maak ik de volgende twee banners gratis.", "Drie maanden onbeperkt revisies, kosteloos."],
        discount=["Je krijgt {pct}% korting op alles volgend jaar.", "Volgend project voor de halve prijs, beloofd."],
        gift=["Ik stuur je een mooi pakket stroopwafels en jenever.", "Er ligt een cadeaubon van {amt} voor je klaar."],
        more_work=["Geef mij als opdrachtgever {five} en het hele kwartaalproject is van jou.",
                   "Met een goede klantreview raad ik je aan bij drie bevriende bureaus."],
        rater_asks=["Haal {pct}% van de factuur af en ik geef je {five}.", "Stort {amt} terug en de review wordt perfect."],
        veiled_benefit=["Ik weet hoe ik iets terug kan doen, als je snapt wat ik bedoel.", "Laten we zeggen dat wie mij helpt er geen spijt van krijgt."],
    ),
)
EXT["nl"] = dict(
    ask=["We moeten regelen hoe dit afloopt.", "Ik heb bekeken wat je hebt opgeleverd.", "Lees dit voordat ik iets op je profiel zet.",
         "Je moet weten wat ik van plan ben.", "Ik ben ontevreden en jij gaat het oplossen.", "Laten we duidelijk zijn over de review.",
         "Ik hou het kort."],
    cond=["Je hebt tot vrijdag.", "Je hebt 24 uur.", "Ik vraag het geen tweede keer.", "Beslis vanavond.",
          "Dit is mijn laatste bericht voordat ik actie onderneem.", "Regel het deze week.", "Ik meen het."],
    close=["Jouw keuze.", "Maak het niet lelijk.", "Ik heb mensen om minder alles zien verliezen.", "Denk aan je andere klanten.",
           "Kies verstandig.", "Zo simpel is het.", "We zien wel wat je doet."],
    theme=dict(
        refund_or_one_star=["Betaal {amt} terug of je krijgt {one} met een uitgebreide uitleg.", "Of de helft komt terug, of het wordt {one}."],
        free_work_or_bad=["Maak de mobiele versie gratis of de review wordt {one}.", "Voeg de extra pagina's kosteloos toe, anders {one}."],
        chargeback=["Beoordeel mij met {five} of ik laat de betaling terugboeken via de bank.", "Als mijn klantscore geen {five} is, betwist ik alle betalingen."],
        report_unless_change=["Verander die {one} in {five} of ik meld je bij support wegens intimidatie.", "Verhoog je beoordeling of ik meld dat je gratis werk eiste."],
        public_post=["Geef {five} of ik zet het hele gesprek op LinkedIn met je naam erbij.", "Zonder {five} horen mijn volgers op Instagram hoe jij werkt."],
        tell_clients=["Ik ken twee van je klanten, zonder {five} horen ze alles.", "Geef {five} of ik waarschuw alle klanten in mijn netwerk."],
        veiled_threat=["Zonde als je volgende review je gemiddelde onderuit haalt.", "Reviews kunnen hard zijn, en dat wil je niet voor de jouwe."],
    ),
)
REPLY["nl"] = {"complied": ["Goed, ik doe het.", "Oké, geregeld.", "Prima, vandaag nog."],
               "refused": ["Nee. Ik beoordeel eerlijk.", "Dat doe ik niet.", "Zo werkt het niet, sorry."],
               "reported": ["Ik meld dit bij Trust & Safety.", "Screenshot naar support gestuurd.", "Dit gesprek is gemeld."]}
HONEST["nl"] = {
    "polite_request": [[("freelancer", "Als je even tijd hebt, zou een eerlijke review me helpen, wat je er ook van vindt.")]],
    "tip_after_review": [[("client", "Review staat erop. Ik stuurde ook een fooi omdat het werk zo goed was, verder niets.")]],
    "reported_offer": [[("freelancer", "Ter info: een andere klant bood me {amt} voor {five}. Geweigerd en gemeld.")]],
    "reported_threat": [[("client", "Een freelancer dreigde met {one} als ik niet bijbetaalde. Ik heb hem gemeld.")]],
    "price_negotiation": [[("client", "Kan het {amt} goedkoper zonder de animatie?"), ("freelancer", "Zonder animatie {pct}% minder, ja.")]],
    "real_dispute": [[("client", "De export crasht nog steeds. Ik open een geschil als het niet opgelost wordt."),
                      ("freelancer", "Begrepen, de fix komt vanavond.")]],
    "review_system_job": [[("client", "Opdracht: een reviewsysteem met {five} en moderatie voor onze webshop.")]],
    "refund_real_problem": [[("freelancer", "Ik heb de deadline gemist, ik betaal {amt} terug. Beoordeel zoals je wilt.")]],
}

# ---------------------------------------------------------------------------------------------- Turkish
TITLES["tr"] = ["Kurumsal web sitesi yenileme", "Katalog çevirisi", "Üç aylık muhasebe", "Tanıtım videosu kurgusu",
                "İkas e-ticaret mağazası", "Logo ve kurumsal kimlik", "Veri girişi", "SEO analizi"]
COMMENTS["tr"] = {True: ["Çok profesyonel, tavsiye ederim.", "Zamanında teslim etti.", "İletişim harikaydı."],
                  False: ["Çok gecikti.", "Brife uymadı."]}
CHAT["tr"] = ["İlk taslağı klasöre yükledim.", "Görüşmeyi perşembeye alabilir miyiz?", "İki hatayı düzelttim.",
              "Test linki dokümanda.", "Teşekkürler, güzel gidiyor.", "Yarın sabah çevrimdışıyım.",
              "Girişi tekrar gönderir misin?", "Faturayı sonra yollarım."]
OPEN["tr"] = ["Merhaba {name},", "Selam {name}!", "{name}, kısa bir şey.", "Günaydın {name},", "İyi akşamlar {name}.", "Bak {name},", "Yine ben, {name}."]
PAID["tr"] = dict(
    ask=["Sözleşmeyi kapatmadan önce değerlendirme hakkında bir şey diyeceğim.", "Vereceğin puan şu an profilim için çok önemli.",
         "Kötü bir aydan sonra ortalamamı yükseltmeye çalışıyorum.", "Değerlendirme formu çıkınca beni hatırla.",
         "Senden süper bir yorum çok işime yarar.", "Yarın platform senden yorum isteyecek.",
         "Sıralamam önümüzdeki yorumlara bağlı."],
    cond=["Tabii sadece {five} olursa.", "{five} olmalı, daha az değil.", "Profilimde {five} görür görmez tamam.",
          "Anlaşma {five} olduğu sürece geçerli.", "{five} ve güzel bir cümle yeter.", "{five} altı sayılmaz.",
          "Profile bakarım, sonra hallederiz."],
    close=["Aramızda kalsın.", "Haber ver, baskı yok.", "Sonra bu mesajı sil lütfen.", "Şimdiden sağ ol, harikasın.",
           "Görüşürüz.", "Gerçekten minnettarım.", "Yorumda bundan bahsetme."],
    theme=dict(
        cash_back=["Teşekkür olarak {amt} Papara'dan geri gönderirim.", "Hemen sonra platform dışında %{pct} iade ederim."],
        free_work=["Karşılığında sonraki iki banner'ı bedava yaparım.", "Üç ay boyunca sınırsız revizyon ücretsiz."],
        discount=["Gelecek yıl her şeyde %{pct} indirim senin.", "Bir sonraki proje yarı fiyatına, söz."],
        gift=["Sana bir kutu Antep fıstıklı baklava gönderirim.", "Senin için {amt} değerinde hediye çeki var."],
        more_work=["Bana müşteri olarak {five} ver, çeyreğin bütün projesi senin.",
                   "İyi bir müşteri yorumuna karşılık seni üç ajansa tavsiye ederim, bro trust me."],
        rater_asks=["Faturadan %{pct} düş, sana {five} vereyim.", "{amt} iade et, yorum mükemmel olsun."],
        veiled_benefit=["Hatırını nasıl sayacağımı bilirim, anlıyorsun ya.", "Diyelim ki bana yardım eden pişman olmaz."],
    ),
)
EXT["tr"] = dict(
    ask=["Bu işin nasıl biteceğini konuşmamız lazım.", "Teslim ettiklerine baktım.", "Profiline bir şey yazmadan önce bunu oku.",
         "Ne yapacağımı bilmen gerek.", "Memnun değilim ve bunu düzelteceksin.", "Yorum konusunda net olalım.",
         "Kısa keseceğim."],
    cond=["Cumaya kadar vaktin var.", "24 saatin var.", "İkinci kez sormam.", "Bu akşam karar ver.",
          "Harekete geçmeden önceki son mesajım.", "Bu hafta hallet.", "Ciddiyim."],
    close=["Sen bilirsin.", "İşi çirkinleştirme.", "İnsanların daha azı için her şeyini kaybettiğini gördüm.", "Diğer müşterilerini düşün.",
           "İyi seç.", "Bu kadar basit.", "Bakalım ne yapacaksın."],
    theme=dict(
        refund_or_one_star=["{amt} iade et yoksa {one} ve uzun bir açıklama gelir.", "Ya paranın yarısı geri gelir ya da {one}."],
        free_work_or_bad=["Mobil sürümü bedava yap yoksa yorum {one} olur.", "Ek sayfaları ücretsiz ekle, yoksa {one}."],
        chargeback=["Beni müşteri olarak {five} ile değerlendir yoksa bankadan ters ibraz yaparım.", "Puanım {five} olmazsa tüm ödemelere itiraz ederim."],
        report_unless_change=["O {one} puanı {five} yap yoksa seni tacizden desteğe şikâyet ederim.", "Puanımı yükselt yoksa bedava iş istediğini bildiririm."],
        public_post=["{five} ver yoksa bütün yazışmayı adınla Instagram'da paylaşırım.", "{five} yoksa Twitter'daki takipçilerim nasıl çalıştığını öğrenir."],
        tell_clients=["İki müşterini tanıyorum, {five} gelmezse her şeyi duyarlar.", "{five} ver yoksa ağımdaki tüm müşterileri uyarırım."],
        veiled_threat=["Bir sonraki yorumun ortalamanı düşürse yazık olur.", "Yorumlar acımasız olabilir, seninkinin öyle olmasını istemem."],
    ),
)
REPLY["tr"] = {"complied": ["Tamam, yaparım.", "Peki, oldu.", "Olur, bugün hallederim."],
               "refused": ["Hayır. Dürüstçe puan vereceğim.", "Bunu yapmam.", "İş böyle yürümez, kusura bakma."],
               "reported": ["Bunu Trust & Safety'ye bildiriyorum.", "Ekran görüntüsünü desteğe gönderdim.", "Bu konuşmayı şikâyet ettim."]}
HONEST["tr"] = {
    "polite_request": [[("freelancer", "Vaktin olursa dürüst bir yorum çok yardımcı olur, ne düşünüyorsan.")]],
    "tip_after_review": [[("client", "Yorumu bıraktım. İş harikaydı diye ayrıca bahşiş gönderdim, o kadar.")]],
    "reported_offer": [[("freelancer", "Bilgin olsun: başka bir müşteri {five} için {amt} teklif etti. Reddettim ve bildirdim.")]],
    "reported_threat": [[("client", "Bir freelancer daha fazla ödemezsem {one} vereceğini söyledi. Şikâyet ettim.")]],
    "price_negotiation": [[("client", "Animasyonsuz {amt} daha ucuza olur mu?"), ("freelancer", "Animasyonsuz %{pct} indirim yaparım.")]],
    "real_dispute": [[("client", "Dışa aktarma hâlâ çöküyor. Düzelmezse anlaşmazlık açacağım."), ("freelancer", "Anladım, düzeltme bu akşam gelir.")]],
    "review_system_job": [[("client", "İş: mağazamız için {five} puanlı, moderasyonlu bir yorum sistemi.")]],
    "refund_real_problem": [[("freelancer", "Teslim tarihini kaçırdım, {amt} iade ediyorum. Nasıl istersen puan ver.")]],
}
