"""Relief licences and waivers: which licence a verb of lapsing is about, what a licence allows.

A licence or waiver that suspends sanctions is an easing when granted; when it lapses, is revoked
or is not renewed, the sanctions it waived come back (``sanctions_imposed``, renewal false).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.mentions import Mention, subject_of
from detente.model import EventType

# Nouns for a relief licence or waiver.
LICENCE_WORDS = frozenset(
    {"licence", "license", "waiver", "exemption", "relief", "authorization", "authorisation",
     "permit"}
)  # fmt: skip

# Verbs by which a licence permits dealings ("a waiver allowing banks to move funds").
PERMIT_VERBS = frozenset({"allow", "permit", "authorise", "authorize", "let", "enable", "cover"})

# Verbs that refuse what their complement says ("declined to renew the licence").
REFUSAL_VERBS = frozenset({"decline", "refuse", "fail", "reject"})

# How many heads above a verb of lapsing its licence may sit, misparsed ("the waiver that let
# refiners buy crude expired": "expired" hangs on "crude").
LICENCE_REACH = 5

# Verbs of lapsing (a licence that expires restores the sanctions it waived).
LAPSE_LEMMAS = frozenset({"lapse", "expire"})


def licence_above(verb: Token) -> Token | None:
    """The licence noun a verb sits in the clause of ("a licence, which expired last year", "the
    licence that let Chevron pump oil expired", misparsed under the licence)."""
    return next(
        (
            a
            for a in list(verb.ancestors)[:LICENCE_REACH]
            if a.lemma_.lower() in LICENCE_WORDS and a.pos_ == "NOUN"
        ),
        None,
    )


def lapsed_licence(verb: Token) -> Token | None:
    """For a verb of lapsing ("expired", "lapsed", "ran out"), the licence that lapsed."""
    if is_nominal(verb) or not (
        verb.lemma_.lower() in LAPSE_LEMMAS
        or (verb.lemma_.lower() == "run" and any(c.lower_ == "out" for c in verb.children))
    ):
        return None
    subj = subject_of(verb)
    if subj is not None and subj.lemma_.lower() in LICENCE_WORDS:
        return subj
    return licence_above(verb)


def allowed(verb: Token) -> list[Token]:
    """What a licence granted by ``verb`` allows ("signed a waiver allowing banks to move the
    funds", "issued a licence permitting deals with PDVSA"): its sectors and companies, which the
    parser often hangs on the verb rather than on the licence."""
    if is_nominal(verb) or verb.lemma_.lower() not in lx.LICENCE_GRANT_VERBS:
        return []
    return [
        t
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PERMIT_VERBS
        for t in c.subtree
    ]


def lets_lapse(verb: Token) -> bool:
    """ "let its waiver for X lapse", however the parser hangs the licence and the lapse."""
    words = {
        t.lemma_.lower()
        for c in verb.children
        if c.dep_ not in ("nsubj", "aux", "punct", "advcl", "conj")
        for t in c.subtree
    }
    return bool(words & LICENCE_WORDS) and bool(words & LAPSE_LEMMAS)


def refused(verb: Token) -> bool:
    """ "would not renew", "declined to renew", "let … expire rather than extend": a verb negated or
    governed by a verb of refusal."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS


def lapse_noun(tok: Token) -> bool:
    """ "let a licence lapse": a verb of lapsing tagged as a noun, with a subject of its own."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in LAPSE_LEMMAS
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def is_nominal(tok: Token) -> bool:
    """Whether a trigger is a nominal act ("the lifting of sanctions") rather than a verb."""
    return tok.pos_ == "NOUN" and not lapse_noun(tok)


# --- document level: a licence told again ---
# Determiners that make a licence one already told of ("the licence", "this waiver").
DEFINITE = frozenset({"the", "this", "that"})


def licence_of(trigger: Token) -> Token | None:
    """The licence a sanctions act grants, renews, revokes or lets lapse, if it is about one."""
    if is_nominal(trigger):
        return None
    lapsed = lapsed_licence(trigger)
    if lapsed is not None:
        return lapsed
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in LICENCE_WORDS:
        return trigger.head  # "General License 44, issued in October"
    return next(
        (
            c
            for c in trigger.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in LICENCE_WORDS
        ),
        None,
    )


def _told_before(licence: Token) -> bool:
    """ "the licence", "the relief", "General License 44": a licence named or made definite, not
    "a new licence"."""
    return licence.pos_ == "PROPN" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in licence.children
    )


def share_fields(mentions: list[Mention]) -> None:
    """A licence told again with nothing of its own ("The relief had been granted in October",
    "General License 44, issued in October, expired") bears on what the licence told just before
    it bears on: its sectors, entities and target (in place)."""
    last: Mention | None = None
    for m in mentions:
        licence = None if m.type is EventType.RELEASE else licence_of(m.trigger)
        if licence is None:
            continue
        if last is not None and not (m.sectors or m.entities) and _told_before(licence):
            m.sectors, m.entities = list(last.sectors), list(last.entities)
            m.target = m.target or last.target
        if m.sectors or m.entities:
            last = m
