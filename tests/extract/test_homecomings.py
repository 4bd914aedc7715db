"""Homecomings: people a state held arriving home are freed by it (own sentences, session 16)."""

from __future__ import annotations

import pytest

from detente.extract import homecomings


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # held, then arriving by boat or stepping off a craft
        (
            "Four Thai fishermen detained by Cambodian police in May returned to the port of Trat "
            "on Friday.",
            "returned",
            True,
        ),
        (
            "Three Filipino sailors detained by Chinese coast guards stepped off a ferry in Manila "
            "on Friday.",
            "stepped",
            True,
        ),
        # nobody said to have held them
        ("Four Thai fishermen returned to the port of Trat on Friday.", "returned", False),
        ("Three Filipino tourists stepped off a ferry in Manila on Friday.", "stepped", False),
    ],
)
def test_people_held_arriving_by_sea_come_home(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    (tok,) = [t for t in ps.doc if t.text == verb]
    assert homecomings.homecoming(tok, ps) is expected


def test_the_subject_of_an_arrival_after_held_since_is_the_held(parsed_sentence):
    from detente.extract.handovers import held_since_subject

    ps = parsed_sentence(
        "Two hundred Peruvians who had been held in a Chilean prison since March arrived at "
        "Lima airport on Friday."
    )
    (verb,) = [t for t in ps.doc if t.text == "arrived"]
    group = held_since_subject(verb, ps)
    assert group is not None and group.text == "Peruvians"
