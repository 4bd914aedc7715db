"""Names dropped from a sanctions list, told by the word "names" alone: a delisting.

A renewal that drops names is the renewal and a delisting, even with the names untold
(docs/annotation.md, session 25): "in the end three names were dropped", "although it has dropped
some names", "Canada did remove one name", "the removal of two names". The word "names" stands for
the entries of a list, so a verb that drops, removes, strikes or takes off names (or a removal of
names) eases sanctions when the sentence is about sanctions (the gate's precondition). No names
("No names were removed") are no act; demanded, conditional and other unasserted removals are left
to the modality checks every act goes through.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that take an entry off a list ("dropped three names", "names were struck").
DROP_VERBS = frozenset({"drop", "remove", "strike", "delete"})
# The same with a particle ("took two names off").
PARTICLE_DROPS = {"take": "off", "strike": "off", "cross": "off"}
NAME_LEMMAS = frozenset({"name"})

# What the gate looks for (added to :data:`detente.extract.sanctions.SANCTIONS_SENTENCE`): names
# next to a dropping verb, either order ("dropped some names", "three names were dropped").
GATE = (
    r"\b(?:dropp|remov|struck|strik|delet|took|tak(?:e|en|es|ing)|cross)\w*\b[^.;]{0,40}\bnames?\b|"
    r"\bnames?\b[^.;]{0,30}\b(?:dropped|removed|struck|deleted|taken off|crossed off)\b|"
)


def _names(noun: Token) -> bool:
    """ "three names", "some names", "one name": entries of a list; not "no names", not one
    party's own name ("dropped its name from the brochure"), and not the names of a group told
    ("removing the names of those freed" from a count of prisoners; a list of sanctions named with
    them, "removed the names of two officials from its list", is read by the list rules)."""
    return noun.lemma_.lower() in NAME_LEMMAS and not any(
        (c.dep_ == "det" and c.lower_ == "no")
        or c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children
    )


def drops_names(verb: Token, lemma: str) -> bool:
    """ "dropped three names", "three names were dropped", "did remove one name", "took two names
    off": a verb that takes names off a list."""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    if lemma not in DROP_VERBS and PARTICLE_DROPS.get(lemma) not in particles:
        return False
    if any(c.dep_ == "nsubjpass" and _names(c) for c in verb.children):
        return True  # "three names were dropped"
    # Active: with a subject of its own ("Canada did remove one name") or in a non-finite clause of
    # the act that drops them ("prolonged the freezes while removing four names", "agreed to
    # remove two names"); a headline's "EU rolls over Russia asset freezes, drops four names" is
    # too often misparsed to tell who dropped them.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    own = len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN", "PRON")
    clause = verb.dep_ in ("advcl", "pcomp", "xcomp") and verb.tag_ in ("VBG", "VB")
    return (
        (own or clause)
        and not _vague_past(verb)
        and any(c.dep_ == "dobj" and _names(c) for c in verb.children)
    )


def _vague_past(verb: Token) -> bool:
    """ "the bloc removed the last individual names years ago": a past with no figure is generic
    history, no act (not "two years ago", which dates one)."""
    return any(
        c.lower_ == "ago"
        and not any(t.like_num or t.pos_ == "NUM" or t.lower_ in ("a", "an") for t in c.subtree)
        for c in verb.children
    )


def removal_of_names(noun: Token) -> bool:
    """ "the removal of three names (from the list)": a nominal delisting."""
    if noun.lemma_.lower() not in ("removal", "deletion") or noun.dep_ == "attr":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and _names(p) for p in c.children)
        for c in noun.children
    )
