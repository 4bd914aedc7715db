"""Numbered sanctions packages told as acts: which verb tells one, who adopted it (own-words
sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import dates, packages
from detente.extract.mentions import ParsedSentence
from detente.extract.sentences import Sentence


def _parsed(extractor, text):
    doc = extractor.nlp(text)
    places = extractor.gazetteer.find_places(doc)
    return ParsedSentence(
        Sentence(0, 0, len(text), text), doc, places, dates.find(text, "2025-06-14")
    )


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("In March the ninth package had hit forty Syrian firms.", "hit", "package"),
        ("The sixth package, adopted in May, banned Iranian steel.", "adopted", "package"),
        (
            "It builds on the sixth package, which ministers adopted in May.",
            "adopted",
            "package",
        ),
        ("Ministers approved the 6th package on Friday.", "approved", "package"),
        ("Ministers approved a health package on Friday.", "approved", None),
        ("The Commission proposed the sixth package on Friday.", "proposed", None),
    ],
    ids=["subject", "participle", "relative", "object", "not-numbered", "a-proposal"],
)
def test_package_of(spacy_extractor, text, verb, expected):
    doc = spacy_extractor.nlp(text)
    found = packages.package_of(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "Canada says it will act, and its ninth package, adopted in May, hit Syrian banks.",
            "hit",
            ["CAN"],
        ),
        ("In March the ninth package had hit forty Syrian firms.", "hit", ["EU"]),
        ("Britain adopted its ninth package on Friday.", "adopted", ["GBR"]),
        ("Norway on Friday adopted the European Union's ninth package.", "adopted", ["NOR"]),
        ("In May Switzerland took over the EU's ninth package.", "took", ["CHE"]),
        ("The ninth package, adopted by the European Union in May, hit banks.", "hit", ["EU"]),
    ],
    ids=[
        "possessive-for-the-subject-before",
        "numbered-is-the-eu",
        "subject-of-adopting",
        "the-adopter-before-the-owner-named-on-the-package",
        "took-over-another-s-package",
        "adopted-by-its-owner",
    ],
)
def test_owner(spacy_extractor, text, verb, expected):
    ps = _parsed(spacy_extractor, text)
    trigger = next(t for t in ps.doc if t.text == verb)
    package = packages.package_of(trigger)
    assert package is not None
    assert packages.owner(ps, package, trigger) == expected
