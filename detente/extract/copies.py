"""Acts another state copies: "Britain followed suit", "Canada did the same", "and Australia
followed on Wednesday" tell the act told just before in the sentence, by another actor; and acts
retold inside one found before ("lowered its cap, joining the EU in tightening the measure")."""

from __future__ import annotations

import logging

from spacy.tokens import Token

from detente.extract import tightenings
from detente.model import EventType

log = logging.getLogger(__name__)

# Time nouns a bare "follow" may take as object ("Britain followed the same day").
FOLLOW_TIMES = frozenset({"day", "week", "month", "morning", "afternoon", "evening"})


def follows_suit(verb: Token) -> bool:
    """ "Britain followed suit", "Canada did the same", "Australia followed on Wednesday": the act
    told just before, by another (a "follow" with no object of its own: not "follows the ban")."""
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "advmod")}
    if lemma == "follow" and "suit" not in words:
        return verb.pos_ == "VERB" and bare_follow(verb)
    return (lemma == "follow" and "suit" in words) or (
        lemma == "do" and bool(words & {"same", "likewise"})
    )


def bare_follow(verb: Token) -> bool:
    """ "and London followed within days": "follow" with a subject of its own and no object but
    a time ("the same day")."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return all(c.dep_ != "dobj" or _time(c) for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children
    )


def _time(obj: Token) -> bool:
    """ "the same day", "a week later": a time, not "months of talks" (what came before)."""
    return obj.lemma_.lower() in FOLLOW_TIMES and not any(c.dep_ == "prep" for c in obj.children)


def as_before(
    verb: Token, found: list[tuple[Token, EventType, bool]]
) -> tuple[EventType, bool] | None:
    """For a verb that follows suit, the (type, renewal) of the last act found before it."""
    before = [f for f in found if f[0].i < verb.i]
    return (before[-1][1], before[-1][2]) if before and follows_suit(verb) else None


# Verbs of joining others in an act ("joining the EU and Britain in tightening the measure").
JOIN_VERBS = frozenset({"join", "follow", "match"})


def joined_in(verb: Token, found: list[tuple[Token, EventType, bool]]) -> bool:
    """ "Japan lowered its cap, joining the EU, Britain and Canada in tightening the measure": the
    gerund an act's own participle of joining governs retells that act (the others named did it
    before, at no time told), not the others' acts of the day."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() not in JOIN_VERBS:
        return False
    join = prep.head
    return join.dep_ in ("advcl", "conj") and any(t.i == join.head.i for t, _, _ in found)


def retells(verb: Token, found: list[tuple[Token, EventType, bool]]) -> bool:
    """Whether a verb retells, inside an act found before it in the sentence, that same act: a
    gerund of joining others in it, or a cap or closure told as part of it."""
    return joined_in(verb, found) or tightenings.within(verb, [t for t, _, _ in found])
