"""Where the people of a swap went when the text does not say (guide, session 16), in two steps.

Before the merge, by the people told (:func:`swap_homes`, on the mentions that
:func:`detente.extract.fill.fill_context` gave actors): the freed of one side go home to the other
side when they are its people or a sentence tells both sides of an unnamed group.

After the links, by the trade (:func:`receive`, on the events): in a swap between two states, the
people each side hands over go to the other side: a release whose only trade partners are releases by one other state takes that state as its destination,
unless its own mentions named a place (one, or several: then it stays null, but for a stop on
the way to the receiving state, "flown to Doha before continuing to the United States"), its people are
nationals of a third state ("Americans" freed by Venezuela in a deal with El Salvador) or
the freeing state's own political prisoners, let out at home, the
other side is a homeland that is no destination (``destinations.NO_HOME_DESTINATION``), or the
text tells the group split up ("two of them flew to Iran; the others chose to stay in the
United States"): such a group went to several places, and its destination is null even when a
nationality had given one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from detente.extract import destinations
from detente.extract.destinations import NO_HOME_DESTINATION
from detente.extract.gazetteer import Place
from detente.extract.homecomings import each_side
from detente.extract.mentions import Mention
from detente.extract.sentences import Sentence
from detente.model import Category, Event, EventType, Exchange

# A freed group told to have split up between places: some stayed in the state that held them
# or went to a third country ("the others chose to stay in the US or go to a third country",
# "most were expected to remain in the United States", "one would join relatives elsewhere").
SPLIT_UP = re.compile(
    r"\b(?:chose|chosen|choose|decided|intended|expected|planned|wanted|opted|elected|preferred"
    r"|will|would)\s+(?:to\s+)?(?:stay|remain)\b"
    r"|\b(?:stay|stayed|remain|remained)\s+in\s+(?:the\s+)?(?:United\s+States|US|U\.S\.|America)\b"
    r"|\b(?:go|went|gone|travel|travelled|traveled|move|moved|settle|settled|relatives|stay|stayed)"
    r"\s+(?:to\s+)?(?:a\s+|other\s+)?(?:third\s+countr(?:y|ies)|elsewhere)\b"
)
# A part of the group as the subject of the split ("two of them", "the others", "most").
PART = re.compile(
    r"\b(?:[Oo]thers|[Rr]est|[Rr]emaining|of\s+them|of\s+the\s+\w+|[Mm]ost|[Ss]everal|[Ss]ome)\b"
)
# Sentences after an act's last mention in which a split still refers to its people.
SPLIT_REACH = 3


# --- before the merge: the freed of a side told as the other side's people ---
def swap_homes(kept: list[Mention]) -> None:
    """Send the freed of one side of a swap home to the other side, where the text does not say
    where they went: people of a state that itself frees people in the article ("Germany released
    the Russian X" beside a Russian release), or the unnamed group of a sentence that tells both
    sides ("Ukraine and Russia each freed 84 prisoners") (in place)."""
    actors = {m.actor for m in kept if m.type is EventType.RELEASE and m.actor}
    told = {m.actor for m in kept if m.type is EventType.RELEASE and m.destination}
    for m in kept:
        if m.type is not EventType.RELEASE or m.actor is None or m.actor in told:
            continue  # a state whose release the text sends somewhere: that is where they went
        if m.date is not None and len(m.date) < len("2025-01-01"):
            continue  # a background swap told by its month or year: where its people went is moot
        if destinations.background(m.sent, m.trigger):
            continue  # "On May 6, Russia freed 45 Ukrainians in return for ...": told, not sent
        if each_side(m.trigger):  # releases: "fifty went each way" says nothing of where to
            continue
        others = actors - {m.actor}
        if m.nationality in others:
            m.destination = m.nationality
        elif len(m.co_actors) == 1 and m.co_actors[0] in others and m.nationality is None:
            m.destination = m.co_actors[0]


# --- after the links: the receiving state of a two-state trade ---
@dataclass
class Told:
    """What an event's mentions tell of its people: where they were told, their nationalities,
    the places they were taken to."""

    sentences: set[int] = field(default_factory=set)
    nationalities: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


def told_of(pairs: Iterable[tuple[Mention, str]]) -> dict[str, Told]:
    """What the mentions of each event (by id) tell of its people."""
    out: dict[str, Told] = {}
    for m, eid in pairs:
        told = out.setdefault(eid, Told())
        told.sentences.add(m.sent.sentence.index)
        told.nationalities |= {m.nationality} if m.nationality else set()
        told.places |= {m.destination} if m.destination else set()
    return out


def split_sentences(
    every: list[Sentence], context: Iterable[tuple[Sentence, list[Place]]]
) -> list[tuple[int, set[str]]]:
    """The sentences of a document (all of them, ``every``: index, nationalities they name) that
    tell a freed group split up; most are no context sentence (no word of release: "the others
    chose to stay")."""
    found = [s for s in every if SPLIT_UP.search(s.text) and PART.search(s.text)]
    if not found:
        return []
    named = {s.index: {p.code for p in places if p.kind == "demonym"} for s, places in context}
    return [(s.index, named.get(s.index, set())) for s in found]


def _split_events(
    releases: list[Event], told: dict[str, Told], splits: list[tuple[int, set[str]]]
) -> set[str]:
    """The releases whose group a split sentence refers to: within ``SPLIT_REACH`` sentences
    before it (or in it), the one of the people it names ("two of the Iranians"), else the one
    told last; of two told last in one sentence, the one whose people a place was given."""
    out: set[str] = set()
    for at, named in splits:
        near = [
            (max(i for i in told[e.id].sentences if i <= at), e.id)
            for e in releases
            if any(at - SPLIT_REACH <= i <= at for i in told[e.id].sentences)
        ]
        theirs = [eid for _, eid in near if told[eid].nationalities & named]
        last = [eid for i, eid in near if i == max(near)[0]] if near else []
        moved = [eid for eid in last if told[eid].places]  # of two told last, the one sent on
        chosen = next((c for c in (theirs, last, moved) if len(c) == 1), [])
        out.update(chosen)
    return out


def _partners(event: Event, exchanges: list[Exchange], by_id: dict[str, Event]) -> set[str]:
    """The states whose releases an event is traded for (itself and unknown states left out)."""
    states = {
        by_id[i].actor
        for x in exchanges
        if event.id in x.events
        for i in x.events
        if by_id[i].type == EventType.RELEASE
    }
    return {s for s in states if s is not None and s != event.actor}


def _handed_over(event: Event, told: Told, other: str) -> bool:
    """Whether a release's people are of the kind a swap hands over: not a third state's
    nationals, and not the freeing state's political prisoners, who are let out at home
    ("Venezuela also freed 20 Venezuelan political prisoners under the deal"); its own nationals
    handed over are ("a Cuban intelligence officer who had spied for the United States")."""
    theirs = told.nationalities - {event.actor}
    return theirs <= {other} and event.category != Category.POLITICAL_PRISONERS


def receive(
    events: list[Event],
    exchanges: list[Exchange],
    told: dict[str, Told],
    splits: list[tuple[int, set[str]]],
) -> None:
    """Give the releases of a two-state swap the receiving state as destination (in place)."""
    releases = [e for e in events if e.type == EventType.RELEASE and e.id in told]
    split = _split_events(releases, told, splits)
    by_id = {e.id: e for e in events}
    for e in releases:
        if e.id in split:
            e.destination = None  # several places: some stayed, some went home
            continue
        if e.destination or not exchanges:
            continue
        partners = _partners(e, exchanges, by_id)
        if len(partners) != 1:
            continue
        other = partners.pop()
        if other in NO_HOME_DESTINATION or not _handed_over(e, told[e.id], other):
            continue
        places = told[e.id].places
        # no place told, or a stop on the way to it ("flown to Doha before continuing to the
        # United States", which the mentions tell as two places)
        if not places or (len(places) == 2 and other in places):
            e.destination = other
