"""States named only as a war's scene ("the war in Ukraine", "the invasion of Ukraine", "since
Russia invaded Ukraine") are never a sanctions act's target; the same state named as the listed
bodies' own, or an "attack on" a state's sovereignty, still is (own-words sentences, session 26)."""

from __future__ import annotations

import pytest
import spacy

from detente.extract.war_scenes import war_scene

from .builders import inline

_NLP = spacy.blank("en")


def _scene(text: str, word: str) -> bool:
    doc = _NLP(text)
    start = next(t.i for t in doc if t.text == word)
    return war_scene(doc[start : start + 1])


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("They helped victims of the war in Ukraine.", "Ukraine", True),
        ("It came on the anniversary of the full-scale invasion of Ukraine.", "Ukraine", True),
        ("Sanctions have piled up since Russia invaded Georgia.", "Georgia", True),
        ("They condemned the aggression against Ukraine.", "Ukraine", True),
        ("They condemned Moscow's war against Ukraine.", "Ukraine", True),
        ("It called the measures an attack on Nicaragua and its people.", "Nicaragua", False),
        ("Britain listed six officials of Ukraine.", "Ukraine", False),
        ("The EU froze the assets of firms in Ukraine.", "Ukraine", False),
        ("Ukraine listed five of its citizens.", "Ukraine", False),
    ],
)
def test_war_scene(text, word, expected):
    assert _scene(text, word) is expected


def _acts(extractor, text):
    return [(str(e.type), e.actor, e.target) for e in extractor(inline(text)).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Britain on Monday froze the assets of six businessmen close to the Kremlin. Officials "
            "said the listed men had helped finance the war in Ukraine. Russia condemned the "
            "listings.",
            [("sanctions_imposed", "GBR", "RUS")],
            id="the-war-s-scene-is-no-fallback-target",
        ),
        pytest.param(
            "The EU on Friday added 40 Russian companies to its sanctions list on the eve of the "
            "anniversary of the full-scale invasion of Ukraine.",
            [("sanctions_imposed", "EU", "RUS")],
            id="no-second-act-on-the-invaded-state",
        ),
        pytest.param(
            "Britain on Monday listed six officials. Britain has sanctioned hundreds of people "
            "since Russia invaded Ukraine. Russia said it would respond.",
            [("sanctions_imposed", "GBR", "RUS")],
            id="the-invaded-state-is-no-target",
        ),
        pytest.param(
            "Russia on Monday froze the assets of six Ukrainian businessmen it accused of "
            "financing the war against Russia.",
            [("sanctions_imposed", "RUS", "UKR")],
            id="negative-the-listed-are-of-that-state",
        ),
        pytest.param(
            "The EU on Monday imposed sanctions on Ukraine's former president, Viktor Yanukovych, "
            "and 17 officials over the misuse of state funds.",
            [("sanctions_imposed", "EU", "UKR")],
            id="negative-the-state-s-own-officials",
        ),
    ],
)
def test_target(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected
