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

ROUND = "r2"
DEFAULT_SEED = 2207
# ==== BANKS BEGIN (round 2 wordings: written fresh, not a reshuffle of round 1) ====
# PAID entries: (initiator c|f, reward bonus|refund|free|cash|gift|discount, mode x|v, when b|a, messages)
# EXTORTION entries: (initiator c|f, demand rating|refund|work, mode x|v, when b|a, messages)
BANKS = {
 "en": {
  "s5": ["a five-star score", "the top score", "5 out of 5", "a perfect five"],
  "s1": ["a single star", "a 1-star score", "the bottom score"],
  "slow": ["a 3", "a two", "3 out of 5"],
  "money": ["US${n}", "{n} dollars", "USD {n}"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Quick one, {name}: I can release an extra {amt} as a bonus this week.", "B:Oh nice, what for?", "A:For a perfect five on my client profile when the job closes. Deal?"]),
   ("f", "discount", "x", "b", ["A:Leave me {s5} and I'll knock {amt} off the final invoice."]),
   ("f", "gift", "x", "a", ["A:I'd really appreciate it if you bumped your review up to the top score.", "A:I can send you a {amt} Amazon gift card as a thank-you once it shows."]),
   ("c", "bonus", "v", "b", ["A:My bonus budget this month depends a lot on how my profile looks to new freelancers.", "A:Help me with that and {amt} of it is yours, {name}."]),
   ("f", "refund", "v", "b", ["A:Between us, clients who are generous with their stars usually get part of their money back.", "B:Part? How much?", "A:Around {amt}. After the review goes live, of course."]),
   ("f", "cash", "x", "b", ["A:I'll pay you {amt} in USDT if you post {s5} for me today."]),
   ("c", "bonus", "x", "a", ["A:Saw your review of me came out at {slow}.", "A:Make it five and I'll add a {amt} bonus right away."]),
   ("f", "free", "v", "a", ["A:Thanks for the review! By the way, I do free follow-up tweaks for anyone whose rating of me is spotless.", "A:Right now yours isn't quite there yet, if you see what I mean."]),
   ("c", "bonus", "v", "b", ["A:You've been great.", "A:Here's how I usually do it: a thank-you transfer of {amt} goes out the same day a glowing review of me appears."]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:Here's the situation: the source files stay with me until you confirm you'll leave {s5}."]),
   ("c", "rating", "x", "b", ["A:I want {s5} on my client profile.", "B:We haven't even finished yet.", "A:I know. If I don't get it, you'll get {s1} and I'll mark you as unprofessional."]),
   ("c", "refund", "x", "b", ["A:Send back {amt} or my review will make sure nobody hires you again."]),
   ("f", "rating", "v", "a", ["A:I read your {slow}.", "A:I also keep notes on every client I work with, and I share them. You might want to think about which notes you'd like me to share."]),
   ("c", "rating", "v", "b", ["A:Your profile is still quite new, isn't it?", "A:It only takes one honest account of this project to sink it. A kind review from you would keep everything nice and quiet."]),
   ("f", "rating", "x", "a", ["A:Take down that {slow} and give me five, or I'll post {s1} on your client profile and tell everyone you refused to pay on time."]),
   ("c", "work", "v", "b", ["A:I'm sure you'd like this project to end with a good review.", "A:Then the two extra pages will be included at no cost, won't they?"]),
   ("c", "rating", "x", "b", ["A:Let me be clear.", "A:{s5} from you, or a dispute plus {s1} from me.", "B:That's not fair."]),
   ("f", "rating", "v", "b", ["A:Word travels quickly among freelancers about difficult clients.", "A:Make sure my rating is perfect and I'll make sure you're never one of them."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:It was a pleasure, {name}. When you get a chance, would you mind leaving feedback? Totally up to you."]), ("f", ["A:Project's done! Reviews are how new clients find me, so if you feel like writing one, thank you."])],
   "honest_bonus": [("c", ["A:Your work saved us a launch date, so I added {amt} as a thank-you bonus.", "B:Wow, thank you!"]), ("c", ["A:Tipped you {amt}, you went way beyond the brief."])],
   "late_refund": [("f", ["A:My delay cost you a week, so I returned {amt}. Apologies again.", "B:Appreciated."]), ("f", ["A:Refunded {amt} because the last milestone slipped."])],
   "dispute": [("c", ["A:I don't think the milestone is complete. I'm filing a dispute and we can both give our side.", "B:OK, I'll upload my evidence there."])],
   "angry_escalation": [("c", ["A:I'm furious. You went silent for ten days. I'm reporting this to the support team.", "B:I'm sorry, I had a family emergency."]), ("f", ["A:Changing the scope three times without paying is not okay. I'm contacting support."])],
   "rating_talk": [("c", ["A:Gave you five stars, the animations were spot on.", "B:Thanks a lot, five from me too."]), ("c", ["A:My review says 4 stars because of the delay, but the quality was great."])],
   "honest_negative_warning": [("c", ["A:To be upfront: I'll be leaving 2 stars because the deadline was missed twice. That's my honest experience.", "B:Understood, that's fair."]), ("c", ["A:I'm going to write a critical review. Not to hurt you, just to describe what happened."])],
   "unconditional_discount": [("f", ["A:Since we'll work together again, I'm giving you {amt} off the next project. No strings attached."]), ("f", ["A:Returning clients get {amt} off, that's just my policy."])],
  },
  "chatter": ["Pushed the fix to the staging branch.", "Could you send the brand colours?", "Running a bit behind, I'll update you tonight.", "Approved, go ahead with phase two.", "What time zone are you in?", "Attached the revised mockups.", "Can you share the login for the test account?"],
 },
 "es": {
  "s5": ["una calificación perfecta", "un cinco", "5 de 5", "la nota más alta"],
  "s1": ["una estrellita", "un 1", "la nota más baja"],
  "slow": ["un 3", "un dos", "3 de 5"],
  "money": ["{n} dólares", "US$ {n}", "{n} euros"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Oye {name}, esta semana puedo liberar {amt} extra como bono.", "B:¡Genial! ¿A cambio de qué?", "A:De un cinco en mi perfil de cliente cuando cerremos. ¿Trato?"]),
   ("f", "discount", "x", "b", ["A:Déjame {s5} y te descuento {amt} de la factura final."]),
   ("f", "gift", "x", "a", ["A:Te agradecería mucho que subieras tu reseña a la nota más alta.", "A:Cuando aparezca te mando una tarjeta regalo de {amt}."]),
   ("c", "bonus", "v", "b", ["A:Mi presupuesto de bonos depende bastante de cómo vean mi perfil los nuevos freelancers.", "A:Si me echas una mano con eso, {amt} son para ti, {name}."]),
   ("f", "refund", "v", "b", ["A:Entre nosotros, los clientes generosos con las estrellas suelen recuperar parte de lo pagado.", "B:¿Parte? ¿Cuánto?", "A:Unos {amt}. Después de publicar la reseña, claro."]),
   ("f", "cash", "x", "b", ["A:Te pago {amt} en cripto si hoy me pones {s5}."]),
   ("c", "bonus", "x", "a", ["A:Vi que tu reseña sobre mí quedó en {slow}.", "A:Súbela a cinco y te agrego un bono de {amt} al momento."]),
   ("f", "free", "v", "a", ["A:¡Gracias por la reseña! Por cierto, hago ajustes gratis a quien me deja una valoración impecable.", "A:La tuya todavía no llega a eso, tú me entiendes."]),
   ("c", "bonus", "v", "b", ["A:Has trabajado muy bien.", "A:Yo suelo hacerlo así: una transferencia de agradecimiento de {amt} sale el mismo día que aparece una reseña brillante sobre mí."]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:La situación es esta: los archivos fuente se quedan conmigo hasta que confirmes que me pondrás {s5}."]),
   ("c", "rating", "x", "b", ["A:Quiero {s5} en mi perfil de cliente.", "B:Pero si todavía no terminamos.", "A:Ya lo sé. Si no me lo das, te llevas {s1} y te marco como poco profesional."]),
   ("c", "refund", "x", "b", ["A:Devuélveme {amt} o mi reseña se encargará de que nadie te vuelva a contratar."]),
   ("f", "rating", "v", "a", ["A:Leí tu {slow}.", "A:Yo también apunto cosas de cada cliente, y las comparto. Piensa bien qué notas quieres que comparta."]),
   ("c", "rating", "v", "b", ["A:Tu perfil todavía es bastante nuevo, ¿verdad?", "A:Basta un relato sincero de este proyecto para hundirlo. Una reseña amable tuya dejaría todo tranquilo."]),
   ("f", "rating", "x", "a", ["A:Quita ese {slow} y ponme cinco, o te dejo {s1} y cuento a todos que no pagaste a tiempo."]),
   ("c", "work", "v", "b", ["A:Seguro que quieres que este proyecto termine con una buena reseña.", "A:Entonces las dos páginas extra van incluidas sin costo, ¿no?"]),
   ("c", "rating", "x", "b", ["A:Te lo digo claro.", "A:{s5} de tu parte, o disputa más {s1} de la mía.", "B:Eso no es justo."]),
   ("f", "rating", "v", "b", ["A:Entre freelancers se corre la voz rápido sobre los clientes complicados.", "A:Asegúrate de que mi calificación sea perfecta y yo me aseguro de que no seas uno de ellos."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Fue un placer, {name}. Cuando puedas, ¿te importaría dejarme una valoración? Como prefieras."]), ("f", ["A:¡Proyecto terminado! Las reseñas me ayudan a que me encuentren nuevos clientes, así que si te animas, gracias."])],
   "honest_bonus": [("c", ["A:Tu trabajo nos salvó el lanzamiento, así que añadí {amt} de bono como agradecimiento.", "B:¡Muchísimas gracias!"]), ("c", ["A:Te di {amt} de propina, fuiste mucho más allá de lo pedido."])],
   "late_refund": [("f", ["A:Mi retraso te costó una semana, así que te devolví {amt}. Perdón otra vez.", "B:Te lo agradezco."]), ("f", ["A:Te reembolsé {amt} porque el último hito se atrasó."])],
   "dispute": [("c", ["A:No creo que el hito esté completo. Abro una disputa y cada uno explica su versión.", "B:De acuerdo, subiré mis pruebas allí."])],
   "angry_escalation": [("c", ["A:Estoy furioso. Desapareciste diez días. Lo voy a reportar al equipo de soporte.", "B:Lo siento, tuve una urgencia familiar."]), ("f", ["A:Cambiar el alcance tres veces sin pagar no está bien. Voy a escribir a soporte."])],
   "rating_talk": [("c", ["A:Te puse cinco estrellas, las animaciones quedaron perfectas.", "B:Mil gracias, yo también te puse cinco."]), ("c", ["A:Mi reseña dice 4 estrellas por el retraso, pero la calidad fue muy buena."])],
   "honest_negative_warning": [("c", ["A:Para ser transparente: voy a dejar 2 estrellas porque el plazo se incumplió dos veces. Es mi experiencia real.", "B:Entendido, es justo."]), ("c", ["A:Voy a escribir una reseña crítica. No para perjudicarte, solo para contar lo que pasó."])],
   "unconditional_discount": [("f", ["A:Como volveremos a trabajar juntos, te hago {amt} de descuento en el próximo proyecto. Sin condiciones."]), ("f", ["A:Los clientes que repiten tienen {amt} de descuento, es mi política."])],
  },
  "chatter": ["Subí el arreglo a la rama de pruebas.", "¿Me pasas los colores de la marca?", "Voy un poco atrasado, te aviso esta noche.", "Aprobado, adelante con la fase dos.", "¿En qué zona horaria estás?", "Adjunto los mockups corregidos."],
 },
 "pt": {
  "s5": ["uma avaliação perfeita", "um cinco", "5 de 5", "a nota mais alta"],
  "s1": ["uma estrelinha", "um 1", "a nota mais baixa"],
  "slow": ["um 3", "um dois", "3 de 5"],
  "money": ["R$ {n}", "{n} reais", "US$ {n}"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Fala {name}, essa semana consigo liberar {amt} a mais de bônus.", "B:Show! Em troca de quê?", "A:De um cinco no meu perfil de cliente quando fecharmos. Fechado?"]),
   ("f", "discount", "x", "b", ["A:Me deixa {s5} que eu tiro {amt} da fatura final."]),
   ("f", "gift", "x", "a", ["A:Ficaria muito grato se você subisse sua avaliação para a nota mais alta.", "A:Quando aparecer, te mando um vale-presente de {amt}."]),
   ("c", "bonus", "v", "b", ["A:Meu orçamento de bônus depende bastante de como meu perfil aparece para freelancers novos.", "A:Se você me ajudar nisso, {amt} são seus, {name}."]),
   ("f", "refund", "v", "b", ["A:Cá entre nós, cliente generoso nas estrelas costuma recuperar parte do que pagou.", "B:Parte? Quanto?", "A:Uns {amt}. Depois que a avaliação sair, claro."]),
   ("f", "cash", "x", "b", ["A:Te pago {amt} em cripto se você me der {s5} hoje."]),
   ("c", "bonus", "x", "a", ["A:Vi que sua avaliação sobre mim ficou em {slow}.", "A:Muda para cinco e eu coloco um bônus de {amt} na hora."]),
   ("f", "free", "v", "a", ["A:Obrigado pela avaliação! Aliás, faço ajustes grátis para quem me avalia de forma impecável.", "A:A sua ainda não chegou lá, se é que você me entende."]),
   ("c", "bonus", "v", "b", ["A:Você mandou muito bem.", "A:Eu costumo fazer assim: uma transferência de agradecimento de {amt} sai no mesmo dia em que aparece uma avaliação brilhante sobre mim."]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:A situação é essa: os arquivos-fonte ficam comigo até você confirmar que vai me dar {s5}."]),
   ("c", "rating", "x", "b", ["A:Quero {s5} no meu perfil de cliente.", "B:Mas a gente nem terminou.", "A:Eu sei. Se eu não receber, você leva {s1} e eu te marco como pouco profissional."]),
   ("c", "refund", "x", "b", ["A:Me devolve {amt} ou minha avaliação vai garantir que ninguém te contrate de novo."]),
   ("f", "rating", "v", "a", ["A:Li o seu {slow}.", "A:Eu também anoto coisas sobre cada cliente, e compartilho. Pensa bem em quais anotações você quer que eu compartilhe."]),
   ("c", "rating", "v", "b", ["A:Seu perfil ainda é bem novo, né?", "A:Basta um relato sincero deste projeto para afundá-lo. Uma avaliação gentil sua deixaria tudo tranquilo."]),
   ("f", "rating", "x", "a", ["A:Tira esse {slow} e me dá cinco, ou eu te deixo {s1} e conto para todo mundo que você atrasou o pagamento."]),
   ("c", "work", "v", "b", ["A:Com certeza você quer que este projeto termine com uma boa avaliação.", "A:Então as duas páginas extras vão sem custo, certo?"]),
   ("c", "rating", "x", "b", ["A:Vou ser direto.", "A:{s5} de você, ou disputa mais {s1} de mim.", "B:Isso não é justo."]),
   ("f", "rating", "v", "b", ["A:Entre freelancers a notícia sobre cliente difícil corre rápido.", "A:Garanta que minha nota seja perfeita e eu garanto que você nunca seja um deles."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Foi um prazer, {name}. Quando puder, se importaria de deixar uma avaliação? Fica a seu critério."]), ("f", ["A:Projeto entregue! É pelas avaliações que clientes novos me acham, então se quiser escrever uma, obrigado."])],
   "honest_bonus": [("c", ["A:Seu trabalho salvou nosso lançamento, então coloquei {amt} de bônus como agradecimento.", "B:Nossa, muito obrigado!"]), ("c", ["A:Te dei {amt} de gorjeta, você foi muito além do pedido."])],
   "late_refund": [("f", ["A:Meu atraso te custou uma semana, então devolvi {amt}. Desculpa de novo.", "B:Agradeço."]), ("f", ["A:Reembolsei {amt} porque o último marco atrasou."])],
   "dispute": [("c", ["A:Acho que o marco não está completo. Vou abrir uma disputa e cada um apresenta seu lado.", "B:Certo, vou subir minhas provas lá."])],
   "angry_escalation": [("c", ["A:Estou furioso. Você sumiu por dez dias. Vou reportar isso à equipe de suporte.", "B:Desculpa, tive uma emergência familiar."]), ("f", ["A:Mudar o escopo três vezes sem pagar não dá. Vou falar com o suporte."])],
   "rating_talk": [("c", ["A:Te dei cinco estrelas, as animações ficaram perfeitas.", "B:Valeu demais, te dei cinco também."]), ("c", ["A:Minha avaliação ficou em 4 estrelas por causa do atraso, mas a qualidade foi ótima."])],
   "honest_negative_warning": [("c", ["A:Para ser transparente: vou deixar 2 estrelas porque o prazo foi perdido duas vezes. É minha experiência real.", "B:Entendi, é justo."]), ("c", ["A:Vou escrever uma avaliação crítica. Não é para te prejudicar, só para contar o que aconteceu."])],
   "unconditional_discount": [("f", ["A:Como vamos trabalhar juntos de novo, te dou {amt} de desconto no próximo projeto. Sem condições."]), ("f", ["A:Cliente que volta ganha {amt} de desconto, é minha política."])],
  },
  "chatter": ["Subi a correção na branch de teste.", "Pode me mandar as cores da marca?", "Estou um pouco atrasado, te atualizo à noite.", "Aprovado, pode seguir com a fase dois.", "Qual é o seu fuso horário?", "Anexei os mockups revisados."],
 },
 "fr": {
  "s5": ["une note parfaite", "un cinq", "5 sur 5", "la meilleure note"],
  "s1": ["une petite étoile", "un 1", "la note la plus basse"],
  "slow": ["un 3", "un deux", "3 sur 5"],
  "money": ["{n} euros", "{n} €", "{n} dollars"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Dites {name}, je peux débloquer {amt} de bonus cette semaine.", "B:Super, en échange de quoi ?", "A:D'un cinq sur mon profil client à la clôture. Marché conclu ?"]),
   ("f", "discount", "x", "b", ["A:Laissez-moi {s5} et je retire {amt} de la facture finale."]),
   ("f", "gift", "x", "a", ["A:Je vous serais très reconnaissant de monter votre avis à la meilleure note.", "A:Dès qu'il apparaît, je vous envoie une carte cadeau de {amt}."]),
   ("c", "bonus", "v", "b", ["A:Mon budget de primes dépend beaucoup de l'image que mon profil donne aux nouveaux freelances.", "A:Si vous m'aidez là-dessus, {amt} sont pour vous, {name}."]),
   ("f", "refund", "v", "b", ["A:Entre nous, les clients généreux en étoiles récupèrent souvent une partie de ce qu'ils ont payé.", "B:Une partie ? Combien ?", "A:Environ {amt}. Une fois l'avis publié, évidemment."]),
   ("f", "cash", "x", "b", ["A:Je vous verse {amt} en crypto si vous me mettez {s5} aujourd'hui."]),
   ("c", "bonus", "x", "a", ["A:J'ai vu que votre avis sur moi est à {slow}.", "A:Passez-le à cinq et j'ajoute une prime de {amt} tout de suite."]),
   ("f", "free", "v", "a", ["A:Merci pour l'avis ! Au passage, je fais des retouches gratuites pour ceux qui me notent de façon irréprochable.", "A:Le vôtre n'y est pas encore tout à fait, si vous voyez ce que je veux dire."]),
   ("c", "bonus", "v", "b", ["A:Vous avez fait du très bon travail.", "A:Chez moi ça marche ainsi : un virement de remerciement de {amt} part le jour même où un avis élogieux sur moi apparaît."]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:La situation est simple : je garde les fichiers sources tant que vous ne confirmez pas que vous me mettrez {s5}."]),
   ("c", "rating", "x", "b", ["A:Je veux {s5} sur mon profil client.", "B:On n'a même pas fini.", "A:Je sais. Sinon, vous aurez {s1} et je vous signale comme peu professionnel."]),
   ("c", "refund", "x", "b", ["A:Rendez-moi {amt} ou mon avis fera en sorte que plus personne ne vous embauche."]),
   ("f", "rating", "v", "a", ["A:J'ai lu votre {slow}.", "A:Moi aussi je prends des notes sur chaque client, et je les partage. Réfléchissez aux notes que vous voulez que je partage."]),
   ("c", "rating", "v", "b", ["A:Votre profil est encore assez récent, non ?", "A:Il suffit d'un récit honnête de ce projet pour le couler. Un avis aimable de votre part garderait tout ça bien calme."]),
   ("f", "rating", "x", "a", ["A:Retirez ce {slow} et mettez-moi cinq, sinon je vous laisse {s1} et je raconte à tout le monde que vous avez payé en retard."]),
   ("c", "work", "v", "b", ["A:Vous tenez sûrement à ce que ce projet se termine par un bon avis.", "A:Alors les deux pages supplémentaires sont comprises sans frais, n'est-ce pas ?"]),
   ("c", "rating", "x", "b", ["A:Soyons clairs.", "A:{s5} de votre part, ou un litige plus {s1} de la mienne.", "B:Ce n'est pas juste."]),
   ("f", "rating", "v", "b", ["A:Entre freelances, la réputation des clients difficiles circule vite.", "A:Faites en sorte que ma note soit parfaite et je ferai en sorte que vous n'en fassiez jamais partie."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Ce fut un plaisir, {name}. Quand vous aurez un moment, pourriez-vous laisser une évaluation ? Libre à vous."]), ("f", ["A:Projet terminé ! Les avis aident les nouveaux clients à me trouver, donc si l'envie vous prend d'en écrire un, merci."])],
   "honest_bonus": [("c", ["A:Votre travail a sauvé notre lancement, j'ai donc ajouté {amt} de prime pour vous remercier.", "B:Merci infiniment !"]), ("c", ["A:Je vous ai laissé {amt} de pourboire, vous êtes allé bien au-delà du brief."])],
   "late_refund": [("f", ["A:Mon retard vous a coûté une semaine, je vous ai donc rendu {amt}. Encore désolé.", "B:C'est apprécié."]), ("f", ["A:Remboursé {amt} parce que le dernier jalon a glissé."])],
   "dispute": [("c", ["A:Je ne pense pas que le jalon soit terminé. J'ouvre un litige et chacun donnera sa version.", "B:D'accord, je déposerai mes éléments là-bas."])],
   "angry_escalation": [("c", ["A:Je suis furieux. Dix jours sans nouvelles. Je signale ça à l'équipe support.", "B:Désolé, j'ai eu une urgence familiale."]), ("f", ["A:Changer le périmètre trois fois sans payer, ce n'est pas correct. Je contacte le support."])],
   "rating_talk": [("c", ["A:Je vous ai mis cinq étoiles, les animations sont parfaites.", "B:Merci beaucoup, cinq de ma part aussi."]), ("c", ["A:Mon avis est à 4 étoiles à cause du retard, mais la qualité était excellente."])],
   "honest_negative_warning": [("c", ["A:Pour être transparent : je vais laisser 2 étoiles car le délai a été manqué deux fois. C'est mon expérience réelle.", "B:Compris, c'est juste."]), ("c", ["A:Je vais écrire un avis critique. Pas pour vous nuire, juste pour décrire ce qui s'est passé."])],
   "unconditional_discount": [("f", ["A:Comme nous allons retravailler ensemble, je vous fais {amt} de remise sur le prochain projet. Sans condition."]), ("f", ["A:Les clients fidèles ont {amt} de remise, c'est ma règle."])],
  },
  "chatter": ["J'ai poussé le correctif sur la branche de test.", "Pouvez-vous m'envoyer les couleurs de la marque ?", "J'ai un peu de retard, je vous tiens au courant ce soir.", "Validé, vous pouvez lancer la phase deux.", "Vous êtes sur quel fuseau horaire ?", "Ci-joint les maquettes révisées."],
 },
 "de": {
  "s5": ["eine perfekte Bewertung", "eine glatte Fünf", "5 von 5", "die Höchstnote"],
  "s1": ["ein einziges Sternchen", "eine Eins", "die niedrigste Note"],
  "slow": ["eine 3", "eine Zwei", "3 von 5"],
  "money": ["{n} EUR", "{n} Euro", "{n} Dollar"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:Kurz, {name}: Ich kann diese Woche {amt} extra als Bonus freigeben.", "B:Super, wofür?", "A:Für eine glatte Fünf auf meinem Kundenprofil, wenn wir abschließen. Abgemacht?"]),
   ("f", "discount", "x", "b", ["A:Geben Sie mir {s5}, dann ziehe ich {amt} von der Schlussrechnung ab."]),
   ("f", "gift", "x", "a", ["A:Ich wäre sehr dankbar, wenn Sie Ihre Bewertung auf die Höchstnote anheben.", "A:Sobald sie sichtbar ist, schicke ich Ihnen einen Gutschein über {amt}."]),
   ("c", "bonus", "v", "b", ["A:Mein Bonusbudget hängt stark davon ab, wie mein Profil auf neue Freelancer wirkt.", "A:Wenn Sie mir dabei helfen, gehören {amt} davon Ihnen, {name}."]),
   ("f", "refund", "v", "b", ["A:Unter uns: Kunden, die mit Sternen großzügig sind, bekommen meist einen Teil ihres Geldes zurück.", "B:Einen Teil? Wie viel?", "A:Etwa {amt}. Nachdem die Bewertung online ist, natürlich."]),
   ("f", "cash", "x", "b", ["A:Ich zahle Ihnen {amt} in Krypto, wenn Sie mir heute {s5} geben."]),
   ("c", "bonus", "x", "a", ["A:Ich sehe, Ihre Bewertung über mich steht bei {slow}.", "A:Machen Sie eine Fünf daraus und ich lege sofort {amt} Bonus drauf."]),
   ("f", "free", "v", "a", ["A:Danke für die Bewertung! Übrigens: Nachbesserungen sind gratis für alle, die mich makellos bewerten.", "A:Ihre ist da noch nicht ganz, wenn Sie verstehen."]),
   ("c", "bonus", "v", "b", ["A:Sie haben großartig gearbeitet.", "A:Bei mir läuft das so: Eine Dankeschön-Überweisung von {amt} geht am selben Tag raus, an dem eine glänzende Bewertung über mich erscheint."]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:Die Lage ist folgende: Die Quelldateien bleiben bei mir, bis Sie bestätigen, dass Sie mir {s5} geben."]),
   ("c", "rating", "x", "b", ["A:Ich will {s5} auf meinem Kundenprofil.", "B:Wir sind doch noch gar nicht fertig.", "A:Weiß ich. Wenn ich sie nicht bekomme, kriegen Sie {s1} und ich markiere Sie als unprofessionell."]),
   ("c", "refund", "x", "b", ["A:Überweisen Sie mir {amt} zurück, sonst sorgt meine Bewertung dafür, dass Sie niemand mehr beauftragt."]),
   ("f", "rating", "v", "a", ["A:Ich habe Ihre {slow} gelesen.", "A:Ich mache mir auch Notizen zu jedem Kunden, und ich teile sie. Überlegen Sie, welche Notizen ich teilen soll."]),
   ("c", "rating", "v", "b", ["A:Ihr Profil ist noch ziemlich neu, oder?", "A:Ein einziger ehrlicher Bericht über dieses Projekt reicht, um es zu versenken. Eine freundliche Bewertung von Ihnen würde alles ruhig halten."]),
   ("f", "rating", "x", "a", ["A:Nehmen Sie die {slow} zurück und geben Sie mir eine Fünf, sonst bekommen Sie {s1} und ich erzähle allen, dass Sie zu spät gezahlt haben."]),
   ("c", "work", "v", "b", ["A:Sie möchten sicher, dass dieses Projekt mit einer guten Bewertung endet.", "A:Dann sind die zwei zusätzlichen Seiten doch kostenlos inklusive, oder?"]),
   ("c", "rating", "x", "b", ["A:Damit es klar ist.", "A:{s5} von Ihnen, oder ein Streitfall plus {s1} von mir.", "B:Das ist unfair."]),
   ("f", "rating", "v", "b", ["A:Unter Freelancern spricht sich schnell herum, wer ein schwieriger Kunde ist.", "A:Sorgen Sie dafür, dass meine Bewertung perfekt ist, und ich sorge dafür, dass Sie nie dazugehören."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Es war mir eine Freude, {name}. Wenn Sie Zeit finden, würden Sie eine Bewertung hinterlassen? Ganz wie Sie möchten."]), ("f", ["A:Projekt abgeschlossen! Über Bewertungen finden mich neue Kunden, wenn Sie also Lust haben, eine zu schreiben: danke."])],
   "honest_bonus": [("c", ["A:Ihre Arbeit hat unseren Launch gerettet, deshalb gibt es {amt} Bonus als Dankeschön.", "B:Wow, vielen Dank!"]), ("c", ["A:Ich habe Ihnen {amt} Trinkgeld gegeben, Sie haben weit mehr geliefert als verlangt."])],
   "late_refund": [("f", ["A:Meine Verspätung hat Sie eine Woche gekostet, deshalb habe ich {amt} zurückgezahlt. Nochmals Entschuldigung.", "B:Weiß ich zu schätzen."]), ("f", ["A:{amt} erstattet, weil sich der letzte Meilenstein verschoben hat."])],
   "dispute": [("c", ["A:Ich halte den Meilenstein nicht für erledigt. Ich eröffne einen Streitfall, und jeder schildert seine Sicht.", "B:Okay, ich lade meine Nachweise dort hoch."])],
   "angry_escalation": [("c", ["A:Ich bin wütend. Zehn Tage Funkstille. Ich melde das dem Support-Team.", "B:Tut mir leid, ich hatte einen familiären Notfall."]), ("f", ["A:Den Umfang dreimal ohne Bezahlung zu ändern geht nicht. Ich wende mich an den Support."])],
   "rating_talk": [("c", ["A:Ich habe Ihnen fünf Sterne gegeben, die Animationen sind genau richtig.", "B:Vielen Dank, fünf von mir auch."]), ("c", ["A:Meine Bewertung hat 4 Sterne wegen der Verzögerung, aber die Qualität war top."])],
   "honest_negative_warning": [("c", ["A:Offen gesagt: Ich werde 2 Sterne vergeben, weil die Frist zweimal verpasst wurde. So habe ich es erlebt.", "B:Verstanden, das ist fair."]), ("c", ["A:Ich werde eine kritische Bewertung schreiben. Nicht um Ihnen zu schaden, nur um zu beschreiben, was passiert ist."])],
   "unconditional_discount": [("f", ["A:Da wir wieder zusammenarbeiten, bekommen Sie {amt} Rabatt auf das nächste Projekt. Ohne Bedingungen."]), ("f", ["A:Stammkunden bekommen {amt} Rabatt, so halte ich es immer."])],
  },
  "chatter": ["Den Fix habe ich in den Test-Branch gepusht.", "Können Sie mir die Markenfarben schicken?", "Ich hänge etwas hinterher, Update heute Abend.", "Freigegeben, weiter mit Phase zwei.", "In welcher Zeitzone sind Sie?", "Anbei die überarbeiteten Mockups."],
 },
 "ru": {
  "s5": ["идеальную оценку", "пятёрку", "5 из 5", "максимальный балл"],
  "s1": ["одну звёздочку", "единицу", "минимальный балл"],
  "slow": ["тройку", "двойку", "3 из 5"],
  "money": ["{n} долларов", "{n} $", "{n} USD"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:{name}, на этой неделе могу выделить {amt} бонусом.", "B:Круто, а за что?", "A:За пятёрку в моём профиле заказчика, когда закроем контракт. Договорились?"]),
   ("f", "discount", "x", "b", ["A:Поставьте мне {s5}, и я скину {amt} с итогового счёта."]),
   ("f", "gift", "x", "a", ["A:Буду очень благодарен, если поднимете отзыв до максимального балла.", "A:Как только обновится, пришлю вам подарочный сертификат на {amt}."]),
   ("c", "bonus", "v", "b", ["A:Мой бюджет на бонусы сильно зависит от того, как мой профиль выглядит для новых фрилансеров.", "A:Поможешь с этим, и {amt} из него твои, {name}."]),
   ("f", "refund", "v", "b", ["A:Между нами: клиенты, которые не жалеют звёзд, обычно получают часть денег обратно.", "B:Часть? Сколько?", "A:Около {amt}. После публикации отзыва, конечно."]),
   ("f", "cash", "x", "b", ["A:Заплачу вам {amt} в крипте, если сегодня поставите мне {s5}."]),
   ("c", "bonus", "x", "a", ["A:Вижу, твой отзыв обо мне на {slow}.", "A:Исправь на пятёрку, и я сразу добавлю бонус {amt}."]),
   ("f", "free", "v", "a", ["A:Спасибо за отзыв! Кстати, я бесплатно дорабатываю всё для тех, кто оценил меня безупречно.", "A:Ваша оценка пока до этого не дотягивает, если вы понимаете, о чём я."]),
   ("c", "bonus", "v", "b", ["A:Ты отлично поработал.", "A:У меня так заведено: благодарственный перевод на {amt} уходит в тот же день, когда появляется восторженный отзыв обо мне."]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:Ситуация такая: исходники останутся у меня, пока вы не подтвердите, что поставите мне {s5}."]),
   ("c", "rating", "x", "b", ["A:Хочу {s5} в моём профиле заказчика.", "B:Мы же ещё даже не закончили.", "A:Знаю. Не получу — получишь {s1}, и я отмечу тебя как непрофессионала."]),
   ("c", "refund", "x", "b", ["A:Верни {amt}, иначе мой отзыв сделает так, что тебя больше никто не наймёт."]),
   ("f", "rating", "v", "a", ["A:Прочитал вашу {slow}.", "A:Я тоже веду заметки о каждом заказчике и делюсь ими. Подумайте, какими заметками вы хотите, чтобы я поделился."]),
   ("c", "rating", "v", "b", ["A:Профиль у тебя ещё совсем новый, да?", "A:Одного честного рассказа об этом проекте хватит, чтобы его утопить. Добрый отзыв от тебя сохранил бы тишину."]),
   ("f", "rating", "x", "a", ["A:Уберите эту {slow} и поставьте пятёрку, или получите {s1}, а я всем расскажу, что вы тянули с оплатой."]),
   ("c", "work", "v", "b", ["A:Ты ведь наверняка хочешь, чтобы проект закончился хорошим отзывом.", "A:Значит, две дополнительные страницы входят бесплатно, так?"]),
   ("c", "rating", "x", "b", ["A:Скажу прямо.", "A:{s5} от тебя, или спор плюс {s1} от меня.", "B:Это нечестно."]),
   ("f", "rating", "v", "b", ["A:Среди фрилансеров слухи о трудных заказчиках расходятся быстро.", "A:Позаботьтесь, чтобы моя оценка была идеальной, а я позабочусь, чтобы вы в их число не попали."]),
  ],
  "honest": {
   "polite_request": [("f", ["A:Было приятно поработать, {name}. Когда будет время, не могли бы вы оставить отзыв? Решать вам."]), ("f", ["A:Проект завершён! По отзывам меня находят новые клиенты, так что если захотите написать — спасибо."])],
   "honest_bonus": [("c", ["A:Твоя работа спасла нам запуск, поэтому добавил {amt} бонусом в благодарность.", "B:Ого, огромное спасибо!"]), ("c", ["A:Накинул {amt} чаевых, ты сделал гораздо больше, чем просили."])],
   "late_refund": [("f", ["A:Из-за моей задержки вы потеряли неделю, поэтому я вернул {amt}. Ещё раз простите.", "B:Ценю."]), ("f", ["A:Вернул {amt}, потому что последний этап сдвинулся."])],
   "dispute": [("c", ["A:Не считаю этап завершённым. Открываю спор, и каждый изложит свою позицию.", "B:Хорошо, загружу туда свои материалы."])],
   "angry_escalation": [("c", ["A:Я в ярости. Десять дней без ответа. Сообщаю об этом в службу поддержки.", "B:Простите, у меня были семейные обстоятельства."]), ("f", ["A:Трижды менять объём работ без оплаты — это не нормально. Пишу в поддержку."])],
   "rating_talk": [("c", ["A:Поставил тебе пять звёзд, анимации получились точно в цель.", "B:Большое спасибо, от меня тоже пять."]), ("c", ["A:В моём отзыве 4 звезды из-за задержки, но качество было отличное."])],
   "honest_negative_warning": [("c", ["A:Скажу честно: поставлю 2 звезды, потому что срок сорвали дважды. Это мой реальный опыт.", "B:Понимаю, справедливо."]), ("c", ["A:Я напишу критический отзыв. Не чтобы навредить, а чтобы описать, как всё было."])],
   "unconditional_discount": [("f", ["A:Раз мы будем работать дальше, даю вам скидку {amt} на следующий проект. Без всяких условий."]), ("f", ["A:Постоянным клиентам скидка {amt}, такое у меня правило."])],
  },
  "chatter": ["Залил исправление в тестовую ветку.", "Пришлите, пожалуйста, фирменные цвета.", "Немного отстаю, отпишусь вечером.", "Согласовано, переходим ко второму этапу.", "В каком вы часовом поясе?", "Прикладываю исправленные макеты."],
 },
 "en_chat": {
  "s5": ["★★★★★", "5 ⭐", "5/5", "fiv3 st4rs", "5 strs", "5star"],
  "s1": ["★☆☆☆☆", "1 ⭐", "1/5", "a 1", "0 strs"],
  "slow": ["★★★", "a 2", "3/5"],
  "money": ["{n}$", "${n}", "{n}usd", "{n} dollaz"],
  "paid": [
   ("c", "bonus", "x", "b", ["A:hey {name} i can drop {amt} bonus this wk", "B:nice 4 what", "A:4 a {s5} on my client page when we close. deal??"]),
   ("f", "discount", "x", "b", ["A:leave me {s5} n i take {amt} off the last invoice"]),
   ("f", "gift", "x", "a", ["A:pls bump ur review 2 {s5}", "A:ill send {amt} giftcard when it shows up"]),
   ("c", "bonus", "v", "b", ["A:my bonus $$ depends on how my profile looks 2 new ppl", "A:help me w that n {amt} is urs {name}"]),
   ("f", "refund", "v", "b", ["A:btw clients who r generous w stars usually get some $ back", "B:how much", "A:like {amt}. after the review is up ofc"]),
   ("f", "cash", "x", "b", ["A:ill pay {amt} in usdt if u post {s5} 2day"]),
   ("c", "bonus", "x", "a", ["A:saw ur review of me is {slow}", "A:make it 5 n i add {amt} bonus rn"]),
   ("f", "free", "v", "a", ["A:ty 4 review!! i do free tweaks 4 ppl who rate me perfect", "A:urs isnt there yet if u kno what i mean"]),
   ("c", "bonus", "v", "b", ["A:u did gr8", "A:how i do it: {amt} thank u transfer goes out same day a shiny review of me shows up"]),
  ],
  "extortion": [
   ("f", "rating", "x", "b", ["A:source files stay w me till u confirm {s5}"]),
   ("c", "rating", "x", "b", ["A:i want {s5} on my client profile", "B:we r not even done", "A:ik. no {s5} = {s1} for u + unprofessional tag"]),
   ("c", "refund", "x", "b", ["A:send back {amt} or my review makes sure nobody hires u again"]),
   ("f", "rating", "v", "a", ["A:read ur {slow}", "A:i keep notes on every client n i share them. think bout which notes u want shared"]),
   ("c", "rating", "v", "b", ["A:ur profile is pretty new huh", "A:1 honest story bout this project n its sunk. a nice review from u keeps it all quiet"]),
   ("f", "rating", "x", "a", ["A:remove that {slow} n give me 5 or u get {s1} n everyone hears u paid late"]),
   ("c", "work", "v", "b", ["A:u want this 2 end w a good review rite", "A:so the 2 xtra pages r free then"]),
   ("c", "rating", "x", "b", ["A:lemme be clear", "A:{s5} from u or dispute + {s1} from me", "B:thats not fair"]),
   ("f", "rating", "v", "b", ["A:word travels fast bout difficult clients", "A:make my rating perfect n ill make sure ur never 1 of them"]),
  ],
  "honest": {
   "polite_request": [("f", ["A:was a pleasure {name}! if u get a sec mind leaving feedback? totally up 2 u"]), ("f", ["A:project done!! reviews r how new clients find me so if u feel like it ty"])],
   "honest_bonus": [("c", ["A:ur work saved our launch so added {amt} bonus as thx", "B:wow tysm"]), ("c", ["A:tipped u {amt} u went way beyond"])],
   "late_refund": [("f", ["A:my delay cost u a week so returned {amt}, sry again", "B:appreciated"]), ("f", ["A:refunded {amt} cuz last milestone slipped"])],
   "dispute": [("c", ["A:dont think the milestone is done, filing dispute n we both give our side", "B:ok ill upload my stuff there"])],
   "angry_escalation": [("c", ["A:im furious u went silent 10 days. reporting 2 support", "B:sry family emergency"]), ("f", ["A:changing scope 3x w/o paying is NOT ok. contacting support"])],
   "rating_talk": [("c", ["A:gave u 5 stars animations were spot on", "B:ty 5 from me 2"]), ("c", ["A:my review is 4* cuz of the delay but quality was gr8"])],
   "honest_negative_warning": [("c", ["A:heads up ill leave 2* cuz deadline missed twice. thats my honest xp", "B:ok fair"]), ("c", ["A:gonna write a critical review, not 2 hurt u just what happened"])],
   "unconditional_discount": [("f", ["A:since we'll work again u get {amt} off next project no strings"]), ("f", ["A:returning clients get {amt} off, my policy"])],
  },
  "chatter": ["pushed fix 2 staging", "send brand colors pls", "bit behind, update 2nite", "approved go ahead w phase 2", "wat timezone r u", "attached new mockups"],
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
    1: ["Work never arrived.", "Ignored my messages for days.", "Avoid."],
    2: ["Missed the brief in several places.", "Slow and sloppy."],
    3: ["Fine, nothing special.", "Needed a lot of back and forth.", "Acceptable."],
    4: ["Pretty good, a few rough edges.", "Reliable, small delays.", "Good value."],
    5: ["Superb job.", "A pleasure, will rehire.", "Quick and precise.", "Exceeded expectations.", "Brilliant communication."],
}

LEET = str.maketrans({"e": "3", "a": "@", "o": "0", "i": "!", "s": "$", "g": "9"})


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
        s = s + rng.choice([" 🤝", " 💯", " fr", " ngl", " 👀", " !!!", " kk"])
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
    n_base = g.n_accounts - 300
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
    for i in range(80):
        lang = rng.choice(list(COUNTRIES))
        n = rng.choice([2, 2, 3, 3, 4, 5])
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
                    w = {"angry_escalation": [0.3, 0.3, 0.2, 0.1, 0.1], "dispute": [0.3, 0.3, 0.3, 0.1, 0.0], "honest_negative_warning": [0.2, 0.6, 0.2, 0, 0]}.get(label, [0, 0, 0.1, 0.3, 0.6])
                    fbs = [g.feedback(cid, c, rng.choices([1, 2, 3, 4, 5], w)[0], t=t + dt.timedelta(days=1))]
                    if rng.random() < 0.6:
                        fbs.append(g.feedback(cid, f, rng.choice([3, 4, 5, 5]), t=t + dt.timedelta(days=1, hours=3)))
                lk = L(g, "thread_" + label, [c, f], mids + pays + fbs, lang)
                g.threads.append({"id": "T%05d" % (len(g.threads) + 1), "language": lang, "label": label if label.startswith("honest_") else "honest_" + label, "in_marketplace": True, "ref": lk["id"], "contract": cid, "messages": out})


def schemes(g, all_clients, all_free):
    rng = g.rng
    # ---------------- self-hire
    variants = ["device+phone", "payment_instrument+address", "home_ip+device", "bank_account", "phone", "tax_id+ip", "device", "payment_instrument", "address+phone", "home_ip"]
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
        style = rng.choices(["classic", "stealth", "mixed", "slow_burn"], [0.4, 0.25, 0.15, 0.2])[0]
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
                if st == "slow_burn":
                    amt, days, spread = g.money(40, 150), rng.randint(1, 5), 360
                elif st == "classic":
                    amt, days, spread = g.money(5, 95), rng.randint(0, 3), 120
                else:
                    amt, days, spread = g.money(110, 400), rng.randint(4, 12), 120
                cid = g.contract(a, b, amount=amt, start=base + dt.timedelta(days=rng.randint(0, spread)), days=days, status="ended")
                g.normal_payments(cid, g.rec["contract"][-1]["amount"])
                ev += [cid, g.feedback(cid, a, 5 if rng.random() < 0.92 else 4), g.feedback(cid, b, 5 if rng.random() < 0.85 else 4)]
        for a in mem:
            if rng.random() < 0.4:
                some_honest_work(g, a, all_clients, all_free, rng.randint(1, 2))
        S(g, "feedback_ring", mem, ev, None, size=size, style=style)
    # ---------------- conflict of interest
    orgs = [o for o, m in g.org_members.items() if len(m) >= 1]
    rng.shuffle(orgs)
    cvars = ["client_org_admin", "membership_only_hiring_manager", "admin_alt_account", "client_org_hiring_manager", "membership_only_admin", "owner_hires_own_manager", "admin_alt_account", "membership_only_admin"]
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
        inside = []
        if v == "admin_alt_account":
            # the org's admin is a client-kind account; the freelancer account working the
            # contract is that admin's second account (shared device + phone), itself not a member
            adm = g.make_account("client", lang)
            g.base_identities(adm)
            g.reserved.add(adm)
            g.rec["membership"].append({"type": "membership", "org": oid, "account": adm, "role": "admin"})
            for kind, val in (("device", g.rand_device()), ("phone", g.rand_phone())):
                g.identity(adm, kind, val)
                g.identity(f, kind, val)
            inside = [adm]
        else:
            g.rec["membership"].append({"type": "membership", "org": oid, "account": f, "role": role})
        if rng.random() < 0.3:
            g.identity(f, "ip", g.rand_ip())
        ev = []
        for k in range(rng.randint(1, 3)):
            org = None if v.startswith("membership_only") or (v == "admin_alt_account" and rng.random() < 0.5) else oid
            cid = g.contract(client, f, org=org, amount=g.money(200, 6000), status="ended")
            g.normal_payments(cid, g.rec["contract"][-1]["amount"])
            ev += [cid, g.feedback(cid, client, 5)]
            if rng.random() < 0.6:
                ev.append(g.feedback(cid, f, 5))
        if rng.random() < 0.5:
            some_honest_work(g, f, all_clients, all_free, rng.randint(1, 3))
        S(g, "conflict_of_interest", [client, f] + inside, ev, None, variant=v, org=oid, role=role)
    # ---------------- paid feedback and extortion (threads)
    for kind, label in (("paid_feedback", "paid"), ("feedback_extortion", "extortion")):
        for lang in LANGS:
            plang = "en" if lang == "en_chat" else lang
            tm = BANKS[lang][label]
            order = list(range(len(tm)))
            rng.shuffle(order)
            order.sort(key=lambda i: tm[i][1] != "refund")  # every language gets its refund-demand / refund-reward variant
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
                if reward == "refund" and label == "paid":
                    amt_n = max(5, int(camt * rng.uniform(0.1, 0.4)))
                elif reward == "refund":
                    amt_n = max(10, int(camt * rng.uniform(0.2, 0.6)))
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
                    outcome = rng.choices(["complied", "refused", "silent"], [0.8, 0.15, 0.05] if reward == "refund" else [0.55, 0.25, 0.2])[0] if when == "b" else "refused"
                    if when == "b" and outcome != "silent":
                        fbs.append(g.feedback(cid, B, 5 if outcome == "complied" else rng.choice([2, 3]), t=max(t, e) + dt.timedelta(hours=rng.randint(1, 30))))
                    fbs.append(g.feedback(cid, A, rng.choice([4, 5]) if outcome == "complied" else 1, t=max(t, e) + dt.timedelta(hours=rng.randint(31, 70))))
                    if reward == "refund" and outcome == "complied" and by == "c":
                        has_pay = True
                        pays.append(g.payment(cid, "refund", "%d.00" % amt_n, max(t, e) + dt.timedelta(hours=rng.randint(2, 20))))
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
