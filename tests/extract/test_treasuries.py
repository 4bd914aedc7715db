"""The Treasury of a British story, or one the text calls British, is Britain's (own-words
sentences, session 26); the Treasury of a story that names the United States stays Washington's."""

from __future__ import annotations

import pytest

from .builders import inline


def _acts(extractor, text):
    return [(str(e.type), e.actor, e.target) for e in extractor(inline(text)).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The British government on Thursday froze the assets of seven Russian oligarchs. At "
            "the same time the Treasury issued a special licence letting Chelsea Football Club "
            "keep playing.",
            [("sanctions_imposed", "GBR", "RUS"), ("sanctions_eased", "GBR", "RUS")],
            id="a-british-story-s-treasury",
        ),
        pytest.param(
            "Britain on Tuesday listed two Russian oil companies. The Treasury also designated 44 "
            "tankers from the shadow fleet.",
            [("sanctions_imposed", "GBR", "RUS")],
            id="one-act-not-a-second-us-one",
        ),
        pytest.param(
            "The UK Treasury on Monday removed Polina Orlova, the daughter of a Russian steel "
            "magnate, from its sanctions list.",
            [("sanctions_eased", "GBR", "RUS")],
            id="a-treasury-called-british",
        ),
        pytest.param(
            "Britain on Tuesday listed two Russian oil companies. Washington followed on "
            "Wednesday, when the Treasury designated 44 tankers.",
            [("sanctions_imposed", "GBR", "RUS"), ("sanctions_imposed", "USA", "RUS")],
            id="negative-a-story-that-names-the-us",
        ),
        pytest.param(
            "The Treasury on Tuesday designated 44 tankers carrying Russian oil.",
            [("sanctions_imposed", "USA", "RUS")],
            id="negative-no-britain-named",
        ),
    ],
)
def test_treasury(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


def test_a_partner_britain_leaves_the_treasury_washington_s(spacy_extractor):
    text = "The Treasury imposed sanctions on twelve Iranian officials on Tuesday, in coordination with Britain."
    assert _acts(spacy_extractor, text) == [("sanctions_imposed", "USA", "IRN")]
