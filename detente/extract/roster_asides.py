"""Words in a roster that name no member (session 23, area "entities").

A roster ("Those listed include X", "The UK's list names six people, including X") spells out
names; some of its proper nouns are not members but what a member belongs to or serves ("the
State Duma deputy X", "a Revolutionary Guards intelligence unit", "the Nicaraguan Army's pension
institute"), or an aside about a member ("X (Y in some transliterations)").
:func:`detente.extract.rosters.region` leaves them out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract.listed import MEMBER_NOUNS

# Nouns of a person's post or of a part of a body: a name before them ("the State Duma deputy
# X", "a Revolutionary Guards intelligence unit") is what the member belongs to, not a member.
OWNED_NOUNS = lx.OFFICIAL_TITLES | MEMBER_NOUNS | {"speaker", "unit", "wing", "department"}


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
