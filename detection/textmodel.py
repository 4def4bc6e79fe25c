"""The learned half of the message text model: two linear models (offer, threat)
over character and word n-grams, explained by the phrases that weighed most.

Why: the lexicon in ``text.py`` reads English wording precisely but knows only the
phrases it lists. This model is trained (``manage.py train_text_model``) on
labelled examples written for this project in English, chat English, Spanish,
Portuguese, French, German, Russian, Italian and Polish (``detection/training.py``): explicit and
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
# a run of more than five glyphs is still one rating ("⭐ ★★★★★" is five stars, not five and one)
_STAR_RUN = re.compile(rf"(?:[{_STAR_GLYPHS}]\ufe0f?\s*){{1,10}}")
_DIGIT_GLYPH = re.compile(rf"(?<![\d.,])(10|[0-5])\s*[{_STAR_GLYPHS}]\ufe0f?")  # "5⭐" is five stars, not one
_STARS = (
    r"(?:\*+|-?\s*(?:stars?|starz|strs?|stas|estrellas?|estrelas?|estrellitas?|estrelinhas?|etoiles?|sternchen|"
    r"sternen?|sterne|stern|starn|stell[ae]|stelline|gwiazd\w*|"
    r"zvezd\w*|звезд\w*|звёзд\w*|sterren|ster|y[iı]ld[iı]z\w*|stj[aäe]rn\w*|hvezd\w*|stele|stelute|stea|bintang|"
    # round 10: Hungarian, Finnish, Greek, Ukrainian, Slovak, Croatian, Baltic, Estonian, Tagalog, Vietnamese, Arabic,
    # Hebrew, Hindi ("5 csillagot", "5 tähteä", "5 αστέρια", "5 зірок", "5 hviezdičiek", "5 tärni", "5 sao", "5 نجوم")
    r"csillag\w*|tahte\w*|tahti\w*|tahden|αστερ\w*|зiрк\w*|зірк\w*|hviezd\w*|zvjezd\w*|zvaigzd\w*|zvaigzn\w*|"
    r"tarni?|tarnid|bituin|sao|نجوم|نجمة|نجمات|كوكب|כוכבים|כוכב|स्टार|सितार\w*)\b|\s*/\s*5\b|\s*/\s*10\b|"
    r"\s+(?:out\s+of|de|sur|von|из)\s+5\b)"
)
_STAR_NOTATION = re.compile(rf"\b(10|[0-5])(?:[.,]0)?\s*{_STARS}")
# a number of stars in words, by the rating it names (accents already dropped)
_NUMBER_WORDS = {
    "5": "five|cinco|cinq|funf|foif|пять|пяти|piec|pieciu|cinque|pyat|vijf|bes|fem|cinci|pet|peti|ot|viisi|viiden|"
    "πεντε|п'ять|п'яти|pat|piatich|penkias|penkis|penkių|penkiu|piecas|piecām|piecam|viis|viie",
    "1": "one|a single|una|uno|une|um|uma|ein|einen|eine|одну|одна|zero|cero|zéro|null|ноль|jedna|jedną|jedn[ao]|"
    "een|bir|tek|en|ett|jednu|egy|yksi|yhden|yhta|ενα|μια|μιας|ενος|vieną|viena|vienos|vienu|uks|uhe",
    "2": "two|dos|dois|deux|zwei|два|две|due|dwie|dwa|dvumya|tva",
}
_STAR_WORD_RATING = {w: n for n, words in _NUMBER_WORDS.items() for w in words.split("|")}
_STAR_WORDS = re.compile(
    r"\b(five|cinco|cinq|funf|foif|пять|пяти|piec|pieciu|cinque|pyat|vijf|bes|fem|cinci|pet|peti|en|ett|tva|one|"
    r"a single|jednu|"
    r"una|uno|une|um|uma|"
    r"ein|einen|eine|"
    r"een|bir|tek|"
    r"одну|одна|"
    r"zero|cero|null|ноль|jedna|jedn[ao]|two|dos|dois|deux|zwei|два|две|due|dwie|dwa|"
    r"ot|viisi|viiden|πεντε|п'ять|п'яти|pat|piatich|penkias|penkis|penkiu|piecas|piecam|viis|viie|"
    r"egy|yksi|yhden|yhta|ενα|μια|μιας|ενος|viena|vienos|vienu|uks|uhe)"
    r"[\s-]*(?:stars?|starz|strs|estrellas?|estrelas?|estrellitas?|estrelinhas?|etoiles?|sterne?n?|sternchen|starn|"
    r"stell[ae]|stelline|gwiazd\w*|звезд\w*|zvezd\w*|sterren|ster|y[iı]ld[iı]z\w*|stj[ae]rn\w*|hvezd\w*|stele|"
    r"stelute|csillag\w*|tahte\w*|tahti\w*|tahden|αστερ\w*|зiрк\w*|зірк\w*|hviezd\w*|zvjezd\w*|zvaigzd\w*|zvaigzn\w*|"
    r"tarni?|tarnid)\b"
)
# Round 8: a number word before star glyphs is the rating it names ("five ⭐", "cinq ⭐",
# "bintang lima ⭐"), not one star for the one glyph; Romanian "o stea" is one star, and
# Indonesian puts the number after the word ("bintang lima", "bintang satu", "bintang 5").
_GLYPH_NUMBERS = {
    "5": "five|cinco|cinq|fünf|funf|пять|cinque|pięć|piec|vijf|beş|bes|fem|cinci|lima",
    "1": "one|una|uno|une|eine|ein|одну|одна|jedną|jedna|één|een|bir|tek|satu",
}
_GLYPH_WORD_RATING = {w: n for n, words in _GLYPH_NUMBERS.items() for w in words.split("|")}
_WORD_GLYPH = re.compile(
    rf"(?<!\w)({'|'.join(w for words in _GLYPH_NUMBERS.values() for w in words.split('|'))})\s*"
    rf"(?:[{_STAR_GLYPHS}]\ufe0f?\s*){{1,5}}"
)
_STAR_AFTER = re.compile(
    r"\bbintang\s+(lima|satu|[0-5])\b|\bo stea\b|\b(?:rating|nota|nilai)\s+([15])\b(?![.,]?\d|\s*(?:%|money|/))"
)
_AFTER_RATING = {"lima": "5", "satu": "1"}
# Romanian "și" is "and" (not the "si" of "if" in Spanish or French, once accents go)
_RO_AND = re.compile(r"(?<!\w)[șş]i(?!\w)")
_MONEY = re.compile(
    # Round 8: rupiah ("Rp150.000", "Rp 1 juta", mangled "Rp150.OOO") and lei ("150 de lei")
    r"\brp\.?\s*\d[\d.,o]*(?:\s*(?:juta|jt|ribu|rb)\b)?|\b\d+(?:[.,]\d+)?\s*(?:de\s+)?(?:lei|ron)\b|"
    r"(?:\b(?:usd|us|eur|gbp|rub|brl|chf|pln|r)\s*)?[$€£₽]\s*\d+(?:[.,]\d+)?|\b(?:usd|eur|gbp|rub|brl|chf|"
    r"usdt)\s*\d+(?:[.,]\d+)?\b|\b\d+(?:[.,]\d+)?\s*(?:[$€£₽]|usd\b|eur\b|euros?\b|dollars?\b|dolares\b|"
    r"dolares\b|reais\b|r\$|bucks\b|руб\w*|долл\w*|евро\b|quid\b|pounds?\b|zł|zl\b|pln\b|złotych\b)|"
    r"\b\d{2,}(?:[.,]\d+)?\s*(?:try|tl|lira|kr|kronor|sek|kc|czk|dkk|korun\w*)\b"
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


def _top_level(pattern: str) -> list[str]:
    """The alternatives of a pattern at its top level (not inside () or [])."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_LEAD_GROUP = re.compile(r"\(\?:([^()\[\]]*)\)")
_LEAD_BEHIND = re.compile(r"(?:\(\?<![^()\[\]]*\))+")
_QUANTIFIERS = ("?", "*", "+", "{")


def _groupable(member: str) -> bool:
    body = member[2:] if member.startswith("\\b") else member
    return body[:1].isalnum() and body[1:2] not in _QUANTIFIERS


def _behind_first(member: str, behinds: list[str]) -> str:
    """``member`` with negative lookbehinds that stood before it moved after its first
    character, each widened by that character ("(?<!your )more" is "m(?<!your m)ore"):
    the same texts match, and the alternative can be grouped by its first letter."""
    if not behinds:
        return member
    head = "\\b" if member.startswith("\\b") else ""
    first, tail = member[len(head)], member[len(head) + 1 :]
    return head + first + "".join(f"(?<!{b}{first})" for b in behinds) + tail


def _distributed(alt: str) -> list[str]:
    """An alternative that opens with a plain group, "\\b(?:wrote|said) (?:me|us):", as one
    alternative per member ("\\bwrote (?:me|us):", "\\bsaid (?:me|us):"): the same texts
    match, and each can then be grouped by its first letter instead of being tried at
    every position. Negative lookbehinds in front ("(?<!your )\\b(?:more|next) …") go
    after each member's first letter, for the same reason."""
    behinds: list[str] = []
    lead = _LEAD_BEHIND.match(alt)
    if lead is not None:
        behinds = re.findall(r"\(\?<!([^()\[\]]*)\)", lead.group(0))
        alt = alt[lead.end() :]
    head = "\\b" if alt.startswith("\\b") else ""
    body = alt[len(head) :]
    m = _LEAD_GROUP.match(body)
    if m is None or body[m.end() : m.end() + 1] in _QUANTIFIERS:
        if behinds and _groupable(alt):
            return [_behind_first(alt, behinds)]
        return [lead.group(0) + alt if lead is not None else alt]
    members = _top_level(m.group(1))
    if not all(_groupable(member) for member in members):
        # a member that could not be grouped would be tried at every position
        return [lead.group(0) + head + body if lead is not None else head + body]
    return [
        _behind_first(member if member.startswith("\\b") else head + member, behinds) + body[m.end() :]
        for member in members
    ]


def factored(pattern: str, depth: int = 1) -> str:
    """The same alternation with alternatives grouped by their first letter
    ("c(?:hargeback|harge back)|s(?:torno|treitfall)"): the regex engine then
    tries one group per position instead of every alternative, which keeps long
    concept lists cheap. Alternatives that do not start with a plain letter (a
    class, a digit pattern, a group) are kept as they are. With ``depth`` > 1 the
    tails of each group are grouped again by their next letter, so a list of
    hundreds of words is searched as a shallow tree. Only for searches whose
    answer is whether something matched: the order of alternatives changes."""
    return _grouped([one for top in _top_level(pattern) for one in _distributed(top)], depth, top=True)


def _grouped(alternatives: list[str], depth: int, top: bool = False) -> str:
    groups: dict[tuple[str, str], list[str]] = {}
    rest: list[str] = []
    for alt in alternatives:
        head = "\\b" if alt.startswith("\\b") else ""
        body = alt[len(head) :]
        first = body[:1]
        if first and (first.isalnum() or first == "'") and body[1:2] not in _QUANTIFIERS:
            groups.setdefault((head, first), []).append(body[1:])
        else:
            rest.append(alt)
    parts = []
    for (head, first), tails in groups.items():
        if len(tails) == 1:
            parts.append(f"{head}{re.escape(first)}{tails[0]}")  # one tail: nothing to group
        else:
            inner = _grouped(tails, depth - 1) if depth > 1 else "|".join(tails)
            parts.append(f"{head}{re.escape(first)}(?:{inner})")
    if top and depth > 1:
        # groups led by a letter outside ASCII (Cyrillic, Greek, CJK, Hangul, Arabic, Hebrew…)
        # behind one look-ahead: Latin text then pays one test for all of them, not one each
        firsts = [first for _head, first in groups]
        wide = [part for part, first in zip(parts, firsts, strict=True) if not first.isascii()]
        if len(wide) > 1:
            parts = [part for part, first in zip(parts, firsts, strict=True) if first.isascii()]
            parts.append("(?=[^\\x00-\\x7f])(?:" + "|".join(wide) + ")")
    return "|".join(parts + rest)


def _word_led(rx: re.Pattern) -> re.Pattern:
    """The same yes/no search with its top-level alternatives that open with ``\\b``
    (lookbehinds before the ``\\b`` too: both take no width, so they commute) gathered
    behind one ``\\b``: inside a word the engine then tests one boundary, not one per
    letter group, which halves the cost of a long list. Which alternative matches, and
    so the match's text, may change: only for searches whose answer is found or not
    (not for ``CONCEPTS``, whose matches an explanation quotes)."""
    pattern = rx.pattern
    prefix = _STARTS + "(?:" if pattern.startswith(_STARTS + "(?:") else "(?:"
    if not pattern.startswith(prefix) or not pattern.endswith(")") or rx.flags & ~re.UNICODE:
        return rx
    kept, led = [], []
    for alt in _top_level(pattern[len(prefix) : -1]):
        lead = _LEAD_BEHIND.match(alt)
        behind = lead.group(0) if lead is not None else ""
        if alt.startswith("\\b", len(behind)):
            led.append(behind + alt[len(behind) + 2 :])
        else:
            kept.append(alt)
    if len(led) < 2:
        return rx
    return re.compile(prefix + "|".join([*kept, "\\b(?:" + "|".join(led) + ")"]) + ")")


# Round 10: rating words in the commoner marketplace languages no list had (Hungarian,
# Finnish, Greek, Ukrainian, Norwegian, Slovak, Croatian/Serbian, Slovenian, Bulgarian, the
# Baltic languages, Estonian, Vietnamese, Tagalog, Hindi, Arabic, Hebrew, Chinese, Japanese,
# Korean), and the authorities and lawyers a threat may name without a rating word
# ("my solicitor … unless you refund"). Each listed as written and without its accents: the
# gate reads the lower-cased text, the readers the accent-free one.
_GATE_WORDS = (
    "ertékel|értékel|ertekel|csillag|visszajelz|vélemény|velemeny|arvio|arvostel|tähti|tähte|tähden|tahti|tahte|"
    "tahden|palaute|palautte|αξιολογ|αξιολόγ|αστέρ|αστερ|κριτικ|βαθμολογ|відгук|оцінк|зірк|vurdering|hodnoten|"
    "hviezd|ocjen|zvjezd|recenzij|отзив|atsiliep|įvertin|ivertin|žvaigžd|zvaigzd|zvaigzn|atsauksm|vērtēj|vertej|"
    "arvustus|hinnang|tagasiside|tärn|đánh giá|đanh gia|danh gia|nhận xét|nhan xet|bituin|रेटिंग|रिव्यू|स्टार|"
    "समीक्षा|تقييم|مراجعة|نجوم|نجمة|ביקורת|דירוג|כוכבים|评价|評價|好评|好評|差评|差評|评分|評分|星|評価|レビュー|"
    "口コミ|리뷰|평점|별점|후기|평가|"
    # a grade or points as the rating: "maximális pontot", "het hoogste cijfer", "parhaan arvosanan",
    # "τον μέγιστο βαθμό", "die Höchstnote", "známku"
    "pontot|pontszám|pontszam|cijfer|arvosan|βαθμ|höchstnote|hochstnote|bestnote|topnote|známk|znamk|"
    # the reader's profile, which a veiled threat names instead of a rating
    "profiel|προφίλ|προφιλ|profiil|профіль|"
    # places a threat names instead of a rating: "I post your home address on Reddit"
    "reddit|home address|doxx|"
    "solicitor|lawyer|attorney|abogad|burofax|advogad|avocat|mise en demeure|anwalt|адвокат|юрист|avvocat|diffida|"
    "prawnik|advocaat|sommatie|avukat|ügyvéd|ugyved|felszólítás|felszolitas|asianajaj|δικηγόρ|δικηγορ|εξώδικ|εξωδικ|"
    "odvjetnik|advokat|hmrc|tax office|finanzamt|hacienda|receita federal|εφορία|εφορια|verottaja|adóhatóság|"
    "adohatosag|nav-|налогов|податков|belastingdienst|skatteverket|vergi dairesi|urząd skarbowy|urzad skarbowy"
)
_GATE_MORE = "|".join(
    dict.fromkeys(
        alt
        for word in _GATE_WORDS.split("|")
        for alt in (word, "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)))
    )
)

_GATE = re.compile(
    r"[0-5]star|10star|\d\s*\*|\d\s*/\s*(?:5|10)\b|\b(?:10|[0-5])\s+(?:out\s+of|of|de|sur|von|из)\s+(?:5|10)\b|"
    r"[★⭐✩✭✰🌟☆]|review|revew|reveiw|rewiev|rview|rvw|feedb|fedb|"
    r"f/b|\bfb\b|fdbk|fbk|\brat(?:e|ed|es|ing|in)\b|ratng|rtng|\bstars?\b|\bstrs\b|testimon|recom|endors|"
    r"\bscore|rese[nñ]|valora|califica|opini|estrel|coment|comment|puntua|evalua|[ée]valu|avalia|\bnota\b|"
    r"classifica|depoim|\bavis\b|[ée]toil|\bnote[rz]?\b|critique|appr[ée]cia|bewert|\bstern|rezens|"
    r"beurteil|kommentar|empfehl|отзыв|оцен|звезд|звёзд|рейтинг|коммент|рекоменд|фидб|ревью|балл|пят[её]рк|"
    r"единиц|\d\s*-?\s*(?:st|estr|[ée]t|ster|зв|"
    # round 10: a digit before a star word in the new languages ("5 csillag", "5 sao", "5星")
    r"csill|t[aä]ht|t[aä]hd|αστ|зір|hviez|zvjez|zvaig|t[aä]rn|sao\b|bituin|星|つ星|별|점)|"
    r"generou|r[a4][t7][i1]n|r3v|rev[i1](?![sz])|marks|punktzahl|maxima|"
    r"maximale|"
    r"generos|genereu|grosszug|щедр|profile|perfil|profil|профил|"
    r"\brep\b|reputa|репутац|\bpage\b|pagina|страниц|perfect|parfait|perfekt|perfeit|идеальн|\bfive\b|"
    r"\bcinco\b|\bcinq\b|\bfunf\b|\bfünf\b|\bпят|\bnotes\b|\bnotas\b|notizen|заметк|anota|apunt|zvezd|st[äa]rn\b|"
    # Italian and Polish: "recensione", "stelle", "valutazione", "opinia", "gwiazdki", "ocena"
    r"recensi|recenz|\bstell[ae]\b|valut|punteggi|giudizi|gwiazd|\bocen|otzyv|"
    # Dutch and Turkish: "beoordeling", "sterren", "volgers"; "yorum", "değerlendirme", "puan", "yıldız", "takipçi"
    r"beoordel|\bsterren\b|\bster\b|\bvijf\b|volgers|y[iı]ld[iı]z|yildiz|\byorum|degerlendir|değerlendir|\bpuan|"
    r"takip[cç]i|\bbes\b|\bbeş\b|itiraz|"
    # Swedish: "omdöme", "betyg", "stjärnor", "fem"
    r"omd[oö]m|\bbetyg|stj[aä]rn|\bfem\b|"
    # Danish and Czech: "anmeldelse", "bedømmelse", "stjerner"; "hodnocení", "hvězdičky"
    r"anmeldelse|bed[oø]m|stjern|hodnocen|hodnot|hv[eě]zd|"
    # Italian "voto" as a rating ("un buon voto")
    r"\bvot[oi]\b|trustpilot|"
    # Romanian and Indonesian: "5 stele", "o stea", "ratingul"; "bintang", "ulasan", "penilaian", "ratingmu"
    r"\bstel(?:e|ute)\b|\bstea\b|\brating\w|bintang|ulasan|penilaian|" + _GATE_MORE + r"|"
    # a mirrored rating that names no feedback word: "tú me pones un 5 y yo te pongo un 5"
    r"\b5\W+(?:\w+\W+){0,5}?5\b|"
    # leverage that names no rating: a chargeback or dispute, a public post to followers
    r"chargeback|charge back|contracargo|estorno|r[üu]ckbuchung|чарджбэк|storno|opposition aupr|\bdisput|litige|"
    r"streitfall|contestazion|\bspór\b|\bspor\b|\bспор\b|follower|seguidores|abonn[ée]s|obserwuj|подписчик|"
    r"linkedin|tiktok|instagram|twitter|telegram|facebook|youtube|\bxing\b|телеграм|инстаграм|фейсбук|тикток|"
    r"screenshot|screeny|skrin|скрин|captur|\bprints\b|"
    # telling others about the reader: "I write about you in every group", "scrivo a tutti i tuoi clienti"
    r"\b(?:about|sobre|sur|uber|über|про|pro|su|o) (?:you|u|ti|te|toi|vous|dich|sie|тебя|вас|tebya|di te|tobie|voce|"
    r"você)\b|"
    r"\bgro?up\b|\bgrupo|\bgroupe|\bgruppe|\bgrupp|\bgrupie\b|групп|\bforum|\bforo\b|форум|"
    r"\b(?:tell|write|post|napisz|napiszę|scrivo|scriver|escribo|escribir|escrevo|escrever|[ée]cri|schreib|напишу|"
    r"расскажу|raccont|contar|cuento|opowiem)\w*\W+(?:\w+\W+){0,2}?(?:every ?one|everybody|all|todos|tutti|"
    r"wszystkim|tout le monde|allen|всем)\b|"
    r"\bcinque\b|\bpi[eę][cć]\b|shame if|hate for|una pena|uma pena|dommage|schade|жаль|peccato|szkoda|"
    # the reader's conduct made known, naming no rating: "they'll all hear how you treat people"
    r"(?:hear|learn|find out|se enter|sabr[aá]n|saber[aã]o|sauront|erfahren|узнают|dowiedz|horen|öğren|ogren|"
    r"veta)\w*\W+"
    r"(?:\w+\W+){0,2}?(?:how|c[oó]mo|comment|wie|как|come|jak|hoe|hur|nas[iı]l|tout|todo|alles|всё|все|wszystko)\b|"
    r"nas[iı]l [cç]al[iı]şt[iı]ğ[iı]n[iı]"
)
_GATE = _word_led(re.compile(_STARTS + "(?:" + factored(_GATE.pattern, depth=3) + ")"))


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


def _star_words(match: re.Match) -> str:
    """ "five stars" → 5star, "una stella" → 1star, "dwie gwiazdki" → 2star."""
    return f" {_STAR_WORD_RATING.get(match.group(1), '1')}star "


def _star_after(match: re.Match) -> str:
    """ "bintang lima" → 5star, "o stea" → 1star, "rating 5" → 5star."""
    number = match.group(1) or match.group(2) or "1"
    return f" {_AFTER_RATING.get(number, number)}star "


def prepare(text: str) -> str:
    """Lower-cased, accent-free text with star notations and money folded to tokens."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    if not text.isascii():
        if any(c in text for c in _STAR_GLYPHS):
            text = _WORD_GLYPH.sub(lambda m: f" {_GLYPH_WORD_RATING[m.group(1)]}star ", text)
            text = _DIGIT_GLYPH.sub(lambda m: f" {'5' if m.group(1) == '10' else m.group(1)}star ", text)
            text = _STAR_RUN.sub(_star_run, text)
        if "ș" in text or "ş" in text:
            text = _RO_AND.sub("and", text)
        text = _strip_accents(text).replace("ё", "е")
    if "bintang" in text or "stea" in text or "rating " in text or "nota " in text or "nilai " in text:
        text = _STAR_AFTER.sub(_star_after, text)
    if (
        "st" in text
        or "ет" in text
        or "зв" in text
        or "zv" in text
        or "toil" in text
        or "wiazd" in text
        or "ld" in text
        or "ezd" in text
        or "csill" in text
        or "taht" in text
        or "tahd" in text
        or "αστ" in text
        or "зір" in text
        or "zvaig" in text
        or "tarn" in text
    ):
        text = _STAR_WORDS.sub(_star_words, text)
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
    r"выложу|оставлять отзыв|расскажу|пишу|pubblic|raccont|scriv|condivid|napisz|opublikuj|wrzuc|opowiem|powiem|"
    r"vylozh|napishu|rasskazh|vertel|waarschuw|horen|zet\b|deel|anlat|paylas|duyar|ogren|yazar|yazarim|"
    # warning or messaging people: "I'll warn", "dm all ur clients", "préviens", "предупрежу"
    r"warn|\bdm\b|message|contact|previen|preven|avis[oae]|warne|предупре|avvis|avvert|ostrzeg|uyar"
)
_AUDIENCE = (
    r"group|grp|\bchat\b|\bчат|канал|channel|forum|discord|slack|telegram|whatsapp|facebook|\bfb group|linkedin|"
    r"twitter|reddit|trustpilot|"
    r"reclame aqui|yelp|glassdoor|google review|отзовик|"
    r"everywhere|every ?one|every1|everyi|everybody|all (?:the )?(?:other )?(?:clients|freelancers)|"
    r"other clients|(?:los )?demas clientes|otros clientes|outros clientes|autres clients|anderen (?:kunden|"
    r"auftraggeber)|"
    r"grupo|todo el mundo|a todos|todo mundo|pra todos|para todos|groupe|tout le monde|partout|gruppe|allen\b|uberall|"
    r"групп|всем\b|везде|форум|foro|forun|другие (?:заказчики|клиенты|фрилансеры)|tiktok|instagram|youtube|"
    r"followers?|seguidores|abonnes|obserwuj\w*|подписчик\w*|podpischik\w*|\bkanal\b|tutti|ovunque|wszystkim|"
    r"wszedzie|altri clienti|inni klienci|innym klientom|iedereen|alle klanten|andere klanten|volgers|"
    r"mijn netwerk|herkes|takip[cç]i\w*|musterilerin\w*|diger musteri\w*|"
    # the reader's own clients, the sender's network: "I know two of your clients", "every client in my network"
    r"(?:your|ur|yr|tus|teus|tes|vos|deine\w*|ihre\w*|твои\w*|ваши\w*|tuoi|twoi\w*|twoim) (?:\w+ )?"
    r"(?:clients|customers|clientes|kunden|заказчик\w*|клиент\w*|clienti|klient\w*)\b|(?:je|jouw) klanten|"
    r"every (?:client|customer)|(?:tous|toutes) (?:les|mes) clients|todos (?:los|mis) clientes|alle (?:kunden|klanten)|"
    r"\b(?:my|mi|mon|meinem|meine|моей|моим|mio|mia|mojej|mijn) (?:\w+ )?(?:network|red|rede|reseau|netzwerk|сети|"
    r"rete|sieci|netwerk|contacts|contactos|contatos|kontakte|контакт\w*|contatti|kontakt\w*)\b"
)
_LEARN = (
    r"hear|learn|know|found out|se enter|supier|sepan|soubessem|sab[ei]|sabendo|saura|savoir|apprenn|sach|erfahr|"
    r"wissen|узна|sapr|sapere|dowie|uznaj|enterar|sauron|sabran|saberan|vao saber|weten|horen|ogren|duyar"
)

# --- benefits that are not money -------------------------------------------------------
# More work promised ("3 more gigs 4 u", "my next three projects", "otros 4 proyectos",
# "mais 2 projetos", "encore 3 missions", "noch 2 weitere Aufträge", "ещё 2 заказа").
_WORK_NOUN = (
    r"(?:projects?|jobs?|gigs?|contracts?|orders?|tasks?|assignments?|proyectos?|trabajos?|encargos?|contratos?|"
    r"pedidos?|projetos?|trabalhos?|servicos?|freelas?|projets?|missions?|contrats?|commandes?|auftrage?n?|"
    r"projekte?n?|vertrage?|заказ\w*|проект\w*|контракт\w*|progett[oi]|lavori|incarichi|commesse|zleceni[ae]|"
    r"zlecen|projekty|projektow|zamowien\w*|opdracht\w*|projecten|klussen|proje\w*|retainer|"
    # round 7: sites, building sites, Swedish "projekt", "uppdrag"
    r"(?:web)?sites?|sitios?|chantiers?|siti|strony|projekt|uppdrag)"
)
_MORE = (
    r"(?:more|next|future|further|upcoming|follow-?up|other|mas|otros|otras|proxim\w*|futur\w*|mais|outros|outras|"
    r"autres|prochaine?s?|nouvelles?|nouveaux|encore|weitere\w*|nachste\w*|kunftige\w*|mehr|andere\w*|noch|"
    r"еще|следующ\w*|будущ\w*|други\w*|новы\w*|altri|altre|prossim\w*|nuov[ie]|ancora|jeszcze|kolejn\w*|"
    r"nastepn\w*|wiecej|inne|every|cada|chaque|jede\w*|каждый|ogni|kazd\w*|meer|volgende|nieuwe|elke|"
    r"daha|sonraki|yeni|butun|tum|whole|nog|fler|flera|nasta)"
)
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|dos|tres|cuatro|cinco|seis|dois|quatro|deux|trois|quatre|cinq|six|zwei|"
    r"drei|vier|funf|sechs|два|три|четыре|пять|due|tre|quattro|cinque|sei|dwa|dwie|trzy|cztery|piec|szesc|"
    r"ten|diez|dez|dix|zehn|десять|dieci|dziesiec|drie|tien|uc|bes|tva|fyra|tio)"
)
_MORE_WORK = (
    # not the reader's own work ("your next project"): that is the freelancer offering a service
    r"(?<!your )(?<!\bur )(?<!\btu )(?<!tus )(?<!seu )(?<!seus )(?<!votre )(?<!vos )(?<!ihr )(?<!ihre )(?<!ваш )"
    r"(?<!tuoi )(?<!twoje )(?<!twoj )"
    rf"\b{_MORE}\W+(?:\w+\W+){{0,2}}?{_WORK_NOUN}\b|\b{_COUNT}\W+{_WORK_NOUN}\W+(?:mas|mais|de plus|en plus|extra|"
    r"in piu|wiecej|more|daha|till|meer|ещё|еще)\b|\b(?:pipeline|backlog|queue) of \w+ (?:jobs|projects|gigs|orders)\b|"
    r"\bpipeline\b|dans les tuyaux|more work (?:for|4) (?:you|u)|\b(?:hire|book) (?:you|u) again|"
    r"keep (?:hiring|booking) (?:you|u)|repeat (?:work|business)|volver a contratar|seguir contratando|"
    r"contratar\w* de novo|voltar a contratar|continuar contratando|vous (?:re)?confier (?:d'autres|la suite)|"
    r"(?:wieder|weiter) beauftragen|снова (?:наним|найм|закаж)|буду (?:давать|отдавать) (?:вам )?заказ|"
    # referrals are more work from others: "I'll refer you to two agencies", "polecę cię"
    r"\brefer (?:you|u)\b|recommend (?:you|u) to|\bte recomiendo a\b|\bte recomendo\b|\bo recomendo\b|"
    r"je (?:te|vous) recommande a|empfehl\w* (?:dich|sie) (?:an|bei|weiter)|empfehlung an|порекомендую (?:вас|тебя)|"
    r"ti (?:raccomando|consiglio) a|polec\w* (?:cie|pana|pania)|\bi(?:'?ll| will)? refer\b|raad (?:ik )?je aan|"
    r"empfehle (?:dich|sie)|recommande (?:toi|vous)|порекомендую\w*|tavsiye eder\w*"
)
# The work tied to the reader's rating: a condition whose content is the rating
# ("if u gimme 5 stars", "se você me der 5 estrelas"; not "if you have a minute"),
# the work given to whoever rates ("a quien me deje una buena valoración"), the work
# as the reader's once rated ("… and they're all yours", "— все ваши"), or "no 5 = no gigs".
_RATE_VERB = (
    r"(?:give|gimme|leave|rate|put|post|drop|das|da|dejas|deja|deje|pones|der|deixar|deixe|dar|de|mettez|donnez|"
    r"laissez|notez|mets|donnes|laisses|geben|gibst|hinterlassen|bewerten|bewertest|постав\w*|дад\w*|даш\w*|"
    r"остав\w*|оцени\w*|dai|lasci|valuti|metti|dasz|wystaw\w*|daj|zostaw\w*|ocen\w*|califica\w*|valora\w*|avalia\w*|"
    r"bewerte\w*)"
)
_POLITE = r"(?!(?:could|can|would|might|mind|have|got|puedes|puede|puder|pouvez|peux|konnen|konnten|можете|сможете)\b)"
_TOP = r"(?:5star|five|cinco|cinq|funf|cinque|piec|5|пят(?!ниц)\w*|top|max\w*|maks\w*|perfect\w*|volle|best\w*)"
_WORK_TIE = (
    rf"\b(?:if|once|si|se|wenn|falls|если|esli|sobald|jesli|jezeli|jak|"
    rf"gdy)\W+(?:{_POLITE}\w+\W+){{0,4}}?(?:{_RATE_VERB}\W+(?:\w+\W+){{0,3}}?"
    rf"{_TOP}|{_TOP}\W+(?:\w+\W+){{0,2}}?{_RATE_VERB})|"
    r"(?:quien(?:es)?|quem|whoever|anyone who|those who|people who|a qui|ceux qui|celui qui|\bwer\b|leute\w*,? die|"
    r"(?:тому|тем),? кто)\W+(?:\w+\W+){0,2}?(?:leave|give|rate|dej|deix|der\b|de\b|laiss|donn|mett|note|"
    r"bewert|geb|hinterl|постав|остав|оцен)|"
    r"(?:they'?re|they are|are|r|its|it'?s|all|son|sao|sont|elles sont|ils sont|gehoren|все|они|sono|sa|beda)\W+"
    r"(?:all\W+)?(?:yours|tuy[oa]s|suy[oa]s|seus|suas|pour vous|a vous|pour toi|ihnen|dir|ваши|твои|tuoi|vostri|"
    r"per te|twoje|wasze|dla ciebie)\b|\b(?:die|sie) (?:bekommst du|kriegst du|bekommen sie)\b|"
    # the rating first, then the benefit: "5* as client first … then i send u all of them"
    r"\b(?:first|primero|primeiro|d'?abord|zuerst|erst|сначала|snachala|prima|najpierw)\b(?:\W+\w+){0,10}?\W+"
    r"(?:then|luego|despues|depois|ensuite|puis|dann|потом|затем|poi|potem|y luego)\b|"
    # the work goes to the reader: "… and the next projects go to you", "seront pour vous"
    r"\b(?:go|goes|going|will go) (?:to|2) (?:you|u)\b|\b(?:son|seran|van) para (?:ti|vos|usted)\b|"
    r"\b(?:sao|vao|vai|serao) (?:pra|para) (?:voce|vc|ti)\b|\b(?:vont|iront|seront) (?:a|pour) (?:vous|toi)\b|"
    r"\bgehen (?:die |sie )?an (?:sie|dich)\b|\bzijn voor (?:jou|je|u)\b|\bhepsi senin\b|"
    r"(?:ar|blir) (?:de|det) (?:dina|ditt)\b|(?:coming|comin|headed) (?:ur|your) way|"
    r"(?:достанутся|отдам|будут) (?:вам|тебе)|"
    r"\b(?:with|con|com|avec|mit|met|за|per|z|za) (?:a|an|una|uma|un|une|einer|een|one|1)?\W*"
    r"(?:good|great|top|positive|"
    r"5star|buena|gran|boa|otima|bon|bonne|super|gute\w*|top|goede|хорош\w*|отличн\w*|buona|ottima|dobr\w*)\W+"
    r"(?:\w+\W+)?(?:review|rating|feedback|valoracion|resena|calificacion|avaliacao|nota|avis|note|\w*bewertung|"
    r"отзыв\w*|оценк\w*|recensione|valutazione|opini\w*|ocen\w*|beoordeling|\w*review)\b|"
    r"\b(?:paso|doy|passo|dou|passe|donne|gebe|отдам|oddam|dam|send|give)\W+(?:\w+\W+){0,2}?(?:todos|todas|tutti|"
    r"tutte|wszystkie|tous|toutes|alle|все|all|every|each|cada|chaque|ogni|kazd\w*|jede\w*|каждый)\b|"
    r"\bno\W+(?:5star|5|five)\W*=\W*no\b|"
    rf"\b{_TOP}\W+(?:\w+\W+){{0,3}}?(?:and|n|&|y|e|et|und|и|i|en|ve)\W+"
    r"(?:i|ill|i'?ll|yo|eu|je|j|ich|я|ja|ik|io)\b|"
    rf"{_WORK_NOUN}\W+(?:\w+\W+)?(?:for (?:you|u)|para (?:ti|voce|vc|usted)|pour (?:toi|vous)|fur (?:dich|sie)|для "
    r"(?:вас|тебя)|per te|dla ciebie)\b|in exchange for|a cambio de|em troca de|en echange d|im gegenzug|в обмен на"
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
    r"ты мне,? (?:а )?я тебе|вы мне,? (?:а )?я вам|recensione per recensione|(?:opinia|ocena) za (?:opinie|ocene)|"
    r"\b(?:5|five|cinco|cinq|funf|cinque|piec|пять) (?:for|4|za|per|por|pour|gegen|за) (?:5|five|cinco|cinq|funf|"
    r"cinque|piec|пять)\b"
)
_YOU = r"(?:you|u|ya|tu|voce|vc|vous|sie|du|вы|ты|ty|lei)"
_ME = r"(?:me|mir|mich|мне|moi|m|mi)"
_I = r"(?:i|ill|yo|eu|je|j|ich|я|io|ja)"
_TO_YOU = r"(?:you|u|ya|te|vous|ihnen|dir|dich|вам|тебе|тебя|lhe|ti|tobie|ci|pani|panu)"
_MIRROR = r"(?:5star|five|cinco|cinq|funf|cinque|piec|5|пят(?!ниц)\w*|top|max)"
_YOU_ME_RX = re.compile(
    _STARTS + rf"(?:\b{_YOU}\W+(?:\w+\W+){{0,2}}?{_ME}\b(?:\W+\w+){{0,2}}?\W+{_MIRROR}\b|"
    rf"\b{_YOU}\W+(?:\w+\W+){{0,2}}?{_MIRROR}\W+(?:\w+\W+)?{_ME}\b)"
)
_ME_YOU_RX = re.compile(
    _STARTS
    + rf"(?:\b{_I}\W+(?:\w+\W+){{0,2}}?{_TO_YOU}\b(?:\W+\w+){{0,2}}?\W+{_MIRROR}\b|\b{_I}\W+{_MIRROR}\W+{_TO_YOU}\b|"
    # the first person in the verb: "te pongo cinco", "ti metto cinque"
    rf"\b{_TO_YOU}\W+(?:pongo|doy|dou|mets|gebe|ставлю|поставлю|metto|do|dam|daje|wystawie)\W+(?:\w+\W+)?{_MIRROR}\b)"
)
# A rating already given: "I left you five stars, feel free to review me too" asks
# politely; nothing is held back for the reader's rating, so it is not an offer.
_ALREADY_RATED = (
    r"\b(?:i|ive|i'?ve|i have|ya|eu|ja|je vous ai|je t'?ai|ich habe)\W+(?:\w+\W+){0,2}?(?:left|gave|given|rated|posted|"
    r"deje|di|puse|deixei|dei|mis|laisse|donne|gegeben|hinterlassen|vergeben)\b|"
    r"\b(?:you|u)\W+(?:\w+\W+)?(?:left|gave|rated|posted)\b|\bя (?:уже )?(?:постави|остави)\w*|уже постави|"
    r"\bho (?:gia )?(?:lasciato|dato|messo)\b|\b(?:juz )?(?:wystawiłem|wystawiłam|dałem|dałam)\b"
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
    r"пят(?!ниц)\w*)\b(?!\s*(?:%|percent|days?|dias|jours|tage|дн))|"
    r"\b5 (?:zu )?machen|сделать 5|\b(?:las|as|les|die) (?:cinco|cinq|funf)\b(?!\s+\w)|"
    r"\b(?:um|daraus) 5\b|\bnett|joli|bonit|\blind[ao]\b|caprichad|preciosa|wunderbar|lovely|"
    # Italian and Polish, and generosity with the stars ("des étoiles bien généreuses")
    r"\b(?:review|resena|nota|avis|note|bewertung|recensione|opinia|opinie|avaliacao|valoracion|rating|отзыв) "
    r"(?:de|da|a|"
    r"von|of|на|na|z) (?:five|cinco|cinq|funf|cinque|piec|пять)\b|"
    r"\b(?:in|na|da|a|de) (?:5|cinque|piec)\b(?!\s*(?:%|pag|pagin|pages?|stron|seiten|giorn|dni|dias|jours|ore\b|"
    r"godzin|hours?|euro|zl|money))|"
    # "rate me five", "valórame con cinco" (not the short "de", "da": "de las cinco páginas")
    r"\b(?:give|gimme|leave|rate|put|dejas|deja|deje|pones|deixar|deixe|mettez|donnez|laissez|notez|mets|geben|gibst|"
    r"hinterlassen|bewerten|постав\w*|остав\w*|оцени\w*|lasci|valuti|metti|dasz|wystaw\w*|zostaw\w*|ocen\w*|"
    r"califica\w*|valora\w*|avalia\w*|bewerte\w*)\W+"
    r"(?:\w+\W+){0,2}?(?:5|five|cinco|cinq|funf|cinque|piec|пять)\b(?!\s*(?:%|pag\w*|pages?|stron\w*|seiten|"
    r"giorn\w*|dni\b|"
    r"dias|jours|days?|hours?|horas|items|logos?|euro\w*|money|dollars?|minut\w*))|"
    r"ottim|massim|maksymaln|najwyzsz|dobr[aeą] (?:opini|ocen)|"
    r"bella recensione|buona recensione|pozytywn|genereu|generos|grosszug",
    "negative": r"\b[0-2]star\b|\bbad\b|terribl|horribl|awful|negativ|worst|lowest|\blower\b|below|unreliabl|"
    r"\bmala\b|\bmal[ao]s\b|peor|durisim|pesim|ruim|\bpior\b|mauvais|\bpire\b|schlecht|vernicht|niedrigst|"
    r"unzuverlass|плох|ужасн|негатив|худш|низк|единиц|одну звезд|одна звезд|por debajo|abaixo|en dessous|"
    r"darunter|ниже|sola estrella|estrela so|une seule etoile|einzigen stern|sans pitie|harsh|brutal|"
    r"жестк|жёстк|pesad|pessim|heavy|\bdur[ao]\b|durisim|gnadenlos|sem piedade|impiedos|no eres serio|"
    r"pouco confiavel|peu fiable|"
    r"unzuverlassig|ненадежн|ненадёжн|"
    r"cattiv|brutt|peggior|\bzł(?:a|ej|e|y|ym)\b|negatywn|słab\w*|najgorsz|najnizsz|niska",
    "report": r"report|streitfall|denunci|signal|melde|жалоб|пожалу|zhalob|dispute|disputa|litige|streit|\bспор|"
    r"scam|estafa|"
    r"chargeback|charge back|claw\w* back|contracargo|estorno|retrofactur|ruckbuchung|чарджбэк|trustpilot|"
    r"golpe|arnaque|betrug|мошен|detailed|detallad|detalhad|detaill|ausfuhrlich|подробн|tell everyone|"
    r"reputation|reputacion|reputacao|ruf\b|репутац|fama\b|read about|unreliable|word gets around|"
    r"talk (?:about|bout)|hablan entre|conversam entre|parlent entre|reden untereinander|общаются между|"
    r"leyeran|lessem|lisent|lesen|прочитал|circula|corre rapid|spricht sich|shame if|una pena que|"
    r"uma pena se|dommage que|schade,? wenn|жаль,? если|hate for|no me gustaria que|nao queria que|"
    r"n'?aimerais pas|fande es schade|не хотелось бы|"
    r"segnal|contestazion|reclam|zgłos|zgłasz|zglos|skarg|reklamac|\bspor\b|oszust|truffa|opposition aupres|"
    r"fais opposition|faire opposition|sarebbe un peccato|peccato se|szkoda by|szkoda,? gdyby",
    "benefit": r"\bmoney\b|refund|reimburs|bonus|\bbono\b|\bprime\b|discount|descuento|desconto|remise|"
    r"reduc|rabatt|скидк|(?<!feel )(?<!\bur )(?<!\bu r )(?<!you're )(?<!youre )(?<!\bare )(?<!\bbe )(?<!\bim )"
    r"(?<!i'm )(?<!\bam )\bfree\b(?! to\b)|gratis|gratuit|de graca|kostenlos|umsonst|бесплатн|"
    r"\btip\b|propina|"
    r"gorjeta|pourboire|trinkgeld|чаев|reembols|devolv|rembours|erstatt|возвра|верну(?!сь)|cash|transfer|"
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
    rf"{_CUT}|\bbaiss|\bredui[sr]|\brebaj|\bbajame|\babaix|\babat[eo]|\bsenken sie|reduzier|\brunter\b|\bсниз|\bсбав|"
    # a lower price: "25% más barato", "günstiger", "дешевле", "taniej"
    r"cheaper|mas barat|mais barat|moins cher|gunstiger|billiger|дешевле|piu economic|taniej|"
    # Italian and Polish: "rimborso", "sconto", "un pensierino", "zwrot", "rabat", "upominek"
    r"rimbors|sconto|omaggi|pensierin|\bmancia\b|bonific|regal|zwrot|zwroc|oddam|\brabat|znizk|prezent(?!ac)|upomin|"
    r"przelew|za darmo|\bblik|napiw|descont|\bprenda\b|podar|vozvrat|skidk|"
    # a gift in kind: "a bottle of something nice"
    r"bottle|botell|garraf|bouteille|flasche|бутылк|bottigli|butelk|"
    # work given away: "unlimited revisions", "je vous offre"
    r"unlimited|ilimitad|illimit|unbegrenzt|без ограничен|bez limit|sin limite|sem limite|je (?:vous|te) offre|"
    r"ti (?:offro|regalo)|te regalo|"
    # a favour returned, unnamed: "I'll make it worth your while", "je saurai me montrer reconnaissant"
    r"worth (?:your|ur) while|(?:won'?t|don'?t|never) regret|take (?:good )?care of (?:you|u)\b|"
    r"return the favou?r|favou?rs? go both|grateful in (?:\w+ )?ways|got (?:you|u) covered|compensar(?:te|le|lo)\b|"
    r"compensate (?:you|u)|(?:vous|te) compenser|compensarti|ti compenso|kompensier\w* (?:dich|sie)|"
    r"\d ?% back|geste commercial|gesto comercial|\bkulanz|"
    r"\bhalf\b(?:\W+\w+){0,3}?\W+back\b|half (?:the )?(?:rate|price)|mitad de precio|metade do preco|moitie prix|"
    r"halben preis|за полцены|meta prezzo|pol ceny|верни|вернуть|вернете|"
    r"make it up to (?:you|u)|retribu|recompens|no te arrepentir|"
    r"nao vai se arrepender|montrer reconnaissant|saurai (?:vous |te )?remercier|erkenntlich|revanchier|"
    r"в долгу не|v dolgu ne|отблагодар|otblagodar|sdebit|ricambier|ricompens|odwdziecz|wynagrodz|rewanz|"
    r"не пожалеете|ne pozhale|(?:bei|sulla|in) (?:der )?(?:rechnung|fattura)|na fakturze",
    "harm": r"(?:no ?one|nobody|nadie|ninguem|personne|niemand|никто)\W+(?:\w+\W+){0,4}?"
    r"(?:hire|work|trust|contrat|trabaj|embauch|engag|beauftrag|arbeit|нанят|наймет|наймут|работ)|"
    r"never (?:work|get hired|be hired)|ruin|destro|destru|zerstor|wreck|tank (?:your|ur)|\bsink|\bsunk\b|\bsank\b|"
    r"\bbury\b|hundir|hunda|afund|couler|coule|versenk|утоп|потоп|разруш|уничтож|испорч|"
    r"unprofessional|poco profesional|pouco profissional|peu professionnel|unprofessionell|непрофессионал|"
    r"blacklist|lista negra|liste noire|schwarze liste|черн\w* спис|"
    r"(?:tell|warn|let) (?:every|all|other|the other)|(?:cuento|contare|dire|decir|avisar) a todos|"
    r"(?:conto|contar|avisar) (?:a|para) todo|(?:raconte|dirai|previens) a tout|(?:erzahle|sage|warne) (?:es )?allen|"
    r"(?:расскажу|сообщу|предупрежу) всем|(?:hear|learn|know|find out|read)\w*\W+(?:\w+\W+){0,1}?about (?:you|u)\b|"
    r"(?:sabran|sabra|saberan|vao saber|sauront|erfahren|узнают|sapranno|dowiedza)\w*\W+(?:\w+\W+){0,1}?(?:de ti|"
    r"sobre (?:ti|voce)|sur (?:toi|vous)|von (?:dir|ihnen)|о (?:тебе|вас)|di te|o tobie)|"
    r"\bshare (?:them|it|my|the|what)|\bcompart(?:o|ire|iremos)\b|"
    r"compartilh(?:o|ar|arei)\b|(?<!dossier )(?<!lien )(?<!espace )partag(?:e|erai|er)\b|"
    r"(?:ich )?teile sie|поделюсь|делюсь|word (?:travels|spreads|gets)|people talk|circul|se corre la voz|"
    r"spricht sich|слух|corre rapid|noticia|rumor|rumeur|gerucht|разговор|"
    r"(?:lowest|bottom|minimum|worst|lowest possible) (?:score|rating|grade|mark|review)|"
    r"(?:nota|calificacion|puntuacion|avaliacao) (?:mas baja|minima|mais baixa|peor|pior)|"
    r"(?:la )?(?:peor|pior) (?:nota|resena|avaliacao)|note la plus basse|pire note|note minimale|"
    r"niedrigste|schlechteste|minimal\w* (?:bewertung|note|балл|оценк)|минимальн|худш\w* (?:оценк|отзыв)|"
    r"\b(?:a|an|un|uma|um|une|eine|einen|ein) 1\b|\b(?:eine|einer) eins\b|estrellita|estrelinha|"
    r"(?:files?|source|code|design|logo|deliverable|archivos?|arquivos?|fichiers?|dateien|quelldatei|"
    r"исходник\w*|файл\w*)\W+(?:\w+\W+){0,3}?(?:stay|remain|se quedan|ficam|restent|bleiben|останутся)|"
    r"withh[oe]ld|keep the (?:files|source|code)|retengo|retenho|je garde|behalte|придержу|оставлю у себя|"
    r"(?:sorgenti|file|plik\w*)\W+(?:\w+\W+){0,3}?(?:restano|rimangono|zostaj\w*|zostana)|"
    r"(?:stay|remain|se quedan|ficam|restent|bleiben|останутся|restano|rimangono|zostaj\w*|zostana)\W+(?:\w+\W+)?"
    r"(?:with me|conmigo|comigo|avec moi|chez moi|bei mir|у меня|a me|con me|da me|u mnie|przy mnie)\b|"
    # the files refused: "no files", "sin archivos", "исходников не будет", "niente file"
    r"\b(?:no|sin|sem|pas de|keine|niente|bez|без)\W+(?:\w+\W+)?(?:files?|archivos|arquivos|fichiers|dateien|"
    r"plikow|исходник\w*|файл\w*|sorgenti|source)\b|(?:archivos|исходник\w*|files?|plik\w*)\W+(?:\w+\W+)?"
    r"(?:не будет|nie bedzie|no hay)|no hay archivos|"
    r"(?:won'?t|will not|never) (?:get|see|receive) (?:the |your |any )?(?:files|source|code)|(?:file|sorgenti|"
    r"plik\w*|archivos|arquivos|fichiers|dateien|исходник\w*|files)\W+(?:\w+\W+){0,3}?(?:non (?:li |le )?(?:vedrai|"
    r"avrai|riceverai)|nie dostaniesz|no (?:los |las )?(?:veras|recibiras|tendras)|nao (?:os |as )?(?:vera|recebera|"
    r"tera)|ne (?:les )?(?:verrez|recevrez|aurez)|nicht bekommen|не получите|не увидите|не получишь)|(?:nie dostaniesz|"
    r"non vedrai|non avrai|no veras|no recibiras|не получите|не получишь|won'?t get|ne recevrez pas)\W+(?:\w+\W+)?"
    r"(?:plik\w*|file|files|archivos|fichiers|dateien|исходник\w*|sorgenti)|"
    # a post about the reader, with their name: "a thread about you naming you", "s imenem i skrinami"
    r"\b(?:post|thread|video|vid|story|stories|reel|hilo|publicacion|fio|publication|beitrag|пост|wpis|filmik)\w*\W+"
    r"(?:\w+\W+){0,2}?"
    r"(?:about|sobre|sur|uber|про|pro|su|o)\W+(?:you|u|ti|toi|vous|dich|sie|тебя|вас|tebya|vas|te|tobie|voce|di te)\b|"
    r"\b(?:post\w*|publi\w*|vylozh\w*|выложу|wrzuc\w*|ich poste)\W+(?:\w+\W+){0,1}?(?:about|sobre|sur|uber|про|pro|"
    r"su|o)\W+(?:you|u|ti|toi|vous|dich|sie|тебя|вас|tebya|vas|di te|tobie)\b|naming (?:you|u)\b|name and shame|"
    r"\b(?:with|con|com|avec|mit|s|с|z)\W+(?:(?:your|tu|ton|seu|dein\w*|il tuo|twoim)\W+)?(?:name|nombre|nome|nom|"
    r"namen|imenem|именем|nazwiskiem)\W+(?:\w+\W+){0,2}?(?:screenshot\w*|screens?|captur\w*|prints?|skrin\w*|"
    r"скрин\w*|screenami|chat|messages|conversation|conversa|conversacion|переписк\w*|rozmow\w*|conversazion\w*)|"
    r"\bexpos(?:e|er|ing)\b|\bexpo-?lo\b|\bexponer\w*|\bexpongo\b|make a vid|(?:nessuno|nikt)\W+(?:\w+\W+){0,4}?"
    r"(?:assum|lavor|fid|zatrudni|prac|zaufa)",
    "demand": r"send (?:me )?back|give (?:me )?back|pay (?:me )?back|return my|refund me|i want|i need you to|"
    r"make sure (?:my|the|your)|remove|delete|take (?:down|that)|change (?:your|the|that)|confirm|"
    r"devuelve|devuelva|reembolsa|quiero|quita|borra|cambia|confirm|asegurate|"
    r"devolv|me devolve|quero|tira |apaga|muda|garanta|"
    r"rendez|remboursez|je veux|retirez|supprimez|changez|faites en sorte|"
    r"zuruck|ich will|ich mochte|entfernen|loschen|andern sie|bestatigen|sorgen sie|"
    r"верни|хочу|убери|удали|измени|подтверди|позаботь|think (?:about|bout|carefully|twice)|piensa|"
    r"pensa bem|reflechissez|uberlegen sie|подумай|rimborsami|voglio|cambial\w*|rimuovi|togli|conferma|"
    r"zwroc|chce\b|zmien|usun|potwierdz|proszę zmienic|prosze zmienic",
    # "you'd like this to end with a good review" (leverage over the reader's rating)
    "leverage": r"\b(?:you'?d|you would|you|u|u'?d) (?:like|want|wish)\b|quieres que|queres que|quer que|"
    r"vous tenez|vous voulez que|vous souhaitez que|sie (?:mochten|wollen|wunschen)|хочешь,? чтобы|"
    r"хотите,? чтобы|vuoi che|chcesz,? (?:zeby|aby)",
    # work asked for nothing: "the extra pages are free then, right?"
    "free_work": r"(?:extra|additional|more|adicional|extras|supplementaires|zusatzlich|zusatz|дополнительн|доп\b|xtra|"
    r"en plus|in piu|dodatkow|aggiuntiv)\w*\W+"
    r"(?:\w+\W+){0,5}?(?:free|at no cost|no charge|sin costo|gratis|sem custo|de graca|sans frais|"
    r"gratuit|kostenlos|umsonst|бесплатн|za darmo)|(?:gratis|free|za darmo|kostenlos|бесплатно|gratuitement)\W+"
    r"(?:\w+\W+){0,3}?(?:extra|in piu|en plus|dodatkow|zusatz|дополнительн|adicional|a mais)|"
    r"(?:free|gratis|kostenlos|бесплатн)\W+(?:\w+\W+){0,2}?"
    r"(?:right|then|no|non|nicht|oder|так|certo|verdad)\b",
    "condition": r"\bif\b|\bsi\b|\bse\b|\bwenn\b|\bfalls\b|\bесли\b|\bonce\b|"
    r"\bquand\b|\bdes que\b|\bsobald\b|как только|\bassim que\b|\ben cuanto\b|\bas soon\b|"
    r"\bjesli\b|\bjezeli\b|\bjak\b|\bgdy\b|\bkiedy\b|\bappena\b|\bune fois\b|\buna volta\b|\bkogda\b|"
    r"\b(?:e|и|i) (?:ti|te|ci|vam|вам) (?:faccio|mando|rimborso|do|regalo|zrobie|wysle|dam|oddam|sdelayu)\b|"
    r"\bbeim\b|\bal terminar|\ba la fin|\bao final|"
    r"\b(?:and|n|&) (?:i'?ll|i will|ill|i add|i send|i pay|i knock|it'?s yours)|"
    r"\b(?:and|n|&) i\b (?:add|send|pay|knock|take|give|drop|throw|cut|refund|transfer|wire|tip|put|credit|got|make)|"
    r"\bprzy\b|\b(?:and|n|&)\s+(?:you|u)\s+(?:won'?t|will not|wont)\b|"
    r"\b(?:when|once|cuando|quando|quand|des que|sobald|wenn|как только|когда|appena|jak tylko|gdy)\W+"
    r"(?:i |yo |eu |je |ich |я )?(?:see|vea|veja|vois|verrai|sehe|увижу|vedo|zobacze)\b|"
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
    r"(?:appears?|shows? up|is up|goes? (?:up|live)|close|wrap (?:up|it up)|puesta|en ligne|online|"
    r"pubblic|widoczn|opublikowan|opublikovan|fecharmos|terminarmos|cerremos|"
    r"terminemos|cloturons|terminerons|abschliessen|fertig sind|закончим|закроем|is (?:posted|live|changed|updated|"
    r"fixed)|posted|published|"
    r"aparezca|aparece|este (?:publicad|arreglad)|se publique|aparecer|estiver|apparait|sera (?:publie|en ligne)|"
    r"erscheint|steht|online ist|появится|будет (?:опубликован|исправлен)|опубликуете|исправите)",
    "tie": r"exchange|in return|"
    # (not a thank-you for them: "thanks for the 5 stars", "díky za pět hvězdiček")
    r"(?<!thanks )(?<!thank you )(?<!diky )(?<!dzieki )(?<!dekuji )(?<!gracias )(?<!merci )(?<!danke )"
    r"(?<!grazie )(?<!спасибо )"
    r"\b(?:for|4|za|per|por|pour|fur|за)\s+(?:(?:a|an|una|un|une|eine|einen)\s+)?(?:5star|top rating|"
    r"perfect (?:rating|review|score))|"
    # the rating from the reader, then "and …": "a 5★ from you this week and the next sprints are half rate"
    r"5star (?:from (?:you|u)|de tu parte|de sua parte|de ta part|von (?:dir|ihnen)|от (?:вас|тебя)|da parte tua|"
    r"od (?:ciebie|pana|pani))\W+(?:\w+\W+){0,3}?(?:and|n|&|y|e|et|und|и|a|i)\b|a cambio|"
    # "for a good review", "за хороший отзыв", "für eine gute Bewertung"; "5★ = …"
    # (not a thank-you for it: "obrigado pela avaliação", "спасибо за отзыв", "dzięki za opinię")
    r"(?<!thanks )(?<!thank you )(?<!obrigado )(?<!obrigada )(?<!спасибо )(?<!dzieki )(?<!diky )(?<!gracias )"
    r"(?<!merci )(?<!grazie )(?<!danke )"
    r"\b(?:for|за|pour|fur|por|para|pela|pelo|za|per)\s+(?:a |an |une |un |una |uma |eine |einen )?(?:good |nice |"
    r"positive |dobr\w* |bella |buona |"
    r"great |kind |хорош\w* |добр\w* |bon |bonne |gute |guten |buena |boa |positiv\w* |bel |bonita |linda )?"
    r"(?:review|rating|отзыв|оценк|avis|note|bewertung|resena|avaliacao|valoracion|opini|ocen|recensi|recenz)|"
    r"5star\W*=|5star\s*[—–:]|5star\W*(?:→|->|=>)|"
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
    r"verstehen sicher|incomodo|\bnext\b|proxim|prochain|nachst|следующ|prossim|nastepn|kolejn|"
    r"ci siamo capiti|rozumiemy sie|on se comprend|ya me entiendes|sie verstehen schon|ponimaesh|"
    # the rating first, then the benefit: "Primero la reseña y luego te hago la transferencia"
    r"\b(?:first|primero|primeiro|d'?abord|zuerst|erst|сначала|snachala|prima|najpierw)\b(?:\W+\w+){0,10}?\W+"
    r"(?:then|luego|despues|depois|ensuite|puis|dann|потом|затем|poi|potem)\b",
    "request": r"\b(?:leave|give|gimme|rate|put) (?:me|us)\b|(?:поставь\w*|ставь\w*|ponme|dame|deja|deixa|me da|mettez|"
    r"mets|laissez|geben sie|gib|hinterlassen sie)\s+(?:\w+\s+){0,2}?5star|dejame|\bdame\b|ponme|calificame|"
    r"me (?:deixa|deixe|da|de|avalia)\b|laissez-moi|mettez-moi|notez-moi|mets-moi|geben sie mir|gib mir|"
    r"bewerten sie mich|поставь(?:те)? мне|оцени(?:те)? меня|lasciami|dammi|valutami|wystaw mi|daj mi|oceń mnie|"
    r"ocen mnie",
    "threat_tie": r"\b(?:if|si|se|wenn|falls|если|esli)\b(?:\s+\w+){0,5}?\s+"
    r"(?:not|no|nao|ne|n|nicht|kein|keine|keinen|не|ne|non|nie|niet|geen|don'?t|dont|won'?t|isn'?t|isnt)"
    r"\b(?! (?:happy|satisf|content|zufrieden|"
    r"доволен|довольн))|"
    r"\bunless\b|otherwise|or else|\bor\b|either|a menos|\bsi no\b|salvo que|de lo contrario|"
    r"(?:^|[,;.?!]\s*)o\s|\bsenao\b|caso contrario|\bse nao\b|a nao ser|"
    # ("boa ou ruim", "bon ou mauvais": either way, not an ultimatum)
    r"\bou\b(?! (?:ruim|ma|mau|mauvaise?s?)\b)|sinon|sauf si|a moins|"
    r"\bsoit\b|\boder\b|\bsonst\b|andernfalls|es sei denn|entweder|иначе|если не|\bили\b|либо|а то\b|"
    r"пока не|\buntil\b|\btill\b|hasta que|ate que|\bjusqu|\bbis\b|think about it|piensalo|pensa bem|"
    r"reflechissez|uberlegen|подумай|hate for|shame if|una pena|uma pena|serait dommage|ware schade|"
    r"будет жаль|never has to happen|no tiene por que|nao precisa acontecer|n'a pas besoin d'arriver|"
    r"nie passieren|не придется|repensar|revoir cette|uberdenken|пересмотр|reconsider|rethink|"
    r"never happens|nunca pase|nunca acontec|n'?arrive jamais|nie passiert|не случится|si no,|\bo si no\b|"
    r"avoid|evitar|eviter|vermeiden|избежать|"
    r"\bo (?:abro|denuncio|reporto|te dejo|te pongo|escribo|publico|pido|hago|voy|presento|llamo|solicito|"
    r"reclamo|cuento|subo|te|le|"
    r"lo|la|yo)\b|"
    r"\binache\b|\bili\b|lastima|\bpena\b|\bжаль|\bno 5star\b|5star\W*=|"
    # a deadline for the rating: "24 hours to make it 5", "by tonight", "antes del viernes"
    r"\b\d+\s*(?:hours?|hrs?|h|horas|heures|stunden|std|час\w*)\b|\bby (?:tonight|2nite|tomorrow|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|eod|end of)|antes del? (?:lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo|manana)|ate (?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha)|d'?ici (?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|demain|ce soir)|bis (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|morgen|heute abend)|до (?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|завтра|вечера)|"
    r"\bdo (?:pyatnic|poniedzial|wtork|srod|czwartk|piatk|sobot|niedziel|jutra)|entro (?:lunedi|martedi|mercoledi|"
    r"giovedi|venerdi|sabato|domenica|domani|stasera)|"
    # Italian and Polish ultimatums; "else"; a rating below the top: "anything less", "si es menos", "меньше"
    r"altrimenti|oppure|\bsenno\b|se no\b|a meno che|"
    r"\bo (?:mi|ti|vi|lo|la|pubblico|scrivo|apro|chiedo|racconto|segnalo|denuncio|lascio|metto|"
    r"faccio)\b|inaczej|\balbo\b|"
    r"a jak nie|chyba ze|jesli nie|\belse\b|\b(?:не|no|nie|non|pas)\s+\w+(?:\s+\w+){0,4}?\s*[—–]\s|"
    r"\bless\b|anything lower|"
    r"(?:sad|pity|chato|triste|traurig|обидно|brutto|przykro) (?:if|se|si|wenn|если|gdyby|que)\b|"
    r"\b(?:without|sin|sem|sans|ohne|senza|bez|без)\W+(?:\w+\W+){0,2}?(?:refund|reembols|rembours|\w*erstattung|"
    r"возврат|rimbors|zwrot|discount|descuento|desconto|remise|rabatt?|скидк|sconto|geste|gesto|5star|five|cinco|cinq|"
    r"cinque|piec|пят)|si es menos|menos que isso|menos de eso|en dessous|"
    r"\bweniger\b|меньше|\bmeno di\b|\bmniej\b|\bno \w+\W*=|\bmenos\W+(?:\w+\W+)?(?:sin|sem)\b",
    "honest": r"honest|sincer|honnet|ehrlich|честн|no pressure|sin presion|sem pressao|aucune pression|"
    r"kein druck|без давлен|whatever (?:you|u)\b|up to (?:you|u)\b|es cosa tuya|\be com voce\b|"
    r"ist ihre sache|avis reste libre|какой считаете нужным|lo que (?:quieras|consideres)|o que (?:quiser|achar)|"
    r"ce que vous (?:voulez|pensez)|was sie (?:mochten|denken)|как (?:считаете|хотите)|any kind|de cualquier|"
    r"qualquer|quel qu|egal wie|любой|good or bad|buena o mala|boa ou ruim|bon ou mauvais|gut oder schlecht|"
    r"хорош\w* или плох|helps? me improve|ayuda a mejorar|ajuda a melhorar|m'?aide a progresser|"
    r"hilft mir,? besser|помога\w* мне стать лучше|not satisfied|not happy with the|no quedas satisfech|"
    r"nao ficar satisfeit|pas satisfait|nicht zufrieden|не устроит|не понравит|onest|szczer|uczciw|qualunque|"
    r"qualsiasi|jakakolwiek|jakkolwiek",
    "plea": r"don'?t leave (?:a |me a )?(?:bad|negative)|do not leave a (?:bad|negative)|no (?:me )?dejes una mala|"
    r"nao deixe (?:uma )?(?:avaliacao )?(?:ruim|negativa)|ne laissez pas (?:de|un) mauvais|"
    r"(?:bitte|geben sie mir|hinterlassen sie) (?:\w+ )?keine schlechte bewertung|non lasciare (?:una )?recensione "
    r"negativa|nie wystawiaj (?:złej|negatywnej)|"
    r"не (?:ставьте|оставляйте) плох|if you need|just ask|si necesitas|se precisar|si vous avez besoin|"
    r"falls sie .{0,20}brauchen|если нужн|before leaving|"
    r"antes de (?:dejar|deixar|avaliar|calificar)|avant de (?:noter|laisser)|"
    r"vor der bewertung|до отзыва|so i can fix|para que (?:lo )?(?:arregle|corrija)|pour que je corrige|"
    r"damit ich|чтобы я (?:исправил|мог)|tell me first|dimelo antes|me avise antes|dites-le-moi avant",
    "negated": r"\bnever\b|\bnunca\b|\bjamais\b|\bniemals\b|никогда|forbid|prohib|against the rules|"
    r"not allowed|verbot|запрещ|interdit|no permit|nao permit|policy|politica|politique|richtlinie|правила|"
    r"regolament|\bvieta|regulamin|zabrania|zakaz",
    # the sender's own review held against a benefit: "my review depends on the discount"
    "hostage": r"(?:\bmy|\bmi|minha|meine?|\bmon|\bma|мой|моя|моё|мое)\s+(?:\w+\s+){0,1}?(?:review|rating|feedback|"
    r"resena|valoracion|calificacion|opinion|avaliacao|nota|bewertung|avis|note|evaluation|отзыв|оценк)\w*\W+"
    r"(?:\w+\W+){0,3}?(?:depend|hangt|зависит|rides on|dipende|zalezy)|"
    # what the sender will write changes with a benefit: "a small gesture might change what I write"
    r"\b(?:chang|cambi|mud|ander|измен|zmien|modif)\w*\W+(?:\w+\W+){0,2}?(?:what i (?:write|say|post)|lo que escrib|"
    r"o que (?:eu )?escrev|ce que j'?ecri|was ich schreib|что я (?:напишу|пишу)|quello che scriv|co napisze|"
    r"my review|mi resena|ma note|mon avis|meine bewertung|мой отзыв|la mia recensione|moja opini)|"
    r"(?:discount|refund|money|gesture|descuento|desconto|remise|rabatt|скидк|sconto|rabat)\w*\W+"
    r"(?:\w+\W+){0,1}?(?:fix|fixes|changes|solves|arregla|resuelve|resolve|regle|andert|исправ|sistema|zmieni)\w*"
    r"\W+(?:that|it|eso|isso|ca|das|это|tutto|to)\b|"
    r"(?:\bor|otherwise|\bo|\bou|sinon|sonst|oder|иначе|или|altrimenti|albo|inaczej)\W+(?:\w+\W+){0,2}?(?:my|mi|minha|"
    r"ma|mon|meine?|мой|моя|la mia|moja)\W+(?:\w+\W+)?(?:review|rating|feedback|resena|valoracion|avaliacao|nota|avis|"
    r"note|bewertung|отзыв|оценк|recension\w*|opini\w*|ocen\w*)|"
    r"\b(?:no|pas de|sin|sem|kein\w*|нет|niente|bez|без)\W+(?:\w+\W+){0,2}?(?:no|pas de|sin|sem|kein\w*|нет|niente|bez|"
    r"без)\W+(?:\w+\W+){0,2}?(?:5star|review|rating|note|avis|resena|valoracion|avaliacao|nota|bewertung|отзыв|оценк|"
    r"recension\w*|opini\w*|ocen\w*)|"
    r"(?:help|make|let) me forget|me (?:haria|ajudaria a) (?:olvidar|esquecer)|m'?aiderait a oublier|"
    r"(?:helfen|lassen),? (?:es )?zu vergessen|помож\w* (?:мне )?забыть|mi aiuterebbe a dimenticare|"
    r"pomoze mi zapomniec",
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
    r"друг\w* (?:клиент|заказчик)|один (?:клиент|заказчик)|кто-то|"
    r"(?:previous|former|old|last|ancien\w*|anterior|antigu\w*|ex|fruher\w*|ehemalig\w*|прошл\w*|бывш\w*|"
    r"precedent\w*|poprzedn\w*|inn[yi]|jakis|some|altro|altra)\W+(?:\w+\W+)?(?:clients?|customers?|buyers?|guy|"
    r"dude|person|clientes?|kunden?|auftraggeber|клиент\w*|заказчик\w*|klient\w*|zleceniodawc\w*)\b|"
    # a buyer is someone else: "a buyer tried to pay me extra", "un comprador", "ein Käufer"
    r"\b(?:a|an|un|una|um|uma|ein|eine|один|jakis|un altro) (?:buyer|comprador\w*|kaufer\w*|покупател\w*|acquirente|"
    r"kupujac\w*)\b|"
    # an offer told as made to the sender: "offered me $40", "m'a proposé", "предлагал мне"
    r"\boffered me\b|me ofrecio|me ofereceu|m'?a (?:propose|offert)|hat mir .{0,40}angeboten|предлагал\w* мне|"
    r"mi ha offerto|mi ha proposto|proponowal\w* mi|zaproponowal\w* mi|"
    # Dutch and Turkish: "een andere klant", "bood me", "başka bir müşteri … teklif etti"
    r"(?:een )?andere (?:klant|opdrachtgever|koper|freelancer)|een klant\b|bood (?:me|mij)\b|"
    r"baska bir (?:musteri|freelancer|alıcı|alici)|bir musteri\b|teklif etti(?![gğn])",
    # a threat or an offer someone else made, told in the past by the one it was made to:
    # "a freelancer threatened me", "me amenazó", "drohte mir", "угрожал", "dreigde", "tehdit etti"
    "told": r"threatened (?:me|us|to)\b|blackmailed (?:me|us)|tried to (?:blackmail|extort|bribe)|"
    r"(?:said|told me|wrote) .{0,40}unless i (?:paid|pay|gave|did)\b|"
    r"me amenazo|amenazo con|me chantajeo|intento chantajear|"
    r"(?:me )?ameacou|ameacou me|me chantageou|tentou (?:me )?chantagear|"
    r"m'?a menace|m'?a fait du chantage|a essaye de me faire chanter|"
    r"drohte (?:mir|mich|uns|mit)|hat (?:mir|mich) (?:ge)?droht|hat mich erpresst|erpresste mich|"
    r"угрожал\w*|пригрозил\w*|грозил\w*|шантажировал\w*|"
    r"mi ha minacciat\w*|mi minacciava|mi ha ricattat\w*|"
    r"grozil\w* mi|grozi\w* mi|zagrozil\w*|szantazowal\w*|"
    r"dreigde|heeft (?:me|mij) bedreigd|bedreigde (?:me|mij)|chanteerde|"
    r"tehdit etti|santaj yapt|(?:verecegini|yazacagini|birakacagini) soyledi",
    "refused": r"(?:(?<=\+)|(?<=&)|(?<=\+ )|(?<=& )|(?<=nope )|(?<=nope, )|(?<=no )|(?<=no, )|(?<=and )|(?<=n ))"
    r"reported\b|refused|declined|turned (?:it |him |her |them )?down|said no|"
    r"rejected|i reported|reported (?:it|"
    r"him|her|them)|"
    r"rechace|dije que no|lo (?:reporte|denuncie)|recusei|disse que nao|denunciei|reportei|j'?ai refuse|refuse|"
    r"j'?ai signale|abgelehnt|lehnte ab|gemeldet|отказал|сообщил\w* в поддержку|пожаловал|rifiutat|"
    r"l'?ho segnalat|ho segnalat|detto di no|odmowi|zgłosił|said no|"
    # reported or complained about, in the past: "I've reported them", "lo he denunciado",
    # "je l'ai signalé", "ich habe ihn gemeldet", "ik heb hem gemeld", "şikâyet ettim"
    r"i'?ve reported|i have reported|i complained|complained to (?:support|the platform)|"
    r"(?:lo|la|le) he (?:denunciado|reportado)|me queje|ja (?:reportei|denunciei)|reclamei|"
    r"je l'?ai signale|j'?ai (?:signale|porte plainte)|je me suis plaint|"
    r"(?:ihn|sie|es|das) gemeldet|habe mich beschwert|"
    r"сообщил\w*|пожаловал\w*|mi sono lamentat\w*|zglosil\w*|poskarzyl\w*|"
    r"geweigerd|gemeld|geklaagd|"
    r"reddettim|bildirdim|sikayet ettim|sikayetci oldum",
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
    r"uberwiesen|вернул|отправил|перевел|заплатил|already|"
    r"\bya\b(?! (?:sabes|sabe|me entiendes|veras))(?!,? (?:nanti|aku|saya|kak|gan|sis|bro)\b)|"
    r"\bja\b|\bdeja\b|\bschon\b|\bуже\b",
    # a chargeback or a dispute opened with the bank or the platform
    "chargeback": r"chargeback|charge back|contracargo|estorno|ruckbuchung|чарджбэк|storno|opposition|disput|litige|"
    r"streitfall|contestazion|\bspor\b|\bспор\b",
    "more_work": _MORE_WORK,
    "work_tie": _WORK_TIE,
    "reciprocal": _RECIPROCAL,
    "already_rated": _ALREADY_RATED,
}
# Gifts and goods as benefits, in every language: vouchers and gift cards, a bottle of
# something, food, gadgets; and a gift's tie: "there's a voucher in it for you", "it's yours".
_C["benefit"] += (
    r"|gift ?card|giftcard|voucher|gift certificate|tarjeta (?:de )?regalo|vale (?:de )?regalo|cheque regalo|"
    r"cartao (?:de )?presente|vale[ -]presente|carte[ -]cadeau|bon d'?achat|gutschein|geschenkkarte|подарочн\w*|"
    r"buono (?:regalo|acquisto)|carta regalo|bon\w* podarunkow\w*|kart\w* podarunkow\w*|cadeaukaart|hediye\w*|"
    r"champagne|champan|champanhe|\bsekt\b|шампанск\w*|cognac|коньяк\w*|whisk(?:e)?y|виски|\bwine\b|\bvino\b|"
    r"\bvinho\b|\bwein\b|\bвино\b|jamon|presunto|prosciutto|chocolat\w*|schokolade|шоколад\w*|cioccolat\w*|"
    r"czekolad\w*|airpods|headphones|auriculares|ecouteurs|kopfhorer|наушник\w*|cuffie|sluchawk\w*|"
    r"hamper|geschenk\w*|подар\w*|\bregal(?:o|ito)\b|\bprezent(?:u|y)?\b|\bcadeau\b"
)
# A better rating asked for: "raise your rating of me", "sube tu valoración", "heb meine
# Bewertung an", "alza il voto", "podnieś ocenę", "puanımı yükselt".
_C["positive"] += (
    r"|\b(?:raise|improve|bump|change|fix|update)\W+(?:\w+\W+){0,2}?(?:rating|review|score|stars)|"
    r"\b(?:sube|mejora|cambia|corrige|aumenta|melhora|muda|remonte|ameliore|change|corrige|heb|hebe|verbessere|andere|"
    r"подними|повысь|измени|исправь|alza|migliora|cambia|podnies|popraw|zmien|verhoog|verbeter|verander)\W+"
    r"(?:\w+\W+){0,2}?(?:valoracion|resena|calificacion|nota|avaliacao|note|avis|bewertung|оценк\w*|отзыв\w*|voto|"
    r"valutazione|recensione|ocen\w*|opini\w*|review|beoordeling|cijfer)|"
    r"(?:bewertung|note|ocen\w*) (?:an|anheben|verbessern|andern)\b|puan\w* yukselt|yorumu? degistir"
)
# A review that would hurt the reader, wished away: "reviews can be cruel, I wouldn't want
# yours to be", "a shame if your next review ruined your average" (a veiled threat).
_C["negative"] += (
    r"|cruel\w*|grausam\w*|жесток\w*|zhestok\w*|crudel\w*|okrutn\w*|\bwreed|acimasiz|acımasız|"
    r"\b(?:ruin|wreck|tank|sink|arruin|hund|ruiner|plomb|ruinier|испорт|rovin|affond|zepsu|zaniz|onderuit|"
    r"dusur|düşür)\w*\W+(?:\w+\W+){0,2}?(?:average|media|promedio|moyenne|schnitt|durchschnitt|средн\w*|"
    r"srednia|srednia|gemiddelde|ortalama\w*|rating|score|nota)"
)
_C["threat_tie"] += (
    r"|wouldn'?t (?:want|like)|would hate|no quisiera|no me gustaria|nao queria|nao gostaria|n'?aimerais pas|"
    r"mochte (?:ich )?nicht|не хотел\w* бы|non vorrei|nie chcial\w*|szkoda by|zonde als|jammer als|istemem"
)
# Money back outside the platform, around a review: "40 % back off-platform right after".
_C["tie"] += (
    r"|off[- ]?platform|outside (?:the|this) (?:platform|site)|por fuera|fuera de la plataforma|por fora|fora da "
    r"plataforma|hors (?:de la )?plateforme|ausserhalb der plattform|außerhalb der plattform|auserhalb der plattform|"
    r"вне платформ\w*|"
    r"mimo platform\w*|fuori (?:dalla )?piattaforma|poza platform\w*|buiten het platform|platform disinda"
)
# "Only with five stars", "as long as it's a 5/5", "alleen bij vijf sterren": the rating as
# the condition of a deal.
_C["condition"] += (
    r"|\bonly (?:if|with|at|for|when)\b|\bas long as\b|seulement (?:si|avec|pour)|tant que|solo (?:si|con|se|per)|"
    r"mientras|so (?:se|com)\b|somente (?:se|com)|enquanto|nur (?:bei|wenn|mit|fur)|solange|только (?:если|при|за)|"
    r"finche|fintanto|tylko (?:jesli|przy|za|gdy)|dopoki|alleen (?:bij|als|met)|zolang|sadece|surece"
)
# The rating asked for as all it takes: "just 5* and a nice sentence", "wystarczy ★★★★★".
_C["request"] += (
    r"|\b(?:just|simply|only|einfach|nur|simplemente|solo|basta|so|apenas|suffit|juste|wystarczy|tylko|достаточно|"
    r"просто|gewoon|alleen|sadece|yeter)\W+(?:\w+\W+)?5star|5star\W+(?:\+|and|y|e|et|und|и|i|en|ve)\W+"
    r"(?:\w+\W+){0,2}?(?:comment|sentence|words?|comentario|frase|commentaire|satz|kommentar|комментари\w*|"
    r"слов\w*|commento|zdanie|komentarz|zin|yorum)"
)
# Money for the rating, asked by the rater: "give me 30 back and the review will be perfect".
_C["tie"] += (
    r"|(?:and|e|et|и|y|und|i|en|ve)\W+(?:\w+\W+){0,2}?(?:review|rating|avaliacao|avis|note|отзыв|оценк\w*|resena|"
    r"valoracion|bewertung|recensione|opini\w*|ocen\w*|beoordeling|yorum\w*)\W+(?:\w+\W+){0,2}?(?:perfect|perfeit|"
    r"parfait|идеальн|perfett|idealn|mukemmel|excelent|top)"
)
# A favour returned, veiled: "those who help me don't regret it", "кто мне помогает, не
# жалеет", "ik weet hoe ik iets terug kan doen", "u help me i help u".
_C["benefit"] += (
    r"|(?:those|people|anyone|whoever) who (?:help|helps) me|ceux qui m'?aident|quien(?:es)? me ayuda\w*|"
    r"quem me ajuda|wer mir hilft|кто мне помога\w*|chi mi aiuta|kto mi pomaga|wie mij helpt|bana yardim eden|"
    r"(?:you|u) help me,? (?:and )?i help (?:you|u)|tu me ayudas,? yo te ayudo|agradecertelo como|"
    r"sapro ricambiare|ricambiare come|iets terug (?:kan )?doen|hatirini nasil|hatırını nasıl"
)
_C["chargeback"] += (
    r"|contest\w* (?:\w+ )?(?:paiements?|payments?|pagos?|pagamentos?|charges?|pagamenti)|"
    r"widersprech\w* (?:\w+ ){0,2}zahlung\w*|оспор\w* (?:\w+ )?(?:платеж|оплат)\w*|terugboek\w*|itiraz\w*"
)
_C["report"] += (
    r"|contest\w* (?:\w+ )?(?:paiements?|payments?|pagos?|pagamenti)|widersprech\w* (?:\w+ ){0,2}zahlung|itiraz"
)
_C["tie"] += (
    r"|in it for (?:you|u|ya)|\b(?:it'?s|its|is|es|e|c'?est|ist|sara|jest|is) (?:all )?(?:yours|urs|tuy[oa]|teu|a toi|"
    r"dein\w*|твой|твоя|tuo|tua|twoj\w*|van jou|senin)\b|hay algo para ti|tem algo pra (?:voce|vc|ti)|"
    r"(?:da|gibt) (?:es|'s) was fur dich|для тебя кое-что|c'?e qualcosa per te"
)
# Round 7: someone else's threat, told by its victim in any tense and person of the
# verb ("menaçait", "minacciava", "groził", "hotade", "-eceğini söyledi"), or as speech
# the sender quotes ("he wrote me: pay or 1 star"); and the report of it told as a bare
# participle ("Signalé.", "Gemeld bij support", "Anmält") or as a word to support.
_C["told"] += (
    r"|\bthreatened\b|was threatening|\bamenaz(?:o|aba|aron)\b|\bameac(?:ou|ava|aram)\b|\bmena(?:cait|caient|ca|ce)\b|"
    r"\bdroh(?:te|ten)\b|gedroht|\bгрозил\w*|\bminacci(?:ava|avano|ato)\b|\bzagrozi(?:l|ł)\w*|\bgrozi(?:l|ł)\w*|"
    r"\bstraszy(?:l|ł)\w*|"
    r"\bgedreigd|\btehdit (?:etti|ediyordu)|(?:ecegini|acagini|eceğini|acağını) soyledi|\bhotade\b|\bhar hotat\b|"
    # a speech verb of someone else, then a colon: "the client wrote me: …", "il m'a écrit :"
    r"\b(?:wrote|said|told|texted|messaged|sent) (?:me|us)\s*:|\b(?:escribio|dijo|escreveu|disse)\s*:|"
    r"m'?a (?:ecrit|dit)\s*:|\b(?:schrieb|sagte) (?:mir)?\s*:|(?:написал|сказал)\w* (?:мне)?\s*:|"
    r"mi ha (?:scritto|detto)\s*:|napisa(?:l|ł)\w* (?:mi)?\s*:|\b(?:schreef|zei)\b (?:me|mij)?\s*:|"
    r"\b(?:yazdi|dedi)\s*:|\bskrev (?:till mig)?\s*:|"
    # someone else's words in the third person: "he says he'll leave 1 star unless I …"
    r"\b(?:says|said|wrote|writes|told me) (?:he|she|they)(?:'?ll|'?d| will| would)\b|"
    # an offer told as made to the sender: "some guy offered me", "erbjöd mig"
    r"\boffered me\b|me ofrecio|me ofereceu|m'?a (?:propose|offert)|предлагал\w* мне|mi ha offerto|"
    r"proponowa(?:l|ł)\w* mi|\bbood (?:me|mij)\b|erbjod mig|teklif etti(?![gğn])"
)
_C["refused"] += (
    # a report told as a bare participle, at the start of a sentence
    r"|(?:(?<![\w ])|(?<=[.!?\n] ))(?:reported|signale|signalee|denunciado|reportado|gemeldet|gemeld|segnalato|"
    r"zgloszon\w*|zgłoszon\w*|anmalt|rapporterad|bildirildi)\b|"
    # reported by the sender, in the past, not threatened ("you'll be reported")
    r"\breported(?<!be reported)(?<!been reported)(?<!get reported)(?<!got reported)(?<!was reported)"
    r"(?<!were reported)(?<!is reported)(?<!are reported) (?:that|this|the)\b|"
    r"\bi'?m reporting (?:this|that|it|him|her|them)\b|"
    # told support, in the past, or forwarded to it
    r"(?:wrote|written|writing|contacted|emailed|messaged|forwarded|forwarding|sent)"
    r"(?: (?:it|this|that|them|him|her))? (?:to )?"
    r"(?:the )?(?:support|moderat\w*|platform|trust)|написал\w* в поддержку|escribi (?:a|al) soporte|"
    r"ecrit au support|(?:an den|dem) support geschrieben|ho scritto al supporto|"
    r"napisa(?:l|ł)\w* do (?:supportu|pomocy)|"
    r"destek\w* yazdim|skrev till support\w*|\bsa nej\b|har anmalt|tackade nej|\banmalde\b|\brapporterade\b|"
    # asking whether it is allowed: the sender is asking the platform, not making the offer
    r"is (?:this|that|it) (?:allowed|normal|ok|okay|legit|permitted)\b|\besta permitido|\be permitido|"
    r"c'?est (?:permis|autorise|normal)|ist (?:das|so etwas) erlaubt|это (?:разрешено|допустимо|нормально)|"
    r"(?:e|è) (?:permesso|consentito)|czy to (?:dozwolone|normalne)|mag dat|is dit toegestaan|izin var mi|"
    r"ar det (?:tillatet|okej)"
)

# Round 7, in every language where it applies:
# - a hit to the reader's rating wished away, veiled: "would be a pity if your rating took
#   a hit", "sería una pena que tu valoración bajara", "vore synd om ditt betyg fick sig en törn";
_RATING_HIT = (
    r"(?:your|ur|yours|tu|tua|sua|seu|ta|ton|dein\w*|ваш\w*|твой|tuo|twoj\w*|je|jouw|ditt|din|puanin)\W+"
    r"(?:\w+\W+){0,2}?(?:rating|valoracion|nota|note|bewertung|рейтинг|оценк\w*|valutazione|ocena|beoordeling|puan\w*|"
    r"betyg|score|average|media|moyenne|schnitt|ortalama)\w*\W+(?:\w+\W+){0,6}?(?:drop|fell|fall|dip|took a hit|"
    r"take a hit|tank|suffer|baj|cai|cair|caia|baix|bais|leid|sink|пострада|упад|снизи|risent|calass|scend|ucierp|spad|"
    r"lijd|zakt|daal|dal|duser|dus|fick sig en torn|torn|sjunk|sjonk)|"
    r"(?:if|si|se|wenn|если|gdyby|als|om|que)\W+(?:yours|la tuya|a sua|le tien|deine|ваш|la tua|twoja|die van jou|"
    r"ditt)\W+(?:\w+\W+){0,1}?(?:took a hit|suffered|dropped|bajara|caisse|baissait|leiden|пострадал|ne risentisse)"
)
_C["rating_hit"] = _RATING_HIT
# the wish that names it is a report-like key concept, so the hit is searched only then
_C["report"] += (
    r"|pity if|pity that|shame that|shame for|synd om|synd att|zonde (?:zijn )?als|jammer als|yazik olur|"
    r"lastima que|peccato se|(?:una|uma) pena (?:que|se|si|sua|seu|tu|su)\b|жаль,? если|szkoda,? gdyby|szkoda by|"
    r"schade,? wenn"
)
_C["threat_tie"] += (
    r"|\b(?:pity|shame|dommage|schade|peccato|szkoda|zonde|jammer|synd|yazik|lastima|жаль)\b|"
    # "then expect a bad review", "prépare-toi à", "готовьтесь к", "räkna med"
    r"\bexpect a\b|get ready for|brace (?:yourself|for)|attends?-toi|preparati|preparate|prepare-se|готовьтесь|"
    r"готовься|przygotuj|reken (?:maar )?op|rakna med|mach dich auf|hazir ol|"
    # "no refund? then …": a missing benefit asked as a question
    r"\b(?:no|pas de|kein\w*|geen|нет|brak|sin|sem|nessun\w*|niente)\s+(?:\w+\s+){0,2}?\w+\s*\?|"
    r"\bya da\b|\bnie \w+(?: \w+)?,? to\b|\bbo (?:\w+ )?(?:zglos|zgłos|napisz|wystaw|opisz|powiem)\w*|\bno\s+5star\b"
)
# - the reader's conduct made known: "they'll all hear how you treat people", "todos sabrán
#   cómo trabajas", "dann erfahren die, wie du arbeitest", "ils sauront tout";
_C["harm"] += (
    r"|(?:hear|learn|find out|se enter|sabran|saberan|vao saber|saberao|sauront|erfahren|узнают|uznaj|sapranno|"
    r"dowiedza|horen|ogrenir|ogrenecek|veta)\w*\W+"
    r"(?:\w+\W+){0,2}?(?:how (?:you|u)|como (?:trabajas|trabalhas|voce trabalha|tratas)|comment tu|wie (?:du|sie)|"
    r"как (?:вы|ты)|come (?:lavori|tratti)|jak (?:pracujesz|traktujesz)|hoe (?:jij|je|u)|hur du|nasil|tout\b|todo\b|"
    r"alles\b|всё|все\b|wszystko)|(?:nas[iı]l [cç]al[iı][sş]t[iı][gğ][iı]n[iı]|hur du jobbar)|"
    # telling, writing or posting about the reader: "napishu pro tebya", "opiszę wszystko na Facebooku"
    r"\b(?:napish\w*|напиш\w*|opisz\w*|skriv\w*|yazar\w*)\W+(?:\w+\W+){0,1}?(?:pro|про|o|om|about|hakkinda)\W+"
    r"(?:tebya|тебя|вас|vas|tobie|dig|you|u|seni)\b|"
    r"\b(?:dico|diro|digo|aviso|avisarei|dire|sage|скажу|powiem|zeg|vertel|soylerim|sager)\w*\W+(?:\w+\W+){0,1}?"
    r"(?:a )?(?:tutti|todos|todo|tout|allen|всем|wszystkim|iedereen|herkese|alla)\b"
)
_ACT += r"|opisz|skriv|berattar|varnar|sprider|publicerar|lagger ut"
_AUDIENCE += r"|alla (?:dina )?kunder|dina kunder|\balla\b"
# - rating as the client, for the money back: "I'll give 5 stars but you return 50 from the
#   payment", "ponme 5 … pero", "ich geb dir 5 Sterne, aber 20 % gehen zurück an mich";
_C["tie"] += (
    r"|\b(?:give|leave|put|dejo|doy|pongo|coloco|dou|deixo|mets|donne|laisse|geb\w*|lass\w*|постав\w*|ставлю|"
    r"оставлю|metto|lascio|dam|wystawie|geef|ger|lamnar|veririm|birakirim)\W+(?:\w+\W+){0,3}?"
    r"(?:5star|пятерк\w*|piatk\w*)\W+"
    r"(?:\w+\W+){0,2}?(?:but|pero|mas|mais|aber|но|ma|ale|maar|men|ama|if|om|als|wenn|si|se|esli|если)\b|"
    # the price of the next job depending on the review: "dependendo de como vier a avaliação"
    r"dependiendo de|dependendo d|je nach\w*|a seconda d|w zaleznosci od|afhankelijk van|hangt (?:\w+ ){0,3}?van|"
    r"beroende pa|bagli olarak|"
    # a gift kept for the rating's day, or to celebrate it: "the day the five stars show up",
    # "pour fêter un bel avis"
    r"\bthe day (?:the|my|your|it)\b|le jour ou|el dia (?:que|en que)|am tag|в тот день|il giorno (?:che|in cui)|"
    r"\bw dniu\b|de dag dat|dagen (?:da|nar)|(?:to celebrate|pour feter|para (?:celebrar|festejar|comemorar)|"
    r"отметить|per festeggiare|uczcic|om te vieren|for att fira)[^\w.!?]+(?:\w+[^\w.!?]+){0,3}?(?:review|rating|"
    r"5star|avis|"
    r"note|resena|valoracion|avaliacao|bewertung|отзыв\w*|recensione|opini\w*|beoordeling|yorum\w*|omdome\w*|betyg)|"
    # more work coming the reader's way: "more gigs comin ur way", "ze zijn voor jou", "hepsi senin"
    r"(?:coming|comin|headed|going) (?:ur|your) way|\bvoor (?:jou|je)\b|\bhepsi senin\b|\b(?:de|det) (?:ar )?dina\b"
)
_C["condition"] += (
    r"|\bjak zobacz\w*|\bkak tol'?ko\b|\bgor(?:u|ü)nce\b|\bnar (?:jag )?ser\b|\bwhen i see\b|sobald\b|zodra\b"
)
_C["benefit"] += (
    # a favour remembered: "I never forget the people who help me", "je saurai m'en souvenir"
    r"|never forget|won'?t forget|no (?:lo )?olvido|nunca olvido|nao esqueco|saurai m'?en souvenir|"
    r"n'?oublie (?:jamais|pas)|"
    r"vergesse (?:so was|das|sowas) nicht|не забуду|non (?:lo )?dimentico|nie zapomn\w*|vergeet (?:zoiets|dat) niet|"
    r"glommer inte|iyiligi unutmam|\bagradecid\w*|se ser (?:muy )?agradecid|"
    # a friend's price for the next job: "friends-and-family rate", "preço camarada", "vänpris"
    r"(?:friend|amig|amic|camarad|vriend|freund|druzh|друж|przyjaci|dost)\w*\W*(?:\w+\W+)?(?:rate|price|precio|"
    r"preco|prezzo|prix|preis|pris|prijs|fiyat|cena|цен)\w*|preco camarada|prezzo d'?amico|prix d'?ami|"
    r"freundschaftspreis|vanpris|(?:talk|reden|parler|hablar|falar|parlare|praten) (?:about|uber|de|del|sul|o|over) "
    r"(?:the |den |le |el |o |il )?(?:price|preis|prix|precio|preco|prezzo|cenie|prijs)|iets met de prijs|"
    # money back to the rater: "30% de volta", "verni dengi", "oddaj mi", "terugstort"
    r"\d ?% (?:back|de volta|zuruck|terug|tillbaka|geri|indietro|z powrotem|обратно|назад)|zuruck an mich|"
    r"\bverni\w*|\boddaj\w*|\boddasz\b|terugstort\w*|restitu\w*|geri at\w*|betalar tillbaka|gratos|gratuito|"
    r"for nothing|"
    r"devuelv\w*|\d(?<=\s-\d)\d? ?%|\d(?<=\s- \d)\d? ?%|"
    # something the sender will send once the rating shows: "Schick ich dir, sobald die fünf Sterne drin sind"
    r"(?:i'?ll|i will|i can) (?:send|ship|courier|post|mail) (?:it|one|them|you)\b[^.!?\n]{0,80}?"
    r"(?:5star|review|rating)|"
    r"(?:schick ich dir|ich schicke dir|ich schick dir|te mando|te ne mando|te lo mando|te la mando|ti mando|"
    r"ti ne mando|ti lo mando|ti la mando|отправлю|otpravlyu|wysle|wyślę|stuur ik|skickar jag|je te l'envoie|"
    r"je te lenvoie|je te les envoie|te lo envio|te la envio|eu te mando|courier it|ship it)\b[^.!?\n]{0,80}?"
    r"(?:5star|review|rating|bewertung|stelle|recensione|отзыв|otzyv|opini\w*|omdome\w*|avis|note|resena|valoracion|"
    r"avaliacao|yorum\w*)|"
    r"(?:yorum\w*|5star)\W+(?:\w+\W+){0,3}?kargo\w*|"
    # something kept for the reader: "I've got a bottle with your name on it", "mam dla ciebie"
    r"with your name on it|je t'?en garde|te (?:la |lo )?guardo|"
    r"(?:i'?ve got|i have|i got|tengo|tenho|j'?ai|ich hab\w*|у меня есть|u menya est'?|\bho\b|\bmam\b|ik heb|"
    r"jag har)\W+(?!\w*(?:question|pregunt|pergunt|frage|вопрос|domand|pytan|vraag|soru|fraga|idea|update))"
    r"(?:\w+\W+){0,5}?(?:for (?:you|u|ya)|para (?:ti|voce|vc|usted)|pour (?:toi|vous)|fur (?:dich|sie)|"
    r"для (?:вас|тебя)|dlya (?:vas|tebya)|per te|dla (?:ciebie|pana|pani)|voor (?:je|jou|u)|till dig)\b|"
    r"\bsana \w+(?: \w+){0,3} ayirdim"
)
_C["request"] += (
    # a review that "would help me": the sender asks for it ("would go a long way for me")
    r"|would (?:really )?(?:help|go a long way|mean a lot)|me ayudaria|me vendria|ajudaria|m'?aiderait|"
    r"wurde mir (?:\w+ ){0,3}?helfen|мне (?:сейчас )?(?:очень )?нуж\w*|mi aiuterebbe|by mi (?:\w+ )?pomog\w*|"
    r"zou me (?:\w+ )?helpen|yardimci olur|skulle hjalpa|"
    r"\b(?:just|only|all i'?d ask|all i ask|so|solo|nur|juste|seulement|только|tylko|alleen|maar|bara|yeter ki|"
    r"sadece)\W+(?:\w+\W+){0,3}?(?:review|rating|avaliacao|avis|note|bewertung|отзыв|opini\w*|ocen\w*|omdome\w*|"
    r"yorum|resena|valoracion|recensione)"
)
_C["positive"] += r"|\bme (?:der|de|da|das|dar) (?:5|cinco)\b|\b5 puan|full.marks|nota maxima"
_C["chargeback"] += (
    r"|contest\w* (?:a |la |the |o )?(?:compra|purchase|achat|acquisto|kop)|zuruck ?buch\w*|buche\W+(?:\w+\W+){0,5}?"
    r"zuruck|bestrid\w*|chargeba\w*"
)
_C["report"] += (
    r"|contest\w* (?:a |la |the |o )?(?:compra|purchase|achat|acquisto|kop)|zuruck ?buch\w*|buche\W+(?:\w+\W+){0,5}?"
    r"zuruck|bestrid\w*"
)
_C["negative"] += r"|fatal\w*|niet best"

# Round 8, in every language where it applies:
# - a favour returned, veiled: "algo habrá para ti", "zit er voor jou ook wat in", "за мной
#   не заржавеет", "ppl who hook me up … get hooked up too";
_C["benefit"] += (
    r"|algo (?:habra |havera |tem )?(?:para|pra) (?:ti|voce|vc)|voor jou (?:ook )?wat\b|wat in voor jou|"
    r"не заржавеет|ne zarzhaveet|hook\w* (?:me |u |you |ya )?up\b|cuido a quien|cuido de quem"
)
_C["condition"] += r"|\bppl who\b|\bfolks who\b"
_C["tie"] += r"|\bw (?:good|great|nice|5star)\W+(?:\w+\W+)?(?:reviews?|ratings?)\b"
# - the reward spelt as what the rater gets: "et tu auras 5 étoiles", "en je krijgt 5 sterren",
#   "вернёте — будет 5 звёзд";
_C["condition"] += (
    r"|\b(?:et|en|y|e|and)\s+(?:tu auras|je krijgt|tendras|vas a tener|voce ganha|vc ganha|you get)\b|"
    r"(?<!не )\bбудет\W+(?:вам\W+)?5star"
)
# - an ultimatum with a low rating: "… of één ster daar én hier";
_C["threat_tie"] += r"|\b(?:of|or|o|ou|oder|sau|atau|или|albo|oppure)\W+(?:\w+\W+)?[0-2]star"
# - free work wanted: "I want the English version too, for free", "voglio anche …, gratis";
_C["free_work"] += (
    r"|sin coste?\b|sem custo|sans supplement|ohne aufpreis|bez dop[lł]at\w*|no extra charge|"
    r"(?:i want|i need|quiero|quero|voglio|je veux|ich will|chce|wil ik|istiyorum|vreau|saya mau|хочу)\W+"
    r"(?:\w+\W+){0,6}?(?:gratis|free|gratuit\w*|kostenlos|бесплатно|za darmo|bedava)"
)
# - a hit to the reader's rating wished away with the possessive in the word ("ratingul",
#   "ratingmu", "puanın"; round 7's reading now allows up to six words before the verb:
#   "wegen so einer Kleinigkeit leidet"), and the pity that wishes it in those languages;
_RATING_HIT_MORE = (
    r"(?:ratingul|ratingmu|puan[iı]n|rating(?:nya|kamu))\W+(?:\w+\W+){0,3}?(?:scad|turun|dus|drop|fall)\w*|"
    r"(?:scad|turun|dus)\w*\W+(?:\w+\W+){0,1}?(?:ratingul|ratingmu|puan[iı]n)"
)
_C["rating_hit"] += "|" + _RATING_HIT_MORE
# - what the veiled threat asks for: "find a way to make me happy before I write mine";
_C["demand"] += (
    r"|make me happy|dejarme contento|deixar satisfeit\w*|me satisfaire|zufriedenzustellen|меня порадовать|"
    r"accontentarmi|zadowolon\w*|tevreden te stellen|memnun etme\w*|ma multumesti|bikin saya puas"
)
_C["report"] += r"|yaz[iı]k olur|ar fi pacat|sayang sekali|seria chato|zonde als|жаль будет|\b(?:ratingul|ratingmu)\b"
# - exposure: an ultimatum to put the reader's name out in public ("publico tu nombre", "ich
#   poste deinen Namen", "bikin video sebut nama kamu", "features you by name") or to have
#   their other clients hear it from the sender ("se enteran por mí", "sie hören von mir",
#   "mereka dengar semuanya dari saya");
_NAME = r"(?:name|nombre|nome|nom|namen|naam|nazwisk\w*|numele|nama|имен\w*|imenem|ad[iı]n\w*|isim\w*)"
_C["exposure"] = (
    r"\b(?:post\w*|publi\w*|pubbl\w*|zet|payla[sş]\w*|opisz\w*|пост|video|vid|sebut|racont\w*|contando|raccont\w*|"
    rf"features? (?:you|u))\W+(?:\w+\W+){{0,4}}?{_NAME}\b|"
    rf"\b(?:by|with|con|com|avec|mit|met|cu|с|z) (?:(?:your|tu|ton|seu|dein\w*|il tuo|tau|вашим|твоим|twoim|je|jouw)"
    rf"\W+)?{_NAME}\b|"
    rf"\b{_NAME}\W+(?:\w+\W+){{0,6}}?(?:post\w*|publi\w*|pubbl\w*|online|payla[sş]\w*|video)|"
    r"(?:clients?|customers?|clientes|kunden|клиент\w*|заказчик\w*|clienti|klient\w*|klanten|musteri\w*|clientii|"
    r"klien\w*)\W+(?:\w+\W+){0,30}?(?:from me|por mi|por mim|par moi|von mir|от меня|da me|ode mnie|van mij|"
    r"benden|de la mine|dari saya)\b"
)
# - a gift sent to an address for a top rating: "five ⭐ and I'll post you a bottle … Address?",
#   "Pásame la dirección", "Alamatnya di mana?" (not a billing or e-mail address).
_C["gift_address"] = (
    r"(?<!mail )(?<!e-mail )(?<!wallet )\b(?:address|direccion|endereco|adresse|adres|adresini|adresa|адрес\w*|"
    r"indirizzo|alamat\w*)\b"
)
_NOT_A_GIFT = re.compile(
    r"invoice|billing|factura|fatura|facture|rechnung|fattura|faktur\w*|счет|tagihan|e-?mail|ip address|wallet"
)
# Round 9, Danish and Czech in the round-7 and round-8 readings: a rating's fall wished away
# ("hvis din bedømmelse faldt", "kdyby vám teď kleslo hodnocení"; Spanish "puntuación" too),
# and a name put out in public ("med dit navn", "i s vaším jménem").
_C["rating_hit"] += (
    r"|(?:din|jeres|tu|su)\W+(?:bed[oø]mmelse|puntuacion|vurdering)\w*\W+(?:\w+\W+){0,3}?(?:fald|faldt|baj|caig|"
    r"cay)\w*|"
    r"(?:klesl|spadl|snizil)\w*\W+(?:\w+\W+)?hodnocen\w*|hodnocen\w*\W+(?:\w+\W+){0,3}?(?:klesl|spadl|snizil)\w*"
)
_C["exposure"] += r"|\b(?:med|s) (?:(?:dit|din|jeres|vasim|tvym)\W+)?(?:navn|jmen\w*)\b"
# Round 9, the languages read before, where a wording a real sender would use was missed:
# - a gift in a box or a case, or a shop's card: "une caisse de Chablis", "einen Kasten
#   Riesling", "een fles", "bir kutu", "a starbucks card"; costs covered: "I cover your
#   platform fee", "компенсирую комиссию", "ik betaal je … terug", "sem cobrar nada";
_C["benefit"] += (
    r"|une caisse|una cassa|\bkasten\b|\bkiste\b|\bkrat\b|\bfles\b|bir kutu|"
    r"(?:starbucks|amazon|steam|itunes|google play) (?:gift )?card|"
    r"\bcover (?:ur|your|the) (?:\w+ )?(?:fee|fees|commission)|компенсир\w*|"
    r"betaal (?:ik )?(?:je|jou|u) (?:\w+ ){0,3}?terug|sem cobrar|sin cobrar|sans (?:rien )?facturer|"
    r"senza (?:farti )?pagare|\d ?% in meno"
)
# - the benefit promised right after the rating, first person: "… et je t'envoie", "e ti
#   spedisco", "и я компенсирую", "en ik betaal", "n i venmo u", "= i send u";
_C["condition"] += (
    r"|\bet je (?:t'?|vous )?(?:envoie|offre|rembourse|fais|paie|paye)\b|\be ti (?:spedisco|invio|pago)\b|"
    r"\bи я (?:компенсирую|верну|переведу|отправлю|вышлю)\b|\ben ik (?:betaal|stuur|maak|geef)\b|"
    r"\b(?:and|n|&) i (?:venmo|cover|refund|give|zelle|cashapp)\b|"
    r"\b(?:5star|review|rating)\s*=\s*(?:i|ill|i'?ll) (?:send|pay|give|cover|refund)\b"
)
# - a top rating in Dutch, Portuguese or Spanish as the ground: "bij een 5*-review", "voor
#   een review van vijf sterren", "com uma nota 5*";
_C["tie"] += (
    r"|\b(?:bij|voor)\s+een\s+(?:(?:review|beoordeling)\s+(?:van\s+)?)?5star|"
    r"\b(?:com|con|with|avec|mit|met) (?:uma|una|a|une|einer|een) (?:nota|note|rating|review|valoracion|avaliacao)"
    r"\s+(?:de\s+)?5star"
)
# - Italian "voto" as a rating: "un buon voto", "ti affondo il voto", "se il tuo voto calasse";
_C["positive"] += r"|buon voto|bel voto|voto (?:alto|massimo|pieno)"
# - free work under an ultimatum: "fix this free or …", "gratuitement ou …", "za darmo albo
#   …", "bedava yap yoksa …"; and what the other branch does to the rating: "trash you",
#   "plomber", "affondare", "zatopić", "verpesten", "yerle bir", "toast";
_C["free_work"] += (
    r"|\b(?:free|gratuitement|gratuit|za darmo|bedava)\b"
    r"(?=\W+(?:\w+\W+){0,3}?(?:or|ou|o|of|albo|oppure|oder|yoksa|или|nebo|ellers)\b)"
)
_C["harm"] += (
    r"|\btrash (?:you|u|ur|your)\b|\bplomb\w*|\baffond\w*|\bzatop\w*|\bverpest\w*|yerle bir|"
    r"(?:rating|stars?|score|review) (?:is|r|will be|gonna be) toast"
)
# - a good rating asked for in the familiar form: "note-moi bien", "bewerte mich gut", "mi
#   valuti bene", "beoordeel me goed", "me valoras bien", "iyi puan ver";
_C["request"] += r"|note-moi|\bnote moi\b|bewerte mich|mi valuti|valutami|beoordeel me|me valoras|valorame|\bpuan ver\b"
# - a name put out with "col tuo nome" or "w ur name";
_C["exposure"] += r"|\b(?:col|coi) (?:tuo|vostro) nome\b|\bw (?:ur|your|yr) name\b"
# - a rating's fall wished away: "wenn deine Bewertung abrutscht", "jammer zijn als",
#   "if ur stars dipped", "il tuo voto calasse";
_C["rating_hit"] += (
    r"|(?:your|ur|dein\w*|tuo|je)\W+(?:\w+\W+)?(?:stars|bewertung|voto)\W+(?:\w+\W+){0,3}?"
    r"(?:dip|drop|fell|fall|abrutsch|absack|sink|calass|scend)\w*"
)
_C["report"] += r"|jammer (?:zijn )?als|terugboek\w*|ters ibraz"

# --- Round 10: the shape, in more kinds and more languages -----------------------------
# An offer is a rating + a link (a condition, an exchange) + a benefit; a threat is a
# rating or a demand + a link (an ultimatum) + a harm. The readings above already join
# those concepts; what a new set keeps finding is a *kind* of benefit or harm, or a
# language, that no list named. So the kinds below are written as classes (any ticket,
# any draw, any authority, any employer…), each in many languages at once, and the
# languages below are the commoner ones on freelance marketplaces that no earlier round
# used, each with the same basic concepts. One table per concept; the rules read them
# through the concepts they join (``benefit``, ``harm``, ``condition``…).

# Benefits, by kind (the words a sender uses for the thing given, in many languages).
_BENEFIT_KINDS = {
    # tickets and passes: "two tickets for the match", "entradas", "Karten", "билеты", "jegy", "liput"
    "tickets": r"\btickets?\b|\bentradas?\b|\bingressos?\b|\bbillets?\b|\beintrittskarten?\b|\bkonzertkarten?\b|"
    r"\bkarten (?:fur|für)\b|\bbiglietti?\b|\bbilet\w*|\bбилет\w*|\bквит\w*|\bkaartjes?\b|\btoegangskaart\w*|"
    r"\bjegy\w*|\blipu\w*|\bliput\b|\bεισιτηρι\w*|\bvstupenk\w*|\blistk\w*|\bulaznic\w*|\bkarte za\b|"
    r"\bvstopnic\w*|\bseason pass|\bbiljett\w*|\bbilletter?\b|门票|門票|チケット|티켓|"
    r"כרטיסים|تذاكر|تذكرة|\btiket\b",
    # a draw, a raffle, a prize: "goes into my draw for an iPad", "sorteo", "Verlosung", "розыгрыш"
    "draw": r"\b(?:my|a|the|prize|lucky|monthly) (?:\w+ )?draw\b|\bdraw for\b|\braffle|\bgiveaway|\bsweepstake|"
    r"\blottery|\bprize|\bsorteo|\bsorteio|\btirage au sort|"
    r"\bverlosung|\bgewinnspiel|\bestrazion\w*|\blotteri\w*|\bloterij\w*|\blosowani\w*|\bkonkurs\w*|\bрозыгрыш\w*|"
    r"\bрозіграш\w*|\bлотере\w*|\bverloting|\bcekilis\w*|\bçekiliş\w*|\bsorsol\w*|\bnyeremeny\w*|\barvon\w*|"
    r"\bκληρωσ\w*|\bslosovan\w*|\bzrebovan\w*|\bizvlacenj\w*|\bnagradn\w* igr\w*|\bжреби\w*|\bтомбол\w*|"
    r"\bloosimi\w*|\bizloz\w*|\bloterij\w*|\bundian\b|\bquay so\b|\bpalabunutan\b|抽奖|抽獎|抽選|추첨|"
    r"\b(?:win|won|winning|ganar|ganhar|gagner|gewinnen|выиграть|vincere|wygrac|winnen|kazan|nyer|voit|"
    r"κερδισ)\w*\W+(?:\w+\W+){0,2}?(?:ipad|iphone|airpods|macbook|playstation|ps5|xbox|kindle)\w*",
    # priority and better terms kept for raters: "first call on my calendar", "my best rates", "VIP list"
    "priority": r"\bfirst call\b|\bpriority (?:list|access|booking|slots?|queue|clients?)|\bget priority|"
    r"\blista (?:de )?prioritari\w*|\btrato preferente|\btratamento prioritario|\bclients? prioritaires?|"
    r"\bvorrang\w*|\bbevorzugt\w*|\bприоритетн\w* (?:клиент|очеред|доступ)\w*|\bпріоритет\w*|\bpriorit[aà] (?:ai|"
    r"nella)|"
    r"\bpierwszenstw\w*|\bvoorrang\w*|\boncelikli|\belsobbseg\w*|\belsőbbség\w*|\betusija\w*|\betuoikeu\w*|"
    r"\bπροτεραιοτητ\w*|"
    r"\bpřednost\w*|\bprednost\w*|\bпредимств\w*|\bprioritet\w*|\bvip\b|\bfront of the (?:queue|line)|"
    r"\bskip the (?:queue|line)|\bbest (?:rates?|prices?)\b|\bmejores (?:precios|tarifas)|\bmelhores (?:precos|preços)|"
    r"\bmeilleurs (?:prix|tarifs)|\bbesten preise\b|\bлучш\w* (?:цен|тариф)\w*|\bmigliori prezzi|"
    r"\bnajlepsze (?:ceny|stawki)|\bbeste prijzen|\blegjobb ar\w*|\blegjobb árat|\bparhaat hinnat|\bκαλυτερες τιμες|"
    r"\blocked[- ]in rate|\bpreferential rate|"
    r"优先|優先|우선",
    # a bill not sent, a fee waived: "I won't send the last invoice", "no te cobro", "je ne facture pas"
    "waived": r"\b(?:not|won'?t|never|don'?t) (?:\w+ )?(?:send|bill|charge|invoice)\b(?:\W+\w+){0,3}?\W+(?:invoice|"
    r"bill|hours?|"
    r"fee|for it|you)\b|\bwaive\w*|\bwrite off|\bforget (?:about )?the (?:\w+ )?(?:invoice|bill|hours|fee)|"
    r"\b(?:invoice|bill)\W+(?:\w+\W+){0,3}?(?:disappear|vanish|cancel\w*|void)|\bno (?:te|le) cobr\w*|\bsin cobrarte|"
    r"\bnao (?:te |lhe )?cobr\w*|\bne (?:te |vous )?(?:facture|factur\w*) pas|\bje ne (?:te |vous )?(?:facture|"
    r"compte) pas|"
    r"\b(?:berechne|stelle) (?:ich )?(?:dir |ihnen )?(?:\w+ )?nicht in rechnung|\bnicht berechnen|"
    r"\bне (?:выставлю|возьму|буду брать|беру)\b|\bне виставлю|\bnon (?:ti |le )?(?:fatturo|addebito)|"
    r"\bnie (?:wystawie|policze)|\breken (?:ik )?(?:\w+ )?niet\b|\bfatura (?:kesmem|kesmeyecegim)|"
    r"\bnem (?:allitom ki|szamlazom|kerem)|\bnem állítom ki|\bnem számlázom|\ben laskuta\w*|\bjätän laskuttamatta|"
    r"\bjatan laskuttamatta|\blaskutta\w* (?:en|ei)\b|\bδεν θα (?:σε |σας )?χρεωσ\w*|\bδεν (?:θα )?κοψω τιμολογιο|"
    r"\bnevystav\w*|\bnebudu (?:ti |vam )?(?:uctovat|fakturovat)|\bneću (?:ti )?naplatiti|\bnecu (?:ti )?naplatiti|"
    r"\bневыставлю|\bне виставлятиму|不收(?:费|費|钱|錢)|免单|免單|請求しない|청구하지 않",
    # something for free: "at no cost", "on the house", "kaupan päälle", "ingyen"
    "free": r"\bat no (?:cost|charge|extra)|\bfree of charge|\bfor free\b|\bcomplimentary|\bon the house\b|"
    r"\bsin (?:coste|costo|cargo)|\bsem (?:custo|cobrar)|\bsans frais|\bkostenfrei|\bgratis\w*|"
    r"\bбесплатн\w*|\bбезкоштовн\w*|\bбезплатн\w*|\bgratuit\w*|\bingyen\w*|\bilmai\w*|\bveloituksetta|"
    r"\bkaupan paalle|\bkaupan päälle|\bδωρεαν\b|\bzadarmo\b|\bzdarma\b|\bbesplatn\w*|\bbrezplačn\w*|\bbrezplacn\w*|"
    r"\bnemokam\w*|\bbezmaksas\b|\btasuta\b|\bmien phi\b|\bmiễn phí|\bbedava\b|\bucretsiz\b|"
    r"免费|免費|無料|무료|مجان\w*|בחינם|\bmuft\b|\bfree mein\b",
    # money, credit and discounts in the new languages: "feltöltöm a telefonod", "alennus", "έκπτωση"
    "credit": r"\btop(?:[- ])?up\b|\bphone credit|\bairtime|\b(?:mobile|phone) (?:credit|data)|\brecarga\w*|"
    r"\brecharge\w*|\baufladen|\bguthaben|\bпополн\w*|\bпоповн\w*|\bricarica\w*|\bdoladowan\w*|\bopwaarder\w*|"
    r"\bbeltegoed|\bkontor\w*|\bfeltolt\w*|\bfeltölt\w*|\blataan\b|\bκαρτοκινητ\w*|\bμοναδες\b|"
    r"\bstore credit|\bcoupon\w*|\bcupon\w*|\bcupom\w*|\bkupon\w*|\bvoucher\w*|"
    r"\bkedvezmeny\w*|\bkedvezmény\w*|\bengedmeny\w*|\bajandek\w*|\bajándék\w*|\bbonusz\w*|\bpenz\w*|\bpénz\w*|"
    r"\balennu\w*|\balennus\w*|\blahja\w*|\bhyvity\w*|\bhyvit\w*|\brahat\b|\brahaa\b|\bεκπτωσ\w*|\bδωρ[οα]\w*|"
    r"\bμπονους\b|\bχρηματ\w*|\bλεφτα\b|\bзнижк\w*|\bподарун\w*|\bгрош\w*|\bотстъпк\w*|\bподарък\w*|\bпари\b|"
    r"\bzlav\w*|\bdarček\w*|\bdarcek\w*|\bpopust\w*|\bpoklon\w*|\bdarilo\w*|\bnuolaid\w*|\bdovan\w*|\batlaid\w*|"
    r"\bdavan\w*|\ballahindlus\w*|\bkingitus\w*|\bgiam gia\b|\bquà tặng|\bqua tang\b|\bdiskwento\b|\bregalo\b|"
    r"\bbonus\b|折扣|优惠|優惠|礼物|禮物|红包|紅包|返现|返現|割引|プレゼント|特典|할인|선물|보너스|"
    r"خصم|هدية|مكافأة|הנחה|מתנה|\bchhoot\b|\bdiscount dunga|\bpaise\b",
    # services thrown in: a free month, hosting, a licence, a subscription, a trip, a meal
    "service": r"\bfree (?:month|year|week|hosting|maintenance|support|revisions?|updates?|domain|licen[cs]e|"
    r"subscription|upgrade)|\b(?:month|year)s? of (?:free )?(?:hosting|maintenance|support|updates)|"
    r"\b(?:netflix|spotify) (?:subscription|account|premium)|\bpremium account|\blicen[cs]e key|\bdinner on me|"
    r"\blunch on me|\bcoffee on me|"
    r"\bdrinks on me|\bweekend (?:trip|getaway)|\bhotel (?:night|stay)|\bflight voucher",
}
for _kind, _rx in _BENEFIT_KINDS.items():
    _C["benefit"] += "|" + _rx

# Harms, by kind: what a threat holds over the reader besides a bad rating.
_HARM_KINDS = {
    # an authority told: the tax office, the police, a regulator, immigration
    "authority": r"\btax (?:office|authorit\w*|man|inspector|department)|\bhmrc\b|\birs\b|\brevenue service|"
    r"\bundeclared|\bhacienda\b|\bagencia tributaria|\breceita federal|\bfisco\b|\bimpots\b|\bimpôts\b|"
    r"\bfinanzamt|\bsteuerfahndung|\bналогов\w*|\bфнс\b|\bподатков\w*|\bagenzia delle entrate|\bguardia di finanza|"
    r"\burz[aą]d skarbow\w*|\bskarbowk\w*|\bbelastingdienst|\bfiod\b|\bvergi dairesi|\bmaliye\w*|\bskatteverket|"
    r"\bskat(?:testyrelsen|teetaten)|\bfinanční úřad|\bfinancni urad|\bnav-\w+|\badohatosag\w*|"
    r"\badóhatóság\w*|\bverottaja\w*|\bverohallin\w*|\bεφορια\w*|\bεφορία\w*|\bδοε\b|\banaf\b|\bpajak\b|\bdjp\b|"
    r"\bpolice\b|\bpolicia\b|\bpolícia\b|\bpolizei\b|\bполици\w*|\bполіці\w*|\bpolizia\b|\bpolicj\w*|\bpolitie\b|"
    r"\bpolis\b|\bpoliisi\w*|\brendorseg\w*|\brendőrség\w*|\bαστυνομ\w*|\bpolicie\b|\bpolicij\w*|\bmilicj\w*|"
    r"\bregulator|\bimmigration|\bvisa (?:office|status)|\blabou?r (?:office|inspector)|\binspecci[oó]n de trabajo|"
    r"税务|稅務|税務署|국세청|الضرائب|מס הכנסה",
    # a lawyer, a court, a formal letter: "my solicitor", "burofax", "mise en demeure", "diffida"
    "legal": r"\bsolicitor|\blawyer|\battorney|\blegal (?:action|steps|letter|notice)|\bsue\b|\bsuing\b|\bcourt\b|"
    r"\bsmall claims|\bcease and desist|\bdemand letter|\babogad\w*|\bburofax\b|\bdemanda\w*|\btribunal\w*|"
    r"\bjuzgado|\badvogad\w*|\bprocessar\w*|\bprocesso judicial|\bavocat\w*|\bmise en demeure|\bhuissier|\banwalt\w*|"
    r"\brechtsanwalt\w*|\bmahnbescheid|\bklage\b|\bgericht\b|\bvor gericht|\bадвокат\w*|\bюрист\w*|\bсуд\b|\bсуда\b|"
    r"\bв суд\b|"
    r"\bпретензи\w*|\bavvocat\w*|\bdiffida\w*|\btribunale|\bprawnik\w*|\bwezwanie do zaplaty|\bsad\w* (?:rejonow|"
    r"gospod)|"
    r"\bpozew\b|\badvocaat\w*|\bsommatie\w*|\brechter\b|\bavukat\w*|\bihtarname|\bmahkeme\w*|\badvokat\w*|"
    r"\bugyved\w*|\bügyvéd\w*|\bfizetési felszólítás|\bfizetesi felszolitas|\bfelszolitas\w*|\bbirosag\w*|"
    r"\basianajaj\w*|\blakimie\w*|\bkarajao\w*|\bkäräjäo\w*|\bδικηγορ\w*|\bεξωδικ\w*|\bμηνυσ\w*|"
    r"\bδικαστηρ\w*|\bodvjetnik\w*|\bodvetnik\w*|\blaw firm|\babogado\b|律师|律師|弁護士|변호사|"
    r"محامي|עורך דין",
    # the reader's employer, family or circle told: "I email your manager", "your boss"
    "employer": r"\b(?:your|ur|yr)\W+(?:\w+\W+)?(?:boss|manager|employer|company|hr\b|day job|office|"
    r"colleagues|wife|husband|family|partner)|\b(?:tu|su)\W+(?:jef[ae]|empresa|empleador|familia|esposa|marido)\b|"
    r"\b(?:seu|sua|teu|tua)\W+(?:chefe|empresa|empregador|familia|esposa|marido)\b|"
    r"\b(?:ton|ta|votre)\W+(?:patron|chef|employeur|entreprise|femme|mari|famille)\b|"
    r"\b(?:dein\w*|ihr\w*)\W+(?:chef\w*|arbeitgeber\w*|firma|frau|mann|familie)\b|"
    r"\b(?:твое\w*|твоем\w*|вашем\w*|вашему|твоему|вашего|твоего)\W+(?:начальник\w*|работодател\w*|руководств\w*)|"
    r"\bначальств\w*|\bначальник\w*|\bкерівник\w*|\bроботодав\w*|\b(?:il tuo|tuo|al tuo)\W+(?:capo|datore|titolare)|"
    r"\b(?:twoj\w*|pana|pani)\W+(?:szef\w*|pracodawc\w*)|\b(?:je|jouw|uw)\W+(?:baas|werkgever|manager)|"
    r"\b(?:patronun\w*|isvereninize?|işvereninize?|mudurun\w*)|\bfonok\w*|\bfőnök\w*|\bmunkaltato\w*|"
    r"\bmunkáltató\w*|\bmunkahely\w*|\bcegnel\b|\bcégnél\b|\bpomo(?:si|llesi|lle|lta|llasi)?\b|\besimie\w*|"
    r"\btyonantaja\w*|\btyönantaja\w*|"
    r"\btyopaikka\w*|\btyöpaikka\w*|\bπροισταμεν\w*|\bαφεντικ\w*|\bεργοδοτ\w*|\bšéf\w*|\bsef(?:a|ovi|u|ovi)\b|"
    r"\bzamestnavatel\w*|"
    r"\bposlodav\w*|\bdelodajal\w*|\bшеф\w*|\bработодател\w*|\bvirsinink\w*|\bviršinink\w*|\bprieksniek\w*|"
    r"\bulemus\w*|\btööandja\w*|\btooandja\w*|\bsếp\b|\bsep cua\b|\bamo mo\b|老板|老闆|上司|상사|"
    r"مديرك|הבוס",
    # the reader's work or data made public: "your screens end up on Dribbble", "leak", "doxx"
    # (the reader's work or data leaking, not publishing as such: "appena pubblichi la recensione"
    # is the reader publishing a review)
    "leak": r"\bleak\w*|\bdoxx?\w*|\bend up on\b|\bends up on\b|\bdribbble\w*|\bbehance\w*|\bjulkaisemat\w*|"
    # a first-person "publish" with the reader's files, designs or work: "pubblico i tuoi file"
    r"\b(?:post|publish|share|upload|pubblico|publico|publie|poste|veroffentliche|опубликую|выложу|opublikuje|"
    r"wrzuce|publiceer|paylasirim|kozzeteszem|julkaisen|δημοσιευω|ανεβαζω|zverejnim|objavim|публикувам)\w*\W+"
    r"(?:\w+\W+){0,2}?(?:your|ur|tus|tu|teus|seus|tes|vos|deine\w*|ihre\w*|твои\w*|ваши\w*|tuoi|tue|twoje|jouw|"
    r"senin|sinun|tvoje|tvoj\w*)\W+(?:\w+\W+){0,2}?(?:files?|designs?|screens?|work|code|data|photos?|address|chats?|"
    r"messages|archivos|arquivos|fichiers|dateien|file|pliki|bestanden|dosya\w*|fajl\w*|tiedosto\w*|αρχει\w*|"
    r"soubory|datoteke|disenos|trabajo|trabalho|travail|arbeit|lavori|lavoro|prace|werk)\b|"
    r"\bunreleased|\bnot yet released|\bfiltrar\w*|\bfiltro (?:tus|tu|sus)\b|\bvazar\w*|\bvazo\b|"
    r"\bfuit\w*|\bdivulg\w*|\bсолью\b|\bслив\w*|\blek(?:t|ken)\b|\bfelkerul\w*|\bfelkerül\w*|\bvuoda\w*|"
    r"\bδιαρρ\w*|\b(?:your|ur|tus|tu|teus|seus|tes|vos|deine\w*|ihre\w*|твои\w*|ваши\w*|tuoi|twoje|je|jouw)\W+"
    r"(?:\w+\W+){0,3}?(?:designs?|screens?|pantallas|telas|ecrans|screenshots|entwurfe|макеты|экраны|schermate|"
    r"projekty|ontwerpen|photos?|fotos|code|codigo|app)\b(?=\W+(?:\w+\W+){0,6}?(?:online|public|internet|"
    r"dribbble|behance|reddit|forum|twitter|instagram|linkedin|everywhere|publico|publique|offentlich|публично))|"
    r"曝光|유출|سأنشر|אפרסם",
    # what the sender keeps back: files, passwords, access, the domain, the repository
    "withhold": r"\b(?:password|passwords|credentials|admin access|logins?|source files|"
    r"contrasen\w*|senha\w*|mot de passe|passwort|zugangsdaten|парол\w*|доступ\w*|haslo|hasło|wachtwoord|sifre|"
    r"şifre|jelszo\w*|jelszó\w*|salasan\w*|κωδικ\w*|heslo|lozink\w*|lozinka|slaptazod\w*|parole|parool)\W+"
    r"(?:\w+\W+){0,3}?(?:stay|remain|se quedan|ficam|restent|bleiben|останутся|restano|zostaj\w*|blijven|kalir|"
    r"maradnak|marad|jaavat|jäävät|pysyvat|pysyvät|μενουν|zostanu|zustanu|ostaju|lieka|paliek|jaavad|"
    r"\bwith me\b|until|hasta|ate|jusqu|bis|пока|finche|dopoki|tot|kadar|amig|amíg|kunnes|μεχρι|kym|kým|dok)|"
    r"\b(?:nalam|nálam) marad\w*|\bpid[aä]n (?:\w+ )?itsell[aä]ni|\bμενουν (?:σε μενα|σε εμενα|σε μένα)",
    # many reviews or reports from others: "my whole team will leave one-star reviews"
    "brigade": r"\bmy (?:whole|entire) (?:team|family|office|crew)|\btodo mi equipo|\bmi equipo (?:entero|completo)|"
    r"\btoda (?:a )?minha equipe|\btoute mon equipe|\bmein ganzes team|\bвся моя команда|\bвся (?:моя )?команда|"
    r"\btutto il mio team|\bcaly moj zespol|\bcały mój zespół|\bmijn hele team|\btum ekibim|\baz egesz csapat\w*|"
    r"\baz egész csapat\w*|\bkoko tiimi\w*|\bολη η ομαδα μου|\bcel[yý] (?:m[uů]j )?t[yý]m|"
    r"\bof us\b(?<=\d of us)|\bpeople\b(?<=\d people)|\baccounts\b(?<=\d accounts)|"
    r"\bwe'?re \d+\b|\bsomos \d+|\bsommes \d+|\bwir sind \d+|\bнас \d+|"
    r"\bsiamo (?:in )?\d+|\bjest nas \d+|\bwe zijn met \d+|\ben vagyunk\b|\bmeita on \d+|\bείμαστε \d+",
    # the reader's account flagged, banned or their payment held: "get you banned", "freeze the payment"
    "account": r"\b(?:get|have) (?:you|u|ur account|your account) (?:banned|suspended|flagged|removed|kicked)|"
    r"\b(?:freeze|hold|cancel|block)\W+(?:\w+\W+)?(?:payment|milestone|escrow)|"
    r"\bnot (?:release|approve) (?:the )?(?:payment|milestone|funds)|\bwon'?t (?:release|approve) (?:the )?(?:payment|"
    r"milestone|funds)",
    # the veiled one: attention from the wrong people, things happening to a profile
    "attention": r"\bwrong (?:people|attention|kind of attention|eyes)|\bunwanted attention|\bjust saying,? accidents|"
    r"\bgente equivocada|\bpessoas erradas|\bmauvaises personnes|\bfalschen leute|\bне тем людям|\bне те люди|"
    r"\bpersone sbagliate|\bniewłaściwych ludzi|\bniewlasciwych ludzi|\bverkeerde mensen|\byanlis insanlar|"
    r"\brossz emberek|\bv[aä][aä]r\w* ihmis\w*|\bλαθος ανθρωπ\w*|"
    r"\bnespravn\w* lid\w*|\bpogrešn\w* ljud\w*|\bpogresn\w* ljud\w*|\bde quien no deb\w*|\bniewlasciwi ludzie|"
    r"\bniewłaściwi ludzie|\bde qui il ne faut pas|\bdie falschen\b",
}
# A harm of these kinds counts only beside an ultimatum or a demand (``rule_scores``):
# "your manager", "the tax office", "public" are ordinary words in honest messages.
_C["harm_kind"] = "|".join(_HARM_KINDS.values())

# The basic concepts beyond the first languages (English, Spanish, Portuguese, French,
# German, Russian, Italian, Polish, above): one table per concept, one entry per language
# (accents are dropped when compiled). Dutch and Turkish (first in round 6; "korting",
# "indirim", "als", the Turkish "-se/-sa", "in ruil", "karşılığında", "tenzij", "yoksa"),
# Swedish (round 7; "toppbetyg", "swishar tillbaka", "om", "annars", "anmäler"), Romanian and
# Indonesian (round 8; "înapoi", "diskon", "dacă", "kalau", "sau", "atau", "laporkan"),
# Danish and Czech (round 9; Danish "ø" and "æ" survive the accent folding, so both spellings
# are listed; "tilbage", "zpátky", "hvis", "když", "ellers", "jinak", "nahlásím"), and from
# round 10 the commoner marketplace languages no round had used: Hungarian, Finnish, Greek,
# Ukrainian, Norwegian, Slovak, Croatian/Serbian/Bosnian, Slovenian, Bulgarian, Lithuanian,
# Latvian, Estonian, Vietnamese, Tagalog, romanised Hindi, Arabic, Hebrew, Chinese, Japanese,
# Korean.
_MORE_LANGUAGES = {
    "positive": {
        "nl/tr": r"topreview|goede (?:review|beoordeling)|positieve|super ?yorum|iyi (?:bir )?yorum|tam puan|olumlu",
        "sv": r"toppbetyg|bra omdome|fint omdome|positivt|\bfem\b|hogsta betyg",
        "ro/id": r"impecabil\w*|frumos|sempurna|bagus|maksimal",
        "da/cs": r"\bgod (?:bed[oø]mmelse|anmeldelse)|bed[oø]m\w* (?:mig |os )?godt|dobr\w* hodnocen\w*|"
        r"ohodnot\w* (?:me|mne|nas) dobre|hodnocen\w* dobre",
        "hu": r"\bmaximalis\w*|\blegjobb\w*|\btokeletes\w*|\bpozitiv\w*|\bjo ertekeles\w*|\bnagyvonalu\w*|\bkivalo\w*",
        "fi": r"\btaydet\b|\btaydet pisteet|\bparas\w*|\bparhaa\w*|\berinomai\w*|\bhuippu\w*|\bpositiivi\w*|"
        r"\bhyva(?:n|a)? arvio\w*|\bantelia\w*|\bantelias\b|\bmaksimi\w*",
        "el": r"\bτελει\w*|\bαριστ\w*|\bμεγιστ\w*|\bκαλυτερ\w*|\bθετικ\w*|\bκαλη κριτικη|\bκαλη αξιολογηση|"
        r"\bγενναιοδωρ\w*|\bπληρη βαθμολογια",
        "uk": r"\bнайвищ\w*|\bвідмінн\w*|\bідеальн\w*|\bпозитивн\w*|\bдобр\w* відгук\w*|\bгарн\w* відгук\w*|\bщедр\w*",
        "no": r"\btoppkarakter\w*|\bbeste\b|\bgod anmeldelse|\bpositiv\w*|\bsjenerøs\w*|\bsjener\w*",
        "sk": r"\bnajlepš\w*|\bnajlepsi\w*|\bdokonal\w*|\bpozitívn\w*|\bpozitivn\w*|\bdobr\w* hodnoten\w*|"
        r"\bmaximáln\w*",
        "hr": r"\bnajbolj\w*|\bsavršen\w*|\bsavrsen\w*|\bpozitivn\w*|\bdobr\w* ocjen\w*|\bdobr\w* recenzij\w*|"
        r"\bmaksimaln\w*",
        "bg": r"\bнай-добр\w*|\bотличн\w*|\bперфектн\w*|\bположителн\w*|\bмаксималн\w*|\bдобър отзив",
        "lt": r"\bgeriausi\w*|\btobul\w*|\bteigiam\w*|\bmaksimal\w*|\bger\w* atsiliepim\w*",
        "lv": r"\blabāk\w*|\blabak\w*|\bizcil\w*|\bpozitīv\w*|\bmaksimāl\w*|\blab\w* atsauksm\w*",
        "et": r"\bparim\w*|\bsuurepära\w*|\bpositiivs\w*|\bmaksimaal\w*|\bhea arvustus\w*",
        "vi": r"\btot nhat\b|\bhoan hao\b|\btich cuc\b|\bdanh gia tot\b|\bđanh gia tot\b",
        "tl": r"\bmagandang review|\bperpekto\b|\bpinakamataas",
        "hi": r"\bachha review|\bachhi rating|\bpoore (?:5|paanch)|\bpure (?:5|paanch)",
        "ar": r"تقييم (?:ممتاز|عالي|كامل)|خمس نجوم|ممتاز",
        "he": r"חמישה כוכבים|ביקורת טובה|מושלם",
        "zh": r"好评|好評|五星|满分|滿分",
        "ja": r"高評価|満点|星5|五つ星",
        "ko": r"좋은 리뷰|별 다섯|만점|5점",
    },
    "negative": {
        "nl/tr": r"slechte (?:review|beoordeling)|negatieve|kotu (?:bir )?yorum|olumsuz",
        "sv": r"dalig\w*|negativt|samsta|lagsta",
        "ro/id": r"\bproast\w*|\bslab\w*|jelek|buruk",
        "da/cs": r"\bd[aå]rlig\w*|\belendig\w*|\bspatn\w*|\bnegativn\w*|\bnejhorsi\w*",
        "hu": r"\brossz\w*|\bnegativ\w*|\blegrosszabb\w*|\begy csillag\w*",
        "fi": r"\bhuono\w*|\bnegatiivi\w*|\bsurkea\w*|\byhden tahden|\bhuonoimm\w*",
        "el": r"\bκακ(?:η|ο|ες|ους)\b|\bαρνητικ\w*|\bχειροτερ\w*|\bενα αστερι",
        "uk": r"\bпоган\w*|\bнегативн\w*|\bнайгірш\w*|\bодну зірк\w*",
        "no": r"\bdårlig\w*|\bdarlig\w*|\bnegativ\w*|\bverste?\b",
        "sk": r"\bnegatívn\w*|\bnajhorš\w*",
        "hr": r"\bnegativn\w*|\bnajgor\w*",
        "bg": r"\bлош\w*|\bнегативн\w*|\bнай-лош\w*",
        "lt": r"\bblog\w*|\bneigiam\w*",
        "lv": r"\bslikt\w*|\bnegatīv\w*",
        "et": r"\bhalb\w*|\bnegatiivs\w*",
        "vi": r"\bđanh gia xau\b|\bdanh gia xau\b|\btieu cuc\b|\b1 sao\b",
        "tl": r"\bpangit na review|\bmasamang review",
        "hi": r"\bbura review|\bkharab rating|\bkharab review|\bek star\b",
        "ar": r"تقييم سيء|نجمة واحدة|سلبي",
        "he": r"ביקורת רעה|כוכב אחד|שלילי",
        "zh": r"差评|差評|一星",
        "ja": r"低評価|星1|悪い評価",
        "ko": r"나쁜 리뷰|별 하나|악플|1점",
    },
    "report": {
        "nl/tr": r"\bmeld\w*|aangifte|klacht|sikayet\w*|bildir\w*|rapor\w*",
        "sv": r"anmal\w*|\bsupporten\b",
        "ro/id": r"raport\w*|\blapor\w*|reclamati\w*",
        "da/cs": r"\banmelder\b|\bsvindel\b|\bindberet\w*|\bstiznost\w*|\bnahlas\w*|\bpodvod\w*|"
        r"tilbagef[oø]r\w*|[aæ]rgerligt|"
        r"skoda,? kdyby|by(?:la|lo) by skoda",
        "hu": r"\bfeljelent\w*|\bbejelent\w*|\bpanasz\w*",
        "fi": r"\bilmoitan\b|\bilmianna\w*|\bvalitu\w*|\braportoi\w*|\bkantelu\w*",
        "el": r"\bκαταγγελ\w*|\bαναφορ\w*|\bθα σε αναφερ\w*|\bπαραπον\w*",
        "uk": r"\bскарг\w*|\bпоскаржу\w*|\bповідомлю\w*",
        "no": r"\brapporter\w*|\banmeld(?:er|e)\b|\bklage\w*",
        "sk": r"\bnahlás\w*|\bsťažnos\w*|\bstaznos\w*|\bpodvod\w*",
        "hr": r"\bprijavit\w*|\bprijavi(?:m|cu|ću)\b|\bprijavu\b|\bžalb\w*|\bprevar\w*",
        "bg": r"\bсигнал\w*|\bоплак\w*|\bизмам\w*",
        "lt": r"\bpranes\w*|\bpraneš\w*|\bskund\w*",
        "lv": r"\bziņo\w*|\bzino\w*|\bsūdz\w*|\bsudz\w*",
        "et": r"\bteatan\b|\bkaeba\w*|\bkaeban\w*",
        "vi": r"\bbao cao\b|\bto cao\b|\bkhieu nai\b",
        "tl": r"\bi-?report\w*|\birereport\b",
        "hi": r"\breport kar\w*|\bshikayat\w*",
        "ar": r"أبلغ|سأبلغ|شكوى",
        "he": r"אדווח|תלונה",
        "zh": r"举报|舉報|投诉|投訴",
        "ja": r"通報|報告する",
        "ko": r"신고",
    },
    "benefit": {
        "nl/tr": r"korting|terugbetal|terug (?:via|naar|op)|cadeau\w*|tegoed|bonus|fooi|geld terug|indirim|iade|hediye|"
        r"geri (?:gonder|ode|veri)\w*|ucretsiz|bedava",
        "sv": r"tillbaka|swish\w*|presentkort|vanpris|aterbetal\w*|\bdricks\b|rabatt",
        "ro/id": r"\binapoi\b|\bbani\b|\bbanii\b|reducere|cadou|transfer balik|kembali\w*|dikembalikan|diskon|"
        r"hadiah|\bpotong\b|\bsticla\b|ceva pentru tine|sesuatu (?:buat|untuk)|balas budi|nu uit cine",
        "da/cs": r"(?:money|penge\w*|bel[oø]b\w*|gebyr\w*|betal\w*|send\w*|overf[oø]r\w*|penize|poslu|posl[ae]t)\W+"
        r"(?:\w+\W+){0,4}?(?:tilbage|zpatky|zpet)\b|mobilepay|\bflaske\b|fra fakturaen|\bvratim\b|\bzdarma\b|"
        r"levnejsi|\bslev\w*|\blahev\b|z faktury|"
        # a gift card, a tip, money refunded: "gavekort", "drikkepenge", "tilbagebetaler", "dárek",
        # "spropitné", "vrácení peněz", "poukázka"
        r"gavekort|drikkepenge|tilbagebetal\w*|\bdarek\b|\bdarky\b|spropitn\w*|vraceni penez|poukaz\w*",
        # money back and money sent, in the new languages
        "hu": r"\bvisszautal\w*|\bvisszafizet\w*|\bvisszakap\w*|\bvissza(?:adom|kuldom|küldöm)\b|\bvissza\b|"
        r"\batutal\w*|\bküldök\b|\bkuldok\b",
        "fi": r"\btakaisin\b|\bpalautan\b|\blahetan\b|\bmaksan\b",
        "el": r"\bπισω\b|\bεπιστροφ\w*|\bθα σου στειλω|\bθα σας στειλω|\bθα πληρωσω",
        "uk": r"\bповерну\b|\bповернення\b|\bперекажу\b|\bнадішлю\b",
        "no": r"\btilbake\b|\bvipps\w*|\bbetaler (?:deg|tilbake)",
        "sk": r"\bspäť\b|\bspat\b|\bvrátim\b|\bvratim\b|\bpošlem\b|\bposlem\b",
        "hr": r"\bnatrag\b|\bvratit\w* (?:ću|cu|novac)|\bpovrat\w*|\bposlat\w* (?:ću|cu)",
        "bg": r"\bвърна\w*|\bобратно\b|\bще ти пратя|\bще ви пратя",
        "lt": r"\bgrąžin\w*|\bgrazin\w*|\batgal\b",
        "lv": r"\batpakaļ\b|\batpakal\b|\batmaks\w*",
        "et": r"\btagasi\b|\btagastan\b",
        "vi": r"\bhoan tien\b|\btra lai\b|\bgui (?:ban|anh|chi)\b",
        "tl": r"\bibabalik\b|\brefund\b|\bpadadalhan",
        "hi": r"\bpaise wapas|\bwapas (?:kar|de) dunga|\bbhej dunga\b",
        "ar": r"استرداد|أرد لك|سأرسل لك",
        "he": r"אחזיר|החזר",
        "zh": r"退款|退钱|退錢|返给你|返給你",
        "ja": r"返金|お返し",
        "ko": r"환불|돌려",
    },
    "condition": {
        "nl/tr": r"\bals\b|\bzodra\b|\bmits\b|(?<=\w\w)(?:r|maz|mez)(?:san|sen|saniz|seniz)\b|\beger\b|"
        r"\b(?:olur|verir|gelir|olmaz|gelmez|verirsen)(?:sa|se)\b",
        "sv": r"\bom\b|\bnar\b|sa fort|\bsa snart\b",
        "ro/id": r"\bdaca\b|\bimediat ce\b|\bcand\b|\bkalau\b|\bklo\b|\bkalo\b|\bjika\b|\basal\b|\bbegitu\b|"
        r"\bprimesti\b|\bdapat\b",
        "da/cs": r"\bhvis\b|\bkdyz\b|\bjestli\b|\bpokud\b|\bjakmile\b",
        "hu": r"(?<!ha )\bha\b(?! ha\b)|\bamint\b|\bamikor\b|\bakkor\b|\baki\b|\bakik\b",
        "fi": r"\bjos\b|\bheti kun\b|\bkunhan\b|\bjoka\b|\bjotka\b",
        "el": r"\bαν\b|\bεαν\b|\bμολις (?:μου )?(?:δωσ|βαλ|αφησ|γραψ|δω|δει)\w*|\bοποιος\b|\bοσοι\b",
        "uk": r"\bякщо\b|\bяк тільки\b|\bщойно\b",
        "no": r"\bhvis\b|\bnår\b|\bså snart\b|\bså (?:sender|betaler|får) (?:jeg|du)\b",
        "sk": r"\bak\b|\bkeď\b|\bhneď ako\b|\bhned ako\b",
        "hr": r"\bako\b|\bčim\b",
        "sl": r"\bče\b|\bko\b|\bbrž ko\b",
        "bg": r"\bако\b|\bщом\b",
        "lt": r"\bjei\b|\bjeigu\b|\bkai tik\b",
        "lv": r"\btiklīdz\b",
        "et": r"\bkui\b|\bniipea kui\b",
        "vi": r"\bneu (?:ban|anh|chi|em|quy khach|ong|ba)\b|\bngay khi\b",
        "tl": r"\bkung\b|\bkapag\b|\bpag\b",
        "hi": r"\bagar\b|\bjab\b",
        "ar": r"\bإذا\b|\bاذا\b|\bلو\b",
        "he": r"\bאם\b|\bברגע ש\w*",
        "zh": r"如果|只要|要是|的话|的話",
        "ja": r"もし|なら|たら|すれば",
        "ko": r"만약|주시면|주면|해주면|하면",
    },
    "tie": {
        "nl/tr": r"in ruil|als bedankje|als dank|in plaats daarvan|karsiligin\w*|karsılıgın\w*|tesekkur olarak|"
        r"tesekkur icin|hatirini|hatırını",
        "sv": r"i utbyte|\bsa (?:ar|far) (?:de|du|det)\b|(?:ar|blir) (?:de|det) (?:dina|ditt|din)\b",
        "ro/id": r"in schimbul|\bpentru\W+5star|\b(?:untuk|buat)\s+(?:rating\s+|ulasan\s+)?5star|urmator\w*|berikut\w*|"
        r"\bsonraki\b",
        "da/cs": r"\bsa (?:sender|betaler|laver|giver|far) (?:jeg|du)\b|\bfor\W+en\W+5star|"
        # (not a thank-you for the stars: "díky za pět hvězdiček")
        r"(?<!diky )(?<!dekuji )(?<!dekujeme )\bza\W+(?:hodnoceni\W+)?5star|"
        r"\bpristi (?:zakazk|projekt|prac|objednavk)\w*|"
        r"n[aæ]ste (?:opgave|projekt)|til geng[aæ]ld",
        "hu": r"\bcserebe\b|\bcserébe\b|\bertekelesert\b|\bértékelésért\b|\ba tied\b|\ba tiéd\b|\ba tieid\b",
        "fi": r"\bvastineeksi\b|\bvastalahjaksi\b|\barviosta\b|\bovat sinun\b|\bon sinun\b",
        "el": r"\bσε ανταλλαγμα\b|\bσε αντάλλαγμα\b|\bειναι δικ(?:α|ο|η) σου\b|\bγια μια (?:καλη )?κριτικη",
        "uk": r"\bв обмін\b|\bнатомість\b|\bза (?:гарний |хороший )?відгук\b|\bваші\b|\bтвої\b",
        "no": r"\bi bytte\b|\bmot en\b",
        "sk": r"\bvýmenou za\b|\bvymenou za\b|\bza hodnoten\w*",
        "hr": r"\bu zamjenu\b|\bu zamenu\b|\bza (?:dobru )?(?:ocjenu|recenziju)\b",
        "bg": r"\bв замяна\b|\bсрещу (?:добър )?отзив",
        "lt": r"\bmainais\b|\buž (?:gerą )?atsiliepim\w*|\buz atsiliepim\w*",
        "lv": r"\bapmaiņā\b|\bapmaina\b|\bpar (?:labu )?atsauksm\w*",
        "et": r"\bvastutasuks\b|\barvustuse eest\b",
        "vi": r"\bđoi lai\b|\bdoi lai\b",
        "tl": r"\bkapalit\b",
        "hi": r"\bbadle mein\b|\bke badle\b",
        "ar": r"مقابل|في المقابل",
        "he": r"בתמורה",
        "zh": r"作为交换|作為交換|换一个|換一個|就送|就给你|就給你",
        "ja": r"代わりに|引き換え",
        "ko": r"대신|대가로",
    },
    "threat_tie": {
        "nl/tr": r"\bof (?:ik|je|jij|het|u)\b|\banders (?:ik|krijg|wordt|zet|geef)\b|\btenzij\b|\bzonder\b|"
        r"\byoksa\b|aksi (?:halde|takdirde)|"
        r"(?<=\w\w)(?:maz|mez)(?:sa|se|san|sen|saniz|seniz)\b",
        "sv": r"\bannars\b|eller sa\b|\bantingen\b|\butan\b|\bom (?:\w+ )?inte\b|\bingen \w+\s*\?",
        "ro/id": r"\bsau\b|\bori\b|\baltfel\b|\bdaca nu\b|\batau\b|\bkalau (?:tidak|nggak|gak|ga)\b|"
        r"\bklo (?:tidak|nggak|gak|ga)\b|\bpacat\b|\bsayang\b|"
        # a pity, in the words of the languages that had it without "if": "seria chato", "yazık olur"
        r"seria chato|yaz[iı]k olur|\bof (?:ze|zij|we)\b",
        "da/cs": r"\bellers\b|\beller ogsa\b|\bmedmindre\b|\bhvis (?:\w+ ){0,3}?ikke\b|"
        r"\bjinak\b|\bnebo\b|\b[aæ]rgerligt\b|\bskoda\b",
        # "if … not" with the new languages' words for both
        "if_not": r"\b(?:jos|ha|αν|εαν|якщо|ako|ak|jei|kui|daca|kalau|kung|agar)\b(?:\s+\w+){0,3}?\s+"
        r"(?:en|et|ei|ette|nem|δεν|не|ні|ne|nie|nu|tidak|hindi|nahi|nahin)\b",
        "hu": r"\bkulonben\b|\bkülönben\b|(?:^|[,;.:!?]\s*)vagy\b|\bhacsak\b|\bamig nem\b|\bamíg nem\b|"
        r"\bkar lenne\b|\bkár lenne\b",
        "fi": r"\bmuuten\b|\btai\b|\bellei\w*|\bellet\b|\bkunnes\b|\bjoko\b|\bharmi jos|\bsaali jos|\bsääli jos|"
        r"\bolisi ikava",
        "el": r"\bαλλιως\b|\bαλλιώς\b|\bμεχρι να\b|\bεκτος αν\b|\bκριμα (?:αν|να)\b|\bθα ηταν κριμα|\bειτε\b",
        "uk": r"\bінакше\b|\bабо\b|\bпоки не\b|\bякщо не\b|\bшкода буде\b|\bбуде шкода\b",
        "no": r"\bellers\b|\bmed mindre\b|\bhvis (?:\w+ ){0,3}?ikke\b|\bsynd hvis\b",
        "sk": r"\binak\b|\balebo\b|\bkým nie\b|\bkym nie\b|\bak nie\b|\bškoda by\b|\bskoda by\b",
        "hr": r"\binače\b|\binace\b|\bili\b|\bosim ako\b|\bdok ne\b|\bako ne\b|\bšteta (?:bi|ako)\b|\bsteta (?:bi|"
        r"ako)\b",
        "sl": r"\bsicer\b|\bali pa\b|\bdokler ne\b|\bškoda bi\b|\bskoda bi\b",
        "bg": r"\bиначе\b|\bили\b|\bдокато не\b|\bако не\b|\bжалко (?:ще|би)\b",
        "lt": r"\bkitaip\b|\barba\b|\bnebent\b|\bkol ne\w*",
        "lv": r"\bcitādi\b|\bcitadi\b|\bvai arī\b|\bja ne\b|\bkamēr ne\w*",
        "et": r"\bmuidu\b|\bvõi\b|\bvoi\b|\bkuni\b|\bkui ei\b",
        "vi": r"\bneu khong\b|\bkhong thi\b|\bhoac\b",
        "tl": r"\bkung hindi\b|\bkundi\b|\bo kaya\b",
        "hi": r"\bwarna\b|\bnahi to\b|\bnahin to\b|\bvarna\b",
        "ar": r"\bوإلا\b|\bوالا\b|\bأو\b|\bاو\b",
        "he": r"\bאחרת\b|\bאו ש",
        "zh": r"否则|否則|不然|要么|要麼",
        "ja": r"さもないと|でなければ|しないと|しなければ",
        "ko": r"안 그러면|그렇지 않으면|아니면",
    },
    "demand": {
        "nl/tr": r"\bgeef\b|\bmaak\b|verander|\byap\b|iade et|yukselt",
        "sv": r"\bge mig\b|betala tillbaka|\bandra\b",
        "ro/id": r"\bvreau\b|\bda-mi\b|\bfa-mi\b|\bmau\b|\bkembalikan\b|\bbetaal\b(?:\W+\w+){0,4}?\W+terug\b|"
        r"\biade et\b|\berstatte\b|\bverni\w*|\bзверн\w*|\bверните\b|\bzwr[oó][cć]\b|\brimborsami\b|"
        r"\brefund\b",
        "da/cs": r"\bbetal (?:mig )?(?:\w+ ){0,2}?tilbage\b|\bgiv mig\b|\bret det\b|\bvratte\b|\budelejte\b|"
        r"\bopravte\b|\bdejte mi\b",
        "hu": r"\badd vissza\b|\bfizesd vissza\b|\bvisszakapom\b|\bakarom\b|\bkerem vissza\b|\bfizetsz vissza\b",
        "fi": r"\bpalauta\b|\bmaksa takaisin\b|\bhaluan\b|\brahani takaisin",
        "el": r"\bεπεστρεψε\b|\bεπιστρεψτε\b|\bθελω\b|\bδωσε μου πισω",
        "uk": r"\bповерніть\b|\bповерни\b|\bхочу\b",
        "no": r"\bbetal tilbake\b|\bgi meg\b|\bjeg vil ha\b",
        "sk": r"\bvráťte\b|\bvratte\b|\bvráť\b|\bchcem\b",
        "hr": r"\bvrati(?:te)? (?:mi )?(?:novac|pare)|\bhoću\b|\bhocu\b",
        "bg": r"\bвърнете\b|\bвърни\b|\bискам\b",
        "lt": r"\bgrąžink\w*|\bnoriu\b",
        "lv": r"\batdod\w*|\bgribu\b",
        "et": r"\btagasta\b|\btahan\b",
        "vi": r"\btra lai tien\b|\btoi muon\b",
        "tl": r"\bibalik mo\b|\bgusto ko\b",
        "hi": r"\bpaise wapas karo\b|\brefund karo\b|\bmujhe chahiye\b",
        "ar": r"أعد|اريد|أريد",
        "he": r"תחזיר|אני רוצה",
        "zh": r"退我|还我|還我|我要",
        "ja": r"返して|返金しろ",
        "ko": r"돌려줘|돌려주",
    },
    "request": {
        "nl/tr": r"geef (?:me|mij)|\bbana\b.{0,20}\bver\b",
        "sv": r"\bge mig\b|\bbara\b(?:\W+\w+){0,3}?\W+(?:omdome\w*|betyg|5star)",
        "ro/id": r"\bda-mi\b|\bkasih\s+(?:saya\s+)?5star|\b(?:daj|geef|gib|dai|dame|da)\W+5star",
        "da/cs": r"\bgiv (?:mig )?5star|\bdejte (?:mi )?5star|bed[oø]m mig|ohodnot\w* (?:me|mne)\b",
        "hu": r"\badj\b|\badjon\b|\bertekelj\w*|\bértékelj\w*",
        "fi": r"\banna (?:minulle )?5star|\banna minulle\b|\barvioi minut\b",
        "el": r"\bδωσε μου\b|\bβαλε μου\b|\bαφησε μου\b",
        "uk": r"\bпоставте\b|\bпостав\b|\bзалиште\b",
        "no": r"\bgi meg\b|\bgi (?:meg )?5star",
        "sk": r"\bdajte mi\b|\bdaj mi\b|\bohodnoť\w*|\bohodnot\w*",
        "hr": r"\bdaj(?:te)? mi\b|\bocijeni\w*",
        "bg": r"\bдайте ми\b|\bдай ми\b|\bоставете\b",
        "lt": r"\bduok\w* (?:man )?5star",
        "lv": r"\bdod\w* (?:man )?5star",
        "et": r"\banna (?:mulle )?5star",
        "vi": r"\bcho (?:minh|toi|em) 5star",
        "tl": r"\bbigyan mo ako\b",
        "hi": r"\b5star (?:de|do|dena|dijiye)\b",
        "zh": r"给我|給我",
        "ja": r"ください",
        "ko": r"주세요",
    },
    "honest": {
        "nl/tr": r"eerlijk|zoals je wilt|wat je (?:wilt|vindt)|aan jou|geen druk|nas[iı]l istersen|istedi[gğ]in gibi|"
        r"sana kalm[iı]s|d[uü]r[uü]st|bask[iı] yok",
        "sv": r"\barlig\w*|som du vill|inget tvang|oavsett",
        "ro/id": r"\bsincer\w*|\bjujur\b|cum (?:vrei|crezi)|terserah",
        "da/cs": r"\b[aæ]rlig\w*|uanset hvad|uden pres|intet pres|ingen pres|zadny natlak|"
        r"\buprimn\w*|tak jako tak|bez natlak\w*",
        "hu": r"\bsemmi gond\b|\bahogy gondolod\b|\bnyomas nelkul",
        "fi": r"\brehellinen\b|\brehellise\w*|\bei paineita\b|\bmiten haluat\b",
        "el": r"\bειλικριν\w*|\bχωρις πιεση\b|\bοπως θελεις\b",
        "uk": r"\bчесн\w*|\bбез тиску\b|\bяк вважаєте\b",
        "no": r"\bærlig\w*|\barlig\w*|\bingen press\b",
        "sk": r"\búprimn\w*|\buprimn\w*|\bbez tlaku\b",
        "hr": r"\biskren\w*|\bbez pritiska\b|\bkako god\b",
        "bg": r"\bчестн\w*|\bбез натиск\b",
        "lt": r"\bsąžining\w*|\bsazining\w*",
        "lv": r"\bgodīg\w*|\bgodig\w*",
        "et": r"\bausalt\b|\bausa (?:arvustus|hinnang)\w*",
        "vi": r"\bthanh that\b|\bkhong ep\b",
        "zh": r"真实|真實|诚实|誠實|不勉强",
        "ja": r"正直",
        "ko": r"솔직",
    },
    "third_party": {
        "hu": r"\begy masik (?:ugyfel|megbizo|megrendelo)\w*|\begy ugyfel\w*",
        "fi": r"\btoinen asiakas\b|\berään asiakas\w*|\beraan asiakas\w*|\beras asiakas\b",
        "el": r"\bαλλος πελατης\b|\bενας πελατης\b|\bαλλη πελατισσα",
        "uk": r"\bінший клієнт\w*|\bодин клієнт\w*|\bінший замовник\w*",
        "no": r"\ben annen kunde\b|\ben kunde\b",
        "sk": r"\biný klient\w*|\biny klient\w*|\bjeden klient\w*",
        "hr": r"\bdrugi klijent\w*|\bjedan klijent\w*",
        "bg": r"\bдруг клиент\w*|\bедин клиент\w*",
        "lt": r"\bkitas klient\w*",
        "lv": r"\bcits klient\w*",
        "et": r"\bteine klient\w*",
    },
    "told": {
        "hu": r"\bezt irta\b|\bazt irta\b|\birta:|\bfenyeget\w*|\bzsarol\w*",
        "fi": r"\bkirjoitti\b|\bsanoi\b|\buhkasi\b|\bkiristi\b",
        "el": r"\bμου εγραψε\b|\bεγραψε\b|\bαπειλησε\b|\bεκβιασε\b",
        "uk": r"\bнаписав\w*|\bпогрожував\w*|\bшантажував\w*",
        "no": r"\bskrev\b|\btruet\w*|\btruede\b",
        "sk": r"\bnapísal\w*|\bnapisal\w*|\bvyhrážal\w*|\bvyhrazal\w*",
        "hr": r"\bnapisao\b|\bnapisala\b|\bprijetio\b|\bprijetila\b|\bpretio\b",
        "bg": r"\bнаписа\b|\bзаплаши\w*",
        "lt": r"\bparašė\b|\bparase\b|\bgrasino\b",
        "lv": r"\brakstīja\b|\brakstija\b|\bdraudēja\b|\bdraudeja\b",
        "et": r"\bkirjutas\b|\bähvardas\b|\bahvardas\b",
    },
    "refused": {
        "hu": r"\bjelentettem\b|\bnem fizettem\b|\bvisszautasitottam\b",
        "fi": r"\bilmoitin\b|\ben maksanut\b|\bkieltaydyin\b",
        "el": r"\bτο αναφερα\b|\bδεν πληρωσα\b|\bαρνηθηκα\b",
        "uk": r"\bповідомив\w*|\bвідмовив\w*|\bне платив\b",
        "no": r"\brapporterte\b|\bnektet\b",
        "sk": r"\bnahlásil\w*|\bnahlasil\w*|\bodmietol\w*",
        "hr": r"\bprijavio\b|\bprijavila\b|\bodbio\b|\bodbila\b",
    },
    # the sender's rating or benefit already given: "tegnap adtam öt csillagot", "σου έβαλα", "annoin"
    "already_rated": {
        "de": r"\bhab(?:e)? (?:dir|ihnen)\W+(?:\w+\W+){0,3}?(?:gegeben|vergeben|hinterlassen)",
        "hu": r"\badtam\b|\bertekeltelek\b",
        "fi": r"\bannoin\b|\barvioin sinut\b",
        "el": r"\bσου (?:εβαλα|εδωσα|αφησα)\b|\bσας (?:εβαλα|εδωσα|αφησα)\b",
        "uk": r"\bпоставив\w*|\bзалишив\w*",
        "no": r"\bga deg\b",
        "sk": r"\bdal som\b|\bdala som\b",
        "hr": r"\bdao sam\b|\bdala sam\b",
        "nl": r"\bheb je\W+(?:\w+\W+){0,3}?gegeven\b",
    },
    "given": {
        "id": r"\bsudah\b|\budah\b",
        "hu": r"\bkuldtem\b|\butaltam\b|\bfizettem\b",
        "fi": r"\blahetin\b|\bmaksoin\b",
        "el": r"\bεστειλα\b|\bπληρωσα\b",
        "uk": r"\bнадіслав\w*|\bпереказав\w*",
        "sk": r"\bposlal\w*",
        "hr": r"\bposlao\b|\bposlala\b",
        "pl": r"\bwysłałem\b|\bwysłałam\b|\bwyslalem\b|\bwyslalam\b",
        "nl": r"\bgestuurd\b|\bovergemaakt\b",
    },
    "free_work": {
        "nl/tr": r"voor niks|bedava|ucretsiz",
        "ro/id": r"fara (?:niciun )?cost|tanpa biaya|"
        r"\bgratis\b(?=\W+(?:\w+\W+){0,3}?(?:atau|sau|altfel|of|or|o|ou|oder|albo|oppure|или|yoksa)\b)",
        "da/cs": r"\b(?:gratis|zdarma)\b(?=\W+(?:\w+\W+){0,3}?(?:ellers|nebo|jinak)\b)",
    },
    "chargeback": {
        "nl/tr": r"terugboek\w*|terugvorder\w*|itiraz\w*|ters ibraz",
        "sv": r"bestrid\w*|aterkrav\w*",
        "da/cs": r"tilbagef[oø]r\w*|\breklamac\w*",
    },
    "harm": {
        "da/cs": r"\bsmadr\w*|\bodel[aæ]gg\w*|\bznic\w*",
    },
}
for _name, _by_language in _MORE_LANGUAGES.items():
    _C[_name] += "|" + "|".join(_by_language.values())
# Shapes that carry across languages, each a class of wording rather than a phrase:
# - a bill not sent: an invoice word and a negated "send / issue / bill" in one sentence,
#   in either order ("I'll simply not send the last invoice", "la última factura no te la
#   paso", "die letzte Rechnung stell ich nicht", "το τιμολόγιο δεν το κόβω", "jätän laskun
#   lähettämättä");
_INVOICE = (
    r"(?:invoice|bill|factur|factuur|fatur|rechnung|fattur|faktur|szaml|lasku|τιμολογ|счет|счёт|рахун|racun|saskait|"
    r"rekin|\barve)\w*"
)
_NOT = r"(?:not|no|won'?t|wont|don'?t|dont|never|ne|pas|nicht|nie|non|niet|nao|не|nem|ei|δεν|nebudu|necu|neću)"
_ISSUE = (
    r"(?:send|issue|bill|charge|raise|invoic|envi|envoi|mand|pasa|paso|cobr|stell|schick|выстав|отправ|пришл|"
    r"wystaw|wysl|wysył|stuur|kuld|kiall|allit|lahet|laskut|κοβ|στειλ|στελν|vystav|posl|izda|posal|fattur|factur|"
    r"addebit|rechne)\w*"
)
_SPAN = r"(?:[^.!?\n(]|\([^)\n]{0,40}\))"  # one sentence, a parenthesis read whole
_WAIVED_BILL = (
    rf"\b{_NOT}\b{_SPAN}{{0,30}}?\b{_ISSUE}{_SPAN}{{0,40}}?\b{_INVOICE}|"
    rf"\b{_INVOICE}{_SPAN}{{0,60}}?\b{_NOT}\b{_SPAN}{{0,20}}?\b{_ISSUE}|"
    rf"\b{_ISSUE}{_SPAN}{{0,60}}?\b{_INVOICE}{_SPAN}{{0,40}}?\b{_NOT}\b|"
    rf"\b{_INVOICE}{_SPAN}{{0,60}}?\b{_ISSUE}{_SPAN}{{0,25}}?\b{_NOT}\b|"
    rf"\b{_INVOICE}{_SPAN}{{0,60}}?\w+mat+a\b|"
    rf"\b{_NOT}\W+(?:\w+\W+)?(?:bill|charge|invoice)\W+(?:\w+\W+){{0,3}}?(?:hours?|hrs?|h|time|fee|days?)\b"
)
# - better terms kept for raters: the best or a special rate, priority in the calendar, a list
#   of clients ("my best rates", "le tariffe migliori", "preço especial", "prioridade na agenda");
_BETTER = (
    r"(?:best|better|special|preferential|mejor\w*|especial\w*|melhor\w*|meilleur\w*|besonder\w*|"
    r"лучш\w*|особ\w*|miglior\w*|special\w*|najlepsz\w*|lepsz\w*|specjaln\w*|beste|legjobb|kulonleges|parha\w*|"
    r"erikois\w*|καλυτερ\w*|ειδικ\w*|nejlepsi|zvyhodnen\w*|najbolj\w*|geriausi\w*|labak\w*|parim\w*)"
)
_TERMS = (
    r"(?:rates?|prices?|pricing|tarif\w*|precio\w*|preco\w*|prix|preis\w*|цен\w*|тариф\w*|prezz\w*|"
    r"stawk\w*|prijs\w*|tarief|arat|arak|hint\w*|τιμ\w*|sazb\w*|condiciones|condicoes|konditionen|условия)"
)
_BETTER_TERMS = (
    rf"\b{_BETTER}\W+(?:\w+\W+)?{_TERMS}\b|\b{_TERMS}\W+(?:\w+\W+)?{_BETTER}\b|"
    r"\bpriori\w*\W+(?:\w+\W+){0,2}?(?:agenda|calendar|schedule|kalender|calendario|kalendarz|naptar\w*|kalenter\w*|"
    r"ημερολογ\w*)|\bprecedenza\b|\bw pierwszej kolejnosci\b|\bvoorrang\b|"
    r"\b(?:list|lista|liste|lijst\w*|listinha|listam|listaa?|λιστα|список|seznam|zoznam|popis)\W+(?:\w+\W+){0,3}?"
    r"(?:clients?|clientes|klant\w*|klient\w*|ugyfel\w*|asiakk\w*|πελατ\w*|kunden|клиент\w*|clienti|zakaznik\w*)"
)
# - whoever gives the top rating (a benefit for everyone who does): a relative pronoun, then
#   the top rating within a few words ("quem der nota máxima", "chi lascia il voto massimo",
#   "wie het hoogste cijfer geeft", "όποιος βάλει τον μέγιστο βαθμό", "ci, którzy nie skąpili");
_WHOEVER = (
    r"(?:whoever|anyone who|everyone who|everybody who|every ?1 who|all who|those who|people who|ppl who|"
    r"quien|quienes|todos los que|quem|qui|quiconque|tous ceux qui|ceux qui|wer|alle,? die|все,? кто|кто|тот,? кто|"
    r"chi|chiunque|tutti quelli che|kto|ktokolwiek|wszyscy,? ktorzy|ci,? ktorzy|wie|iedereen die|kim|herkes|aki|akik|"
    r"mindenki,? aki|joka|jotka|kaikki,? jotka|οποιος|οσοι|kdo|kdokoli|tko|kdor|кой|всеки,? който|kas|kurs|kes|"
    r"sinuman|siapa(?:pun)?|ai)"
)
_TOP_WORDS = (
    r"(?:5star|5|five|top|max\w*|best\w*|hochst\w*|highest|hoogste|najwyzsz\w*|высш\w*|massim\w*|parha\w*|legjobb|"
    r"μεγιστ\w*|generos\w*|genereu\w*|gul|nie skapi\w*|not stingy|grosszugig\w*|щедр\w*|nagyvonalu\w*|antelia\w*|"
    r"γενναιοδωρ\w*|maksim\w*|nejvyssi|najvyssi|najvis\w*)"
)
_WHOEVER_TOP = rf"\b{_WHOEVER}\W+(?:\w+\W+){{0,4}}?{_TOP_WORDS}\b"
# - files, sources or passwords kept until the rating ("me los quedo hasta", "li tengo io
#   finché", "hou ik tot", "τα κρατάω μέχρι");
_FILES = (
    r"(?:files?|sources?|code|passwords?|credentials|archivos|arquivos|fichiers|dateien|quelldatei\w*|исходник\w*|"
    r"файл\w*|sorgent\w*|plik\w*|bestanden|bronbestanden|wachtwoord|dosya\w*|fajl\w*|forrasfajl\w*|jelszo\w*|"
    r"tiedost\w*|salasan\w*|αρχει\w*|κωδικ\w*|soubor\w*|hesl\w*|subor\w*|datotek\w*|lozink\w*|contrasen\w*|senha\w*|"
    r"mot de passe|passwort|парол\w*|haslo)"
)
_KEEP = (
    r"(?:keep|hold|tengo|quedo|guardo|fico com|garde|behalt\w*|halte|оставлю|держу|trattengo|zatrzym\w*|hou|houd|"
    r"κραταω|κρατω|megtart\w*|pidan|necham|zadrzim|zadrzavam|paturu|jatan|jätan)"
)
_UNTIL = (
    r"(?:until|till|hasta|ate|jusqu\w*|bis|пока|finche|dopoki|tot|kadar|amig|kunnes|μεχρι|dokud|kym|dok|kol|kamer|"
    r"kuni|hanggang)"
)
_KEPT_UNTIL = (
    rf"\b{_FILES}\b[^.!?\n]{{0,60}}?\b{_KEEP}\b[^.!?\n]{{0,40}}?\b{_UNTIL}\b|"
    rf"\b{_KEEP}\b[^.!?\n]{{0,40}}?\b{_FILES}\b[^.!?\n]{{0,40}}?\b{_UNTIL}\b"
)
# - a private arrangement (what a veiled threat asks for): "we can sort the price out between
#   us", "lo arreglamos entre nosotros", "договоримся между собой", "τα βρούμε μεταξύ μας";
_ARRANGE = (
    r"\bbetween us\b|\bentre nosotros\b|\bentre nos\b|\bentre nous\b|\bunter uns\b|\bмежду нами\b|\bмежду собой\b|"
    r"\btra noi\b|\bmiedzy soba\b|\bonder ons\b|\bsamen\b[^.!?\n]{0,20}\buit\b|\begymas kozt\b|\bkeskenamme\b|"
    r"\bmeidan kesken\b|"
    r"\bμεταξυ μας\b|\bmezi sebou\b|\bmedzi sebou\b|\bmedju nama\b|\bmeđu nama\b|\baramizda\b|"
    r"\bsort (?:it|this|that|the price|things) out|\bwork (?:it|something) out|\bcome to an (?:arrangement|agreement)|"
    r"\bдоговоримся\b|\bdogadamy\b|\barreglamos\b|\bacertamos\b|\bon s'?arrange|\beinig\b|\bd'?accordo\b|"
    r"\bmegegyez\w*|\bsovitaan\b|\bτα βρουμε\b|\bdomluvime\b|\bdohodneme\b|\bdogovorit\w*"
)
# - the reader's own money back, demanded: "get my money back", "mijn geld … terug", "ridammi i soldi";
_MY_MONEY = (
    r"\b(?:my|mi|meu|mon|mein|мои|моих|moje|mijn|rahani|τα|miei|moj|min|mine)\W+(?:money|dinero|dinheiro|argent|"
    r"geld|деньги|pieniadze|soldi|penzem|rahat|λεφτα|penge|pengar|penize|novac)\b|\bridai\b|\bridammi\b|"
    r"\brestituisc\w*|\bвернешь\b|\bвернете\b|\bверните\b|\bterugbeta\w*|\bεπιστρεφεις\b|\bεπιστρεψεις\b|"
    r"\bεπιστρεψε\b|\bfizess?d? vissza\b|\bmaksat takaisin\b|\bpalautat\b|\bpalautat rahat\b"
    r"|\ba penzem\b|\bi (?:miei )?soldi\b"
)
# - a rating asked for in the imperative or the second person, then anything: "pon 5*", "mets
#   5*", "ставишь 5*", "βάζεις 5*", "anna 5*", "dajesz 5*" (with a benefit, an offer; with a
#   harm after "or", a threat);
_RATE_IT = (
    # (not a promise: "I'll leave five stars"; not a preposition: "una reseña de 5*")
    r"(?<!\bi )(?<!\bill )(?<!i'll )(?<!will )(?<!\bwe )(?<!we'll )(?<!\bto )(?<!gonna )"
    r"\b(?:rate|give|leave|put|pon|pones|dale|mets|gib|gibst|geef|metti|daj|dajesz|wystaw|ставь\w*|"
    r"ставишь|поставь\w*|поставишь|adj|adsz|anna|annat|βαλε|βαζεις|δωσε|dej|dejte|dajte|giv|coloca|deixa)\W+"
    r"(?:\w+\W+)?5star"
)
_C["benefit"] += (
    "|" + _WAIVED_BILL + "|" + _BETTER_TERMS + r"|\bχαριζ\w*|\bje t'?offre\b|\bschenk\w* (?:ich )?(?:dir|ihnen)|"
    r"\bдарю\b|\bpodaruj\w*|\bajandekba\b|\btix\b|\bplaces? (?:pour|for|para|per|fur) (?:le|la|the|el|o|das|den|il)\W+"
    r"(?:\w+\W+)?(?:match|concert|show|spectacle|partido|jogo|spiel|konzert|partita|concerto|game|festival)|"
    r"\blippu\w*|\blipun\w*|\bpriority on my\b|\b(?:lifetime|free|full) access\b|\baccess to my\b|"
    r"\bbjud\w*|\bich lad\w* dich ein|\bje t'?invite\b|\bte invito\b|\beu (?:te )?pago\b|\bpago yo\b|\bofferto io\b|"
    r"\bstawiam\b|\btrakteer\w*|\bismarla\w*|\bmeghivlak\b|\btarjoan\b|\bκερναω\b|\bугощаю\b|"
    r"ギフトカード|ギフト券|商品券|기프트카드|상품권|礼品卡|禮品卡|购物卡|購物卡|"
    r"\blibre (?:ang|na)\b|\bbesplat\w*|打[一二三四五六七八九]?折|"
    r"\b(?:seats?|places?|platze|posti|miejsca|plaatsen|paikat|jegyek|θεσεις)\W+(?:for|pour|para|per|fur|na|voor)\W+"
    r"(?:\w+\W+){0,2}?(?:match|concert|show|spectacle|partido|jogo|spiel|konzert|partita|concerto|game|festival|"
    r"mecz|koncert|wedstrijd|konsert|meccs|αγωνα|συναυλια)"
)
_C["condition"] += "|" + _WHOEVER_TOP
_C["harm"] += "|" + _KEPT_UNTIL
# - files, passwords or the payment not handed over: "anders stuur ik je wachtwoorden niet door",
#   "a forrásfájlokat nem adom át", "вихідні файли не отримаєте", "não libero o pagamento";
_HAND = (
    r"(?:give|send|hand|release|get|receive|adom|adok|stuur|geef|krijg\w*|saat|saa|получ\w*|отрима\w*|dostan\w*|"
    r"bekomm\w*|recev\w*|recib\w*|receb\w*|ricev\w*|παρεις|στελν\w*|δινω|libero|liberar|libere|debloqu\w*|"
    r"freigeb\w*|zwolni\w*|vrijgeven|освобо\w*|разблокир\w*|felszabadit\w*|vapauta\w*|αποδεσμευ\w*|envi\w*|mand\w*|"
    r"schick\w*|wysl\w*|posl\w*|lahet\w*|kuld\w*)"
)
_HELD = (
    r"(?:"
    + _FILES[3:-1]
    + r"|payment|pagamento|pago|paiement|zahlung|platnosc|betaling|оплат\w*|платеж\w*|"
    + (r"kifizet\w*|maksu\w*|πληρωμ\w*|milestone|etapa|fondos|fundos)")
)
_C["harm"] += (
    rf"|\b{_NOT}\b{_SPAN}{{0,25}}?\b{_HAND}\b{_SPAN}{{0,40}}?\b{_HELD}|"
    rf"\b{_HELD}{_SPAN}{{0,40}}?\b{_NOT}\b{_SPAN}{{0,20}}?\b{_HAND}|"
    rf"\b{_HAND}\b{_SPAN}{{0,30}}?\b{_HELD}{_SPAN}{{0,30}}?\b{_NOT}\b"
)
_C["demand"] += "|" + _ARRANGE + "|" + _MY_MONEY
_C["request"] += (
    "|" + _RATE_IT + r"|(?<!\bi )(?<!\bill )(?<!i'll )(?<!will )(?<!\bwe )(?<!we'll )(?<!\bto )(?<!gonna )"
    r"\b(?:leave|give|write|post) (?:me )?(?:a|an) (?:\w+ )?(?:review|rating)\b"
    + r"|\beinzige bitte\b|\bonly thing i ask\b|\ball i ask\b|\blo unico que (?:te )?pido\b|"
    r"\bso (?:te )?peco\b|\bseule chose\b|\bl'?unica cosa\b|\bjedyne,? o co\b|\benige wat ik vraag\b|"
    r"\bainoa pyynto\b|\bcsak annyit kerek\b|\bμονο (?:σου )?ζηταω\b|\bζηταω μονο\b"
)
_C["tie"] += (
    r"|\b(?:sont|son|sao|sind|zijn|sa|sono|ovat|on) (?:a |pour |para |voor )?(?:toi|vous|ti|voce|dich|jou|je|tua|tue|"
    r"tuoi|sun|sinun)\b|\bur'?s if\b|\b5star\W+(?:ppl|people|clients|raters|reviewers)\W+(?:get|gets|receive)\b|"
    r"\bne on sun\b"
)
_C["threat_tie"] += (
    r"|\b5star\W+(?:o|ou|or|oder|of|albo|oppure|или|vagy|tai|nebo|alebo|ili|sau|atau|veya|eller)\b|"
    r"\bfinche\b|\bdopoki\b|\btot (?:ik|je|jij|u|dat)\b|\bkunnes\b|\bμεχρι να\b|\bdokud\b|"
    r"\bη (?:σε|θα)\b"
)
# The rating as the consequence, in every language: "then it's 5 stars", "wtedy 5*", "akkor 5
# csillag", "sitten 5 tähteä", "τότε 5 αστέρια", "dan krijg je 5*" (the rater's own offer).
_C["condition"] += (
    r"|\b(?:wtedy|dan|sitten|τοτε|akkor|pak|potem|allora|entao|então|luego|tedy|tada|onda|тоді|тогава|"
    r"тогда|siis|kemudian|nanti)\W+(?:\w+\W+){0,4}?5star"
)
# A reason given for a benefit: "because you stayed late", "parce que", "weil", "mert", "koska",
# "επειδή": a thank-you for something done, not a price for a rating.
_C["reason"] = (
    r"\bbecause\b|\bcause you\b|\bporque\b|\bparce que?\b|\bweil\b|\bperche\b|\bbo\b|\bomdat\b|"
    r"\bпотому что\b|\bтак как\b|\bbecause of\b|\bmert\b|\bkoska\b|\bεπειδη\b|\bbiti\b|\bfordi\b|\beftersom\b|"
    r"\bprotoze\b|\bpentru ca\b|\bkarena\b|\bcunku\b|\bзатото\b|\bбо\b|\bjer\b|\bkadangi\b|\bjo\b|\bsest\b"
)
# Honesty threatened, not offered: "otherwise I'll have to be honest about the delays",
# "inaczej muszę uczciwie opisać", "muuten joudun kertomaan rehellisesti".
_HONEST_AS_THREAT = re.compile(
    "(?:"
    + factored(
        _strip_accents(
            r"(?:otherwise|or else|\belse\b|sinon|sonst|anders|inaczej|muuten|αλλιως|kulonben|jinak|ellers|"
            r"annars|altrimenti|de lo contrario|si no|senao|caso contrario|иначе|інакше|inace|inak|citadi|muidu|"
            r"kitaip|aksi halde|yoksa|altfel)"
        )
    )
    + r")\W+(?:\w+\W+){0,5}?"
    + "(?:"
    + factored(
        _strip_accents(
            r"honest|eerlijk|uczciw|rehellis|ειλικριν|oszint|ehrlich|honnet|sincer|честн|onest|aerlig|ærlig|arlig|"
            r"uprimn|"
            r"iskren|franc|dürüst|durust"
        )
    )
    + ")"
)

# An amount that is a price or a rate, not something given: "my hourly rate is $35".
_PRICE = re.compile(
    r"(?:rate|price|budget|cost|fee|tarifa|precio|preco|prix|tarif|preis|stundensatz|цена|ставка|стоимость)"
    r"\W+(?:\w+\W+){0,3}?money|money\W+(?:per|an|la|por|par|pro|в|за)\W+(?:hour|hora|heure|stunde|час)"
)
_CUT_RX = re.compile(_CUT)
# The sender's own bad stretch, not a bad rating: "after a bad month", "nach einem schlechten
# Monat", "po słabym miesiącu", "après un mauvais mois", "kötü bir aydan sonra".
_BAD_PERIOD = re.compile(
    r"\b(?:bad|rough|tough|slow|hard|difficult|schlecht\w*|schwer\w*|mauvais\w*|difficile|mal|malo|mala|dificil|ruim|"
    r"плох\w*|тяжел\w*|brutt\w*|s[lł]ab\w*|trudn\w*|slecht\w*|moeilijk\w*|kotu|zor)\W+(?:\w+\W+)?"
    r"(?:month|week|year|quarter|period|patch|stretch|monat\w*|woche|jahr\w*|quartal|mois|semaine|annee|trimestre|"
    r"mes|semana|ano|месяц\w*|недел\w*|год\w*|квартал\w*|mese|settimana|anno|miesi\w*|tydz\w*|rok\w*|maand|"
    r"jaar|ay|aydan|hafta\w*|yil\w*)\b"
)
# More than was bought: a price cut or work for free ("40% off", "half the fee", "the
# extra pages for free"), not a refund of what was not delivered.
_MORE_THAN_BOUGHT = re.compile(
    factored(
        rf"{_CUT}|discount|descuento|desconto|remise|rabat|скидк|sconto|znizk|\d ?%|\bhalf\b|mitad|metade|moitie|"
        r"halfte|половин|\bmeta\b|połow|\bfree\b|gratis|gratuit|kostenlos|umsonst|бесплатн|za darmo|\bextra|\bxtra|"
        r"rebaj|bajame|baiss|abat|\bсниз|\bскин"
    )
)
# Round 8: a numeric low rating and a top one, as ``prepare`` folds them.
_LOW = re.compile(r"\b[0-2]star\b")
_TOP = re.compile(r"\b5star\b")
KEY_CONCEPTS = (
    "benefit",
    "harm_kind",
    "negative",
    "report",
    "harm",
    "free_work",
    "more_work",
    "reciprocal",
    "exposure",
    "gift_address",
)
CONCEPTS = {
    name: re.compile(
        (_STARTS if name != "threat_tie" else "")
        + "(?:"
        + factored(_strip_accents(rx).replace("ё", "е"), depth=3)
        + ")"
    )
    for name, rx in _C.items()
}


# The same searches for the readers below, which ask only whether a concept is named.
_FOUND = {name: _word_led(rx) for name, rx in CONCEPTS.items()}


def concepts(prepared: str) -> frozenset[str]:
    """The concepts a (prepared) text names."""
    return frozenset(name for name, rx in CONCEPTS.items() if rx.search(prepared))


# Exposure, a kind of harm: telling or posting to an audience ("I post in the
# freelancer group", "every1 in the discord hears", "всей группе расскажу",
# reviews "everywhere"). Searched only when an audience is named (few texts do).
_AUDIENCE_F, _ACT_F = factored(_AUDIENCE), factored(_ACT)
_AUDIENCE_RX = re.compile(_STARTS + f"(?:{_AUDIENCE_F})")
_IN = r"[^\w.!?\n]+"  # words of one sentence: "the shared folder. Everyone here has 5 stars" is no exposure
_EXPOSURE_RX = re.compile(
    _STARTS
    + rf"(?:(?:{_ACT_F})\w*{_IN}(?:\w+{_IN}){{0,7}}?(?:{_AUDIENCE_F})|(?:{_AUDIENCE_F})\w*{_IN}(?:\w+{_IN}){{0,4}}?"
    rf"(?:{_ACT_F}|{_LEARN})|"
    # an ultimatum whose other branch is an audience: "… or I go to the Facebook group"
    rf"(?:\bor\b|otherwise|\bo\b|\bou\b|sinon|sonst|oder|иначе|или|либо){_IN}(?:\w+{_IN}){{0,8}}?(?:{_AUDIENCE_F}))"
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
    return _FOUND[name].search(prepared) is not None or _names_otherwise(name, prepared)


def _names_otherwise(name: str, prepared: str) -> bool:
    """A key concept named without its words: a mirror, or an exposure to an audience."""
    if name == "reciprocal":  # both halves of a mirror: "you rate me five, I rate you five"
        return _YOU_ME_RX.search(prepared) is not None and _ME_YOU_RX.search(prepared) is not None
    return name == "harm" and _AUDIENCE_RX.search(prepared) is not None and _exposes(prepared)


# Any key concept at all, in one search: every key concept's words, an audience (the
# start of an exposure) and the first half of a mirror. Most texts searched for key
# concepts (a thread's chatter around a gated message) name none, and one pass over
# them costs about what one concept's pass does, not nine.
_KEY_ANY = re.compile(
    _STARTS
    + "(?:"
    + factored(
        "|".join(_strip_accents(_C[name]).replace("ё", "е") for name in KEY_CONCEPTS)
        + "|"
        + _AUDIENCE
        + "|"
        + _YOU_ME_RX.pattern[len(_STARTS) + 3 : -1],
        depth=3,
    )
    + ")"
)


# The other concepts, split by how often texts that name a key concept name them: the
# frequent ones are searched one by one; the rare ones (a tenth of such texts or fewer on
# rounds 4–8: a request, a more-work tie, someone else's words, a held review, honesty,
# a misclick…) first in one pass over all of them, then one by one only if it finds one
# of them — the same concepts found, for about one pass instead of fifteen.
_RARE_CONCEPTS = (
    "work_tie",
    "reason",
    "request",
    "hostage",
    "third_party",
    "honest",
    "already_rated",
    "negated",
    "rating_hit",
    "plea",
    "leverage",
    "loyalty",
    "unconditional",
    "mistake",
    "accept_alt",
)
_FREQUENT_CONCEPTS = tuple(name for name in CONCEPTS if name not in KEY_CONCEPTS and name not in _RARE_CONCEPTS)
_RARE_ANY = re.compile(
    _STARTS
    + "(?:"
    + factored("|".join(_strip_accents(_C[name]).replace("ё", "е") for name in _RARE_CONCEPTS), depth=3)
    + ")"
)


# Key concepts that a text passing ``_KEY_ANY`` rarely names (a bad rating, free work, more
# work, a harm, a rating in return, an exposure, an address: an eighth of such texts or
# fewer on rounds 4–8) have their words searched first in one pass, as the rare concepts
# above (a harm to an audience and a mirror, named without those words, are read as before).
_KEY_RARE = ("negative", "free_work", "more_work", "harm", "harm_kind", "reciprocal", "exposure", "gift_address")
_KEY_FREQUENT = tuple(name for name in KEY_CONCEPTS if name not in _KEY_RARE)
_KEY_RARE_ANY = re.compile(
    _STARTS
    + "(?:"
    + factored("|".join(_strip_accents(_C[name]).replace("ё", "е") for name in _KEY_RARE), depth=3)
    + ")"
)


# The three passes above, and the audience of an exposure, ask only whether anything matched.
_KEY_ANY, _RARE_ANY, _KEY_RARE_ANY, _AUDIENCE_RX = map(_word_led, (_KEY_ANY, _RARE_ANY, _KEY_RARE_ANY, _AUDIENCE_RX))


def key_concepts(prepared: str) -> frozenset[str]:
    """Which of a benefit (money, more work, a rating in return), a bad rating, a report,
    a harm or free work the text names."""
    if _KEY_ANY.search(prepared) is None:
        return frozenset()
    found = {name for name in _KEY_FREQUENT if _names(name, prepared)}
    rare = _KEY_RARE_ANY.search(prepared) is not None
    found |= {
        name
        for name in _KEY_RARE
        if (rare and _FOUND[name].search(prepared) is not None) or _names_otherwise(name, prepared)
    }
    return frozenset(found)


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
        and not _FOUND["benefit"].search(_PRICE.sub(" ", prepared))
    ):
        c.discard("benefit")
    if (
        "negative" in c
        and _BAD_PERIOD.search(prepared)
        and not _FOUND["negative"].search(_BAD_PERIOD.sub(" ", prepared))
    ):
        c.discard("negative")  # "my average after a bad month": the sender's stretch, not a rating
    c |= {name for name in _FREQUENT_CONCEPTS if _FOUND[name].search(prepared)}
    if _RARE_ANY.search(prepared) is not None:
        c |= {name for name in _RARE_CONCEPTS if _FOUND[name].search(prepared)}
    if "honest" in c and _HONEST_AS_THREAT.search(prepared) is not None:
        c.discard("honest")  # honesty as the other branch of an ultimatum is a threat, not a marker
    if "harm_kind" in c:
        # an authority, a lawyer, an employer, a leak, withheld passwords, a brigade: a harm
        # when an ultimatum or a demand stands beside it ("refund me or I email your manager")
        c.discard("harm_kind")
        if "threat_tie" in c or "demand" in c:
            c.add("harm")
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
        # the demand named (a top rating, free work, or money: "refund me $50 or it's
        # one star") completes it
        demanded = "positive" in c or "free_work" in c or "benefit" in c
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
    if (
        "harm" in c
        and ("positive" in c or "demand" in c)
        and "plea" not in c
        # a post or a word to an audience, with no ultimatum and no demand, may be praise
        # ("we posted about your work in our group, everyone loved it, five stars")
        and ("threat_tie" in c or "demand" in c or _FOUND["harm"].search(prepared))
    ):
        # complete (a harm, a top rating and an ultimatum) scores as a bad rating under an ultimatum does
        harm = 0.55 + (0.1 if "positive" in c else 0.0) + (0.1 if "threat_tie" in c else 0.0)
        harm += 0.05 if "positive" in c and "demand" in c else 0.0
        threat = max(threat, harm)
    # A benefit demanded under an ultimatum whose other branch is a public post about the
    # reader or a chargeback or dispute ("Unless I see a partial refund by Friday, I'll
    # post a thread about you", "extra pages for free or I file a chargeback").
    # A refund of work not delivered, demanded under a dispute, is a customer's right:
    # the chargeback counts when what it is meant to get is more than was bought
    # (free work, a price cut) or a rating.
    charged = "chargeback" in c and (
        "free_work" in c or "positive" in c or "negative" in c or _MORE_THAN_BOUGHT.search(prepared) is not None
    )
    if (
        "threat_tie" in c
        and ("benefit" in c or "free_work" in c)
        and ("harm" in c or charged)
        and "honest" not in c
        and "plea" not in c
    ):
        threat = max(threat, 0.7)  # complete: a harm, the benefit demanded, an ultimatum
        offer = 0.0
    # A hit to the reader's rating wished away ("would be a pity if your rating took a hit"):
    # a veiled threat on its own, whatever is asked around it.
    if "rating_hit" in c and "threat_tie" in c and "honest" not in c and "plea" not in c:
        threat = max(threat, 0.6 + (0.1 if "benefit" in c or "demand" in c else 0.0))
        offer = 0.0
    # The sender's own review held against a benefit for them ("my review depends
    # on the discount"): leverage over the reader, read as extortion, not an offer.
    if "hostage" in c and "benefit" in c:
        threat = max(threat, 0.6 + (0.1 if "positive" in c or "negative" in c else 0.0))
        offer = 0.0
    # Round 8, readings that need no language's ultimatum or tie words:
    quiet = "honest" in c or "plea" in c or "negated" in c
    # a low rating written beside a top rating or a demand: free work, money, or "… or 1★"
    # ("need 3 more logo versions for free · then ur getting a 1 star")
    if "negative" in c and not quiet and _LOW.search(prepared) is not None:
        demanded = "free_work" in c or (
            _TOP.search(prepared) is not None and ("benefit" in c or "demand" in c or "threat_tie" in c)
        )
        if demanded:
            threat = max(threat, 0.6)
            offer = 0.0
            c.add("low_and_demand")
    # an ultimatum to post about the reader in public, or to tell their other clients
    asked_for = c & {"benefit", "free_work", "demand", "negative", "request"}
    if "exposure" in c and "threat_tie" in c and "honest" not in c and asked_for:
        threat = max(threat, 0.7)
        offer = 0.0
    else:
        c.discard("exposure")
    # a gift sent to the reader's address in return for a top rating
    if (
        "gift_address" in c
        and _TOP.search(prepared) is not None
        and not quiet
        and "given" not in c
        and not threat
        and _NOT_A_GIFT.search(prepared) is None
    ):
        offer = max(offer, 0.6)
        c.add("gift_for_rating")
    c.discard("gift_address")
    # Honest look-alikes whose words are an offer's or a threat's:
    if "mistake" in c or "accept_alt" in c:
        # "the text says flawless but it's 1 star — misclick? if not, all good"
        if "mistake" in c and "accept_alt" in c:
            threat = min(threat, 0.2)
            c.add("benign")
        else:
            threat = max(0.0, threat - 0.3)
    if ("refused" in c and ("third_party" in c or "told" in c)) or ("third_party" in c and "told" in c):
        # "another client offered me $50 for five stars; I refused and reported it", or
        # someone else's threat or offer told as made to the sender ("my last freelancer
        # threatened me with one star")
        offer, threat = min(offer, 0.2), min(threat, 0.2)
        c.add("benign")
    if "already_rated" in c and ("given" in c or "reason" in c) and not threat and "request" not in c:
        # the rating given and the benefit sent or explained: "I left you five stars yesterday and
        # just sent a small bonus because you stayed late" is a thank-you, not a price
        offer = min(offer, 0.2)
        c.add("benign")
    if "unconditional" in c:
        offer = min(offer, 0.2)  # "10 % off, whether or not you review"
        c.add("benign")
    elif "loyalty" in c and "request" not in c:
        offer = max(0.0, offer - 0.35)  # a returning client's discount, no rating asked for
    return max(0.0, offer), max(0.0, threat), frozenset(c)
