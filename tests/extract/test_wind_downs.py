"""Wind-down licences: a licence issued only to let dealings close out eases nothing; one told
with a delisting, or a licence for trade, still eases (own-words sentences through the extractor,
published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "OFAC on Thursday issued General License 9B, a 30-day wind-down for dealings with the "
            "state oil firm.",
            [("sanctions_imposed", "USA", False)],
            id="wind-down-licence-eases-nothing",
        ),
        pytest.param(
            "In its place OFAC on Thursday issued General License 12C, giving companies until "
            "August 30 to wind down their business.",
            [("sanctions_imposed", "USA", False)],
            id="wind-down-told-in-a-participle-clause",
        ),
        pytest.param(
            "The Treasury on Thursday issued general licences allowing contracts to be wound down "
            "within 45 days.",
            [("sanctions_imposed", "USA", False)],
            id="wound-down-licence-eases-nothing",
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
    ],
)
def test_wind_down_licences(spacy_extractor, text, expected):
    assert acts(spacy_extractor, text) == expected
