"""Relative clauses and participles around a sanctions verb: a regime's origin told by its year
(own-words sentences through the extractor)."""

from __future__ import annotations

import pytest

from .builders import acts


# Session 19 (area "precision"): a regime's origin by its year is history (guide, session 19).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UN sanctions on North Korea, first adopted in 2006, cover dozens of firms.",
            [],
            id="first-adopted-in-a-year",
        ),
        pytest.param(
            "The Canadian measures, which were originally imposed in 2014, cover 90 people.",
            [],
            id="originally-imposed-in-a-relative",
        ),
        pytest.param(
            "The EU first imposed sanctions on the airline Belavia in June 2021.",
            [("sanctions_imposed", "EU", False)],
            id="first-act-with-a-month-is-a-background-act",
        ),
        pytest.param(
            "Ottawa first sanctioned Nicaraguan officials in 2019 and has added names since.",
            [("sanctions_imposed", "CAN", False)],
            id="a-first-listing-told-with-its-parties-is-an-act",
        ),
        pytest.param(
            "British sanctions on Russia, first imposed in 2014, were widened on Monday.",
            [("sanctions_imposed", "GBR", False)],
            id="the-act-beside-the-origin-stays",
        ),
    ],
)
def test_a_regime_origin_by_its_year(spacy_extractor, text, expected):
    assert acts(spacy_extractor, text) == expected
