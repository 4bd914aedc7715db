"""An act told again by its noun, spelling out whom it lists (session 23, area "entities").

"The Treasury took forty bodies off its list. The delistings include X and Y", "The EU renewed its
sanctions on Myanmar. The measures apply to 106 individuals and 22 entities, including X", "The
UK's list names eight people, including X": no act of its own, but the names of the act told just
before, of the way its noun tells (delistings, removals and suspensions are easings; designations,
listings and lists impositions) and of the state its owner names ("The EU delistings cover X": the
EU's act, not the one just before). :mod:`detente.extract.rosters` reads it as one of its rosters.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract.doc_memo import per_token
from detente.extract.mentions import Mention, own_subject, places_in
from detente.model import EventType

# Nouns of a sanctions act, or of the list it drew up, told again as the subject of a verb that
# spells out whom it lists, with the way each tells the act went (None: either).
ACT_NOUNS: dict[str, EventType | None] = {
    "delisting": EventType.SANCTIONS_EASED,
    "removal": EventType.SANCTIONS_EASED,
    "suspension": EventType.SANCTIONS_EASED,
    "designation": EventType.SANCTIONS_IMPOSED,
    "listing": EventType.SANCTIONS_IMPOSED,
    "list": EventType.SANCTIONS_IMPOSED,
    "blacklist": EventType.SANCTIONS_IMPOSED,
    "measure": None,
    "regime": None,
}
# Verbs by which an act told again spells out whom it lists, and the preposition some need
# ("apply to").
SPELLING_VERBS = {"include": None, "cover": None, "comprise": None, "name": None, "apply": "to"}
# What ``listed_again.contents`` reads as a package's or regime's contents, left to it ("The
# measures include an arms embargo"), and the list a roster of its own kind reads ("The list
# includes X", ``rosters.cue``).
CONTENTS_VERBS = frozenset({"include", "cover", "comprise"})
CONTENTS_NOUNS = frozenset({"listing", "designation", "measure", "regime"})
LIST_NOUNS = frozenset({"list", "blacklist"})
# Words that make an act's noun one told before ("the delistings", "these measures", "its list").
TOLD_OWNERS = frozenset({"the", "these", "this", "its", "their"})


@per_token  # asked of a roster's verb by several tests
def act_told(verb: Token) -> Token | None:
    """ "The delistings include X, Y and Z", "The measures apply to 106 individuals and 22
    entities, including X", "The UK's list names eight people, including X", "The EU delistings
    cover X": an act told before, named again by a definite noun of the act or of its list, with
    a verb that spells out whom it lists. Its subject, when it is one (not "The list includes",
    a roster of its own kind, nor a package's contents, ``listed_again.contents``)."""
    lemma = verb.lemma_.lower()
    if lemma not in SPELLING_VERBS or verb.dep_ != "ROOT":
        return None
    subj = own_subject(verb)
    if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in ACT_NOUNS:
        return None
    prep = SPELLING_VERBS[lemma]
    if prep is not None and not any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children):
        return None
    noun = subj.lemma_.lower()
    owners = [c for c in subj.children if c.dep_ in ("det", "poss")]
    if lemma in CONTENTS_VERBS and (
        noun in CONTENTS_NOUNS
        or (noun in LIST_NOUNS and lemma != "cover" and not _state_owned(subj))
    ):
        return None  # "The package includes", "The list includes X": read elsewhere
    told = any(c.lower_ in TOLD_OWNERS or _state_owner(c) for c in owners)
    if not told or any(c.lower_ in ("a", "an", "no", "any") for c in owners):
        return None
    if any(c.dep_ == "neg" for c in verb.children):  # "The delistings do not include X"
        return None
    return subj


def _state_owned(noun: Token) -> bool:
    return any(_state_owner(c) for c in noun.children)


def _state_owner(tok: Token) -> bool:
    """ "The UK's list", "the EU's delistings": a state or bloc owning the act (not "Viasna's
    list", a rights group's count)."""
    return tok.dep_ == "poss" and (tok.ent_type_ == "GPE" or (tok.text.isupper() and len(tok) <= 3))


def owners(roster: Mention) -> set[str]:
    """The states an act told again is said to be of ("The EU delistings", "The UK's list")."""
    act = act_told(roster.trigger)
    if act is None:
        return set()
    return {p.code for p in places_in(roster.sent, list(act.subtree)) if p.kind != "demonym"}
