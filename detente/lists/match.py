"""Name matching for sanctions screening: a normaliser and a scorer that discriminates.

``prepare`` turns a name into tokens: transliterated to ASCII (anyascii), case and punctuation
folded, abbreviations expanded, legal forms (OJSC, LLC, "open joint stock company"…) and filler
words dropped, each token with a transliteration key and a consonant skeleton. ``compare`` aligns
the tokens of two names whatever their order, with per-token similarity from rapidfuzz on the keys
(initials and acronyms handled apart), weights generic words low, and returns a score in [0, 1]
with its reasons. Only names equal after folding score 1.0.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

log = logging.getLogger(__name__)

# --- tuning (set on eval/screening/pairs.csv, dev half; see eval/screening/README.md) ---------
DEFAULT_THRESHOLD = 0.77
"""Scores at or above this are reported as matches."""
TOKEN_MIN = 0.75  # token similarity below this counts as no match (Oleg/Olga is 0.75)
SKELETON_SIM = 0.92  # same consonant skeleton (Mohammed/Muhammad, Lukashenka/Lukashenko)
SKELETON_MIN_LEN = 4  # shorter skeletons (Hassan/Hussein: hsn) say too little
INITIAL_SIM = 0.9  # "A." against "Aliaksandr"
UNMATCHED_WEIGHT = 0.5  # extra tokens on one side only (patronymics, middle names) count half
MIN_WEIGHT = 4  # a short name part (Un, Yo, Li) tells people apart as well as a long one
WEAK_WEIGHT = 0.35  # generic words (bank, national, Belarusian) say little about identity
ACRONYM_SCORE = 0.86  # "BPC" against "Belarusian Potash Company"
CONCAT_MIN = 0.92  # "Bel Avia" against "Belavia": same letters, different spacing
NEAR_EXACT = 0.99  # best score of names that differ only in order, legal form or spelling
PENALTY = {"word order": 0.005, "legal form": 0.01, "transliteration": 0.015, "initials": 0.03}

# Legal forms, as normalised token sequences; longest first so that phrases win over parts.
_LEGAL_PHRASES = """
open joint stock company|closed joint stock company|public joint stock company|joint stock company
private joint stock company|limited liability company|limited liability partnership
public limited company|private limited company|limited partnership|general partnership
republican unitary enterprise|state unitary enterprise|unitary enterprise|open stock company
otkrytoe aktsionernoe obshchestvo|zakrytoe aktsionernoe obshchestvo|aktsionernoe obshchestvo
publichnoe aktsionernoe obshchestvo|obshchestvo s ogranichennoi otvetstvennostiu
obshchestvo s ogranichennoy otvetstvennostyu|aktsiyanernae tavarystva|adkrytae aktsiyanernae tavarystva
societe anonyme|sociedad anonima|societa per azioni|aktiengesellschaft
gesellschaft mit beschrankter haftung|company limited|co ltd|joint venture|sole proprietorship
"""
LEGAL_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        {tuple(p.split()) for line in _LEGAL_PHRASES.split("\n") for p in line.split("|") if p},
        key=len,
        reverse=True,
    )
)
LEGAL_TOKENS = frozenset(
    """oao ojsc jsc pjsc cjsc zao ao pao ooo llc ltd limited gmbh ag sa sas sarl srl spa inc
    incorporated corp corporation co company plc bv nv lp llp oy ab kg ohg rup rue tov pat prat aat
    zat tdv sro doo ead sae fze fzco fzc fzllc llp pte pvt pty bhd sdn kk jsco ojsco""".split()
)
ABBREVIATIONS = {
    "intl": "international", "natl": "national", "mfg": "manufacturing", "bros": "brothers",
    "dept": "department", "univ": "university", "assn": "association", "svcs": "services",
    "sys": "systems", "ind": "industries", "inds": "industries", "govt": "government",
    "gen": "general", "mgmt": "management", "hldg": "holding", "hldgs": "holdings",
    "petrochem": "petrochemical", "shpg": "shipping", "trdg": "trading", "ibn": "bin",
    "ben": "bin", "abdul": "abd", "abdel": "abd", "abdal": "abd",
}  # fmt: skip
FILLER = frozenset({"the", "of", "and", "for", "al", "el", "ul"})
WEAK = frozenset(
    """bank national state international group holding holdings trading company industrial
    industries general united enterprise enterprises services service republic republican federal
    central commercial investment investments development energy oil gas petroleum export import
    shipping airlines airline aviation air plant factory works production products association
    ministry committee fund foundation corporation organization organisation institute
    belarusian belarus russian russia iranian iran syrian syria korean korea venezuelan cuban
    chinese nicaraguan myanmar new first global trade technology technologies systems
    management partners capital finance financial""".split()
)
# Transliteration key: spellings of one sound across romanisation systems, applied in order.
_KEY_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
    ("kh", "h"), ("ck", "k"), ("ph", "f"), ("ts", "c"), ("tz", "c"), ("x", "ks"), ("q", "k"),
    ("w", "v"), ("yo", "e"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"),
)  # fmt: skip
# Patronymics (Ivanovich, Petrovna, Aliyev oglu) are shared by many people: weak like generic words.
_PATRONYMIC = re.compile(r"(?:[ou]vich|evich|ovna|evna|ichna|ogly|oglu|kyzy|qizi)$")
_INITIAL_IE = re.compile(r"^[ijy]e")
_FINAL_J = re.compile(r"j$")
_HARD_C = re.compile(r"c(?![ehiy]|$)")  # Latin c before a, o, u or a consonant sounds as k
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")
_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bc]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Token:
    """One token of a prepared name."""

    text: str
    """The folded token (ASCII, lower case)."""
    key: str
    """Transliteration key: the same for common romanisations of one spelling."""
    skeleton: str
    """First letter plus the consonants of the key: vowel-insensitive."""
    weight: float
    """How much the token says about identity (its length, less for generic words)."""


@dataclass(frozen=True)
class Name:
    """A name prepared for comparison."""

    original: str
    """The name as given."""
    folded: str
    """All tokens, folded, in order (before dropping legal forms and filler)."""
    tokens: tuple[Token, ...]
    """The tokens that identify: legal forms and filler dropped."""
    legal: bool = False
    """Whether a legal form was dropped."""
    acronym: str = ""
    """Initials of the folded tokens (with legal forms, without filler), for multi-word names."""
    concat: str = field(default="")
    """The keys joined without spaces, in order."""


def fold(text: str) -> str:
    """ASCII transliteration, lower case, punctuation to spaces, whitespace collapsed."""
    ascii_text = anyascii(text).lower().replace("&", " and ")
    return " ".join(_NON_WORD.sub(" ", _APOSTROPHES.sub("", ascii_text)).split())


@lru_cache(maxsize=1 << 16)
def key(token: str) -> str:
    """The transliteration key of a folded token (``Yevgeniy`` and ``Evgeny`` → ``evgeni``)."""
    text = _HARD_C.sub("k", _FINAL_J.sub("i", _INITIAL_IE.sub("e", token)))
    for old, new in _KEY_RULES:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text)


def _skeleton(token_key: str) -> str:
    return token_key[:1] + _VOWELS.sub("", token_key[1:])


def _letters(words: list[str], start: int) -> int:
    """How many one-letter words follow from ``start``."""
    end = start
    while end < len(words) and len(words[end]) == 1:
        end += 1
    return end - start


def _strip_legal(words: list[str]) -> tuple[list[str], bool]:
    """Drop legal-form phrases and tokens; keep the words when nothing else would remain."""
    kept: list[str] = []
    index, dropped = 0, False
    while index < len(words):
        phrase = next((p for p in LEGAL_PHRASES if tuple(words[index : index + len(p)]) == p), None)
        if phrase:
            index, dropped = index + len(phrase), True
            continue
        run = _letters(words, index)  # "J.S.C." folds to "j s c"
        if run > 1 and "".join(words[index : index + run]) in LEGAL_TOKENS:
            index, dropped = index + run, True
            continue
        if words[index] in LEGAL_TOKENS:
            dropped = True
        else:
            kept.append(words[index])
        index += 1
    return (kept, dropped) if kept else (words, False)


def _token(word: str) -> Token:
    word_key = key(word)
    base = float(max(len(word_key), MIN_WEIGHT)) if len(word) > 1 else 1.0
    weak = word in WEAK or _PATRONYMIC.search(word) is not None
    return Token(word, word_key, _skeleton(word_key), base * WEAK_WEIGHT if weak else base)


@lru_cache(maxsize=1 << 15)
def prepare(name: str) -> Name:
    """Fold, expand abbreviations, drop legal forms and filler, and key the tokens of a name."""
    folded = fold(name)
    words = [ABBREVIATIONS.get(w, w) for w in folded.split()]
    kept, legal = _strip_legal(words)
    identifying = [w for w in kept if w not in FILLER] or kept
    significant = [w for w in words if w not in FILLER]
    tokens = tuple(_token(w) for w in identifying)
    acronym = "".join(w[0] for w in significant) if len(significant) > 1 else ""
    return Name(name, folded, tokens, legal, acronym, "".join(t.key for t in tokens))


@dataclass(frozen=True)
class Match:
    """The score of one name against another, with the reasons."""

    score: float
    """In [0, 1]; 1.0 only for names equal after folding."""
    reasons: tuple[str, ...] = ()
    """``exact``, ``word order``, ``legal form``, ``transliteration``, ``initials``, ``fuzzy``,
    ``abbreviation``."""


def _token_sim(a: Token, b: Token) -> tuple[float, str]:
    """Similarity of two tokens in [0, 1] (0 below :data:`TOKEN_MIN`) and how they match."""
    if a.text == b.text:
        return 1.0, ""
    if a.key == b.key:
        return 1.0, "transliteration"
    return _key_sim(a.text, a.key, a.skeleton, b.text, b.key, b.skeleton)


@lru_cache(maxsize=1 << 18)
def _key_sim(
    a_text: str, a_key: str, a_skel: str, b_text: str, b_key: str, b_skel: str
) -> tuple[float, str]:
    """:func:`_token_sim` of tokens that differ, cached on their strings."""
    if len(a_text) == 1 or len(b_text) == 1:
        return (INITIAL_SIM, "initials") if a_text[0] == b_text[0] else (0.0, "")
    sim = Levenshtein.normalized_similarity(a_key, b_key)
    how = "fuzzy"
    if a_skel == b_skel and len(a_skel) >= SKELETON_MIN_LEN and sim < SKELETON_SIM:
        sim, how = SKELETON_SIM, "transliteration"
    if sim < TOKEN_MIN:
        return 0.0, ""
    # Stretch [TOKEN_MIN, 1] so that one wrong letter in a short word costs more than in a long one.
    return 1.0 - (1.0 - sim) * 2.0, how


def _align(query: Name, cand: Name) -> tuple[float, set[str]]:
    """Best one-to-one pairing of tokens, whatever their order: a weighted Dice score."""
    pairs = []
    for i, a in enumerate(query.tokens):
        for j, b in enumerate(cand.tokens):
            sim, how = _token_sim(a, b)
            if sim > 0.0:
                pairs.append((sim, i, j, how))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_q: dict[int, int] = {}
    used_c: set[int] = set()
    matched, paired, hows = 0.0, 0.0, set()
    for sim, i, j, how in pairs:
        if i in used_q or j in used_c:
            continue
        used_q[i] = j
        used_c.add(j)
        a, b = query.tokens[i], cand.tokens[j]
        weight = (a.weight + b.weight) if how != "initials" else 2.0 * max(a.weight, b.weight)
        matched += sim * weight
        paired += weight
        if how:
            hows.add(how)
    extra_q = [t for i, t in enumerate(query.tokens) if i not in used_q]
    extra_c = [t for j, t in enumerate(cand.tokens) if j not in used_c]
    if extra_q and extra_c:
        # Words on both sides that pair with nothing: a conflict (bank vs airline), counted in full.
        rest = sum(float(max(len(t.key), MIN_WEIGHT)) for t in (*extra_q, *extra_c))
    else:
        rest = sum(t.weight for t in (*extra_q, *extra_c)) * UNMATCHED_WEIGHT
    total = matched / (paired + rest) if matched else 0.0
    order = [used_q[i] for i in sorted(used_q)]
    if order != sorted(order):
        hows.add("word order")
    return min(total, 1.0), hows


def _acronym(query: Name, cand: Name) -> bool:
    for short, long in ((query, cand), (cand, query)):
        if len(short.tokens) == 1 and 2 <= len(short.tokens[0].text) <= 6 and long.acronym:
            if short.tokens[0].text == long.acronym:
                return True
    return False


def compare(query: Name, cand: Name) -> Match:
    """Score two prepared names (symmetric up to the order of ties)."""
    if query.folded == cand.folded:
        return Match(1.0, ("exact",))
    if _acronym(query, cand):
        return Match(ACRONYM_SCORE, ("abbreviation",))
    score, hows = _align(query, cand)
    same_split = [t.key for t in query.tokens] == [t.key for t in cand.tokens]
    if query.concat == cand.concat and not same_split:
        score, hows = 1.0, {*hows, "transliteration"} - {"word order"}
    elif len(query.tokens) != len(cand.tokens) and min(len(query.concat), len(cand.concat)) > 5:
        joined = Levenshtein.normalized_similarity(query.concat, cand.concat)
        if joined >= CONCAT_MIN and joined > score:
            score, hows = joined, {"fuzzy"}
    if query.legal != cand.legal or (query.legal and query.folded != cand.folded):
        hows.add("legal form")
    if score >= 1.0:
        penalty = sum(PENALTY.get(h, 0.0) for h in hows)
        score = min(NEAR_EXACT, 1.0 - penalty)
    return Match(round(score, 4), tuple(sorted(hows)))


def name_score(a: str, b: str) -> float:
    """The score of two names given as strings."""
    return compare(prepare(a), prepare(b)).score
