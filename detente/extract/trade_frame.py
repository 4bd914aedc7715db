"""The linker's view of an article: each event's kind, date, people and sentences, which acts the
text sets apart or tells as done for nothing, and the time rules by which one side of a trade finds
the other (:func:`counterpart`). Read by :mod:`detente.extract.links` and
:mod:`detente.extract.trade_anaphora`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from detente.extract import dates
from detente.extract.mentions import Mention
from detente.extract.trade_cues import (
    APART,
    BOTH_PARTIES,
    DEFINITE_EASING,
    RELIEF,
    is_deal_cue,
    is_swap_cue,
)
from detente.extract.trade_voice import (
    answered_denial,
    one_party_denial,
    stated,
    swap_apart_from_relief,
)
from detente.model import Category, EventType

log = logging.getLogger(__name__)

# A cue sentence with no event of its own speaks of the acts told at most this many sentences
# before it (a paragraph's worth: "The two steps were part of a deal").
ANAPHORA_WINDOW = 2
# An act done "without a matching handover" or "without any quid pro quo" is no side of a trade.
UNMATCHED = re.compile(
    r"\b(?:matching|reciprocal|corresponding|exchange|swap|quid pro quo|deal|trade|bargain|"
    r"concessions?|anything in return|return)\b",
    re.IGNORECASE,
)
# An act told with its named doer ("Britain also delisted the bank"): a sentence telling one
# speaks of its own act.
OWN_ACT = re.compile(
    r"\b[A-Z][\w'’-]+ (?:also |then |later |quietly |itself |separately )?(?:delisted|lifted|eased|"
    r"freed|released|pardoned|unfroze|waived|suspended)\b"
)
# One party's denial is answered by another's claim of the trade told at most this many
# sentences from it.
DISPUTE_WINDOW = ANAPHORA_WINDOW + 1
# A cue names a freed person by any part of the name but the first (given) one, of this length.
NAME_PART_MIN = 3
# The other side of a cue sentence's act may be dated up to this many days from it: the halves of a
# trade are often days apart ("a day later", a waiver signed the week before the flight).
NEAR_DAYS = 7
DAY = len("2026-01-01")
# An article telling this many acts it dates nowhere is a review: their shared default date (the
# publication's) says nothing of when any of them happened.
MANY_UNDATED = 3

Kinds = dict[str, tuple[EventType, str | None]]


@dataclass
class Frame:
    """What the article says about its events, for linking them."""

    kinds: Kinds
    """Type and actor of every event."""
    dates: dict[str, str | None]
    """Every event's date."""
    by_sentence: dict[int, list[tuple[Mention, str]]]
    """Release and easing mentions by sentence index."""
    names: dict[str, set[str]]
    """Name parts of the people each release freed."""
    apart: set[str]
    """Events the text sets apart from any trade."""
    abroad: set[str]
    """Releases that hand people to another state: foreigners, people sent abroad, or one side of
    a two-state act."""
    targets: dict[str, str | None]
    """The target of each sanctions act, when told."""
    told: dict[str, str | None]
    """The dates of the events some mention dates or several sentences tell: an act told once
    and dated nowhere has only the article's default date, which says nothing of its time."""
    traded: set[int] = field(default_factory=set)
    """Cue sentences that tell both sides of their trade themselves."""
    alone: set[int] = field(default_factory=set)
    """Mentions (by ``id``) of acts told as done with nothing in return."""
    denials: dict[int, str] = field(default_factory=dict)
    """Sentences in which both parties deny a trade ("Both governments denied any link")."""
    apart_sents: set[int] = field(default_factory=set)
    """Sentences that set acts apart from any trade (less one party's denial that another's
    claim answers)."""
    given: dict[str, set[str]] = field(default_factory=dict)
    """The given names of the people each release freed ("Daniel" of "Daniel Whitcomb")."""
    undated_many: bool = False
    """Whether the article tells many acts it dates nowhere (a review): their shared default
    date is then no evidence of one time."""
    dated: set[str] = field(default_factory=set)
    """The events some mention dates by a time expression of its own."""
    loose: set[str] = field(default_factory=set)
    """The events some mention tells with no time of its own ("handed over with the others")."""
    stated: set[int] = field(default_factory=set)
    """(v20) Cue sentences that state their trade as fact in the article's own voice ("In
    return, Washington freed ..."): no denial by both parties undoes it."""
    received: dict[str, set[str]] = field(default_factory=dict)
    """(v17) The states each release hands people to: their nationality or destination, not the
    freeing state ("six Malaysians" freed by Indonesia: MYS)."""


def sides(ids: Iterable[str], kinds: Kinds) -> bool:
    """Whether a set of events holds two sides of a trade (a release and an easing, or releases by
    two states)."""
    ids = list(ids)
    releases = {kinds[i][1] for i in ids if kinds[i][0] is EventType.RELEASE}
    eased = [i for i in ids if kinds[i][0] is EventType.SANCTIONS_EASED]
    return (bool(releases) and bool(eased)) or len(releases) > 1


def other_side(event: str, kinds: Kinds) -> set[str]:
    """Events that could stand on the other side of a trade from ``event``."""
    etype, actor = kinds[event]
    if etype is EventType.RELEASE:
        return {
            i
            for i, (t, a) in kinds.items()
            if t is EventType.SANCTIONS_EASED or (t is EventType.RELEASE and a != actor)
        }
    if etype is EventType.SANCTIONS_EASED:
        return {i for i, (t, _) in kinds.items() if t is EventType.RELEASE}
    return set()


def same_time(a: str | None, b: str | None) -> bool:
    """Whether two event dates can be the time of one trade: equal, or one contains the other."""
    return a is not None and b is not None and dates.compatible(a, b)


_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
NO_MONTHS = 1000  # the months between dates one of which gives no month


def months_apart(a: str | None, b: str | None) -> int:
    """How many calendar months lie between two dates (a large number when either has no month)."""
    months = [int(m[1]) * 12 + int(m[2]) for d in (a, b) if d and (m := _YEAR_MONTH.match(d))]
    return abs(months[0] - months[1]) if len(months) == 2 else NO_MONTHS


def near_time(a: str | None, b: str | None, days: int = NEAR_DAYS) -> bool:
    """Whether two event dates are the same time or at most ``days`` days apart."""
    if same_time(a, b):
        return True
    if a is None or b is None or len(a) != DAY or len(b) != DAY:
        return False
    try:
        gap = date.fromisoformat(a) - date.fromisoformat(b)
    except ValueError:
        return False
    return abs(gap.days) <= days


def build_frame(
    mentions: list[tuple[Mention, str]],
    cues: list[tuple[int, str]],
    event_dates: dict[str, str | None],
) -> Frame:
    kinds: Kinds = {eid: (m.type, m.actor) for m, eid in mentions}
    by_sentence: dict[int, list[tuple[Mention, str]]] = {}
    names: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    misread = _past_in_main(mentions, event_dates)
    alone = {id(m) for m, _ in mentions if _unmatched(m)}
    for m, eid in mentions:
        if m.type is not EventType.SANCTIONS_IMPOSED and id(m) not in misread | alone:
            by_sentence.setdefault(m.sent.sentence.index, []).append((m, eid))
        for person in m.persons:
            names.setdefault(eid, set()).update(_name_parts(person))
            given.setdefault(eid, set()).update(_given_name(person))
    abroad = {eid for m, eid in mentions if m.type is EventType.RELEASE and _hands_over(m)}
    targets: dict[str, str | None] = {}
    for m, eid in mentions:
        if m.type is not EventType.RELEASE:
            targets[eid] = targets.get(eid) or m.target
    dated = {eid for m, eid in mentions if m.date not in (None, dates.VAGUE_PAST)}
    where: dict[str, set[int]] = {}
    for m, eid in mentions:
        where.setdefault(eid, set()).add(m.sent.sentence.index)
    told = {e: when for e, when in event_dates.items() if e in dated or len(where.get(e, ())) > 1}
    unmatched = {e for _, e in mentions} - {e for m, e in mentions if id(m) not in alone}
    frame = Frame(kinds, dict(event_dates), by_sentence, names, unmatched, abroad, targets, told)
    frame.alone = alone
    frame.given = given
    frame.dated = dated
    frame.loose = {eid for m, eid in mentions if m.date is None}
    for m, eid in mentions:
        if m.type is EventType.RELEASE:
            got = {m.nationality, m.destination} - {None, m.actor}
            frame.received.setdefault(eid, set()).update(s for s in got if s)
    frame.undated_many = len(set(by_sentence_ids(by_sentence)) - told.keys()) >= MANY_UNDATED
    frame.traded = {
        idx
        for idx, text in cues
        if (is_deal_cue(text) or is_swap_cue(text))
        and sides({e for _, e in by_sentence.get(idx, [])}, kinds)
    }
    frame.stated = {idx for idx, text in cues if not APART.search(text) and stated(text)}
    for idx, text in cues:
        if APART.search(text) and not _disputed(idx, text, cues):
            frame.apart_sents.add(idx)
            frame.apart |= _set_apart(idx, text, frame)
            if BOTH_PARTIES.search(text):
                frame.denials[idx] = text
    return frame


def _set_apart(idx: int, text: str, frame: Frame) -> set[str]:
    """The acts a sentence sets apart: those it speaks of; but a swap told apart from relief ("the
    swap was negotiated in a separate channel from the nuclear talks") stands, and the relief of
    its time is what is set apart. A sentence telling an act of its own that no rule read
    ("Britain also delisted the bank, but said its move had nothing to do with the journalist")
    speaks of that act, not of the acts told before it."""
    if idx not in frame.by_sentence and _own_act(text):
        return set()
    spoken = _pointed(idx, frame) or spoken_of(idx, frame)
    if not swap_apart_from_relief(text):
        return spoken
    return {
        e
        for e, (t, _) in frame.kinds.items()
        if t is EventType.SANCTIONS_EASED
        and any(same_time(frame.dates[e], frame.dates[o]) for o in spoken)
    }


def _own_act(text: str) -> bool:
    """Whether a sentence tells, before it sets anything apart, an act done by a named party
    ("Britain also delisted the bank on Friday, but ...")."""
    apart = APART.search(text)
    return apart is not None and OWN_ACT.search(text, 0, apart.start()) is not None


def _disputed(idx: int, text: str, cues: list[tuple[int, str]]) -> bool:
    """Whether a sentence setting acts apart is one party's denial that another claim of a trade
    answers, in the sentence itself or in one near it ("Zimbabwean officials said the removals
    were what Harare obtained in exchange ... Washington denies any link"): acts only both
    parties deny were a bargain are none."""
    if not one_party_denial(text):
        return False
    # a denial naming relief ("denied that the licence was part of that deal") is answered only
    # by a deal cue that names relief, not by the swap's own cue: a swap trades people for people,
    # even one told beside the relief ("Iran swap that ran alongside nuclear deal")
    of_relief = swap_apart_from_relief(text) or RELIEF.search(text) is not None
    return answered_denial(text) or any(
        0 < abs(j - idx) <= DISPUTE_WINDOW
        and not APART.search(other)
        and (is_deal_cue(other) if of_relief else is_deal_cue(other) or is_swap_cue(other))
        and (not of_relief or _names_relief(other))
        for j, other in cues
    )


# Relief as a claim names it: the sanctions or the relief themselves, not a nuclear deal a swap
# is only told beside ("a swap that ran alongside a nuclear deal"); (v21) nor sanctions as the
# crime of people freed ("clemency to seven Iranians jailed for sanctions violations").
_CLAIMED_RELIEF = re.compile(
    r"\b(?:sanctions?(?![- ](?:violations?|violators?|evasion|breach\w*|charges?|busting)\b)"
    r"|relief|delist\w*|licen[cs]es?|waivers?)\b",
    re.I,
)


def _names_relief(text: str) -> bool:
    """Whether a claim names relief: sanctions or relief, or an easing by its noun ("the
    removals were what Harare obtained in exchange")."""
    return _CLAIMED_RELIEF.search(text) is not None or DEFINITE_EASING.search(text) is not None


def _past_in_main(
    mentions: list[tuple[Mention, str]], event_dates: dict[str, str | None]
) -> set[int]:
    """Mentions the text places in the past ("Three months earlier, 52 were released") that were
    merged into an act of the article's first-reported date, which other sentences date: an
    earlier act misread as the main one, which no cue of its sentence trades."""
    first = min((e for _, e in mentions), key=id_order, default=None)
    main = event_dates.get(first) if first is not None else None
    dated = {e for m, e in mentions if m.date not in (None, dates.VAGUE_PAST)}
    return {
        id(m)
        for m, e in mentions
        if m.date == dates.VAGUE_PAST and main is not None and event_dates[e] == main and e in dated
    }


def _unmatched(m: Mention) -> bool:
    """Whether a mention's act is told as done with nothing given for it: "returned twelve
    civilians without a matching handover", "freed her without any quid pro quo"."""
    return any(
        child.lower_ == "without" and UNMATCHED.search(" ".join(t.text for t in child.subtree))
        for child in m.trigger.children
    )


def _hands_over(m: Mention) -> bool:
    """Whether a release mention hands people to another state."""
    return (
        m.category is Category.FOREIGN_NATIONALS
        or bool(m.co_actors)
        or m.nationality not in (None, m.actor)
        or m.destination not in (None, m.actor)
    )


def _name_parts(person: str) -> set[str]:
    """The parts of a name a later mention may use: all but the given name ("Abedini" of
    "Mohammad Abedini Najafabadi"), or the name itself when it is one word."""
    parts = [p for p in person.split() if len(p) >= NAME_PART_MIN and p[0].isupper()]
    return set(parts[1:] if len(parts) > 1 else parts)


def _given_name(person: str) -> set[str]:
    """The given name of a full name, of the length a cue may use alone ("the understanding that
    brought Daniel home"); none for a one-word name."""
    parts = person.split()
    first = parts[0] if len(parts) > 1 else ""
    return {first} if len(first) >= NAME_PART_MIN and first[0].isupper() else set()


# Words pointing a bare release noun back at an act told before it ("that release", "his release").
_POINTING = frozenset({"that", "this", "his", "her", "their"})


def _pointed(idx: int, frame: Frame) -> set[str]:
    """(v21) The acts a sentence setting acts apart speaks of, with a release it tells only by a
    pointing noun ("Washington said that release was not part of the arrangement", "..., freed
    separately; officials said his release was not part of the exchange") read as the release
    told last before that noun, in the sentence or the ones just before it: the mention may have
    been merged into another act of its state (the swap's)."""
    here = frame.by_sentence.get(idx, [])
    return {(_told_before(idx, m, frame) or eid) if pointing(m) else eid for m, eid in here}


def pointing(m: Mention) -> bool:
    """Whether a release mention is a bare noun pointing back ("that release", "his release")."""
    return (
        m.type is EventType.RELEASE
        and m.trigger.pos_ == "NOUN"
        and m.trigger.i > 0
        and m.trigger.doc[m.trigger.i - 1].lower_ in _POINTING  # "that" may parse as a mark
    )


def _told_before(idx: int, m: Mention, frame: Frame) -> str | None:
    """The release told last before a pointing mention: earlier in its sentence, else in the
    nearest sentence before it (within the anaphora window) that tells one."""

    def releases(back: int) -> list[tuple[Mention, str]]:
        return sorted(
            (
                (o, e)
                for o, e in frame.by_sentence.get(idx - back, [])
                if o.type is EventType.RELEASE
                and not pointing(o)
                and (back or o.trigger.i < m.trigger.i)
            ),
            key=lambda p: p[0].trigger.i,
        )

    for back in range(ANAPHORA_WINDOW + 1):
        if found := releases(back):
            return found[-1][1]
    return None


def spoken_of(idx: int, frame: Frame) -> set[str]:
    """The events a sentence speaks of: its own, else those of the nearest sentence before it
    (within the anaphora window) that has any."""
    for back in range(ANAPHORA_WINDOW + 1):
        here = frame.by_sentence.get(idx - back)
        if here:
            return {eid for _, eid in here}
    return set()


def counterpart(group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """For a one-sided group, the other side, among the events the text does not set apart: those
    of the same date; those of a compatible date (a day within the month the text gives) or of a
    day within :data:`NEAR_DAYS` (the halves of a trade are often days apart) whose date holds no act
    of our side, which would be their partner, and no act of their own side is of our very date (a
    swap in daily stages pairs each day's acts; "in January" is not the January 31 swap). Two
    acts dated nowhere share only the article's default date: no evidence of one time."""
    wanted = set().union(*(other_side(e, kinds) for e in group)) - frame.apart
    exact = {w for w in wanted for e in group if _timed(w, e, frame) and _same_day(w, e, frame)}
    near = {
        w
        for w in wanted - exact
        for e in group
        if _timed(w, e, frame)
        and near_time(frame.dates[w], frame.dates[e])
        and not paired(w, e, frame)
    }
    found = exact | {w for w in near if all(kinds[w] != kinds[x] for x in exact)}
    return aimed(group, found, frame)


def _timed(a: str, b: str, frame: Frame) -> bool:
    """Whether the dates of two acts may tell their time: some sentence dates one of them, or
    the article is no review of many acts it dates nowhere (then the default date is its main
    act's)."""
    return not frame.undated_many or a in frame.told or b in frame.told


def by_sentence_ids(by_sentence: dict[int, list[tuple[Mention, str]]]) -> list[str]:
    """The events told in the sentences of a frame."""
    return [e for here in by_sentence.values() for _, e in here]


def _same_day(a: str, b: str, frame: Frame) -> bool:
    return frame.dates[a] == frame.dates[b]


def aimed(group: set[str], found: set[str], frame: Frame) -> set[str]:
    """The found counterparts, less easings aimed at no releasing state of the trade and, for an
    easing, releases by states it is not aimed at (relief for Minsk pays for Minsk's releases,
    not Damascus's)."""
    kinds = frame.kinds
    releasing = {kinds[e][1] for e in group | found if kinds[e][0] is EventType.RELEASE}
    targets = {frame.targets.get(e) for e in group if kinds[e][0] is EventType.SANCTIONS_EASED}
    return {
        w
        for w in found
        if (
            kinds[w][0] is not EventType.SANCTIONS_EASED
            or frame.targets.get(w) in {None, *releasing}
        )
        and (
            kinds[w][0] is not EventType.RELEASE
            or None in targets
            or not targets
            or kinds[w][1] in targets
        )
    }


def paired(other: str, ours: str, frame: Frame) -> bool:
    """Whether the date of ``other`` holds another act of the same kind and state as ``ours``."""
    return any(
        x != ours
        and frame.kinds[x] == frame.kinds[ours]
        and frame.dates[x] is not None
        and frame.dates[x] == frame.dates[other]
        for x in frame.kinds
    )


def id_order(eid: str) -> int:
    """The order in which the article reports an event ("e12" -> 12)."""
    return int(eid[1:])
