"""Relief licences and waivers: which licence a verb of lapsing is about, what a licence allows.

A licence or waiver that suspends sanctions is an easing when granted; when it lapses, is revoked
or is not renewed, the sanctions it waived come back (``sanctions_imposed``, renewal false).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.mentions import subject_of

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
