"""Home sides (own sentences): the state that gets its own people back ("Chile brought home 40
sailors", "Chile secured the release of 12 of its fishermen", "Peru received 30 of its own
soldiers in return") is where they went, never who freed them; the other party freed them."""

from __future__ import annotations

import pytest

from detente.extract import home_sides
from tests.extract.builders import inline


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Chile brought home 40 sailors on Friday.", "brought", "CHL"),
        ("Lima brought back 40 of its sailors on Friday.", "brought", "PER"),
        ("Chile secured the release of 12 of its fishermen on Friday.", "release", "CHL"),
        ("Chile secured the release of 12 Chilean fishermen on Friday.", "release", "CHL"),
        ("Peru's defence ministry said it had received 30 of its own soldiers.", "received", "PER"),
        # the freed told as another state's people; a securer with no people of its own (a
        # go-between); a mediation as subject; a person as subject
        ("Chile brought home 40 Peruvian sailors on Friday.", "brought", None),
        ("Qatar secured the release of Tom Hale on Friday.", "release", None),
        ("Brazil's mediation secured the release of 12 of its fishermen.", "release", None),
        ("The envoy brought home 40 sailors on Friday.", "brought", None),
    ],
)  # fmt: skip
def test_receiving_state(parsed_sentence, text, word, expected):
    ps = parsed_sentence(text)
    (trigger,) = [t for t in ps.doc if t.lower_ == word]
    group = next((c for c in trigger.children if c.dep_ in ("dobj", "prep")), None)
    if group is not None and group.dep_ == "prep":
        group = next(g for g in group.children if g.dep_ == "pobj")
    assert home_sides.receiving_state(trigger, ps, group) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru handed back 40 Chileans on Friday and received 30 of its own men.", True),
        ("Peru's defence ministry says it received 30 Peruvian soldiers in return.", True),
        ("Peru said that, for its part, it had received 30 Peruvian sailors.", True),
        ("While Chile freed 40 fishermen, Peru received the same number of its soldiers in the "
         "swap.", True),
        # no swap; not its own people; no people; no number
        ("Peru received 2,000 of its nationals evacuated from Sudan on Friday.", False),
        ("Peru received 30 Chilean soldiers in return.", False),
        ("Peru received the bodies of 30 soldiers in return.", False),
        ("Peru received its soldiers in return.", False),
        ("Peru received the Chilean envoy in return.", False),
    ],
)  # fmt: skip
def test_got_back(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.lower_ == "received"]
    assert home_sides.got_back(verb, ps) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru received 30 of its soldiers from a prison in Chile in the swap.", "CHL"),
        ("Peru brought home 30 of its soldiers in an exchange with Chile.", "CHL"),
        ("Peru brought home 30 of its soldiers in exchange for 25 Chilean sailors.", "CHL"),
        ("Peru brought home 30 of its soldiers on Friday.", None),
    ],
)  # fmt: skip
def test_counterpart(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (trigger,) = [t for t in ps.doc if t.lower_ in ("received", "brought")]
    assert home_sides.counterpart(trigger, ps, "PER") == expected


def _releases(spacy_extractor, text):
    events = spacy_extractor(inline(text)).events
    return sorted((e.actor, e.count, e.destination) for e in events if e.type == "release")


def test_a_state_bringing_its_people_home_is_the_other_partys_release(spacy_extractor):
    text = (
        "Sailors home\nLIMA, June 14, 2025 -- Peru brought home 30 sailors on Friday. In return, "
        "Peru handed over Chilean fishermen whose number officials did not give."
    )
    assert _releases(spacy_extractor, text) == [("CHL", 30, "PER"), ("PER", None, "CHL")]


def test_a_state_receiving_its_own_men_is_the_other_partys_release(spacy_extractor):
    text = (
        "Swap at the border\nLIMA, June 14, 2025 -- Chile handed back 40 Peruvians on Friday "
        "and received 30 of its own men."
    )
    assert _releases(spacy_extractor, text) == [("CHL", 40, "PER"), ("PER", 30, "CHL")]


def test_the_received_are_not_also_traded_for(spacy_extractor):
    text = (
        "Swap at the border\nLIMA, June 14, 2025 -- Peru and Chile swapped prisoners on Friday. "
        "The swap brought home 40 Peruvians, while Chile received 40 of its soldiers in return."
    )
    assert _releases(spacy_extractor, text) == [("CHL", 40, "PER"), ("PER", 40, "CHL")]


def test_an_evacuation_received_is_no_release(spacy_extractor):
    text = (
        "Evacuation\nLIMA, June 14, 2025 -- Peru freed two Chilean prisoners on Friday. "
        "Separately, Peru received 300 of its own nationals evacuated from Sudan."
    )
    assert _releases(spacy_extractor, text) == [("PER", 2, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another state giving people back in a clause joined to the homecoming, however the
        # parser hangs it (under the giving verb, or both under a verb of saying)
        ("On Friday, 40 Peruvians came home, 30 soldiers and 10 civilians, and Peru handed back "
         "the same number of Chileans.", True),
        ("Another 40 Peruvian sailors came home on Friday, the minister wrote, while Peru "
         "handed 40 Chilean sailors back to Chile.", True),
        ("On Friday, 40 Peruvians came home, while Lima released the same number of Chileans.",
         True),
        # what is handed back is no people; no state gives; no number; no other clause
        ("On Friday, 40 Peruvians came home from Spain, and Peru handed back the keys of the "
         "embassy.", False),
        ("On Friday, 40 Peruvians came home from Spain, and their relatives handed back the "
         "flags.", False),
        ("On Friday, the Peruvians came home, while Peru handed back 40 Chileans.", False),
        ("On Friday, 40 Peruvians came home in a swap with Chile.", False),
    ],
)  # fmt: skip
def test_swap_homecoming(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.lower_ == "came"]
    group = next(c for c in verb.children if c.dep_ == "nsubj")
    assert home_sides.swap_homecoming(group, ps) is expected


def test_a_homecoming_beside_a_give_back_is_the_other_partys_release(spacy_extractor):
    text = (
        "Swap at the border\nLIMA, June 14, 2025 -- Peru and Chile held talks this week. On "
        "Friday, 40 Peruvians came home, 30 soldiers and 10 civilians, and Peru handed back the "
        "same number of Chileans."
    )
    found = _releases(spacy_extractor, text)
    assert ("CHL", 40, "PER") in found
    assert not [f for f in found if f[0] == "PER" and f[2] == "PER"]  # never its own home
