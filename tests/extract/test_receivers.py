"""Destinations of a swap's sides (guide, session 16): the receiving state, unless a place is
told, the people are a third state's or the freeing state's own, or the group split up."""

from __future__ import annotations

import pytest

from detente.extract import sentences
from detente.extract.receivers import Told, receive, split_sentences, swap_homes
from detente.model import Category, Event, Exchange

from .builders import inline, mention, sentence


# --- before the merge: mentions whose people are the other side's ---
def _swap(nationality_a, nationality_b, date_b="2026-03-06", co_actors=False, dest_a=None):
    s = [sentence(0), sentence(1)]
    a = mention("release", "GEO", s[0], "2026-03-06")
    b = mention("release", "ARM", s[1], date_b)
    a.nationality, b.nationality, a.destination = nationality_a, nationality_b, dest_a
    if co_actors:
        a.co_actors, b.co_actors = ["ARM"], ["GEO"]
    swap_homes([a, b])
    return a.destination, b.destination


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # people of the other party go home to it
        (("ARM", "GEO"), ("ARM", "GEO")),
        # a sentence that tells both sides of an unnamed group
        ((None, None, "2026-03-06", True), ("ARM", "GEO")),
        # a third country's people, a background swap by month, a destination already told
        (("FRA", None), (None, None)),
        (("ARM", "GEO", "2025-11"), ("ARM", None)),
        (("ARM", "GEO", "2026-03-06", False, "TUR"), ("TUR", "GEO")),
    ],
    ids=["nationals", "both-sides", "third-country", "background", "told"],
)
def test_swapped_people_go_home_to_the_other_party(args, expected):
    assert _swap(*args) == expected


# --- after the links: events traded for one other state's ---
def _release(eid: str, actor: str, category: Category = Category.DETAINEES) -> Event:
    return Event(id=eid, type="release", actor=actor, category=category)


def _told(index: int, nationalities=(), places=()) -> Told:
    return Told({index}, set(nationalities), set(places))


def test_each_side_of_a_two_state_swap_goes_to_the_other():
    events = [_release("e1", "RUS"), _release("e2", "UKR")]
    receive(events, [Exchange(events=["e1", "e2"])], {"e1": _told(0), "e2": _told(0)}, [])
    assert [e.destination for e in events] == ["UKR", "RUS"]


def test_a_stated_place_or_several_stay():
    events = [_release("e1", "IRN"), _release("e2", "USA")]
    events[0].destination = "QAT"
    told = {"e1": _told(0, places=["QAT"]), "e2": _told(1, places=["FRA", "DEU"])}
    receive(events, [Exchange(events=["e1", "e2"])], told, [])
    assert [e.destination for e in events] == ["QAT", None]


def test_a_stop_on_the_way_to_the_receiving_state():
    events = [_release("e1", "IRN"), _release("e2", "USA")]
    told = {"e1": _told(0, places=["QAT", "USA"]), "e2": _told(1, places=["DEU", "QAT"])}
    receive(events, [Exchange(events=["e1", "e2"])], told, [])
    assert [e.destination for e in events] == ["USA", None]


def test_several_partners_or_none_give_no_destination():
    events = [_release("e1", "RUS"), _release("e2", "USA"), _release("e3", "DEU")]
    told = {e.id: _told(0) for e in events}
    receive(events, [Exchange(events=["e1", "e2", "e3"])], told, [])
    assert [e.destination for e in events] == [None, None, None]
    lone = [_release("e1", "BLR")]
    receive(lone, [], {"e1": _told(0)}, [])
    assert lone[0].destination is None


@pytest.mark.parametrize(
    ("nationalities", "category", "destination"),
    [
        (["VEN"], Category.DETAINEES, "VEN"),  # the other side's people go home
        (["USA"], Category.FOREIGN_NATIONALS, None),  # a third state's nationals
        # (v18) the freeing state's own nationals handed over go to the other side too ("a Cuban
        # intelligence officer who had spied for the United States")
        (["SLV"], Category.OTHER, "VEN"),
        (["SLV", "USA"], Category.OTHER, None),  # with a third state's nationals: several places
        ([], Category.POLITICAL_PRISONERS, None),  # let out at home
    ],
)
def test_whose_people_are_handed_over(nationalities, category, destination):
    events = [_release("e1", "SLV", category), _release("e2", "VEN")]
    told = {"e1": _told(0, nationalities), "e2": _told(0)}
    receive(events, [Exchange(events=["e1", "e2"])], told, [])
    assert events[0].destination == destination


def test_no_destination_in_palestinian_territory():
    events = [_release("e1", "ISR"), _release("e2", "PSE")]
    receive(events, [Exchange(events=["e1", "e2"])], {"e1": _told(0), "e2": _told(0)}, [])
    assert [e.destination for e in events] == [None, "ISR"]


def test_a_split_group_has_no_destination_even_from_its_nationality():
    events = [_release("e1", "IRN"), _release("e2", "USA")]
    events[1].destination = "IRN"
    told = {"e1": _told(0), "e2": _told(1, ["IRN"], ["IRN"])}
    receive(events, [Exchange(events=["e1", "e2"])], told, [(2, set())])
    assert [e.destination for e in events] == ["USA", None]


def test_a_split_goes_to_the_group_of_the_people_it_names():
    events = [_release("e1", "AZE"), _release("e2", "ARM")]
    told = {"e1": _told(0, ["ARM"]), "e2": _told(0, ["AZE"])}
    receive(events, [Exchange(events=["e1", "e2"])], told, [(1, {"ARM"})])
    assert [e.destination for e in events] == [None, "AZE"]
    events = [_release("e1", "AZE"), _release("e2", "ARM")]  # both told last: no telling which
    receive(events, [Exchange(events=["e1", "e2"])], told, [(1, set())])
    assert [e.destination for e in events] == ["ARM", "AZE"]


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Two of them flew home; the others chose to stay in the United States.", True),
        ("Most of the seven were expected to remain in the United States.", True),
        ("Three went home, and the rest travelled to a third country.", True),
        ("One would join relatives elsewhere, officials said of the five.", True),
        ("Sanctions on the bank will remain in force.", False),
        ("More than 500 political prisoners remain behind bars.", False),
        ("Some of them were flown to Vilnius.", False),
    ],
)
def test_split_sentences(text, split):
    assert split_sentences(sentences.split(text), []) == ([(0, set())] if split else [])


# --- whole paragraphs through the extractor ---------------------------------------------------


def _destinations(extractor, text):
    a = extractor(inline(text, "2026-03-14"))
    return sorted((e.actor, e.destination) for e in a.events if e.type == "release")


def test_a_swap_paragraph_sends_each_side_to_the_other(spacy_extractor):
    text = (
        "Armenia and Azerbaijan exchanged prisoners on Thursday. Azerbaijan released four "
        "soldiers, and in return Armenia freed two men it had detained near the border."
    )
    assert _destinations(spacy_extractor, text) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_a_split_side_of_a_swap_has_no_destination(spacy_extractor):
    text = (
        "Iran freed four Americans on Monday in exchange for five Iranians held in the United "
        "States. Two of the Iranians flew to Tehran; the others chose to stay in the United "
        "States."
    )
    assert ("USA", None) in _destinations(spacy_extractor, text)
