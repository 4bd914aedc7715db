"""Exchanges: events the text presents as traded for each other.

A sentence with an exchange cue ("in exchange for", "in return", "as part of the deal", "after X agreed
to") links the events mentioned in it when both sides are there (a release and an easing, or releases
by two states); when only one side is there, the other side is looked for in the neighbouring
sentences. A swap verb with two acting states links their releases. Closeness in time alone never links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.extract import lexicon as lx
from detente.extract.mentions import Mention
from detente.model import EventType

# How many sentences before (and after) a one-sided cue sentence to look for the other side.
LOOK_BEHIND = 2
LOOK_AHEAD = 1
SWAP_LEMMAS = frozenset({"swap", "exchange", "trade"})
# A cue sentence with no event of its own must still speak of both sides to link the main act.
ANAPHORA_RELEASE = re.compile(r"releas|freed|free |prisoner|pardon|detainee|hostage", re.I)
ANAPHORA_OTHER = re.compile(
    r"sanction|measure|relief|restriction|designation|licen[cs]e|swap|"
    r"exchange|prisoner|detainee|convict",
    re.I,
)


@dataclass(frozen=True)
class Link:
    """A set of traded event ids and the sentences that present the trade."""

    events: tuple[str, ...]
    """Event ids, sorted."""
    sentences: tuple[int, ...]
    """Indexes of the cue sentences."""


def _sides(ids: set[str], kinds: dict[str, tuple[EventType, str | None]]) -> bool:
    """Whether a set of events holds two sides of a trade."""
    releases = {kinds[i][1] for i in ids if kinds[i][0] is EventType.RELEASE}
    eased = [i for i in ids if kinds[i][0] is EventType.SANCTIONS_EASED]
    return (bool(releases) and bool(eased)) or len(releases) > 1


def _other_side(event: str, kinds: dict[str, tuple[EventType, str | None]]) -> set[str]:
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


def run(
    mentions: list[tuple[Mention, str]],
    cues: list[tuple[int, str]],
    event_dates: dict[str, str | None],
) -> list[Link]:
    """Links between events, from (mention, event id) pairs, the cue sentences (index, text) and the
    events' dates. A one-sided cue sentence takes the other side from the events of the same date,
    else from the neighbouring sentences; a cue sentence naming no event ("the measures were taken in
    exchange for the releases") links the two sides of the article's first-reported act."""
    kinds = {eid: (m.type, m.actor) for m, eid in mentions}
    by_sentence: dict[int, set[str]] = {}
    for m, eid in mentions:
        if m.type is not EventType.SANCTIONS_IMPOSED:
            by_sentence.setdefault(m.sent.sentence.index, set()).add(eid)
    order = sorted(kinds, key=_id_order)
    links: dict[frozenset[str], set[int]] = {}
    for idx, text in cues:
        here = set(by_sentence.get(idx, set()))
        if not here:
            if not (ANAPHORA_RELEASE.search(text) and ANAPHORA_OTHER.search(text)) or not order:
                continue
            first = event_dates[order[0]]
            here = {
                e
                for e in order
                if kinds[e][0] is not EventType.SANCTIONS_IMPOSED and event_dates[e] == first
            }
        elif not _sides(here, kinds):
            wanted = set().union(*(_other_side(e, kinds) for e in here))
            same_day = {w for w in wanted if any(event_dates[w] == event_dates[e] for e in here)}
            here |= same_day or _nearby(by_sentence, idx, wanted)
        if _sides(here, kinds):
            links.setdefault(frozenset(here), set()).add(idx)
    for m, eid in mentions:
        if m.type is EventType.RELEASE and m.co_actors and m.trigger.lemma_.lower() in SWAP_LEMMAS:
            partners = {e for mm, e in mentions if mm.sent is m.sent and mm.actor in m.co_actors}
            if partners:
                links.setdefault(frozenset({eid} | partners), set()).add(m.sent.sentence.index)
    merged = _absorb(links)
    return [
        Link(tuple(sorted(ids, key=_id_order)), tuple(sorted(sents)))
        for ids, sents in merged.items()
    ]


def _nearby(by_sentence: dict[int, set[str]], idx: int, wanted: set[str]) -> set[str]:
    near = [j for j in range(idx - LOOK_BEHIND, idx + LOOK_AHEAD + 1) if j != idx]
    near.sort(key=lambda j: (abs(j - idx), j > idx))
    for j in near:
        found = by_sentence.get(j, set()) & wanted
        if found:
            return found
    return wanted if len(wanted) == 1 else set()


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
    return [(i, text) for i, text in texts if lx.EXCHANGE_CUES.search(text)]
