"""Follow-up sentences: a destination told after the release it belongs to (own paragraphs)."""

from __future__ import annotations

import pytest

from detente.model import Document


def releases(extractor, text):
    doc = Document(id="x", source="inline", published="2025-06-14", text=text)
    return sorted((e.actor, e.destination) for e in extractor(doc).events if e.type == "release")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun: the nearest release
        (
            "Iran freed Tom Hale, a French teacher, on Friday. He was flown to Paris.",
            [("IRN", "FRA")],
        ),
        # a definite number
        (
            "Belarus freed five Lithuanians on Friday. The five were driven to Vilnius.",
            [("BLR", "LTU")],
        ),
        # "all three" after releases whose numbers add up to three
        (
            "Germany released Ivan Sokolov. Poland released Pavel Orlov and Norway freed "
            "Mikhail Zorin. All three were flown to Moscow.",
            [("DEU", "RUS"), ("NOR", "RUS"), ("POL", "RUS")],
        ),
        # an indefinite group is someone else
        (
            "Iran freed Tom Hale on Friday. Some prisoners were flown to Paris.",
            [("IRN", None)],
        ),
    ],
)
def test_destination_from_the_next_sentence(spacy_extractor, text, expected):
    assert releases(spacy_extractor, text) == expected
