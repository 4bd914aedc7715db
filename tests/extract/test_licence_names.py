"""The bodies a relief licence lets people deal with (own sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import licence_names

from .builders import inline


def _partners(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return sorted(t.text for t in licence_names.partner_words(doc) if t.pos_ == "PROPN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury issued a licence allowing US firms to deal with Kestrel Mining.",
         ["Kestrel", "Mining"]),
        ("A second licence authorises transactions with Orlan Petroleum.",
         ["Orlan", "Petroleum"]),
        # dealings that are no licence's: a trade told in passing
        ("Exporters said their dealings with Orlan Petroleum had grown.", []),
        ("Traders said they would wind down their dealings with Orlan Petroleum.", []),
        ("Exporters completed wind-down transactions with Orlan Petroleum.", []),
        # a wind-down licence names the bodies it lets dealings end with (session 25)
        ("The licence lets US firms wind down their dealings with Kestrel Mining.",
         ["Kestrel", "Mining"]),
        ("OFAC issued a licence authorising wind-down transactions with Orlan Petroleum.",
         ["Orlan", "Petroleum"]),
    ],
)  # fmt: skip
def test_partner_words(spacy_extractor, text, expected):
    assert _partners(spacy_extractor.nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("A second licence allows dealings with Kestrel Mining.", True),
        ("The licence covers Kestrel Mining and Orlan Petroleum, officials said.", True),
        # not told again: negated, no name dealt with, no licence as subject
        ("The licence does not cover Kestrel Mining.", False),
        ("The licence allows dealings in Venezuelan bonds.", False),
        ("Officials allow dealings with Kestrel Mining.", False),
    ],
)  # fmt: skip
def test_told(spacy_extractor, text, told):
    doc = spacy_extractor.nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("allow", "cover"))
    assert licence_names.told(verb) is told


def _sanctions(extractor, text: str) -> list[tuple]:
    return [
        (e.type, e.actor, sorted(e.entities))
        for e in extractor(inline(text)).events
        if e.type != "release"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Treasury on Thursday issued a licence allowing US firms to deal with the paint "
            "maker Kestrel Mining and the glass producer Orlan Petroleum for six months.",
            [("sanctions_eased", "USA", ["Kestrel Mining", "Orlan Petroleum"])],
            id="a-licence-allowing-holders-to-deal-with",
        ),
        pytest.param(
            "The Treasury on Wednesday issued a licence authorising transactions with the state "
            "oil company Orlan Petroleum for six months, and a second one allowing dealings with "
            "the state gold miner Kestrel Mining.",
            [("sanctions_eased", "USA", ["Kestrel Mining", "Orlan Petroleum"])],
            id="a-second-licence-joined-to-the-verb",
        ),
        pytest.param(
            "The United States on Wednesday eased sanctions on Venezuela. A second licence allows "
            "dealings with Kestrel Mining, the state gold miner.",
            [("sanctions_eased", "USA", ["Kestrel Mining"])],
            id="a-licence-told-again-joins-the-easing",
        ),
        pytest.param(
            "The United States on Wednesday eased sanctions on Venezuela. The licence covers "
            "contractors such as Kestrel Mining and Orlan Petroleum.",
            [("sanctions_eased", "USA", [])],
            id="the-holders-a-licence-covers-are-no-entities",
        ),
        pytest.param(
            "The United States on Wednesday eased sanctions on Venezuela. The licence lets US "
            "firms wind down their dealings with Kestrel Mining.",
            [("sanctions_eased", "USA", ["Kestrel Mining"])],
            id="a-wind-down-licence-names-its-body",
        ),
        pytest.param(
            "The Treasury on Wednesday designated Kestrel Oil and Orlan Petroleum and issued a "
            "general licence authorising the wind-down of transactions with the two companies.",
            [
                ("sanctions_imposed", "USA", ["Kestrel Oil", "Orlan Petroleum"]),
                ("sanctions_eased", "USA", ["Kestrel Oil", "Orlan Petroleum"]),
            ],
            id="a-wind-down-licence-names-the-group-listed-before",
        ),
        pytest.param(
            "The Treasury on Wednesday issued a general licence allowing dealings with the two "
            "companies.",
            [("sanctions_eased", "USA", [])],
            id="a-group-with-no-names-told-before",
        ),
        pytest.param(
            "Venezuela freed twelve prisoners on Monday. A second licence allows dealings with "
            "Kestrel Mining.",
            [],
            id="no-act-before-no-roster",
        ),
    ],
)
def test_names_of_a_licence(spacy_extractor, text, expected):
    assert _sanctions(spacy_extractor, text) == expected
