"""Who moves sanctions: the actor of a sanctions act and the owner of a sanctions noun (own-words
sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import dates, sanctioners
from detente.extract.mentions import ParsedSentence
from detente.extract.sentences import Sentence


def _parse(extractor, text):
    doc = extractor.nlp(text)
    return ParsedSentence(
        Sentence(0, 0, len(text), text),
        doc,
        extractor.gazetteer.find_places(doc),
        dates.find(text, "2025-06-14"),
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Britain and Canada added two Iranian judges to their lists.", "added", ["GBR", "CAN"]),
        ("Kyiv welcomed the EU's decision to extend sanctions on Russia.", "extend", ["EU"]),
        (
            "Trump told a forum in Riyadh that he was lifting sanctions on Syria.",
            "lifting",
            ["USA"],
        ),
        ("The Treasury let its waiver for Iraqi power payments lapse.", "let", ["USA"]),
    ],
    ids=["coordinated-subjects", "decision-owner", "he-is-the-leader", "treasury"],
)
def test_actor(spacy_extractor, text, trigger, expected):
    ps = _parse(spacy_extractor, text)
    verb = next(t for t in ps.doc if t.text == trigger)
    assert sanctioners.actor(ps, verb) == expected


def test_owner_of_a_sanctions_noun(spacy_extractor):
    ps = _parse(spacy_extractor, "Exporters welcomed American relief for the airline.")
    assert sanctioners.owner(ps, list(ps.doc)) == ["USA"]
    ps = _parse(spacy_extractor, "Exporters welcomed the relief for the airline.")
    assert sanctioners.owner(ps, list(ps.doc)) == []
