"""People returned from where another state held them (own sentences): "150 Russian servicemen
were returned from territory controlled by Kyiv" is Ukraine's release; a return from a mission or
from holiday is none."""

from __future__ import annotations

import pytest

from detente.extract import held_returns
from tests.extract.builders import inline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All 40 Chilean sailors were returned from territory controlled by Lima on Friday.", True),
        ("The 40 Chilean sailors who had been held there were returned from Peruvian captivity "
         "in Lima.", True),
        ("The same number of Peruvian soldiers were returned from territory held by Santiago "
         "and Chile.", True),
        # no counted people, no state holding them, a return of one's own, not passive
        ("The sailors were returned from territory controlled by Lima on Friday.", False),
        ("Forty Chilean sailors were returned from a training mission on Friday.", False),
        ("Forty Chilean sailors returned from territory controlled by Lima on Friday.", False),
        ("Forty stolen statues were returned from territory controlled by Lima on Friday.", False),
    ],
)  # fmt: skip
def test_returned_from_holder(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    (verb,) = [t for t in ps.doc if t.lower_ == "returned"]
    assert held_returns.returned_from_holder(verb, ps) is expected


def test_a_return_from_territory_a_state_controls_is_its_release(spacy_extractor):
    text = (
        "Soldiers come home\nMOSCOW, June 14, 2025 -- Russia's defence ministry said on Friday "
        "that 75 Russian servicemen had been returned from territory controlled by Kyiv. Kyiv did not "
        "comment on the prisoners."
    )
    events = spacy_extractor(inline(text)).events
    assert [(e.actor, e.count, e.destination) for e in events] == [("UKR", 75, "RUS")]


def test_a_return_from_a_mission_is_no_release(spacy_extractor):
    text = (
        "Soldiers come home\nMOSCOW, June 14, 2025 -- Russia freed two Ukrainian prisoners on "
        "Friday. Separately, 75 Russian servicemen were returned from a training mission."
    )
    events = spacy_extractor(inline(text)).events
    assert [(e.actor, e.count) for e in events] == [("RUS", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru handed over 30 Chilean fishermen and Chile returned 28 Peruvian sailors.", True),
        ("In May, Peru handed over 30 Chilean fishermen and Chile sent back 30 Peruvian "
         "sailors, with Brazil mediating.", True),
        ("Peru freed the Chilean pilot Jorge Vidal, and Chile returned Luis Paredes, a "
         "Peruvian officer.", True),
        # not people, the returning state's own people, one state, a return that is not done
        ("Peru freed 30 Chilean fishermen and Chile returned 12 trawlers seized in March.", False),
        ("Peru freed 30 Chilean fishermen and Chile returned 300 Chilean soldiers to the "
         "border.", False),
        ("Peru freed 30 Chilean fishermen and Peru returned 12 more a week later.", False),
        ("Peru freed 30 Chilean fishermen and Chile returned fire within hours.", False),
    ],
)  # fmt: skip
def test_returned_in_kind(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    verbs = [t for t in ps.doc if t.lemma_ in ("return", "send")]
    assert any(held_returns.returned_in_kind(v, ps) for v in verbs) is expected


def test_returned_in_kind_is_the_other_states_release(spacy_extractor):
    doc = inline("On Friday, Peru handed over 30 Chilean fishermen and Chile returned 28 Peruvian "
                 "sailors.")  # fmt: skip
    analysis = spacy_extractor(doc)
    found = sorted((e.actor, e.count) for e in analysis.events if e.type == "release")
    assert found == [("CHL", 28), ("PER", 30)]
    assert [len(x.events) for x in analysis.exchanges] == [2]
