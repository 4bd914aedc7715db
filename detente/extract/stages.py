"""One release told by its stages is one event: a pardon decided the day before people walked out,
a landing the day after they were freed.

A story dates the stages of one act on neighbouring days: "arrived at Heathrow on Wednesday after
Beijing freed him ... He was released on Tuesday", "President X pardoned him on Saturday and he
left the country on Sunday". Dated apart, the mentions make two events of one state for one act.
The guide dates the act by the day people walked out or were handed over, not by the decision
before it or the arrival after it (docs/annotation.md, ``date``): two release events of the same
state, a day or two apart, with no clashing number or names, fold into one when the later one is
dated only by an arrival, or the earlier one only by a decision; the day of the release proper
dates it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract import dates, day_after
from detente.extract.counts import DECISIONS, Count
from detente.extract.mentions import Mention, own_subject
from detente.model import CountQualifier, EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

log = logging.getLogger(__name__)

# Days between the stages of one act ("a day after", "two days later").
STAGE_DAYS = 2
# Words of people arriving somewhere after their release ("landed in Sydney", "flew home").
ARRIVAL_LEMMAS = frozenset({"arrive", "land", "home", "reach", "touch", "return", "fly"})
# Verbs by which an authority decides a release its object names ("approved his release").
DECIDING_HEADS = frozenset({"approve", "sign", "grant", "order", "decide", "announce", "decree"})


def _dated(cluster: Cluster) -> list[Mention]:
    """The mentions that give the cluster its day."""
    return [m for m in cluster.mentions if m.date == cluster.date]


def _arrival(m: Mention) -> bool:
    """Whether the mention's sentence tells people arriving ("landed in New Delhi on Monday")."""
    return any(t.lemma_.lower() in ARRIVAL_LEMMAS for t in m.sent.doc)


def _decision(m: Mention) -> bool:
    """Whether the mention tells only a decision to free ("pardoned him on Saturday", "approved
    his release"): not "pardoned and put on a plane on Tuesday", where one day dates both."""
    trigger = m.trigger
    if _covered_by(trigger) and _walked_out(m):
        return False  # "those covered by the pardon began leaving prison on Thursday"
    deciding = (
        trigger.lemma_.lower() in DECISIONS
        or (trigger.head.lemma_.lower() in DECIDING_HEADS and trigger.dep_ in ("dobj", "pobj"))
        or any(c.lemma_.lower() in DECISIONS for c in trigger.children)  # granted clemency
    )
    if not deciding:
        return False
    carried_out = any(  # one subject, one day: "was pardoned and put on a plane on Tuesday"
        c.dep_ == "conj" and c.pos_ == "VERB" and own_subject(c) is None for c in trigger.children
    )
    return not carried_out or len(m.sent.times) > 1


# Verbs of people walking out free, which make a sentence naming a decision tell the freeing.
FREEING_LEMMAS = frozenset({"walk", "leave", "release", "free"})


def _covered_by(trigger: Token) -> bool:
    """A decision noun that only says which people ("those covered by the pardon", "inmates
    freed under the amnesty"), not one decided in the sentence ("signed a pardon on Monday")."""
    return (
        trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("by", "under")
    )


def _walked_out(m: Mention) -> bool:
    """Whether the mention's sentence tells people walking out, leaving or freed by a verb."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in FREEING_LEMMAS for t in m.sent.doc)


def _bound(m: Mention) -> bool:
    """Whether the mention tells its act in an "after" clause that counts no days and has no time
    of its own ("flew home on Friday after Austria released an Iranian"): the day it takes from the
    main clause only bounds the act, which came before it."""
    found = day_after.after_clause(m.trigger)
    if found is None or day_after.day_before(found) is not None:
        return False
    span = [t.idx for t in found[0].subtree]
    return not any(min(span) <= t.start <= max(span) for t in m.sent.times)


def _counts_clash(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return False
    exact = a.qualifier is CountQualifier.EXACT and b.qualifier is CountQualifier.EXACT
    return exact and a.value != b.value


def _names(cluster: Cluster) -> set[str]:
    """Words of the names the mentions give, in lower case ("Al-Baqer" is "al-Baqer")."""
    return {w.lower() for m in cluster.mentions for p in m.persons for w in p.split() if len(w) > 2}


def _compatible(a: Cluster, b: Cluster) -> bool:
    """Same state, no clashing exact number, names (when both give some) in common."""
    if a.type is not EventType.RELEASE or (a.type, a.actor) != (b.type, b.actor):
        return False
    if _counts_clash(a.count, b.count):
        return False
    names_a, names_b = _names(a), _names(b)
    return not (names_a and names_b) or bool(names_a & names_b)


def _stage_of(earlier: Cluster, later: Cluster) -> Cluster | None:
    """The cluster that is only a stage of the other's act (the arrival after it, the decision
    before it), else None."""
    gap = dates.days_between(earlier.date, later.date)
    if gap is None or not 0 < gap <= STAGE_DAYS:
        return None
    if not _compatible(earlier, later):
        return None
    if all(_bound(m) for m in _dated(later)) and not all(_bound(m) for m in _dated(earlier)):
        return later  # "flew home on Friday after Austria released him" after "left on Thursday"
    arrival = [all(_arrival(m) for m in _dated(c)) for c in (earlier, later)]
    decision = [all(_decision(m) for m in _dated(c)) for c in (earlier, later)]
    if decision[0] and not decision[1]:
        return earlier  # "pardoned him on Saturday" before "left the country on Sunday"
    if arrival[1] and not arrival[0] and not decision[0]:
        return later  # "landed on Monday" after "released late on Sunday"
    return None


def fold(clusters: list[Cluster]) -> None:
    """Fold each release told only by its arrival or by the decision before it into the release
    proper of the same state a day or two away, dated by the release (in place)."""
    for stage in list(clusters):
        if stage not in clusters or stage.type is not EventType.RELEASE:
            continue
        for act in clusters:
            if act is stage:
                continue
            pair = (act, stage) if (act.date or "") < (stage.date or "") else (stage, act)
            if _stage_of(*pair) is not stage:
                continue
            act.absorb(stage, clusters)
            log.debug("stage dated %s folded into the act of %s", stage.date, act.date)
            break


def walk_out_days(clusters: list[Cluster]) -> None:
    """Date a release told by its decision and, in the same act, by the freeing a day or two later
    by the freeing ("Sisi issued a pardon on Wednesday ... Al-Baqer was freed on Thursday": the
    Thursday), as the guide dates an act by the day people walked out (in place)."""
    for cluster in clusters:
        if cluster.type is not EventType.RELEASE or not cluster.date or len(cluster.date) != 10:
            continue
        dated = _dated(cluster)
        if not dated or not all(_decision(m) for m in dated):
            continue
        freed = [
            m.date
            for m in cluster.mentions
            if m.date
            and 0 < (dates.days_between(cluster.date, m.date) or 0) <= STAGE_DAYS
            and not _decision(m)
            and not _arrival(m)
        ]
        if freed:
            cluster.date = min(freed)


# --- recall (v16): the other half of a trade, told just after the act it answers ---
# Words that tell an act as the other half of a trade told before ("In return, Washington
# commuted ..."); not "in exchange for X", which names its own counterpart (sanctions relief).
TRADED_BACK = re.compile(r"\bin (?:return|exchange)\b(?!\s+for\b)", re.IGNORECASE)
# Sentences back the act a trade's other half answers may be told.
TRADE_GAP = 2


def traded_back_date(cluster: Cluster, clusters: list[Cluster]) -> str | None:
    """The date of an undated release told as the other half of a trade ("Cuba let go of X on
    December 17 ... In return, Washington commuted the sentences of three Cubans and put them on a
    plane to Havana", "Venezuela released 30 prisoners in return"): that of the other state's
    release told in the sentences just before it, not the story's day (an anniversary piece's
    publication day); None when the sentence that first tells it tells no trade, or no such act
    precedes it."""
    if cluster.type is not EventType.RELEASE:
        return None
    first = min(m.sent.sentence.index for m in cluster.mentions)
    opening = [m for m in cluster.mentions if m.sent.sentence.index == first]
    if not any(TRADED_BACK.search(m.sent.sentence.text) for m in opening):
        return None  # first told elsewhere: undated tellings of other acts may have joined it
    best: tuple[int, str] | None = None
    for c in clusters:
        if c is cluster or c.type is not EventType.RELEASE or c.actor == cluster.actor:
            continue
        if not c.date or c.date == dates.VAGUE_PAST:
            continue
        told = [
            m.sent.sentence.index
            for m in c.mentions
            if first - TRADE_GAP <= m.sent.sentence.index < first
        ]
        if told and (best is None or max(told) > best[0]):
            best = (max(told), c.date)
    return best[1] if best else None
