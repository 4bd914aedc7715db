"""People returned from where another state held them: "150 Russian servicemen were returned from
territory controlled by Kyiv", "75 servicemen who had been in captivity have been returned from the
territory controlled by the Kiev regime" (a defence ministry's wording of its own people coming
back in a swap; a release trigger read by ``release_triggers``: the state named in the "from"
phrase freed them).

Only a counted group ("the same number of" counts) given back from territory, captivity or a
state, in the passive: "returned from a training mission", "returned from holiday" and people
returning by themselves are no release.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.captors import CAPTIVE_NOUNS, STATE_KINDS
from detente.extract.groups import people_head
from detente.extract.handovers import SERVICE_NOUNS
from detente.extract.mentions import ParsedSentence, places_in

# Nouns of where a state holds the people it gives back ("from territory controlled by Kyiv").
HOLDING_NOUNS = frozenset({"territory", "territories", "captivity", "custody", "detention",
                           "control"})  # fmt: skip


def returned_from_holder(verb: Token, ps: ParsedSentence) -> bool:
    """Whether ``verb`` is a passive "returned" of a counted group of people from where a state
    held them (see the module)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "return":
        return False  # (before the children are walked: most verbs are not "return")
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    group = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if group is None or not _counted_people(group):
        return False
    froms = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
    ]
    words = [t for g in froms for t in g.subtree]
    if not any(t.lemma_.lower() in HOLDING_NOUNS for t in words):
        return False
    return bool(places_in(ps, words, STATE_KINDS))


def _counted_people(group: Token) -> bool:
    """A counted group of people ("150 Russian servicemen", "270 servicemen and 120 civilians",
    "the same number of Russian soldiers")."""
    if group.lemma_.lower() == "number" and any(c.lower_ == "same" for c in group.children):
        of = [g for c in group.children if c.lower_ == "of" for g in c.children]
        return any(_people(g) for g in of)
    return any(c.dep_ == "nummod" for c in group.children) and _people(group)


def _people(tok: Token) -> bool:
    head = people_head(tok) or tok
    lemma = head.lemma_.lower()
    return lemma in SERVICE_NOUNS or lemma in CAPTIVE_NOUNS or lemma in lx.PEOPLE_NOUNS
