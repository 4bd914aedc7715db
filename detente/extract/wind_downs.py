"""Wind-down licences: a wind-down licence told as issued is an easing of its own, also beside a
new listing or a lapse the same day (docs/annotation.md, session 26, replacing sessions 18-22's
"eases nothing" when issued with a lapse); a wind-down told only as part of the act that ends
relief (no licence told as issued: "the revocation gives 30 days to wind down") goes with that
act. Read by :mod:`detente.extract.sanctions` when it weighs an easing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import listings
from detente.extract.mentions import ParsedSentence

# Words of taking a body off a list.
DELISTING_WORDS = frozenset(
    {"delist", "delisting", "removal", "remove", "unfreeze", "lift", "lifting"}
)
# Words that tie a licence to an act told beside it.
ALONGSIDE = re.compile(r"\b(?:also|alongside|accompan\w+)\b|\bsame action\b", re.IGNORECASE)
# Verbs of issuing a licence afresh.
WIND_DOWN_ISSUES = (lx.LICENCE_GRANT_VERBS - {"extend"}) | {"publish"}
# What a licence is for when it only lets dealings close: the ban it follows stands.
WIND_DOWN = re.compile(r"\b(?:wind(?:s|ing)?|wound)(?: ?- ?| )down\b|\bclose out\b", re.IGNORECASE)


def _what_it_gives(tok: Token) -> list[Token]:
    """ "issued GL 44A, giving companies until May 31 to wind down", "issued a licence giving
    firms 30 days to wind down": the participle or purpose clause that tells what an issued
    licence does, which the parser hung on the verb."""
    clauses = [
        c
        for c in tok.children
        if c.dep_ in ("advcl", "xcomp")
        and listings.verb_lemma(c) not in lx.EASE_VERBS  # "easing sanctions that had forced ..."
        and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ]
    history = {t.i for c in clauses for r in c.subtree if r.dep_ == "relcl" for t in r.subtree}
    return [t for c in clauses for t in c.subtree if t.i not in history]


def wind_down(ps: ParsedSentence, tok: Token, words: list[Token]) -> bool:
    """ "an authorisation that gives Chevron until April 3 to wind down": a licence named only
    as the way dealings close out, not told as issued, goes with the ban or its return and eases
    nothing. A licence told as issued ("OFAC issued General License 44A, a 45-day wind-down",
    "the wind-down licences issued at the time") is an easing of its own (session 26), as is one
    the sentence ties to a delisting or to an act told before ("also issued a licence ...")."""
    if not lic.is_nominal(tok) or _issued(tok):
        return False  # "issued GL 44A, a 45-day wind-down"; "whose licence was extended"
    if any(t.lemma_.lower() in DELISTING_WORDS for t in ps.doc) or ALONGSIDE.search(ps.doc.text):
        return False  # "OFAC also issued a licence authorising wind-down": the act told before
    words = words + _what_it_gives(tok)
    span = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return bool(WIND_DOWN.search(span)) and any(
        t.lemma_.lower() in lic.LICENCE_WORDS for t in words
    )


def _issued(noun: Token) -> bool:
    """A licence noun told as issued by a participle or relative clause of its own ("wind-down
    licences issued at the time", "a licence OFAC published on Monday")."""
    return any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in WIND_DOWN_ISSUES for c in noun.children
    )


def issues(words: list[Token]) -> set[int]:
    """Verbs of issuing that have a licence object of their own inside another act's object,
    where the parser hangs a second act ("revoked the licence that let X pump oil and issued a
    30-day wind-down licence"): acts of their own (session 26), not the object's description."""
    return {
        t.i
        for t in words
        if t.dep_ == "conj"
        and t.lemma_.lower() in WIND_DOWN_ISSUES
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lic.LICENCE_WORDS for c in t.children)
    }
