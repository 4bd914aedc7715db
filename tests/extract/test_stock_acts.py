"""Acts told of counted people that are not their holding (stock_acts): no stock, while a figure of
people still held in the same sentence stays one (own-words sentences, published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline

PUBLISHED = "2025-06-14"


def stocks(extractor, text):
    return [(s.country, s.count) for s in extractor(inline(text, PUBLISHED)).stocks]


@pytest.mark.parametrize(
    "text",
    [
        # put to death, listed or traded: custody words of another clause make no stock
        "Beijing executed three Australian nationals convicted of smuggling last year, and the "
        "tariffs on Australian barley remain in place.",
        "On the same day, the Council added nine individuals and two firms it holds responsible "
        "for the crackdown to its sanctions list.",
        "Minsk freed a teacher on Monday, and in a separate deal traded a spy for the four "
        "remaining members of the group, who had spent years behind bars.",
        # a "remain" on a list or in force keeps no one in custody
        "Forty-two people remain on the list after Tuesday's change.",
        "The other listings, covering more than two hundred individuals, remain in force.",
        # people a past passive jails as news
        "More than 300 people were detained during the protests, according to lawyers, and "
        "dozens remain in custody.",
        "The monitor said eleven more people were convicted on political charges this week.",
    ],
)
def test_people_of_another_act_are_no_stock(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights groups say 640 political prisoners are still held in Belarus, and the trade "
         "restrictions remain in place.", ("BLR", 640)),
        ("Lawyers said 900 people were detained in the protests and that 120 remain in custody "
         "in Georgia.", ("GEO", 120)),
        ("At least 40 fishermen were still detained in Indian jails, officials said.", ("IND", 40)),
    ],
)  # fmt: skip
def test_people_still_held_stay_a_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == [expected]
