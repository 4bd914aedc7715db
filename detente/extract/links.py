"""Exchanges: events the text presents as traded for each other.

A document-level deal frame, built from the sentences that speak of a trade (cues):

- A cue sentence links the events mentioned in it when both sides are there (a release and an
  easing, or releases by two states), and the events whose freed people it names ("Marsh was traded
  for Tavakoli"), whatever their dates. The events of one cue sentence are first split by their own
  time expressions, so that "In September, 52 were freed in exchange for relief, and in June a
  blogger walked free" links only the September acts.
- When only one side is there, the other side is looked for among the events of a compatible date
  (the same day, or a day within the month the text gives), or of a day within a week when that
  day holds no partner of its own.
- A cue sentence that names no event ("The two steps were part of a deal", "All of them were
  exchanged on Thursday") speaks of the acts told just before it, when they hold both sides at one
  time; failing that, of the one side it names by a definite noun ("the relief was its half of a
  bargain") with its counterpart by time; of the acts told just after it (a lead, a question
  before its answer); or of the article's first-reported act ("The deal was struck in Doha").
  A sentence denying a trade ("nothing was offered in return") links nothing this way.
- A mention with no date of its own falls in the clause group of its event's date, so a clause
  of another time ("since December 2023, when ...") does not pull this year's act in.
- A swap of releases pulls in every other state's release of the same day (a multi-party swap).
- Swap cues ("a prisoner exchange", "each side freed", "were swapped") trade people for people:
  they link releases only. Deal cues ("in exchange for", "as part of the deal", "their side of the
  bargain", "after X agreed to") may link easings too.
- An act the text sets apart ("Separately, …", "the two releases were not connected") is never
  pulled into a trade by time or by anaphora; only a cue in its own sentence or naming its people
  links it.

- A cue sentence that names acts by a plural noun ("the two releases had been agreed together")
  speaks of the last two acts of opposite sides told in the paragraph before it, weeks apart at
  most; cue words quoted in part ('was "part of the arrangement"') read as if unquoted.
- An act told as done with nothing in return ("and also freed four without a matching handover")
  is no side of the swap told with it; acts both parties deny were a bargain ("Both governments
  denied any link") just after the cue are not linked.

An event is never linked to one of another date by time alone: closeness in the text or in time
never links.
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
    ANSWERING,
    APART,
    BOTH_PARTIES,
    DEFINITE_EASING,
    DEFINITE_RELEASE,
    PLURAL_ACTS,
    is_deal_cue,
    is_swap_cue,
    spoken_of_both,
)
from detente.extract.trade_cues import cue_sentences as cue_sentences
from detente.model import Category, EventType

log = logging.getLogger(__name__)

SWAP_LEMMAS = frozenset({"swap", "exchange", "trade"})
# A cue sentence with no event of its own speaks of the acts told at most this many sentences
# before it (a paragraph's worth: "The two steps were part of a deal").
ANAPHORA_WINDOW = 2
# A cue sentence naming two acts by a plural noun ("the two releases were agreed together") speaks
# of acts told at most this many sentences before it (a paragraph, past a quoted reaction), days
# apart at most this many days ("Twelve days later, Jordan freed ..."), not months.
PLURAL_WINDOW = 4
PLURAL_DAYS = 31
# An act done "without a matching handover" or "without any quid pro quo" is no side of a trade.
UNMATCHED = re.compile(
    r"\b(?:matching|reciprocal|corresponding|exchange|swap|quid pro quo|deal|trade|bargain|"
    r"concessions?|anything in return|return)\b",
    re.IGNORECASE,
)
# A cue names a freed person by any part of the name but the first (given) one, of this length.
NAME_PART_MIN = 3
# The other side of a cue sentence's act may be dated up to this many days from it: the halves of a
# trade are often days apart ("a day later", a waiver signed the week before the flight).
NEAR_DAYS = 7
DAY = len("2026-01-01")

Kinds = dict[str, tuple[EventType, str | None]]


@dataclass(frozen=True)
class Link:
    """A set of traded event ids and the sentences that present the trade."""

    events: tuple[str, ...]
    """Event ids, sorted."""
    sentences: tuple[int, ...]
    """Indexes of the cue sentences."""


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
    denials: set[int] = field(default_factory=set)
    """Sentences in which both parties deny a trade ("Both governments denied any link")."""


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


def clause_groups(
    here: list[tuple[Mention, str]], event_dates: dict[str, str | None] | None = None
) -> list[set[str]]:
    """The events of one sentence, grouped by the sentence's own time expressions: mentions whose
    dates are compatible (or undated) fall together; each group is one trade at most. A mention
    with no date of its own is placed by its event's date (from ``event_dates``) when it has one:
    the act it was merged into happened then, not at the time of another clause."""
    groups: list[tuple[str | None, set[str]]] = []
    undated: set[str] = set()
    for m, eid in here:
        when_m = m.date
        if when_m is None and event_dates:
            when_m = event_dates.get(eid)
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


def run(
    mentions: list[tuple[Mention, str]],
    cues: list[tuple[int, str]],
    event_dates: dict[str, str | None],
) -> list[Link]:
    """Links between events, from (mention, event id) pairs, the cue sentences (index, text; see
    :func:`cue_sentences`) and the events' dates."""
    frame = _frame(mentions, cues, event_dates)
    links: dict[frozenset[str], set[int]] = {}
    for idx, text in cues:
        if not (is_deal_cue(text) or is_swap_cue(text)):
            continue  # a sentence that only sets acts apart
        for ids in _cue_links(idx, text, frame):
            links.setdefault(frozenset(ids), set()).add(idx)
    for swapped, idx in _swap_verbs([p for p in mentions if id(p[0]) not in frame.alone]):
        links.setdefault(frozenset(swapped), set()).add(idx)
    grown: dict[frozenset[str], set[int]] = {}
    for traded, sents in links.items():
        if _denied(sents, frame.denials):
            continue
        grown.setdefault(_multi_party(traded, frame), set()).update(sents)
    return [
        Link(tuple(sorted(ids, key=_id_order)), tuple(sorted(sents)))
        for ids, sents in _absorb(grown).items()
    ]


def _frame(
    mentions: list[tuple[Mention, str]],
    cues: list[tuple[int, str]],
    event_dates: dict[str, str | None],
) -> Frame:
    kinds: Kinds = {eid: (m.type, m.actor) for m, eid in mentions}
    by_sentence: dict[int, list[tuple[Mention, str]]] = {}
    names: dict[str, set[str]] = {}
    misread = _past_in_main(mentions, event_dates)
    alone = {id(m) for m, _ in mentions if _unmatched(m)}
    for m, eid in mentions:
        if m.type is not EventType.SANCTIONS_IMPOSED and id(m) not in misread | alone:
            by_sentence.setdefault(m.sent.sentence.index, []).append((m, eid))
        for person in m.persons:
            names.setdefault(eid, set()).update(_name_parts(person))
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
    frame.traded = {
        idx
        for idx, text in cues
        if (is_deal_cue(text) or is_swap_cue(text))
        and sides({e for _, e in by_sentence.get(idx, [])}, kinds)
    }
    for idx, text in cues:
        if APART.search(text):
            frame.apart |= _spoken_of(idx, frame)
            if BOTH_PARTIES.search(text):
                frame.denials.add(idx)
    return frame


def _denied(sents: set[int], denials: set[int]) -> bool:
    """Whether both parties deny the trade told in the sentences ``sents``: a denial in or just
    after all of them ("... Canada freed X, and Ankara in turn freed Y. Both governments denied
    any link."); a claim made after a denial stands."""
    return any(all(d - ANAPHORA_WINDOW <= s <= d for s in sents) for d in denials)


def _past_in_main(
    mentions: list[tuple[Mention, str]], event_dates: dict[str, str | None]
) -> set[int]:
    """Mentions the text places in the past ("Three months earlier, 52 were released") that were
    merged into an act of the article's first-reported date, which other sentences date: an
    earlier act misread as the main one, which no cue of its sentence trades."""
    first = min((e for _, e in mentions), key=_id_order, default=None)
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


def _spoken_of(idx: int, frame: Frame) -> set[str]:
    """The events a sentence speaks of: its own, else those of the nearest sentence before it
    (within the anaphora window) that has any."""
    for back in range(ANAPHORA_WINDOW + 1):
        here = frame.by_sentence.get(idx - back)
        if here:
            return {eid for _, eid in here}
    return set()


def _cue_links(idx: int, text: str, frame: Frame) -> list[set[str]]:
    """The traded sets a cue sentence presents."""
    here = frame.by_sentence.get(idx, [])
    kinds = frame.kinds
    if not is_deal_cue(text):  # a swap: people only
        here = [(m, eid) for m, eid in here if m.type is EventType.RELEASE]
        kinds = {e: k for e, k in kinds.items() if k[0] is EventType.RELEASE}
    named = {e for e in _named(text, frame) if e in kinds}
    groups = clause_groups(here, frame.told)
    if named and len(groups) <= 1 and sides(named | set().union(*groups), kinds):
        return [named | set().union(*groups)]
    if not here:  # a sentence denying a trade ("nothing was offered in return") links nothing
        return [] if APART.search(text) else _anaphora(idx, text, kinds, frame)
    out: list[set[str]] = []
    for group in groups:
        if not sides(group, kinds) and not APART.search(text):
            group = group | _counterpart(group, kinds, frame)
        if not sides(group, kinds) and ANSWERING.search(text):
            group = group | _answered(idx, group, kinds, frame)
        if sides(group, kinds):
            out.append(group)
    return out


def _answered(idx: int, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "In return, Israel freed two shepherds": a sentence opening by answering an act trades
    its own act for the other side's acts told in the nearest sentence before it (within the
    anaphora window) that tells any, whatever their dates."""
    wanted = set().union(*(other_side(e, kinds) for e in group)) - frame.apart
    for back in range(1, ANAPHORA_WINDOW + 1):
        found = {e for _, e in frame.by_sentence.get(idx - back, []) if e in wanted}
        if found:
            return _aimed(group, found, frame)
    return set()


def _named(text: str, frame: Frame) -> set[str]:
    """Releases whose freed people a sentence names."""
    words = set(re.findall(r"[\w'-]+", text))
    words |= {w.removesuffix("'s").removesuffix("’s") for w in words}
    return {e for e, parts in frame.names.items() if parts & words}


def _anaphora(idx: int, text: str, kinds: Kinds, frame: Frame) -> list[set[str]]:
    """For a cue sentence without events: the acts told just before it when they hold both sides
    at one time; else one side named by a definite noun with its counterpart; else the acts told
    around it (a lead "The deal was completed on Tuesday." before the acts, a question "What did
    Baku get in return?" before its answer); else the article's first-reported act when the
    sentence speaks of both sides."""
    before = _told_near(idx, range(1, ANAPHORA_WINDOW + 1), kinds, frame)
    for group in _date_groups(set(before), frame):
        if sides(group, kinds):
            return [group]
    pair = _told_pair(idx, text, kinds, frame)
    if pair:
        return [pair]
    told = _told_side(text, before, kinds, frame)
    if told:
        return [told]
    # a lead speaks of acts told after it only when they do not tell a whole trade of their own
    # ("The deal is the biggest so far. In September, 52 were freed in return for ..." does)
    after = range(-1, -ANAPHORA_WINDOW - 1, -1)
    around = before + _told_near(idx, after, kinds, frame, skip=frame.traded)
    for group in _date_groups(set(around), frame):
        if sides(group, kinds):
            return [group]
    main = _main_act(kinds, frame)
    if spoken_of_both(text) and sides(main, kinds):
        return [main]
    return _definite(idx, text, kinds, frame)


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
    nearest act before that on the other side of a trade from it, weeks apart at most."""
    if not PLURAL_ACTS.search(text):
        return set()
    told = _told_near(idx, range(1, PLURAL_WINDOW + 1), kinds, frame)
    if not told:
        return set()
    last = told[0]
    partner = next(
        (
            e
            for e in told
            if e in other_side(last, kinds)
            and near_time(frame.dates[e], frame.dates[last], PLURAL_DAYS)
        ),
        None,
    )
    return {last, partner} if partner is not None else set()


def _told_side(text: str, before: list[str], kinds: Kinds, frame: Frame) -> set[str]:
    """ "The relief was its half of a bargain": a cue sentence that names one side by a definite
    noun speaks of the last such act told just before it (``before``, nearest first); the other
    side is found by time, as for a one-sided cue sentence."""
    wanted = {
        etype
        for etype, noun in (
            (EventType.RELEASE, DEFINITE_RELEASE),
            (EventType.SANCTIONS_EASED, DEFINITE_EASING),
        )
        if noun.search(text)
    }
    for eid in before:
        if kinds[eid][0] in wanted:
            group = {eid} | _counterpart({eid}, kinds, frame)
            return group if sides(group, kinds) else set()
    return set()


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


def _date_groups(ids: set[str], frame: Frame) -> list[set[str]]:
    """Events grouped by compatible dates (an event may fall in several groups)."""
    groups: list[set[str]] = []
    for e in sorted(ids, key=_id_order):
        group = {o for o in ids if o == e or same_time(frame.dates[e], frame.dates[o])}
        if group not in groups:
            groups.append(group)
    return groups


def _main_act(kinds: Kinds, frame: Frame) -> set[str]:
    """The releases and easings of the article's first-reported date."""
    order = sorted(kinds, key=_id_order)
    if not order:
        return set()
    first = frame.dates[order[0]]
    return {
        e
        for e in order
        if kinds[e][0] is not EventType.SANCTIONS_IMPOSED
        and frame.dates[e] == first
        and e not in frame.apart
    }


def _counterpart(group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """For a one-sided group, the other side, among the events the text does not set apart: those
    of the same date; those of a compatible date (a day within the month the text gives) or of a
    day within :data:`NEAR_DAYS` (the halves of a trade are often days apart) whose date holds no act
    of our side, which would be their partner, and no act of their own side is of our very date (a
    swap in daily stages pairs each day's acts; "in January" is not the January 31 swap)."""
    wanted = set().union(*(other_side(e, kinds) for e in group)) - frame.apart
    exact = {w for w in wanted for e in group if frame.dates[w] == frame.dates[e]}
    near = {
        w
        for w in wanted - exact
        for e in group
        if near_time(frame.dates[w], frame.dates[e]) and not _paired(w, e, frame)
    }
    found = exact | {w for w in near if all(kinds[w] != kinds[x] for x in exact)}
    return _aimed(group, found, frame)


def _aimed(group: set[str], found: set[str], frame: Frame) -> set[str]:
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


def _paired(other: str, ours: str, frame: Frame) -> bool:
    """Whether the date of ``other`` holds another act of the same kind and state as ``ours``."""
    return any(
        x != ours
        and frame.kinds[x] == frame.kinds[ours]
        and frame.dates[x] is not None
        and frame.dates[x] == frame.dates[other]
        for x in frame.kinds
    )


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


def _swap_verbs(mentions: list[tuple[Mention, str]]) -> list[tuple[set[str], int]]:
    """ "Russia and the United States swapped prisoners": the releases of the co-acting states."""
    out: list[tuple[set[str], int]] = []
    for m, eid in mentions:
        if m.type is EventType.RELEASE and m.co_actors and m.trigger.lemma_.lower() in SWAP_LEMMAS:
            partners = {e for mm, e in mentions if mm.sent is m.sent and mm.actor in m.co_actors}
            if partners - {eid}:
                out.append(({eid} | partners, m.sent.sentence.index))
    return out


def _multi_party(ids: frozenset[str], frame: Frame) -> frozenset[str]:
    """A swap of releases with every other state's release of the same day that hands people to
    another state (foreigners, or people sent abroad) and that the text does not set apart: a
    state's amnesty of its own people on the day of a swap is no part of it, and a state already
    in the swap adds no second side."""
    kinds, event_dates = frame.kinds, frame.dates
    releases = [i for i in ids if kinds[i][0] is EventType.RELEASE]
    if len({kinds[i][1] for i in releases}) < 2:
        return ids
    days = {event_dates[i] for i in releases if event_dates[i] and len(event_dates[i] or "") == DAY}
    trading = {kinds[i][1] for i in releases}
    more = {
        e
        for e, (t, actor) in kinds.items()
        if t is EventType.RELEASE
        and actor not in trading  # a state's second handover of the day is its act told again
        and event_dates[e] in days
        and e not in frame.apart
        and e in frame.abroad
    }
    return ids | more


def _absorb(links: dict[frozenset[str], set[int]]) -> dict[frozenset[str], set[int]]:
    """One link per trade: links that share an event are one trade told in several sentences
    (the release with its relief in the lead, with a second easing further down), so they are
    merged, with all their evidence."""
    out: dict[frozenset[str], set[int]] = {}
    for ids, sents in links.items():
        ids, sents = frozenset(ids), set(sents)
        for other in [o for o in out if o & ids]:
            ids |= other
            sents |= out.pop(other)
        out[ids] = sents
    return out


def _id_order(eid: str) -> int:
    return int(eid[1:])
