"""Round 10's readings as classes, not phrases: a benefit of any kind (tickets, a draw, priority,
a bill not sent, a free service, credit) tied to a top rating, and a harm of any kind (the tax
office, a lawyer, the reader's employer, a leak, withheld passwords, a crowd of bad reviews, the
wrong people's attention) held over a rating or a demand — in the languages round 10 added and in
others no round has used. Worded for this branch (not copied from any red-team set); the honest
look-alikes beside them (a tip after a rating given, a polite request, a dispute, a quoted threat,
a price negotiation, a rating explained) stay quiet."""

import pytest

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_thread
from detection.detectors.paid_feedback import OFFER_MIN

OFFERS = [
    # kinds of benefit, in English
    ("en", ["Two seats for Sunday's concert are yours if the review ends up 5/5."]),
    ("en", ["Everyone who leaves me a top rating this week goes into a raffle for a PlayStation 5."]),
    ("en", ["Rate me 5 stars and I won't bill you for the extra 6 hours."]),
    ("en", ["Clients who are generous with their stars get priority booking and my best rates next year."]),
    ("en", ["A free year of maintenance is yours, all I ask in return is a glowing 5* review."]),
    ("en", ["If you leave five stars I'll top up your phone with £15 of credit."]),
    # the languages round 10 added, other wordings
    ("hu", ["Ha 5 csillagot adsz, ingyen megcsinálom a következő bannert is."]),
    ("hu", ["Adj 5 csillagot, és a múlt heti órákat nem számlázom ki."]),
    ("fi", ["Jos annat 5 tähteä, saat kaksi lippua ensi viikon konserttiin."]),
    ("fi", ["Kaikki jotka antavat parhaan arvosanan pääsevät arvontaan, palkintona iPhone."]),
    ("el", ["Αν μου βάλεις 5 αστέρια, σου κάνω δωρεάν τη συντήρηση για έναν χρόνο."]),
    ("el", ["Δώσε μου 5 αστέρια και δεν σου κόβω τιμολόγιο για τις τελευταίες ώρες."]),
    # languages no round has used
    ("uk", ["Якщо поставите 5 зірок, наступний місяць підтримки безкоштовно."]),
    ("no", ["Hvis du gir meg 5 stjerner, får du 20 % rabatt på neste prosjekt."]),
    ("sk", ["Ak mi dáte 5 hviezdičiek, ďalšiu úpravu spravím zadarmo."]),
    ("hr", ["Ako mi daš 5 zvjezdica, sljedeći mjesec održavanja je besplatan."]),
    ("bg", ["Ако ми дадете 5 звезди, ще ви направя отстъпка от 20 % за следващия проект."]),
    ("ro", ["Dacă îmi dai 5 stele, următoarea lună de mentenanță e gratis."]),
    ("tr", ["5 yıldız verirsen bir sonraki işte %20 indirim yaparım."]),
    ("id", ["Kalau kasih bintang 5, revisi berikutnya gratis."]),
    ("vi", ["Nếu bạn đánh giá 5 sao, tôi sẽ giảm giá 20% cho dự án sau."]),
    ("tl", ["Kung bibigyan mo ako ng 5 bituin, libre ang susunod na revision."]),
    ("zh", ["如果你给我五星好评，下次项目给你打八折。"]),
    ("ja", ["星5の評価をいただけたら、次回は無料で修正します。"]),
    ("ko", ["별점 5점 주시면 다음 작업은 무료로 해드릴게요."]),
    ("ar", ["إذا أعطيتني تقييم خمس نجوم سأعطيك خصم على المشروع القادم."]),
    ("he", ["אם תיתן לי חמישה כוכבים, אתן לך הנחה על הפרויקט הבא."]),
]

THREATS = [
    # kinds of harm, in English
    ("en", ["Refund me by Monday or I call my lawyer and the review will be 1 star."]),
    ("en", ["Give me 5 stars or I tell the tax office about the cash jobs you do."]),
    ("en", ["Five stars, or the login credentials stay with me until you do."]),
    ("en", ["Unless I get the money back, your manager will hear about this and so will the review."]),
    ("en", ["Leave 5 stars or your unreleased designs end up on Behance tomorrow."]),
    # the languages round 10 added, other wordings
    ("hu", ["Add vissza a pénzem, különben szólok a főnöködnek és 1 csillagot kapsz."]),
    ("hu", ["A jelszavak nálam maradnak, amíg nem látok 5 csillagos értékelést."]),
    ("fi", ["Palauta rahat perjantaihin mennessä tai teen ilmoituksen verottajalle ja annan 1 tähden."]),
    ("fi", ["Anna 5 tähteä, muuten koko tiimini antaa sinulle huonon arvion."]),
    ("el", ["Επέστρεψε τα λεφτά αλλιώς θα σου αφήσω ένα αστέρι και θα πάω σε δικηγόρο."]),
    # languages no round has used
    ("uk", ["Поверніть гроші, інакше я поставлю 1 зірку і напишу скаргу."]),
    ("no", ["Gi meg 5 stjerner, ellers får du en dårlig anmeldelse."]),
    ("sk", ["Vráťte mi peniaze, inak dám 1 hviezdičku a zlé hodnotenie."]),
    ("hr", ["Vrati mi novac, inače ću ti dati 1 zvjezdicu i lošu ocjenu."]),
    ("bg", ["Върнете ми парите, иначе ще ви дам 1 звезда и лош отзив."]),
    ("vi", ["Hoàn tiền cho tôi, nếu không tôi sẽ đánh giá 1 sao."]),
    ("zh", ["把钱退给我，否则我给你差评。"]),
]

HONEST = [
    # a tip after a rating given, in the new languages
    ("hu", ["Tegnap adtam 5 csillagot, és küldtem egy kis bónuszt, mert hétvégén is dolgoztál. Köszi!"]),
    ("fi", ["Annoin eilen 5 tähteä ja lähetin pienen bonuksen, koska teit töitä viikonloppuna. Kiitos!"]),
    ("el", ["Σου έβαλα χθες 5 αστέρια και σου έστειλα ένα μικρό μπόνους επειδή δούλεψες το Σαββατοκύριακο."]),
    # a polite request, a dispute, a rating explained
    ("hu", ["Kész a munka! Ha van egy perced, egy őszinte értékelés sokat segítene. Ha nem, semmi gond."]),
    ("fi", ["Sovellus kaatuu yhä isoilla tiedostoilla ja aikataulu venyi. Arvioin reilusti, luultavasti 2 tähteä."]),
    ("el", ["Έβαλα 4 αστέρια αντί για 5 μόνο λόγω της καθυστέρησης, η δουλειά είναι εξαιρετική."]),
    ("en", ["I gave 4 stars instead of 5 because of the late delivery; the invoice is paid and not disputed."]),
    # a quoted threat reported to support, a negotiation, ordinary talk of invoices and passwords
    ("en", ['Support, a client wrote to me: "refund or I tell your boss and leave 1 star". I did not pay.']),
    ("en", ["If the invoice is wrong just tell me and I'll fix it. Thanks for the 5 stars!"]),
    ("en", ["The admin password is in the shared vault. Please leave an honest review when you have time."]),
    ("en", ["I'll send the invoice on Friday as agreed; a review would be lovely, no pressure."]),
    ("de", ["Die Rechnung kommt am Freitag. Über eine ehrliche Bewertung würde ich mich freuen."]),
    ("es", ["La factura no incluye IVA. Si puedes, deja una reseña sincera, gracias."]),
    ("uk", ["Дякую за 5 зірок! Рахунок уже оплачено."]),
    ("zh", ["谢谢你的五星好评！发票已经发给你了。"]),
    ("en", ["My boss loved the new site. I'll leave you a 5 star review tonight."]),
    ("en", ["Tickets for the launch party are on me, whatever you write in the review."]),
]


# A second set, written after the rules above and read once before any change for it (offers
# 18/24, threats 12/18, honest 15/15 quiet; main: 12/24, 8/18), then kept: the misses were
# classes (a treat, course access, a payment or files not handed over, "if … not" in Finnish).
OFFERS_2 = [
    ("en", ["5 stars from you and I'll send 0.002 BTC to your wallet."]),
    ("en", ["Leave a perfect review and a bottle of single malt is on its way to you."]),
    ("en", ["I can get you a free night at my cousin's hotel, just need that five-star rating first."]),
    ("en", ["Give me a glowing review and you get lifetime access to my design course."]),
    ("es", ["Si me dejas 5 estrellas te regalo una suscripción de un año a Netflix."]),
    ("pt", ["Me dá 5 estrelas e eu te pago um jantar, fechado?"]),
    ("de", ["Für eine 5-Sterne-Bewertung bekommst du den nächsten Monat Wartung umsonst."]),
    ("fr", ["Laisse-moi 5 étoiles et je te rembourse les frais de la plateforme."]),
    ("it", ["Se mi lasci 5 stelle ti faccio lo sconto del 30% sul prossimo lavoro."]),
    ("pl", ["Za 5 gwiazdek dostaniesz ode mnie bilety do kina."]),
    ("ru", ["Поставь 5 звёзд, и я бесплатно сделаю тебе логотип."]),
    ("nl", ["Als je me 5 sterren geeft, krijg je een gratis maand hosting."]),
    ("sv", ["Om du ger mig 5 stjärnor bjuder jag på nästa uppdrag."]),
    ("cs", ["Když mi dáte 5 hvězdiček, další úpravu udělám zdarma."]),
    ("hu", ["Ha maximális értékelést adsz, kapsz tőlem egy ajándékkártyát."]),
    ("fi", ["Jos jätät 5 tähden arvion, saat seuraavasta työstä 25 % alennuksen."]),
    ("el", ["Αν αφήσεις κριτική 5 αστέρων, σου στέλνω δώρο μια κάρτα αγορών."]),
    ("uk", ["За відгук на 5 зірок отримаєте знижку 30 % на наступне замовлення."]),
    ("tr", ["Bana 5 yıldız verirsen sana hediye kartı gönderirim."]),
    ("ro", ["Dacă lași 5 stele, îți trimit un card cadou."]),
    ("id", ["Kasih bintang 5 ya, nanti aku kirim voucher belanja."]),
    ("ja", ["星5をくれたら、ギフトカードを送ります。"]),
    ("ko", ["별점 5점 주시면 기프트카드 보내드릴게요."]),
    ("hi", ["Agar aap 5 star rating denge to main agla kaam free mein karunga."]),
]
THREATS_2 = [
    ("en", ["Change the review to 5 stars or I report your account and get you banned."]),
    ("en", ["Either you redo the logo for free or I post your home address on Reddit."]),
    ("en", ["Refund half, or I'll contact every client listed on your site and leave a 1-star."]),
    ("es", ["O me devuelves el dinero o te denuncio a la policía y te dejo una estrella."]),
    ("pt", ["Se não me der 5 estrelas, não libero o pagamento da última etapa."]),
    ("de", ["Gib mir 5 Sterne, sonst schreibe ich deinem Chef, was du nebenbei machst."]),
    ("fr", ["Remboursez-moi ou mon avocat vous contacte, et l'avis sera à une étoile."]),
    ("it", ["Se non mi dai 5 stelle, pubblico i tuoi file sul mio portfolio."]),
    ("pl", ["Oddaj pieniądze, inaczej zgłoszę cię do urzędu skarbowego i dam jedną gwiazdkę."]),
    ("ru", ["Верни деньги, иначе напишу твоему начальнику и поставлю одну звезду."]),
    ("nl", ["Geef me 5 sterren, anders stuur ik je wachtwoorden niet door."]),
    ("sv", ["Ge mig 5 stjärnor, annars anmäler jag dig till Skatteverket."]),
    ("hu", ["Ha nem kapok 5 csillagot, a forrásfájlokat nem adom át."]),
    ("fi", ["Jos en saa rahoja takaisin, annan 1 tähden ja kerron pomollesi."]),
    ("el", ["Αν δεν πάρω πίσω τα λεφτά, θα σου βάλω ένα αστέρι και θα σε καταγγείλω στην εφορία."]),
    ("uk", ["Якщо не поставите 5 зірок, вихідні файли не отримаєте."]),
    ("tr", ["Paramı iade etmezsen 1 yıldız veririm ve avukatıma giderim."]),
    ("ja", ["返金しないと、星1の評価をつけます。"]),
]
HONEST_2 = [
    ("en", ["Thanks for the 5 stars! As promised in the contract, the hosting renewal is included for a year."]),
    ("en", ["My lawyer reviewed the contract and it's fine. Looking forward to working together."]),
    ("en", ["If you're happy with it, a review would help me a lot. Either way, thanks for the project!"]),
    ("en", ["I can't give 5 stars, the delivery was two weeks late. I'll rate it 3 and explain why."]),
    ("es", ["Gracias por las 5 estrellas, te mandé un pequeño bono porque trabajaste el domingo."]),
    ("de", ["Danke für die fünf Sterne! Die Rechnung schicke ich dir morgen."]),
    ("fr", ["Le client précédent m'a écrit : « rembourse-moi ou une étoile ». J'ai refusé et signalé."]),
    ("hu", ["Köszönöm az 5 csillagot! A számlát holnap küldöm."]),
    ("fi", ["Kiitos 5 tähdestä! Lasku tulee huomenna."]),
    ("el", ["Ευχαριστώ για τα 5 αστέρια! Το τιμολόγιο θα σου το στείλω αύριο."]),
    ("pl", ["Dzięki za 5 gwiazdek! Fakturę wyślę jutro."]),
    ("ru", ["Спасибо за 5 звёзд! Счёт пришлю завтра."]),
    ("en", ["Our tax office needs the invoice by Friday; I'll leave a review after that."]),
    ("en", ["We're 12 people in the team and all loved the design. Five stars from me."]),
    ("en", ["The files stay on the shared drive until the end of the month, then I archive them."]),
]


@pytest.mark.parametrize(("language", "thread"), OFFERS + OFFERS_2)
def test_a_benefit_of_any_kind_for_a_top_rating_is_an_offer(language, thread):
    assert read_thread(thread).offer_score >= OFFER_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), THREATS + THREATS_2)
def test_a_harm_of_any_kind_over_a_rating_or_a_demand_is_a_threat(language, thread):
    assert read_thread(thread).threat_score >= THREAT_MIN, (language, thread)


@pytest.mark.parametrize(("language", "thread"), HONEST + HONEST_2)
def test_honest_look_alikes_stay_quiet(language, thread):
    f = read_thread(thread)
    assert f.offer_score < OFFER_MIN and f.threat_score < THREAT_MIN, (language, thread)


def test_the_explanation_quotes_the_words_that_named_each_concept():
    """In a language the learned model has no examples of, the rules' reading is the whole
    explanation: it says what was named and in which words (as the rules read them)."""
    from detection.detectors.messages import read_text

    offer = read_text("Adj 5 csillagot, és a múlt heti órákat nem számlázom ki.")
    [cue] = [c for c in offer.cues if c.startswith("model (offer)")]
    assert "it names a benefit + a top rating" in cue and "“nem szamlazom”" in cue and "“5star”" in cue
    threat = read_text("Refund me by Monday or I call my lawyer and the review will be 1 star.")
    [cue] = [c for c in threat.cues if c.startswith("model (threat)")]
    assert "a harm held over them" in cue and "“lawyer”" in cue


def test_the_reader_publishing_a_review_is_no_leak():
    """A leak is the reader's work or data made public, not the reader publishing a review: a
    gift promised for the review with a deadline beside it stays an offer (round 5's marketplace
    read one as a threat when any "publish" counted)."""
    f = read_thread(["Quando pubblichi la recensione entro venerdì, ti mando un pensierino per ringraziarti."])
    assert f.offer_score >= OFFER_MIN and f.threat_score < THREAT_MIN
    g = read_thread(["Se non mi dai 5 stelle entro domani, pubblico i tuoi disegni su Behance."])
    assert g.threat_score >= THREAT_MIN
