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
