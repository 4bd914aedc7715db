"""Named freed people given to their own state's release move to the release that frees their
nationality (own sentences)."""

from __future__ import annotations

import pytest

from detente.model import EventType

from .builders import inline

SWAP = (
    "Swap at the border\nBelarus handed over four Lithuanians at the border on Tuesday, while "
    "Lithuania freed two Belarusians in exchange. "
)


def _persons(extractor, text: str) -> dict[str, list[str]]:
    events = extractor(inline(text, "2025-06-18")).events
    return {e.actor: e.persons for e in events if e.type == EventType.RELEASE}


@pytest.mark.parametrize(
    "follow_up",
    [
        "One of them, Anna Keller, a Lithuanian citizen, told reporters the cells were crowded.",
        "One of them, Anna Keller, a Lithuanian national, said the food had been poor.",
    ],
)
def test_a_compatriot_goes_to_the_release_of_their_nationality(spacy_extractor, follow_up):
    persons = _persons(spacy_extractor, SWAP + follow_up)
    assert persons["BLR"] == ["Anna Keller"]
    assert persons["LTU"] == []


@pytest.mark.parametrize(
    "follow_up",
    [
        # a state frees its own dissident or journalist in a trade
        "One of them, Anna Keller, a Lithuanian opposition activist, told reporters she was glad.",
        "One of them, Anna Keller, a Lithuanian journalist, told reporters she was glad.",
        # two citizenships: no single home
        "One of them, Anna Keller, a dual Lithuanian-Polish national, told reporters she was glad.",
    ],
    ids=["dissident", "journalist", "dual"],
)
def test_own_dissidents_and_dual_nationals_stay(spacy_extractor, follow_up):
    assert "Anna Keller" not in _persons(spacy_extractor, SWAP + follow_up)["BLR"]


def test_no_other_release_of_that_nationality_keeps_the_name(spacy_extractor):
    text = (
        "Prisoners freed\nBelarus freed fourteen prisoners on Tuesday. One of them, Anna "
        "Keller, a Belarusian citizen, told reporters the cells had been crowded."
    )
    assert _persons(spacy_extractor, text) == {"BLR": ["Anna Keller"]}
