"""Labelled examples for the learned text model (``textmodel.py``), written for this
project: offers of a benefit for positive feedback, threats of negative feedback
(or of a report, a dispute, withheld work) unless a demand is met, and honest
look-alikes that use the same words (complaints, polite requests, honest bonuses
and refunds, disputes about work, thanks for a rating) — in English, chat English,
Spanish, Portuguese, French, German, Russian, Italian and Polish.

Each language gives clauses; ``examples(seed)`` composes them in several orders,
writes star ratings and money in many notations, adds typos, drops accents, and
splits some offers and threats over two or three messages (joined with a line
break, as the detectors join a thread). The halves of a split message are
honest on their own and are labelled so. Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

# {S5}: a top rating, {S1}: a bottom one, {M}: an amount of money, {P}: a percentage.
STARS5 = {
    "en": ["5 stars", "5*", "★★★★★", "5/5", "five stars", "5-star", "10/10", "5 ⭐", "full stars"],
    "es": ["5 estrellas", "cinco estrellas", "5*", "★★★★★", "5/5", "la máxima puntuación"],
    "pt": ["5 estrelas", "cinco estrelas", "5*", "★★★★★", "5/5", "nota máxima"],
    "fr": ["5 étoiles", "cinq étoiles", "5*", "★★★★★", "5/5", "la note maximale"],
    "de": ["5 Sterne", "fünf Sterne", "5*", "★★★★★", "5/5", "die volle Punktzahl"],
    "ru": ["5 звёзд", "пять звезд", "5*", "★★★★★", "5/5", "высшую оценку", "пятёрку"],
    "it": ["5 stelle", "cinque stelle", "5*", "★★★★★", "5/5", "il punteggio massimo"],
    "pl": ["5 gwiazdek", "pięć gwiazdek", "5*", "★★★★★", "5/5", "najwyższą ocenę"],
}
STARS1 = {
    "en": ["1 star", "1*", "one star", "★", "1/5", "zero stars", "the lowest rating"],
    "es": ["1 estrella", "una estrella", "1*", "1/5", "la peor nota"],
    "pt": ["1 estrela", "uma estrela", "1*", "1/5", "a pior nota"],
    "fr": ["1 étoile", "une étoile", "1*", "1/5", "la pire note"],
    "de": ["1 Stern", "einen Stern", "1*", "1/5", "die schlechteste Bewertung"],
    "ru": ["1 звезду", "одну звезду", "1*", "1/5", "единицу", "самую низкую оценку"],
    "it": ["1 stella", "una stella", "1*", "1/5", "il voto più basso"],
    "pl": ["1 gwiazdkę", "jedną gwiazdkę", "1*", "1/5", "najniższą ocenę"],
}
MONEY = {
    "en": ["$20", "$15", "50 USD", "$100", "30 dollars", "£25", "20 bucks", "$ 40"],
    "es": ["20 €", "$30", "15 euros", "50 dólares", "100 USD"],
    "pt": ["R$ 50", "$20", "30 reais", "15 euros", "40 USD"],
    "fr": ["20 €", "30 euros", "$25", "15€", "50 dollars"],
    "de": ["20 €", "30 Euro", "$25", "15€", "50 Dollar"],
    "ru": ["500 руб", "1000 рублей", "$20", "30 долларов", "20 евро"],
    "it": ["20 €", "30 euro", "$25", "15€", "50 dollari"],
    "pl": ["100 zł", "200 zł", "50 PLN", "20 €", "$25"],
}

L: dict[str, dict[str, list[str]]] = {
    "en": {
        "past_benefit": [
            "Sent a {M} bonus for the weekend work.",
            "I just paid a {M} tip for the extra effort.",
            "The refund of {M} is processed, sorry for the delay.",
            "I added {M} extra to the milestone for the late night.",
            "You got a {P} discount on this one, as promised earlier.",
            "Bonus sent, you earned it.",
            "Paid the invoice plus {M} for the rush.",
        ],
        "polite": [
            "If you could leave me feedback when you get a chance, that'd be great.",
            "Would you mind leaving a review when you have a moment?",
            "If you have a minute, a rating would help my profile.",
            "When you get time, please rate the contract.",
            "If you're satisfied, feel free to leave {S5}.",
            "A review whenever convenient would be appreciated.",
            "Could you leave a short testimonial if you liked the work?",
        ],
        "benefit": [
            "I'll refund you {M}",
            "I will send you a {M} bonus",
            "I can give you {P} off your next order",
            "I'll do the next job for free",
            "you get part of your money back",
            "I will pay you an extra {M}",
            "I'll throw in two free revisions",
            "I'll return {M} to you",
            "there's a {M} tip in it for you",
            "I can refund half of the price",
            "I'll send a gift card worth {M}",
            "the next logo is on the house",
            "I will knock {M} off the invoice",
            "you'll get a discount on everything you order from me",
        ],
        "cond": [
            "if you leave me {S5}",
            "if you give me a {S5} review",
            "once you rate me {S5}",
            "as soon as you post a positive review",
            "when you change your rating to {S5}",
            "if you remove the bad review",
            "if you update your feedback to {S5}",
            "if you write me a glowing testimonial",
            "once the {S5} feedback is up",
            "if the review says {S5}",
            "after you leave a good rating",
            "if you rate the job {S5}",
        ],
        "imp": [
            "Leave me {S5}",
            "Give me a {S5} review",
            "Rate me {S5}",
            "Change your review to {S5}",
            "Delete that negative review",
            "Put {S5} on my profile",
            "Write a positive review",
            "Update the rating to {S5}",
            "Just leave a perfect rating",
            "Take down your feedback",
        ],
        "and": ["and", "and then", "and in return", "& "],
        "exch": [
            "in exchange for a {S5} review",
            "in return for {S5}",
            "for a positive review",
            "for a good rating on my profile",
            "in exchange for {S5} feedback",
        ],
        "neg": [
            "I'll leave you {S1}",
            "I will give you a {S1} review",
            "I'll write a terrible review about you",
            "I will report your account to support",
            "I'll open a dispute and trash your rating",
            "your profile gets {S1} from me",
            "I'll tell every client here what you did",
            "I won't pay the last milestone and you'll get {S1}",
            "I'll make sure your rating tanks",
            "expect a very bad review",
            "I'll flag you as a scammer",
            "you will regret it in your reviews",
        ],
        "tcond": [
            "unless you give me {S5}",
            "unless you change your review",
            "if you don't leave me {S5}",
            "if you don't remove that review",
            "unless I get a full refund",
            "unless you lower the price by {P}",
            "if you do not rate me {S5}",
            "unless the bad feedback disappears",
            "if you don't do the extra pages for free",
            "unless you send {M} back",
        ],
        "orelse": ["or", "or else", "otherwise", "or I promise", ", if not"],
        "veiled_offer": [
            "A nice review would really help me, and I always take care of clients who help me.",
            "Let's say a {S5} rating and your next order costs nothing. Deal?",
            "You scratch my back with a good review, I scratch yours with {M}.",
            "I could be generous with the refund if the feedback is generous too.",
            "Good reviews get good discounts, if you know what I mean.",
            "Would {M} make the {S5} easier to click?",
        ],
        "veiled_threat": [
            "It would be a shame if your profile got a bad review. You know what to do with the rating.",
            "Think carefully about the rating you leave. I have a lot of friends here who write reviews.",
            "I know how to hurt a freelancer's rating. Change your feedback and we stay friends.",
            "Your reviews are doing well. Would be sad if that changed, so {S5} from you would be wise.",
            "Lower the price or my review will reflect my mood.",
            "Keep that review or lose the next milestone, your choice.",
        ],
        "honest": [
            "Sent a {M} bonus for the extra hours. Whenever you have time, a review would be lovely.",
            "I tipped you {M} and left {S5}, thanks for the fast delivery!",
            "We never give refunds in exchange for reviews, sorry.",
            "Our rules forbid offering discounts for ratings.",
            "Unless something breaks, I'll leave you {S5} tomorrow.",
            "If all goes well I will rate you {S5} myself.",
            "Please don't leave a bad review, let me fix it for free first.",
            "Don't worry, I won't leave a negative review, just fix the header please.",
            "Please review the pull request when you can.",
            "Can you rate the two logo drafts? The refund for the old one is done.",
            "I refunded {M} as agreed. Feel free to leave any feedback you want.",
            "Thanks for the bonus! I left you {S5} as well.",
            "The bonus was paid yesterday. Reviews are up to you, of course.",
            "I'd never ask for {S5} in return for money, that's against the rules.",
            "If the bug comes back I'll fix it for free, no matter what rating you give.",
            "You don't have to leave a review, but if you do, please be honest.",
            "I paid the milestone. Let me know if you need a reference or a recommendation letter.",
            "I'm not giving {S1}, but I'm not happy either. Let's talk.",
            "Please don't rate yet, I will send the corrected files tonight.",
            "Thanks for the {S5}! It was a pleasure working with you.",
            "If you're happy with the work, an honest review would mean a lot. No pressure at all.",
            "Here's a {M} bonus for the great work, thank you!",
            "I refunded {M} because the delivery was two days late, sorry about that.",
            "The files are still missing. If they are not delivered by Friday I will open a dispute.",
            "I can't release the milestone until the bugs are fixed.",
            "I'm disappointed with the quality, I will leave an honest review.",
            "Please review the draft and tell me what to change.",
            "I left you {S5}, you deserved it.",
            "Your rate of {M} per hour is fine for us.",
            "Could you rate the design options from 1 to 5?",
            "Whatever you think is fair for the review is fine with me.",
            "The work was poor and late. I'm giving {S1}, sorry but that's my honest opinion.",
            "I'm sending {M} extra as a thank you, no strings attached.",
            "We agreed on a {P} discount for the long-term contract.",
            "I will leave feedback once the project is finished.",
            "Please don't leave a review yet, the job isn't done.",
            "If something is wrong, tell me before leaving a review so I can fix it.",
            "Your code review comments were helpful.",
            "I got a refund of {M} from the platform for the cancelled job.",
            "The client left me {S1} without explanation, can I dispute it?",
            "Unless you send the source files, I cannot close the contract.",
            "If you don't answer by Monday, I'll ask support to cancel the contract.",
            "Honest feedback helps me improve, good or bad.",
            "Would you recommend me to your colleagues if you were satisfied?",
            "Five stars from me too, great client!",
            "I'll pay the bonus after the launch, as promised in the contract.",
            "Rating aside, I'd love to work with you again.",
        ],
    },
    "es": {
        "past_benefit": [
            "Te mandé un bono de {M} por el trabajo del finde.",
            "Ya te pagué {M} de propina por el esfuerzo.",
            "El reembolso de {M} ya está hecho, perdón por la demora.",
        ],
        "polite": [
            "Si pudieras dejarme una reseña cuando tengas un momento, sería genial.",
            "¿Te importaría calificar el contrato cuando puedas?",
            "Si quedaste satisfecho, puedes dejar {S5} si quieres.",
        ],
        "benefit": [
            "te devuelvo {M}",
            "te mando un bono de {M}",
            "te hago un {P} de descuento en el próximo pedido",
            "el siguiente trabajo te lo hago gratis",
            "te reembolso la mitad",
            "te pago {M} extra",
            "te regalo dos revisiones más",
            "te devuelvo parte del dinero",
            "te doy una propina de {M}",
        ],
        "cond": [
            "si me dejas {S5}",
            "si me das una reseña de {S5}",
            "cuando me califiques con {S5}",
            "en cuanto publiques una valoración positiva",
            "si cambias tu reseña a {S5}",
            "si borras la mala reseña",
            "si me pones {S5}",
            "si la valoración es de {S5}",
        ],
        "imp": [
            "Déjame {S5}",
            "Dame una reseña de {S5}",
            "Califícame con {S5}",
            "Cambia tu reseña a {S5}",
            "Borra esa reseña negativa",
            "Ponme {S5} en el perfil",
            "Escribe una buena opinión",
        ],
        "and": ["y", "y a cambio", "y luego"],
        "exch": ["a cambio de {S5}", "a cambio de una buena reseña", "por una valoración positiva"],
        "neg": [
            "te dejo {S1}",
            "te pongo una reseña de {S1}",
            "voy a escribir una reseña horrible",
            "te denuncio al soporte",
            "abro una disputa y hundo tu puntuación",
            "todos los clientes sabrán lo que hiciste",
            "no pago el último hito y te llevas {S1}",
            "tu perfil va a recibir {S1}",
        ],
        "tcond": [
            "a menos que me des {S5}",
            "si no cambias tu reseña",
            "si no me dejas {S5}",
            "salvo que borres esa reseña",
            "si no me devuelves todo el dinero",
            "si no bajas el precio un {P}",
            "a no ser que me califiques con {S5}",
        ],
        "orelse": ["o", "o si no", "si no,", "de lo contrario"],
        "veiled_offer": [
            "Una buena reseña me ayudaría mucho, y yo siempre cuido a quien me ayuda.",
            "Digamos {S5} y el próximo pedido no te cuesta nada. ¿Trato?",
            "Podría ser generoso con el reembolso si la valoración también lo es.",
        ],
        "veiled_threat": [
            "Sería una pena que tu perfil recibiera una mala reseña. Ya sabes qué hacer con la valoración.",
            "Piensa bien la calificación que dejas, tengo muchos amigos que escriben reseñas aquí.",
            "Baja el precio o mi reseña reflejará mi humor.",
        ],
        "honest": [
            "Te mandé un bono de {M} por las horas extra. Cuando puedas, una reseña sería genial.",
            "Te di una propina de {M} y te dejé {S5}, ¡gracias!",
            "Nunca damos reembolsos a cambio de reseñas, lo siento.",
            "Si todo va bien, mañana te dejo {S5}.",
            "Por favor no dejes una mala reseña, déjame arreglarlo gratis primero.",
            "Tranquilo, no voy a dejar una reseña negativa, solo arregla el menú.",
            "Te devolví {M} como acordamos. Deja la opinión que quieras.",
            "No tienes que dejar reseña, pero si lo haces, que sea sincera.",
            "No califiques todavía, esta noche te mando los archivos corregidos.",
            "¡Gracias por las {S5}! Fue un placer trabajar contigo.",
            "Si estás contento con el trabajo, una reseña honesta me ayudaría. Sin presión.",
            "Aquí tienes un bono de {M} por el gran trabajo, ¡gracias!",
            "Te devolví {M} porque la entrega llegó tarde, perdón.",
            "Faltan los archivos. Si no llegan el viernes abriré una disputa.",
            "No puedo liberar el pago hasta que se corrijan los errores.",
            "Estoy decepcionado con la calidad, dejaré una reseña sincera.",
            "Te dejé {S5}, te lo mereces.",
            "Dejaré mi valoración cuando termine el proyecto.",
            "Si algo está mal, dímelo antes de dejar la reseña y lo arreglo.",
            "El trabajo fue malo, te pongo {S1}, es mi opinión honesta.",
            "Te mando {M} extra como agradecimiento, sin condiciones.",
            "Acordamos un {P} de descuento por el contrato largo.",
            "¿Me recomendarías a tus colegas si quedaste satisfecho?",
            "Califica las opciones de diseño del 1 al 5, por favor.",
        ],
    },
    "pt": {
        "past_benefit": [
            "Mandei um bônus de {M} pelo trabalho do fim de semana.",
            "Já paguei {M} de gorjeta pelo esforço.",
            "O reembolso de {M} já foi feito, desculpe a demora.",
        ],
        "polite": [
            "Se puder me avaliar quando tiver um tempo, seria ótimo.",
            "Você se importaria de deixar uma avaliação quando puder?",
            "Se ficou satisfeito, fique à vontade para deixar {S5}.",
        ],
        "benefit": [
            "te devolvo {M}",
            "te mando um bônus de {M}",
            "te dou {P} de desconto no próximo pedido",
            "faço o próximo trabalho de graça",
            "te reembolso metade",
            "te pago {M} a mais",
            "devolvo parte do dinheiro",
            "te dou duas revisões grátis",
        ],
        "cond": [
            "se você me deixar {S5}",
            "se me der uma avaliação de {S5}",
            "quando você me avaliar com {S5}",
            "assim que publicar uma avaliação positiva",
            "se mudar sua avaliação para {S5}",
            "se apagar a avaliação ruim",
            "se a nota for {S5}",
        ],
        "imp": [
            "Me deixa {S5}",
            "Me dá uma avaliação de {S5}",
            "Me avalia com {S5}",
            "Muda sua avaliação para {S5}",
            "Apaga essa avaliação negativa",
            "Escreve um comentário positivo",
        ],
        "and": ["e", "e em troca", "e depois"],
        "exch": ["em troca de {S5}", "em troca de uma boa avaliação", "por um comentário positivo"],
        "neg": [
            "vou te dar {S1}",
            "deixo uma avaliação de {S1}",
            "vou escrever uma avaliação péssima",
            "vou te denunciar ao suporte",
            "abro uma disputa e acabo com sua nota",
            "todo mundo aqui vai saber o que você fez",
            "não pago a última parcela e você leva {S1}",
        ],
        "tcond": [
            "a menos que você me dê {S5}",
            "se você não mudar sua avaliação",
            "se não me deixar {S5}",
            "se não apagar essa avaliação",
            "se não me devolver todo o dinheiro",
            "se não baixar o preço em {P}",
        ],
        "orelse": ["ou", "senão", "caso contrário"],
        "veiled_offer": [
            "Uma boa avaliação me ajudaria muito, e eu sempre cuido de quem me ajuda.",
            "Digamos {S5} e o próximo pedido sai de graça. Fechado?",
            "Posso ser generoso no reembolso se a avaliação também for.",
        ],
        "veiled_threat": [
            "Seria uma pena se seu perfil recebesse uma avaliação ruim. Você sabe o que fazer com a nota.",
            "Pense bem na nota que vai deixar, tenho muitos amigos que avaliam aqui.",
        ],
        "honest": [
            "Mandei um bônus de {M} pelas horas extras. Quando puder, uma avaliação seria ótima.",
            "Te dei uma gorjeta de {M} e deixei {S5}, obrigado!",
            "Nunca damos reembolso em troca de avaliações, desculpe.",
            "Se tudo der certo, amanhã te dou {S5}.",
            "Por favor não deixe uma avaliação ruim, deixa eu corrigir de graça primeiro.",
            "Fica tranquilo, não vou deixar avaliação negativa, só corrige o menu.",
            "Devolvi {M} como combinamos. Deixe a avaliação que quiser.",
            "Não precisa avaliar, mas se avaliar, seja sincero.",
            "Obrigado pelas {S5}! Foi um prazer trabalhar com você.",
            "Se gostou do trabalho, uma avaliação sincera me ajudaria. Sem pressão.",
            "Aqui vai um bônus de {M} pelo ótimo trabalho, obrigado!",
            "Devolvi {M} porque a entrega atrasou, desculpe.",
            "Os arquivos ainda não chegaram. Se não chegarem na sexta, abro uma disputa.",
            "Não posso liberar o pagamento até corrigir os erros.",
            "Estou decepcionado com a qualidade, vou deixar uma avaliação honesta.",
            "Te dei {S5}, você mereceu.",
            "Vou avaliar quando o projeto terminar.",
            "Se algo estiver errado, me avise antes de avaliar que eu corrijo.",
            "O trabalho foi ruim, dou {S1}, é minha opinião sincera.",
            "Mandei {M} a mais como agradecimento, sem condições.",
            "Combinamos {P} de desconto pelo contrato longo.",
        ],
    },
    "fr": {
        "past_benefit": [
            "Je vous ai envoyé un bonus de {M} pour le travail du week-end.",
            "J'ai déjà payé {M} de pourboire pour l'effort.",
            "Le remboursement de {M} est fait, désolé pour le retard.",
        ],
        "polite": [
            "Si vous pouviez me laisser un avis quand vous aurez un moment, ce serait super.",
            "Cela vous dérangerait de noter le contrat quand vous pourrez ?",
            "Si vous êtes satisfait, n'hésitez pas à laisser {S5}.",
        ],
        "benefit": [
            "je te rembourse {M}",
            "je vous envoie un bonus de {M}",
            "je vous fais {P} de réduction sur la prochaine commande",
            "je fais le prochain travail gratuitement",
            "je vous rends une partie de l'argent",
            "je vous paie {M} de plus",
            "je vous offre deux révisions gratuites",
            "je vous rembourse la moitié",
        ],
        "cond": [
            "si vous me laissez {S5}",
            "si tu me mets {S5}",
            "quand vous m'aurez noté {S5}",
            "dès que vous publiez un avis positif",
            "si vous changez votre avis en {S5}",
            "si vous supprimez le mauvais avis",
            "si la note est de {S5}",
        ],
        "imp": [
            "Laissez-moi {S5}",
            "Mets-moi un avis {S5}",
            "Notez-moi {S5}",
            "Changez votre avis en {S5}",
            "Supprimez cet avis négatif",
            "Écrivez un commentaire positif",
        ],
        "and": ["et", "et en échange", "et ensuite"],
        "exch": ["en échange de {S5}", "en échange d'un bon avis", "contre une évaluation positive"],
        "neg": [
            "je vous laisse {S1}",
            "je vous mets un avis {S1}",
            "je vais écrire un avis horrible",
            "je vous signale au support",
            "j'ouvre un litige et je détruis votre note",
            "tous les clients sauront ce que vous avez fait",
            "je ne paie pas le dernier jalon et vous aurez {S1}",
        ],
        "tcond": [
            "sauf si vous me mettez {S5}",
            "si vous ne changez pas votre avis",
            "si vous ne me laissez pas {S5}",
            "à moins que vous supprimiez cet avis",
            "si vous ne me remboursez pas entièrement",
            "si vous ne baissez pas le prix de {P}",
        ],
        "orelse": ["ou", "sinon", "ou alors"],
        "veiled_offer": [
            "Un bel avis m'aiderait beaucoup, et je sais remercier ceux qui m'aident.",
            "Disons {S5} et la prochaine commande est offerte. Marché conclu ?",
            "Je pourrais être généreux sur le remboursement si la note l'est aussi.",
        ],
        "veiled_threat": [
            "Ce serait dommage que votre profil reçoive un mauvais avis. Vous savez quoi faire avec la note.",
            "Réfléchissez bien à la note que vous laissez, j'ai beaucoup d'amis qui écrivent des avis ici.",
        ],
        "honest": [
            "Je vous ai envoyé un bonus de {M} pour les heures en plus. "
            "Quand vous aurez le temps, un avis serait super.",
            "Je vous ai laissé un pourboire de {M} et {S5}, merci !",
            "Nous ne faisons jamais de remboursement en échange d'avis, désolé.",
            "Si tout va bien, je vous mets {S5} demain.",
            "S'il vous plaît, ne laissez pas de mauvais avis, laissez-moi corriger gratuitement d'abord.",
            "Pas d'inquiétude, je ne laisserai pas d'avis négatif, corrigez juste le menu.",
            "Je vous ai remboursé {M} comme convenu. Laissez l'avis que vous voulez.",
            "Vous n'êtes pas obligé de laisser un avis, mais s'il y en a un, qu'il soit honnête.",
            "Merci pour les {S5} ! Ce fut un plaisir de travailler avec vous.",
            "Si vous êtes satisfait, un avis honnête m'aiderait. Aucune pression.",
            "Voici un bonus de {M} pour l'excellent travail, merci !",
            "Je vous ai remboursé {M} car la livraison était en retard, désolé.",
            "Les fichiers manquent toujours. S'ils ne sont pas livrés vendredi, j'ouvrirai un litige.",
            "Je ne peux pas débloquer le paiement tant que les bugs ne sont pas corrigés.",
            "Je suis déçu de la qualité, je laisserai un avis sincère.",
            "Je vous ai mis {S5}, vous le méritez.",
            "Je laisserai mon avis à la fin du projet.",
            "Si quelque chose ne va pas, dites-le-moi avant de noter et je corrige.",
            "Le travail était mauvais, je mets {S1}, c'est mon avis honnête.",
            "Je vous envoie {M} de plus pour vous remercier, sans condition.",
            "Nous avons convenu d'une remise de {P} pour le contrat long.",
            "Prenez note : la réunion est demain.",
        ],
    },
    "de": {
        "past_benefit": [
            "Ich habe {M} Bonus für die Wochenendarbeit geschickt.",
            "Ich habe schon {M} Trinkgeld für den Einsatz gezahlt.",
            "Die Erstattung von {M} ist erledigt, sorry für die Verzögerung.",
        ],
        "polite": [
            "Wenn Sie mir bei Gelegenheit eine Bewertung hinterlassen könnten, wäre das toll.",
            "Würden Sie den Vertrag bewerten, wenn Sie Zeit haben?",
            "Wenn Sie zufrieden sind, können Sie gern {S5} geben.",
        ],
        "benefit": [
            "erstatte ich dir {M}",
            "schicke ich Ihnen einen Bonus von {M}",
            "bekommen Sie {P} Rabatt auf den nächsten Auftrag",
            "mache ich den nächsten Auftrag gratis",
            "gebe ich Ihnen einen Teil des Geldes zurück",
            "zahle ich Ihnen {M} extra",
            "bekommen Sie zwei kostenlose Korrekturen",
        ],
        "cond": [
            "Wenn Sie mir {S5} geben",
            "Wenn du mir eine {S5} Bewertung gibst",
            "Sobald Sie mich mit {S5} bewerten",
            "Falls Sie Ihre Bewertung auf {S5} ändern",
            "Wenn Sie die schlechte Bewertung löschen",
            "Sobald eine positive Bewertung online ist",
        ],
        "imp": [
            "Geben Sie mir {S5}",
            "Gib mir eine {S5} Bewertung",
            "Bewerten Sie mich mit {S5}",
            "Ändern Sie Ihre Bewertung auf {S5}",
            "Löschen Sie die negative Bewertung",
            "Schreiben Sie eine positive Rezension",
        ],
        "and": ["und", "und dafür", "und im Gegenzug"],
        "exch": ["im Gegenzug für {S5}", "gegen eine gute Bewertung", "für eine positive Bewertung"],
        "neg": [
            "gebe ich Ihnen {S1}",
            "schreibe ich eine vernichtende Bewertung",
            "melde ich Sie beim Support",
            "eröffne ich einen Streitfall und ruiniere Ihre Bewertung",
            "erfahren alle Kunden, was Sie getan haben",
            "zahle ich den letzten Meilenstein nicht und Sie bekommen {S1}",
        ],
        "neg_main": [
            "Ich gebe Ihnen {S1}",
            "Ich schreibe eine vernichtende Bewertung",
            "Ich melde Sie beim Support",
            "Ich ruiniere Ihre Bewertung",
            "Sie bekommen von mir {S1}",
        ],
        "tcond": [
            "wenn Sie mir nicht {S5} geben",
            "außer Sie ändern Ihre Bewertung",
            "falls Sie die Bewertung nicht löschen",
            "wenn ich nicht mein ganzes Geld zurückbekomme",
            "wenn Sie den Preis nicht um {P} senken",
            "es sei denn, Sie bewerten mich mit {S5}",
        ],
        "orelse": ["oder", "sonst", "andernfalls"],
        "veiled_offer": [
            "Eine nette Bewertung würde mir sehr helfen, und ich bin großzügig zu denen, die mir helfen.",
            "Sagen wir {S5} und der nächste Auftrag kostet nichts. Deal?",
        ],
        "veiled_threat": [
            "Es wäre schade, wenn Ihr Profil eine schlechte Bewertung bekäme. Sie wissen, was zu tun ist.",
            "Überlegen Sie sich gut, welche Bewertung Sie abgeben. Ich kenne viele Leute hier.",
        ],
        "honest": [
            "Ich habe Ihnen {M} Bonus für die Überstunden geschickt. Wenn Sie Zeit haben, wäre eine Bewertung schön.",
            "Ich habe {M} Trinkgeld gegeben und {S5} hinterlassen, danke!",
            "Wir erstatten niemals Geld im Austausch für Bewertungen.",
            "Wenn alles klappt, bekommen Sie morgen {S5} von mir.",
            "Bitte keine schlechte Bewertung, lassen Sie mich es erst kostenlos beheben.",
            "Keine Sorge, ich gebe keine negative Bewertung, beheben Sie nur das Menü.",
            "Ich habe {M} wie vereinbart erstattet. Bewerten Sie, wie Sie möchten.",
            "Sie müssen keine Bewertung schreiben, aber wenn, dann bitte ehrlich.",
            "Danke für die {S5}! Es war eine Freude, mit Ihnen zu arbeiten.",
            "Wenn Sie zufrieden sind, würde mir eine ehrliche Bewertung helfen. Kein Druck.",
            "Hier ist ein Bonus von {M} für die tolle Arbeit, danke!",
            "Ich habe {M} erstattet, weil die Lieferung zu spät war, Entschuldigung.",
            "Die Dateien fehlen noch. Wenn sie bis Freitag nicht da sind, eröffne ich einen Streitfall.",
            "Ich kann die Zahlung erst freigeben, wenn die Fehler behoben sind.",
            "Ich bin von der Qualität enttäuscht und werde eine ehrliche Bewertung schreiben.",
            "Ich habe Ihnen {S5} gegeben, verdient!",
            "Ich bewerte, sobald das Projekt abgeschlossen ist.",
            "Wenn etwas nicht stimmt, sagen Sie es mir vor der Bewertung, dann bessere ich nach.",
            "Die Arbeit war schlecht, ich gebe {S1}, das ist meine ehrliche Meinung.",
            "Ich schicke {M} extra als Dankeschön, ohne Bedingungen.",
            "Wir hatten {P} Rabatt für den langen Vertrag vereinbart.",
        ],
    },
    "ru": {
        "past_benefit": [
            "Отправил бонус {M} за работу в выходные.",
            "Уже заплатил {M} чаевых за старания.",
            "Возврат {M} уже сделан, извините за задержку.",
        ],
        "polite": [
            "Если сможете оставить отзыв, когда будет минутка, будет здорово.",
            "Не могли бы вы оценить контракт, когда будет время?",
            "Если вы довольны, можете поставить {S5}.",
        ],
        "benefit": [
            "я верну тебе {M}",
            "я отправлю вам бонус {M}",
            "сделаю скидку {P} на следующий заказ",
            "следующую работу сделаю бесплатно",
            "верну часть денег",
            "доплачу вам {M}",
            "сделаю две правки бесплатно",
        ],
        "cond": [
            "если поставите мне {S5}",
            "если оставишь отзыв на {S5}",
            "когда оцените меня на {S5}",
            "как только опубликуете положительный отзыв",
            "если измените отзыв на {S5}",
            "если удалите плохой отзыв",
        ],
        "imp": [
            "Поставьте мне {S5}",
            "Оставь отзыв на {S5}",
            "Оцените меня на {S5}",
            "Измените свой отзыв на {S5}",
            "Удалите этот негативный отзыв",
            "Напишите хороший отзыв",
        ],
        "and": ["и", "и взамен", "а я"],
        "exch": ["в обмен на {S5}", "в обмен на хороший отзыв", "за положительный отзыв"],
        "neg": [
            "поставлю вам {S1}",
            "напишу ужасный отзыв",
            "пожалуюсь на вас в поддержку",
            "открою спор и испорчу вам рейтинг",
            "все заказчики узнают, что вы сделали",
            "не оплачу последний этап и поставлю {S1}",
        ],
        "tcond": [
            "если не поставите мне {S5}",
            "если не измените отзыв",
            "если не удалите этот отзыв",
            "пока не вернёте все деньги",
            "если не снизите цену на {P}",
        ],
        "orelse": ["или", "иначе", "а то"],
        "veiled_offer": [
            "Хороший отзыв мне бы очень помог, а я не забываю тех, кто помогает.",
            "Скажем, {S5}, и следующий заказ бесплатно. Договорились?",
        ],
        "veiled_threat": [
            "Будет жаль, если ваш профиль получит плохой отзыв. Вы знаете, что делать с оценкой.",
            "Хорошо подумайте, какую оценку ставить. У меня тут много знакомых.",
        ],
        "honest": [
            "Отправил бонус {M} за переработку. Когда будет время, отзыв был бы кстати.",
            "Оставил чаевые {M} и поставил {S5}, спасибо!",
            "Мы никогда не возвращаем деньги в обмен на отзывы.",
            "Если всё будет хорошо, завтра поставлю вам {S5}.",
            "Пожалуйста, не ставьте плохой отзыв, дайте мне сначала бесплатно всё исправить.",
            "Не волнуйтесь, негативный отзыв я не оставлю, просто поправьте меню.",
            "Вернул {M}, как договаривались. Оставьте любой отзыв, какой хотите.",
            "Отзыв не обязателен, но если оставите, пусть будет честным.",
            "Спасибо за {S5}! Было приятно работать с вами.",
            "Если вам понравилась работа, честный отзыв мне поможет. Без давления.",
            "Вот бонус {M} за отличную работу, спасибо!",
            "Я вернул {M}, потому что сдача задержалась, извините.",
            "Файлов всё ещё нет. Если их не будет к пятнице, я открою спор.",
            "Не могу подтвердить оплату, пока ошибки не исправлены.",
            "Я разочарован качеством и оставлю честный отзыв.",
            "Поставил вам {S5}, заслуженно.",
            "Оставлю отзыв, когда проект будет закончен.",
            "Если что-то не так, скажите до отзыва, и я исправлю.",
            "Работа плохая, ставлю {S1}, это моё честное мнение.",
            "Отправляю {M} сверху в благодарность, без условий.",
            "Мы договорились о скидке {P} за долгий контракт.",
        ],
    },
    "it": {
        "past_benefit": [
            "Ti ho mandato un bonus di {M} per il lavoro nel weekend.",
            "Ho appena pagato una mancia di {M} per l'impegno extra.",
            "Il rimborso di {M} è stato elaborato, scusa il ritardo.",
            "Ho aggiunto {M} alla milestone per la consegna notturna.",
            "Hai avuto il {P} di sconto su questo lavoro, come promesso.",
            "Bonus inviato, te lo sei meritato.",
        ],
        "polite": [
            "Se hai un momento, una recensione mi sarebbe utile.",
            "Quando hai tempo, potresti valutare il contratto?",
            "Se sei soddisfatto, puoi lasciare {S5}, ma decidi tu.",
            "Una recensione quando ti è comodo sarebbe apprezzata.",
            "Ti andrebbe di lasciare un breve commento sul lavoro?",
        ],
        "benefit": [
            "ti rimborso {M}",
            "ti mando un bonus di {M}",
            "ti faccio il {P} di sconto sul prossimo ordine",
            "il prossimo lavoro te lo faccio gratis",
            "ti restituisco una parte dei soldi",
            "ti pago {M} in più",
            "ti regalo due revisioni gratuite",
            "ti mando un buono regalo da {M}",
            "tolgo {M} dalla fattura",
            "ti faccio un bonifico di {M}",
        ],
        "cond": [
            "se mi lasci {S5}",
            "se mi dai una recensione da {S5}",
            "appena mi valuti con {S5}",
            "non appena pubblichi una recensione positiva",
            "se cambi la tua valutazione in {S5}",
            "se togli la recensione negativa",
            "quando la recensione dice {S5}",
            "dopo una bella recensione",
        ],
        "imp": [
            "Lasciami {S5}",
            "Dammi una recensione da {S5}",
            "Valutami con {S5}",
            "Cambia la recensione in {S5}",
            "Cancella quella recensione negativa",
            "Scrivi una recensione positiva",
        ],
        "and": ["e", "e in cambio", "e io"],
        "exch": ["in cambio di {S5}", "in cambio di una bella recensione", "per una recensione positiva"],
        "neg": [
            "ti lascio {S1}",
            "ti scrivo una recensione pessima",
            "ti segnalo all'assistenza",
            "apro una contestazione e ti rovino il punteggio",
            "racconto a tutti i clienti cosa hai fatto",
            "non pago l'ultima tranche e ti do {S1}",
            "faccio in modo che il tuo punteggio crolli",
            "nessuno qui ti assumerà più",
        ],
        "tcond": [
            "se non mi dai {S5}",
            "se non cambi la recensione",
            "se non togli quella recensione",
            "finché non mi rimborsi tutto",
            "se non abbassi il prezzo del {P}",
            "se non fai gratis le pagine in più",
        ],
        "orelse": ["o", "altrimenti", "oppure"],
        "veiled_offer": [
            "Una bella recensione mi aiuterebbe molto, e io so essere riconoscente con chi mi aiuta.",
            "Diciamo {S5} e il prossimo ordine non ti costa nulla. Affare fatto?",
            "Se le stelle sono quelle giuste, saprò come sdebitarmi.",
        ],
        "veiled_threat": [
            "Sarebbe un peccato se il tuo profilo ricevesse una recensione negativa. Sai cosa fare con il voto.",
            "Pensaci bene prima di valutare. Conosco molta gente qui che scrive recensioni.",
            "Uno sconto potrebbe cambiare quello che scrivo nella recensione.",
        ],
        "honest": [
            "Ti ho mandato un bonus di {M} per le ore extra. Quando hai tempo, una recensione sarebbe gradita.",
            "Ti ho lasciato una mancia di {M} e {S5}, grazie della consegna veloce!",
            "Non facciamo mai rimborsi in cambio di recensioni, mi dispiace.",
            "Il regolamento vieta di offrire sconti per le valutazioni.",
            "Se va tutto bene, domani ti lascio io {S5}.",
            "Per favore non lasciare una recensione negativa, fammi prima correggere gratis.",
            "Ho rimborsato {M} come concordato. Lascia pure la recensione che vuoi.",
            "Grazie per le {S5}! È stato un piacere lavorare con te.",
            "Se il lavoro ti è piaciuto, una recensione sincera mi aiuterebbe. Nessuna pressione.",
            "Ecco un bonus di {M} per l'ottimo lavoro, grazie!",
            "Ho rimborsato {M} perché la consegna era in ritardo di due giorni, scusa.",
            "I file mancano ancora. Se non arrivano entro venerdì apro una contestazione.",
            "Non posso rilasciare il pagamento finché i bug non sono corretti.",
            "Sono deluso dalla qualità, lascerò una recensione onesta.",
            "Ti ho dato {S5}, meritate.",
            "La tua tariffa di {M} l'ora va bene per noi.",
            "Il lavoro era scarso e in ritardo. Do {S1}, è la mia opinione sincera.",
            "Ti mando {M} in più come ringraziamento, senza condizioni.",
            "Lascerò la recensione quando il progetto sarà finito.",
            "Se qualcosa non va, dimmelo prima della recensione così lo sistemo.",
            "Un altro cliente mi ha offerto {M} per {S5}: ho rifiutato e l'ho segnalato.",
            "Qui quasi tutti hanno 5 stelle, è difficile confrontare.",
            "Ci serve un widget che mostri le stelle da 1 a 5 e il numero di recensioni.",
            "Il preventivo è alto, puoi farlo per {M} senza animazioni?",
            "Ho condiviso la cartella con tutto il team.",
        ],
    },
    "pl": {
        "past_benefit": [
            "Wysłałem ci premię {M} za pracę w weekend.",
            "Właśnie zapłaciłem {M} napiwku za dodatkowy wysiłek.",
            "Zwrot {M} został przetworzony, przepraszam za zwłokę.",
            "Dodałem {M} do etapu za nocną dostawę.",
            "Dostałeś {P} rabatu na to zlecenie, tak jak obiecałem.",
            "Premia wysłana, zasłużyłeś.",
        ],
        "polite": [
            "Jeśli znajdziesz chwilę, opinia bardzo by mi pomogła.",
            "Gdy będziesz miał czas, czy mógłbyś ocenić umowę?",
            "Jeśli jesteś zadowolony, możesz wystawić {S5}, ale to twoja decyzja.",
            "Krótka opinia, kiedy ci wygodnie, byłaby miła.",
            "Czy mógłbyś napisać kilka słów o współpracy?",
        ],
        "benefit": [
            "zwrócę ci {M}",
            "wyślę ci premię {M}",
            "dam ci {P} rabatu na następne zlecenie",
            "następne zlecenie zrobię za darmo",
            "oddam ci część pieniędzy",
            "dopłacę ci {M}",
            "dorzucę dwie poprawki gratis",
            "wyślę ci kartę podarunkową za {M}",
            "odejmę {M} od faktury",
            "zrobię ci przelew {M}",
        ],
        "cond": [
            "jeśli wystawisz mi {S5}",
            "jeśli dasz mi opinię na {S5}",
            "jak tylko ocenisz mnie na {S5}",
            "gdy tylko opublikujesz pozytywną opinię",
            "jeśli zmienisz ocenę na {S5}",
            "jeśli usuniesz negatywną opinię",
            "gdy opinia będzie na {S5}",
            "po dobrej opinii",
        ],
        "imp": [
            "Wystaw mi {S5}",
            "Daj mi opinię na {S5}",
            "Oceń mnie na {S5}",
            "Zmień ocenę na {S5}",
            "Usuń tę negatywną opinię",
            "Napisz pozytywną opinię",
        ],
        "and": ["i", "a w zamian", "a ja"],
        "exch": ["w zamian za {S5}", "w zamian za dobrą opinię", "za pozytywną opinię"],
        "neg": [
            "wystawię ci {S1}",
            "napiszę fatalną opinię",
            "zgłoszę cię do supportu",
            "otworzę spór i zniszczę ci ocenę",
            "opowiem wszystkim klientom, co zrobiłeś",
            "nie zapłacę ostatniego etapu i dostaniesz {S1}",
            "dopilnuję, żeby twoja ocena spadła",
            "nikt tu cię już nie zatrudni",
        ],
        "tcond": [
            "jeśli nie dasz mi {S5}",
            "jeśli nie zmienisz opinii",
            "jeśli nie usuniesz tej opinii",
            "dopóki nie zwrócisz wszystkich pieniędzy",
            "jeśli nie obniżysz ceny o {P}",
            "jeśli nie zrobisz dodatkowych stron za darmo",
        ],
        "orelse": ["albo", "inaczej", "bo inaczej"],
        "veiled_offer": [
            "Dobra opinia bardzo by mi pomogła, a ja nie zapominam o tych, którzy mi pomagają.",
            "Powiedzmy {S5} i następne zlecenie nic cię nie kosztuje. Umowa?",
            "Jeśli z gwiazdkami będzie dobrze, odwdzięczę się.",
        ],
        "veiled_threat": [
            "Szkoda by było, gdyby twój profil dostał złą opinię. Wiesz, co zrobić z oceną.",
            "Zastanów się dobrze nad oceną. Znam tu wielu ludzi, którzy piszą opinie.",
            "Rabat mógłby zmienić to, co napiszę w opinii.",
        ],
        "honest": [
            "Wysłałem ci premię {M} za nadgodziny. Gdy znajdziesz czas, opinia byłaby miła.",
            "Dałem ci {M} napiwku i {S5}, dzięki za szybką dostawę!",
            "Nigdy nie dajemy zwrotów w zamian za opinie, przepraszam.",
            "Regulamin zabrania oferowania rabatów za oceny.",
            "Jeśli wszystko pójdzie dobrze, jutro sam wystawię ci {S5}.",
            "Proszę, nie wystawiaj złej opinii, pozwól mi najpierw poprawić to za darmo.",
            "Zwróciłem {M}, jak ustaliliśmy. Wystaw taką opinię, jaką chcesz.",
            "Dzięki za {S5}! Świetnie się współpracowało.",
            "Jeśli praca ci się podobała, szczera opinia by mi pomogła. Bez presji.",
            "Oto premia {M} za świetną robotę, dziękuję!",
            "Zwróciłem {M}, bo dostawa była spóźniona o dwa dni, przepraszam.",
            "Plików wciąż nie ma. Jeśli nie dotrą do piątku, otworzę spór.",
            "Nie mogę zwolnić płatności, dopóki błędy nie zostaną poprawione.",
            "Jestem rozczarowany jakością, wystawię uczciwą opinię.",
            "Wystawiłem ci {S5}, zasłużenie.",
            "Twoja stawka {M} za godzinę nam pasuje.",
            "Praca była słaba i spóźniona. Daję {S1}, to moja szczera opinia.",
            "Wysyłam {M} extra w podziękowaniu, bez żadnych warunków.",
            "Wystawię opinię, gdy projekt będzie skończony.",
            "Jeśli coś jest nie tak, powiedz mi przed opinią, to poprawię.",
            "Inny klient proponował mi {M} za {S5}: odmówiłem i zgłosiłem to.",
            "Tu prawie każdy ma 5 gwiazdek, trudno porównać.",
            "Potrzebujemy widżetu z gwiazdkami od 1 do 5 i liczbą opinii.",
            "Wycena jest wysoka, zrobisz to za {M} bez animacji?",
            "Udostępniłem folder całemu zespołowi.",
        ],
    },
}

CHAT = {
    "you": "u",
    "your": "ur",
    "please": "pls",
    "for": "4",
    "to": "2",
    "review": "rvw",
    "feedback": "fb",
    "and": "n",
    "are": "r",
    "i will": "ill",
    "i'll": "ill",
    "if you": "if u",
    "give me": "gimme",
    "going to": "gonna",
    "stars": "strs",
    "rating": "ratin",
    "refund": "refnd",
    "because": "cuz",
    "otherwise": "othrwise",
}
LANGUAGES = ("en", "chat", "es", "pt", "fr", "de", "ru", "it", "pl")


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # "offer" | "threat" | "honest"
    language: str
    parts: int = 1


def _fill(rnd: random.Random, lang: str, template: str) -> str:
    base = "en" if lang == "chat" else lang
    out = template
    while "{S5}" in out:
        out = out.replace("{S5}", rnd.choice(STARS5[base]), 1)
    while "{S1}" in out:
        out = out.replace("{S1}", rnd.choice(STARS1[base]), 1)
    while "{M}" in out:
        out = out.replace("{M}", rnd.choice(MONEY[base]), 1)
    while "{P}" in out:
        out = out.replace("{P}", f"{rnd.choice([10, 15, 20, 25, 30, 50])}%", 1)
    return out


def _typos(rnd: random.Random, text: str, rate: float) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) < 4 or not w.isalpha() or rnd.random() > rate:
            continue
        j = rnd.randrange(1, len(w) - 1)
        op = rnd.randrange(4)
        if op == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif op == 1:
            w = w[:j] + w[j + 1 :]
        elif op == 2:
            w = w[:j] + w[j] + w[j:]
        else:
            w = w[:j] + rnd.choice("aeiourstn") + w[j + 1 :]
        words[i] = w
    return " ".join(words)


def _chat(rnd: random.Random, text: str) -> str:
    low = text.lower()
    for full, short in CHAT.items():
        if rnd.random() < 0.7:
            low = low.replace(f" {full} ", f" {short} ").replace(
                f"{full} ", f"{short} ", 1 if low.startswith(full) else 0
            )
    return low.replace(".", rnd.choice(["", " !!", "..", " "])).replace(",", "")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _noise(rnd: random.Random, lang: str, text: str) -> str:
    if lang == "chat":
        text = _chat(rnd, text)
        text = _typos(rnd, text, 0.15)
    else:
        text = _typos(rnd, text, 0.05)
        if rnd.random() < 0.25:
            from .textmodel import _strip_accents

            text = _strip_accents(text)
        if rnd.random() < 0.2:
            text = text.lower()
    if rnd.random() < 0.2:
        text += rnd.choice([" 🙂", " ;)", " !!", " ok?", " thx", ""])
    return text


def _offer(rnd: random.Random, lang: str) -> list[str]:
    base = "en" if lang == "chat" else lang
    d = L[base]
    a = _fill(rnd, lang, rnd.choice(d["benefit"]))
    c = _fill(rnd, lang, rnd.choice(d["cond"]))
    form = rnd.randrange(5)
    if form == 0:
        return [_cap(c) + ", " + a + "."] if base != "de" else [_cap(c) + ", " + a + "."]
    if form == 1:
        if base == "de":
            a = "Ich " + _verb_first(a)
        return [_cap(a) + " " + c[0].lower() + c[1:] + "."]
    if form == 2:
        imp = _fill(rnd, lang, rnd.choice(d["imp"]))
        if base == "de":
            a = "ich " + _verb_first(a)
        return (
            [imp + ".", _cap(rnd.choice(d["and"]).strip()) + " " + a + "."]
            if rnd.random() < 0.5
            else [imp + " " + rnd.choice(d["and"]) + " " + a + "."]
        )
    if form == 3:
        if base == "de":
            a = "Ich " + _verb_first(a)
        return [_cap(a) + " " + _fill(rnd, lang, rnd.choice(d["exch"])) + "."]
    return [_fill(rnd, lang, rnd.choice(d["veiled_offer"]))]


def _verb_first(clause: str) -> str:
    """German clauses are written verb-first after "wenn …,"; as a main clause the
    subject comes first: "erstatte ich dir" → "erstatte dir" (after "Ich ")."""
    return clause.replace(" ich ", " ", 1) if " ich " in clause else clause


def _threat(rnd: random.Random, lang: str) -> list[str]:
    base = "en" if lang == "chat" else lang
    d = L[base]
    neg = _fill(rnd, lang, rnd.choice(d.get("neg_main", d["neg"])))
    cond = _fill(rnd, lang, rnd.choice(d["tcond"]))
    form = rnd.randrange(4)
    if form == 0:
        return [_cap(neg) + " " + cond + "."]
    if form == 1:
        neg2 = _fill(rnd, lang, rnd.choice(d["neg"]))
        return [_cap(cond) + ", " + neg2 + "."]
    if form == 2:
        imp = _fill(rnd, lang, rnd.choice(d["imp"]))
        return [imp + " " + rnd.choice(d["orelse"]) + " " + neg[0].lower() + neg[1:] + "."]
    return [_fill(rnd, lang, rnd.choice(d["veiled_threat"]))]


def _honest(rnd: random.Random, lang: str) -> str:
    base = "en" if lang == "chat" else lang
    d = L[base]
    roll = rnd.random()
    if roll < 0.6:
        return _fill(rnd, lang, rnd.choice(d["honest"]))
    if roll < 0.75:  # a benefit already given, and a polite request: nothing is tied
        pair = [_fill(rnd, lang, rnd.choice(d["past_benefit"])), _fill(rnd, lang, rnd.choice(d["polite"]))]
        rnd.shuffle(pair)
        return " ".join(pair)
    # One clause of an offer or a threat on its own: a complaint naming a bad
    # rating, a benefit, a bare request, a condition with nothing tied to it.
    part = rnd.choice(["neg", "benefit", "imp", "cond", "tcond"])
    clause = _fill(rnd, lang, rnd.choice(d.get("neg_main", d["neg"]) if part == "neg" else d[part]))
    if part == "benefit" and base == "de":
        clause = "Ich " + _verb_first(clause)
    return _cap(clause) + rnd.choice([".", "...", "", "?"])


def examples(seed: int = 14, per_language: int = 1200) -> list[Example]:
    """Labelled examples: per language, a quarter offers, a quarter threats, half
    honest look-alikes; a third of offers and threats split over messages, whose
    parts also appear alone as honest examples."""
    rnd = random.Random(seed)
    out: list[Example] = []
    for lang in LANGUAGES:
        for i in range(per_language):
            kind = ("offer", "threat", "honest", "honest", "honest")[i % 5]
            if kind == "honest":
                out.append(Example(_noise(rnd, lang, _honest(rnd, lang)), "honest", lang))
                continue
            parts = _offer(rnd, lang) if kind == "offer" else _threat(rnd, lang)
            parts = [_noise(rnd, lang, p) for p in parts]
            if len(parts) > 1:  # split where the clauses meet: each clause alone is harmless
                for p in parts:
                    if len(p.split()) >= 2:
                        out.append(Example(p, "honest", lang))
            elif rnd.random() < 0.25:
                parts = _split(rnd, parts[0])  # split anywhere, as people hit enter
            out.append(Example("\n".join(parts), kind, lang, parts=len(parts)))
    return out


# Red-team threads used as examples: rounds 1 and 2 whole, round 3 only its odd half
# (the even half is the hold-out, bench/redteam/halves.py).
REDTEAM = Path(__file__).resolve().parents[1] / "bench" / "redteam"
REDTEAM_SOURCES = (("round1", None), ("round2", None), ("round3", "odd"))


def redteam_examples(sources=REDTEAM_SOURCES) -> list[Example]:
    """Each red-team thread as the scan reads it: each sender's messages joined by
    line breaks. The initiator's text carries the thread's label (paid → offer,
    extortion → threat); the other party's text, and every honest thread, are
    honest. Deterministic: the files' order."""
    out: list[Example] = []
    for name, half in sources:
        path = REDTEAM / name / "threads.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            thread = json.loads(line)
            number = int(thread["id"].rsplit("-", 1)[-1].lstrip("T") or 0)
            if half is not None and ("odd" if number % 2 else "even") != half:
                continue
            lang = "chat" if thread["language"] == "en_chat" else thread["language"]
            label = {"paid": "offer", "extortion": "threat"}.get(thread["label"], "honest")
            by_sender: dict[str, list[str]] = {}
            for m in thread["messages"]:
                by_sender.setdefault(m["sender_role"], []).append(m["body"])
            for role, bodies in by_sender.items():
                own = label if label != "honest" and role == thread.get("initiator") else "honest"
                out.append(Example("\n".join(bodies), own, lang, parts=len(bodies)))
    return out


def _split(rnd: random.Random, text: str) -> list[str]:
    words = text.split()
    if len(words) < 6:
        return [text]
    cut = rnd.randrange(2, len(words) - 2)
    parts = [" ".join(words[:cut]), " ".join(words[cut:])]
    if rnd.random() < 0.3 and len(words[cut:]) >= 4:
        rest = words[cut:]
        k = rnd.randrange(1, len(rest) - 1)
        parts = [parts[0], " ".join(rest[:k]), " ".join(rest[k:])]
    return parts


# --- training ---------------------------------------------------------------------------


def train_axis(
    samples: list[tuple[set[str], int]], *, epochs: int = 12, rate: float = 0.5, l2: float = 1e-5, seed: int = 14
) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad over sparse binary features scaled by 1/√n
    (as ``textmodel.Model.logit`` reads them). Positives and negatives weigh the
    same in total. Deterministic for a seed."""
    import math

    rnd = random.Random(seed)
    pos = sum(y for _, y in samples) or 1
    neg = (len(samples) - pos) or 1
    cw = {1: len(samples) / (2 * pos), 0: len(samples) / (2 * neg)}
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, bias_g2 = 0.0, 1e-8
    order = list(range(len(samples)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            feats, y = samples[k]
            scale = 1.0 / math.sqrt(max(1, len(feats)))
            z = bias + scale * sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y]
            bias_g2 += g * g
            bias -= rate * g / math.sqrt(bias_g2)
            gf = g * scale
            for f in feats:
                old = w.get(f, 0.0)
                grad = gf + l2 * old
                acc = g2.get(f, 1e-8) + grad * grad
                g2[f] = acc
                w[f] = old - rate * grad / math.sqrt(acc)
    return bias, w


def prune(weights: dict[str, float], *, keep: int = 40000, floor: float = 0.02) -> dict[str, float]:
    kept = sorted(((abs(v), f) for f, v in weights.items() if abs(v) >= floor), reverse=True)[:keep]
    return {f: round(weights[f], 4) for _, f in sorted(kept, key=lambda t: t[1])}


def featurised(items: list[Example]) -> list[set[str]]:
    from .textmodel import featurise, prepare, words

    return [featurise(words(prepare(e.text))) for e in items]


def train(items: list[Example], **kwargs) -> dict:
    feats = featurised(items)
    out = {}
    for axis in ("offer", "threat"):
        bias, w = train_axis([(f, int(e.label == axis)) for f, e in zip(feats, items, strict=True)], **kwargs)
        out[axis] = {"bias": round(bias, 4), "weights": prune(w)}
    return out


# --- round 2 of the examples: wider wording of the same behaviours -------------------------
# Consequences threatened beyond a bad rating (the reader's standing, withheld work,
# word of mouth), rewards beyond a refund or a bonus (vouchers, money off the invoice,
# crypto), and honest sentences that use the same words without a demand.
MORE: dict[str, dict[str, list[str]]] = {
    "en": {
        "neg": [
            "nobody on this site will ever hire you again",
            "I'll make sure every client I know hears how you work",
            "your profile will not survive my review",
            "the final files stay on my drive",
            "I'll flag you as unreliable and unprofessional",
            "you get the lowest score I can give",
            "my notes about you go to everyone in my network",
            "I'll bury your profile",
        ],
        "tcond": [
            "until you confirm the {S5}",
            "or else you know what happens",
            "otherwise my review tanks your profile",
            "if that rating doesn't go up",
        ],
        "benefit": [
            "I'll take {M} off the final invoice",
            "you get a {M} gift card",
            "I'll send {M} in crypto",
            "{M} of my budget is yours",
            "a thank-you transfer of {M} goes out",
        ],
        "honest": [
            "A client once tried to sink my profile with an unfair review, it still hurts.",
            "I keep notes on every project so handovers are easy.",
            "Nobody on my team works weekends, sorry.",
            "The source files will be in the shared folder tomorrow.",
            "Word of mouth is how I found most clients, so thank you for the referral.",
            "Returning clients get {P} off their next order, no strings attached.",
            "I'm giving this {S1} because the files arrived broken, nothing you can do now.",
            "A gift card for the team lunch is on me, thanks for a great sprint.",
        ],
    },
    "es": {
        "neg": [
            "nadie en esta plataforma te volverá a contratar",
            "les cuento a todos mis contactos cómo trabajas",
            "te marco como poco fiable y poco profesional",
            "te pongo la nota más baja posible",
            "los archivos finales se quedan conmigo",
            "hundo tu perfil con una reseña",
        ],
        "tcond": ["hasta que confirmes las {S5}", "o ya sabes lo que pasa", "si esa nota no sube"],
        "benefit": [
            "te descuento {M} de la factura final",
            "te regalo una tarjeta de regalo de {M}",
            "te mando {M} en cripto",
            "{M} de mi presupuesto son tuyos",
        ],
        "honest": [
            "Un cliente intentó hundir mi perfil con una reseña injusta.",
            "Apunto notas de cada proyecto para no olvidar nada.",
            "Los archivos fuente estarán en la carpeta mañana.",
            "Los clientes que repiten tienen un {P} de descuento, sin condiciones.",
            "Te pongo {S1} porque los archivos llegaron rotos, lo siento.",
        ],
    },
    "pt": {
        "neg": [
            "ninguém aqui vai te contratar de novo",
            "conto para todos os meus contatos como você trabalha",
            "te marco como pouco confiável e pouco profissional",
            "te dou a nota mais baixa possível",
            "os arquivos finais ficam comigo",
            "afundo o seu perfil com uma avaliação",
        ],
        "tcond": ["até você confirmar as {S5}", "ou você já sabe o que acontece", "se essa nota não subir"],
        "benefit": [
            "tiro {M} da fatura final",
            "te dou um cartão-presente de {M}",
            "te mando {M} em cripto",
            "{M} do meu orçamento são seus",
        ],
        "honest": [
            "Um cliente tentou afundar meu perfil com uma avaliação injusta.",
            "Anoto tudo de cada projeto para não esquecer nada.",
            "Os arquivos-fonte estarão na pasta amanhã.",
            "Clientes que voltam ganham {P} de desconto, sem condições.",
            "Vou dar {S1} porque os arquivos chegaram corrompidos, desculpe.",
        ],
    },
    "fr": {
        "neg": [
            "plus personne sur ce site ne vous embauchera",
            "je raconte à tous mes contacts comment vous travaillez",
            "je vous signale comme peu fiable et peu professionnel",
            "je vous mets la note la plus basse possible",
            "les fichiers finaux restent chez moi",
            "je coule votre profil avec un avis",
        ],
        "tcond": [
            "tant que vous ne confirmez pas les {S5}",
            "sinon vous savez ce qui arrive",
            "si cette note ne monte pas",
        ],
        "benefit": [
            "je retire {M} de la facture finale",
            "je vous offre une carte cadeau de {M}",
            "je vous envoie {M} en crypto",
            "{M} de mon budget sont à vous",
        ],
        "honest": [
            "Un client a essayé de couler mon profil avec un avis injuste.",
            "Je prends des notes sur chaque projet pour ne rien oublier.",
            "Les fichiers sources seront dans le dossier demain.",
            "Les clients fidèles ont {P} de remise, sans condition.",
            "Je mets {S1} car les fichiers sont arrivés corrompus, désolé.",
        ],
    },
    "de": {
        "neg": [
            "beauftragt Sie hier niemand mehr",
            "erzähle ich allen meinen Kontakten, wie Sie arbeiten",
            "markiere ich Sie als unzuverlässig und unprofessionell",
            "gebe ich Ihnen die niedrigste Bewertung",
            "bleiben die fertigen Dateien bei mir",
        ],
        "neg_main": [
            "Niemand hier beauftragt Sie dann noch",
            "Ich erzähle allen meinen Kontakten, wie Sie arbeiten",
            "Ich markiere Sie als unzuverlässig und unprofessionell",
            "Die fertigen Dateien bleiben bei mir",
        ],
        "tcond": ["bis Sie die {S5} bestätigen", "sonst wissen Sie, was passiert", "falls die Note nicht steigt"],
        "benefit": [
            "ziehe ich {M} von der Schlussrechnung ab",
            "bekommen Sie einen Gutschein über {M}",
            "schicke ich Ihnen {M} in Krypto",
        ],
        "honest": [
            "Ein Kunde wollte mein Profil mit einer unfairen Bewertung versenken.",
            "Ich mache mir zu jedem Projekt Notizen, damit nichts verloren geht.",
            "Die Quelldateien liegen morgen im Ordner.",
            "Stammkunden bekommen {P} Rabatt, ohne Bedingungen.",
            "Ich gebe {S1}, weil die Dateien beschädigt ankamen, tut mir leid.",
        ],
    },
    "ru": {
        "neg": [
            "вас здесь больше никто не наймёт",
            "расскажу всем знакомым заказчикам, как вы работаете",
            "отмечу вас как ненадёжного и непрофессионального",
            "поставлю вам минимальную оценку",
            "исходники останутся у меня",
            "утоплю ваш профиль одним отзывом",
        ],
        "tcond": ["пока не подтвердите {S5}", "иначе сами знаете, что будет", "если оценка не вырастет"],
        "benefit": [
            "скину {M} с итогового счёта",
            "подарю сертификат на {M}",
            "переведу {M} в крипте",
        ],
        "honest": [
            "Один заказчик пытался утопить мой профиль несправедливым отзывом.",
            "Я веду заметки по каждому проекту, чтобы ничего не забыть.",
            "Исходники будут в папке завтра.",
            "Постоянным клиентам скидка {P}, без условий.",
            "Ставлю {S1}, потому что файлы пришли битые, извините.",
        ],
    },
}
for _lang, _parts in MORE.items():
    for _key, _clauses in _parts.items():
        L[_lang].setdefault(_key, []).extend(_clauses)

# Round 5 of the examples: a customer's dispute over work not delivered, which names
# a dispute and an "or" but asks back only what was paid for (honest), in every language.
DISPUTES = {
    "en": [
        "Two of the five pages never arrived. Refund that part or I'll open a dispute.",
        "The app still crashes on login. Fix it this week or I'll ask support to mediate.",
    ],
    "es": [
        "Faltan dos de las cinco páginas. Devuélveme esa parte o abro una disputa.",
        "La app sigue fallando. Arréglala esta semana o pido mediación a soporte.",
    ],
    "pt": [
        "Faltam duas das cinco páginas. Devolve essa parte ou abro uma disputa.",
        "O app ainda trava. Corrige esta semana ou peço mediação ao suporte.",
    ],
    "fr": [
        "Il manque deux des cinq pages. Remboursez cette partie ou j'ouvre un litige.",
        "L'appli plante toujours. Corrigez cette semaine ou je demande une médiation.",
    ],
    "de": [
        "Zwei der fünf Seiten fehlen. Erstatten Sie den Teil oder ich eröffne einen Streitfall.",
        "Die App stürzt immer noch ab. Beheben Sie das diese Woche, sonst bitte ich den Support um Vermittlung.",
    ],
    "ru": [
        "Двух страниц из пяти так и нет. Верните за них деньги, или я открою спор.",
        "Приложение всё ещё падает. Исправьте на этой неделе, иначе попрошу поддержку рассудить.",
    ],
    "it": [
        "Mancano due pagine su cinque. Rimborsami quella parte o apro una contestazione.",
        "L'app si blocca ancora. Sistemala questa settimana o chiedo una mediazione all'assistenza.",
    ],
    "pl": [
        "Brakuje dwóch z pięciu stron. Zwróć mi za nie albo otwieram spór.",
        "Aplikacja wciąż się zawiesza. Napraw to w tym tygodniu, inaczej poproszę support o mediację.",
    ],
}
for _lang, _clauses in DISPUTES.items():
    L[_lang]["honest"].extend(_clauses)
