"""Sanctions acts told without a sanctions word: the yearly continuation of the US national emergency
a sanctions programme rests on ("continued for another year the national emergency with respect to
Iran", "the renewal last June of the national emergency": a renewal by the United States), and a
sanctioning state barring its own people from dealings with a company or state ("barred US persons
from dealing with PdVSA": an embargo on the other party). Read by
:mod:`detente.extract.directions` (the direction of such a verb or noun) and
:mod:`detente.extract.sanctions` (its actor and what it is not: the barred are not listed).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# Verbs that bar ("barred", "prohibited"); the same as directions.TRADE_BAN_VERBS.
BAR_VERBS = frozenset({"ban", "prohibit", "bar", "outlaw"})
# Dealings a sanctioning state bars its own people from ("barred Americans from dealing with
# PdVSA", "prohibited US banks from providing services to MOGE").
DEALING_VERBS = frozenset(
    {"deal", "provide", "invest", "trade", "buy", "purchase", "import", "export", "finance",
     "transact", "sell", "supply", "service", "handle", "stay"}
)  # fmt: skip
# The people and bodies of a state so barred, told by their nationality ("US persons").
OWN_BODIES = frozenset(
    {"person", "citizen", "national", "institution", "bank", "company", "firm", "investor",
     "entity", "organisation", "organization", "individual", "business", "supplier", "insurer"}
)  # fmt: skip
# Modifiers that make such bodies the acting state's own ("US persons", "its companies").
OWN_MODIFIERS = frozenset({"us", "uk", "eu", "its"})
# Verbs that keep the national emergency a sanctions programme rests on in force for another term.
EMERGENCY_KEEP_VERBS = frozenset({"continue", "extend", "renew", "prolong"})
# Words that tie a national emergency to sanctions (not one over floods or a pandemic).
EMERGENCY_CONTEXT = frozenset(
    {"sanction", "sanctions", "programme", "program", "designation", "order", "embargo"}
)
# How far after a renewal noun its "of the national emergency" may hang, misparsed.
EMERGENCY_REACH = 8


def national_emergency(tok: Token) -> bool:
    """ "the national emergency with respect to North Korea"."""
    return tok.lemma_.lower() == "emergency" and any(c.lower_ == "national" for c in tok.children)


def sanctions_emergency(tok: Token) -> bool:
    """A national emergency its sentence ties to a state or to sanctions ("with respect to Iran",
    "on which the Belarus programme rests")."""
    if not national_emergency(tok):
        return False
    sent = tok.sent
    return any(
        t.lemma_.lower() in EMERGENCY_CONTEXT
        or (t.lower_ == "respect" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to")
        for t in sent
    )


def kept_emergency(lemma: str, objects: list[Token]) -> bool:
    """ "continued for another year the national emergency with respect to Iran": a renewal."""
    return lemma in EMERGENCY_KEEP_VERBS and any(sanctions_emergency(o) for o in objects)


def of_emergency(noun: Token) -> bool:
    """ "the renewal last June of the national emergency": a noun whose "of" phrase is the national
    emergency (in its subtree, or a few words on, where the parser hung it elsewhere)."""
    doc = noun.doc
    for t in doc[noun.i + 1 : min(len(doc), noun.i + EMERGENCY_REACH)]:
        if not sanctions_emergency(t):
            continue
        between = doc[noun.i + 1 : t.i]
        if t in noun.subtree or (
            any(w.lower_ == "of" for w in between)
            and not any(w.pos_ in ("VERB", "AUX") for w in between)
        ):
            return True
    return False


def own_dealings(verb: Token) -> bool:
    """ "The Treasury barred American financial institutions from providing services to MOGE",
    "Washington, which in October 2022 barred Americans from dealing with Nicaragua's gold
    sector": a told act (past, of its own clause, or a dated relative clause) that bars a state's
    own people or bodies from dealings; not "the list, which bars Americans from dealing with", a
    standing effect, nor "barred the club from registering players"."""
    dated = any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ == "prep" for t in c.subtree)
    if verb.tag_ != "VBD" or (verb.dep_ not in ("ROOT", "conj", "ccomp") and not dated):
        return False
    own = any(_own_body(o) for o in verb.children if o.dep_ == "dobj")
    return own and any(
        g.tag_ == "VBG" and g.lemma_.lower() in DEALING_VERBS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    )


def _own_body(obj: Token) -> bool:
    """ "Americans", "US persons", "American financial institutions", "its companies"."""
    if obj.ent_type_ == "NORP" and obj.tag_ == "NNPS":
        return True
    return obj.lemma_.lower() in OWN_BODIES and any(
        (c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE"))
        or c.lower_ in OWN_MODIFIERS
        for c in obj.children
    )


def barred_people(verb: Token) -> set[int]:
    """The words of the own people a dealings ban bars ("US persons") and of the services it bars
    them from ("financial services"): neither listed nor a sector."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BAR_VERBS or not own_dealings(verb):
        return set()
    services = [  # "from providing financial services to": what they may not do
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        for o in g.children
        if o.dep_ == "dobj" and o.lemma_.lower() == "service"
    ]
    barred = [o for o in verb.children if o.dep_ == "dobj"] + services
    return {t.i for o in barred for t in o.subtree if t.i not in _after_to(o)}


def _after_to(service: Token) -> set[int]:
    """The words of "to X" hung on "services" (the party dealt with, kept)."""
    return {t.i for c in service.children if c.dep_ == "prep" for t in c.subtree}


def emergency_act(trigger: Token, nominal: bool, object_words: list[Token]) -> bool:
    """Whether a sanctions act keeps the national emergency in force (a US instrument)."""
    if nominal:
        return of_emergency(trigger)
    return any(sanctions_emergency(t) for t in object_words)


# Instruments only the United States lists under ("designated under Executive Order 14024", "the
# Global Magnitsky Act", "added to the Specially Designated Nationals list"): the UK and Canada
# have Magnitsky laws of their own, so "Magnitsky" alone names no state.
US_INSTRUMENTS = re.compile(
    r"\b(?:executive order|E\.O\.|global magnitsky|CAATSA|caesar (?:syria civilian protection )?act|"
    r"specially designated nationals|SDN list)",
    re.IGNORECASE,
)
# Prepositions that tie an act to the instrument or list it is taken under.
INSTRUMENT_PREPS = frozenset({"under", "to", "on", "pursuant"})


def us_instrument(trigger: Token) -> bool:
    """Whether an act with no doer named is taken under a US instrument ("the firm was designated
    under Executive Order 14024 on Tuesday"): the United States acted (as for the national
    emergency). Only the trigger's own phrases count, not an instrument named elsewhere in the
    sentence."""
    phrases = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in INSTRUMENT_PREPS]
    return any(US_INSTRUMENTS.search(trigger.doc[p.i : p.right_edge.i + 1].text) for p in phrases)
