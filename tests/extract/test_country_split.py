"""One act that lists bodies of several countries: one event per target country, each with its
members' entities (the guide's decision of session 13); a seat, a place inside a name, a clause
about a member or a parent named as owner split nothing (own-words sentences, 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def _acts(extractor, text):
    doc = inline(text)
    return sorted(
        (e.actor, e.target, sorted(e.entities))
        for e in extractor(doc).events
        if e.type != "release"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Treasury on Tuesday designated Andes Gold Trading, an Emirati firm that bought "
            "gold from Wagner, and Orel Logistics, a Russian company.",
            [("USA", "ARE", ["Andes Gold Trading"]), ("USA", "RUS", ["Orel Logistics"])],
            id="two-members-two-nationalities",
        ),
        pytest.param(
            "The Treasury on Monday sanctioned Harbin Border Bank, a Chinese lender, and two "
            "Russian banks, VTB and Sovcombank.",
            [("USA", "CHN", ["Harbin Border Bank"]), ("USA", "RUS", ["Sovcombank", "VTB"])],
            id="names-spelling-out-a-group-stay-with-it",
        ),
        pytest.param(
            "Ottawa on Friday added two Malta-flagged tanker operators and a Venezuelan oil "
            "broker to its sanctions list.",
            [("CAN", "VEN", [])],
            id="negative-a-seat-splits-nothing",
        ),
        pytest.param(
            "The European Union on Monday listed Ivan Petrov and Olga Sidorova, two Russian "
            "judges, over the jailing of activists.",
            [("EU", "RUS", ["Ivan Petrov", "Olga Sidorova"])],
            id="negative-one-nationality",
        ),
        pytest.param(
            "Washington on Monday imposed sanctions on three Iranian officials and on Gulf Star "
            "Shipping, a firm that carried Iranian oil to China.",
            [("USA", "IRN", ["Gulf Star Shipping"])],
            id="negative-a-place-in-a-clause-about-a-member",
        ),
    ],
)  # fmt: skip
def test_split_by_country(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected
