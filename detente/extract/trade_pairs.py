"""Trades a sentence tells by its own acts, with no cue sentence needed: the releases of states
a swap verb makes co-actors ("Russia and the United States swapped prisoners"), and two states'
releases of one time, each of the other's nationals ("Russia freed 95 Ukrainian soldiers and
Ukraine freed 95 Russians"); and the grouping of a sentence's acts by its own time expressions,
each group one trade at most; (v16) the stages a cue sentence counting more people than its act
frees speaks of; (v17) the act told inside a cue sentence's "in return for" phrase, traded for
its other act whatever their times. Read by :mod:`detente.extract.links`.
"""

from __future__ import annotations

from detente.extract import dates
from detente.extract import lexicon as lx
from detente.extract.destinations import demonym_of
from detente.extract.groups import people_head
from detente.extract.mentions import Mention
from detente.extract.release_triggers import group_of
from detente.extract.trade_frame import Frame, Kinds, sides
from detente.model import EventType

# The nouns of a cue phrase naming what an act was given for ("in return for", "in exchange for").
_PRICE_HEADS = frozenset({"return", "exchange"})
# A cue sentence counting a group freed in stages speaks of the acts told in this many sentences
# after it (a paragraph).
STAGES_WINDOW = 4


def clause_groups(
    here: list[tuple[Mention, str]], event_dates: dict[str, str | None] | None = None
) -> list[set[str]]:
    """The events of one sentence, grouped by the sentence's own time expressions: mentions whose
    dates are compatible (or undated) fall together; each group is one trade at most. A mention
    with no date of its own, or a vaguer one, is placed by its event's date (from ``event_dates``)
    when it has one: the act it was merged into happened then, not at the time of another
    clause."""
    groups: list[tuple[str | None, set[str]]] = []
    undated: set[str] = set()
    if all(m.date in (None, dates.VAGUE_PAST) for m, _ in here):
        # a sentence with no time of its own tells its acts as of one time ("the release followed
        # the United States fulfilling its commitment"): one group
        return [{eid for _, eid in here}] if here else []
    for m, eid in here:
        when_m = _placed(m.date, event_dates.get(eid) if event_dates else None)
        if when_m is None or when_m == dates.VAGUE_PAST:
            undated.add(eid)
            continue
        for i, (when, ids) in enumerate(groups):
            if dates.compatible(when, when_m):
                groups[i] = (dates.more_precise(when, when_m), ids | {eid})
                break
        else:
            groups.append((when_m, {eid}))
    if not groups:
        return [undated] if undated else []
    return [ids | undated for _, ids in groups]


def paid_for(here: list[tuple[Mention, str]], kinds: Kinds) -> set[str]:
    """(v17) "Rwanda released 17 Ugandans on Thursday, in return for Uganda's release of nine
    Rwandans in January": a cue sentence of two acts, one of them told inside its own "in return
    for" / "in exchange for" phrase, trades the other act for it, whatever their times (the
    sentence's clauses of two times are no two trades here). Empty when the sentence tells
    other acts, or none inside such a phrase."""
    ids = {eid for _, eid in here}
    bound = {eid for m, eid in here if _in_return_for(m)}
    return ids if len(ids) == 2 and len(bound) == 1 and sides(ids, kinds) else set()


def _in_return_for(m: Mention) -> bool:
    """Whether a mention's trigger lies in an "in return for" / "in exchange for" phrase."""
    return any(a.lower_ == "for" and a.head.lower_ in _PRICE_HEADS for a in m.trigger.ancestors)


def _placed(own: str | None, event: str | None) -> str | None:
    """The time of a mention in its sentence: its own date, or its event's when it has none or
    only a vaguer one that the event's contains ("this year" of a relief dated July 23 is not the
    April of another clause: "the second country this year to trade relief for a detainee; in
    April, Canada ...")."""
    if own is None:
        return event
    if event is not None and own != dates.VAGUE_PAST and len(own) < len(event):
        return event if dates.compatible(own, event) else own
    return own


def swap_verbs(
    mentions: list[tuple[Mention, str]], event_dates: dict[str, str | None] | None = None
) -> list[tuple[set[str], int]]:
    """ "Russia and the United States swapped prisoners": the releases of the co-acting states
    (people only: "the United States and Iran lifted sanctions, exchanged prisoners and ..." trades
    no sanctions act the co-actors take in the same sentence). (v25) Only the releases of the
    verb's own time are its partners: "On July 17 they exchanged 95 each, and on June 25 they
    swapped 90 each" is one swap per day (the sentence's clauses of two times, see
    :func:`clause_groups`)."""
    out: list[tuple[set[str], int]] = []
    for m, eid in mentions:
        if (
            m.type is EventType.RELEASE
            and m.co_actors
            and m.trigger.lemma_.lower() in lx.SWAP_LEMMAS
        ):
            here = [(mm, e) for mm, e in mentions if mm.sent is m.sent]
            timed = next((g for g in clause_groups(here, event_dates) if eid in g), set())
            partners = {
                e
                for mm, e in here
                if e in timed and mm.type is EventType.RELEASE and mm.actor in m.co_actors
            }
            if partners - {eid}:
                out.append(({eid} | partners, m.sent.sentence.index))
    return out


def reciprocal(frame: Frame) -> list[tuple[set[str], int]]:
    """ "Russia freed 95 Ukrainian soldiers and Ukraine freed 95 Russians", "Venezuela released
    seven Guyanese fishermen, while Guyana freed two Venezuelan soldiers": one sentence telling
    two states' releases of one time, each of the other's nationals, tells a swap with no cue
    word. An act the text sets apart or tells as done for nothing is no side of it; a dual
    national freed is one act, whichever state the sentence seems to give it."""
    out: list[tuple[set[str], int]] = []
    for idx, here in frame.by_sentence.items():
        freed = [
            (m, eid)
            for m, eid in here
            if m.type is EventType.RELEASE and m.actor and id(m) not in frame.alone
        ]
        if len({m.actor for m, _ in freed}) != 2 or any(e in frame.apart for _, e in freed):
            continue
        pair = {m.actor: (m, eid) for m, eid in freed}  # one mention per state
        (a, (ma, ea)), (b, (mb, eb)) = pair.items()
        if (
            len(clause_groups([(ma, ea), (mb, eb)], frame.told)) == 1
            and not set(ma.persons) & set(mb.persons)  # one act told with two doers
            and nationals(ma) == b
            and nationals(mb) == a
        ):
            out.append(({ea, eb}, idx))
    return out


def counted_stages(idx: int, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The suspension was granted in return for the release of the last three political
    prisoners. Kozulin was freed on August 16. Two other activists were let out on August 20.": a
    cue sentence counting more people freed than the act its release was merged into frees
    speaks too of the releases by that state told just after it, of the same month, that make up
    its count (a group freed in stages for relief; a swap's daily rounds are trades of their own)."""
    found: set[str] = set()
    if all(kinds[e][0] is EventType.RELEASE for e in group):
        return found  # a swap's rounds are trades of their own days
    for m, e in frame.by_sentence.get(idx, []):
        if m.type is not EventType.RELEASE or e not in group:
            continue
        if m.count is None:
            found |= _month_stages(idx, m, e, group, frame)
            continue
        want = m.count.value
        total = max((_freed(o) for o, oe in _mentions(frame) if oe == e and o is not m), default=0)
        for back in range(1, STAGES_WINDOW + 1):
            for o, oe in frame.by_sentence.get(idx + back, []):
                if (
                    0 < total < want
                    and 0 < _freed(o) <= want - total
                    and oe not in group | found | frame.apart
                    and kinds.get(oe) == kinds[e]
                    and _one_month(frame.dates[oe], frame.dates[e])
                ):
                    found.add(oe)
                    total += _freed(o)
    return found


def _month_stages(idx: int, m: Mention, e: str, group: set[str], frame: Frame) -> set[str]:
    """(v18) "The step was taken in return for the release of political prisoners in August.
    Kozulin was freed on August 16. Two more activists were let out on August 20.": an uncounted
    release of people it does not name, dated only by a month, speaks too of the releases by
    its state told just after it within that month (the stages of the group)."""
    if m.persons or m.date is None or len(m.date) != len("2025-01"):
        return set()
    return {
        oe
        for back in range(1, STAGES_WINDOW + 1)
        for _, oe in frame.by_sentence.get(idx + back, [])
        if oe not in group | frame.apart
        and frame.kinds.get(oe) == frame.kinds[e]
        and _one_month(frame.dates[oe], m.date)
    }


def _mentions(frame: Frame) -> list[tuple[Mention, str]]:
    return [p for here in frame.by_sentence.values() for p in here]


def _freed(m: Mention) -> int:
    """How many people a mention frees: its count, else the people it names."""
    return m.count.value if m.count is not None else len(m.persons)


def _one_month(a: str | None, b: str | None) -> bool:
    """Whether two dates fall in one month (both give it)."""
    return a is not None and b is not None and len(a) >= len("2025-01") and a[:7] == b[:7]


def nationals(m: Mention) -> str | None:
    """The country of the people a release mention frees, by the demonym of their phrase."""
    if m.nationality:
        return m.nationality
    return demonym_of(people_head(group_of(m.trigger, m.sent)), m.sent)
