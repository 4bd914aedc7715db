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
