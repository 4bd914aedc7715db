"""Wind-down licences: a wind-down licence told as issued is an easing of its own, also beside a
lapse or a listing (session 26, replacing "eases nothing"); a revocation that only gives time to
wind down is one imposition (own-words
sentences through the extractor, published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "OFAC on Thursday issued General License 9B, a 30-day wind-down for dealings with the "
            "state oil firm.",
            [("sanctions_eased", "USA", False)],
            id="wind-down-licence-issued-eases",
        ),
        pytest.param(
            "In its place OFAC on Thursday issued General License 12C, giving companies until "
            "August 30 to wind down their business.",
            [("sanctions_eased", "USA", False)],
            id="wind-down-told-in-a-participle-clause",
        ),
        pytest.param(
            "The Treasury on Thursday issued general licences allowing contracts to be wound down "
            "within 45 days.",
            [("sanctions_eased", "USA", False)],
            id="wound-down-licence-issued-eases",
        ),
        pytest.param(
            "The Treasury on Thursday issued a general licence allowing airlines to buy spare "
            "parts.",
            [("sanctions_eased", "USA", False)],
            id="a-licence-for-trade-still-eases",
        ),
        pytest.param(
            "The Treasury on Thursday delisted Norvex Holdings and also issued a licence "
            "authorising the wind-down of contracts.",
            [("sanctions_eased", "USA", False)],
            id="wind-down-licence-beside-a-delisting",
        ),
        # session 26: a lapse replaced by a wind-down licence is a lapse and an easing
        pytest.param(
            "The Treasury let General License 44 expire on Thursday. In its place OFAC issued "
            "General License 44A, a 45-day wind-down.",
            [("sanctions_imposed", "USA", False), ("sanctions_eased", "USA", False)],
            id="lapse-and-wind-down-licence",
        ),
        # negative: no licence told as issued
        pytest.param(
            "The Treasury on Thursday revoked the licence that let Chevron pump oil in Venezuela, "
            "giving the company 30 days to wind down.",
            [("sanctions_imposed", "USA", False)],
            id="a-revocation-giving-time-to-wind-down",
        ),
    ],
)
def test_wind_down_licences(spacy_extractor, text, expected):
    assert acts(spacy_extractor, text) == expected
