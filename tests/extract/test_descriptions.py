"""What standing measures do, told in a present-tense relative clause on them (own sentences,
parsed by the real model): no act unless the clause holding the measures asserts one."""

from __future__ import annotations

import pytest

from detente.extract.descriptions import describes_only, stands

from .builders import acts


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pyongyang has demanded that Washington lift the sanctions that bar its exports of "
         "coal.", "bar"),
        ("Seoul urged the UN to ease the measures that ban its shipments of seafood.", "ban"),
        ("Canada on Friday lifted the restrictions that bar dealings with the Iranian airline.",
         "bar"),
    ],
)  # fmt: skip
def test_described_measures_of_no_asserted_act(spacy_extractor, text, word):
    assert describes_only(_token(spacy_extractor.nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The EU on Monday adopted a package, which bans imports of Russian LNG.", "bans"),
        ("Britain froze the assets of the bank, which has financed the army.", "financed"),
        ("The Treasury said the sanctions that bar its exports would stay.", "bar"),
    ],
)
def test_measures_an_asserted_act_holds(spacy_extractor, text, word):
    assert not describes_only(_token(spacy_extractor.nlp, text, word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("US primary sanctions, which bar American firms from Iran, stay in place.", "bar", True),
        ("The UN measures on Eritrea, which ban arms sales, remain in force.", "ban", True),
        ("Brussels adopted new measures, which ban imports of steel, on Monday.", "ban", False),
    ],
)
def test_standing_measures(spacy_extractor, text, word, expected):
    assert stands(_token(spacy_extractor.nlp, text, word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has demanded that the UN and the United States lift the sanctions that bar "
        "its exports of coal and seafood.",
        "Japanese banks remain wary because US sanctions, which bar dollar payments to Iran, "
        "stay in place.",
        "Minsk has asked Brussels to lift the measures that ban its potash exports.",
    ],
)
def test_no_event_from_measures_described(spacy_extractor, text):
    assert [a for a in acts(spacy_extractor, text) if a[0] != "release"] == []


def test_standing_measures_give_their_sectors_to_the_act_before(spacy_extractor):
    from .builders import inline

    text = (
        "The EU on Monday renewed its sanctions on Belarus for a year. The sectoral measures, "
        "which ban imports of Belarusian potash and timber, continue without change."
    )
    (event,) = spacy_extractor(inline(text)).events
    assert (event.type, event.actor, event.target, event.renewal) == (
        "sanctions_imposed",
        "EU",
        "BLR",
        True,
    )
    assert {"potash", "timber"} <= set(event.sectors)


def test_measures_adopted_in_a_package_stay_an_act(spacy_extractor):
    text = "On Monday the EU adopted new sanctions on Russia that ban imports of Russian steel."
    assert ("sanctions_imposed", "EU", False) in acts(spacy_extractor, text)
