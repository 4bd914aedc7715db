"""Members a sanctions act lists through "including ...", and leaders as listed names (own-words
sentences through the extractor, published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def _listed(extractor, text):
    doc = inline(text)
    return [(e.type, e.actor, e.entities) for e in extractor(doc).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU on Monday added Olga Petrenko to its sanctions list, freezing her assets and "
            "barring her from travel, together with six other officials including her deputy "
            "Ivan Sergeyev.",
            [("sanctions_imposed", "EU", ["Olga Petrenko", "Ivan Sergeyev"])],
            id="including-hung-on-a-clause-of-the-act",
        ),
        pytest.param(
            "The EU on Monday sanctioned six judges who sentenced scores of activists, including "
            "Olga Petrenko.",
            [("sanctions_imposed", "EU", [])],
            id="members-of-a-wronged-group-are-not-listed",
        ),
        pytest.param(
            "The Council renewed its Belarus sanctions for another year on Monday, keeping "
            "Belagrobank on its list.",
            [("sanctions_imposed", "EU", ["Belagrobank"])],
            id="kept-on-the-list-by-a-renewal",
        ),
        pytest.param(
            "Brussels on Tuesday put Daniel Ortega on its sanctions list.",
            [("sanctions_imposed", "EU", ["Daniel Ortega"])],
            id="leader-listed",
        ),
        pytest.param(
            "The Treasury on Tuesday sanctioned twenty officers over Nicolás Maduro's crackdown.",
            [("sanctions_imposed", "USA", [])],
            id="leader-as-the-reason-is-not-listed",
        ),
    ],
)
def test_members(spacy_extractor, text, expected):
    assert _listed(spacy_extractor, text) == expected
