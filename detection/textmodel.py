"""The learned half of the message text model: two linear models (offer, threat)
over character and word n-grams, explained by the phrases that weighed most.

Why: the lexicon in ``text.py`` reads English wording precisely but knows only the
phrases it lists. This model is trained (``manage.py train_text_model``) on
labelled examples written for this project in English, chat English, Spanish,
Portuguese, French, German and Russian (``detection/training.py``): explicit and
veiled offers and threats, split messages read together, and honest look-alikes.
Character n-grams carry it over misspellings, inflections and unseen wordings.

Pure Python, no download: the weights ship in ``text_model.json.gz`` (features
whose weight matters, a few hundred kilobytes) and load once per process.

1. ``prepare``: NFKC, lower case, accents dropped (é → e, so "reseña"/"resena" and
   "é"/"e" read alike), star notations ("5*", "★★★★★", "5/5", "1 star") folded to
   ``5star`` / ``1star``, money ("$20", "20€", "20 руб") to ``money``,
   digits inside words read as letters ("r3v1ew" → "review").
2. ``featurise``: word unigrams (``w:``), word bigrams (``b:``) and character
   3- and 4-grams of each word padded with spaces (``c:``), counted once each.
3. ``score``: logistic regression, ``p = σ(bias + Σ w / √n)``, one model per axis.
4. ``explain``: each word's share of the decision (its unigram, its character
   n-grams, half of each bigram it is in); neighbouring words that weigh for the
   decision form phrases; the heaviest phrases are quoted to the reviewer.

``gate`` is the cheap test run first on every message: does it mention feedback
in any of the languages (stems, star notations, star glyphs)? Only messages, or
threads, that do are featurised.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("text_model.json.gz")

_STAR_GLYPHS = "★⭐✩✭✰🌟☆"
_STAR_RUN = re.compile(rf"(?:[{_STAR_GLYPHS}]\ufe0f?\s*){{1,5}}")
_DIGIT_GLYPH = re.compile(rf"(?<![\d.,])(10|[0-5])\s*[{_STAR_GLYPHS}]\ufe0f?")  # "5⭐" is five stars, not one
_STARS = (
    r"(?:\*+|-?\s*(?:stars?|starz|strs?|stas|estrellas?|estrelas?|estrellitas?|estrelinhas?|etoiles?|sternchen|"
    r"sternen?|sterne|stern|starn|"
    r"zvezd\w*|звезд\w*|звёзд\w*)\b|\s*/\s*5\b|\s*/\s*10\b|\s+(?:out\s+of|de|sur|von|из)\s+5\b)"
)
_STAR_NOTATION = re.compile(rf"\b(10|[0-5])(?:[.,]0)?\s*{_STARS}")
_NUMBER_WORDS = {
    "5": "five|cinco|cinq|funf|foif|пять|piec",
    "1": "one|a single|una|uno|une|um|uma|ein|einen|eine|одну|одна|zero|cero|zéro|null|ноль",
}
_STAR_WORDS = re.compile(
    r"\b(five|cinco|cinq|funf|foif|пять|one|a single|una|uno|une|um|uma|ein|einen|eine|одну|одна|zero|cero|zero|"
    r"null|ноль)"
    r"[\s-]*(?:stars?|starz|strs|estrellas?|estrelas?|estrellitas?|estrelinhas?|etoiles?|sterne?n?|sternchen|starn|"
    r"звезд\w*|zvezd\w*)\b"
)
_MONEY = re.compile(
    r"(?:\b(?:usd|us|eur|gbp|rub|brl|chf|r)\s*)?[$€£₽]\s*\d+(?:[.,]\d+)?|\b(?:usd|eur|gbp|rub|brl|chf|"
    r"usdt)\s*\d+(?:[.,]\d+)?\b|\b\d+(?:[.,]\d+)?\s*(?:[$€£₽]|usd\b|eur\b|euros?\b|dollars?\b|dolares\b|"
    r"dolares\b|reais\b|r\$|bucks\b|руб\w*|долл\w*|евро\b|quid\b|pounds?\b)"
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
_LEET_WORD = re.compile(r"\b(?!\d+star\b)(?=[a-z@]*\d)(?=\w*[a-z])[a-z0-9@]+\b")
# Symbols inside a word read as letters ("h!r3$" → "hires", "$t@r$" → "stars"): a
# "!" or "$" counts only between word characters, or as a last "$" after a letter.
_SYMBOL_WORD = re.compile(
    r"(?<![\w@!$])[$!@]?[a-z0-9]+(?:[!$@][a-z0-9]+)+[$@]?|(?<![\w@!$])\$[a-z@][a-z0-9@]*\$?|(?<=[a-z])@(?![\w@])"
)
_SYMBOLS = str.maketrans({"!": "i", "$": "s", "@": "a"})
_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]+|[?!]")

# A text that mentions feedback in one of the languages: run on ``quick`` (lower
# case, accents kept) or on ``prepare``d text, so both spellings are listed.
# Searches skip, with one look-ahead, the positions where no alternative can start
# (spaces, punctuation): about a third faster on long alternations. Each pattern's
# alternatives all start with a word character, a digit, a star glyph or a currency
# sign (not so the ultimatum's, which may start at punctuation: it has none).
_STARTS = "(?=[\\w$€£₽%★⭐✩✭✰🌟☆])"
_GATE = re.compile(
    r"[0-5]star|10star|\d\s*\*|\d\s*/\s*(?:5|10)\b|\b(?:10|[0-5])\s+(?:out\s+of|of|de|sur|von|из)\s+(?:5|10)\b|"
    r"[★⭐✩✭✰🌟☆]|review|revew|reveiw|rewiev|rview|rvw|feedb|fedb|"
    r"f/b|\bfb\b|fdbk|fbk|\brat(?:e|ed|es|ing|in)\b|ratng|rtng|\bstars?\b|\bstrs\b|testimon|recom|endors|"
    r"\bscore|rese[nñ]|valora|califica|opini|estrel|coment|comment|puntua|evalua|[ée]valu|avalia|\bnota\b|"
    r"classifica|depoim|\bavis\b|[ée]toil|\bnote[rz]?\b|critique|appr[ée]cia|bewert|\bstern|rezens|"
    r"beurteil|kommentar|empfehl|отзыв|оцен|звезд|звёзд|рейтинг|коммент|рекоменд|фидб|ревью|балл|пят[её]рк|"
    r"единиц|\d\s*-?\s*(?:st|estr|[ée]t|ster|зв)|generou|r[a4][t7][i1]n|r3v|rev[i1]|marks|punktzahl|maxima|maximale|"
    r"generos|genereu|grosszug|щедр|profile|perfil|profil|профил|"
    r"\brep\b|reputa|репутац|\bpage\b|pagina|страниц|perfect|parfait|perfekt|perfeit|идеальн|\bfive\b|"
    r"\bcinco\b|\bcinq\b|\bfunf\b|\bfünf\b|\bпят|\bnotes\b|\bnotas\b|notizen|заметк|anota|apunt|zvezd|st[äa]rn\b"
)
_GATE = re.compile(_STARTS + "(?:" + _GATE.pattern + ")")


def quick(text: str) -> str:
    """The cheap form ``gate`` reads on every message: lower case (NFKC first when
    the text is not plain ASCII), symbols and digits inside words read as letters."""
    text = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).lower()
    if "!" in text or "$" in text or "@" in text:  # "pr0f!l3", "$t@r$"
        text = _SYMBOL_WORD.sub(lambda m: m.group(0).translate(_SYMBOLS), text)
    if _HAS_DIGIT.search(text):
        text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    return text


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_EMPTY_STARS = "☆✩✰"


def _star_run(match: re.Match) -> str:
    """A run of star glyphs as its rating: "★★★★★" is 5, "★☆☆☆☆" is 1 (empty stars do not count)."""
    run = match.group(0)
    filled = sum(1 for c in run if c in _STAR_GLYPHS and c not in _EMPTY_STARS)
    return f" {min(5, filled)}star "


def prepare(text: str) -> str:
    """Lower-cased, accent-free text with star notations and money folded to tokens."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    if not text.isascii():
        if any(c in text for c in _STAR_GLYPHS):
            text = _DIGIT_GLYPH.sub(lambda m: f" {'5' if m.group(1) == '10' else m.group(1)}star ", text)
            text = _STAR_RUN.sub(_star_run, text)
        text = _strip_accents(text).replace("ё", "е")
    if "st" in text or "ет" in text or "зв" in text or "zv" in text or "toil" in text:
        text = _STAR_WORDS.sub(lambda m: " 5star " if m.group(1) in _NUMBER_WORDS["5"].split("|") else " 1star ", text)
    if "!" in text or "$" in text or "@" in text:
        text = _SYMBOL_WORD.sub(lambda m: m.group(0).translate(_SYMBOLS), text)
    if _HAS_DIGIT.search(text):
        text = _STAR_NOTATION.sub(lambda m: f" {'5' if m.group(1) == '10' else m.group(1)}star ", text)
        text = _MONEY.sub(" money ", text)
        text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    elif "$" in text or "€" in text:
        text = _MONEY.sub(" money ", text)
    return text


def gate(prepared: str) -> bool:
    """Does the (prepared) text mention feedback, ratings or stars in some language?"""
    return _GATE.search(prepared) is not None


def words(prepared: str) -> list[str]:
    return _WORD.findall(prepared)


def featurise(toks: list[str]) -> set[str]:
    feats = set()
    for i, w in enumerate(toks):
        feats.add("w:" + w)
        if i:
            feats.add("b:" + toks[i - 1] + " " + w)
        if len(w) > 2 and w.isalpha():
            padded = f" {w} "
            for n in (3, 4):
                for j in range(len(padded) - n + 1):
                    feats.add("c:" + padded[j : j + n])
    return feats


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]

    def logit(self, feats: set[str]) -> float:
        if not feats:
            return self.bias
        w = self.weights
        return self.bias + sum(w.get(f, 0.0) for f in feats) / math.sqrt(len(feats))


@cache
def models() -> dict[str, Model]:
    """The shipped models, ``offer`` and ``threat`` (loaded once per process)."""
    with gzip.open(WEIGHTS, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return {name: Model(bias=m["bias"], weights=m["weights"]) for name, m in data["models"].items()}


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


@dataclass(frozen=True)
class Assessment:
    offer: float = 0.0  # probability that the text buys positive feedback
    threat: float = 0.0  # probability that it threatens over feedback
    offer_phrases: tuple[str, ...] = ()
    threat_phrases: tuple[str, ...] = ()


def assess(text: str, *, explain: bool = True, prepared: str | None = None) -> Assessment:
    """Both probabilities for one message or thread, with the phrases behind them."""
    prepared = prepare(text) if prepared is None else prepared
    toks = words(prepared)
    if not toks:
        return Assessment()
    feats = featurise(toks)
    m = models()
    offer = _sigmoid(m["offer"].logit(feats))
    threat = _sigmoid(m["threat"].logit(feats))
    return Assessment(
        offer=round(offer, 4),
        threat=round(threat, 4),
        offer_phrases=explain_phrases(toks, m["offer"], len(feats)) if explain and offer >= 0.5 else (),
        threat_phrases=explain_phrases(toks, m["threat"], len(feats)) if explain and threat >= 0.5 else (),
    )


def word_shares(toks: list[str], model: Model, n_feats: int) -> list[float]:
    """Each word's share of the model's logit (bias left out)."""
    w = model.weights
    scale = 1.0 / math.sqrt(max(1, n_feats))
    seen: set[str] = set()
    shares = [0.0] * len(toks)
    for i, tok in enumerate(toks):
        own = ["w:" + tok]
        if len(tok) > 2 and tok.isalpha():
            padded = f" {tok} "
            own += ["c:" + padded[j : j + n] for n in (3, 4) for j in range(len(padded) - n + 1)]
        for f in own:
            if f not in seen:
                seen.add(f)
                shares[i] += w.get(f, 0.0) * scale
        if i:
            f = "b:" + toks[i - 1] + " " + tok
            if f not in seen:
                seen.add(f)
                half = w.get(f, 0.0) * scale / 2
                shares[i - 1] += half
                shares[i] += half
    return shares


def explain_phrases(toks: list[str], model: Model, n_feats: int, top: int = 3) -> tuple[str, ...]:
    """The phrases that weighed most for the decision: runs of neighbouring words
    that each pushed towards it, heaviest first."""
    shares = word_shares(toks, model, n_feats)
    best = max(shares, default=0.0)
    if best <= 0:
        return ()
    floor = best * 0.25
    runs: list[tuple[float, int, int]] = []
    i = 0
    while i < len(toks):
        if shares[i] >= floor:
            j = i
            while j + 1 < len(toks) and shares[j + 1] >= floor and j + 1 - i < 4:
                j += 1
            runs.append((sum(shares[i : j + 1]), i, j))
            i = j + 1
        else:
            i += 1
    runs.sort(reverse=True)
    return tuple(" ".join(toks[a : b + 1]) for _, a, b in runs[:top])


# --- concepts in any of the languages ---------------------------------------------------
# Stems on ``prepare``d text (lower case, no accents, ratings as ``5star``/``1star``,
# amounts as ``money``). An offer or a threat is a conjunction of concepts; the
# linear model above weighs n-grams one by one, so these rules carry the
# conjunction across languages and wordings the training examples never used.

# Generosity mirrored: "generous with stars, a generous invoice"
_GENEROUS = r"generous|gro(?:ss|ß)zugig|щедр|genereu|generos|friendlier|freundlicher|kinder|nicer|amable|aimable|добрее"

# A price cut: "drop the price by $40", "knock $20 off"
_CUT = r"\b(?:drop|lower|reduce|cut|shave|knock|take)\W+(?:\w+\W+){0,3}?(?:off|price|rate|bill|invoice)\b"

# Exposure: an act of telling or posting, and an audience, in either order.
_ACT = (
    r"post|publi|share|tell|spread|write|put|expose|cuent|\bcont(?:o|ar|are|arle|arles)\b|escrib|subo|compart|posto|"
    r"postar|falar|hablar|parler|reden|говорить|рассказывать|"
    r"escrev|racont|ecri|poste|partag|dis a|schreib|erzahl|verzell|poste|teil|veroffentl|расскаж|напиш|опубликую|"
    r"выложу|оставлять отзыв|расскажу|пишу"
)
_AUDIENCE = (
    r"group|grp|\bchat\b|\bчат|канал|channel|forum|discord|slack|telegram|whatsapp|facebook|\bfb group|linkedin|"
    r"twitter|reddit|trustpilot|"
    r"reclame aqui|yelp|glassdoor|google review|отзовик|"
    r"everywhere|every ?one|every1|everyi|everybody|all (?:the )?(?:other )?(?:clients|freelancers)|"
    r"other clients|(?:los )?demas clientes|otros clientes|outros clientes|autres clients|anderen (?:kunden|"
    r"auftraggeber)|"
    r"grupo|todo el mundo|a todos|todo mundo|pra todos|para todos|groupe|tout le monde|partout|gruppe|allen\b|uberall|"
    r"групп|всем\b|везде|форум|foro|forun|другие (?:заказчики|клиенты|фрилансеры)"
)
_LEARN = (
    r"hear|learn|know|found out|se enter|supier|sepan|soubessem|sab[ei]|sabendo|saura|savoir|apprenn|sach|erfahr|"
    r"wissen|узна"
)

# --- benefits that are not money -------------------------------------------------------
# More work promised ("3 more gigs 4 u", "my next three projects", "otros 4 proyectos",
# "mais 2 projetos", "encore 3 missions", "noch 2 weitere Aufträge", "ещё 2 заказа").
_WORK_NOUN = (
    r"(?:projects?|jobs?|gigs?|contracts?|orders?|tasks?|assignments?|proyectos?|trabajos?|encargos?|contratos?|"
    r"pedidos?|projetos?|trabalhos?|servicos?|freelas?|projets?|missions?|contrats?|commandes?|auftrage?n?|"
    r"projekte?n?|vertrage?|заказ\w*|проект\w*|контракт\w*)"
)
_MORE = (
    r"(?:more|next|future|further|upcoming|follow-?up|other|mas|otros|otras|proxim\w*|futur\w*|mais|outros|outras|"
    r"autres|prochaine?s?|nouvelles?|nouveaux|encore|weitere\w*|nachste\w*|kunftige\w*|mehr|andere\w*|noch|"
    r"еще|следующ\w*|будущ\w*|други\w*|новы\w*)"
)
_MORE_WORK = (
    # not the reader's own work ("your next project"): that is the freelancer offering a service
    r"(?<!your )(?<!ur )(?<!tu )(?<!tus )(?<!seu )(?<!seus )(?<!votre )(?<!vos )(?<!ihr )(?<!ihre )(?<!ваш )"
    rf"\b{_MORE}\W+(?:\w+\W+){{0,2}}?{_WORK_NOUN}\b|\b\d+\W+{_WORK_NOUN}\W+(?:mas|mais|de plus|en plus|extra)\b|"
    r"\bpipeline\b|dans les tuyaux|more work (?:for|4) (?:you|u)|\b(?:hire|book) (?:you|u) again|"
    r"keep (?:hiring|booking) (?:you|u)|repeat (?:work|business)|volver a contratar|seguir contratando|"
    r"contratar\w* de novo|voltar a contratar|continuar contratando|vous (?:re)?confier (?:d'autres|la suite)|"
    r"(?:wieder|weiter) beauftragen|снова (?:наним|найм|закаж)|буду (?:давать|отдавать) (?:вам )?заказ"
)
# The work tied to the reader's rating: a condition whose content is the rating
# ("if u gimme 5 stars", "se você me der 5 estrelas"; not "if you have a minute"),
# the work given to whoever rates ("a quien me deje una buena valoración"), the work
# as the reader's once rated ("… and they're all yours", "— все ваши"), or "no 5 = no gigs".
_RATE_VERB = (
    r"(?:give|gimme|leave|rate|put|post|drop|das|da|dejas|deja|deje|pones|der|deixar|deixe|dar|de|mettez|donnez|"
    r"laissez|notez|mets|donnes|laisses|geben|gibst|hinterlassen|bewerten|bewertest|постав\w*|дад\w*|даш\w*|"
    r"остав\w*|оцени\w*)"
)
_POLITE = r"(?!(?:could|can|would|might|mind|have|got|puedes|puede|puder|pouvez|peux|konnen|konnten|можете|сможете)\b)"
_TOP = r"(?:5star|five|cinco|cinq|funf|5|пят\w*|top|max\w*|perfect\w*|volle|best\w*)"
_WORK_TIE = (
    rf"\b(?:if|once|si|se|wenn|falls|если|esli|sobald)\W+(?:{_POLITE}\w+\W+){{0,4}}?(?:{_RATE_VERB}\W+(?:\w+\W+){{0,3}}?"
    rf"{_TOP}|{_TOP}\W+(?:\w+\W+){{0,2}}?{_RATE_VERB})|"
    r"(?:quien(?:es)?|quem|whoever|anyone who|those who|people who|a qui|ceux qui|celui qui|\bwer\b|leute\w*,? die|"
    r"(?:тому|тем),? кто)\W+(?:\w+\W+){0,2}?(?:leave|give|rate|dej|deix|der\b|de\b|laiss|donn|mett|note|"
    r"bewert|geb|hinterl|постав|остав|оцен)|"
    r"(?:they'?re|they are|are|r|its|it'?s|all|son|sao|sont|elles sont|ils sont|gehoren|все)\W+(?:all\W+)?"
    r"(?:yours|tuy[oa]s|suy[oa]s|seus|suas|pour vous|a vous|pour toi|ihnen|dir|ваши|твои)\b|"
    # the work goes to the reader: "… and the next projects go to you", "seront pour vous"
    r"\b(?:go|goes|going|will go) (?:to|2) (?:you|u)\b|\b(?:son|seran|van) para (?:ti|vos|usted)\b|"
    r"\b(?:sao|vao|vai|serao) (?:pra|para) (?:voce|vc|ti)\b|\b(?:vont|iront|seront) (?:a|pour) (?:vous|toi)\b|"
    r"\bgehen an (?:sie|dich)\b|(?:достанутся|отдам|будут) (?:вам|тебе)|"
    r"\bno\W+(?:5star|5|five)\W*=\W*no\b|in exchange for|a cambio de|em troca de|en echange d|im gegenzug|в обмен на"
)
# A rating promised in return for the reader's ("you rate me five, I rate you five",
# "tú me das cinco y yo te doy cinco", "я вам ставлю 5, вы мне 5", "u 5 me i 5 u",
# "je compte sur la réciproque", "review for review"). The mirror needs both halves.
_RECIPROCAL = (
    r"recipro|reziprok|\bmutual\w*\W+(?:\w+\W+)?(?:5star|reviews?|ratings?|feedback|rates?)\b|"
    # ("my rate for 5 logos" is a price, not a swap)
    r"\b(?:review|rating|5star|five) (?:for|4) (?:a )?(?:review|rating|5star|five)\b|"
    r"\b5 (?:for|4) 5\b|\brate (?:for|4) rate\b|"
    r"scratch (?:my|your|each other'?s) back|\b(?:resena|valoracion|calificacion|avaliacao|nota|avis|note|"
    r"bewertung|5star) (?:por|pour|contre|gegen|fur|pela|pelo) (?:resena|valoracion|calificacion|avaliacao|nota|avis|"
    r"note|bewertung|5star)\b|renvo\w* l'?ascenseur|gegenseitig\w*\W+(?:\w+\W+){0,2}?(?:bewert|5star|sterne)|"
    r"eine hand wascht|взаимн\w*\W+(?:оценк|отзыв|5|пят)|отзыв (?:на|за) отзыв|оценк\w* за оценк|"
    r"ты мне,? (?:а )?я тебе|вы мне,? (?:а )?я вам"
)
_YOU = r"(?:you|u|ya|tu|voce|vc|vous|sie|du|вы|ты)"
_ME = r"(?:me|mir|mich|мне|moi|m)"
_I = r"(?:i|ill|yo|eu|je|j|ich|я)"
_TO_YOU = r"(?:you|u|ya|te|vous|ihnen|dir|dich|вам|тебе|тебя|lhe)"
_MIRROR = r"(?:5star|five|cinco|cinq|funf|5|пят\w*|top|max)"
_YOU_ME_RX = re.compile(
    _STARTS
    + rf"(?:\b{_YOU}\W+(?:\w+\W+){{0,2}}?{_ME}\b(?:\W+\w+){{0,2}}?\W+{_MIRROR}\b|\b{_YOU}\W+{_MIRROR}\W+{_ME}\b)"
)
_ME_YOU_RX = re.compile(
    _STARTS
    + rf"(?:\b{_I}\W+(?:\w+\W+){{0,2}}?{_TO_YOU}\b(?:\W+\w+){{0,2}}?\W+{_MIRROR}\b|\b{_I}\W+{_MIRROR}\W+{_TO_YOU}\b)"
)
# A rating already given: "I left you five stars, feel free to review me too" asks
# politely; nothing is held back for the reader's rating, so it is not an offer.
_ALREADY_RATED = (
    r"\b(?:i|ive|i'?ve|i have|ya|eu|ja|je vous ai|je t'?ai|ich habe)\W+(?:\w+\W+){0,2}?(?:left|gave|given|rated|posted|"
    r"deje|di|puse|deixei|dei|mis|laisse|donne|gegeben|hinterlassen|vergeben)\b|"
    r"\b(?:you|u)\W+(?:\w+\W+)?(?:left|gave|rated|posted)\b|\bя (?:уже )?(?:постави|остави)\w*|уже постави"
)

_C = {
    "positive": r"reconsider|rethink|repensar|revoir|uberdenken|пересмотр|\bnice\b|bacana|\blegal\b|"
    r"\bbel(?:le)?\b|schone|"
    r"\bbuena\b|\bboa\b|\b[45]star\b|\btop\b|maxim|perfect|positiv|glowing|generous|best\b|highest|full marks|"
    r"buen[ao]s? (?:resena|nota|calificacion|opinion)|boa (?:avaliacao|nota)|bon(?:ne)? (?:note|avis)|"
    r"gute[nr]? (?:bewertung|note)|volle punktzahl|hochste|высш|хорош\w* (?:отзыв|оценк)|положительн|"
    r"пятерк|climb|subir|subisse|grimper|klettern|подним|upgrade|bump|parfait|perfekt|perfeit|идеальн|"
    r"отличн|elogi|lobend|хвалеб|glanzend|brillant|shiny|stellar|excellent|excelente|exzellent|"
    r"kind review|aimable|nice review|good (?:rev\w*|rating|score|feedback)|"
    r"mas alta|mais alta|plus haute|la plus elevee|hochste|самую высок|"
    r"amable|gentil|freundlich|добр\w* отзыв|meilleure|mejor nota|melhor nota|beste|лучш|"
    r"\b(?:make|put|change|raise|bump|set) (?:it|that) (?:to )?(?:a )?(?:five|5)\b|"
    r"\b(?:a|a la|para|pour|auf|на|a un|up to) (?:five|cinco|cinq|funf|пять|5)\b|"
    r"\b(?:un|une|um|uma|einen?|a) (?:cinq|cinco|funf|five)\b|\b(?:glatte|volle|eine|einer) (?:funf|5)\b|"
    # a rating raised to the top: "change it to 5", "2 5", "daraus 5 zu machen", "las cinco"
    r"\b(?:to|into|2|zu|a|para|pra|en|pour|auf|sur|на|до|в|станет|будет)\s+(?:5|five|cinco|cinq|funf|"
    r"пят\w*)\b(?!\s*(?:%|percent|days?|dias|jours|tage|дн))|"
    r"\b5 (?:zu )?machen|сделать 5|\b(?:las|as|les|die) (?:cinco|cinq|funf)\b|"
    r"\b(?:um|daraus) 5\b|\bnett|joli|bonit|\blind[ao]\b|caprichad|preciosa|wunderbar|lovely",
    "negative": r"\b[0-2]star\b|\bbad\b|terribl|horribl|awful|negativ|worst|lowest|\blower\b|below|unreliabl|"
    r"\bmala\b|\bmal[ao]s\b|peor|durisim|pesim|ruim|\bpior\b|mauvais|\bpire\b|schlecht|vernicht|niedrigst|"
    r"unzuverlass|плох|ужасн|негатив|худш|низк|единиц|одну звезд|одна звезд|por debajo|abaixo|en dessous|"
    r"darunter|ниже|sola estrella|estrela so|une seule etoile|einzigen stern|sans pitie|harsh|brutal|"
    r"жестк|жёстк|pesad|pessim|heavy|\bdur[ao]\b|durisim|gnadenlos|sem piedade|impiedos|no eres serio|"
    r"pouco confiavel|peu fiable|"
    r"unzuverlassig|ненадежн|ненадёжн",
    "report": r"report|streitfall|denunci|signal|melde|жалоб|пожалу|zhalob|dispute|disputa|litige|streit|\bспор|"
    r"scam|estafa|"
    r"chargeback|charge back|claw\w* back|contracargo|estorno|retrofactur|ruckbuchung|чарджбэк|trustpilot|"
    r"golpe|arnaque|betrug|мошен|detailed|detallad|detalhad|detaill|ausfuhrlich|подробн|tell everyone|"
    r"reputation|reputacion|reputacao|ruf\b|репутац|fama\b|read about|unreliable|word gets around|"
    r"talk (?:about|bout)|hablan entre|conversam entre|parlent entre|reden untereinander|общаются между|"
    r"leyeran|lessem|lisent|lesen|прочитал|circula|corre rapid|spricht sich|shame if|una pena que|"
    r"uma pena se|dommage que|schade,? wenn|жаль,? если|hate for|no me gustaria que|nao queria que|"
    r"n'?aimerais pas|fande es schade|не хотелось бы",
    "benefit": r"\bmoney\b|refund|reimburs|bonus|\bbono\b|\bprime\b|discount|descuento|desconto|remise|"
    r"reduc|rabatt|скидк|(?<!feel )\bfree\b(?! to\b)|gratis|gratuit|de graca|kostenlos|umsonst|бесплатн|"
    r"\btip\b|propina|"
    r"gorjeta|pourboire|trinkgeld|чаев|reembols|devolv|rembours|erstatt|возвра|верну|cash|transfer|"
    r"virement|uberweis|переве|\bextra\b|a mais|de plus|сверху|maintenance|manutencao|mantenimiento|"
    r"wartung|обслуживан|offert|\bgift|regalo|\bpresente\b|cadeau|geschenk|подар|\bxtra\b|thro?w in|"
    r"on the house|on me\b|\$ back|money back|\bdollaz\b|"
    r"бонус|премию|\bpremio\b|usdt|crypto|cripto|krypto|крипт|bitcoin|\bbtc\b|"
    r"gift ?card|gif\w* ?card|giftcard|"
    r"tarjeta (?:de )?regalo|cartao (?:de )?presente|carte cadeau|gutschein|сертификат|"
    r"off the (?:\w+ )?(?:invoice|bill|price)|de la factura|da fatura|de la facture|von der (?:\w+ )?rechnung|"
    r"(?:со|из) сч[её]т|knock|rabais|скин|\bpay you|te pago|te pagarei|je vous (?:verse|paie|paye)|"
    r"ich zahle|ich uberweise|заплачу|is yours|es tuyo|es suyo|e seu|e teu|est a vous|est pour vous|"
    r"gehort (?:ihnen|dir)|thank.?you transfer|\bpaypal\b|\bvenmo\b|"
    r"\bpix\b|\bzelle\b|presentinho|regalito|little something|something extra|\bdetalle\b|\bagrado\b|\bmimo\b|"
    r"petit (?:quelque chose|geste)|"
    r"kleinigkeit|кое-что|\bsweeten|on (?:the|your) (?:\w+ )?(?:invoice|bill)|en (?:la|tu) factura|na fatura|"
    r"sur (?:la|votre) facture|"
    r"(?:auf|in) der rechnung|в сч[её]те|(?:invoice|bill|factura|fatura|facture|rechnung|сч[её]т)\w*\W+(?:\w+\W+){0,5}?"
    r"(?:lighter|smaller|lower|more gentle|liger|livian|menor|mais lev|plus leg|leichter|kleiner|меньше|легче|"
    rf"{_GENEROUS})|(?:{_GENEROUS})\w*\W+(?:\w+\W+){{0,2}}?(?:invoice|bill|factura|fatura|facture|rechnung|сч[её]т)|"
    r"por (?:mi|minha) cuenta|por minha conta|a mi cargo|a mes frais|geht auf mich|за мой сч[её]т|"
    r"\d ?% (?:off|less|menos|a menos|de moins|weniger|меньше|скидк)|\b\d+ off\b|"
    # a price cut: "drop the price by $40", "baissez le prix", "bájame 40 €", "снизьте цену"
    rf"{_CUT}|\bbaiss|\bredui[sr]|\brebaj|\bbajame|\babaix|\babat[eo]|\bsenken sie|reduzier|\brunter\b|\bсниз|\bсбав",
    "harm": r"(?:no ?one|nobody|nadie|ninguem|personne|niemand|никто)\W+(?:\w+\W+){0,4}?"
    r"(?:hire|work|trust|contrat|trabaj|embauch|engag|beauftrag|arbeit|нанят|наймет|наймут|работ)|"
    r"never (?:work|get hired|be hired)|ruin|destro|destru|zerstor|wreck|tank (?:your|ur)|\bsink|\bsunk\b|\bsank\b|"
    r"\bbury\b|hundir|hunda|afund|couler|coule|versenk|утоп|потоп|разруш|уничтож|испорч|"
    r"unprofessional|poco profesional|pouco profissional|peu professionnel|unprofessionell|непрофессионал|"
    r"blacklist|lista negra|liste noire|schwarze liste|черн\w* спис|"
    r"(?:tell|warn|let) (?:every|all|other|the other)|(?:cuento|contare|dire|decir|avisar) a todos|"
    r"(?:conto|contar|avisar) (?:a|para) todo|(?:raconte|dirai|previens) a tout|(?:erzahle|sage|warne) (?:es )?allen|"
    r"(?:расскажу|сообщу|предупрежу) всем|\bshare (?:them|it|my|the|what)|compart[oi]|compartilh|partag|"
    r"(?:ich )?teile sie|поделюсь|делюсь|word (?:travels|spreads|gets)|people talk|circul|se corre la voz|"
    r"spricht sich|слух|corre rapid|noticia|rumor|rumeur|gerucht|разговор|"
    r"(?:lowest|bottom|minimum|worst|lowest possible) (?:score|rating|grade|mark|review)|"
    r"(?:nota|calificacion|puntuacion|avaliacao) (?:mas baja|minima|mais baixa|peor|pior)|"
    r"(?:la )?(?:peor|pior) (?:nota|resena|avaliacao)|note la plus basse|pire note|note minimale|"
    r"niedrigste|schlechteste|minimal\w* (?:bewertung|note|балл|оценк)|минимальн|худш\w* (?:оценк|отзыв)|"
    r"\b(?:a|an|un|uma|um|une|eine|einen|ein) 1\b|\b(?:eine|einer) eins\b|estrellita|estrelinha|"
    r"(?:files?|source|code|design|logo|deliverable|archivos?|arquivos?|fichiers?|dateien|quelldatei|"
    r"исходник\w*|файл\w*)\W+(?:\w+\W+){0,3}?(?:stay|remain|se quedan|ficam|restent|bleiben|останутся)|"
    r"withh[oe]ld|keep the (?:files|source|code)|retengo|retenho|je garde|behalte|придержу|оставлю у себя",
    "demand": r"send (?:me )?back|give (?:me )?back|pay (?:me )?back|return my|refund me|i want|i need you to|"
    r"make sure (?:my|the|your)|remove|delete|take (?:down|that)|change (?:your|the|that)|confirm|"
    r"devuelve|devuelva|reembolsa|quiero|quita|borra|cambia|confirm|asegurate|"
    r"devolv|me devolve|quero|tira |apaga|muda|garanta|"
    r"rendez|remboursez|je veux|retirez|supprimez|changez|faites en sorte|"
    r"zuruck|ich will|ich mochte|entfernen|loschen|andern sie|bestatigen|sorgen sie|"
    r"верни|хочу|убери|удали|измени|подтверди|позаботь|think (?:about|bout|carefully|twice)|piensa|"
    r"pensa bem|reflechissez|uberlegen sie|подумай",
    # "you'd like this to end with a good review" (leverage over the reader's rating)
    "leverage": r"\b(?:you'?d|you would|you|u|u'?d) (?:like|want|wish)\b|quieres que|queres que|quer que|"
    r"vous tenez|vous voulez que|vous souhaitez que|sie (?:mochten|wollen|wunschen)|хочешь,? чтобы|"
    r"хотите,? чтобы",
    # work asked for nothing: "the extra pages are free then, right?"
    "free_work": r"(?:extra|additional|more|adicional|extras|supplementaires|zusatzlich|дополнительн|xtra)\w*\W+"
    r"(?:\w+\W+){0,5}?(?:free|at no cost|no charge|sin costo|gratis|sem custo|de graca|sans frais|"
    r"gratuit|kostenlos|umsonst|бесплатн)|(?:free|gratis|kostenlos|бесплатн)\W+(?:\w+\W+){0,2}?"
    r"(?:right|then|no|non|nicht|oder|так|certo|verdad)\b",
    "condition": r"\bif\b|\bsi\b|\bse\b|\bwenn\b|\bfalls\b|\bесли\b|\bonce\b|"
    r"\bquand\b|\bdes que\b|\bsobald\b|как только|\bassim que\b|\ben cuanto\b|\bas soon\b|"
    r"\bbeim\b|\bal terminar|\ba la fin|\bao final|"
    r"\b(?:and|n|&) (?:i'?ll|i will|ill|i add|i send|i pay|i knock|it'?s yours)|"
    r"\b(?:and|n|&) i\b (?:add|send|pay|knock|take|give|drop|throw|cut|refund|transfer|wire|tip|put|credit)|"
    r"\be eu\b|\by yo\b|help me (?:with|w) (?:that|this|it)|ayudame con eso|me ajuda com isso|"
    r"aidez-moi|helfen sie mir|помоги(?:те)? мне|"
    r"\by (?:te|le|les|yo)\b (?:\w+ )?(?:pago|mando|doy|envio|devuelvo|descuento|quito|agrego|anado)|"
    r"\be (?:eu )?(?:te |lhe )?(?:pago|mando|dou|envio|devolvo|desconto|tiro|adiciono)|"
    r"\bet (?:je|j')|\bund ich\b|\bи я\b|same day|le jour meme|el mismo dia|no mesmo dia|am selben tag|"
    r"в тот же день|\bdepends? on|depende de|depend de|hangt (?:\w+ )?ab|зависит от|"
    # a time clause counts only when it waits for the rating: "when it shows up",
    # not "when you have a moment"
    r"\besli\b|\b(?:pis|puis) (?:je|j)\b|"
    r"(?:quien(?:es)?|quem|ceux qui|celui qui|celles qui|wer|(?:те|тех|тем|тому),? кто|those who|whoever|anyone who|"
    r"people who|clients? (?:who|that|qui)|clientes? que|kunden?,? (?:der|die)|leute\w*,? die|"
    r"(?:клиент|заказчик)\w*,? котор\w*)\W+(?:\w+\W+){0,3}?"
    r"(?:leave|deja|deixa|laisse|hinterl|оставля|give|rate|write|review|say|escrib|escrev|ecri|schreib|пиш|califi|"
    rf"valor|avali|note|bewert|оцени|dicen|dizem|disent|sagen|говор|{_GENEROUS})|"
    # a consequence that is the rating: "take $30 off, then it's five stars", "и будет вам пять звёзд"
    r"\b(?:dann|then|alors|entonces|entao|тогда|и будет)\W+(?:\w+\W+){0,4}?5star|"
    # an exchange: "take $50 off and you'll get five stars", "y te pongo cinco estrellas"
    r"\b(?:and|n|&|y|e|et|und|и)\s+(?:you'?ll get|you get|u get|u'?ll get|ull get|you'?ll have|it'?s|its|it is|"
    r"te pongo|te doy|te dejo|"
    r"(?:eu )?te dou|(?:eu )?lhe dou|je vous mets|je te mets|vous aurez|sie bekommen|bekommen sie|du bekommst|"
    r"получите|получишь|поставлю)\b|"
    r"\b(?:after|apres|nach|после|despues de|depois de)\W+(?:\w+\W+){0,3}?(?:5star|review|rating|resena|valoracion|"
    r"avaliacao|avis|commentaire|bewertung|отзыв)|"
    r"\b(?:with|con|com|avec|mit|bei|при)\s+(?:a |an |una |uma |un |une |einer |einem )?(?:\w+\s+){0,2}?(?:5star|"
    r"review|rating|resena|valoracion|avaliacao|avis|bewertung)|"
    r"\b(?:when|once|after|afer|aftr|as soon as|the moment|the minute|al momento en que|no momento em que|"
    r"au moment ou|в тот момент|cuando|en cuanto|despues de que|quando|assim que|depois que|lorsque|"
    r"quand|des que?|apres que|sobald|wenn|nachdem|когда|как только|после того,? как)\b(?:\W+\w+){0,6}?\W+"
    r"(?:appears?|shows? up|is up|goes? (?:up|live)|close|wrap (?:up|it up)|fecharmos|terminarmos|cerremos|"
    r"terminemos|cloturons|terminerons|abschliessen|fertig sind|закончим|закроем|is (?:posted|live|changed|updated|"
    r"fixed)|posted|published|"
    r"aparezca|aparece|este (?:publicad|arreglad)|se publique|aparecer|estiver|apparait|sera (?:publie|en ligne)|"
    r"erscheint|steht|online ist|появится|будет (?:опубликован|исправлен)|опубликуете|исправите)",
    "tie": r"exchange|in return|\b(?:for|4) (?:a |an )?(?:5star|top rating|perfect (?:rating|review|score))|a cambio|"
    # "for a good review", "за хороший отзыв", "für eine gute Bewertung"; "5★ = …"
    r"\b(?:for|за|pour|fur|por|para|pela|pelo)\s+(?:a |an |une |un |una |uma |eine |einen )?(?:good |nice |positive |"
    r"great |kind |хорош\w* |добр\w* |bon |bonne |gute |guten |buena |boa |positiv\w* |bel |bonita |linda )?"
    r"(?:review|rating|отзыв|оценк|avis|note|bewertung|resena|avaliacao|valoracion)|5star\W*=|5star\W*(?:→|->|=>)|"
    r"em troca|en echange|im gegenzug|в обмен|\bdeal\b|\btrato\b|"
    r"combinado|marche conclu|abgemacht|договорились|propongo|proponho|je vous propose|vorschlag|"
    r"предлага|entre nosotros|entre nos\b|entre nous|unter uns|между нами|for your trouble|molestia|"
    r"derangement|aufwand|беспокойств|who help|quien(?:es)? ayud|quem ajuda|qui (?:soign|aid)|die (?:mir )?helfen|"
    r"кто помога|look after|cuida|prennent soin|kummern|it's yours|it s yours|es tuyo|e seu\b|"
    r"c'?est a vous|gehort ihnen|ваш[аи]? ?\.|your way|find its way|volver a tu|voltar para|vous revenir|"
    r"zu ihnen zuruck|вернуться к вам|only ask|solo te pido|so peco|je vous demande seulement|bitte nur|"
    r"прошу только|know what i mean|sabes a lo que|entendeu|voyez ce que|wissen,? was ich|понимаешь|"
    r"\bi mean\b|me refiero|quero dizer|para mim,? e quem|j'?entends|meine ich|имею в виду|по-моему|"
    r"me entiendes|me entende|m'?comprends|just saying|solo digo|so dizendo|je dis ca|nur so|просто говорю|"
    r"verstehen sicher|incomodo|\bnext\b|proxim|prochain|nachst|следующ",
    "request": r"\b(?:leave|give|gimme|rate|put) (?:me|us)\b|(?:поставь\w*|ставь\w*|ponme|dame|deja|deixa|me da|mettez|"
    r"mets|laissez|geben sie|gib|hinterlassen sie)\s+(?:\w+\s+){0,2}?5star|dejame|\bdame\b|ponme|calificame|"
    r"me (?:deixa|deixe|da|de|avalia)\b|laissez-moi|mettez-moi|notez-moi|mets-moi|geben sie mir|gib mir|"
    r"bewerten sie mich|поставь(?:те)? мне|оцени(?:те)? меня",
    "threat_tie": r"\b(?:if|si|se|wenn|falls|если|esli)\b(?:\s+\w+){0,5}?\s+"
    r"(?:not|no|nao|ne|n|nicht|не|ne|don'?t|dont|won'?t|isn'?t|isnt)\b(?! (?:happy|satisf|content|zufrieden|"
    r"доволен|довольн))|"
    r"\bunless\b|otherwise|or else|\bor\b|either|a menos|\bsi no\b|salvo que|de lo contrario|"
    r"(?:^|[,;.?!]\s*)o\s|\bsenao\b|caso contrario|\bse nao\b|a nao ser|\bou\b|sinon|sauf si|a moins|"
    r"\bsoit\b|\boder\b|\bsonst\b|andernfalls|es sei denn|entweder|иначе|если не|\bили\b|либо|а то\b|"
    r"пока не|\buntil\b|\btill\b|hasta que|ate que|\bjusqu|\bbis\b|think about it|piensalo|pensa bem|"
    r"reflechissez|uberlegen|подумай|hate for|shame if|una pena|uma pena|serait dommage|ware schade|"
    r"будет жаль|never has to happen|no tiene por que|nao precisa acontecer|n'a pas besoin d'arriver|"
    r"nie passieren|не придется|repensar|revoir cette|uberdenken|пересмотр|reconsider|rethink|"
    r"never happens|nunca pase|nunca acontec|n'?arrive jamais|nie passiert|не случится|si no,|\bo si no\b|"
    r"avoid|evitar|eviter|vermeiden|избежать|\bo (?:abro|denuncio|reporto|te dejo|te pongo|escribo|publico|te|le|"
    r"lo|la|yo)\b|"
    r"\binache\b|\bili\b|lastima|\bpena\b|\bжаль|\bno 5star\b|5star\W*=|"
    # a deadline for the rating: "24 hours to make it 5", "by tonight", "antes del viernes"
    r"\b\d+\s*(?:hours?|hrs?|h|horas|heures|stunden|std|час\w*)\b|\bby (?:tonight|2nite|tomorrow|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|eod|end of)|antes del? (?:lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo|manana)|ate (?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha)|d'?ici (?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|demain|ce soir)|bis (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|morgen|heute abend)|до (?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|завтра|вечера)",
    "honest": r"honest|sincer|honnet|ehrlich|честн|no pressure|sin presion|sem pressao|aucune pression|"
    r"kein druck|без давлен|whatever (?:you|u)\b|up to (?:you|u)\b|es cosa tuya|\be com voce\b|"
    r"ist ihre sache|avis reste libre|какой считаете нужным|lo que (?:quieras|consideres)|o que (?:quiser|achar)|"
    r"ce que vous (?:voulez|pensez)|was sie (?:mochten|denken)|как (?:считаете|хотите)|any kind|de cualquier|"
    r"qualquer|quel qu|egal wie|любой|good or bad|buena o mala|boa ou ruim|bon ou mauvais|gut oder schlecht|"
    r"хорош\w* или плох|helps? me improve|ayuda a mejorar|ajuda a melhorar|m'?aide a progresser|"
    r"hilft mir,? besser|помога\w* мне стать лучше|not satisfied|not happy with the|no quedas satisfech|"
    r"nao ficar satisfeit|pas satisfait|nicht zufrieden|не устроит|не понравит",
    "plea": r"don'?t leave (?:a |me a )?(?:bad|negative)|do not leave a (?:bad|negative)|no (?:me )?dejes una mala|"
    r"nao deixe (?:uma )?(?:avaliacao )?(?:ruim|negativa)|ne laissez pas (?:de|un) mauvais|keine schlechte bewertung|"
    r"не (?:ставьте|оставляйте) плох|if you need|just ask|si necesitas|se precisar|si vous avez besoin|"
    r"falls sie .{0,20}brauchen|если нужн|before leaving|"
    r"antes de (?:dejar|deixar|avaliar|calificar)|avant de (?:noter|laisser)|"
    r"vor der bewertung|до отзыва|so i can fix|para que (?:lo )?(?:arregle|corrija)|pour que je corrige|"
    r"damit ich|чтобы я (?:исправил|мог)|tell me first|dimelo antes|me avise antes|dites-le-moi avant",
    "negated": r"\bnever\b|\bnunca\b|\bjamais\b|\bniemals\b|никогда|forbid|prohib|against the rules|"
    r"not allowed|verbot|запрещ|interdit|no permit|nao permit|policy|politica|politique|richtlinie|правила",
    # the sender's own review held against a benefit: "my review depends on the discount"
    "hostage": r"(?:\bmy|\bmi|minha|meine?|\bmon|\bma|мой|моя|моё|мое)\s+(?:\w+\s+){0,1}?(?:review|rating|feedback|"
    r"resena|valoracion|calificacion|opinion|avaliacao|nota|bewertung|avis|note|evaluation|отзыв|оценк)\w*\W+"
    r"(?:\w+\W+){0,3}?(?:depend|hangt|зависит|rides on)",
    # a rating read as a mistake, and "if not, all good": asking to fix a misclick
    "mistake": r"misclick|mis-click|by mistake|by accident|accidentally|wrong (?:button|star)|fat.?finger|"
    r"sin querer|por error|equivoc|sem querer|por engano|engano|par erreur|par megarde|mal clique|versehentlich|"
    r"aus versehen|verklickt|verdruckt|случайно|по ошибке|промах|ошиб\w* кнопк",
    "accept_alt": r"(?:if not|if it was intended|if intended|if that was on purpose|si no|si fue a proposito|se nao|"
    r"se foi de proposito|sinon|si c'?etait voulu|wenn nicht|falls nicht|falls gewollt|если нет|если так и задумано)"
    r"\W+(?:\w+\W+){0,3}?(?:all good|fine|ok|okay|no problem|no worries|в порядке|нормально|ничего страшного|"
    r"sin problema|no pasa nada|todo bien|tudo bem|sem problema|pas de souci|aucun (?:souci|probleme)|c'?est correct|"
    r"kein problem|alles gut|passt|in ordnung|всё хорошо|все хорошо)",
    # someone else's offer, told as a past event and refused
    "third_party": r"(?:another|other|a different|previous|some|one) (?:client|customer|buyer|freelancer|user)|someone|"
    r"somebody|otr[oa] client|un cliente|alguien|outr[oa] client|um cliente|alguem|un autre client|une autre cliente|"
    r"un client|quelqu'?un|(?:ein|eine) (?:anderer?|andere) (?:kunde|kundin|auftraggeber)|ein kunde|jemand|"
    r"друг\w* (?:клиент|заказчик)|один (?:клиент|заказчик)|кто-то",
    "refused": r"refused|declined|turned (?:it |him |her |them )?down|said no|rejected|i reported|reported (?:it|"
    r"him|her|them)|"
    r"rechace|dije que no|lo (?:reporte|denuncie)|recusei|disse que nao|denunciei|reportei|j'?ai refuse|refuse|"
    r"j'?ai signale|abgelehnt|lehnte ab|gemeldet|отказал|сообщил\w* в поддержку|пожаловал",
    # a discount or bonus given whatever the rating: "whether or not you review"
    "unconditional": r"whether or not|regardless|no matter|no strings|either way|unconditional|not conditional|"
    r"nothing to do with|independientemente|sin importar|da igual|sin condicion|independente|nao importa|sem condic|"
    r"quoi qu'?il|peu importe|sans condition|unabhangig|egal ob|ohne bedingung|независимо|в любом случае|без условий",
    # a discount for coming back, which the rating does not buy
    "loyalty": r"returning client|repeat client|loyal|regular client|cliente (?:fiel|habitual|frecuente|recorrente)|"
    r"client fidele|fidelite|fidelidad|fidelidade|stammkund|treue|постоянн\w* клиент|every (?:returning|repeat) client|"
    r"all my (?:returning|repeat|regular) clients|welcome back|bienvenid\w* de nuevo|de volta|bon retour|"
    r"willkommen zuruck|с возвращением|as always|como siempre|como sempre|comme toujours|wie immer|как всегда",
    "given": r"\b(?:refunded|sent|paid|issued|added|tipped)\b|reembolse\b|devolvi\b|mande\b|pague\b|"
    r"mandei|paguei|reembolsei|\bdevolvi|rembourse\b|envoye|verse\b|erstattet|geschickt|gezahlt|"
    r"uberwiesen|вернул|отправил|перевел|заплатил|already|\bya\b|\bja\b|\bdeja\b|\bschon\b|\bуже\b",
    "more_work": _MORE_WORK,
    "work_tie": _WORK_TIE,
    "reciprocal": _RECIPROCAL,
    "already_rated": _ALREADY_RATED,
}
# An amount that is a price or a rate, not something given: "my hourly rate is $35".
_PRICE = re.compile(
    r"(?:rate|price|budget|cost|fee|tarifa|precio|preco|prix|tarif|preis|stundensatz|цена|ставка|стоимость)"
    r"\W+(?:\w+\W+){0,3}?money|money\W+(?:per|an|la|por|par|pro|в|за)\W+(?:hour|hora|heure|stunde|час)"
)
_CUT_RX = re.compile(_CUT)
KEY_CONCEPTS = ("benefit", "negative", "report", "harm", "free_work", "more_work", "reciprocal")
CONCEPTS = {
    name: re.compile((_STARTS if name != "threat_tie" else "") + "(?:" + _strip_accents(rx).replace("ё", "е") + ")")
    for name, rx in _C.items()
}


def concepts(prepared: str) -> frozenset[str]:
    """The concepts a (prepared) text names."""
    return frozenset(name for name, rx in CONCEPTS.items() if rx.search(prepared))


# Exposure, a kind of harm: telling or posting to an audience ("I post in the
# freelancer group", "every1 in the discord hears", "всей группе расскажу",
# reviews "everywhere"). Searched only when an audience is named (few texts do).
_AUDIENCE_RX = re.compile(_AUDIENCE)
_EXPOSURE_RX = re.compile(
    rf"(?:{_ACT})\w*\W+(?:\w+\W+){{0,7}}?(?:{_AUDIENCE})|(?:{_AUDIENCE})\w*\W+(?:\w+\W+){{0,4}}?(?:{_ACT}|{_LEARN})|"
    # an ultimatum whose other branch is an audience: "… or I go to the Facebook group"
    rf"(?:\bor\b|otherwise|\bo\b|\bou\b|sinon|sonst|oder|иначе|или|либо)\W+(?:\w+\W+){{0,8}}?(?:{_AUDIENCE})"
)


# "Hard to tell who's good", "difícil saber quem é bom": an audience that cannot
# tell or know something is talk about the site, not a threat to tell everyone.
_CANNOT_TELL = re.compile(
    r"\b(?:hard|difficult|impossible|cant|can'?t|cannot|no way) to\b|\bcant\b|can'?t|dificil|imposible|impossivel|"
    r"nao da|no hay forma|difficile|impossible de|schwer|kaum|unmoglich|сложно|трудно|невозможно|не понять|непонятно"
)


def _exposes(prepared: str) -> bool:
    return any(_CANNOT_TELL.search(m.group(0)) is None for m in _EXPOSURE_RX.finditer(prepared))


def _names(name: str, prepared: str) -> bool:
    if CONCEPTS[name].search(prepared):
        return True
    if name == "reciprocal":  # both halves of a mirror: "you rate me five, I rate you five"
        return _YOU_ME_RX.search(prepared) is not None and _ME_YOU_RX.search(prepared) is not None
    return name == "harm" and _AUDIENCE_RX.search(prepared) is not None and _exposes(prepared)


def key_concepts(prepared: str) -> frozenset[str]:
    """Which of a benefit (money, more work, a rating in return), a bad rating, a report,
    a harm or free work the text names."""
    return frozenset(name for name in KEY_CONCEPTS if _names(name, prepared))


def rule_scores(prepared: str, key: frozenset[str] | None = None) -> tuple[float, float, frozenset[str]]:
    """(offer, threat) from the conjunction of concepts, and the concepts read.

    Lazy: an offer needs a benefit and a threat needs a bad rating, a report or a
    harm, so a text with none of the key concepts (``key``, when the caller has
    searched them already) is left after those searches (most are)."""
    c = set(key_concepts(prepared) if key is None else key)
    if not c:
        return 0.0, 0.0, frozenset()
    if (
        "benefit" in c
        and _PRICE.search(prepared)
        and not _CUT_RX.search(prepared)
        and not CONCEPTS["benefit"].search(_PRICE.sub(" ", prepared))
    ):
        c.discard("benefit")
    c |= {name for name, rx in CONCEPTS.items() if name not in KEY_CONCEPTS and rx.search(prepared)}
    offer = threat = 0.0
    asked = "request" in c and "positive" in c and "given" not in c  # "I'll add $20 · just leave me 5*"
    if "benefit" in c and ("condition" in c or "tie" in c or asked):
        offer = 0.55 + (0.15 if "positive" in c else 0.0)
        threatening = (("negative" in c or "report" in c or "harm" in c) and "threat_tie" in c) or (
            "harm" in c and "demand" in c
        )
        if threatening:
            offer = 0.0  # a benefit demanded under threat is extortion, not an offer
        elif "honest" in c or "negated" in c or "plea" in c or ("given" in c and "tie" not in c):
            offer -= 0.3
    in_kind = 0.0
    # Benefits that are not money. More work tied to the reader's top rating ("3 more
    # gigs 4 u if u gimme 5 stars"); not "I'd love to work with you again", nor a
    # polite "if you have a minute, a review would help".
    if "more_work" in c and "positive" in c and "work_tie" in c:
        in_kind = 0.7
    # A rating promised for the reader's ("you rate me five, I rate you five"), unless
    # the sender's rating is already given (a polite invitation, nothing held back).
    if "reciprocal" in c and "already_rated" not in c:
        top = "positive" in c or "work_tie" in c or _YOU_ME_RX.search(prepared) is not None  # "you rate me five"
        in_kind = max(in_kind, 0.55 + (0.15 if top else 0.0))
    if in_kind and ("honest" in c or "negated" in c or "plea" in c):
        in_kind -= 0.3
    offer = max(offer, in_kind)
    # A bad rating under an ultimatum, or a report or dispute under an ultimatum
    # whose demand is a good rating (a dispute over undelivered work is not it).
    if "threat_tie" in c and ("negative" in c or ("report" in c and "positive" in c)):
        # the demand named (a top rating, or free work) completes it
        demanded = "positive" in c or "free_work" in c
        threat = 0.55 + (0.15 if demanded else 0.0) + (0.05 if "negative" in c and "report" in c else 0.0)
        if "honest" in c or "plea" in c:
            threat -= 0.3
    # Free extra work asked for under leverage over the reader's rating.
    if "free_work" in c and "leverage" in c and "positive" in c and "honest" not in c:
        offer = 0.0
        threat = max(threat, 0.55)
    # Structural reading: a harm to the reader's standing (nobody will hire you, the
    # lowest score, telling everyone, withheld files) set against a demand or a
    # wish for a top rating, in any order across the thread.
    if "harm" in c and ("positive" in c or "demand" in c) and "plea" not in c:
        # complete (a harm, a top rating and an ultimatum) scores as a bad rating under an ultimatum does
        harm = 0.55 + (0.1 if "positive" in c else 0.0) + (0.1 if "threat_tie" in c else 0.0)
        harm += 0.05 if "positive" in c and "demand" in c else 0.0
        threat = max(threat, harm)
    # The sender's own review held against a benefit for them ("my review depends
    # on the discount"): leverage over the reader, read as extortion, not an offer.
    if "hostage" in c and "benefit" in c:
        threat = max(threat, 0.6 + (0.1 if "positive" in c or "negative" in c else 0.0))
        offer = 0.0
    # Honest look-alikes whose words are an offer's or a threat's:
    if "mistake" in c or "accept_alt" in c:
        # "the text says flawless but it's 1 star — misclick? if not, all good"
        if "mistake" in c and "accept_alt" in c:
            threat = min(threat, 0.2)
            c.add("benign")
        else:
            threat = max(0.0, threat - 0.3)
    if "third_party" in c and "refused" in c:
        # "another client offered me $50 for five stars; I refused and reported it"
        offer, threat = min(offer, 0.2), min(threat, 0.2)
        c.add("benign")
    if "unconditional" in c:
        offer = min(offer, 0.2)  # "10 % off, whether or not you review"
        c.add("benign")
    elif "loyalty" in c and "request" not in c:
        offer = max(0.0, offer - 0.35)  # a returning client's discount, no rating asked for
    return max(0.0, offer), max(0.0, threat), frozenset(c)
