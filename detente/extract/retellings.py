"""One act told twice is one event: a definite retelling joins the act told before it.

A story first tells an act with the day it was reported ("has granted Chevron a new licence,
people said on Friday") and then retells it by a definite noun with the act's own day ("The
licence, issued on Thursday, ..."). The retelling names no new act: with the same type, actor and
target, a compatible count and a day a few days before the first telling, it is that act, and its
own day dates it (the reporting day does not date an act whose own day is told).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract import dates
from detente.extract.mention_times import referring
from detente.model import EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster
    from detente.extract.mentions import Mention

log = logging.getLogger(__name__)

# Determiners that make a noun an act already told ("the licence", "this release").
DEFINITE = frozenset({"the", "this", "that"})
# How many days a report may trail the act it reports (a weekly round-up is the longest).
REPORT_LAG_DAYS = 7


def definite(trigger: Token) -> bool:
    """Whether a trigger retells an act by a definite singular noun: the noun itself ("the
    release was part of a bargain") or a participle or clause on it ("The licence, issued on
    Thursday", "the swap, which took place on Monday")."""
    noun = trigger
    if trigger.pos_ not in ("NOUN", "PROPN"):
        if trigger.dep_ not in ("acl", "relcl"):
            return False
        noun = trigger.head
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    )


def _same_fields(told: Cluster, again: Cluster) -> bool:
    """Same type, actor and (sanctions) target; for releases no clashing exact count."""
    if (told.type, told.actor) != (again.type, again.actor):
        return False
    if told.type is not EventType.RELEASE:
        return told.target is None or again.target is None or told.target == again.target
    a, b = told.count, again.count
    return a is None or b is None or a.value == b.value


def _own_day(m: Mention) -> bool:
    """Whether a time expression of the sentence lies within the retelling's own phrase ("The
    licence, issued on Thursday"), not on another noun ("the release fulfilled the December 27
    agreement")."""
    tokens = list(m.trigger.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return any(start <= t.start < end for t in m.sent.times)


def fold(clusters: list[Cluster]) -> None:
    """Fold each cluster told only by definite retellings into the act of the same fields told
    before it whose day trails the retelling's by a week at most; the retelling's own day dates
    the act (in place)."""
    for again in list(clusters):
        if not all(definite(m.trigger) for m in again.mentions):
            continue
        told = _partner(again, clusters, before=True)
        if told is not None:
            if any(_own_day(m) for m in again.mentions):  # not "the release met the May 2 deal"
                told.date = again.date
            told.absorb(again, clusters)
            log.debug("retelling folded into the act told before, dated %s", told.date)
    _fold_lead(clusters)


def _fold_lead(clusters: list[Cluster]) -> None:
    """A definite retelling told first, in a lead dated by its report ("officials said on
    Thursday that the American decision to lift sanctions ..."), is the act the body tells next
    with the act's own day a week at most before ("Washington removed Belavia from its blacklist
    on Tuesday"): fold it into that act, which keeps its own day (in place). Sanctions acts only:
    two releases by one state days apart are often two acts."""
    for again in list(clusters):
        if again.type is EventType.RELEASE or not all(definite(m.trigger) for m in again.mentions):
            continue
        told = _partner(again, clusters, before=False)
        if told is not None:
            told.absorb(again, clusters)
            log.debug("retelling in the lead folded into the act told after, dated %s", told.date)


def _partner(again: Cluster, clusters: list[Cluster], before: bool) -> Cluster | None:
    """The first act of the same fields told before (``before``) or after the retelling, not
    itself only retold when after, whose day is at most a week from the retelling's: trailing it
    when told before, leading it when told after."""
    first = again.mentions[0].sent.sentence.index
    for told in clusters:
        index = told.mentions[0].sent.sentence.index
        if told is again or (index >= first if before else index <= first):
            continue
        if not before and all(definite(m.trigger) for m in told.mentions):
            continue
        lag = (
            dates.days_between(again.date, told.date)
            if before
            else dates.days_between(told.date, again.date)
        )
        if lag is not None and 0 < lag <= REPORT_LAG_DAYS and _same_fields(told, again):
            return told
    return None


# --- a release told in the simple present in a story's body: a habit, not an act ---
# Sentences from the top (headline, dateline) where the simple present tells the news itself.
HEADLINE_SENTENCES = 2
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def habitual(trigger: Token, times: int, index: int) -> bool:
    """Whether a release verb in the body is in the simple present with no time of its own ("The
    people inside are freed; the negotiators fly home"): how things go, not one act. A headline
    ("Belarus frees 52") and a dated present ("is freed on Monday") are acts."""
    if index < HEADLINE_SENTENCES or times or trigger.pos_ != "VERB":
        return False
    if trigger.tag_ in PRESENT_TAGS:
        return not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    return trigger.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in trigger.children
    )


# --- releases (v13): a bare release noun refers to an act told elsewhere ---
def _bare(m: Mention) -> bool:
    """ "Ministers cited the release of political prisoners", "the freeing of foreigners was a
    down payment": a release noun with no number, name or time of its own."""
    return (
        (m.trigger.pos_ == "NOUN" or referring(m.trigger))  # precision (v25): "those freed"
        and m.count is None
        and not m.persons
        and m.date is None
        and m.day_named is None
    )


def bare_reference(cluster: Cluster, clusters: list[Cluster]) -> bool:
    """Fold an undated release told only by bare release nouns into the same state's act told
    elsewhere in the article, whatever its date: it names that act, not another one (in place)."""
    if cluster.type is not EventType.RELEASE or not all(_bare(m) for m in cluster.mentions):
        return False
    key = (cluster.type, cluster.actor)
    others = [c for c in clusters if c is not cluster and (c.type, c.actor) == key]
    if not others:
        return False
    into = next((c for c in others if c.date is None), others[-1])
    into.absorb(cluster, clusters)
    return True
