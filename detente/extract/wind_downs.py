"""Wind-down licences: a licence issued only to let dealings close out goes with a ban (or its
return) and eases nothing. Read by :mod:`detente.extract.sanctions` when it weighs an easing.
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
    """ "OFAC issued General License 44A, a 45-day wind-down", "an authorisation that gives
    Chevron until April 3 to wind down": a licence issued only to close out dealings goes with a
    ban or its return, and eases nothing; unless the sentence tells a delisting it goes with
    ("delisted the trader and granted a licence allowing wind-down of contracts") or ties it to
    one told before ("also issued a licence authorising wind-down transactions")."""
    if not (tok.lemma_.lower() in WIND_DOWN_ISSUES or lic.is_nominal(tok)):
        return False  # not "whose licence to wind down was extended": its renewal eases
    if any(t.lemma_.lower() in DELISTING_WORDS for t in ps.doc) or ALONGSIDE.search(ps.doc.text):
        return False  # "OFAC also issued a licence authorising wind-down": the act told before
    words = words + _what_it_gives(tok)
    span = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return bool(WIND_DOWN.search(span)) and any(
        t.lemma_.lower() in lic.LICENCE_WORDS for t in words
    )
