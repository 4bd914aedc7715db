"""Exchanges: events the text presents as traded for each other.

A sentence with an exchange cue ("in exchange for", "in return", "as part of the deal", "after X agreed
to", a swap) links the events mentioned in it when both sides are there (a release and an easing, or
releases by two states). The events of one cue sentence are first split by their own time expressions,
so that "In September, 52 were freed in exchange for relief, and in June a blogger walked free" links
only the September acts. When only one side is there, the other side is looked for among the events
of a compatible date (the same day, or a day within the month the text gives); a cue sentence that
names no event links the two sides of the article's first-reported act when it speaks of both. A swap
of releases pulls in every other state's release of the same day (a multi-party swap). An event is
never linked to one of another date: closeness in the text or in time alone never links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from detente.extract import dates
from detente.extract import lexicon as lx
from detente.extract.mentions import Mention
from detente.model import EventType

SWAP_LEMMAS = frozenset({"swap", "exchange", "trade"})
# A cue sentence with no event of its own must still speak of both sides to link the main act.
ANAPHORA_RELEASE = re.compile(r"releas|freed|free |prisoner|pardon|detainee|hostage", re.I)
ANAPHORA_OTHER = re.compile(
    r"sanction|measure|relief|restriction|designation|licen[cs]e|swap|"
    r"exchange|prisoner|detainee|convict",
    re.I,
)

Kinds = dict[str, tuple[EventType, str | None]]


@dataclass(frozen=True)
class Link:
    """A set of traded event ids and the sentences that present the trade."""

    events: tuple[str, ...]
    """Event ids, sorted."""
    sentences: tuple[int, ...]
    """Indexes of the cue sentences."""


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


def clause_groups(here: list[tuple[Mention, str]]) -> list[set[str]]:
    """The events of one sentence, grouped by the sentence's own time expressions: mentions whose
    dates are compatible (or undated) fall together; each group is one trade at most."""
    groups: list[tuple[str | None, set[str]]] = []
    undated: set[str] = set()
    for m, eid in here:
        if m.date is None or m.date == dates.VAGUE_PAST:
            undated.add(eid)
            continue
        for i, (when, ids) in enumerate(groups):
            if dates.compatible(when, m.date):
                groups[i] = (dates.more_precise(when, m.date), ids | {eid})
                break
        else:
            groups.append((m.date, {eid}))
    if not groups:
        return [undated] if undated else []
    return [ids | undated for _, ids in groups]


def run(
    mentions: list[tuple[Mention, str]],
    cues: list[tuple[int, str]],
    event_dates: dict[str, str | None],
) -> list[Link]:
    """Links between events, from (mention, event id) pairs, the cue sentences (index, text) and the
    events' dates."""
    kinds: Kinds = {eid: (m.type, m.actor) for m, eid in mentions}
    by_sentence: dict[int, list[tuple[Mention, str]]] = {}
    for m, eid in mentions:
        if m.type is not EventType.SANCTIONS_IMPOSED:
            by_sentence.setdefault(m.sent.sentence.index, []).append((m, eid))
    links: dict[frozenset[str], set[int]] = {}
    for idx, text in cues:
        for ids in _cue_links(idx, text, by_sentence, kinds, event_dates):
            links.setdefault(frozenset(ids), set()).add(idx)
    for swapped, idx in _swap_verbs(mentions):
        links.setdefault(frozenset(swapped), set()).add(idx)
    grown: dict[frozenset[str], set[int]] = {}
    for traded, sents in links.items():
        grown.setdefault(_multi_party(traded, kinds, event_dates), set()).update(sents)
    return [
        Link(tuple(sorted(ids, key=_id_order)), tuple(sorted(sents)))
        for ids, sents in _absorb(grown).items()
    ]


def _cue_links(
    idx: int,
    text: str,
    by_sentence: dict[int, list[tuple[Mention, str]]],
    kinds: Kinds,
    event_dates: dict[str, str | None],
) -> list[set[str]]:
    """The traded sets a cue sentence presents."""
    here = by_sentence.get(idx, [])
    if not (lx.EXCHANGE_CUES.search(text) or lx.DEAL_CUES.search(text)):  # a swap: people only
        here = [(m, eid) for m, eid in here if m.type is EventType.RELEASE]
        kinds = {e: k for e, k in kinds.items() if k[0] is EventType.RELEASE}
    if not here:
        main = _main_act(kinds, event_dates)
        if ANAPHORA_RELEASE.search(text) and ANAPHORA_OTHER.search(text) and sides(main, kinds):
            return [main]
        return []
    out: list[set[str]] = []
    for group in clause_groups(here):
        if not sides(group, kinds):
            group = group | _counterpart(group, kinds, event_dates)
        if sides(group, kinds):
            out.append(group)
    return out


def _main_act(kinds: Kinds, event_dates: dict[str, str | None]) -> set[str]:
    """The releases and easings of the article's first-reported date."""
    order = sorted(kinds, key=_id_order)
    if not order:
        return set()
    first = event_dates[order[0]]
    return {
        e
        for e in order
        if kinds[e][0] is not EventType.SANCTIONS_IMPOSED and event_dates[e] == first
    }


def _counterpart(group: set[str], kinds: Kinds, event_dates: dict[str, str | None]) -> set[str]:
    """For a one-sided group, the other side: events of a compatible date (the same day, or a day
    within the month the text gives); failing that, nothing."""
    wanted = set().union(*(other_side(e, kinds) for e in group))
    return {w for w in wanted if any(same_time(event_dates[w], event_dates[e]) for e in group)}


def _swap_verbs(mentions: list[tuple[Mention, str]]) -> list[tuple[set[str], int]]:
    """ "Russia and the United States swapped prisoners": the releases of the co-acting states."""
    out: list[tuple[set[str], int]] = []
    for m, eid in mentions:
        if m.type is EventType.RELEASE and m.co_actors and m.trigger.lemma_.lower() in SWAP_LEMMAS:
            partners = {e for mm, e in mentions if mm.sent is m.sent and mm.actor in m.co_actors}
            if partners - {eid}:
                out.append(({eid} | partners, m.sent.sentence.index))
    return out


def _multi_party(
    ids: frozenset[str], kinds: Kinds, event_dates: dict[str, str | None]
) -> frozenset[str]:
    """A swap of releases with every other release of the same day."""
    releases = [i for i in ids if kinds[i][0] is EventType.RELEASE]
    if len({kinds[i][1] for i in releases}) < 2:
        return ids
    days = {event_dates[i] for i in releases if event_dates[i] and len(event_dates[i] or "") == 10}
    more = {e for e, (t, _) in kinds.items() if t is EventType.RELEASE and event_dates[e] in days}
    return ids | more


def _absorb(links: dict[frozenset[str], set[int]]) -> dict[frozenset[str], set[int]]:
    """Drop a link whose events are all inside a larger link (keeping its evidence)."""
    out: dict[frozenset[str], set[int]] = {}
    for ids in sorted(links, key=len, reverse=True):
        host = next((big for big in out if ids <= big), None)
        if host is None:
            out[ids] = set(links[ids])
        else:
            out[host] |= links[ids]
    return out


def _id_order(eid: str) -> int:
    return int(eid[1:])


def cue_sentences(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Sentences (index, text) that present a trade."""
    return [
        (i, text)
        for i, text in texts
        if lx.EXCHANGE_CUES.search(text) or lx.DEAL_CUES.search(text) or lx.SWAP_CUES.search(text)
    ]
