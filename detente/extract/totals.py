"""Running totals, not one act: a release summed over a period ("has freed some prisoners this
year") or a "since" ("has helped free 1,000 since it was revived"), and the "since" phrases that sum
nothing up (a holding's, a superlative's, another clause's). Split out of
:mod:`detente.extract.acceptance`, which calls :func:`since` and :func:`summed_over_period`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract.lexicon import HOLD_LEMMAS
from detente.extract.mentions import ParsedSentence, own_subject

# A period a present-perfect act of a vague group is summed over ("has released some prisoners
# this year"): a running total, not one act.
PERIOD = re.compile(
    r"\b(?:(?:so far |earlier )?this (?:year|month|spring|summer|autumn|winter)|so far|"
    r"in recent (?:months|weeks)|over the (?:past|last) (?:\w+ )?(?:year|years|months|weeks)|"
    r"previously|in previous (?:years|months)|on previous occasions)\b",
    re.IGNORECASE,
)
VAGUE_DETERMINERS = frozenset({"some", "several", "many", "numerous", "various"})


def summed_over_period(trigger: Token, group: Token | None, ps: ParsedSentence) -> bool:
    """ "has released some prisoners this year", "has freed activists in recent months": a
    present perfect over a period with an uncounted group sums acts, it tells no one act."""
    if group is None or trigger.tag_ != "VBN" or group.tag_ != "NNS":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in trigger.children):
        return False
    dets = {c.lower_ for c in group.children if c.dep_ == "det"}
    if any(c.dep_ == "nummod" or c.lower_ in ("the", "these", "those") for c in group.children):
        return False
    return (not dets or bool(dets & VAGUE_DETERMINERS)) and bool(PERIOD.search(ps.sentence.text))


def since(trigger: Token) -> bool:
    """A "since" phrase on a verb above the trigger: a running total ("helped secure the release
    of 1,000 since it was revived") or a state the release sits in ("jailed since 2016 despite
    rulings ordering his release"), not one act. Not "the largest since June" (a superlative's)."""
    if any(c.tag_ == "JJS" for t in [trigger, *trigger.ancestors] for c in t.children):
        return False  # "the largest exchange since the Cold War"
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children)
    above = [] if _dated_conjunct(trigger) else list(trigger.ancestors)
    verbs = [t for t in [*([trigger] if perfect else []), *above] if t.pos_ == "VERB"]
    marks = [m for t in verbs for c in t.children if c.dep_ == "advcl" for m in c.children]
    # cluster recall v24: a "since" phrase whose "when" clause is the trigger's dates from its act
    # ("since the swap of August 2024, when Russia freed 16 prisoners"), it sums nothing of it
    preps = [c for t in verbs for c in t.children if c.dep_ == "prep" and not _when_of(c, trigger)]
    return any(
        m.lower_ == "since" and m.dep_ == "mark" and not held_since(m, trigger) for m in marks
    ) or any(c.lower_ == "since" and not _since_elsewhere(c, trigger) for c in preps)


def _when_of(since: Token, trigger: Token) -> bool:
    """Whether ``trigger`` heads a "when" clause inside the ``since`` phrase ("since March, when
    Minsk freed 14"): the act the phrase counts from, not one it sums (not "since the arrest of X
    with demands that Eritrea free him", "since the exchange that sent 252 back")."""
    return (
        since.left_edge.i <= trigger.i <= since.right_edge.i
        and trigger.dep_ in ("relcl", "advcl")
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children)
    )


def _since_elsewhere(since: Token, trigger: Token) -> bool:
    """recall: a "since" that does not sum the trigger's act up: a holding's ("held since
    January"), or a superlative's however the parser hangs it ("their biggest spy swap since the
    Cold War on Friday, exchanging ...")."""
    doc = since.doc
    superlative = any(t.tag_ == "JJS" for t in doc[max(0, since.i - 4) : since.i])
    return held_since(since, trigger) or superlative


def _dated_conjunct(trigger: Token) -> bool:
    """recall: "has been releasing prisoners since last summer, and on February 12 he pardoned
    23": a verb joined to another that has its own date is an act of its own, not summed by the
    first verb's "since"."""
    if trigger.dep_ != "conj" or own_subject(trigger) is None:
        return False
    return any(
        c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in trigger.children
    )


def held_since(since: Token, trigger: Token) -> bool:
    """ "a student detained in Dubai since August was freed on Monday", "fishermen held since
    January returned after Libya freed them": the "since" of a holding participle just before it
    (however the parser hangs it) dates the detention, not a running total; only for a verb that
    tells an act of its own (recall)."""
    if trigger.pos_ != "VERB" or not (
        trigger.tag_ == "VBD" or any(c.dep_ == "auxpass" for c in trigger.children)
    ):
        return False
    before = since.doc[max(0, since.i - HELD_SPAN) : since.i]
    return any(t.tag_ == "VBN" and t.lemma_.lower() in HOLD_LEMMAS | {"jail"} for t in before)


# Words between a holding participle and its "since" ("detained in eastern Libya since").
HELD_SPAN = 5
