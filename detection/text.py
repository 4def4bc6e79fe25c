"""Message text features for the paid-feedback and feedback-extortion detectors.

Pure functions, no database: ``features(body)`` turns one message into a
``MessageFeatures`` record with two scores (0–1) and the cues behind them.

The model is a small, explainable rule set over *concepts* rather than exact
phrases, so that chat spelling still matches:

1. **Normalise**: Unicode NFKC, lower case, contractions spelt out ("i'll" → "i will",
   "dont" → "do not"), chat abbreviations expanded ("pls" → please, "ur" → your,
   "fb" → feedback, "rvw" → review), star notations ("5*", "5-star", "★★★★★", "5/5")
   folded to ``five star``, money ("$20", "20 usd", "20 bucks") to a money token.
2. **Correct**: a token of five letters or more that is not a protected common word
   and lies within one edit (two for long words, transpositions counted as one) of a
   key word ("feedbak", "reveiw", "ratting", "refnud") is read as that key word.
3. **Concepts** per token: *feedback* (review, rating, stars, testimonial…), *positive*
   and *negative* qualifiers, *benefit* (bonus, refund, discount, money back, free
   work, a money amount, tip…), *withholding* (not pay, not release, cancel, dispute,
   never hire again…), *condition* (if, once, after, as soon as…), *exchange* (in
   exchange, in return, for, and I will…), *threat conditions* (unless, or else,
   otherwise, if you do not…), and *honesty* markers (honest, genuine, no pressure,
   whatever you think, if you are happy…).
4. **Score** each sentence and each pair of adjacent sentences:

   - *offer* (paid feedback): a benefit and a request for the reader's positive
     feedback, tied by a condition or an exchange word → 0.85; the same without the
     tie → 0.55; honesty markers or the sender promising *their own* feedback (not
     asking for the reader's) take it down.
   - *threat* (extortion): the sender promising negative feedback, or to withhold
     work or payment, tied to a threat condition ("unless", "or else", "if you do
     not") → 0.85 when the demand or the threat is about feedback; a withheld
     payment with no feedback in it is ordinary contract management and scores low.

The message score is the best window score. Cues (the words that fired) are kept
for the explanation a reviewer reads.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    ABBREVIATIONS,
    BENEFIT_PHRASES,
    BENEFIT_WORDS,
    CONDITION_WORDS,
    CONTRACTIONS,
    EXCHANGE_PHRASES,
    FEEDBACK_WORDS,
    HONEST_PHRASES,
    KEY_WORDS,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
    PROTECTED,
    READER_ACTS,
    READER_SUBJECTS,
    REQUEST_CUES,
    SELF_FEEDBACK_CUES,
    THREAT_PHRASES,
    WITHHOLD_PHRASES,
)

# --- normalisation -------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_NUMWORD = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five"}
_STAR_RUN = re.compile(r"(?:[★⭐✩✭✰🌟]\ufe0f?\s*){1,5}")
_STAR_SPELLINGS = r"(?:stars?|stas|strs?|starz|satrs|stras|sters|starss|stares)"
_STAR_NOTATION = re.compile(
    rf"\b([0-5])(?:\.0)?\s*(?:\*+|-?\s*{_STAR_SPELLINGS}\b|/\s*5\b|\s+out\s+of\s+5\b|\s*\+\s*stars?\b)",
    re.IGNORECASE,
)
_STAR_WORD = re.compile(rf"\b(one|two|three|four|five)[\s-]*{_STAR_SPELLINGS}\b")
_DIGIT = re.compile(r"\d")
_TEN = re.compile(r"\b10\s*/\s*10\b")
_MONEY = re.compile(
    r"(?:[$€£]\s*(\d+(?:[.,]\d{1,2})?))|(?:\b(\d+(?:[.,]\d{1,2})?)\s*(?:\$|€|£|usd\b|eur\b|gbp\b|"
    r"d[oa]ll?[ae]rs?\b|b[ua]c?k+s\b|bux\b|euros?\b|quid\b|pounds?\b))"
)
_PERCENT = re.compile(r"\b(\d{1,3})\s*(?:%|percent\b)")
_SUFFIXES = (("n't", " not"), ("'ll", " will"), ("'re", " are"), ("'ve", " have"), ("'d", " would"), ("'s", ""))
_TOKEN = re.compile(r"[a-z_']+|\d+(?:[.,]\d+)?|[.!?;\n]+|=")

_WINDOW = 4  # tokens either side for qualifier ↔ feedback proximity


@dataclass(frozen=True)
class MessageFeatures:
    """What one message says, as far as feedback building is concerned."""

    offer_score: float = 0.0
    threat_score: float = 0.0
    feedback: bool = False
    positive_feedback: bool = False
    negative_feedback: bool = False
    benefit: bool = False
    withhold: bool = False
    honest: bool = False
    benefit_terms: tuple[str, ...] = ()
    amounts: tuple[float, ...] = ()
    cues: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_offer(self) -> bool:
        return self.offer_score >= 0.5

    @property
    def is_threat(self) -> bool:
        return self.threat_score >= 0.5


# --- spelling ------------------------------------------------------------------------


def _osa_within(a: str, b: str, limit: int) -> bool:
    """Optimal string alignment distance (Damerau with adjacent transpositions) ≤ limit."""
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        best = cur[0]
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return False
        prev2, prev = prev, cur
    return prev[lb] <= limit


@lru_cache(maxsize=65536)
def _correct(token: str) -> str:
    """Read a chat-spelt token as what it stands for: contractions spelt out,
    abbreviations expanded, a key word one (or two) edits away corrected."""
    if token in CONTRACTIONS:
        return CONTRACTIONS[token]
    if "'" in token:
        for suffix, replacement in _SUFFIXES:
            if token.endswith(suffix):
                head = token[: -len(suffix)]
                return (_correct(head) + replacement).strip()
        token = token.replace("'", "")
        if not token:
            return ""
    if token in ABBREVIATIONS:
        return ABBREVIATIONS[token]
    if len(token) < 5 or token in PROTECTED or token in KEY_WORDS or not token.isalpha():
        return token
    limit = 2 if len(token) >= 9 else 1
    for key in KEY_WORDS:
        if key[0] != token[0] and key[1] != token[1]:
            continue
        if _osa_within(token, key, limit):
            return key
    return token


def normalise(text: str) -> str:
    """Lower-case; fold star notations, money amounts and percentages to tokens;
    keep sentence punctuation. (Contractions are read later, token by token.)"""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    if any(c in text for c in "★⭐✩✭✰🌟"):
        text = _STAR_RUN.sub(_star_run, text)
    text = text.lower()
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        if "10" in text:
            text = _TEN.sub(" five star ", text)
        text = _STAR_NOTATION.sub(lambda m: f" {_NUMWORD[m.group(1)]} star ", text)
        if "%" in text or "percent" in text:
            text = _PERCENT.sub(" percent_off ", text)
    if "star" in text:
        text = _STAR_WORD.sub(lambda m: f" {m.group(1)} star ", text)
    if has_digit or any(c in text for c in "$€£"):
        text = _MONEY.sub(" money_amt ", text)
    if "/" in text:
        text = text.replace("f/b", " feedback ")
    return text


def _star_run(match: re.Match) -> str:
    stars = sum(1 for c in match.group(0) if c in "★⭐✩✭✰🌟")
    return f" {_NUMWORD[str(min(5, stars))]} star "


def money_amounts(text: str) -> tuple[float, ...]:
    """The money amounts a message mentions ("$20", "20 usd") as floats."""
    out = []
    for match in _MONEY.finditer(unicodedata.normalize("NFKC", text or "").lower()):
        raw = (match.group(1) or match.group(2) or "").replace(",", ".")
        try:
            out.append(float(raw))
        except ValueError:
            continue
    return tuple(out)


def tokens(text: str) -> list[str]:
    """Canonical tokens: normalised, abbreviations expanded, spelling corrected."""
    out: list[str] = []
    for raw in _TOKEN.findall(normalise(text)):
        if raw[0] in ".!?;\n":
            out.append(".")
            continue
        word = _correct(raw)
        if not word:
            continue
        if " " in word:
            out.extend(word.split())
        else:
            out.append(word)
    return out


def sentences(toks: list[str]) -> list[list[str]]:
    out, cur = [], []
    for tok in toks:
        if tok == ".":
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        out.append(cur)
    return out


# --- matching helpers ----------------------------------------------------------------


_BY_FIRST: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _any(toks: list[str], phrases) -> list[tuple[int, tuple[str, ...]]]:
    """Every (position, phrase) of ``phrases`` found in ``toks``, in order."""
    by_first = _BY_FIRST.get(id(phrases))
    if by_first is None:
        by_first = {}
        for phrase in phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        _BY_FIRST[id(phrases)] = by_first
    hits = []
    for i, tok in enumerate(toks):
        candidates = by_first.get(tok)
        if not candidates:
            continue
        for phrase in candidates:
            n = len(phrase)
            if n == 1 or tuple(toks[i : i + n]) == phrase:
                hits.append((i, phrase))
    return hits


_NOT_A_RATING_BEFORE = frozenset(
    [
        "hourly",
        "daily",
        "weekly",
        "monthly",
        "the",
        "your",
        "my",
        "a",
        "flat",
        "fixed",
        "our",
        "their",
        "his",
        "her",
        "exchange",
    ]
)
_RATING_OBJECT_AFTER = frozenset(
    [
        "me",
        "us",
        "my",
        "our",
        "it",
        "the",
        "this",
        "him",
        "her",
        "highly",
        "five",
        "positively",
        "well",
        "fairly",
        "honestly",
    ]
)
_RATING_VERB_BEFORE = frozenset(["please", "you", "and", "to", "then", "just", "kindly", "pls"])


def _feedback_positions(toks: list[str]) -> list[int]:
    """Where the reader's or the sender's feedback is mentioned."""
    positions = []
    for i, tok in enumerate(toks):
        if tok in FEEDBACK_WORDS:
            if tok == "score" and (i + 1 >= len(toks) or toks[i - 1] not in ("success", "your", "my", "job")):
                continue
            positions.append(i)
        elif tok in ("rate", "recommend"):
            # "rate me", "please rate", "recommend us", but never "hourly rate"
            before = toks[i - 1] if i else ""
            after = toks[i + 1] if i + 1 < len(toks) else ""
            if before in _NOT_A_RATING_BEFORE:
                continue
            if after in _RATING_OBJECT_AFTER or before in _RATING_VERB_BEFORE:
                positions.append(i)
    return positions


_FEEDBACK_TRIGGERS = FEEDBACK_WORDS | {"rate", "recommend"}
_STAR_NUMBERS = frozenset({"one", "two", "five"})


def _near(toks: list[str], positions: list[int], words: frozenset[str], window: int = _WINDOW) -> list[str]:
    found = []
    for p in positions:
        for j in range(max(0, p - window), min(len(toks), p + window + 1)):
            tok = toks[j]
            if j == p or tok not in words:
                continue
            if tok in _STAR_NUMBERS and (j + 1 >= len(toks) or toks[j + 1] != "star"):
                continue
            found.append(tok)
    return found


_BENEFIT_LABEL = {"money_amt": "money", "percent_off": "a discount"}
# Tie words that link a benefit to feedback across two sentences.
_CROSS_SENTENCE_TIES = (
    ("in", "exchange"),
    ("in", "return"),
    ("deal",),
    ("for", "that"),
    ("for", "it"),
    ("after", "that"),
    ("once", "done"),
    ("when", "done"),
    ("if", "you", "do"),
    ("if", "so"),
    ("once", "you", "do"),
    ("as", "a", "thanks"),
    ("as", "thanks"),
    ("as", "a", "thank"),
)
_PROMISES = (("i", "will"), ("we", "will"), ("i", "can"), ("we", "can"), ("i", "am", "going", "to"))
_STRONG_TIES = frozenset(
    {("in", "exchange"), ("in", "return"), ("exchange", "for"), ("deal",), ("trade",), ("swap",), ("=",)}
)
_NEGATIONS = frozenset({"not", "no", "never", "refuse", "fail", "nothing"})
_DEMAND_CHANGE = (
    ("remove", "your"),
    ("remove", "the"),
    ("change", "your"),
    ("change", "the"),
    ("update", "your"),
    ("edit", "your"),
    ("delete", "your"),
    ("delete", "the"),
    ("take", "down"),
    ("withdraw", "your"),
    ("retract",),
)


_CATEGORIES: dict[str, tuple[tuple[str, ...], ...]] = {}
_CATEGORY_INDEX: dict[str, list[tuple[str, tuple[str, ...]]]] = {}


def _register(name: str, phrases) -> None:
    _CATEGORIES[name] = tuple(phrases)
    for phrase in phrases:
        _CATEGORY_INDEX.setdefault(phrase[0], []).append((name, phrase))


def _phrases(toks: list[str]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """All category phrases in one pass: name → [(position, phrase)]."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {name: [] for name in _CATEGORIES}
    index = _CATEGORY_INDEX
    for i, tok in enumerate(toks):
        candidates = index.get(tok)
        if not candidates:
            continue
        for name, phrase in candidates:
            n = len(phrase)
            if n == 1 or tuple(toks[i : i + n]) == phrase:
                found[name].append((i, phrase))
    return found


for _name, _list in (
    ("benefit", BENEFIT_PHRASES),
    ("withhold", WITHHOLD_PHRASES),
    ("exchange", EXCHANGE_PHRASES),
    ("threat", THREAT_PHRASES),
    ("honest", HONEST_PHRASES),
    ("request", REQUEST_CUES),
    ("self_fb", SELF_FEEDBACK_CUES),
    ("change", _DEMAND_CHANGE),
    ("cross_ties", _CROSS_SENTENCE_TIES),
    ("promises", _PROMISES),
):
    _register(_name, _list)


_WITHHOLD_VERBS = frozenset(
    [
        "pay",
        "paying",
        "release",
        "releasing",
        "send",
        "sending",
        "deliver",
        "delivering",
        "give",
        "giving",
        "hand",
        "share",
        "transfer",
        "upload",
        "finish",
        "complete",
        "approve",
        "hire",
        "hiring",
        "recommend",
        "return",
    ]
)


def _negated_actions(toks: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """ "will not send the source files", "never hire you again", "no payment"."""
    out = []
    for i, tok in enumerate(toks):
        if tok in ("not", "never"):
            # "if you do not give me five stars" is the demand, not the threat
            if (i >= 1 and toks[i - 1] == "you") or (i >= 2 and toks[i - 2] == "you"):
                continue
            for j in range(i + 1, min(len(toks), i + 3)):
                if toks[j] in _WITHHOLD_VERBS:
                    out.append((i, (tok, toks[j])))
                    break
    return out


def _window_features(toks: list[str]) -> dict:
    fb = _feedback_positions(toks)
    found = _phrases(toks)
    found["withhold"] = sorted(found["withhold"] + _negated_actions(toks))
    # "before you close the contract": the reader closing it is no withholding
    found["withhold"] = [
        (i, p) for i, p in found["withhold"] if not (p[0] in READER_ACTS and i >= 1 and toks[i - 1] in READER_SUBJECTS)
    ]
    # First-person promises about the sender's own feedback ("I will leave you one star").
    own = [(i, p) for i, p in found["self_fb"] if any(i - 3 <= f <= i + len(p) + 5 and f != i for f in fb)]
    # Requests for the reader's feedback, not counting words inside the sender's own promise.
    covered = {j for i, p in own for j in range(i, i + len(p) + 1)}
    benefits = [(i, t) for i, t in enumerate(toks) if t in BENEFIT_WORDS]
    benefits.extend((i, " ".join(p)) for i, p in found["benefit"])
    # "we never offer refunds", "no bonus": a benefit denied is not offered
    benefits = sorted(
        (i, b) for i, b in benefits if not any(t in ("never", "not", "no") for t in toks[max(0, i - 3) : i])
    )
    return {
        "fb": fb,
        "positive": _near(toks, fb, POSITIVE_WORDS),
        "negative": _near(toks, fb, NEGATIVE_WORDS),
        "benefits": benefits,
        "withhold": found["withhold"],
        "conditions": [i for i, t in enumerate(toks) if t in CONDITION_WORDS],
        "exchange": found["exchange"],
        "threat": found["threat"],
        "honest": found["honest"],
        "request": [(i, p) for i, p in found["request"] if i not in covered],
        "self_fb": own,
        "change": found["change"],
        "cross_ties": found["cross_ties"],
        "promises": found["promises"],
    }


def _offer_tie(w: dict, toks: list[str], *, single_sentence: bool) -> str | None:
    """The word that ties the benefit to the feedback, if any."""
    fb, benefits = w["fb"], [i for i, _ in w["benefits"]]
    if not single_sentence:
        hits = w["cross_ties"]
        if hits:
            return " ".join(hits[0][1])
        # "Change your rating to five stars? I will send you extra money."
        for i, phrase in w["promises"]:
            if any(f < i for f in fb) and any(b > i for b in benefits) and w["request"]:
                return " ".join(phrase)
        return None
    for i, phrase in w["exchange"]:
        if phrase in _STRONG_TIES:
            return " ".join(phrase)
        if phrase[0] == "for":
            # "bonus for a five star review": feedback right after "for"
            if any(i < f <= i + 4 for f in fb) and any(b < i for b in benefits):
                return "for"
        elif phrase in (("what", "if"), ("how", "about")):
            return " ".join(phrase)
        elif any(f < i for f in fb) and any(b > i for b in benefits):
            # "leave me five stars and I will refund you"
            return " ".join(phrase)
    for c in w["conditions"]:
        # "if you leave five stars, I will send a bonus" / "bonus once you rate me"
        if any(c < f <= c + 8 for f in fb) and any(b < c or b > c + 1 for b in benefits):
            return toks[c]
    return None


def _offer_score(w: dict, toks: list[str], *, single_sentence: bool) -> tuple[float, list[str]]:
    if not w["fb"] or not w["benefits"]:
        return 0.0, []
    cues = [f"benefit: {_BENEFIT_LABEL.get(b, b)}" for _, b in w["benefits"][:2]]
    cues.append("feedback: " + toks[w["fb"][0]])
    tie = _offer_tie(w, toks, single_sentence=single_sentence)
    positive = bool(w["positive"])
    requested = bool(w["request"]) or bool(w["change"])
    # The sender promising their own feedback alongside a bonus is not buying feedback.
    self_only = bool(w["self_fb"]) and not requested
    if positive:
        cues.append("positive: " + w["positive"][0])
    if tie:
        cues.append("tied by: " + tie)
    if positive and tie:
        score = 0.85
    elif tie and requested:
        score = 0.75
    elif positive:
        score = 0.5
    elif tie:
        score = 0.3
    else:
        score = 0.15
    if w["honest"]:
        cues.append("honesty marker: " + " ".join(w["honest"][0][1]))
        score -= 0.45
    if self_only:
        score = min(score, 0.2)  # the sender's own rating: nothing is being bought
    elif requested:
        score += 0.05
    return max(0.0, min(1.0, score)), cues


def _threat_tie(w: dict, toks: list[str]) -> str | None:
    if w["threat"]:
        return " ".join(w["threat"][0][1])
    for c, tok in enumerate(toks):
        if tok == "if" and any(t in _NEGATIONS for t in toks[c + 1 : c + 6]):
            return "if … not"
    return None


def _threat_score(w: dict, toks: list[str]) -> tuple[float, list[str]]:
    tie = _threat_tie(w, toks)
    if not tie:
        return 0.0, []
    cues = ["condition: " + tie]
    negative_threat = bool(w["negative"]) and bool(w["self_fb"])
    demand_feedback = bool(w["fb"]) and (bool(w["positive"]) or bool(w["change"])) and bool(w["request"] or w["change"])
    withhold = bool(w["withhold"])
    if negative_threat:
        cues.append("threatens negative feedback: " + w["negative"][0])
        score = 0.85
    elif withhold and demand_feedback:
        cues.append("threatens to withhold: " + " ".join(w["withhold"][0][1]))
        cues.append("demands positive feedback")
        score = 0.85
    elif w["negative"] or (withhold and w["fb"]):
        score = 0.3
    else:
        return 0.0, []
    if w["honest"] and not negative_threat:
        score -= 0.3
    return max(0.0, min(1.0, score)), cues


_GATE_BENEFIT = BENEFIT_WORDS | {"free", "money", "back", "extra", "charge", "cost", "house", "price", "pay"}
_GATE_THREAT = NEGATIVE_WORDS | {
    w
    for phrase in WITHHOLD_PHRASES
    for w in phrase
    if w not in {"not", "no", "the", "you", "your", "with", "be", "more"}
}
_GATE = _GATE_BENEFIT | _GATE_THREAT


def _quick_flags(sent: list[str]) -> tuple[bool, bool]:
    return (any(t in _FEEDBACK_TRIGGERS for t in sent), any(t in _GATE for t in sent))


def features(body: str) -> MessageFeatures:
    """Score one message for an offer bought with positive feedback, and a threat.

    A message that never mentions feedback scores zero on both axes and its other
    fields stay empty (only ``amounts`` is filled)."""
    toks = tokens(body)
    if not any(t in _FEEDBACK_TRIGGERS for t in toks):
        # Nothing about feedback: neither an offer for it nor a threat over it.
        return MessageFeatures(amounts=money_amounts(body))
    sents = sentences(toks)
    flags = [_quick_flags(sent) for sent in sents]
    # Only windows that mention feedback *and* a benefit, a negative or a withholding
    # word can score; the rest are skipped before the phrase matching.
    windows = [(sent, True) for sent, (fb, other) in zip(sents, flags, strict=True) if fb and other]
    for i in range(len(sents) - 1):
        (fb1, o1), (fb2, o2) = flags[i], flags[i + 1]
        if (fb1 or fb2) and (o1 or o2) and not (fb1 and o1 and fb2 and o2):
            windows.append((sents[i] + sents[i + 1], False))
    best_offer, offer_cues = 0.0, []
    best_threat, threat_cues = 0.0, []
    any_fb = any_pos = any_neg = any_benefit = any_withhold = any_honest = False
    terms: list[str] = []
    for win, single in windows:
        w = _window_features(win)
        any_fb |= bool(w["fb"])
        any_pos |= bool(w["positive"])
        any_neg |= bool(w["negative"])
        any_benefit |= bool(w["benefits"])
        any_withhold |= bool(w["withhold"])
        any_honest |= bool(w["honest"])
        for _, b in w["benefits"]:
            label = _BENEFIT_LABEL.get(b, b)
            if label not in terms:
                terms.append(label)
        score, cues = _offer_score(w, win, single_sentence=single)
        if score > best_offer:
            best_offer, offer_cues = score, cues
        score, cues = _threat_score(w, win)
        if score > best_threat:
            best_threat, threat_cues = score, cues
    return MessageFeatures(
        offer_score=round(best_offer, 3),
        threat_score=round(best_threat, 3),
        feedback=any_fb,
        positive_feedback=any_pos,
        negative_feedback=any_neg,
        benefit=any_benefit,
        withhold=any_withhold,
        honest=any_honest,
        benefit_terms=tuple(terms),
        amounts=money_amounts(body),
        cues=tuple(dict.fromkeys(offer_cues + threat_cues)),
    )


# --- prefilter ---------------------------------------------------------------------------
# A cheap superset test run before ``features`` on every message of a scan. A message
# can only score if it mentions feedback — a word that ``tokens`` would read as a
# feedback word, i.e. the word itself, an abbreviation, or a spelling one edit away
# (all precomputed) — or a star notation; and, for an offer, a benefit (or money), or,
# for a threat, a condition word together with a negative or withholding word.

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | transposes | replaces | inserts


def _read_as(targets: set[str]) -> frozenset[str]:
    """Every token ``_correct`` reads as one of ``targets``: the words themselves,
    the abbreviations standing for them, and spellings one edit from a key word."""
    out = set(targets)
    out |= {abbr for abbr, full in ABBREVIATIONS.items() if any(part in targets for part in full.split())}
    for key in KEY_WORDS:
        if key in targets:
            out |= {v for v in _edits1(key) if len(v) >= 5 and v.isalpha() and v not in PROTECTED}
    return frozenset(out)


_STOP = {
    "a",
    "the",
    "you",
    "your",
    "i",
    "we",
    "do",
    "will",
    "be",
    "can",
    "and",
    "with",
    "more",
    "for",
    "of",
    "it",
    "to",
}
_FEEDBACK_SPELLINGS = _read_as(set(_FEEDBACK_TRIGGERS) | {"star"})
_BENEFIT_SPELLINGS = _read_as(set(BENEFIT_WORDS) | {w for p in BENEFIT_PHRASES for w in p} - _STOP)
_TIE_SPELLINGS = _read_as({w for p in THREAT_PHRASES for w in p} - _STOP) | {"not", "no", "never"}
_NEGATIVE_SPELLINGS = _read_as(
    set(NEGATIVE_WORDS)
    | ({w for p in WITHHOLD_PHRASES + _DEMAND_CHANGE for w in p} - _STOP)
    | set(_WITHHOLD_VERBS)
    | {"not", "never", "no"}
)
_STAR_AFTER_DIGIT = re.compile(r"\d\s*-?\s*s[rta]")
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?|=")


def may_concern_feedback(body: str) -> bool:
    """A cheap superset of the messages ``features`` can score above zero."""
    if not body:
        return False
    low = body.lower() if body.isascii() else unicodedata.normalize("NFKC", body).lower()
    words = set(_WORDS.findall(low))
    if "'" in low:
        words |= {w.replace("'", "") for w in words if "'" in w}
    if words.isdisjoint(_FEEDBACK_SPELLINGS) and not (
        "*" in low
        or "/" in low
        or not low.isascii()  # star glyphs
        or "testim" in low
        or "recom" in low
        or "endors" in low
        or (_DIGIT.search(low) is not None and _STAR_AFTER_DIGIT.search(low) is not None)
    ):
        return False
    if not words.isdisjoint(_BENEFIT_SPELLINGS) or "%" in low or _MONEY.search(low):
        return True
    if "'" in low or "nt" in low:
        words |= {_correct(w) for w in words if w.endswith("nt")}
        words |= {"not"} if any(" not" in w for w in words) else set()
    return not words.isdisjoint(_TIE_SPELLINGS) and not words.isdisjoint(_NEGATIVE_SPELLINGS)
