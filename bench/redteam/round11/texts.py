"""All wording of red-team round 11, written for this round (see README.md). Stdlib only.

An entry's " || " splits it into separate messages from one sender; honest templates give the sender of each
message with "c: " (client) or "f: " (freelancer).
"""

import unicodedata

_TRANS = {"đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "ł": "l"}


def ascii_slug(s):
    s = "".join(_TRANS.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-"))
    return s.lower().strip(".-") or "x"


AREA_MAIL = {"en": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com"],
             "en_chat": ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com"],
             "es": ["gmail.com", "hotmail.es", "outlook.es", "yahoo.es"], "pt": ["gmail.com", "hotmail.com", "uol.com.br"],
             "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net"], "de": ["gmail.com", "gmx.de", "web.de", "t-online.de"],
             "ru": ["mail.ru", "yandex.ru", "gmail.com"], "uk": ["ukr.net", "gmail.com", "i.ua"],
             "ar": ["gmail.com", "yahoo.com", "hotmail.com"], "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"]}
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com", "gmx.net",
                "mail.ru", "ukr.net", "yandex.ru", "uol.com.br", "orange.fr", "web.de", "live.com"]

AREAS = {
    "en": {"country": ["GB", "GB", "IE"], "currency": "GBP", "ip": [81, 86, 90, 109], "iban_cc": "GB",
           "iban_len": 22, "tld": "co.uk",
           "first": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Callum", "Niamh",
                     "Rhys", "Imogen", "Alfie", "Hannah", "Euan", "Bethany", "Owen", "Sophie", "Declan", "Lucy"],
           "last": ["Thompson", "Walker", "Hughes", "Evans", "Robinson", "Wright", "Clarke", "Murphy", "Patel",
                    "Kennedy", "Fletcher", "Holt", "Pearson", "Barnes", "Lloyd", "Doyle", "Marsh", "Gallagher"]},
    "en_chat": {"country": ["US", "US", "CA"], "currency": "USD", "ip": [24, 73, 98, 174], "iban_cc": "ACH",
                "iban_len": 19, "tld": "com",
                "first": ["Tyler", "Madison", "Brandon", "Kayla", "Austin", "Brianna", "Jordan", "Destiny", "Cody",
                          "Alexis", "Dylan", "Makayla", "Trevor", "Jasmine", "Hunter", "Kelsey", "Logan", "Ashley"],
                "last": ["Johnson", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Jackson", "Harris",
                         "Lewis", "Young", "King", "Nguyen", "Hill", "Campbell", "Mitchell", "Carter", "Reyes"]},
    "es": {"country": ["ES", "ES", "MX", "AR"], "currency": "EUR", "ip": [79, 83, 88, 213], "iban_cc": "ES",
           "iban_len": 24, "tld": "es",
           "first": ["Alejandro", "Lucía", "Javier", "Marta", "Sergio", "Paula", "Álvaro", "Carmen", "Iker", "Nerea",
                     "Rubén", "Ainhoa", "Diego", "Rocío", "Óscar", "Elena", "Pablo", "Irene"],
           "last": ["García", "Fernández", "López", "Martín", "Sánchez", "Gómez", "Ruiz", "Jiménez", "Moreno",
                    "Navarro", "Romero", "Torres", "Domínguez", "Vázquez", "Castillo", "Ortega", "Iglesias"]},
    "pt": {"country": ["BR", "BR", "BR", "PT"], "currency": "USD", "ip": [177, 179, 189, 200], "iban_cc": "BR",
           "iban_len": 29, "tld": "com.br",
           "first": ["João", "Ana", "Gabriel", "Beatriz", "Lucas", "Larissa", "Matheus", "Camila", "Rafael",
                     "Juliana", "Thiago", "Fernanda", "Gustavo", "Letícia", "Felipe", "Aline", "Bruno", "Vitória"],
           "last": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento",
                    "Lima", "Araújo", "Carvalho", "Ribeiro", "Gomes", "Barbosa", "Cardoso", "Teixeira"]},
    "fr": {"country": ["FR", "FR", "BE", "CH"], "currency": "EUR", "ip": [78, 82, 90, 176], "iban_cc": "FR",
           "iban_len": 27, "tld": "fr",
           "first": ["Camille", "Louis", "Léa", "Hugo", "Manon", "Théo", "Chloé", "Nathan", "Inès", "Maxime",
                     "Clémence", "Julien", "Élodie", "Quentin", "Margaux", "Antoine", "Pauline", "Bastien"],
           "last": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                    "Moreau", "Lefèvre", "Girard", "Fournier", "Mercier", "Faure", "Chevalier", "Rousseau"]},
    "de": {"country": ["DE", "DE", "AT", "CH"], "currency": "EUR", "ip": [84, 87, 91, 217], "iban_cc": "DE",
           "iban_len": 22, "tld": "de",
           "first": ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Laura", "Tobias", "Julia", "Moritz", "Lena",
                     "Florian", "Katharina", "Niklas", "Sarah", "Sebastian", "Johanna", "Jannik", "Miriam"],
           "last": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
                    "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann"]},
    "ru": {"country": ["RU", "RU", "KZ", "BY"], "currency": "USD", "ip": [5, 46, 95, 178], "iban_cc": "40817",
           "iban_len": 20, "tld": "ru",
           "first": ["Dmitry", "Anastasia", "Alexey", "Ekaterina", "Sergey", "Olga", "Ivan", "Maria", "Nikita",
                     "Daria", "Andrey", "Yulia", "Pavel", "Ksenia", "Artem", "Polina", "Maxim", "Irina"],
           "last": ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Sokolov", "Mikhailov", "Novikov",
                    "Fedorov", "Morozov", "Volkov", "Lebedev", "Kozlov", "Egorov", "Orlov", "Zaitsev"]},
    "uk": {"country": ["UA", "UA", "UA", "PL"], "currency": "USD", "ip": [91, 93, 176, 194], "iban_cc": "UA",
           "iban_len": 29, "tld": "com.ua",
           "first": ["Oleksandr", "Oksana", "Andrii", "Iryna", "Taras", "Nataliia", "Bohdan", "Yuliia", "Mykola",
                     "Solomiia", "Vasyl", "Khrystyna", "Yaroslav", "Halyna", "Dmytro", "Olena", "Ostap", "Mariia"],
           "last": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliinyk", "Melnyk",
                    "Boiko", "Koval", "Polishchuk", "Lysenko", "Marchenko", "Savchuk", "Rudenko", "Hnatiuk"]},
    "ar": {"country": ["EG", "EG", "EG", "JO", "MA"], "currency": "USD", "ip": [41, 156, 197, 102],
           "iban_cc": "EG", "iban_len": 29, "tld": "com.eg",
           "first": ["Ahmed", "Mona", "Mahmoud", "Nour", "Omar", "Yasmin", "Mostafa", "Salma", "Karim", "Heba",
                     "Youssef", "Aya", "Tarek", "Dina", "Hossam", "Rana", "Khaled", "Mariam"],
           "last": ["Hassan", "Mohamed", "Ibrahim", "Abdelrahman", "Mahmoud", "Saeed", "Fathy", "Ali", "Mansour",
                    "Hamdy", "Ezzat", "Shaker", "Farouk", "Kamal", "Nasser", "Ragab", "Soliman"]},
    "vi": {"country": ["VN", "VN", "VN"], "currency": "USD", "ip": [14, 113, 171, 27], "iban_cc": "VCB",
           "iban_len": 16, "tld": "vn",
           "first": ["Minh", "Linh", "Hùng", "Trang", "Tuấn", "Hương", "Đức", "Thảo", "Quang", "Ngọc", "Khánh",
                     "Phương", "Long", "Mai", "Hải", "Vy", "Bảo", "Hà"],
           "last": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
                    "Hồ", "Ngô", "Dương", "Lý"]},
}

AGENCY_NAMES = {
    "en": ["%s Digital Ltd", "%s & Co Studio", "%s Creative"], "en_chat": ["%s Media LLC", "Team %s", "%s Labs"],
    "es": ["Estudio %s", "%s Soluciones Web", "Agencia %s"], "pt": ["%s Digital", "Agência %s", "%s Soluções"],
    "fr": ["Atelier %s", "Studio %s", "%s Conseil"], "de": ["%s Digitalagentur", "Studio %s", "%s Medien GmbH"],
    "ru": ["Студия %s", "%s Digital", "Команда %s"], "uk": ["Студія %s", "%s Dev", "Агенція %s"],
    "ar": ["%s Digital", "استوديو %s", "%s Solutions"], "vi": ["%s Studio", "Công ty %s Media", "%s Tech"],
}
ORG_NAMES = {
    "en": ["%s Home Supplies", "%s Property Group", "%s Kitchens"], "en_chat": ["%s Fitness", "%s Realty",
                                                                              "%s Auto Parts"],
    "es": ["Distribuciones %s", "Clínica %s", "Inmobiliaria %s"], "pt": ["%s Materiais", "Clínica %s",
                                                                        "%s Imóveis"],
    "fr": ["Maison %s", "Cabinet %s", "%s Immobilier"], "de": ["%s Haustechnik", "Praxis %s", "%s Logistik"],
    "ru": ["ООО %s Трейд", "%s Логистика", "Клиника %s"], "uk": ["ТОВ %s", "%s Агро", "%s Буд"],
    "ar": ["شركة %s للتجارة", "%s Group", "%s للمقاولات"], "vi": ["Công ty TNHH %s", "%s Logistics",
                                                                "Nha khoa %s"],
}

ADDRESSES = {
    "en": [("Flat 2, 14 St John’s Road, Leeds LS6 1AB", "Flat 2, 14 St Johns Road, Leeds LS6 1AB"),
           ("7 King’s Walk, Bristol BS1 4QT", "7 Kings Walk, Bristol BS1 4QT")],
    "en_chat": [("Apt 4B, 212 O’Connor Ave, Dayton OH 45402", "Apt 4B, 212 OConnor Ave, Dayton OH 45402"),
                ("1180 D’Arcy Ln, Plano TX 75024", "1180 DArcy Ln, Plano TX 75024")],
    "es": [("Calle de la Peña 7, 3º B, León", "Calle de la Pena 7, 3o B, Leon"),
           ("Avda. de Andalucía 41, 2º izq., Córdoba", "Avda. de Andalucia 41, 2o izq., Cordoba")],
    "pt": [("Rua São João, 215, apto 42, São Paulo - SP", "Rua Sao Joao, 215, apto 42, Sao Paulo - SP"),
           ("Av. Getúlio Vargas, 1300, Juiz de Fora - MG", "Av. Getulio Vargas, 1300, Juiz de Fora - MG")],
    "fr": [("12 rue de l’Église, 69003 Lyon", "12 rue de l'Eglise, 69003 Lyon"),
           ("4 allée des Pêcheurs, 44000 Nantes", "4 allee des Pecheurs, 44000 Nantes")],
    "de": [("Große Straße 17, 20095 Hamburg", "Grosse Strasse 17, 20095 Hamburg"),
           ("Müllerstraße 3a, 80469 München", "Muellerstrasse 3a, 80469 Muenchen")],
    "ru": [("ул. Садовая, д. 14, кв. 38, Казань", "ul. Sadovaya, d. 14, kv. 38, Kazan"),
           ("пр-т Мира, д. 102, кв. 5, Екатеринбург", "pr-t Mira, d. 102, kv. 5, Ekaterinburg")],
    "uk": [("вул. Шевченка, 21, кв. 7, Львів", "vul. Shevchenka, 21, kv. 7, Lviv"),
           ("просп. Гагаріна, 44, кв. 19, Дніпро", "prosp. Haharina, 44, kv. 19, Dnipro")],
    "ar": [("١٢ شارع التحرير، الدقي، الجيزة", "12 Shareh El Tahrir, El Dokki, Giza"),
           ("٣٥ شارع عباس العقاد، مدينة نصر، القاهرة", "35 Abbas El Akkad St, Nasr City, Cairo")],
    "vi": [("Số 18 ngõ 42 Trần Duy Hưng, Cầu Giấy, Hà Nội", "So 18 ngo 42 Tran Duy Hung, Cau Giay, Ha Noi"),
           ("56/3 Nguyễn Thị Minh Khai, Quận 1, TP. Hồ Chí Minh", "56/3 Nguyen Thi Minh Khai, Quan 1, TP. Ho Chi Minh")],
}

TITLES = {
    "en": ["Shopify theme tweaks", "Logo refresh for a bakery", "Bookkeeping clean-up, Q2", "WordPress speed fix",
           "Product photos retouching", "Copy for a landing page", "Excel dashboard for sales"],
    "en_chat": ["fix my squarespace site", "TikTok video edits", "Etsy listing photos", "resume redesign",
                "Discord bot setup", "podcast audio cleanup", "logo for food truck"],
    "es": ["Rediseño de la web de la clínica", "Traducción de un catálogo", "Logotipo para cafetería",
           "Tienda WooCommerce", "Campaña de Google Ads", "Maquetación de revista"],
    "pt": ["Landing page para curso", "Edição de vídeos para Reels", "Identidade visual da loja",
           "Integração com Mercado Pago", "Planilha de estoque", "Revisão de TCC"],
    "fr": ["Refonte du site vitrine", "Traduction de fiches produits", "Montage vidéo YouTube",
           "Charte graphique", "Migration Prestashop", "Rédaction d'articles SEO"],
    "de": ["Relaunch der Firmenwebsite", "Übersetzung AGB", "Produktfotos freistellen", "Buchhaltung März",
           "WordPress-Plugin anpassen", "Flyer für Messe"],
    "ru": ["Доработка лендинга", "Настройка Яндекс Директ", "Логотип для кофейни", "Парсер цен",
           "Перевод презентации", "Монтаж видео для YouTube"],
    "uk": ["Сайт для стоматології", "Дизайн меню для кав'ярні", "Телеграм-бот для замовлень",
           "Налаштування таргету", "Переклад інструкції", "Верстка email-розсилки"],
    "ar": ["تصميم شعار لمطعم", "ترجمة موقع من الإنجليزية", "تطبيق توصيل بفلاتر", "إدارة صفحات السوشيال",
           "Landing page for clinic", "تعديل فيديو إعلاني"],
    "vi": ["Thiết kế logo quán cà phê", "Làm website bán hàng", "Dịch tài liệu kỹ thuật",
           "Chỉnh sửa video TikTok", "Viết bài chuẩn SEO", "Sửa lỗi app Flutter"],
}

COMMENTS = {
    "en": {5: ["Brilliant, would hire again.", "Quick and tidy work."], 4: ["Good job, a bit slow to reply."],
           3: ["It was fine in the end."], 2: ["Missed the deadline twice."], 1: ["Not what we agreed."]},
    "en_chat": {5: ["awesome, super fast!!", "10/10 would hire again"], 4: ["pretty good overall"],
                3: ["ok i guess"], 2: ["kinda disappointed tbh"], 1: ["nope. avoid"]},
    "es": {5: ["Todo perfecto, muy profesional.", "Repetiría sin dudarlo."], 4: ["Buen trabajo, algo lento."],
           3: ["Correcto, sin más."], 2: ["Llegó tarde y con fallos."], 1: ["No cumplió lo acordado."]},
    "pt": {5: ["Excelente, recomendo!", "Muito atencioso, entregou antes do prazo."], 4: ["Bom trabalho."],
           3: ["Ok, poderia ser melhor."], 2: ["Atrasou bastante."], 1: ["Não entregou o combinado."]},
    "fr": {5: ["Travail impeccable, merci !", "Très réactif, je recommande."], 4: ["Bon travail, un peu de retard."],
           3: ["Correct sans plus."], 2: ["Plusieurs erreurs à corriger."], 1: ["Ne respecte pas ses engagements."]},
    "de": {5: ["Top Arbeit, gerne wieder.", "Schnell und zuverlässig."], 4: ["Gute Arbeit, kleine Verzögerung."],
           3: ["Ganz okay."], 2: ["Termin nicht eingehalten."], 1: ["Leider gar nicht wie besprochen."]},
    "ru": {5: ["Всё отлично, рекомендую!", "Быстро и аккуратно."], 4: ["Хорошо, но были задержки."],
           3: ["Нормально."], 2: ["Сорвал сроки."], 1: ["Работа не выполнена."]},
    "uk": {5: ["Все супер, дякую!", "Рекомендую, дуже швидко."], 4: ["Добре, трохи затягнули."],
           3: ["Непогано."], 2: ["Багато правок довелося робити."], 1: ["Не виконав домовленості."]},
    "ar": {5: ["شغل ممتاز وسريع، أنصح به", "محترف جدا، شكرا"], 4: ["شغل كويس بس اتأخر شوية"],
           3: ["مقبول"], 2: ["تأخير كبير في التسليم"], 1: ["لم يلتزم بالاتفاق"]},
    "vi": {5: ["Làm rất tốt, sẽ hợp tác tiếp!", "Nhanh, chuyên nghiệp."], 4: ["Tốt, hơi chậm một chút."],
           3: ["Tạm được."], 2: ["Trễ hạn nhiều lần."], 1: ["Không đúng như thỏa thuận."]},
}

CHATTER = {
    "en": {"client": ["Morning! Any chance of a draft by Thursday?", "Got the files, cheers. Will look tonight.",
                      "Can we move the call to 3pm?", "Looks good, just the footer colour is off."],
           "freelancer": ["Yes, Thursday should be fine.", "Uploaded v2 to the shared folder.",
                          "Quick question, do you have the logo as SVG?", "Sorted, have a look when you can."]},
    "en_chat": {"client": ["hey hows it going", "ok sent u the login", "can u make the text bigger on mobile",
                           "lol that looks way better"],
                "freelancer": ["on it!", "done, refresh the page", "gimme like 20 min", "np, anything else?"]},
    "es": {"client": ["Buenas, ¿cómo lo llevas?", "Te paso los textos esta tarde.", "¿Podemos hablar mañana a las 10?",
                      "Me gusta mucho, solo cambiaría el color del botón."],
           "freelancer": ["Vale, sin problema.", "Subido el borrador a la carpeta.", "¿Tienes el logo en vectorial?",
                          "Listo, échale un ojo cuando puedas."]},
    "pt": {"client": ["Oi, tudo bem? Como está indo?", "Te mandei as fotos no drive.", "Consegue ajustar o menu no celular?",
                      "Ficou ótimo, só o rodapé que não gostei."],
           "freelancer": ["Tudo certo, já estou finalizando.", "Subi a versão nova.", "Me passa o acesso do painel?",
                          "Pronto, dá uma olhada."]},
    "fr": {"client": ["Bonjour, où en est-on ?", "Je vous envoie les textes ce soir.", "On peut s'appeler demain ?",
                      "C'est bien, juste le bandeau à revoir."],
           "freelancer": ["C'est en cours, je vous montre demain.", "J'ai mis la v2 sur le Drive.",
                          "Vous avez le logo en SVG ?", "C'est corrigé."]},
    "de": {"client": ["Hallo, wie sieht es aus?", "Die Texte kommen heute Abend.", "Können wir morgen kurz telefonieren?",
                      "Gefällt mir, nur die Schrift ist zu klein."],
           "freelancer": ["Bin dran, morgen gibt es einen Entwurf.", "Neue Version liegt im Ordner.",
                          "Haben Sie das Logo als SVG?", "Erledigt, schauen Sie mal."]},
    "ru": {"client": ["Добрый день, как продвигается?", "Скинул тексты в почту.", "Можно созвониться завтра в 11?",
                      "Нравится, только шрифт мелковат."],
           "freelancer": ["Всё идёт по плану.", "Залил новую версию.", "А логотип в векторе есть?", "Готово, посмотрите."]},
    "uk": {"client": ["Привіт, як там справи?", "Надіслала тексти на пошту.", "Зможемо завтра зідзвонитися?",
                      "Супер, тільки кнопку зробіть яскравішою."],
           "freelancer": ["Все за планом.", "Оновив макет, гляньте.", "А є логотип у векторі?", "Готово, перевірте."]},
    "ar": {"client": ["صباح الخير، إيه الأخبار؟", "بعتلك الصور على الدرايف", "ممكن نتكلم بكرة الساعة ١١؟",
                      "حلو جدا بس غير لون الزرار"],
           "freelancer": ["تمام، شغال عليه", "رفعت النسخة الجديدة", "ممكن اللوجو بصيغة SVG؟", "خلصت، شوف كده"]},
    "vi": {"client": ["Chào em, việc tới đâu rồi?", "Anh gửi ảnh qua drive rồi nhé.", "Mai mình gọi lúc 10h được không?",
                      "Đẹp đấy, chỉ cần đổi màu nút thôi."],
           "freelancer": ["Dạ em đang làm ạ.", "Em up bản mới rồi ạ.", "Anh có logo file vector không ạ?",
                          "Xong rồi anh xem thử nhé."]},
}

ASK = {
    "en": ["Sorry, what do you mean?", "Meaning what exactly?"], "en_chat": ["wait what", "huh?"],
    "es": ["¿Cómo que?", "¿A qué te refieres?"], "pt": ["Como assim?", "Oi? Não entendi"],
    "fr": ["Pardon ?", "C'est-à-dire ?"], "de": ["Wie meinen Sie das?", "Hä? Was genau?"],
    "ru": ["В смысле?", "Это как?"], "uk": ["Тобто?", "Не зрозуміла, це як?"],
    "ar": ["يعني إيه؟", "مش فاهم قصدك"], "vi": ["Ý anh là sao?", "Là sao ạ?"],
}

REPLIES = {
    "en": {"complied": ["Fine. Done.", "OK, that's sorted."],
           "refused": ["No, I'm not doing that.", "Absolutely not."],
           "reported": ["I've sent this whole chat to the platform's support team.", "Reported to Trust & Safety."]},
    "en_chat": {"complied": ["ok fine. done", "whatever, did it"], "refused": ["nah im good", "lol no"],
                "reported": ["reported this to support fyi", "screenshotted + reported"]},
    "es": {"complied": ["Vale, hecho.", "Está bien, ya lo he hecho."], "refused": ["No, eso no lo hago.", "Ni hablar."],
           "reported": ["He reportado esta conversación a soporte.", "Lo he denunciado a la plataforma."]},
    "pt": {"complied": ["Ok, feito.", "Tá bom, já fiz."], "refused": ["Não, isso eu não faço.", "De jeito nenhum."],
           "reported": ["Denunciei essa conversa pro suporte.", "Já reportei pra plataforma."]},
    "fr": {"complied": ["D'accord, c'est fait.", "Bon, ok, c'est fait."], "refused": ["Non, je ne ferai pas ça.",
                                                                                    "Hors de question."],
           "reported": ["J'ai signalé cette conversation au support.", "Signalé à la plateforme."]},
    "de": {"complied": ["Na gut, erledigt.", "Okay, ist gemacht."], "refused": ["Nein, das mache ich nicht.",
                                                                              "Auf keinen Fall."],
           "reported": ["Ich habe den Verlauf an den Support gemeldet.", "Gemeldet."]},
    "ru": {"complied": ["Ладно, сделал.", "Хорошо, готово."], "refused": ["Нет, так не пойдёт.", "Нет."],
           "reported": ["Я отправил эту переписку в поддержку.", "Пожаловался в поддержку."]},
    "uk": {"complied": ["Добре, зроблено.", "Гаразд, вже."], "refused": ["Ні, я так не працюю.", "Ні, дякую."],
           "reported": ["Я переслала це листування в підтримку.", "Поскаржився в службу підтримки."]},
    "ar": {"complied": ["ماشي، عملت كده", "تمام، خلاص"], "refused": ["لا، مش هعمل كده", "لأ طبعا"],
           "reported": ["بلغت الدعم الفني بالمحادثة دي", "عملت ريبورت للمنصة"]},
    "vi": {"complied": ["Thôi được, xong rồi.", "Ok, em làm rồi."], "refused": ["Không, tôi không làm vậy đâu.",
                                                                             "Không được."],
           "reported": ["Tôi đã báo cáo đoạn chat này cho bộ phận hỗ trợ.", "Đã report lên sàn."]},
}

# ---- schemes ---------------------------------------------------------------------------------------------------
THEMES = {
    "paid_feedback": {
        "course_access": {"initiator": "freelancer", "mode": "explicit"},
        "seo_backlink": {"initiator": "freelancer", "mode": "veiled"},
        "linkedin_endorsement": {"initiator": "freelancer", "mode": "explicit"},
        "license_key": {"initiator": "freelancer", "mode": "explicit"},
        "loyalty_points": {"initiator": "freelancer", "mode": "explicit"},
        "cv_makeover": {"initiator": "freelancer", "mode": "veiled"},
        "rater_asks_app_reviews": {"initiator": "client", "mode": "explicit"},
    },
    "feedback_extortion": {
        "dmca_takedown": {"initiator": "freelancer", "mode": "explicit"},
        "data_protection_complaint": {"initiator": "client", "mode": "explicit", "money": True},
        "ai_accusation": {"initiator": "client", "mode": "explicit", "money": True},
        "signup_flood": {"initiator": "client", "mode": "veiled"},
        "negative_seo": {"initiator": "freelancer", "mode": "veiled"},
        "forged_screenshots": {"initiator": "client", "mode": "explicit", "money": True},
        "bank_fraud_flag": {"initiator": "client", "mode": "explicit", "money": True},
    },
}

PAID = {
    "en": {
        "course_access": "By the way, I run a little online course on Figma for small business owners, normally £89. "
                         "|| If you're happy to leave me 5 stars on here I'll send you a free lifetime login, no catch.",
        "seo_backlink": "I keep a 'clients I love' page on my blog, decent authority, DR 55 or so. A link from it does "
                        "wonders for your Google ranking. || Funnily enough it's mostly people who left me a glowing "
                        "review 😉",
        "linkedin_endorsement": "Fancy a swap? You leave me a 5* review on here and I'll write you a proper LinkedIn "
                                "recommendation and endorse you for everything on your profile.",
        "license_key": "I've got a spare Adobe CC seat on my team plan for the rest of the year. Yours for a five "
                       "star review, just tell me which email to add.",
        "loyalty_points": "Random one, but I've got loads of Avios I'll never use. Leave me 5 stars and I'll "
                          "transfer you 20k, that's a return to Barcelona.",
        "cv_makeover": "I also do CVs on the side, usually £60. For clients who leave the sort of feedback that "
                       "helps me land the next job I tend to do it for nothing, if you catch my drift.",
        "rater_asks_app_reviews": "Before I leave feedback, a favour: our app went live on Google Play last week. || "
                                  "If you and a couple of mates give it 5-star reviews, I'll give you 5 stars here. Deal?",
    },
    "en_chat": {
        "course_access": "yo so i have a paid course on reels editing ($49) || leave me 5⭐ on here and ill send u "
                         "free access, lifetime",
        "seo_backlink": "btw my blog gets like 40k visits a month n i link my fav clients 👀 || the ones who leave "
                        "nice reviews usually end up on there lol",
        "linkedin_endorsement": "deal?? u give me 5 stars here, i write u a linkedin rec + endorse all ur skills. "
                                "win win",
        "license_key": "i have an extra jetbrains licence key just sitting around, its urs if u drop a 5* reveiw",
        "loyalty_points": "i got like 30k southwest points about to expire lol. 5 star review and theyre yours, i "
                          "can transfer em",
        "cv_makeover": "also i do resumes, normally $75. for ppl who leave the right kinda review its on the "
                       "house 😉",
        "rater_asks_app_reviews": "ok before i rate u can u do me a solid. our app is on the app store now || if u "
                                  "rate it 5 stars from like 3 accounts ill give u 5⭐ here",
    },
    "es": {
        "course_access": "Oye, tengo un curso de Canva para emprendedores que vendo a 79€. || Si me dejas 5 estrellas "
                         "aquí te doy acceso gratis de por vida.",
        "seo_backlink": "Tengo un blog de diseño con bastante autoridad y a veces enlazo a clientes, para el SEO es "
                        "oro. || Los que dejan buenas valoraciones suelen salir ahí, ya sabes cómo va esto 😉",
        "linkedin_endorsement": "Te propongo algo: tú me pones 5 estrellas y yo te escribo una recomendación en "
                                "LinkedIn y te valido todas las aptitudes.",
        "license_key": "Me sobra una licencia de Office 365 de un año, te la paso a cambio de una valoracion de 5*.",
        "loyalty_points": "Tengo un montón de puntos de Iberia Plus que no voy a usar. Si me dejas 5 estrellas te "
                          "paso 15.000 Avios.",
        "cv_makeover": "También hago currículums, normalmente a 50€. A quien me deja una reseña que me ayude a "
                       "conseguir más trabajo se lo hago gratis, tú ya me entiendes.",
        "rater_asks_app_reviews": "Antes de valorarte, un favor: hemos sacado la app en Google Play. || Si le pones 5 "
                                  "estrellas desde tu cuenta y la de un par de amigos, yo te dejo 5 aquí.",
    },
    "pt": {
        "course_access": "Ah, eu tenho um curso de edição no CapCut que vendo por R$ 197. || Se você me der 5 "
                         "estrelas aqui eu libero o acesso vitalício pra você de graça.",
        "seo_backlink": "Tenho um blog com bastante acesso e de vez em quando coloco link pros clientes, ajuda muito "
                        "no Google. || Quem deixa uma avaliação caprichada costuma aparecer lá, né 😉",
        "linkedin_endorsement": "Fechado assim: você me avalia com 5 estrelas e eu escrevo uma recomendação no seu "
                                "LinkedIn e valido suas competências.",
        "license_key": "Tenho uma licença do Windows 11 Pro sobrando, te passo a chave se vc deixar 5* pra mim",
        "loyalty_points": "Tô com uns 20 mil pontos Livelo parados. Se você deixar avaliação 5 estrelas eu "
                          "transfiro tudo pra sua conta.",
        "cv_makeover": "Também faço currículo, cobro R$ 120. Pra quem deixa aquele tipo de avaliação que me ajuda, "
                       "eu faço de graça, se é que você me entende.",
        "rater_asks_app_reviews": "Antes de te avaliar, uma ajudinha: nosso app saiu na Play Store. || Se você e uns "
                                  "amigos derem 5 estrelas lá, eu te dou 5 aqui, combinado?",
    },
    "fr": {
        "course_access": "Au fait, j'ai une formation en ligne sur Notion pour indépendants, vendue 99 €. || Si "
                         "vous me laissez 5 étoiles ici, je vous offre l'accès à vie.",
        "seo_backlink": "J'ai un blog plutôt bien référencé et j'y mets parfois des liens vers mes clients, c'est "
                        "excellent pour le SEO. || Ceux qui laissent un bel avis ont tendance à y figurer 😉",
        "linkedin_endorsement": "Je vous propose un échange : vous me mettez 5 étoiles et je vous écris une "
                                "recommandation LinkedIn, et je valide toutes vos compétences.",
        "license_key": "J'ai une licence Acrobat Pro en trop, je vous la donne contre une evaluation 5*.",
        "loyalty_points": "J'ai plein de miles Flying Blue qui dorment. Mettez-moi 5 étoiles et je vous en "
                          "transfère 15 000.",
        "cv_makeover": "Je fais aussi des CV, d'habitude 60 €. Pour les clients qui laissent le genre d'avis qui "
                       "m'aide, c'est offert, vous voyez ce que je veux dire.",
        "rater_asks_app_reviews": "Avant de vous noter, un petit service : notre appli vient de sortir sur l'App "
                                  "Store. || Si vous lui mettez 5 étoiles, vous et deux ou trois amis, je vous mets 5 ici.",
    },
    "de": {
        "course_access": "Übrigens, ich habe einen Onlinekurs zu Excel-Automatisierung, kostet sonst 129 €. || Für "
                         "5 Sterne hier schalte ich Ihnen den Zugang dauerhaft frei.",
        "seo_backlink": "Ich betreibe einen Blog mit ordentlich Reichweite und verlinke dort ab und zu Kunden, das "
                        "bringt bei Google einiges. || Wer eine richtig gute Bewertung schreibt, landet meistens "
                        "da drauf 😉",
        "linkedin_endorsement": "Deal? Sie geben mir 5 Sterne, ich schreibe Ihnen eine Empfehlung auf LinkedIn und "
                                "bestätige Ihre Kenntnisse.",
        "license_key": "Ich hab noch einen übrigen Lizenzschlüssel für Affinity Designer. Gehört Ihnen, wenn Sie "
                       "mir 5* geben.",
        "loyalty_points": "Ich habe noch 25.000 Miles & More Meilen rumliegen. Für eine 5-Sterne-Bewertung "
                          "übertrage ich sie Ihnen.",
        "cv_makeover": "Ich mache nebenbei auch Lebensläufe, normalerweise 80 €. Für Kunden, die mir eine Bewertung "
                       "schreiben, die mir weiterhilft, mache ich das umsonst, Sie verstehen schon.",
        "rater_asks_app_reviews": "Bevor ich bewerte, eine Bitte: unsere App ist jetzt im Play Store. || Wenn Sie "
                                  "und ein paar Freunde ihr 5 Sterne geben, bekommen Sie von mir hier auch 5.",
    },
    "ru": {
        "course_access": "Кстати, у меня есть курс по Figma для начинающих, стоит 4900 ₽. || Если поставите мне "
                         "5 звёзд здесь, дам доступ бесплатно навсегда.",
        "seo_backlink": "У меня блог с неплохой посещаемостью, иногда ставлю там ссылки на клиентов, для SEO "
                        "очень полезно. || Обычно туда попадают те, кто оставил хороший отзыв 😉",
        "linkedin_endorsement": "Давайте так: вы мне 5 звезд, а я вам пишу рекомендацию в LinkedIn и подтверждаю "
                                "все навыки.",
        "license_key": "Есть лишний ключ на Касперского на год, отдам за отзыв на 5*",
        "loyalty_points": "У меня скопилось 30 тысяч миль Аэрофлот Бонус, всё равно сгорят. Поставите 5 звезд — "
                          "переведу вам.",
        "cv_makeover": "Я еще резюме делаю, обычно за 3000 ₽. Тем, кто оставляет правильный отзыв, делаю "
                       "бесплатно, ну вы поняли.",
        "rater_asks_app_reviews": "Прежде чем оценить, просьба: наше приложение вышло в RuStore. || Если вы и пара "
                                  "знакомых поставите ему пятерки, я вам тут тоже 5.",
    },
    "uk": {
        "course_access": "До речі, в мене є курс з таргетованої реклами, коштує 2500 грн. || Якщо залишите мені "
                         "5 зірок тут, дам безкоштовний доступ назавжди.",
        "seo_backlink": "Я веду блог з непоганою відвідуваністю і іноді ставлю там посилання на клієнтів, для SEO "
                        "це золото. || Туди зазвичай потрапляють ті, хто пише гарний відгук 😉",
        "linkedin_endorsement": "Пропоную обмін: ви мені 5 зірок, а я вам рекомендацію в LinkedIn і підтверджу "
                                "всі навички.",
        "license_key": "Маю зайвий ключ ліцензії ESET на рік, віддам за відгук на 5*",
        "loyalty_points": "Маю 25 тисяч миль Miles&Smiles, все одно згорять. Поставите 5 зірок — перекину вам.",
        "cv_makeover": "Я ще роблю резюме, зазвичай за 800 грн. Тим, хто залишає правильний відгук, роблю "
                       "безкоштовно, ну ви розумієте.",
        "rater_asks_app_reviews": "Поки не поставив оцінку, маю прохання: наш застосунок вийшов у Google Play. || "
                                  "Поставте йому 5 зірок з кількох акаунтів, і я вам тут теж 5.",
    },
    "ar": {
        "course_access": "على فكرة عندي كورس أونلاين في المونتاج سعره ١٥٠٠ جنيه. || لو سبتلي تقييم ٥ نجوم هنا "
                         "هديلك الاشتراك مجانا مدى الحياة.",
        "seo_backlink": "عندي مدونة زياراتها عالية وساعات بحط فيها لينكات لمواقع العملاء، بتفرق جدا في جوجل. || "
                        "واللي بيسيبوا تقييم حلو غالبا بيظهروا هناك 😉",
        "linkedin_endorsement": "إيه رأيك نتبادل: تديني ٥ نجوم هنا، وأنا أكتبلك توصية على لينكدإن وأأكد كل مهاراتك.",
        "license_key": "معايا مفتاح ترخيص ويندوز زيادة، بتاعك لو سبت تقييم 5*",
        "loyalty_points": "عندي أميال كتير على EGYPTAIR Plus مش هستخدمها. ٥ نجوم وأحولهالك كلها.",
        "cv_makeover": "أنا كمان بعمل CV، عادة بـ ٤٠٠ جنيه. للعملاء اللي بيسيبوا تقييم يفيدني ببقى ببلاش، "
                       "فاهمني طبعا.",
        "rater_asks_app_reviews": "قبل ما أقيمك عندي طلب صغير: التطبيق بتاعنا نزل على جوجل بلاي. || لو إنت وكام "
                                  "صاحب قيمتوه ٥ نجوم هناك، هديك ٥ هنا.",
    },
    "vi": {
        "course_access": "À mà em có khóa học Excel online bán 599k. || Nếu anh để lại đánh giá 5 sao ở đây em tặng "
                         "anh tài khoản học trọn đời luôn ạ.",
        "seo_backlink": "Em có blog khá nhiều lượt xem, thỉnh thoảng em đặt link về web khách, lên top Google "
                        "nhanh lắm. || Khách nào để lại review đẹp thì thường được lên đó ạ 😉",
        "linkedin_endorsement": "Hay mình trao đổi nhé: anh cho em 5 sao, em viết recommendation trên LinkedIn và "
                                "xác nhận kỹ năng cho anh.",
        "license_key": "Em còn dư 1 key bản quyền Windows, anh đánh giá 5* là em gửi luôn ạ",
        "loyalty_points": "Em có hơn 20 nghìn dặm Bông Sen Vàng không dùng tới. Anh cho 5 sao em chuyển hết cho anh.",
        "cv_makeover": "Em cũng nhận làm CV, bình thường 300k. Khách nào để lại đánh giá giúp em có thêm việc thì "
                       "em làm free, anh hiểu ý em mà.",
        "rater_asks_app_reviews": "Trước khi chấm điểm, anh nhờ em chút: app bên anh mới lên Google Play. || Em với "
                                  "vài đứa bạn vote 5 sao cho app thì anh cho em 5 sao ở đây nhé.",
    },
}

EXTORT = {
    "en": {
        "dmca_takedown": "Just so you know, I never signed the rights over, the illustrations are still legally mine. "
                         "|| Leave me 5 stars when you close this, or I file a DMCA takedown with your host and the "
                         "whole site goes offline.",
        "data_protection_complaint": "You had our full customer list on your laptop for this job. || Refund half the "
                                     "fee or I report you to the ICO for mishandling personal data. Your call.",
        "ai_accusation": "Ran your articles through an AI checker: 90% ChatGPT. Give me £200 back or I tell the "
                         "platform and every client on your profile you flog AI text. And you get 1*.",
        "signup_flood": "Funny how easy it is to sign someone's email and phone up to a few thousand newsletters "
                        "overnight. || Anyway. I'd like the two extra pages done free. Nice quiet inbox for you, "
                        "let's keep it that way.",
        "negative_seo": "Sites can vanish from Google very fast when a few thousand dodgy links start pointing at "
                        "them. Seen it happen. || Would be a pity for a shop like yours. A five star review keeps "
                        "everything calm.",
        "forged_screenshots": "I've got Photoshop and I know how you type. I can make screenshots of you swearing at "
                              "me and send them to support. || Refund £150 and none of that happens.",
        "bank_fraud_flag": "I'll tell my bank this payment was fraud and hand them your payout details, they'll "
                           "freeze your account for weeks. || Send back 50% and I'll drop it.",
    },
    "en_chat": {
        "dmca_takedown": "fyi u never bought the copyright, the art is still mine lol || 5 stars when u close this or "
                         "i send a dmca to ur hosting and ur site goes down",
        "data_protection_complaint": "u had all our customer emails on ur laptop right. refund half or im filing a "
                                     "privacy complaint w the FTC + state AG. up to u",
        "ai_accusation": "ran ur captions thru an ai detector, 87% chatgpt 🙄 || $150 back or i tell the platform + "
                         "post it everywhere that u sell ai garbage. and ur getting 1 star",
        "signup_flood": "be a shame if ur email n phone got signed up for like 5000 newsletters overnite lol || "
                        "anyway i need the extra edits free. just sayin",
        "negative_seo": "crazy how fast a site can tank on google when a bunch of spammy links point at it 👀 || "
                        "anyways a 5⭐ review would be cool",
        "forged_screenshots": "i can make screenshots of u cussing me out, super easy, and send em to support || "
                              "$100 back and they never exist",
        "bank_fraud_flag": "im gonna tell my bank this was a fraud charge n give them ur payout info, they freeze u "
                           "for weeks || or u send back half. ur choice",
    },
    "es": {
        "dmca_takedown": "Que sepas que nunca te cedí los derechos, las ilustraciones siguen siendo mías. || O me "
                         "dejas 5 estrellas al cerrar o mando un aviso DMCA a tu hosting y te tumban la web.",
        "data_protection_complaint": "Tuviste toda nuestra base de clientes en tu portátil. || Devuélveme la mitad o "
                                     "te denuncio ante la AEPD por tratar datos personales sin garantías.",
        "ai_accusation": "He pasado tus textos por un detector de IA y sale un 90% ChatGPT. O me devuelves 200€ o "
                         "se lo cuento a la plataforma y a todos tus clientes. Y un 1* de regalo.",
        "signup_flood": "Es curioso lo fácil que es apuntar un correo y un móvil a miles de newsletters en una "
                        "noche. || En fin. Las dos páginas extra me las haces gratis y tan tranquilos.",
        "negative_seo": "Una web puede desaparecer de Google muy rápido cuando le apuntan miles de enlaces basura, "
                        "lo he visto. || Sería una pena para una tienda como la tuya. Con 5 estrellas todo en "
                        "calma.",
        "forged_screenshots": "Sé usar Photoshop y conozco tu forma de escribir. Puedo hacer capturas tuyas "
                              "insultándome y mandarlas a soporte. || Devuélveme 150€ y aquí no ha pasado nada.",
        "bank_fraud_flag": "Voy a decirle a mi banco que el cargo fue un fraude y darles tu cuenta, te la bloquean "
                           "semanas. || Devuelveme el 50% y lo dejo estar.",
    },
    "pt": {
        "dmca_takedown": "Só pra constar: eu nunca cedi os direitos autorais, as ilustrações continuam minhas. || Ou "
                         "você me dá 5 estrelas quando encerrar, ou eu mando uma notificação DMCA pra sua hospedagem "
                         "e derrubo o site.",
        "data_protection_complaint": "Você ficou com a planilha de clientes inteira no seu notebook. || Me devolve "
                                     "metade ou eu faço denúncia na ANPD por vazamento de dados, com base na LGPD.",
        "ai_accusation": "Passei seus textos num detector de IA, deu 90% ChatGPT. Me devolve R$ 800 ou eu conto pra "
                         "plataforma e pra todos os seus clientes. E ainda leva 1 estrela.",
        "signup_flood": "Engraçado como é fácil cadastrar um e-mail e um celular em milhares de newsletters numa "
                        "noite só. || Enfim. As duas telas extras você faz de graça e fica tudo tranquilo.",
        "negative_seo": "Site cai no Google rapidinho quando um monte de link lixo começa a apontar pra ele, já vi "
                        "acontecer. || Seria uma pena pra uma loja como a sua. Umas 5 estrelas e fica tudo em paz.",
        "forged_screenshots": "Eu mexo bem no Photoshop e sei como você escreve. Consigo fazer print de você me "
                              "xingando e mandar pro suporte. || Me devolve R$ 600 e isso nunca existiu.",
        "bank_fraud_flag": "Vou falar pro meu banco que foi fraude e passar os dados da sua conta, bloqueiam tudo "
                           "por semanas. || Devolve 50% e eu esqueço isso.",
    },
    "fr": {
        "dmca_takedown": "Pour info, je ne vous ai jamais cédé les droits, les illustrations sont toujours à moi. || "
                         "Soit vous me mettez 5 étoiles en clôturant, soit j'envoie une notification DMCA à votre "
                         "hébergeur et le site saute.",
        "data_protection_complaint": "Vous aviez tout notre fichier clients sur votre ordinateur. || Remboursez la "
                                     "moitié ou je dépose une plainte à la CNIL pour manquement au RGPD.",
        "ai_accusation": "J'ai passé vos articles dans un détecteur d'IA : 90 % ChatGPT. Vous me rendez 200 € ou "
                         "je préviens la plateforme et tous vos clients. Et c'est 1* en prime.",
        "signup_flood": "C'est fou comme c'est facile d'inscrire une adresse mail et un numéro à des milliers de "
                        "newsletters en une nuit. || Bref. Les deux pages en plus, vous me les faites gratuitement "
                        "et tout restera calme.",
        "negative_seo": "Un site peut disparaître de Google très vite quand des milliers de liens pourris pointent "
                        "vers lui, je l'ai déjà vu. || Ce serait dommage pour une boutique comme la vôtre. 5 étoiles "
                        "et tout reste tranquille.",
        "forged_screenshots": "Je maîtrise Photoshop et je connais votre façon d'écrire. Je peux fabriquer des "
                              "captures où vous m'insultez et les envoyer au support. || Rendez-moi 150 € et rien de "
                              "tout ça n'existera.",
        "bank_fraud_flag": "Je vais dire à ma banque que ce paiement est une fraude et leur donner vos coordonnées, "
                           "votre compte sera gelé des semaines. || Remboursez 50 % et j'en reste là.",
    },
    "de": {
        "dmca_takedown": "Nur zur Info: Die Nutzungsrechte habe ich nie übertragen, die Illustrationen gehören "
                         "weiterhin mir. || Entweder 5 Sterne beim Abschluss, oder ich schicke eine DMCA-Meldung an "
                         "Ihren Hoster und die Seite ist offline.",
        "data_protection_complaint": "Sie hatten unsere komplette Kundenliste auf Ihrem Laptop. || Erstatten Sie die "
                                     "Hälfte, sonst gibt es eine Beschwerde bei der Datenschutzbehörde wegen DSGVO.",
        "ai_accusation": "Ich hab Ihre Texte durch einen KI-Detektor gejagt: 90 % ChatGPT. 200 € zurück, oder ich "
                         "sage es der Plattform und allen Ihren Kunden. Plus 1 Stern.",
        "signup_flood": "Komisch, wie leicht man eine Mailadresse und Handynummer über Nacht bei ein paar tausend "
                        "Newslettern anmelden kann. || Egal. Die zwei Zusatzseiten machen Sie umsonst, dann bleibt "
                        "Ihr Postfach schön ruhig.",
        "negative_seo": "Eine Seite kann bei Google ganz schnell abstürzen, wenn tausende Spam-Links auf sie zeigen, "
                        "hab ich schon erlebt. || Wäre schade um so einen Shop. Mit 5 Sternen bleibt alles entspannt.",
        "forged_screenshots": "Ich kann Photoshop und kenne Ihren Schreibstil. Screenshots, in denen Sie mich "
                              "beleidigen, sind schnell gebaut und beim Support. || 150 € zurück und die gibt es nie.",
        "bank_fraud_flag": "Ich melde die Zahlung meiner Bank als Betrug und gebe Ihre Kontodaten weiter, dann ist "
                           "Ihr Konto wochenlang gesperrt. || Überweisen Sie 50 % zurück und ich lasse es.",
    },
    "ru": {
        "dmca_takedown": "Для справки: права на иллюстрации я вам не передавал, они по-прежнему мои. || Либо ставите "
                         "5 звезд при закрытии, либо я отправляю DMCA-жалобу вашему хостингу и сайт блокируют.",
        "data_protection_complaint": "У вас на ноутбуке была вся наша база клиентов. || Верните половину, иначе "
                                     "пишу жалобу в Роскомнадзор за нарушение закона о персональных данных.",
        "ai_accusation": "Прогнал ваши тексты через детектор ИИ: 90% ChatGPT. Верните 15 000 ₽ или я расскажу "
                         "площадке и всем вашим заказчикам. И единица в придачу.",
        "signup_flood": "Забавно, как легко за одну ночь подписать чужую почту и номер на несколько тысяч "
                        "рассылок. || Ну да ладно. Две доп страницы сделаете бесплатно, и у вас всё будет тихо.",
        "negative_seo": "Сайты очень быстро вылетают из выдачи, когда на них начинают ссылаться тысячи мусорных "
                        "ссылок. Видел такое. || Жалко было бы ваш магазин. Пять звезд — и всё спокойно.",
        "forged_screenshots": "Я умею в фотошоп и знаю, как вы пишете. Сделаю скрины, где вы меня материте, и "
                              "отправлю в поддержку. || Верните 10 тыс и ничего этого не будет.",
        "bank_fraud_flag": "Заявлю в банк, что платеж мошеннический, и передам ваши реквизиты, счет заморозят на "
                           "недели. || Верните 50% и я отстану.",
    },
    "uk": {
        "dmca_takedown": "Щоб ви знали: права на ілюстрації я вам не передавала, вони досі мої. || Або ставите 5 "
                         "зірок при закритті, або я надсилаю DMCA-скаргу вашому хостингу і сайт ляже.",
        "data_protection_complaint": "У вас на ноутбуці була вся наша база клієнтів. || Поверніть половину, інакше "
                                     "пишу скаргу омбудсману щодо захисту персональних даних.",
        "ai_accusation": "Перевірив ваші тексти детектором ШІ: 90% ChatGPT. Поверніть 5000 грн або я розкажу "
                         "платформі і всім вашим клієнтам. І одиничка на додачу.",
        "signup_flood": "Цікаво, як легко за одну ніч підписати чужу пошту й номер на кілька тисяч розсилок. || "
                        "Ну та нічого. Дві додаткові сторінки зробите безкоштовно, і у вас буде тихо.",
        "negative_seo": "Сайти дуже швидко зникають з гугла, коли на них ведуть тисячі смітних посилань. Бачив "
                        "таке. || Шкода було б ваш магазин. П'ять зірок — і все спокійно.",
        "forged_screenshots": "Я вмію у фотошоп і знаю, як ви пишете. Зроблю скріни, де ви мене ображаєте, і "
                              "відправлю в підтримку. || Поверніть 4000 грн і нічого цього не буде.",
        "bank_fraud_flag": "Скажу банку, що платіж шахрайський, і дам ваші реквізити, рахунок заблокують на тижні. "
                           "|| Поверніть 50% і я відчеплюсь.",
    },
    "ar": {
        "dmca_takedown": "للعلم أنا عمري ما تنازلت عن حقوق الرسومات، لسه ملكي قانونيا. || يا تسيبلي ٥ نجوم وإنت "
                         "بتقفل العقد، يا إما أبعت DMCA للاستضافة بتاعتك والموقع يقع.",
        "data_protection_complaint": "كانت عندك قاعدة بيانات العملاء كلها على اللابتوب. || رجعلي نص المبلغ وإلا "
                                     "هقدم شكوى لمركز حماية البيانات الشخصية.",
        "ai_accusation": "دخلت المقالات على كاشف ذكاء اصطناعي طلعت ٩٠٪ شات جي بي تي. رجعلي ١٥٠ دولار وإلا هقول "
                         "للمنصة ولكل عملائك. وكمان نجمة واحدة.",
        "signup_flood": "غريبة قد إيه سهل حد يشترك بإيميلك ورقمك في آلاف النشرات في ليلة واحدة. || المهم، الصفحتين "
                        "الزيادة تعملهم ببلاش وتفضل الدنيا هادية.",
        "negative_seo": "المواقع بتقع من جوجل بسرعة لما آلاف اللينكات الزبالة تشاور عليها، شفت ده بعيني. || "
                        "هيبقى خسارة لمتجر زي بتاعك. ٥ نجوم وكل حاجة تفضل هادية.",
        "forged_screenshots": "أنا شاطر في الفوتوشوب وعارف إنت بتكتب إزاي. أقدر أعمل سكرينات إنك بتشتمني وأبعتها "
                              "للدعم. || رجعلي ١٠٠ دولار ومفيش حاجة من دي هتحصل.",
        "bank_fraud_flag": "هقول للبنك إن الدفعة دي نصب وأديهم بيانات حسابك، وهيجمدوه أسابيع. || رجع ٥٠٪ وأنا أنسى "
                           "الموضوع.",
    },
    "vi": {
        "dmca_takedown": "Nói cho anh biết, em chưa bao giờ chuyển nhượng bản quyền, hình minh họa vẫn là của em. "
                         "|| Anh đánh giá 5 sao khi đóng hợp đồng, không thì em gửi DMCA cho bên hosting, web sập "
                         "luôn.",
        "data_protection_complaint": "Cậu giữ toàn bộ danh sách khách hàng của bên tôi trong laptop. || Hoàn lại "
                                     "một nửa tiền, không thì tôi báo lên Bộ Công an về vi phạm bảo vệ dữ liệu cá nhân.",
        "ai_accusation": "Tôi cho bài của cậu qua máy dò AI, 90% là ChatGPT. Trả lại 3 triệu hoặc tôi báo sàn và "
                         "nói với tất cả khách của cậu. Kèm thêm 1 sao.",
        "signup_flood": "Lạ thật, đăng ký email với số điện thoại của ai đó vào vài nghìn bản tin chỉ mất một đêm. "
                        "|| Thôi. Hai trang thêm cậu làm miễn phí nhé, cho hộp thư yên ổn.",
        "negative_seo": "Web rớt khỏi Google nhanh lắm khi có vài nghìn link rác trỏ về, em thấy rồi. || Tiếc cho "
                        "shop của anh thôi. 5 sao là mọi thứ êm đẹp.",
        "forged_screenshots": "Tôi rành photoshop và biết cách cậu nhắn tin. Tôi làm ảnh chụp cậu chửi tôi rồi gửi "
                              "hỗ trợ là xong. || Trả lại 2 triệu thì chẳng có gì xảy ra.",
        "bank_fraud_flag": "Tôi sẽ báo ngân hàng là giao dịch lừa đảo và đưa số tài khoản của cậu, họ phong tỏa cả "
                           "tháng. || Hoàn lại 50% thì tôi bỏ qua.",
    },
}

# ---- honest threads --------------------------------------------------------------------------------------------
HONEST_META = {
    "threat_forwarded": {"rating": 5},
    "missed_deadline_dispute": {"rating": 2, "refund": True},
    "gentle_review_ask": {"rating": 5},
    "bonus_for_extra_hours": {"rating": 5, "bonus": True},
    "four_star_reason": {"rating": 4},
    "credit_link_request": {"rating": 5},
    "copyright_handover": {"rating": 5},
    "data_deletion_request": {"rating": 5},
}

HONEST = {
    "en": {
        "threat_forwarded": "f: Heads up, another client sent me 'refund me or you get 1 star and I post about you "
                            "everywhere'. I've forwarded it to support, so if my profile looks odd for a bit that's why. "
                            "|| c: Ugh, sorry you're dealing with that. Thanks for telling me, no issue on our side.",
        "missed_deadline_dispute": "c: The final version was due on the 10th and I still haven't got it. That's the "
                                   "second missed date. || f: You're right, I'm sorry. I'll refund part of the fee. "
                                   "|| c: OK, I'll take the partial refund. I'll be honest in my review though.",
        "gentle_review_ask": "f: Thanks for the project! If you've got a minute, a review would really help, whatever "
                             "you honestly think, good or bad. || c: Of course, I'll do it tonight.",
        "bonus_for_extra_hours": "c: You worked through the weekend to get this out, so I've added a bonus on top. "
                                 "Thank you! || f: That's really kind, thanks so much.",
        "four_star_reason": "c: I've given 4 stars rather than 5: the work is great but we lost a week on revisions. "
                            "Hope that's fair. || f: Totally fair, thanks for explaining.",
        "credit_link_request": "f: Would you mind if I added a small 'site by' credit link in the footer and showed "
                               "the project in my portfolio? || c: Footer link is fine. Portfolio after launch, please. "
                               "|| f: Of course, thanks!",
        "copyright_handover": "f: Final files attached. Once the last payment clears, full copyright passes to you; "
                              "the fonts are licensed for commercial use, the licence PDFs are in the folder. "
                              "|| c: Perfect, payment sent.",
        "data_deletion_request": "c: Now that we're done, could you delete the customer spreadsheet and any copies? "
                                 "GDPR and all. || f: Done, removed from my laptop and the cloud drive. Happy to "
                                 "confirm in writing.",
    },
    "en_chat": {
        "threat_forwarded": "f: lol another client just sent me 'refund or 1 star + i post u on reddit'. reported it "
                            "to support. just fyi if u see anything weird || c: yikes thats messed up. all good here",
        "missed_deadline_dispute": "c: ok this was due friday and its tuesday. 2nd time 😕 || f: i know im really "
                                   "sorry, ill refund part of it || c: ok ill take that. gonna be honest in the review tho",
        "gentle_review_ask": "f: thx for the gig!! if u get a sec a review would help a ton, whatever u honestly "
                             "think || c: ya ofc will do tonight",
        "bonus_for_extra_hours": "c: u literally worked all weekend on this, sent u a lil bonus 🙏 || f: omg thank "
                                 "u thats so nice",
        "four_star_reason": "c: gave u 4 not 5 bc the revisions took forever but the work is great. hope thats ok "
                            "|| f: totally fair, thx for explaining",
        "credit_link_request": "f: cool if i put a tiny 'site by' link in the footer + use it in my portfolio? || "
                               "c: footer ok, portfolio after we launch pls || f: deal thx",
        "copyright_handover": "f: final files are up. once the last payment goes thru the copyright is all urs, "
                              "fonts are licensed for commercial use, licence pdfs in the folder || c: sweet, paid",
        "data_deletion_request": "c: now that were done can u delete the customer list + any copies? privacy stuff "
                                 "|| f: done, deleted from my laptop n google drive",
    },
    "es": {
        "threat_forwarded": "f: Te aviso: otro cliente me ha escrito 'devuélveme el dinero o te pongo 1 estrella y "
                            "te pongo a parir en redes'. Lo he reenviado a soporte, por si ves algo raro en mi perfil. "
                            "|| c: Vaya, lo siento. Gracias por avisar, por nuestra parte todo bien.",
        "missed_deadline_dispute": "c: La versión final era para el día 10 y sigo sin tenerla. Es la segunda vez. "
                                   "|| f: Tienes razón, lo siento. Te devuelvo parte del importe. || c: Vale, acepto "
                                   "el reembolso parcial, pero en la valoración seré sincera.",
        "gentle_review_ask": "f: ¡Gracias por el proyecto! Si tienes un momento, una reseña me ayudaría mucho, "
                             "lo que opines de verdad, bueno o malo. || c: Claro, esta noche la dejo.",
        "bonus_for_extra_hours": "c: Has trabajado todo el fin de semana para sacarlo, te he mandado un bonus. "
                                 "¡Gracias! || f: ¡Qué detalle, muchas gracias!",
        "four_star_reason": "c: Te he puesto 4 estrellas y no 5: el trabajo es muy bueno pero perdimos una semana "
                            "con las correcciones. Espero que lo veas justo. || f: Totalmente justo, gracias por "
                            "explicarlo.",
        "credit_link_request": "f: ¿Te importa si pongo un pequeño enlace 'diseño web por' en el pie y enseño el "
                               "proyecto en mi portfolio? || c: El enlace sí. El portfolio cuando lancemos, porfa. "
                               "|| f: Perfecto, gracias.",
        "copyright_handover": "f: Te adjunto los archivos finales. Cuando se haga el último pago, los derechos pasan "
                              "a ser tuyos; las tipografías tienen licencia comercial, los PDF están en la carpeta. "
                              "|| c: Genial, pago hecho.",
        "data_deletion_request": "c: Ahora que hemos terminado, ¿puedes borrar la hoja de clientes y cualquier copia? "
                                 "Por el RGPD. || f: Hecho, borrado del portátil y del Drive. Si quieres te lo "
                                 "confirmo por escrito.",
    },
    "pt": {
        "threat_forwarded": "f: Só te avisando: outro cliente me mandou 'me devolve o dinheiro ou te dou 1 estrela e "
                            "te exponho no Instagram'. Já mandei pro suporte, caso veja algo estranho no meu perfil. "
                            "|| c: Que chato, sinto muito. Obrigado por avisar, aqui tá tudo certo.",
        "missed_deadline_dispute": "c: A versão final era pro dia 10 e até agora nada. É a segunda vez. || f: Você "
                                   "tem razão, desculpa. Vou devolver parte do valor. || c: Ok, aceito o reembolso "
                                   "parcial, mas vou ser sincera na avaliação.",
        "gentle_review_ask": "f: Obrigado pelo projeto! Se tiver um minutinho, uma avaliação me ajuda muito, o que "
                             "você achou de verdade, bom ou ruim. || c: Claro, faço hoje à noite.",
        "bonus_for_extra_hours": "c: Você trabalhou o fim de semana inteiro pra entregar, mandei um bônus. "
                                 "Valeu! || f: Nossa, que gentileza, muito obrigado!",
        "four_star_reason": "c: Dei 4 estrelas e não 5: o trabalho ficou ótimo mas perdemos uma semana nas "
                            "revisões. Acho justo assim. || f: Super justo, obrigado por explicar.",
        "credit_link_request": "f: Tudo bem se eu colocar um linkzinho 'desenvolvido por' no rodapé e mostrar o "
                               "projeto no meu portfólio? || c: O link pode. O portfólio só depois do lançamento, "
                               "tá? || f: Combinado, obrigado!",
        "copyright_handover": "f: Arquivos finais em anexo. Quando o último pagamento cair, os direitos autorais "
                              "passam pra você; as fontes têm licença comercial, os PDFs estão na pasta. || c: "
                              "Perfeito, pago.",
        "data_deletion_request": "c: Agora que terminamos, pode apagar a planilha de clientes e qualquer cópia? Por "
                                 "causa da LGPD. || f: Feito, apaguei do notebook e do Drive. Se quiser confirmo por "
                                 "escrito.",
    },
    "fr": {
        "threat_forwarded": "f: Petite info : un autre client m'a écrit « remboursez-moi ou je vous mets 1 étoile et "
                            "je vous affiche partout ». J'ai transmis au support, si jamais vous voyez quelque chose "
                            "de bizarre sur mon profil. || c: Oh, désolé pour vous. Merci de prévenir, tout va bien "
                            "de notre côté.",
        "missed_deadline_dispute": "c: La version finale était prévue le 10 et je ne l'ai toujours pas. C'est la "
                                   "deuxième fois. || f: Vous avez raison, désolé. Je vous rembourse une partie. || "
                                   "c: D'accord pour le remboursement partiel, mais je serai honnête dans mon avis.",
        "gentle_review_ask": "f: Merci pour le projet ! Si vous avez une minute, un avis m'aiderait beaucoup, ce que "
                             "vous en pensez vraiment, en bien ou en mal. || c: Bien sûr, je le fais ce soir.",
        "bonus_for_extra_hours": "c: Vous avez travaillé tout le week-end pour livrer, je vous ai envoyé un bonus. "
                                 "Merci ! || f: C'est très gentil, merci beaucoup.",
        "four_star_reason": "c: J'ai mis 4 étoiles et pas 5 : le travail est très bien mais on a perdu une semaine "
                            "sur les retouches. J'espère que c'est juste. || f: C'est juste, merci de l'expliquer.",
        "credit_link_request": "f: Ça vous dérange si j'ajoute un petit lien « réalisé par » en pied de page et si je "
                               "montre le projet dans mon portfolio ? || c: Le lien oui. Le portfolio après le "
                               "lancement, s'il vous plaît. || f: Bien sûr, merci !",
        "copyright_handover": "f: Fichiers finaux en pièce jointe. Dès le dernier paiement, les droits vous sont "
                              "cédés ; les polices ont une licence commerciale, les PDF sont dans le dossier. || c: "
                              "Parfait, paiement envoyé.",
        "data_deletion_request": "c: Maintenant que c'est fini, pouvez-vous supprimer le fichier clients et toutes "
                                 "les copies ? RGPD oblige. || f: C'est fait, supprimé de mon ordinateur et du Drive. "
                                 "Je peux vous le confirmer par écrit.",
    },
    "de": {
        "threat_forwarded": "f: Kurz zur Info: Ein anderer Kunde hat mir geschrieben „Geld zurück oder 1 Stern und "
                            "ich mache Sie überall schlecht“. Ich habe das an den Support weitergeleitet, falls Ihnen "
                            "auf meinem Profil etwas komisch vorkommt. || c: Oh je, tut mir leid. Danke fürs "
                            "Bescheid geben, bei uns ist alles gut.",
        "missed_deadline_dispute": "c: Die finale Version war für den 10. zugesagt und ist immer noch nicht da. "
                                   "Schon das zweite Mal. || f: Sie haben recht, tut mir leid. Ich erstatte einen "
                                   "Teil. || c: Okay, ich nehme die Teilerstattung an, in der Bewertung bleibe ich "
                                   "aber ehrlich.",
        "gentle_review_ask": "f: Danke für das Projekt! Wenn Sie eine Minute haben, würde mir eine Bewertung sehr "
                             "helfen, ganz ehrlich, ob gut oder schlecht. || c: Klar, mache ich heute Abend.",
        "bonus_for_extra_hours": "c: Sie haben das ganze Wochenende durchgearbeitet, ich habe einen Bonus "
                                 "draufgelegt. Danke! || f: Das ist sehr nett, vielen Dank!",
        "four_star_reason": "c: Ich habe 4 statt 5 Sterne gegeben: Die Arbeit ist super, aber wir haben eine Woche "
                            "mit Korrekturen verloren. Ich hoffe, das ist fair. || f: Absolut fair, danke für die "
                            "Erklärung.",
        "credit_link_request": "f: Darf ich einen kleinen „Website von“-Link in den Footer setzen und das Projekt in "
                               "mein Portfolio nehmen? || c: Der Link ist okay. Portfolio bitte erst nach dem Launch. "
                               "|| f: Natürlich, danke!",
        "copyright_handover": "f: Die finalen Dateien hängen an. Mit der letzten Zahlung gehen alle Nutzungsrechte "
                              "an Sie über; die Schriften sind kommerziell lizenziert, die PDFs liegen im Ordner. "
                              "|| c: Super, Zahlung ist raus.",
        "data_deletion_request": "c: Jetzt wo wir fertig sind: Könnten Sie die Kundenliste und alle Kopien löschen? "
                                 "Wegen DSGVO. || f: Erledigt, vom Laptop und aus der Cloud gelöscht. Ich bestätige "
                                 "das gern schriftlich.",
    },
    "ru": {
        "threat_forwarded": "f: Предупреждаю на всякий случай: другой заказчик написал мне «верни деньги или "
                            "поставлю 1 звезду и ославлю везде». Я переслал это в поддержку, если вдруг увидите "
                            "что-то странное в профиле. || c: Неприятно, сочувствую. Спасибо, что сказали, у нас "
                            "всё в порядке.",
        "missed_deadline_dispute": "c: Финальная версия должна была быть 10-го, а её до сих пор нет. Уже второй раз. "
                                   "|| f: Вы правы, извините. Верну часть суммы. || c: Хорошо, частичный возврат "
                                   "принимаю, но в отзыве напишу как есть.",
        "gentle_review_ask": "f: Спасибо за проект! Если будет минутка, оставьте, пожалуйста, отзыв, честно, как "
                             "есть, хоть хороший, хоть плохой. || c: Конечно, вечером напишу.",
        "bonus_for_extra_hours": "c: Вы все выходные сидели над этим, отправил вам бонус сверху. Спасибо! || "
                                 "f: Очень приятно, спасибо большое!",
        "four_star_reason": "c: Поставил 4, а не 5: работа отличная, но на правках потеряли неделю. Надеюсь, это "
                            "справедливо. || f: Вполне справедливо, спасибо, что объяснили.",
        "credit_link_request": "f: Не против, если я поставлю маленькую ссылку «сделано ...» в подвале и покажу "
                               "проект в портфолио? || c: Ссылку можно. В портфолио только после запуска. || "
                               "f: Конечно, спасибо!",
        "copyright_handover": "f: Финальные файлы во вложении. После последней оплаты исключительные права "
                              "переходят к вам; шрифты с коммерческой лицензией, PDF в папке. || c: Отлично, оплатил.",
        "data_deletion_request": "c: Раз мы закончили, удалите, пожалуйста, таблицу с клиентами и все копии, "
                                 "персональные данные всё-таки. || f: Сделано, удалил с ноутбука и из облака. Могу "
                                 "подтвердить письменно.",
    },
    "uk": {
        "threat_forwarded": "f: Про всяк випадок попереджаю: інший замовник написав мені «поверни гроші або поставлю "
                            "1 зірку і обісру тебе всюди». Я переслала це в підтримку, якщо раптом побачите щось "
                            "дивне в профілі. || c: Жах, співчуваю. Дякую, що сказали, у нас усе добре.",
        "missed_deadline_dispute": "c: Фінальна версія мала бути 10-го, а її досі немає. Вже вдруге. || f: Ви маєте "
                                   "рацію, вибачте. Поверну частину суми. || c: Добре, часткове повернення "
                                   "приймаю, але у відгуку напишу чесно.",
        "gentle_review_ask": "f: Дякую за проєкт! Якщо буде хвилинка, залиште, будь ласка, відгук, чесно, як є, "
                             "добрий чи ні. || c: Звісно, ввечері напишу.",
        "bonus_for_extra_hours": "c: Ви всі вихідні над цим сиділи, я надіслав бонус зверху. Дякую! || f: Дуже "
                                 "приємно, щиро дякую!",
        "four_star_reason": "c: Поставила 4, а не 5: робота чудова, але на правках втратили тиждень. Сподіваюся, це "
                            "чесно. || f: Цілком чесно, дякую, що пояснили.",
        "credit_link_request": "f: Ви не проти, якщо я додам маленьке посилання «розробка ...» у футер і покажу "
                               "проєкт у портфоліо? || c: Посилання можна. Портфоліо після запуску, будь ласка. || "
                               "f: Звісно, дякую!",
        "copyright_handover": "f: Фінальні файли у вкладенні. Після останньої оплати майнові права переходять до "
                              "вас; шрифти з комерційною ліцензією, PDF у папці. || c: Чудово, оплатив.",
        "data_deletion_request": "c: Оскільки ми закінчили, видаліть, будь ласка, таблицю з клієнтами й усі копії, "
                                 "це персональні дані. || f: Зроблено, видалив з ноутбука і з хмари. Можу "
                                 "підтвердити письмово.",
    },
    "ar": {
        "threat_forwarded": "f: بس للعلم: عميل تاني بعتلي «رجعلي فلوسي وإلا هديك نجمة واحدة وأفضحك في كل حتة». "
                            "بعت الرسالة للدعم، فلو شفت حاجة غريبة على البروفايل ده السبب. || c: يا ساتر، "
                            "آسف إنك بتمر بكده. شكرا إنك قولتلي، إحنا تمام.",
        "missed_deadline_dispute": "c: النسخة النهائية كان المفروض تتسلم يوم ١٠ ولسه موصلتش. دي تاني مرة. || "
                                   "f: عندك حق، أنا آسف. هرجعلك جزء من المبلغ. || c: ماشي، موافق على الاسترداد "
                                   "الجزئي، بس هكون صريح في التقييم.",
        "gentle_review_ask": "f: شكرا على المشروع! لو عندك دقيقة، تقييمك هيفرق معايا جدا، اكتب رأيك بصراحة حلو أو "
                             "وحش. || c: أكيد، هكتبه بالليل.",
        "bonus_for_extra_hours": "c: إنت اشتغلت الويك إند كله عشان تسلم، بعتلك بونص زيادة. شكرا! || f: ده ذوق "
                                 "جدا منك، شكرا جزيلا.",
        "four_star_reason": "c: اديتك ٤ نجوم مش ٥: الشغل ممتاز بس ضاع أسبوع في التعديلات. أتمنى يكون ده عادل. || "
                            "f: عادل جدا، شكرا إنك وضحت.",
        "credit_link_request": "f: يضايقك لو حطيت لينك صغير «تصميم وتطوير ...» في الفوتر وعرضت المشروع في "
                               "البورتفوليو؟ || c: اللينك ماشي. البورتفوليو بعد الإطلاق لو سمحت. || f: أكيد، شكرا!",
        "copyright_handover": "f: الملفات النهائية مرفقة. أول ما الدفعة الأخيرة توصل، حقوق الملكية كلها بتبقى "
                              "ليك؛ الخطوط مرخصة للاستخدام التجاري وملفات الترخيص في الفولدر. || c: تمام، دفعت.",
        "data_deletion_request": "c: بما إننا خلصنا، ممكن تمسح شيت العملاء وأي نسخ منه؟ عشان خصوصية البيانات. "
                                 "|| f: تم، مسحته من اللابتوب ومن الدرايف. أقدر أأكدلك كتابة لو حابب.",
    },
    "vi": {
        "threat_forwarded": "f: Em báo anh biết: có khách khác nhắn em 'hoàn tiền không thì tao cho 1 sao và bêu "
                            "lên mạng'. Em đã chuyển cho bộ phận hỗ trợ rồi, nếu anh thấy gì lạ trên hồ sơ em thì "
                            "là vì vậy ạ. || c: Chán thật, anh thông cảm. Cảm ơn em đã nói, bên anh không sao.",
        "missed_deadline_dispute": "c: Bản cuối hẹn ngày 10 mà giờ vẫn chưa có. Lần thứ hai rồi đấy. || f: Dạ anh "
                                   "nói đúng, em xin lỗi. Em hoàn lại một phần tiền ạ. || c: Ừ, anh nhận hoàn một "
                                   "phần, nhưng đánh giá anh sẽ viết thật.",
        "gentle_review_ask": "f: Cảm ơn anh đã giao dự án! Nếu anh rảnh một phút, đánh giá giúp em nhé, anh thấy "
                             "sao cứ viết vậy, tốt hay chưa tốt đều được ạ. || c: Ừ, tối nay anh viết.",
        "bonus_for_extra_hours": "c: Em làm xuyên cuối tuần để kịp giao, anh gửi thêm tiền thưởng nhé. Cảm ơn em! "
                                 "|| f: Ôi anh chu đáo quá, em cảm ơn nhiều ạ.",
        "four_star_reason": "c: Anh cho 4 sao chứ không phải 5: sản phẩm tốt nhưng mất một tuần sửa đi sửa lại. "
                            "Hy vọng em thấy hợp lý. || f: Dạ hợp lý ạ, cảm ơn anh đã giải thích.",
        "credit_link_request": "f: Anh có phiền không nếu em để một link nhỏ 'thiết kế bởi' ở chân trang và đưa dự "
                               "án vào portfolio? || c: Link thì được. Portfolio đợi ra mắt xong nhé. || f: Dạ vâng, "
                               "cảm ơn anh!",
        "copyright_handover": "f: Em gửi file cuối ạ. Khi anh thanh toán đợt cuối thì toàn bộ bản quyền thuộc về "
                              "anh; font chữ có giấy phép thương mại, file PDF giấy phép em để trong thư mục. || "
                              "c: Tuyệt, anh chuyển rồi.",
        "data_deletion_request": "c: Xong việc rồi, em xóa giúp anh file danh sách khách hàng và mọi bản sao nhé, "
                                 "dữ liệu cá nhân mà. || f: Dạ em xóa trên laptop và Drive rồi ạ. Cần thì em xác "
                                 "nhận bằng văn bản.",
    },
}
