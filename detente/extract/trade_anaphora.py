"""Cue sentences that name no event of their own: which acts told around them they speak of (the
acts just before, one side named by a definite noun, two acts named by a plural noun, a lead before
its acts, the article's main act), and a sentence answering the act told before it ("In return,
Israel freed two shepherds"). Read by :mod:`detente.extract.links`.
"""

from __future__ import annotations

import logging
import re

from detente.extract.counts import SMALL_NUMBERS, WORD_VALUES
from detente.extract.trade_cues import (
    DEFINITE_EASING,
    DEFINITE_RELEASE,
    DEFINITE_STEP,
    NEGATED,
    PLURAL_ACTS,
    PRECEDENT,
    spoken_of_both,
)
from detente.extract.trade_frame import (
    ANAPHORA_WINDOW,
    DAY,
    Frame,
    Kinds,
    aimed,
    counterpart,
    id_order,
    months_apart,
    near_time,
    other_side,
    same_time,
    sides,
)
from detente.model import EventType

log = logging.getLogger(__name__)

# A cue sentence naming two acts by a plural noun ("the two releases were agreed together") speaks
# of acts told at most this many sentences before it (a paragraph, past a quoted reaction), days
# apart at most this many days ("Twelve days later, Jordan freed ..."), not months.
PLURAL_WINDOW = 4
# "the release of Majid Taheri", "the release of 40 prisoners" name an act of their own; "the
# removal of the company", "the release of the journalist" speak of one told elsewhere.
_OWN_OF = re.compile(r" of (?!(?:the|this|that|these|those|its|their|his|her|our)\b)")
PLURAL_DAYS = 31
# Releases named by a plural definite noun ("The releases were the final element of the deal").
_PLURAL_RELEASES = re.compile(
    r"\b(?:the|these|those|all|both|their|its)(?: [\w'’-]+){0,2} (?:releases|pardons)\b(?! of\b)",
    re.IGNORECASE,
)
# Acts named by a plural noun with their number, three to six ("the four handovers", "all three
# releases").
_ACT_NUMBERS = SMALL_NUMBERS[2:6]
_COUNTED_ACTS = re.compile(
    r"\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose) "
    rf"({'|'.join((*_ACT_NUMBERS, *(n.capitalize() for n in _ACT_NUMBERS)))}) "
    r"(?:handovers|releases|pardons|transfers|steps|moves|acts|gestures)\b"
)
# A cue asked, not told ("did not say whether anything had been offered in return").
_ASKED = re.compile(r"\bwhether\b|\?")


def answered(idx: int, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "In return, Israel freed two shepherds": a sentence opening by answering an act trades
    its own act for the other side's acts told in the nearest sentence before it (within the
    anaphora window) that tells any, whatever their dates."""
    wanted = set().union(*(other_side(e, kinds) for e in group)) - frame.apart
    for back in range(1, ANAPHORA_WINDOW + 1):
        found = {e for _, e in frame.by_sentence.get(idx - back, []) if e in wanted}
        if found:
            return aimed(group, found, frame)
    return set()


def anaphora(idx: int, text: str, kinds: Kinds, frame: Frame) -> list[set[str]]:
    """For a cue sentence without events: the acts told just before it when they hold both sides
    at one time; else one side named by a definite noun with its counterpart; else the acts told
    around it (a lead "The deal was completed on Tuesday." before the acts, a question "What did
    Baku get in return?" before its answer); else the release told just before it with
    another state's release by time; else the article's first-reported act when the sentence
    speaks of both sides (with its counterpart by time when it is one side and the
    sentence names two acts by a plural noun: "The delisting followed a pardon two days earlier
    ... the two steps were part of an arrangement")."""
    precedent = _precedent(idx, text, kinds, frame)
    if precedent:
        return [precedent]
    before = _told_near(idx, range(1, ANAPHORA_WINDOW + 1), kinds, frame)
    for group in date_groups(set(before), frame, loose=True):
        if sides(group, kinds):
            return [group]
    pair = _told_pair(idx, text, kinds, frame)
    if pair:
        return [pair]
    told = _told_side(idx, text, before, kinds, frame)
    if told:
        return [told]
    # a lead speaks of acts told after it only when they do not tell a whole trade of their own
    # ("The deal is the biggest so far. In September, 52 were freed in return for ..." does)
    after = range(-1, -ANAPHORA_WINDOW - 1, -1)
    around = before + _told_near(idx, after, kinds, frame, skip=frame.traded)
    for group in date_groups(set(around), frame):
        if sides(group, kinds):
            return [group]
    last = _last_with_counterpart(text, before, kinds, frame)
    if last:
        return [last]
    main = main_act(kinds, frame)
    if main and not sides(main, kinds) and PLURAL_ACTS.search(text):
        main |= counterpart(main, kinds, frame)
    if spoken_of_both(text) and sides(main, kinds):
        return [main]
    return _definite(idx, text, kinds, frame)


def _precedent(idx: int, text: str, kinds: Kinds, frame: Frame) -> set[str]:
    """ "It is the third such trade in a year. Last September, Minsk freed 52 prisoners and
    Washington lifted restrictions on Belavia.": a cue sentence telling a trade as one of a series
    speaks of the precedent told just after it, when those acts hold both sides at one time (the
    trade told before it is the one the series counts, linked by its own cues)."""
    if not PRECEDENT.search(text):
        return set()
    after = _told_near(idx, range(-1, -ANAPHORA_WINDOW - 1, -1), kinds, frame)
    for group in date_groups(set(after), frame):
        if sides(group, kinds):
            return group
    return set()


def _last_with_counterpart(text: str, before: list[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The gesture was reciprocated within hours", "the villagers' return was a condition":
    a cue sentence naming no act of its own, after a sentence telling a release, speaks of that
    act (the nearest told, ``before[0]``), swapped for another state's release told to the day
    within days of it (and with no partner of its own that day), as a cue sentence telling
    that release would be. Not a cue negated or asked ("did not say whether anything had been
    offered in return")."""
    if not before or NEGATED.search(text) or _ASKED.search(text):
        return set()
    last = before[0]
    if kinds[last][0] is not EventType.RELEASE or len(frame.dates[last] or "") != DAY:
        return set()
    swapped = {
        e
        for e in counterpart({last}, kinds, frame)
        if kinds[e][0] is EventType.RELEASE
        and len(frame.dates[e] or "") == DAY
        and not _partnered(e, last, kinds, frame)
    }
    group = {last} | swapped
    return group if sides(group, kinds) else set()


def _partnered(other: str, last: str, kinds: Kinds, frame: Frame) -> bool:
    """Whether the day of ``other`` holds a release by a third state, the partner of its own
    ("Minsk freed a Pole on Friday. Poland released a Belarusian the same day. On Sunday
    Lithuania let a Belarusian go. [cue]": the Sunday act is no side of Friday's swap)."""
    third = {kinds[last][1], kinds[other][1]}
    return any(
        t is EventType.RELEASE and actor not in third and frame.dates[e] == frame.dates[other]
        for e, (t, actor) in kinds.items()
    )


def _told_near(
    idx: int, backs: range, kinds: Kinds, frame: Frame, skip: set[int] | None = None
) -> list[str]:
    """The events told in the sentences ``idx - back`` (not in ``skip``), nearest first, less
    those set apart."""
    return [
        e
        for back in backs
        if not skip or idx - back not in skip
        for _, e in frame.by_sentence.get(idx - back, [])
        if e in kinds and e not in frame.apart
    ]


def _told_pair(idx: int, text: str, kinds: Kinds, frame: Frame) -> set[str]:
    """ "The two releases were agreed together": a cue sentence naming acts by a plural noun
    speaks of the last act told before it (within :data:`PLURAL_WINDOW` sentences) and of the
    nearest act before that on the other side of a trade from it, weeks apart at most (a month
    next to the other's, for an act dated by its month)."""
    if not PLURAL_ACTS.search(text):
        return set()
    counted = _told_counted(idx, text, kinds, frame)
    if counted:
        return counted
    told = _told_near(idx, range(1, PLURAL_WINDOW + 1), kinds, frame)
    if not told:
        return set()
    last = told[0]
    partner = next(
        (
            e
            for e in told
            if e in other_side(last, kinds) and _paired_in_time(e, last, kinds, frame)
        ),
        None,
    )
    return {last, partner} if partner is not None else set()


def _told_counted(idx: int, text: str, kinds: Kinds, frame: Frame) -> set[str]:
    """(v18) "Q: Was it one deal? A: The four handovers had been negotiated as one package": a
    cue sentence counting the acts it names ("the four handovers", "all three releases") speaks
    of that many acts told last before it (within two paragraphs, past the questions of a Q&A),
    all within :data:`PLURAL_DAYS` days of the last, when they hold both sides."""
    found = _COUNTED_ACTS.search(text)
    if found is None:
        return set()
    want = WORD_VALUES[found[1].lower()]
    told = list(dict.fromkeys(_told_near(idx, range(1, 2 * PLURAL_WINDOW + 1), kinds, frame)))
    if len(told) < want:
        return set()
    acts = set(told[:want])
    last = told[0]
    near = all(near_time(frame.dates[e], frame.dates[last], PLURAL_DAYS) for e in acts)
    return acts if near and sides(acts, kinds) else set()


def _paired_in_time(a: str, b: str, kinds: Kinds, frame: Frame) -> bool:
    """Whether two acts a plural noun names together may be one pair in time: days at most
    :data:`PLURAL_DAYS` apart, or (v17) one dated only by its month, the month of the other or
    the one next to it ("Uganda freed nine Rwandans in January ... Rwanda released 17 Ugandans on
    February 21 ... Both sets of releases were made under the memorandum"), when no other act
    of its state and kind falls within a month of it (then it may be that act told again: "were
    pardoned last week and crossed the border on Monday")."""
    da, db = frame.dates[a], frame.dates[b]
    if near_time(da, db, PLURAL_DAYS):
        return True
    coarse = [e for e, d in ((a, da), (b, db)) if d is not None and len(d) == len("2020-01")]
    return (
        len(coarse) == 1
        and months_apart(da, db) <= 1
        and not any(
            x != coarse[0]
            and kinds.get(x) == kinds[coarse[0]]
            and months_apart(frame.dates[x], frame.dates[coarse[0]]) <= 1
            for x in frame.kinds
        )
    )


def _told_side(idx: int, text: str, before: list[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The relief was its half of a bargain": a cue sentence that names one side by a definite
    noun speaks of the last such act told just before it (``before``, nearest first); the other
    side is found by time, as for a one-sided cue sentence. When none is told just before, the
    noun speaks of the last such act told anywhere before it (a note: "2. The action ... 3. The
    link: the delisting was the US side of an understanding")."""
    wanted = definite_kinds(text)
    named = [e for e in before if kinds[e][0] in wanted]
    if not named:
        named = [e for etype in wanted for e in last_told(idx, etype, kinds, frame)]
    for eid in named:
        group = {eid} | counterpart({eid}, kinds, frame)
        return group if sides(group, kinds) else set()
    return set()


def definite_kinds(text: str) -> set[EventType]:
    """The kinds of act a sentence names by a definite noun that speaks of an act told elsewhere
    ("the releases", "that delisting"; not "the release of Majid Taheri", which names its own)."""
    return {
        etype
        for etype, noun in (
            (EventType.RELEASE, DEFINITE_RELEASE),
            (EventType.SANCTIONS_EASED, DEFINITE_EASING),
        )
        if any(not _OWN_OF.match(text, m.end()) for m in noun.finditer(text))
    }


def last_told(
    idx: int, etype: EventType, kinds: Kinds, frame: Frame, window: int | None = None
) -> list[str]:
    """The act of a type (among ``kinds``) told last before sentence ``idx`` (at most ``window``
    sentences before it, when given), not set apart, if any: what a definite noun ("the
    delisting", "the releases") speaks of."""
    start = idx - window if window is not None else -1
    told = [
        (i, e)
        for i, here in frame.by_sentence.items()
        if start <= i < idx
        for m, e in here
        if m.type is etype and e in kinds and e not in frame.apart
    ]
    return [max(told)[1]] if told else []


def named_other(idx: int, text: str, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The licence was granted in return for the releases": a cue sentence telling one side
    that names the other by a definite noun trades it for the last such act told before it, within
    a paragraph (:data:`PLURAL_WINDOW` sentences), whatever its date."""
    wanted = set().union(*(other_side(e, kinds) for e in group)) - frame.apart
    named = {kinds[w][0] for w in wanted} & (definite_kinds(text) | _stepped(text, group, kinds))
    found = {e for etype in named for e in last_told(idx, etype, kinds, frame, PLURAL_WINDOW)}
    if found and _PLURAL_RELEASES.search(text):
        found |= _stages(idx, found, kinds, frame)
    return aimed(group, found & wanted, frame)


def _stepped(text: str, group: set[str], kinds: Kinds) -> set[EventType]:
    """ "The step was taken in return for the release of Kozulin": a sentence telling releases
    whose subject is an act named by a noun of no kind speaks of relief told before it."""
    releases = all(kinds[e][0] is EventType.RELEASE for e in group)
    return {EventType.SANCTIONS_EASED} if releases and DEFINITE_STEP.search(text) else set()


def _stages(idx: int, found: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The releases were the final element of the December deal": releases named by a plural
    noun are all the releases by the state of the last one told in the paragraph before the cue,
    of its time (a group freed in stages: "The last nine walked out on Sunday. The other 44 were
    freed last week.")."""
    return {
        e
        for back in range(1, PLURAL_WINDOW + 1)
        for _, e in frame.by_sentence.get(idx - back, [])
        if e not in frame.apart
        and any(kinds[e] == kinds[f] and same_time(frame.dates[e], frame.dates[f]) for f in found)
    }


def _definite(idx: int, text: str, kinds: Kinds, frame: Frame) -> list[set[str]]:
    """ "The releases were agreed in return for that delisting": a cue sentence that names both
    sides by definite nouns links the last release and the last easing told before it (or, when
    none is, the article's first), whatever their dates."""
    if not (DEFINITE_RELEASE.search(text) and DEFINITE_EASING.search(text)):
        return []
    found: set[str] = set()
    for wanted in (EventType.RELEASE, EventType.SANCTIONS_EASED):
        told = [
            (i, e)
            for i, here in frame.by_sentence.items()
            for m, e in here
            if m.type is wanted and e in kinds and e not in frame.apart
        ]
        before = [t for t in told if t[0] < idx]
        if before or told:
            found.add(max(before)[1] if before else min(told)[1])
    return [found] if sides(found, kinds) else []


def date_groups(ids: set[str], frame: Frame, loose: bool = False) -> list[set[str]]:
    """Events grouped by compatible dates (an event may fall in several groups). With ``loose``
    (the acts told just before a cue), an act told once and dated nowhere (not in ``frame.told``)
    has only the article's default date, which says nothing of its time: it takes the time of
    the dated acts told in its sentence ("Brussels handed over Assadi, and Iran freed
    Vandecasteele on May 26. Oman flew both men to Muscat and traded them there.")."""
    with_time = {
        e: _told_with(e, frame) & ids if loose and e not in frame.told else set() for e in ids
    }
    groups: list[set[str]] = []
    for e in sorted(ids, key=id_order):
        if with_time[e]:
            continue
        group = {o for o in ids if o == e or same_time(frame.dates[e], frame.dates[o])}
        group |= {o for o, mates in with_time.items() if mates & group}
        if group not in groups:
            groups.append(group)
    return groups


def _told_with(eid: str, frame: Frame) -> set[str]:
    """The events some sentence dates that are told in a sentence with ``eid``."""
    return {
        o
        for here in frame.by_sentence.values()
        if any(e == eid for _, e in here)
        for _, o in here
        if o != eid and o in frame.told
    }


def main_act(kinds: Kinds, frame: Frame) -> set[str]:
    """The releases and easings of the article's first-reported date; when that date is only a
    month (or a year), with the acts of the day within it of the first act told to the day ("Minsk
    pardoned the medic earlier in the week. ... The United States freed three men." on the swap's
    Thursday: one time, not two)."""
    order = sorted(kinds, key=id_order)
    if not order:
        return set()
    first = frame.dates[order[0]]
    times = {first, _day_within(first, order, kinds, frame)} - {None}
    return {
        e
        for e in order
        if kinds[e][0] is not EventType.SANCTIONS_IMPOSED
        and frame.dates[e] in times
        and e not in frame.apart
    }


def _day_within(first: str | None, order: list[str], kinds: Kinds, frame: Frame) -> str | None:
    """The day of the first-reported release or easing that no mention dates, of a day within
    ``first``, a date coarser than a day: the story's day (None when ``first`` is a day or none
    is). An act dated to its own day ("A second exchange, on January 31, ...") is another time."""
    if first is None or len(first) == DAY:
        return None
    return next(
        (
            d
            for e in order
            if kinds[e][0] is not EventType.SANCTIONS_IMPOSED
            and e not in frame.apart | frame.dated
            and (d := frame.dates[e]) is not None
            and len(d) == DAY
            and same_time(first, d)
        ),
        None,
    )
