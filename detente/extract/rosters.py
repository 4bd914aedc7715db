"""Rosters: a sentence that spells out whom a sanctions act told just before listed.

"Those listed include X, Y and Z", "Among those named were X", "The delisted firms are X and Y",
"The list includes X", "The Council named X, Y and Z": no act of its own, but the names (and the
sectors their descriptions tell) of the act before it. :func:`cue` finds the verb that spells them
out, :func:`region` the words that hold them; ``listed.told_again`` joins the roster to the act
told in the sentences just before it, or drops it when none is.
"""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.listings import LISTABLE_NOUNS

log = logging.getLogger(__name__)

# Participles that make a group the listed ones ("those listed", "the newly designated entities").
ROSTER_FORMS = frozenset(
    {"listed", "named", "designated", "sanctioned", "delisted", "blacklisted", "added",
     "targeted", "relisted", "removed", "unfrozen"}
)  # fmt: skip
# Nouns for the list an act drew up, as the subject of "includes" ("The list includes X").
ROSTER_NOUNS = frozenset({"list", "blacklist"})
# Verbs by which a roster spells out its members.
ENUMERATE_VERBS = frozenset({"include", "comprise", "be"})
# Verbs by which the sanctioning body names whom it listed ("The Council named X and Y").
NAMING_VERBS = frozenset({"name", "identify"})
# Clauses inside a roster that tell about a member, not name one ("whom Ottawa described as",
# "both based near the Golden Triangle zone", "saying they were responsible").
ASIDE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Prepositions of place inside a roster: their objects are where a member sits ("the head of the
# penal colony in Omsk", "penal colonies in Navapolatsk and Shklou"), not members.
PLACE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "from"})
# Dependencies of a member's head word in a roster ("are X and Y", "named X, a commander").
MEMBER_DEPS = frozenset({"attr", "conj", "appos", "dobj", "oprd", "nsubj"})
# Labels of proper nouns that are never members: places, times, numbers.
NOT_MEMBER_LABELS = frozenset({"GPE", "DATE", "TIME", "CARDINAL", "NORP", "MONEY", "LAW"})
# Words before a group that make it the listed ones too ("these", "the").
GROUP_DETERMINERS = frozenset({"the", "these", "those"})
# How many sentences before a roster the act it spells out may be told.
ROSTER_REACH = 2


def cue(verb: Token) -> bool:
    """Whether a main verb spells out whom an act listed: "include"/"be" with a listed group as
    subject or after "among", or "named" with a name as object."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS:
        return _names(verb)
    if lemma not in ENUMERATE_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (_group(subj) or _list_noun(subj, lemma) or _kind_named(verb, subj)):
        return True
    return any(  # "Among those named were ...", "Among the newly listed entities are ..."
        c.dep_ == "prep" and c.lower_ == "among" and any(_group(p) for p in c.children)
        for c in verb.children
    )


def _names(verb: Token) -> bool:
    """ "The Foreign Office named X, the RSF deputy commander, and the firm Y": an active,
    finite "named" whose object is a name (not "named X as envoy", a status)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("oprd", "prep") and c.lower_ in ("as", "to") for c in verb.children):
        return False  # "named her as envoy", "named him to the board"
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]  # "named X": either parse
    return any(o.pos_ == "PROPN" for o in objects) and not any(o.pos_ == "NOUN" for o in objects)


def describes_group(tok: Token) -> bool:
    """ "listed" in "Those listed include X": the participle that makes a roster's group, no act."""
    if tok.dep_ not in ("acl", "amod") or tok.lower_ not in ROSTER_FORMS or not _group(tok.head):
        return False
    group = tok.head
    verb = group.head.head if group.dep_ == "pobj" else group.head  # "Among those named were"
    return cue(verb)


def _group(noun: Token) -> bool:
    """ "those listed", "the delisted firms", "the newly designated entities": a group that a
    listing participle makes the listed ones."""
    if noun.lower_ in ("those", "them"):
        return any(c.dep_ == "acl" and c.lower_ in ROSTER_FORMS for c in noun.children)
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS for c in noun.children
    ):
        return False
    return any(c.dep_ in ("amod", "acl") and c.lower_ in ROSTER_FORMS for c in noun.children)


def _kind_named(verb: Token, subj: Token) -> bool:
    """ "The banks are Sovcombank, MTS Bank and Bank Uralsib", "The vessels include X": the kind of
    body an act just listed, made definite, with proper names as what it is or holds."""
    return (
        subj.tag_ == "NNS"
        and subj.lemma_.lower() in LISTABLE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS for c in subj.children)
        and any(c.dep_ in ("attr", "dobj") and c.pos_ == "PROPN" for c in verb.children)
    )


def _list_noun(noun: Token, lemma: str) -> bool:
    """ "The list includes X", "The list, drawn up by the Council, comprises X": the list an act
    drew up, with a definite determiner (not "a list of demands", nor "Viasna's list")."""
    return (
        lemma != "be"
        and noun.lemma_.lower() in ROSTER_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
        and not any(c.dep_ in ("poss", "compound") for c in noun.children)
    )


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
        names = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i in ids]
        out.append(" ".join(t.text for t in [*names, tok]))
    return out


def region(verb: Token) -> list[Token]:
    """The words that hold the members a roster verb spells out: what follows it, less the asides
    about a member and a closing "…, the ministry said"."""
    doc = verb.doc
    sent = verb.sent
    end = sent.end
    speech = [
        t
        for t in doc[verb.i + 1 : sent.end]
        if t.lemma_.lower() in lx.SPEECH_VERBS and t.i > verb.i
    ]
    if speech and speech[-1].dep_ == "ROOT":  # "..., the ministry's SECO said."
        commas = [t.i for t in doc[verb.i + 1 : speech[-1].i] if t.text == ","]
        end = commas[-1] if commas else end
    out: list[Token] = []
    for tok in doc[verb.i + 1 : end]:
        chain = [tok, *tok.ancestors]
        if any(a.i > verb.i and a.dep_ in ASIDE_DEPS for a in chain if a is not verb):
            continue
        if any(a.dep_ == "prep" and a.lower_ in PLACE_PREPS for a in chain[1:] if a.i > verb.i):
            continue
        out.append(tok)
    return out


def reach(roster_index: int, act_index: int) -> bool:
    """Whether an act told in sentence ``act_index`` is near enough before a roster to be the one
    it spells out."""
    return 0 < roster_index - act_index <= ROSTER_REACH
