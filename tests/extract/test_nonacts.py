"""Sanctions words that tell no act, or not the act they seem to: a wind-down licence, keeping
measures told with no time (own-words sentences through the extractor, published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def _acts(extractor, text):
    doc = inline(text)
    return [(e.type, e.actor, e.renewal) for e in extractor(doc).events]


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
            "The Treasury on Thursday delisted Norvex Holdings and also issued a licence "
            "authorising the wind-down of contracts.",
            [("sanctions_eased", "USA", False)],
            id="wind-down-licence-beside-a-delisting",
        ),
        pytest.param(
            "Ottawa kept its sanctions on Belarusian officials and the arms embargo.",
            [],
            id="kept-with-no-time-is-no-act",
        ),
        pytest.param(
            "Ottawa on Monday kept its sanctions on Belarus in place until March 2027.",
            [("sanctions_imposed", "CAN", True)],
            id="kept-until-a-date-is-a-renewal",
        ),
    ],
)
def test_nonacts(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canada has listed dozens of Syrian officers under its sanctions regime.",
            [],
            id="a-perfect-over-dozens-is-a-record",
        ),
        pytest.param(
            "Japan has imposed sanctions on hundreds of Russian firms and people.",
            [],
            id="a-perfect-over-hundreds-is-a-record",
        ),
        pytest.param(
            "Canada on Monday listed dozens of Syrian officers under its sanctions regime.",
            [("sanctions_imposed", "CAN", False)],
            id="a-dated-listing-of-dozens-is-an-act",
        ),
    ],
)
def test_uncounted_records(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected
