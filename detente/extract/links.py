"""Exchanges: events the text presents as traded for each other.

A sentence with an exchange cue ("in exchange for", "in return", "as part of the deal", "after X agreed
to") links the events mentioned in it when both sides are there (a release and an easing, or releases
by two states); when only one side is there, the other side is looked for in the neighbouring
sentences. A swap verb with two acting states links their releases. Closeness in time alone never links.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.extract import lexicon as lx
from detente.extract.mentions import Mention
from detente.model import EventType

# How many sentences before (and after) a one-sided cue sentence to look for the other side.
LOOK_BEHIND = 2
LOOK_AHEAD = 1
SWAP_LEMMAS = frozenset({"swap", "exchange", "trade"})


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
        return {i for i, (t, a) in kinds.items()
                if t is EventType.SANCTIONS_EASED or (t is EventType.RELEASE and a != actor)}
    if etype is EventType.SANCTIONS_EASED:
        return {i for i, (t, _) in kinds.items() if t is EventType.RELEASE}
    return set()


def run(mentions: list[tuple[Mention, str]], cue_sentences: list[int]) -> list[Link]:
    """Links between events, from (mention, event id) pairs and the indexes of cue sentences."""
    kinds = {eid: (m.type, m.actor) for m, eid in mentions}
    by_sentence: dict[int, set[str]] = {}
    for m, eid in mentions:
        if m.type is not EventType.SANCTIONS_IMPOSED:
            by_sentence.setdefault(m.sent.sentence.index, set()).add(eid)
    links: dict[frozenset[str], set[int]] = {}
    for idx in cue_sentences:
        here = set(by_sentence.get(idx, set()))
        if not here:
            continue
        if not _sides(here, kinds):
            wanted = set().union(*(_other_side(e, kinds) for e in here))
            near = [j for j in range(idx - LOOK_BEHIND, idx + LOOK_AHEAD + 1) if j != idx]
            near.sort(key=lambda j: (abs(j - idx), j > idx))
            for j in near:
                found = by_sentence.get(j, set()) & wanted
                if found:
                    here |= found
                    break
            else:
                if len(wanted) == 1:
                    here |= wanted
        if _sides(here, kinds):
            links.setdefault(frozenset(here), set()).add(idx)
    for m, eid in mentions:
        if m.type is EventType.RELEASE and m.co_actors and m.trigger.lemma_.lower() in SWAP_LEMMAS:
            partners = {e for mm, e in mentions if mm.sent is m.sent and mm.actor in m.co_actors}
            if partners:
                links.setdefault(frozenset({eid} | partners), set()).add(m.sent.sentence.index)
    merged = _absorb(links)
    return [Link(tuple(sorted(ids, key=_id_order)), tuple(sorted(sents)))
            for ids, sents in merged.items()]


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


def cue_sentences(texts: list[tuple[int, str]]) -> list[int]:
    """Indexes of sentences that present a trade."""
    return [i for i, text in texts if lx.EXCHANGE_CUES.search(text)]
