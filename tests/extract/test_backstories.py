"""Backstories: the sentence after a release that names its people by telling how they came to be
held."""

from __future__ import annotations

import pytest

from .builders import inline


def persons(extractor, text):
    doc = inline(text)
    return [(e.actor, e.persons) for e in extractor(doc).events if e.type == "release"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person freed, named next by how they came to be held
        (
            "Sudan released an American aid worker on Tuesday. Laura Becker, a nurse from Ohio, "
            "was detained in March near Kassala.",
            [("SDN", ["Laura Becker"])],
        ),
        # two freed, two named as one subject
        (
            "Iran released a Dutch couple on Monday. Pieter Vos and his wife Anna Vos had been "
            "arrested in Tabriz in 2024 and accused of spying.",
            [("IRN", ["Pieter Vos", "Anna Vos"])],
        ),
        # a number the names do not make up: someone else
        (
            "Belarus freed 18 prisoners on Friday. Ales Marchuk was sentenced to ten years in 2022.",
            [("BLR", [])],
        ),
        # still held: not among the freed
        (
            "Russia freed a French researcher on Friday. Pierre Duval was not arrested, officials "
            "said.",
            [("RUS", [])],
        ),
        # an active clause of someone else's act
        (
            "Iran released a British engineer on Monday. Tom Ellis arrested nobody.",
            [("IRN", [])],
        ),
    ],
    ids=["one-named-next", "couple", "number-differs", "negated", "active"],
)
def test_names_from_the_sentence_telling_how_they_were_held(spacy_extractor, text, expected):
    assert persons(spacy_extractor, text) == expected
