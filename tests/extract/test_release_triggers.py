"""Release triggers told by the way each party's people went (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract.mentions import PARTY_SIDES


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On March 3, eighty prisoners of war went each way.", 80),
        ("In May, sixty prisoners went home on each side.", 60),
        ("On June 2, 120 detainees were swapped on each side.", 120),
    ],
)
def test_a_number_per_party_is_one_act_of_each_side(release_mentions, text, count) -> None:
    found = [m for m in release_mentions(text) if m.count is not None]
    assert [(m.party, m.count.value) for m in found] == [(PARTY_SIDES, count)]


@pytest.mark.parametrize(
    "text",
    [
        "The delegates went each way after the talks.",
        "On March 3, eighty tourists went home.",
        "Forty trucks went each way across the bridge.",
    ],
)
def test_no_side_or_no_captives_no_act(release_mentions, text) -> None:
    assert [m for m in release_mentions(text) if m.party == PARTY_SIDES] == []


def test_several_words_of_a_nationality_are_people(release_mentions) -> None:
    (m,) = release_mentions("Indonesia freed six Papua New Guineans on Wednesday.")
    assert m.actor == "IDN" and m.count is not None and m.count.value == 6


@pytest.mark.parametrize(
    ("text", "actor", "count"),
    [
        ("Six Peruvian fishermen held in Ecuador walked across the border bridge on Monday.",
         "ECU", 6),
        ("Ten Cambodian workers detained by Thailand walked back over the border on Sunday.",
         "THA", 10),
        ("Three Chilean sailors held by Peru were sent home across the frontier on Friday.",
         "PER", 3),
        ("Twelve Nepali porters detained by China crossed the border on Sunday.", "CHN", 12),
    ],
)  # fmt: skip
def test_people_held_crossing_a_border_are_freed_by_their_captor(
    release_mentions, text, actor, count
) -> None:
    found = [(m.actor, m.count.value if m.count else None) for m in release_mentions(text)]
    assert found == [(actor, count)]


@pytest.mark.parametrize(
    "text",
    [
        "Six Peruvian tourists walked across the border bridge on Monday.",  # held by no one
        "Six fishermen held in Ecuador walked into the courtroom on Monday.",  # no crossing
        "Six Peruvian tourists crossed the border on Monday.",
    ],
)
def test_crossing_without_a_captor_or_a_border_is_no_release(release_mentions, text) -> None:
    assert release_mentions(text) == []
