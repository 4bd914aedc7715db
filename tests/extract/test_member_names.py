"""Names that spell out a counted group of the freed after it (member_names, session 20): read
by the shape of the list whatever the parser hangs them on, and never past the list's end."""

from __future__ import annotations

import pytest


def persons(mentions):
    return [m.persons for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a time phrase, which the parser hangs on the time
        (
            "Laos released three Thai citizens on Wednesday, Anong Srisuk, Kittipong Chai and "
            "Malee Wong, in an exchange.",
            [["Anong Srisuk", "Kittipong Chai", "Malee Wong"]],
        ),
        # after a colon, each name with its trade before it
        (
            "Chile freed three Peruvians: the farmer Jorge Quispe, the driver Luis Mamani and "
            "Rosa Huaman.",
            [["Jorge Quispe", "Luis Mamani", "Rosa Huaman"]],
        ),
        # "among them" after a time: the second name too, whatever NER calls it
        (
            "Belarus released twenty prisoners late on Monday, among them the blogger Ales "
            "Pushkin and the lawyer Yury Lenski.",
            [["Ales Pushkin", "Yury Lenski"]],
        ),
        # a name's own description between two names is passed over
        (
            "Iran released two Europeans on Sunday: Greta Lind, a Swedish nurse arrested in "
            "Shiraz in 2023, and Piet Jansen, a Dutch cyclist.",
            [["Greta Lind", "Piet Jansen"]],
        ),
    ],
)
def test_names_listing_a_counted_group(release_mentions, text, expected):
    assert persons(release_mentions(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker after the group is not one of them
        (
            "Laos released three Thai citizens on Wednesday, Foreign Minister Somsak Chan said.",
            [[]],
        ),
        ("Chile freed two Peruvians on Monday, Amnesty International said.", [[]]),
        # nor someone a phrase of another kind names
        (
            "Belarus freed fourteen prisoners on Saturday, a day after Keith Moran, the US envoy, "
            "met officials in Minsk.",
            [[]],
        ),
        # nor the other side of the trade
        (
            "Laos released two Thai citizens on Friday, Anong Srisuk and Malee Wong, in exchange "
            "for Somchai Kaew, a Lao teacher.",
            [["Anong Srisuk", "Malee Wong"], ["Somchai Kaew"]],
        ),
        # nor the names of the next clause
        (
            "Russia freed two Americans, Paul Hale and Evan Gray, and the United States released "
            "three Russians, Vadim Orlov, Roman Sedov and Ilya Klyuev.",
            [["Paul Hale", "Evan Gray"], ["Vadim Orlov", "Roman Sedov", "Ilya Klyuev"]],
        ),
    ],
)
def test_no_names_past_the_list(release_mentions, text, expected):
    assert persons(release_mentions(text)) == expected
