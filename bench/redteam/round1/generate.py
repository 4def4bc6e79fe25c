#!/usr/bin/env python3
"""Independent red-team marketplace generator for the feedback-building detectors.

stdlib only, deterministic by --seed.  Writes:
  data/marketplace.jsonl   (import_marketplace format)
  truth.json               (schemes + honest look-alikes)
  threads.jsonl            (message threads alone, text-level test set)
Usage: python3 generate.py --seed N [--out DIR] [--accounts 10000]
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import sys

ROUND = "r1"
DEFAULT_SEED = 1101
# ==== BANKS BEGIN (round 1 wordings) ====
# Thread templates. "A:" = the initiator, "B:" = the other party.
# PAID entries: (initiator c|f, reward bonus|refund|free|cash, mode x|v, when b|a, messages)
# EXTORTION entries: (initiator c|f, demand rating|refund|work, mode x|v, when b|a, messages)
# Slots: {name} other party's first name, {amt} money, {s5} top rating, {s1} bottom rating, {slow} a middling rating.
BANKS = {
 "en": {
  "s5": ["5 stars", "five stars", "a 5-star rating", "full marks"],
  "s1": ["1 star", "a one-star review", "the lowest rating possible"],
  "slow": ["3 stars", "2 stars", "three stars"],
  "money": ["${n}", "{n} USD", "${n}.00"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Hi {name}, the work is nearly finished and I'd like to add a {amt} bonus on top.", "A:All I ask in return is that you leave me {s5} when we close the contract."]),
   ("f", "refund", "x", "b", ["A:If you rate me {s5} when we wrap up, I'll send {amt} of the fee back to you.", "B:Is that even allowed?", "A:It stays between the two of us, don't worry."]),
   ("f", "free", "x", "b", ["A:Tell you what: give me a 5-star review and the next round of revisions is on me, free of charge."]),
   ("c", "bonus", "v", "b", ["A:I always keep {amt} aside for freelancers who help my profile look good.", "A:I'm sure you know what I mean, {name}. Let's both finish this on a high note."]),
   ("f", "refund", "v", "a", ["A:Thanks for taking the time to review. I saw it came out at {slow}.", "A:If that number happened to climb to the top, a partial refund of {amt} could find its way back to you."]),
   ("f", "cash", "x", "a", ["A:Could you edit your feedback to {s5}? I'll send you {amt} through PayPal for the trouble."]),
   ("c", "bonus", "x", "b", ["A:Great job so far.", "B:Thanks!", "A:People who look after my reputation tend to find {amt} extra in their payment. Once your review of me is in, it's yours."]),
   ("f", "free", "v", "b", ["A:My happiest clients get a free month of maintenance from me.", "A:And by happiest I mean the kind of happy that shows up as stars on my page."]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:Either I get {s5} from you for this contract or you get {s1} from me plus a long write-up of how bad this was."]),
   ("f", "rating", "x", "b", ["A:I'm not sending the final files until you promise me {s5}.", "A:And if you rate me any lower, I'll give you {s1} as a client. Think about it."]),
   ("c", "rating", "v", "b", ["A:It would be a shame if your profile got a review that reflects how this week actually went.", "A:Of course that can be avoided if I see a nice review from your side first."]),
   ("f", "rating", "v", "a", ["A:I noticed you gave me {slow}.", "A:Freelancers talk to each other about clients, and reputations travel fast. Maybe reconsider that number?"]),
   ("c", "rating", "x", "a", ["A:You gave me {slow}? Change it to five by tonight or I report your account and leave you {s1}."]),
   ("c", "rating", "x", "b", ["A:I'm not happy, but we can fix this.", "B:What do you need from me?", "A:{s5} from you on my profile. Otherwise my feedback on you will be brutal."]),
   ("f", "rating", "v", "b", ["A:I'd hate for future freelancers to read about this project in a way that makes you look unreliable.", "A:A generous rating from your side would make sure that never has to happen."]),
   ("c", "work", "x", "b", ["A:Do the extra landing page for free or I'll open a dispute and leave {s1} on your profile."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Thanks for the project, {name}! If you were happy with the work, a short review would really help me.", "B:Sure, will do."]), ("f", ["A:All files are delivered. No pressure at all, but feedback of any kind helps me improve."]), ("f", ["A:If you have a minute, an honest review would be appreciated, whatever you think is fair."])],
   "honest_bonus": [("c", ["A:You finished two days early, so I sent a {amt} bonus. Thank you!", "B:That's very kind, thanks!"]), ("c", ["A:Added a small tip of {amt} for the extra revisions, much appreciated."]), ("c", ["A:Sent a {amt} bonus for the weekend work. I left you a review too, well deserved."])],
   "late_refund": [("f", ["A:I missed the deadline by a week, so I've refunded {amt}. Sorry about that.", "B:Thanks for making it right."]), ("f", ["A:Part of the scope wasn't delivered, so I refunded {amt} for that part."])],
   "dispute": [("c", ["A:The delivered version doesn't match the brief. I'm opening a dispute so the platform can mediate.", "B:I disagree, but fine, let support look at it."]), ("f", ["A:We clearly disagree on the hours billed. Can we sort this out through the dispute process?"])],
   "angry_escalation": [("c", ["A:This is unacceptable. Three missed deadlines in a row. I'm escalating to support.", "B:I understand your frustration."]), ("c", ["A:I'm really disappointed. I will be contacting customer support about these charges."]), ("f", ["A:Honestly, this is the worst communication I've had on this site. I'm asking support to step in."])],
   "rating_talk": [("c", ["A:I gave you 5 stars because you were fast and clear. Good luck!", "B:Thank you, I rated you 5 too."]), ("c", ["A:I left a 3-star review: the code works but the documentation was missing. Nothing personal."]), ("c", ["A:Just so you know, I'll write an honest review based on the final result."])],
  },
  "chatter": ["I've uploaded the first draft.", "Can we move the call to Thursday?", "Please check the latest version when you can.", "This week's hours are submitted.", "Could you clarify the requirements for section 2?", "Looks good, thanks!", "I'll need access to the repository.", "The deadline is still Friday, right?"],
 },
 "es": {
  "s5": ["5 estrellas", "cinco estrellas", "la máxima calificación"],
  "s1": ["1 estrella", "una sola estrella", "la peor calificación"],
  "slow": ["3 estrellas", "2 estrellas", "tres estrellas"],
  "money": ["{n} dólares", "{n} USD", "{n} €"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Hola {name}, ya casi terminamos y quiero darte un bono de {amt}.", "A:Solo te pido que me dejes {s5} cuando cerremos el contrato."]),
   ("f", "refund", "x", "b", ["A:Si me pones {s5} al terminar, te devuelvo {amt} del pago.", "B:¿Eso se puede hacer?", "A:Tranquilo, queda entre nosotros."]),
   ("f", "free", "x", "b", ["A:Te propongo algo: me dejas una reseña de cinco estrellas y la próxima corrección te la hago gratis."]),
   ("c", "bonus", "v", "b", ["A:Siempre guardo {amt} extra para los freelancers que cuidan mi perfil.", "A:Seguro que me entiendes, {name}. Terminemos esto bien los dos."]),
   ("f", "refund", "v", "a", ["A:Gracias por tu opinión. Vi que me diste {slow}.", "A:Si esa nota llegara a subir hasta arriba, un reembolso de {amt} podría volver a tu cuenta."]),
   ("f", "cash", "x", "a", ["A:¿Puedes cambiar tu reseña a {s5}? Te mando {amt} por transferencia por la molestia."]),
   ("c", "bonus", "x", "b", ["A:Muy buen trabajo hasta ahora.", "B:¡Gracias!", "A:A quien cuida mi reputación le llegan {amt} más en el pago. Cuando vea tu valoración, son tuyos."]),
   ("f", "free", "v", "b", ["A:Mis clientes más contentos reciben un mes de mantenimiento gratis.", "A:Y por contentos me refiero a los que lo demuestran con estrellas en mi perfil."]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:O me das {s5} por este contrato o te dejo {s1} con una explicación bien detallada."]),
   ("f", "rating", "x", "b", ["A:No te envío los archivos finales hasta que me prometas {s5}.", "A:Y si me calificas por debajo, te pongo {s1} como cliente. Piénsalo."]),
   ("c", "rating", "v", "b", ["A:Sería una pena que tu perfil recibiera una reseña que cuente cómo fue realmente esta semana.", "A:Claro que eso se puede evitar si primero veo una buena valoración de tu parte."]),
   ("f", "rating", "v", "a", ["A:Vi que me pusiste {slow}.", "A:Los freelancers hablamos entre nosotros de los clientes y la fama corre rápido. ¿No quieres reconsiderar esa nota?"]),
   ("c", "rating", "x", "a", ["A:¿Me diste {slow}? Cámbialo a cinco hoy mismo o denuncio tu cuenta y te dejo {s1}."]),
   ("c", "rating", "x", "b", ["A:No estoy contento, pero esto tiene arreglo.", "B:¿Qué necesitas?", "A:{s5} de tu parte en mi perfil. Si no, mi opinión sobre ti va a ser durísima."]),
   ("f", "rating", "v", "b", ["A:No me gustaría que otros freelancers leyeran sobre este proyecto y pensaran que no eres serio.", "A:Una valoración generosa de tu parte haría que eso nunca pase."]),
   ("c", "work", "x", "b", ["A:Hazme la página extra gratis o abro una disputa y te dejo {s1}."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:¡Gracias por el proyecto, {name}! Si quedaste conforme, una reseña me ayudaría mucho.", "B:Claro, la dejo hoy."]), ("f", ["A:Ya entregué todo. Sin ninguna presión, pero cualquier comentario me sirve para mejorar."]), ("f", ["A:Si tienes un minuto, te agradecería una reseña sincera, la que te parezca justa."])],
   "honest_bonus": [("c", ["A:Terminaste dos días antes, así que te mandé un bono de {amt}. ¡Gracias!", "B:¡Qué amable, muchas gracias!"]), ("c", ["A:Te agregué una propina de {amt} por las revisiones extra."]), ("c", ["A:Te envié {amt} de bono por trabajar el fin de semana. También te dejé una reseña, te la mereces."])],
   "late_refund": [("f", ["A:Me retrasé una semana con la entrega, así que te reembolsé {amt}. Disculpa.", "B:Gracias por compensarlo."]), ("f", ["A:Una parte del alcance no se entregó; te devolví {amt} por esa parte."])],
   "dispute": [("c", ["A:La versión entregada no coincide con lo acordado. Voy a abrir una disputa para que medie la plataforma.", "B:No estoy de acuerdo, pero bien, que lo revise soporte."]), ("f", ["A:No coincidimos en las horas facturadas. ¿Lo resolvemos con el proceso de disputa?"])],
   "angry_escalation": [("c", ["A:Esto es inaceptable. Tres plazos incumplidos seguidos. Voy a escalarlo a soporte.", "B:Entiendo tu molestia."]), ("c", ["A:Estoy muy decepcionado. Voy a contactar con atención al cliente por estos cobros."]), ("f", ["A:La verdad, es la peor comunicación que he tenido aquí. Le voy a pedir a soporte que intervenga."])],
   "rating_talk": [("c", ["A:Te puse 5 estrellas porque fuiste rápido y claro. ¡Suerte!", "B:Gracias, yo también te puse 5."]), ("c", ["A:Te dejé 3 estrellas: el código funciona pero faltó la documentación. Nada personal."]), ("c", ["A:Para que lo sepas, escribiré una reseña honesta según el resultado final."])],
  },
  "chatter": ["Ya subí el primer borrador.", "¿Podemos pasar la llamada al jueves?", "Revisa la última versión cuando puedas.", "¿Me aclaras los requisitos de la sección 2?", "Se ve bien, ¡gracias!", "Necesito acceso al repositorio.", "La entrega sigue siendo el viernes, ¿no?"],
 },
 "pt": {
  "s5": ["5 estrelas", "cinco estrelas", "nota máxima"],
  "s1": ["1 estrela", "uma estrela só", "a pior nota"],
  "slow": ["3 estrelas", "2 estrelas", "três estrelas"],
  "money": ["R$ {n}", "US$ {n}", "{n} dólares"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Oi {name}, estamos quase no fim e quero te dar um bônus de {amt}.", "A:Só peço que você me deixe {s5} quando encerrarmos o contrato."]),
   ("f", "refund", "x", "b", ["A:Se você me der {s5} no final, eu te devolvo {amt} do valor.", "B:Isso é permitido?", "A:Fica só entre a gente, relaxa."]),
   ("f", "free", "x", "b", ["A:Proposta: você me avalia com cinco estrelas e a próxima revisão sai de graça."]),
   ("c", "bonus", "v", "b", ["A:Sempre separo {amt} a mais para quem ajuda meu perfil a brilhar.", "A:Você entendeu, {name}. Vamos terminar isso bem para os dois."]),
   ("f", "refund", "v", "a", ["A:Obrigado pela avaliação. Vi que ficou em {slow}.", "A:Se essa nota subisse até o topo, um reembolso de {amt} poderia voltar para você."]),
   ("f", "cash", "x", "a", ["A:Você pode mudar sua avaliação para {s5}? Te mando {amt} no Pix pelo incômodo."]),
   ("c", "bonus", "x", "b", ["A:Ótimo trabalho até agora.", "B:Valeu!", "A:Quem cuida da minha reputação ganha {amt} a mais no pagamento. Assim que sua avaliação sair, é seu."]),
   ("f", "free", "v", "b", ["A:Meus clientes mais satisfeitos ganham um mês de manutenção grátis.", "A:E satisfeito, para mim, é quem mostra isso em estrelas no meu perfil."]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:Ou você me dá {s5} neste contrato ou leva {s1} com um relato bem detalhado."]),
   ("f", "rating", "x", "b", ["A:Só envio os arquivos finais quando você me prometer {s5}.", "A:E se me avaliar abaixo disso, te dou {s1} como cliente. Pensa bem."]),
   ("c", "rating", "v", "b", ["A:Seria uma pena se o seu perfil recebesse uma avaliação contando como essa semana realmente foi.", "A:Claro que dá para evitar, se eu vir antes uma avaliação bacana da sua parte."]),
   ("f", "rating", "v", "a", ["A:Vi que você me deu {slow}.", "A:Freelancers conversam entre si sobre clientes e a fama corre rápido. Não quer repensar essa nota?"]),
   ("c", "rating", "x", "a", ["A:Você me deu {slow}? Muda para cinco hoje ou eu denuncio sua conta e te deixo {s1}."]),
   ("c", "rating", "x", "b", ["A:Não estou satisfeito, mas dá para resolver.", "B:O que você precisa?", "A:{s5} de você no meu perfil. Senão minha avaliação sobre você vai ser pesada."]),
   ("f", "rating", "v", "b", ["A:Eu não queria que outros freelancers lessem sobre esse projeto e achassem você pouco confiável.", "A:Uma avaliação generosa da sua parte garante que isso nunca aconteça."]),
   ("c", "work", "x", "b", ["A:Faz a página extra de graça ou abro uma disputa e deixo {s1} no seu perfil."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Obrigado pelo projeto, {name}! Se você gostou do trabalho, uma avaliação me ajudaria muito.", "B:Claro, faço hoje."]), ("f", ["A:Tudo entregue. Sem pressão nenhuma, mas qualquer comentário me ajuda a melhorar."]), ("f", ["A:Se tiver um minutinho, agradeço uma avaliação sincera, a que você achar justa."])],
   "honest_bonus": [("c", ["A:Você terminou dois dias antes, então mandei um bônus de {amt}. Obrigado!", "B:Que gentileza, obrigado!"]), ("c", ["A:Coloquei uma gorjeta de {amt} pelas revisões extras."]), ("c", ["A:Mandei {amt} de bônus pelo trabalho no fim de semana. Também deixei uma avaliação, merecida."])],
   "late_refund": [("f", ["A:Atrasei a entrega em uma semana, então reembolsei {amt}. Desculpa.", "B:Obrigado por compensar."]), ("f", ["A:Parte do escopo não foi entregue; devolvi {amt} referente a essa parte."])],
   "dispute": [("c", ["A:A versão entregue não bate com o briefing. Vou abrir uma disputa para a plataforma mediar.", "B:Discordo, mas tudo bem, o suporte que analise."]), ("f", ["A:A gente discorda sobre as horas cobradas. Resolvemos pelo processo de disputa?"])],
   "angry_escalation": [("c", ["A:Isso é inaceitável. Três prazos perdidos seguidos. Vou escalar para o suporte.", "B:Entendo sua frustração."]), ("c", ["A:Estou muito decepcionado. Vou falar com o atendimento sobre essas cobranças."]), ("f", ["A:Sinceramente, é a pior comunicação que já tive aqui. Vou pedir para o suporte intervir."])],
   "rating_talk": [("c", ["A:Te dei 5 estrelas porque você foi rápido e claro. Boa sorte!", "B:Obrigado, também te dei 5."]), ("c", ["A:Deixei 3 estrelas: o código funciona, mas faltou documentação. Nada pessoal."]), ("c", ["A:Só para avisar: vou escrever uma avaliação honesta com base no resultado final."])],
  },
  "chatter": ["Subi o primeiro rascunho.", "Podemos passar a call para quinta?", "Dá uma olhada na última versão quando puder.", "Pode esclarecer os requisitos da seção 2?", "Ficou bom, obrigado!", "Vou precisar de acesso ao repositório.", "O prazo continua sexta, certo?"],
 },
 "fr": {
  "s5": ["5 étoiles", "cinq étoiles", "la note maximale"],
  "s1": ["1 étoile", "une seule étoile", "la pire note"],
  "slow": ["3 étoiles", "2 étoiles", "trois étoiles"],
  "money": ["{n} €", "{n} euros", "{n} $"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Bonjour {name}, on a presque fini et j'aimerais vous verser une prime de {amt}.", "A:Je vous demande seulement de me laisser {s5} à la clôture du contrat."]),
   ("f", "refund", "x", "b", ["A:Si vous me mettez {s5} à la fin, je vous rembourse {amt} sur le montant.", "B:C'est autorisé, ça ?", "A:Ça reste entre nous, ne vous inquiétez pas."]),
   ("f", "free", "x", "b", ["A:Je vous propose un marché : un avis cinq étoiles et la prochaine révision est offerte."]),
   ("c", "bonus", "v", "b", ["A:Je réserve toujours {amt} de plus aux freelances qui soignent mon profil.", "A:Vous voyez ce que je veux dire, {name}. Finissons ça en beauté tous les deux."]),
   ("f", "refund", "v", "a", ["A:Merci pour votre avis. J'ai vu qu'il était à {slow}.", "A:Si cette note venait à grimper tout en haut, un remboursement de {amt} pourrait vous revenir."]),
   ("f", "cash", "x", "a", ["A:Pourriez-vous modifier votre avis en {s5} ? Je vous envoie {amt} par virement pour le dérangement."]),
   ("c", "bonus", "x", "b", ["A:Très bon travail jusqu'ici.", "B:Merci !", "A:Ceux qui prennent soin de ma réputation trouvent {amt} de plus dans leur paiement. Dès que votre avis est publié, c'est à vous."]),
   ("f", "free", "v", "b", ["A:Mes clients les plus satisfaits ont droit à un mois de maintenance gratuit.", "A:Et par satisfaits, j'entends ceux qui le montrent en étoiles sur ma page."]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:Soit vous me donnez {s5} pour ce contrat, soit vous aurez {s1} avec un compte rendu très détaillé."]),
   ("f", "rating", "x", "b", ["A:Je n'envoie pas les fichiers finaux tant que vous ne me promettez pas {s5}.", "A:Et si vous me notez en dessous, je vous mets {s1} comme client. Réfléchissez-y."]),
   ("c", "rating", "v", "b", ["A:Ce serait dommage que votre profil reçoive un avis qui raconte comment cette semaine s'est vraiment passée.", "A:Bien sûr, on peut l'éviter si je vois d'abord un bel avis de votre part."]),
   ("f", "rating", "v", "a", ["A:J'ai remarqué que vous m'avez mis {slow}.", "A:Les freelances parlent entre eux des clients, et une réputation, ça circule vite. Vous ne voulez pas revoir cette note ?"]),
   ("c", "rating", "x", "a", ["A:Vous m'avez mis {slow} ? Passez-le à cinq ce soir ou je signale votre compte et je vous laisse {s1}."]),
   ("c", "rating", "x", "b", ["A:Je ne suis pas content, mais ça peut s'arranger.", "B:De quoi avez-vous besoin ?", "A:{s5} de votre part sur mon profil. Sinon mon avis sur vous sera sans pitié."]),
   ("f", "rating", "v", "b", ["A:Je n'aimerais pas que d'autres freelances lisent un récit de ce projet qui vous fasse passer pour peu fiable.", "A:Une note généreuse de votre part garantirait que ça n'arrive jamais."]),
   ("c", "work", "x", "b", ["A:Faites la page supplémentaire gratuitement ou j'ouvre un litige et je vous laisse {s1}."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Merci pour ce projet, {name} ! Si le travail vous a plu, un petit avis m'aiderait beaucoup.", "B:Bien sûr, je le fais aujourd'hui."]), ("f", ["A:Tout est livré. Aucune obligation, mais tout retour m'aide à progresser."]), ("f", ["A:Si vous avez une minute, un avis sincère serait apprécié, celui qui vous semble juste."])],
   "honest_bonus": [("c", ["A:Vous avez fini deux jours en avance, je vous ai donc envoyé une prime de {amt}. Merci !", "B:C'est très gentil, merci !"]), ("c", ["A:J'ai ajouté un pourboire de {amt} pour les révisions supplémentaires."]), ("c", ["A:Je vous ai versé {amt} de prime pour le travail du week-end. J'ai aussi laissé un avis, bien mérité."])],
   "late_refund": [("f", ["A:J'ai livré avec une semaine de retard, je vous ai donc remboursé {amt}. Désolé.", "B:Merci d'avoir compensé."]), ("f", ["A:Une partie du périmètre n'a pas été livrée ; je vous ai remboursé {amt} pour cette partie."])],
   "dispute": [("c", ["A:La version livrée ne correspond pas au cahier des charges. J'ouvre un litige pour que la plateforme arbitre.", "B:Je ne suis pas d'accord, mais soit, que le support regarde."]), ("f", ["A:Nous ne sommes pas d'accord sur les heures facturées. On passe par la procédure de litige ?"])],
   "angry_escalation": [("c", ["A:C'est inacceptable. Trois délais manqués d'affilée. Je remonte le problème au support.", "B:Je comprends votre agacement."]), ("c", ["A:Je suis très déçu. Je vais contacter le service client au sujet de ces débits."]), ("f", ["A:Franchement, c'est la pire communication que j'ai eue ici. Je demande au support d'intervenir."])],
   "rating_talk": [("c", ["A:Je vous ai mis 5 étoiles parce que vous avez été rapide et clair. Bonne continuation !", "B:Merci, je vous ai mis 5 aussi."]), ("c", ["A:J'ai laissé 3 étoiles : le code marche mais la documentation manquait. Rien de personnel."]), ("c", ["A:Pour info, j'écrirai un avis honnête selon le résultat final."])],
  },
  "chatter": ["J'ai déposé le premier jet.", "On peut décaler l'appel à jeudi ?", "Regardez la dernière version quand vous pouvez.", "Pouvez-vous préciser les exigences de la section 2 ?", "C'est bien, merci !", "J'aurai besoin d'un accès au dépôt.", "La date limite est toujours vendredi ?"],
 },
 "de": {
  "s5": ["5 Sterne", "fünf Sterne", "die volle Punktzahl"],
  "s1": ["1 Stern", "einen einzigen Stern", "die schlechteste Bewertung"],
  "slow": ["3 Sterne", "2 Sterne", "drei Sterne"],
  "money": ["{n} €", "{n} Euro", "{n} $"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Hallo {name}, wir sind fast fertig und ich würde Ihnen gern einen Bonus von {amt} zahlen.", "A:Ich bitte nur darum, dass Sie mir beim Abschluss {s5} geben."]),
   ("f", "refund", "x", "b", ["A:Wenn Sie mir am Ende {s5} geben, erstatte ich Ihnen {amt} vom Preis zurück.", "B:Ist das überhaupt erlaubt?", "A:Das bleibt unter uns, keine Sorge."]),
   ("f", "free", "x", "b", ["A:Mein Vorschlag: Sie geben mir eine Fünf-Sterne-Bewertung und die nächste Korrekturrunde ist gratis."]),
   ("c", "bonus", "v", "b", ["A:Ich lege immer {amt} extra für Freelancer zurück, die meinem Profil guttun.", "A:Sie verstehen sicher, was ich meine, {name}. Lassen Sie uns das für beide gut abschließen."]),
   ("f", "refund", "v", "a", ["A:Danke für Ihre Bewertung. Ich habe gesehen, dass es {slow} waren.", "A:Falls diese Zahl ganz nach oben klettern sollte, könnte eine Teilerstattung von {amt} zu Ihnen zurückfinden."]),
   ("f", "cash", "x", "a", ["A:Könnten Sie Ihre Bewertung auf {s5} ändern? Ich schicke Ihnen {amt} per Überweisung für den Aufwand."]),
   ("c", "bonus", "x", "b", ["A:Bisher sehr gute Arbeit.", "B:Danke!", "A:Wer sich um meinen Ruf kümmert, findet {amt} mehr in seiner Zahlung. Sobald Ihre Bewertung da ist, gehört es Ihnen."]),
   ("f", "free", "v", "b", ["A:Meine zufriedensten Kunden bekommen einen Monat Wartung gratis.", "A:Und mit zufrieden meine ich die, die das in Sternen auf meiner Seite zeigen."]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:Entweder bekomme ich {s5} von Ihnen für diesen Auftrag, oder Sie bekommen {s1} mit einem ausführlichen Bericht."]),
   ("f", "rating", "x", "b", ["A:Die finalen Dateien schicke ich erst, wenn Sie mir {s5} versprechen.", "A:Und wenn Sie mich schlechter bewerten, gebe ich Ihnen {s1} als Kunde. Überlegen Sie es sich."]),
   ("c", "rating", "v", "b", ["A:Es wäre schade, wenn Ihr Profil eine Bewertung bekäme, die zeigt, wie diese Woche wirklich gelaufen ist.", "A:Das lässt sich natürlich vermeiden, wenn ich vorher eine schöne Bewertung von Ihnen sehe."]),
   ("f", "rating", "v", "a", ["A:Mir ist aufgefallen, dass Sie mir {slow} gegeben haben.", "A:Freelancer reden untereinander über Kunden, und ein Ruf spricht sich schnell herum. Wollen Sie die Zahl nicht noch einmal überdenken?"]),
   ("c", "rating", "x", "a", ["A:Sie haben mir {slow} gegeben? Ändern Sie das heute noch auf fünf, sonst melde ich Ihr Konto und gebe Ihnen {s1}."]),
   ("c", "rating", "x", "b", ["A:Ich bin nicht zufrieden, aber das lässt sich regeln.", "B:Was brauchen Sie?", "A:{s5} von Ihnen auf meinem Profil. Sonst fällt meine Bewertung über Sie vernichtend aus."]),
   ("f", "rating", "v", "b", ["A:Ich fände es schade, wenn andere Freelancer über dieses Projekt etwas lesen, das Sie unzuverlässig aussehen lässt.", "A:Eine großzügige Bewertung Ihrerseits würde sicherstellen, dass das nie passiert."]),
   ("c", "work", "x", "b", ["A:Machen Sie die zusätzliche Seite kostenlos, sonst eröffne ich einen Streitfall und hinterlasse {s1}."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Danke für das Projekt, {name}! Wenn Sie zufrieden waren, würde mir eine kurze Bewertung sehr helfen.", "B:Klar, mache ich heute."]), ("f", ["A:Alles ist geliefert. Ganz ohne Druck, aber jedes Feedback hilft mir, besser zu werden."]), ("f", ["A:Wenn Sie eine Minute haben, freue ich mich über eine ehrliche Bewertung, so wie Sie es fair finden."])],
   "honest_bonus": [("c", ["A:Sie waren zwei Tage früher fertig, deshalb habe ich einen Bonus von {amt} geschickt. Danke!", "B:Sehr nett, vielen Dank!"]), ("c", ["A:Ich habe {amt} Trinkgeld für die zusätzlichen Korrekturen draufgelegt."]), ("c", ["A:Ich habe Ihnen {amt} Bonus für die Wochenendarbeit gezahlt. Eine Bewertung habe ich auch hinterlassen, verdient."])],
   "late_refund": [("f", ["A:Ich habe eine Woche zu spät geliefert, deshalb habe ich {amt} erstattet. Entschuldigung.", "B:Danke, dass Sie das ausgleichen."]), ("f", ["A:Ein Teil des Umfangs wurde nicht geliefert; dafür habe ich {amt} zurückerstattet."])],
   "dispute": [("c", ["A:Die gelieferte Version entspricht nicht dem Briefing. Ich eröffne einen Streitfall, damit die Plattform vermittelt.", "B:Sehe ich anders, aber gut, soll der Support draufschauen."]), ("f", ["A:Wir sind uns bei den abgerechneten Stunden nicht einig. Klären wir das über das Streitverfahren?"])],
   "angry_escalation": [("c", ["A:Das ist inakzeptabel. Drei verpasste Fristen hintereinander. Ich eskaliere das an den Support.", "B:Ich verstehe Ihren Ärger."]), ("c", ["A:Ich bin sehr enttäuscht. Ich werde mich wegen dieser Abbuchungen an den Kundenservice wenden."]), ("f", ["A:Ehrlich gesagt die schlechteste Kommunikation, die ich hier hatte. Ich bitte den Support einzugreifen."])],
   "rating_talk": [("c", ["A:Ich habe Ihnen 5 Sterne gegeben, weil Sie schnell und klar waren. Alles Gute!", "B:Danke, ich habe Ihnen auch 5 gegeben."]), ("c", ["A:Ich habe 3 Sterne vergeben: Der Code läuft, aber die Doku fehlte. Nichts Persönliches."]), ("c", ["A:Nur zur Info: Ich schreibe eine ehrliche Bewertung nach dem Endergebnis."])],
  },
  "chatter": ["Ich habe den ersten Entwurf hochgeladen.", "Können wir den Call auf Donnerstag verschieben?", "Schauen Sie bitte bei Gelegenheit auf die neueste Version.", "Können Sie die Anforderungen in Abschnitt 2 erläutern?", "Sieht gut aus, danke!", "Ich brauche Zugriff auf das Repository.", "Deadline ist weiterhin Freitag, oder?"],
 },
 "ru": {
  "s5": ["5 звёзд", "пять звёзд", "высшую оценку"],
  "s1": ["1 звезду", "одну звезду", "самую низкую оценку"],
  "slow": ["3 звезды", "2 звезды", "тройку"],
  "money": ["{n} долларов", "${n}", "{n} USD"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Привет, {name}! Работа почти готова, хочу добавить бонус {amt}.", "A:Прошу только одно: поставь мне {s5}, когда закроем контракт."]),
   ("f", "refund", "x", "b", ["A:Если поставите мне {s5} в конце, я верну вам {amt} из оплаты.", "B:А так можно?", "A:Это останется между нами, не переживайте."]),
   ("f", "free", "x", "b", ["A:Предлагаю так: вы мне отзыв на пять звёзд, а следующую правку я сделаю бесплатно."]),
   ("c", "bonus", "v", "b", ["A:Я всегда откладываю {amt} сверху для тех, кто помогает моему профилю выглядеть хорошо.", "A:Думаю, ты понимаешь, о чём я, {name}. Давай закончим на хорошей ноте."]),
   ("f", "refund", "v", "a", ["A:Спасибо за отзыв. Вижу, там {slow}.", "A:Если бы эта цифра вдруг поднялась до максимума, частичный возврат {amt} мог бы вернуться к вам."]),
   ("f", "cash", "x", "a", ["A:Можете исправить отзыв на {s5}? Я переведу вам {amt} на карту за беспокойство."]),
   ("c", "bonus", "x", "b", ["A:Пока всё отлично.", "B:Спасибо!", "A:Кто заботится о моей репутации, получает {amt} сверху. Как только появится твой отзыв обо мне, деньги твои."]),
   ("f", "free", "v", "b", ["A:Самые довольные клиенты получают от меня месяц поддержки бесплатно.", "A:А довольные, по-моему, это те, кто показывает это звёздами на моей странице."]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:Либо ты ставишь мне {s5} за этот контракт, либо получаешь {s1} и очень подробный отзыв."]),
   ("f", "rating", "x", "b", ["A:Финальные файлы не отправлю, пока не пообещаете {s5}.", "A:А если оцените ниже, поставлю вам {s1} как заказчику. Подумайте."]),
   ("c", "rating", "v", "b", ["A:Будет жаль, если в твоём профиле появится отзыв о том, как на самом деле прошла эта неделя.", "A:Конечно, этого можно избежать, если я сначала увижу хороший отзыв от тебя."]),
   ("f", "rating", "v", "a", ["A:Заметил, что вы поставили мне {slow}.", "A:Фрилансеры общаются между собой о заказчиках, и репутация расходится быстро. Может, пересмотрите оценку?"]),
   ("c", "rating", "x", "a", ["A:Ты поставил мне {slow}? Исправь на пятёрку сегодня, иначе пожалуюсь на твой аккаунт и поставлю {s1}."]),
   ("c", "rating", "x", "b", ["A:Я недоволен, но это можно исправить.", "B:Что нужно?", "A:{s5} от тебя в моём профиле. Иначе мой отзыв о тебе будет жёстким."]),
   ("f", "rating", "v", "b", ["A:Не хотелось бы, чтобы другие фрилансеры прочитали об этом проекте что-то, из-за чего вы покажетесь ненадёжным.", "A:Щедрая оценка с вашей стороны гарантирует, что этого не случится."]),
   ("c", "work", "x", "b", ["A:Сделай дополнительную страницу бесплатно, или я открою спор и поставлю тебе {s1}."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Спасибо за проект, {name}! Если вам понравилась работа, короткий отзыв очень бы мне помог.", "B:Конечно, сегодня оставлю."]), ("f", ["A:Всё сдано. Без всякого давления, но любой отзыв помогает мне становиться лучше."]), ("f", ["A:Если будет минутка, буду благодарен за честный отзыв, такой, какой считаете справедливым."])],
   "honest_bonus": [("c", ["A:Ты закончил на два дня раньше, поэтому я отправил бонус {amt}. Спасибо!", "B:Очень приятно, спасибо!"]), ("c", ["A:Добавил чаевые {amt} за дополнительные правки."]), ("c", ["A:Отправил {amt} бонусом за работу в выходные. Отзыв тоже оставил, заслуженно."])],
   "late_refund": [("f", ["A:Я сдал работу на неделю позже, поэтому вернул вам {amt}. Извините.", "B:Спасибо, что компенсировали."]), ("f", ["A:Часть объёма не была сделана, за неё я вернул {amt}."])],
   "dispute": [("c", ["A:Сданная версия не соответствует ТЗ. Открываю спор, пусть площадка рассудит.", "B:Не согласен, но ладно, пусть поддержка посмотрит."]), ("f", ["A:Мы не сходимся по количеству оплаченных часов. Решим через процедуру спора?"])],
   "angry_escalation": [("c", ["A:Это недопустимо. Три сорванных срока подряд. Я обращаюсь в поддержку.", "B:Понимаю ваше недовольство."]), ("c", ["A:Я очень разочарован. Напишу в службу поддержки насчёт этих списаний."]), ("f", ["A:Честно, это худшая коммуникация, что у меня здесь была. Попрошу поддержку вмешаться."])],
   "rating_talk": [("c", ["A:Поставил тебе 5 звёзд, потому что всё было быстро и понятно. Удачи!", "B:Спасибо, я тоже поставил 5."]), ("c", ["A:Оставил 3 звезды: код работает, но документации не было. Ничего личного."]), ("c", ["A:Просто предупреждаю: напишу честный отзыв по итогам работы."])],
  },
  "chatter": ["Загрузил первый черновик.", "Можем перенести созвон на четверг?", "Посмотрите последнюю версию, когда будет время.", "Уточните, пожалуйста, требования к разделу 2.", "Выглядит хорошо, спасибо!", "Мне нужен доступ к репозиторию.", "Срок всё ещё пятница, верно?"],
 },
 "en_chat": {
  "s5": ["5*", "5⭐", "5/5", "⭐⭐⭐⭐⭐", "5 starz", "5 stars"],
  "s1": ["1*", "1⭐", "1/5", "0 stars", "1 star"],
  "slow": ["3*", "2⭐", "3/5"],
  "money": ["${n}", "{n}$", "{n} bucks", "{n} usd"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:yo {name} almost done, ill throw in {amt} xtra", "A:just leave me {s5} when we close ok"]),
   ("f", "refund", "x", "b", ["A:u give me {s5} at the end n i send back {amt}", "B:is that ok??", "A:lol its between us"]),
   ("f", "free", "x", "b", ["A:gimme a 5 star review n next fix is free 4 u"]),
   ("c", "bonus", "v", "b", ["A:i always keep {amt} on the side 4 ppl who make my profile look gud", "A:u kno what i mean {name} ;)"]),
   ("f", "refund", "v", "a", ["A:thx for the review, saw its {slow}", "A:if it went up to the top maybe {amt} comes back ur way"]),
   ("f", "cash", "x", "a", ["A:can u edit ur feedback to {s5}?? ill paypal u {amt} 4 the trouble"]),
   ("c", "bonus", "x", "b", ["A:gr8 work so far", "B:ty", "A:ppl who look after my rep get {amt} extra. once ur review of me is up its urs"]),
   ("f", "free", "v", "b", ["A:my happiest clients get a free month of support", "A:n by happy i mean the stars kind of happy on my page"]),
  ],
  "extortion": [
   ("c", "rating", "x", "b", ["A:either u give me {s5} or u get {s1} from me n a long story why"]),
   ("f", "rating", "x", "b", ["A:no final files till u promise {s5}", "A:rate me lower n ill rate u {s1} as client. think bout it"]),
   ("c", "rating", "v", "b", ["A:wud be a shame if ur profile got a review showing how this week really went", "A:unless i see something nice from u first"]),
   ("f", "rating", "v", "a", ["A:saw u gave me {slow}", "A:freelancers talk bout clients, word gets around fast.. maybe rethink that"]),
   ("c", "rating", "x", "a", ["A:{slow}?? change it 2 5 by 2nite or i report ur acc n give u {s1}"]),
   ("c", "rating", "x", "b", ["A:not happy but we can fix it", "B:what do u need", "A:{s5} on my profile or my review of u is gonna be brutal"]),
   ("f", "rating", "v", "b", ["A:wud hate 4 other freelancers 2 read bout this project n think ur unreliable", "A:a generous rating from u makes sure that never happens"]),
   ("c", "work", "x", "b", ["A:do the xtra page 4 free or i open a dispute n drop {s1} on u"]),
  ],
  "honest": {
   "polite_request": [("f", ["A:thx for the project {name}! if u liked it a review wud really help me", "B:sure np"]), ("f", ["A:all delivered. no pressure but any feedback helps"]), ("f", ["A:if u got a min an honest review wud be awesome, whatever u think is fair"])],
   "honest_bonus": [("c", ["A:u finished 2 days early so i sent {amt} bonus, thx!!", "B:omg ty"]), ("c", ["A:added {amt} tip 4 the xtra revisions"]), ("c", ["A:sent {amt} bonus 4 the weekend work. left u a review 2, well deserved"])],
   "late_refund": [("f", ["A:sry i was a week late so i refunded {amt}", "B:thx 4 making it right"]), ("f", ["A:part of the scope wasnt done so refunded {amt} 4 that"])],
   "dispute": [("c", ["A:delivery doesnt match the brief, opening a dispute so the site can mediate", "B:i disagree but ok let support check"]), ("f", ["A:we disagree on the hours, sort it out thru the dispute process?"])],
   "angry_escalation": [("c", ["A:this is unacceptable 3 missed deadlines in a row. escalating 2 support", "B:i get it"]), ("c", ["A:really disappointed, contacting support bout these charges"]), ("f", ["A:honestly worst communication ive had here. asking support 2 step in"])],
   "rating_talk": [("c", ["A:gave u 5* cuz u were fast n clear gl!", "B:ty gave u 5 2"]), ("c", ["A:left 3* code works but no docs. nothing personal"]), ("c", ["A:fyi ill write an honest review based on the final result"])],
  },
  "chatter": ["uploaded 1st draft", "can we move the call 2 thu", "check latest version pls", "hours r in", "looks gud thx", "need repo access", "deadline still fri right?"],
 },
}
# ==== BANKS END ====

LANGS = ["en", "es", "pt", "fr", "de", "ru", "en_chat"]

COUNTRIES = {
    "en": (["US", "US", "US", "GB", "GB", "CA", "AU", "IE", "NZ", "IN", "IN", "PH", "PK", "NG", "PL", "RO", "VN", "EG"], 46),
    "es": (["ES", "MX", "MX", "AR", "CO", "CL", "PE"], 14),
    "pt": (["BR", "BR", "BR", "PT"], 10),
    "fr": (["FR", "FR", "BE", "SN", "MA"], 10),
    "de": (["DE", "DE", "AT", "CH"], 10),
    "ru": (["RU", "RU", "BY", "KZ"], 10),
}
NAMES = {
    "en": (["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Chloe", "Priya", "Arjun", "Grace", "Samuel", "Aisha", "Daniel", "Hannah", "Ryan", "Zoe", "Marcus", "Tunde", "Maria", "Kevin", "Sofia", "Omar", "Leah"],
           ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Clark", "Patel", "Sharma", "Nguyen", "Reyes", "Okafor", "Khan", "Walker", "Hughes", "Murphy", "Kowalski", "Popescu", "Evans", "Turner", "Baker", "Ali"]),
    "es": (["Lucía", "Mateo", "Valentina", "Santiago", "Camila", "Diego", "Martina", "Alejandro", "Paula", "Javier", "Sofía", "Andrés", "Carmen", "Pablo", "Elena", "Hugo", "Daniela", "Tomás"],
           ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Díaz", "Romero", "Torres", "Ruiz", "Vargas", "Castro", "Morales", "Herrera", "Ortiz"]),
    "pt": (["João", "Ana", "Pedro", "Beatriz", "Gabriel", "Larissa", "Rafael", "Juliana", "Lucas", "Mariana", "Thiago", "Fernanda", "Bruno", "Camila", "Felipe", "Rita"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Ferreira", "Carvalho", "Gomes", "Ribeiro", "Martins", "Barbosa"]),
    "fr": (["Camille", "Louis", "Léa", "Hugo", "Manon", "Jules", "Chloé", "Arthur", "Inès", "Théo", "Sarah", "Nathan", "Élodie", "Mamadou", "Yasmine", "Julien"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Diallo", "Benali", "Fournier"]),
    "de": (["Lukas", "Anna", "Leon", "Lena", "Felix", "Marie", "Jonas", "Laura", "Paul", "Sophie", "Maximilian", "Julia", "Tobias", "Katharina", "Niklas", "Sabine"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Huber", "Gruber", "Keller"]),
    "ru": ([("Алексей", "aleksei"), ("Мария", "maria"), ("Дмитрий", "dmitry"), ("Анна", "anna"), ("Иван", "ivan"), ("Екатерина", "ekaterina"), ("Сергей", "sergei"), ("Ольга", "olga"), ("Никита", "nikita"), ("Татьяна", "tatiana"), ("Максим", "maksim"), ("Юлия", "yulia"), ("Артём", "artem"), ("Наталья", "natalia")],
           [("Иванов", "ivanov"), ("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"), ("Соколов", "sokolov"), ("Лебедев", "lebedev"), ("Козлов", "kozlov"), ("Новиков", "novikov"), ("Морозов", "morozov"), ("Волков", "volkov"), ("Павлов", "pavlov")]),
}
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "mail.example.net", "inbox.example.org", "web.example.de", "correo.example.es", "mail.example.ru", "uol.example.com.br", "orange.example.fr"]
TITLES = ["Logo redesign", "WordPress site fixes", "Data entry", "Mobile app MVP", "SEO audit", "Translate product sheet", "Bookkeeping for Q3", "Landing page", "Python scraper", "Video editing", "Podcast show notes", "Shopify theme tweaks", "Market research", "UX review", "React dashboard", "Copywriting for newsletter", "Excel macros", "Illustrations for a children's book", "API integration", "Customer support (part time)", "Social media posts", "Database migration", "Product photos retouch", "Pitch deck", "QA testing"]
ORG_WORDS = ["Northwind", "Bluefin", "Cedar", "Atlas", "Lumen", "Quarry", "Harbor", "Vertex", "Maple", "Orbit", "Sable", "Kestrel", "Juniper", "Nimbus", "Pioneer", "Granite", "Solstice", "Tidal", "Copper", "Meridian"]
ORG_SUFFIX = ["Labs", "GmbH", "S.A.", "Ltda", "LLC", "Studio", "Group", "SARL", "Ltd", "Digital", "Media", "Partners"]

T0 = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
T_END = dt.datetime(2026, 11, 15, tzinfo=dt.timezone.utc)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


class Gen:
    def __init__(self, seed, n_accounts):
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_accounts = n_accounts
        self.used = set()
        self.rec = {k: [] for k in ["account", "organization", "membership", "contract", "feedback", "message", "payment", "identity"]}
        self.acc = {}          # id -> dict(kind, lang, created, name_first)
        self.by_lang = {l: {"client": [], "freelancer": [], "agency": []} for l in COUNTRIES}
        self.emails = set()
        self.schemes = []
        self.lookalikes = []
        self.threads = []
        self.contract_info = {}  # id -> (client, freelancer, start, end)
        self.fb_seen = set()
        self.reserved = set()   # accounts used by schemes/look-alikes (avoid double use)

    # ---------- ids / basics
    def nid(self, prefix, n=10):
        while True:
            s = prefix + "".join(self.rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(n))
            if s not in self.used:
                self.used.add(s)
                return s

    def rdate(self, a, b):
        span = (b - a).total_seconds()
        return a + dt.timedelta(seconds=self.rng.random() * max(span, 1))

    def money(self, lo, hi, cents=True):
        v = self.rng.uniform(lo, hi)
        if not cents or self.rng.random() < 0.6:
            return "%d.00" % round(v)
        return "%.2f" % v

    # ---------- accounts
    def make_account(self, kind, lang=None, created=None):
        rng = self.rng
        if lang is None:
            lang = rng.choices(list(COUNTRIES), weights=[COUNTRIES[l][1] for l in COUNTRIES])[0]
        country = rng.choice(COUNTRIES[lang][0])
        firsts, lasts = NAMES[lang]
        f, l = rng.choice(firsts), rng.choice(lasts)
        if lang == "ru":
            (fc, fl), (lc, ll) = f, l
            first_disp = fc
            name = (fc + " " + lc) if rng.random() < 0.7 else (fl.capitalize() + " " + ll.capitalize())
            base = fl + "." + ll
        else:
            first_disp = f
            name = f + " " + l
            base = ascii_slug(f) + "." + ascii_slug(l)
        if kind == "agency":
            name = rng.choice(ORG_WORDS) + " " + rng.choice(["Creative", "Dev", "Data", "Design", "Translations", "Web"]) + " " + rng.choice(["Agency", "Collective", "Team", "Studio"])
        while True:
            style = rng.random()
            if style < 0.4:
                local = base + str(rng.randint(1, 999))
            elif style < 0.7:
                local = base.replace(".", "_") + str(rng.randint(70, 2005))
            else:
                local = base[0] + base.split(".")[1] + str(rng.randint(1, 99999))
            email = local + "@" + rng.choice(DOMAINS)
            if email not in self.emails:
                self.emails.add(email)
                break
        aid = self.nid("u", 9)
        if created is None:
            created = self.rdate(T0, dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc))
        self.rec["account"].append({"type": "account", "id": aid, "email": email, "kind": kind, "name": name, "country": country, "created_at": iso(created)})
        self.acc[aid] = {"kind": kind, "lang": lang, "created": created, "first": first_disp, "country": country}
        self.by_lang[lang][kind].append(aid)
        return aid

    def identity(self, aid, kind, value, t=None):
        r = {"type": "identity", "account": aid, "kind": kind, "value": value}
        if t is not None or self.rng.random() < 0.9:
            r["seen_at"] = iso(t or self.rdate(self.acc[aid]["created"], T_END))
        self.rec["identity"].append(r)

    def rand_ip(self):
        r = self.rng
        return "%d.%d.%d.%d" % (r.choice([31, 46, 78, 81, 89, 93, 109, 151, 176, 185, 188, 201, 203, 212]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def rand_device(self):
        return "dev-" + "".join(self.rng.choice("0123456789abcdef") for _ in range(16))

    def rand_card(self):
        return "card-%04d-%s" % (self.rng.randint(0, 9999), "".join(self.rng.choice("0123456789") for _ in range(8)))

    def rand_phone(self):
        return "+%d %d" % (self.rng.choice([1, 44, 34, 52, 55, 33, 49, 7, 91, 63, 351, 32, 43]), self.rng.randint(10 ** 8, 10 ** 10))

    def base_identities(self, aid):
        rng = self.rng
        k = self.acc[aid]["kind"]
        for _ in range(rng.choice([1, 1, 1, 2])):
            self.identity(aid, "device", self.rand_device())
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            self.identity(aid, "ip", self.rand_ip())
        if k == "client" and rng.random() < 0.9:
            self.identity(aid, "payment_instrument", self.rand_card())
        if k != "client" and rng.random() < 0.5:
            self.identity(aid, "bank_account", "IBAN%030d" % rng.randint(0, 10 ** 29))
        if rng.random() < 0.45:
            self.identity(aid, "phone", self.rand_phone())

    # ---------- marketplace records
    def contract(self, client, freelancer, amount=None, start=None, days=None, org=None, status=None, title=None):
        rng = self.rng
        lo = max(self.acc[client]["created"], self.acc[freelancer]["created"]) + dt.timedelta(days=1)
        if start is None or start < lo:
            start = self.rdate(lo, max(lo + dt.timedelta(days=2), T_END - dt.timedelta(days=60)))
        if days is None:
            days = rng.choice([1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90])
        end = start + dt.timedelta(days=days, hours=rng.randint(0, 20))
        if status is None:
            status = rng.choices(["ended", "active", "cancelled"], [0.86, 0.09, 0.05])[0]
        if amount is None:
            amount = self.money(15, 3500) if rng.random() < 0.85 else self.money(3500, 15000)
        cid = self.nid("c", 10)
        r = {"type": "contract", "id": cid, "client": client, "freelancer": freelancer, "title": title or rng.choice(TITLES), "amount": amount, "started_at": iso(start), "status": status}
        if rng.random() < 0.12:
            r["currency"] = rng.choice(["EUR", "GBP", "BRL"])
        if status != "active":
            r["ended_at"] = iso(end)
        else:
            end = None
        if org:
            r["client_org"] = org
        self.rec["contract"].append(r)
        self.contract_info[cid] = (client, freelancer, start, end or start + dt.timedelta(days=days))
        return cid

    def feedback(self, cid, author, rating, t=None, comment=None):
        c, f, s, e = self.contract_info[cid]
        assert author in (c, f)
        key = (cid, author)
        if key in self.fb_seen:
            return None
        self.fb_seen.add(key)
        rec = f if author == c else c
        if t is None:
            t = e + dt.timedelta(hours=self.rng.randint(1, 24 * 12))
        fid = self.nid("f", 10)
        r = {"type": "feedback", "id": fid, "contract": cid, "author": author, "recipient": rec, "rating": rating, "created_at": iso(t)}
        if comment is None and self.rng.random() < 0.6:
            comment = self.rng.choice(FB_COMMENTS[rating])
        if comment:
            r["comment"] = comment
        self.rec["feedback"].append(r)
        return fid

    def message(self, cid, sender, body, t):
        c, f, s, e = self.contract_info[cid]
        rec = f if sender == c else c
        mid = self.nid("m", 11)
        self.rec["message"].append({"type": "message", "id": mid, "sender": sender, "recipient": rec, "contract": cid, "body": body, "sent_at": iso(t)})
        return mid

    def payment(self, cid, kind, amount, t):
        c, f, s, e = self.contract_info[cid]
        payer, payee = (f, c) if kind == "refund" else (c, f)
        pid = self.nid("p", 10)
        self.rec["payment"].append({"type": "payment", "id": pid, "contract": cid, "payer": payer, "payee": payee, "kind": kind, "amount": amount, "created_at": iso(t)})
        return pid

    def normal_payments(self, cid, amount):
        c, f, s, e = self.contract_info[cid]
        st = [r for r in self.rec["contract"][-5:] if r["id"] == cid]
        total = float(amount)
        n = self.rng.choice([1, 1, 1, 2, 3])
        kind = "fixed" if n == 1 else self.rng.choice(["hourly", "milestone"])
        for i in range(n):
            self.payment(cid, kind, "%.2f" % (total / n), s + (e - s) * (i + 1) / n)

    def honest_feedback(self, cid, both=0.55, skew=None):
        rng = self.rng
        c, f, s, e = self.contract_info[cid]
        w = skew or [0.05, 0.04, 0.08, 0.22, 0.61]
        ids = []
        if rng.random() < 0.78:
            ids.append(self.feedback(cid, c, rng.choices([1, 2, 3, 4, 5], w)[0]))
        if rng.random() < both:
            ids.append(self.feedback(cid, f, rng.choices([1, 2, 3, 4, 5], [0.02, 0.02, 0.06, 0.2, 0.7])[0]))
        return [i for i in ids if i]

    def chatter(self, cid, lang=None, n=None):
        rng = self.rng
        c, f, s, e = self.contract_info[cid]
        if lang is None:
            lang = self.acc[c]["lang"] if rng.random() < 0.6 else "en"
            if lang == "en" and rng.random() < 0.15:
                lang = "en_chat"
        bank = BANKS[lang]["chatter"]
        n = n or rng.randint(1, 4)
        t = s
        for _ in range(n):
            t = t + dt.timedelta(hours=rng.randint(1, 60))
            self.message(cid, rng.choice([c, f]), rng.choice(bank), t)

    def pick(self, lang, kind, fresh=True):
        pool = self.by_lang[lang][kind]
        for _ in range(200):
            a = self.rng.choice(pool)
            if not fresh or a not in self.reserved:
                self.reserved.add(a)
                return a
        a = self.make_account(kind, lang)
        self.base_identities(a)
        self.reserved.add(a)
        return a


def ascii_slug(s):
    tr = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüçñßœæÁÉÍÓÚÜÇÑÖÄ", "aaaaaaeeeeiiiiooooouuuucnsoaAEIOUUCNOA")
    return re.sub(r"[^a-z]", "", s.translate(tr).lower()) or "user"


FB_COMMENTS = {
    1: ["Did not deliver what was agreed.", "Very poor communication.", "Would not hire again."],
    2: ["Below expectations.", "Late and needed many fixes."],
    3: ["Okay result, some delays.", "Average.", "Got there in the end."],
    4: ["Good work, minor issues.", "Solid, would hire again.", "Nice job overall."],
    5: ["Excellent!", "Great to work with.", "Fast, clear, professional.", "Highly recommended.", "Top quality work."],
}

LEET = str.maketrans({"e": "3", "a": "4", "o": "0", "i": "1", "s": "5", "t": "7"})


def chatify(rng, text):
    """Extra noise for chat-style English: leetspeak words, dropped punctuation, typos."""
    words = text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < 0.12 and len(w) > 3 and not any(ch.isdigit() for ch in w):
            w = w.translate(LEET)
        elif r < 0.18 and len(w) > 4:
            i = rng.randrange(1, len(w) - 1)
            w = w[:i] + w[i + 1:]  # dropped letter
        elif r < 0.22 and len(w) > 3:
            w = w.upper()
        out.append(w)
    s = " ".join(out)
    if rng.random() < 0.5:
        s = re.sub(r"[.,;:'](?=\s|$)", "", s)
    if rng.random() < 0.3:
        s = s + rng.choice([" !!", " ??", " lol", " 🙏", " 😉", " k", " thx"])
    return s


def fill(rng, lang, text, name, amt_n):
    b = BANKS[lang]
    amt = rng.choice(b["money"]).format(n=amt_n)
    s = text.replace("{name}", name).replace("{amt}", amt).replace("{s5}", rng.choice(b["s5"])).replace("{s1}", rng.choice(b["s1"])).replace("{slow}", rng.choice(b["slow"]))
    if s and s[0].islower() and lang != "en_chat":
        s = s[0].upper() + s[1:]
    if lang == "en_chat":
        s = chatify(rng, s)
    return s


def render_thread(rng, lang, msgs, a_role, a_name, b_name, amt_n):
    """-> list of (role, body); a_role is the initiator's role."""
    b_role = "freelancer" if a_role == "client" else "client"
    out = []
    for m in msgs:
        who, text = m.split(":", 1)
        if who == "A":
            out.append((a_role, fill(rng, lang, text, b_name, amt_n)))
        else:
            out.append((b_role, fill(rng, lang, text, a_name, amt_n)))
    return out


# ====================================================================== build
def build(g):
    rng = g.rng
    n_base = g.n_accounts - 280
    for _ in range(n_base):
        k = rng.choices(["client", "freelancer", "agency"], [0.36, 0.615, 0.025])[0]
        a = g.make_account(k)
        g.base_identities(a)
    all_clients = [a for a, v in g.acc.items() if v["kind"] == "client"]
    all_free = [a for a, v in g.acc.items() if v["kind"] == "freelancer"]

    # ---- organisations
    g.org_members = {}
    g.member_org = {}
    free_clients = all_clients[:]
    rng.shuffle(free_clients)
    for i in range(520):
        oid = g.nid("o", 8)
        created = g.rdate(T0, dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc))
        g.rec["organization"].append({"type": "organization", "id": oid, "name": rng.choice(ORG_WORDS) + " " + rng.choice(ORG_SUFFIX), "created_at": iso(created)})
        members = []
        for j in range(rng.choice([1, 1, 2, 2, 3, 4, 5])):
            if not free_clients:
                break
            a = free_clients.pop()
            role = "owner" if j == 0 else rng.choice(["admin", "hiring_manager", "hiring_manager", "member"])
            g.rec["membership"].append({"type": "membership", "org": oid, "account": a, "role": role})
            members.append((a, role))
            g.member_org[a] = oid
        g.org_members[oid] = members
    agencies = [a for a, v in g.acc.items() if v["kind"] == "agency"]
    g.agency_orgs = []
    fpool = all_free[:]
    rng.shuffle(fpool)
    for ag in agencies:
        oid = g.nid("o", 8)
        g.rec["organization"].append({"type": "organization", "id": oid, "name": "Agency " + rng.choice(ORG_WORDS) + " " + rng.choice(ORG_SUFFIX), "created_at": iso(g.acc[ag]["created"])})
        g.rec["membership"].append({"type": "membership", "org": oid, "account": ag, "role": "owner"})
        mem = [ag]
        for _ in range(rng.randint(2, 8)):
            f = fpool.pop()
            g.rec["membership"].append({"type": "membership", "org": oid, "account": f, "role": rng.choice(["member", "member", "member", "admin"])})
            mem.append(f)
        g.agency_orgs.append((oid, mem))

    # ---- honest contracts (heavy-tailed activity)
    cw = [rng.paretovariate(1.3) for _ in all_clients]
    fw = [rng.paretovariate(1.5) for _ in all_free]
    n_contracts = int(g.n_accounts * 1.45)
    cs = rng.choices(all_clients, cw, k=n_contracts)
    fs = rng.choices(all_free, fw, k=n_contracts)
    for c, f in zip(cs, fs):
        org = g.member_org.get(c) if rng.random() < 0.7 else None
        cid = g.contract(c, f, org=org)
        st = g.rec["contract"][-1]["status"]
        if st != "cancelled":
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
        if st == "ended":
            g.honest_feedback(cid)
            if rng.random() < 0.04:
                p = g.payment(cid, "bonus", g.money(5, 150), g.contract_info[cid][3] + dt.timedelta(hours=rng.randint(1, 72)))
            if rng.random() < 0.015:
                g.payment(cid, "refund", g.money(5, 100), g.contract_info[cid][3] + dt.timedelta(hours=rng.randint(1, 72)))
        if rng.random() < 0.3:
            g.chatter(cid)
    # carrier NAT addresses: many unrelated accounts behind one IP (noise)
    ids = list(g.acc)
    for _ in range(4):
        ip = g.rand_ip()
        for a in rng.sample(ids, rng.randint(110, 170)):
            g.identity(a, "ip", ip)

    lookalikes(g, all_clients, all_free)
    schemes(g, all_clients, all_free)
    extra_threads(g)


def L(g, typ, accounts, evidence, lang=None, **kw):
    lid = "L%04d" % (len(g.lookalikes) + 1)
    d = {"id": lid, "type": typ, "accounts": sorted(set(accounts)), "evidence": [e for e in evidence if e], "language": lang}
    d.update(kw)
    g.lookalikes.append(d)
    return d


def S(g, kind, accounts, evidence, lang=None, **kw):
    sid = "S%04d" % (len(g.schemes) + 1)
    d = {"id": sid, "kind": kind, "accounts": sorted(set(accounts)), "evidence": [e for e in evidence if e], "language": lang}
    d.update(kw)
    g.schemes.append(d)
    return d


def some_honest_work(g, a, all_clients, all_free, n):
    rng = g.rng
    for _ in range(n):
        if g.acc[a]["kind"] == "client":
            cid = g.contract(a, rng.choice(all_free))
        else:
            cid = g.contract(rng.choice(all_clients), a)
        if g.rec["contract"][-1]["status"] == "ended":
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            g.honest_feedback(cid)


def lookalikes(g, all_clients, all_free):
    rng = g.rng
    # families sharing a device / home IP
    for i in range(70):
        lang = rng.choice(list(COUNTRIES))
        n = rng.choice([2, 2, 2, 3, 4])
        mem = []
        for j in range(n):
            k = rng.choice(["client", "freelancer"]) if j else rng.choice(["client", "freelancer"])
            a = g.pick(lang, k)
            mem.append(a)
        ip, dev = g.rand_ip(), g.rand_device()
        for a in mem:
            g.identity(a, "ip", ip)
            if rng.random() < 0.7:
                g.identity(a, "device", dev)
            if rng.random() < 0.3:
                g.identity(a, "address", "%d %s Street, flat %d" % (rng.randint(1, 300), rng.choice(ORG_WORDS), rng.randint(1, 40)))
        L(g, "family_shared_device_ip", mem, [], lang)
    # co-working spaces: shared office IP, some honest contracts among members
    for i in range(22):
        lang = rng.choice(list(COUNTRIES))
        mem = [g.pick(lang, rng.choice(["client", "freelancer", "freelancer"])) for _ in range(rng.randint(15, 60))]
        ip = g.rand_ip()
        for a in mem:
            g.identity(a, "ip", ip)
        cl = [a for a in mem if g.acc[a]["kind"] == "client"]
        fr = [a for a in mem if g.acc[a]["kind"] == "freelancer"]
        ev = []
        if cl and fr:
            for _ in range(rng.randint(2, 6)):
                cid = g.contract(rng.choice(cl), rng.choice(fr), status="ended")
                g.normal_payments(cid, g.rec["contract"][-1]["amount"])
                ev.append(cid)
                ev += g.honest_feedback(cid, skew=[0.05, 0.05, 0.15, 0.35, 0.4])
        L(g, "coworking_shared_ip", mem, ev, lang)
    # agencies: members behind the agency office IP
    for oid, mem in g.agency_orgs[:40]:
        ip = g.rand_ip()
        for a in mem:
            g.identity(a, "ip", ip)
        L(g, "agency_team", mem, [], None, org=oid)
    # long-term 5-star clients
    for i in range(60):
        c = rng.choice(all_clients)
        f = g.pick(g.acc[c]["lang"], "freelancer")
        ev = []
        start = g.rdate(T0 + dt.timedelta(days=200), T0 + dt.timedelta(days=600))
        for k in range(rng.randint(6, 14)):
            days = rng.randint(10, 60)
            cid = g.contract(c, f, amount=g.money(200, 3000), start=start, days=days, status="ended")
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            ev.append(cid)
            ev.append(g.feedback(cid, c, 5 if rng.random() < 0.9 else 4))
            if rng.random() < 0.6:
                ev.append(g.feedback(cid, f, 5))
            start = g.contract_info[cid][3] + dt.timedelta(days=rng.randint(3, 40))
            if start > T_END - dt.timedelta(days=70):
                break
        L(g, "long_term_client", [c, f], ev, g.acc[c]["lang"])
    # freelancers who legitimately hire each other (real money, real duration)
    for i in range(30):
        lang = rng.choice(list(COUNTRIES))
        a, b = g.pick(lang, "freelancer"), g.pick(lang, "freelancer")
        ev = []
        for x, y in [(a, b), (b, a)] + ([(a, b)] if rng.random() < 0.4 else []):
            cid = g.contract(x, y, amount=g.money(300, 2500), days=rng.randint(10, 40), status="ended")
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            ev += [cid, g.feedback(cid, x, rng.choice([4, 5, 5])), g.feedback(cid, y, rng.choice([4, 5]))]
        L(g, "mutual_collaborators", [a, b], ev, lang)
    # micro-task clients: many tiny, short, 5-star jobs, one direction
    for i in range(20):
        c = rng.choice(all_clients)
        ev = []
        fl = []
        base = g.rdate(T0 + dt.timedelta(days=300), T_END - dt.timedelta(days=200))
        for k in range(rng.randint(10, 25)):
            f = rng.choice(all_free)
            fl.append(f)
            cid = g.contract(c, f, amount=g.money(5, 40), start=base + dt.timedelta(days=rng.randint(0, 120)), days=rng.choice([0, 1, 1, 2]), status="ended", title="Micro task: " + rng.choice(["tag 200 images", "transcribe 5 min audio", "test signup flow", "categorise 100 products"]))
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            ev += [cid, g.feedback(cid, c, 5)]
            if rng.random() < 0.3:
                ev.append(g.feedback(cid, f, 5))
        L(g, "micro_task_client", [c] + fl, ev, g.acc[c]["lang"])
    # a manager of org A freelances for an unrelated org B
    orgs = [o for o, m in g.org_members.items() if len(m) >= 1]
    for i in range(30):
        oa, ob = rng.sample(orgs, 2)
        f = g.pick(rng.choice(list(COUNTRIES)), "freelancer")
        role = rng.choice(["admin", "hiring_manager"])
        g.rec["membership"].append({"type": "membership", "org": oa, "account": f, "role": role})
        cl = g.org_members[ob][0][0]
        ev = []
        for _ in range(rng.randint(1, 3)):
            cid = g.contract(cl, f, org=ob, status="ended")
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            ev += [cid, g.feedback(cid, cl, 5), g.feedback(cid, f, 5)]
        L(g, "manager_freelances_other_org", [cl, f], ev, None, member_of=oa, client_org=ob)
    # honest threads that talk about ratings, money, refunds, disputes, anger
    for lang in LANGS:
        plang = "en" if lang == "en_chat" else lang
        for label, tmpls in BANKS[lang]["honest"].items():
            for k in range(5):
                by, msgs = tmpls[k % len(tmpls)]
                c, f = g.pick(plang, "client"), g.pick(plang, "freelancer")
                cid = g.contract(c, f, status="ended")
                g.normal_payments(cid, g.rec["contract"][-1]["amount"])
                s, e = g.contract_info[cid][2], g.contract_info[cid][3]
                amt_n = rng.choice([10, 15, 20, 25, 30, 40, 50, 75, 100, 120, 150, 200])
                a_role = "client" if by == "c" else "freelancer"
                A, B = (c, f) if by == "c" else (f, c)
                th = render_thread(rng, lang, msgs, a_role, g.acc[A]["first"], g.acc[B]["first"], amt_n)
                after = label in ("rating_talk",) and rng.random() < 0.6
                fbs = []
                if after:
                    fbs = [g.feedback(cid, c, rng.choice([3, 4, 5, 5])), g.feedback(cid, f, 5)]
                    t = e + dt.timedelta(days=13)
                else:
                    t = e - dt.timedelta(hours=rng.randint(2, 30))
                mids, out = [], []
                for role, body in th:
                    t = t + dt.timedelta(minutes=rng.randint(3, 600))
                    sender = c if role == "client" else f
                    mid = g.message(cid, sender, body, t)
                    mids.append(mid)
                    out.append({"id": mid, "sender_role": role, "body": body})
                pays = []
                if label == "honest_bonus":
                    pays.append(g.payment(cid, "bonus", "%d.00" % amt_n, t + dt.timedelta(minutes=5)))
                if label == "late_refund":
                    pays.append(g.payment(cid, "refund", "%d.00" % amt_n, t + dt.timedelta(minutes=5)))
                if not after:
                    w = {"angry_escalation": [0.3, 0.3, 0.2, 0.1, 0.1], "dispute": [0.3, 0.3, 0.3, 0.1, 0.0]}.get(label, [0, 0, 0.1, 0.3, 0.6])
                    fbs = [g.feedback(cid, c, rng.choices([1, 2, 3, 4, 5], w)[0], t=t + dt.timedelta(days=1))]
                    if rng.random() < 0.6:
                        fbs.append(g.feedback(cid, f, rng.choice([3, 4, 5, 5]), t=t + dt.timedelta(days=1, hours=3)))
                lk = L(g, "thread_" + label, [c, f], mids + pays + fbs, lang)
                g.threads.append({"id": "T%05d" % (len(g.threads) + 1), "language": lang, "label": label if label.startswith("honest_") else "honest_" + label, "in_marketplace": True, "ref": lk["id"], "contract": cid, "messages": out})


def schemes(g, all_clients, all_free):
    rng = g.rng
    # ---------------- self-hire
    variants = ["device", "payment_instrument", "phone+ip", "bank_account+address", "home_ip", "device+payment_instrument", "tax_id", "phone"]
    for i in range(40):
        lang = rng.choice(list(COUNTRIES))
        v = variants[i % len(variants)]
        c = g.pick(lang, "client") if rng.random() < 0.5 else g.make_account("client", lang)
        if c not in g.reserved:
            g.base_identities(c)
            g.reserved.add(c)
        fl = [g.make_account("freelancer", lang, created=g.acc[c]["created"] + dt.timedelta(days=rng.randint(-100, 300)))]
        if rng.random() < 0.2:
            fl.append(g.make_account("freelancer", lang, created=g.acc[fl[0]]["created"] + dt.timedelta(days=rng.randint(1, 90))))
        for f in fl:
            g.base_identities(f)
            g.reserved.add(f)
        for part in v.split("+"):
            val = {"device": g.rand_device, "payment_instrument": g.rand_card, "phone": g.rand_phone, "ip": g.rand_ip, "home_ip": g.rand_ip,
                   "bank_account": lambda: "IBAN%030d" % rng.randint(0, 10 ** 29), "address": lambda: "%d Rue %s" % (rng.randint(1, 99), rng.choice(ORG_WORDS)),
                   "tax_id": lambda: "TX%09d" % rng.randint(0, 10 ** 9)}[part]()
            kind = "ip" if part in ("ip", "home_ip") else part
            for a in [c] + fl:
                g.identity(a, kind, val)
        ev = []
        for f in fl:
            for k in range(rng.randint(1, 4)):
                small = rng.random() < 0.5
                cid = g.contract(c, f, amount=g.money(10, 90) if small else g.money(150, 1200), days=rng.randint(1, 20), status="ended")
                g.normal_payments(cid, g.rec["contract"][-1]["amount"])
                ev += [cid, g.feedback(cid, c, 5)]
                if rng.random() < 0.7:
                    ev.append(g.feedback(cid, f, 5))
            if rng.random() < 0.4:
                some_honest_work(g, f, all_clients, all_free, rng.randint(1, 3))
        S(g, "self_hire", [c] + fl, ev, None, variant=v, shared=v.split("+"))
    # ---------------- feedback rings
    for i in range(40):
        lang = rng.choice(list(COUNTRIES))
        size = rng.randint(3, 10)
        style = rng.choices(["classic", "stealth", "mixed"], [0.55, 0.25, 0.2])[0]
        mem = []
        for j in range(size):
            if rng.random() < 0.35:
                mem.append(g.pick(lang, rng.choice(["freelancer", "freelancer", "client"])))
            else:
                a = g.make_account(rng.choice(["freelancer", "freelancer", "client"]), lang)
                g.base_identities(a)
                g.reserved.add(a)
                mem.append(a)
        if rng.random() < 0.3:
            ip = g.rand_ip()
            for a in mem:
                if rng.random() < 0.7:
                    g.identity(a, "ip", ip)
        ev = []
        base = g.rdate(T0 + dt.timedelta(days=400), T_END - dt.timedelta(days=150))
        pairs = set()
        for a in mem:
            for b in rng.sample([x for x in mem if x != a], min(len(mem) - 1, rng.randint(1, 3))):
                pairs.add((a, b))
                if rng.random() < 0.65:
                    pairs.add((b, a))
        for a, b in sorted(pairs):
            for _ in range(rng.choice([1, 1, 2])):
                st = style if style != "mixed" else rng.choice(["classic", "stealth"])
                amt = g.money(5, 95) if st == "classic" else g.money(110, 400)
                days = rng.randint(0, 3) if st == "classic" else rng.randint(4, 12)
                cid = g.contract(a, b, amount=amt, start=base + dt.timedelta(days=rng.randint(0, 120)), days=days, status="ended")
                g.normal_payments(cid, g.rec["contract"][-1]["amount"])
                ev += [cid, g.feedback(cid, a, 5 if rng.random() < 0.92 else 4), g.feedback(cid, b, 5 if rng.random() < 0.85 else 4)]
        for a in mem:
            if rng.random() < 0.4:
                some_honest_work(g, a, all_clients, all_free, rng.randint(1, 2))
        S(g, "feedback_ring", mem, ev, None, size=size, style=style)
    # ---------------- conflict of interest
    orgs = [o for o, m in g.org_members.items() if len(m) >= 1]
    rng.shuffle(orgs)
    cvars = ["client_org_admin", "client_org_hiring_manager", "membership_only_admin", "membership_only_hiring_manager", "owner_hires_own_manager"]
    for i in range(40):
        v = cvars[i % len(cvars)]
        oid = orgs.pop()
        owner = g.org_members[oid][0][0]
        lang = g.acc[owner]["lang"]
        others = [a for a, r in g.org_members[oid][1:] if r in ("hiring_manager", "owner", "admin")]
        client = others[0] if others and v != "owner_hires_own_manager" and rng.random() < 0.5 else owner
        role = "admin" if "admin" in v else "hiring_manager"
        if rng.random() < 0.75:
            f = g.make_account("freelancer", lang)
            g.base_identities(f)
        else:
            f = g.pick(lang, "freelancer")
        g.reserved.add(f)
        g.reserved.add(client)
        g.rec["membership"].append({"type": "membership", "org": oid, "account": f, "role": role})
        if rng.random() < 0.3:
            g.identity(f, "ip", g.rand_ip())
        ev = []
        for k in range(rng.randint(1, 3)):
            org = None if v.startswith("membership_only") else oid
            cid = g.contract(client, f, org=org, amount=g.money(200, 6000), status="ended")
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            ev += [cid, g.feedback(cid, client, 5)]
            if rng.random() < 0.6:
                ev.append(g.feedback(cid, f, 5))
        if rng.random() < 0.5:
            some_honest_work(g, f, all_clients, all_free, rng.randint(1, 3))
        S(g, "conflict_of_interest", [client, f], ev, None, variant=v, org=oid, role=role)
    # ---------------- paid feedback and extortion (threads)
    for kind, label in (("paid_feedback", "paid"), ("feedback_extortion", "extortion")):
        for lang in LANGS:
            plang = "en" if lang == "en_chat" else lang
            tm = BANKS[lang][label]
            order = list(range(len(tm)))
            rng.shuffle(order)
            for k in range(6):
                by, reward, mode, when, msgs = tm[order[k % len(order)]]
                c, f = g.pick(plang, "client"), g.pick(plang, "freelancer")
                cid = g.contract(c, f, status="ended", days=rng.randint(5, 45))
                camt = float(g.rec["contract"][-1]["amount"])
                g.normal_payments(cid, g.rec["contract"][-1]["amount"])
                if rng.random() < 0.5:
                    g.chatter(cid, plang if rng.random() < 0.7 else lang, n=rng.randint(1, 3))
                s, e = g.contract_info[cid][2], g.contract_info[cid][3]
                A, B = (c, f) if by == "c" else (f, c)
                a_role = "client" if by == "c" else "freelancer"
                if reward == "refund":
                    amt_n = max(5, int(camt * rng.uniform(0.1, 0.4)))
                else:
                    amt_n = rng.choice([20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 200, 250, 300])
                th = render_thread(rng, lang, msgs, a_role, g.acc[A]["first"], g.acc[B]["first"], amt_n)
                ev, fbs, pays = [], [], []
                if when == "a":
                    fbs.append(g.feedback(cid, B, rng.choice([2, 3]), t=e + dt.timedelta(hours=rng.randint(2, 40))))
                    t = e + dt.timedelta(days=2)
                else:
                    t = e - dt.timedelta(hours=rng.randint(5, 60))
                mids, out = [], []
                for role, body in th:
                    t = t + dt.timedelta(minutes=rng.randint(2, 900))
                    sender = c if role == "client" else f
                    mid = g.message(cid, sender, body, t)
                    mids.append(mid)
                    out.append({"id": mid, "sender_role": role, "body": body})
                has_pay = False
                if label == "paid":
                    if when == "b":
                        fbs.append(g.feedback(cid, B, 5, t=max(t, e) + dt.timedelta(hours=rng.randint(1, 30))))
                    if reward in ("bonus", "refund") and rng.random() < 0.6:
                        has_pay = True
                        pays.append(g.payment(cid, "bonus" if reward == "bonus" else "refund", "%d.00" % amt_n, max(t, e) + dt.timedelta(hours=rng.randint(31, 60))))
                    if rng.random() < 0.7:
                        fbs.append(g.feedback(cid, A, rng.choice([4, 5, 5])))
                    outcome = None
                else:
                    outcome = rng.choices(["complied", "refused", "silent"], [0.55, 0.25, 0.2])[0] if when == "b" else "refused"
                    if when == "b" and outcome != "silent":
                        fbs.append(g.feedback(cid, B, 5 if outcome == "complied" else rng.choice([2, 3]), t=max(t, e) + dt.timedelta(hours=rng.randint(1, 30))))
                    fbs.append(g.feedback(cid, A, rng.choice([4, 5]) if outcome == "complied" else 1, t=max(t, e) + dt.timedelta(hours=rng.randint(31, 70))))
                ev = mids + [x for x in pays + fbs if x]
                sc = S(g, kind, [A, B], ev, lang, initiator=a_role, mode="explicit" if mode == "x" else "veiled", timing="before_feedback" if when == "b" else "after_feedback",
                       reward_or_demand=reward, payment_record=has_pay, n_messages=len(th), outcome=outcome, contract=cid)
                g.threads.append({"id": "T%05d" % (len(g.threads) + 1), "language": lang, "label": label, "in_marketplace": True, "ref": sc["id"], "contract": cid,
                                  "mode": sc["mode"], "initiator": a_role, "timing": sc["timing"], "messages": out})


def extra_threads(g, per_class=35):
    """Text-only threads (not in the marketplace) so every language has >= per_class threads per label class."""
    rng = g.rng
    for lang in LANGS:
        plang = "en" if lang == "en_chat" else lang
        fn = NAMES[plang][0]
        first = lambda: (rng.choice(fn)[0] if plang == "ru" else rng.choice(fn))
        for label in ("paid", "extortion", "honest"):
            have = sum(1 for t in g.threads if t["language"] == lang and (t["label"] == label or (label == "honest" and t["label"].startswith("honest_"))))
            k = 0
            while have < per_class:
                if label == "honest":
                    labs = list(BANKS[lang]["honest"])
                    hl = labs[k % len(labs)]
                    tm = BANKS[lang]["honest"][hl]
                    by, msgs = tm[rng.randrange(len(tm))]
                    lab, extra = (hl if hl.startswith("honest_") else "honest_" + hl), {}
                else:
                    tm = BANKS[lang][label]
                    by, reward, mode, when, msgs = tm[k % len(tm)]
                    lab = label
                    extra = {"mode": "explicit" if mode == "x" else "veiled", "initiator": "client" if by == "c" else "freelancer", "timing": "before_feedback" if when == "b" else "after_feedback"}
                a_role = "client" if by == "c" else "freelancer"
                th = render_thread(rng, lang, msgs, a_role, first(), first(), rng.choice([15, 20, 30, 40, 50, 80, 100, 150, 200, 300]))
                d = {"id": "T%05d" % (len(g.threads) + 1), "language": lang, "label": lab, "in_marketplace": False, "ref": None, "contract": None,
                     "messages": [{"id": None, "sender_role": r, "body": b} for r, b in th]}
                d.update(extra)
                g.threads.append(d)
                have += 1
                k += 1


# ====================================================================== validate / write
def validate(g):
    errs = []
    ids = {}
    for t in ("account", "organization", "contract", "feedback", "message", "payment"):
        seen = set()
        for r in g.rec[t]:
            if r["id"] in seen:
                errs.append("dup %s %s" % (t, r["id"]))
            seen.add(r["id"])
        ids[t] = seen
    acc = {r["id"]: r for r in g.rec["account"]}
    emails = [r["email"] for r in g.rec["account"]]
    if len(set(emails)) != len(emails):
        errs.append("dup email")
    for r in g.rec["account"]:
        if any(ord(ch) < 32 for ch in r["name"]) or len(r["name"]) > 200:
            errs.append("bad name " + r["id"])
    ms = set()
    for r in g.rec["membership"]:
        if r["org"] not in ids["organization"] or r["account"] not in ids["account"]:
            errs.append("membership ref")
        if (r["org"], r["account"]) in ms:
            errs.append("dup membership %s %s" % (r["org"], r["account"]))
        ms.add((r["org"], r["account"]))
    con = {}
    for r in g.rec["contract"]:
        con[r["id"]] = r
        if r["client"] not in acc or r["freelancer"] not in acc or r["client"] == r["freelancer"]:
            errs.append("contract parties " + r["id"])
        if r.get("client_org") and r["client_org"] not in ids["organization"]:
            errs.append("contract org " + r["id"])
        if r.get("ended_at") and r["ended_at"] < r["started_at"]:
            errs.append("contract dates " + r["id"])
        for p in ("client", "freelancer"):
            if acc[r[p]]["created_at"] > r["started_at"]:
                errs.append("contract before account %s %s" % (r["id"], p))
    fb = set()
    for r in g.rec["feedback"]:
        c = con.get(r["contract"])
        if not c or {r["author"], r["recipient"]} != {c["client"], c["freelancer"]}:
            errs.append("feedback parties " + r["id"])
            continue
        if r["created_at"] < c["started_at"]:
            errs.append("feedback before contract " + r["id"])
        if (r["contract"], r["author"]) in fb:
            errs.append("dup feedback author " + r["id"])
        fb.add((r["contract"], r["author"]))
        if not 1 <= r["rating"] <= 5:
            errs.append("rating " + r["id"])
    for r in g.rec["message"]:
        c = con.get(r.get("contract"))
        if not c or {r["sender"], r["recipient"]} != {c["client"], c["freelancer"]}:
            errs.append("message parties " + r["id"])
    for r in g.rec["payment"]:
        c = con.get(r["contract"])
        want = (c["freelancer"], c["client"]) if r["kind"] == "refund" else (c["client"], c["freelancer"])
        if (r["payer"], r["payee"]) != want:
            errs.append("payment direction " + r["id"])
        if r["created_at"] < c["started_at"]:
            errs.append("payment before contract " + r["id"])
    for r in g.rec["identity"]:
        if r["account"] not in acc:
            errs.append("identity ref")
    every = set().union(*ids.values())
    for s in g.schemes + g.lookalikes:
        for a in s["accounts"]:
            if a not in acc:
                errs.append("truth account %s %s" % (s["id"], a))
        for e in s["evidence"]:
            if e not in every:
                errs.append("truth evidence %s %s" % (s["id"], e))
    return errs


def write(g, out):
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    n = 0
    with open(os.path.join(out, "data", "marketplace.jsonl"), "w", encoding="utf-8") as fh:
        for t in ("account", "organization", "membership", "contract", "payment", "feedback", "message", "identity"):
            rows = g.rec[t]
            if t == "membership":
                rows = sorted(rows, key=lambda r: (r["org"], r["account"]))
            elif t == "identity":
                rows = sorted(rows, key=lambda r: (r["account"], r["kind"], r["value"]))
            else:
                rows = sorted(rows, key=lambda r: r["id"])
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
    truth = {"round": ROUND, "seed": g.seed, "generator": "generate.py",
             "kinds": {"self_hire": ["self_hire"], "feedback_ring": ["feedback_ring", "fake_job"], "conflict_of_interest": ["conflict_of_interest"],
                       "paid_feedback": ["paid_feedback"], "feedback_extortion": ["feedback_extortion"]},
             "schemes": g.schemes, "lookalikes": g.lookalikes}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(out, "threads.jsonl"), "w", encoding="utf-8") as fh:
        for t in g.threads:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--accounts", type=int, default=10000)
    a = ap.parse_args()
    g = Gen(a.seed, a.accounts)
    build(g)
    errs = validate(g)
    if errs:
        print("VALIDATION FAILED:", len(errs), errs[:20], file=sys.stderr)
        sys.exit(1)
    n = write(g, a.out)
    cnt = {k: len(v) for k, v in g.rec.items()}
    print("wrote %d lines %s; schemes %d, look-alikes %d, threads %d" % (n, cnt, len(g.schemes), len(g.lookalikes), len(g.threads)))


if __name__ == "__main__":
    main()
