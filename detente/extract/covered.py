"""A group a measure also covered ("The amnesty also covered 114 foreigners, who will be
deported", "the pardon also included sixteen people convicted in terrorism cases"): by the guide
(sessions 24 and 25) "also" adds a group to a clemency told before, and the group is its own
release ("foreign prisoners" → `foreign_nationals`); "including", "of whom", "among them" give a
part of the total, no event. The verb's subject is the measure, never a state, so the release
takes its state from context like a passive one (:mod:`releases`)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract.acceptance import acceptable
from detente.extract.groups import is_people
from detente.extract.mentions import ParsedSentence, own_subject

# Verbs by which a measure reaches a group ("covered", "included", "extended to").
COVER_VERBS = frozenset({"cover", "include", "extend"})
# Nouns of a measure that frees people.
MEASURE_NOUNS = frozenset({"amnesty", "pardon", "clemency", "decree"})
# Past-tense tags: the measure was taken ("also covered"), not one to come ("would also cover").
PAST_TAGS = frozenset({"VBD", "VBN"})


def find(ps: ParsedSentence) -> list[tuple[Token, Token]]:
    """(verb, group) for each counted group of people a measure is told as also covering."""
    if "also" not in ps.sentence.text.lower():
        return []  # cheap: no "also", no added group
    out: list[tuple[Token, Token]] = []
    for verb in ps.doc:
        if verb.lemma_.lower() not in COVER_VERBS or verb.tag_ not in PAST_TAGS:
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            continue
        if any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ in ("will", "would") for c in verb.children
        ):
            continue
        subj = own_subject(verb)
        if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in MEASURE_NOUNS:
            continue
        group = _counted_group(verb)
        if group is not None and is_people(group, ps) and acceptable(verb, group, ps, ""):
            out.append((verb, group))
    return out


def _counted_group(verb: Token) -> Token | None:
    """The object of the verb ("covered 114 foreigners"; "extended to 30 prisoners") when a
    number counts it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next(
        (o for o in objects if any(c.dep_ in ("nummod", "quantmod") for c in o.children)), None
    )
