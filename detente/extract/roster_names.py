"""The names a roster spells out, and the words in it that name no member (session 23, area
"entities").

A roster ("Those listed include X", "The UK's list names six people, including X") spells out
names, each whole as written even where the tagger cut it short ("Tradive General Trading"); some
of its proper nouns are not members but what a member belongs to or serves ("the State Duma
deputy X", "a Revolutionary Guards intelligence unit", "the Nicaraguan Army's pension institute"),
or an aside about a member ("X (Y in some transliterations)"), which
:func:`detente.extract.rosters.region` leaves out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract import listed
from detente.extract.gazetteer import Gazetteer
from detente.extract.listed import MEMBER_NOUNS
from detente.extract.mentions import ParsedSentence

# Dependencies of a member's head word in a roster ("are X and Y", "named X, a commander").
MEMBER_DEPS = frozenset({"attr", "conj", "appos", "dobj", "oprd", "nsubj"})
# Labels of proper nouns that are never members: places, times, numbers.
NOT_MEMBER_LABELS = frozenset({"GPE", "DATE", "TIME", "CARDINAL", "NORP", "MONEY", "LAW"})
# Nouns of a person's post or of a part of a body: a name before them ("the State Duma deputy
# X", "a Revolutionary Guards intelligence unit") is what the member belongs to, not a member.
OWNED_NOUNS = lx.OFFICIAL_TITLES | MEMBER_NOUNS | {"speaker", "unit", "wing", "department"}


def said_after(verb: Token) -> bool:
    """ "The licence covers X and Y, officials said", "The other three, X, Y and Z, are linked to
    the RSF, the Council said": a clause whose only frame is a closing attribution."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.dep_ == "ROOT"
        and head.i > verb.i
        and head.lemma_.lower() in lx.SPEECH_VERBS
    )


def owner_name(tok: Token) -> bool:
    """Whether a proper noun is part of a name that only modifies a common noun in a roster: the
    body a member belongs to or serves ("Federation Council speaker X", "a Revolutionary Guards
    intelligence unit", "the Nicaraguan Army's pension institute"), not a member."""
    if tok.pos_ != "PROPN":
        return False
    top = tok
    while top.dep_ == "compound" and top.head.pos_ == "PROPN" and top.head.i == top.i + 1:
        top = top.head
    head = top.head
    after = tok.doc[top.i + 1] if top.i + 1 < len(tok.doc) else top
    if after.pos_ == "NOUN" and after.lemma_.lower() in OWNED_NOUNS and top.i < after.i < head.i:
        return True  # "the State Duma deputy Oleg Korzun", parsed with "Duma" on the name
    if head.pos_ != "NOUN":
        return False
    if top.dep_ == "poss":  # "the Army's pension institute", "Sovcomflot's Dubai affiliate"
        return True
    # "Federation Council speaker X", "a Revolutionary Guards intelligence unit"; not "the IRIB
    # news agency" or "Qarchak prison", where the noun says what the named body is
    return top.dep_ == "compound" and head.lemma_.lower() in OWNED_NOUNS


def owner_spans(verb: Token) -> set[int]:
    """The tokens of the names in a roster's sentence that are only what a member belongs to
    (:func:`owner_name`), with their determiners ("the State Duma")."""
    out: set[int] = set()
    for ent in verb.sent.ents:
        names = [t for t in ent if t.pos_ == "PROPN"]
        if names and all(owner_name(t) for t in names):
            out |= {t.i for t in ent}
    return out


def bracketed(words: Span) -> set[int]:
    """The tokens inside parentheses ("Sergei Glazyev (Sergey Glaziev in some spellings)")."""
    inside: set[int] = set()
    depth = 0
    for tok in words:
        depth += tok.text == "("
        if depth > 0:
            inside.add(tok.i)
        depth -= tok.text == ")" and depth > 0
    return inside


def whole_name(name: str, words: list[Token]) -> str:
    """A name the tagger cut short inside a roster, as the run of proper nouns it ends or begins
    ("General Trading" in "Tradive General Trading", "Al Junaid" in "Al Junaid Multi Activities
    Co"): the whole run, when every word of it lies in the roster's words."""
    ids = {t.i for t in words}
    for tok in words:
        if tok.pos_ != "PROPN" or not name.startswith(tok.text):
            continue
        start, end = propn_run(tok, ids)
        if tok.ent_type_ == "PERSON":  # "President X": a title before a person is no name
            start = tok.i
        text = tok.doc[start:end].text
        if name in text and len(text) > len(name):
            return text
    return name


def propn_run(tok: Token, ids: set[int]) -> tuple[int, int]:
    """The bounds of the run of proper nouns (joined by hyphens) around a token, inside ``ids``."""
    doc = tok.doc

    def joins(i: int) -> bool:
        if i not in ids or doc[i].lower_ in lx.OFFICIAL_TITLES:
            return False
        return doc[i].pos_ == "PROPN" or (doc[i].text == "-" and doc[i].whitespace_ == "")

    start = tok.i
    while start - 1 >= 0 and joins(start - 1):
        start -= 1
    end = tok.i + 1
    while end < len(doc) and joins(end):
        end += 1
    while end - 1 > tok.i and doc[end - 1].pos_ != "PROPN":
        end -= 1
    return start, end


def listed_in(
    ps: ParsedSentence, verb: Token, words: list[Token], gaz: Gazetteer
) -> tuple[list[str], list[str]]:
    """The names a roster's words list and the sectors they tell: the names the rules of an act
    read there, each whole where the tagger cut it short ("General Trading" for "Tradive General
    Trading"), then the proper nouns heading a member that the tagger left unlabelled."""
    names, sectors, _ = listed.entities(ps, verb, {t.i for t in words}, gaz)
    names = list(dict.fromkeys(whole_name(n, words) for n in names))
    names += [
        n
        for n in proper_members(words, listed.ENTITY_LABELS)
        if n not in gaz.places and not any(n in e or e in n for e in names)
    ]
    return names, sectors


def proper_members(words: list[Token], labelled: frozenset[str]) -> list[str]:
    """Names in a roster the tagger gave no label a listed body has ("The delisted firms are
    Kampot Ocean Harvest and ...", tagged a place): proper nouns heading a member."""
    out: list[str] = []
    ids = {t.i for t in words}
    for tok in words:
        if tok.pos_ != "PROPN" or tok.dep_ not in MEMBER_DEPS or tok.ent_type_ in labelled:
            continue
        if tok.ent_type_ in NOT_MEMBER_LABELS:
            continue
        chain = [  # "Tradive General Trading": compounds of compounds
            t
            for t in tok.subtree
            if t.i < tok.i
            and t.i in ids
            and t.pos_ == "PROPN"
            and all(a.dep_ == "compound" for a in [t, *t.ancestors][: _depth(t, tok)])
        ]
        first = tok.i  # the run of them just before the head: "Tradive General Trading"
        while first - 1 in {t.i for t in chain} or (
            first - 1 >= 0 and tok.doc[first - 1].text == "-" and first - 2 in {t.i for t in chain}
        ):
            first -= 1
        out.append(tok.doc[first : tok.i + 1].text)  # as written: "Al-Watan", not "Al - Watan"
    return out


def _depth(tok: Token, top: Token) -> int:
    """How many heads up from ``tok`` ``top`` lies (0 when it is not above it)."""
    for n, anc in enumerate(tok.ancestors, start=1):
        if anc is top:
            return n
    return 0
