"""Where the freed went: moved-to places, "home", the other side of a swap; who held them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Belarus freed 14 prisoners, who were flown to Vilnius.", "LTU"),
        ("Nicaragua expelled 135 prisoners to Guatemala on Friday.", "GTM"),
        ("Iran freed the two Danes, who are home in Copenhagen.", "DNK"),
        ("Venezuela freed six Americans, who were flown home to Washington.", "USA"),
        ("Moscow freed the Estonian, who arrived in Tallinn on Friday.", "EST"),
        ("In exchange, Georgia freed three Russian soldiers.", "RUS"),
        ("Belarus freed 14 prisoners on Friday.", None),
        ("Belarus freed 14 prisoners, who had been held in Minsk.", None),
        ("Belarus freed three Poles on Friday.", None),
    ],
)
def test_destination(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # a trip noun takes the freed somewhere
        ("Laos freed two Thai monks and put them on a flight to Bangkok.", "THA"),
        (
            "Iran released the engineer Omid Rad, who boarded a plane bound for the United States.",
            "USA",
        ),
        # a city that is no capital
        ("Cambodia freed three Australians, who landed in Sydney on Sunday.", "AUS"),
        ("Syria freed two Americans and flew them on a small jet to Chicago.", "USA"),
        # a city where someone was from or held is no destination
        ("Belarus freed an American from Texas on Friday.", None),
        ("Egypt freed two men who had been held in Alexandria.", None),
    ],
)
def test_destination_by_trip_and_city(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination
