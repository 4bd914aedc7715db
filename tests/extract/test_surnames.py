"""A place that spells part of a person's name is no state (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract.surnames import drop_surname_places


def _codes(ps):
    return [p.code for p in ps.places]


@pytest.mark.parametrize(
    ("named", "other", "gone"),
    [
        (
            "Iran released the teachers Anne Morel and Jacques Paris on Tuesday.",
            "Officials said Jacques Paris, 72, was driven to the embassy.",
            "FRA",
        ),
        (
            "The former senator Leila de Lima walked out of custody in Manila.",
            "De Lima was acquitted of the last charge.",
            "PER",
        ),
    ],
    ids=["surname-paris", "particle-de-lima"],
)
def test_a_surname_is_no_place_anywhere_in_the_article(parsed_sentence, named, other, gone):
    first, second = parsed_sentence(named), parsed_sentence(other)
    drop_surname_places([first, second], [first.places, second.places])
    assert gone not in _codes(first)
    assert gone not in _codes(second)
    assert "IRN" in _codes(first) or "PHL" in _codes(first)


@pytest.mark.parametrize(
    "text",
    [
        "Iran released two French teachers, who were flown to Paris on Tuesday.",
        "Officials in Lima said the Peruvian fishermen were freed by Ecuador.",
        "The envoy Anne Morel flew from Paris to Tehran on Monday.",
    ],
    ids=["flown-to-paris", "in-lima", "person-then-place"],
)
def test_places_beside_no_surname_stay(parsed_sentence, text):
    ps = parsed_sentence(text)
    before = _codes(ps)
    drop_surname_places([ps], [ps.places])
    assert _codes(ps) == before


def test_a_firm_named_after_a_capital_keeps_the_place(parsed_sentence):
    ps = parsed_sentence("The Treasury blacklisted Fly Baghdad, a private airline, on Tuesday.")
    before = _codes(ps)
    drop_surname_places([ps], [ps.places])
    assert _codes(ps) == before
