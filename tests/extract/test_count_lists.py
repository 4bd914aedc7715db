"""Counts of coordinated groups (count_lists, split from counts in session 18)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v15: one person with a counted other group
        ("The blogger walked free on Saturday along with 13 other prisoners.", 14),
        ("Belarus freed the activist together with 17 other political prisoners on Monday.", 18),
        (
            "Managua released Bishop Juan Perez along with Father Luis Mena, eight priests and two"
            " seminarians, who were flown to Rome.",
            12,
        ),
        ("Two days ago the president pardoned him and five other prisoners.", 6),
        ("Russia freed the pensioner Frode Berg and two Lithuanians on Friday.", 3),
        ("In May, Ales Bialiatski, the Nobel laureate, and twelve others were released.", 13),
        ("Belarus released Maria Kalesnikava, the protest leader, and 17 other prisoners.", 18),
        # negatives: no number with the others, a describing apposition
        ("Belarus freed him along with his wife on Monday.", None),
        ("Siarhei Tsikhanouski, a blogger and activist, was released on Monday.", None),
    ],
)
def test_one_person_freed_with_a_counted_group(release_mentions, text, expected):
    counts = {m.count.value if m.count else None for m in release_mentions(text)}
    assert counts == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v16: names joined to a counted group with no comma are freed besides it
        ("In return Kyiv let go of 55 Russian prisoners and Viktor Medvedchuk.", 56),
        ("Russia freed 24 sailors and the journalist Roman Sushchenko on Saturday.", 25),
        # ...but a comma, or as many names as the number, says who the group's people are
        ("Caracas freed two Americans, Mark Dunn and Ellen Ross, on Friday.", 2),
        ("Caracas freed two Americans Mark Dunn and Ellen Ross on Friday.", 2),
        # a state hung on the group by the parser adds no one; a counted nationality does
        ("Uzbekistan freed four Tajiks and two Kyrgyz on Sunday.", 6),
        (
            "In October El Salvador freed nine Hondurans and Honduras five Salvadorans in a swap"
            " at El Amatillo.",
            9,
        ),
        (
            "Russia released 390 Ukrainian prisoners on Friday, 270 soldiers and 120 civilians,"
            " and Ukraine handed over the same number of Russian prisoners.",
            390,
        ),
        # ... whatever entity type NER gives the state (session 18: "Armenia", "Tajikistan" as ORG)
        (
            "Baku freed 40 Armenian soldiers and Armenia released three Azerbaijani conscripts on Tuesday.",
            40,
        ),
    ],
)
def test_names_besides_a_counted_group(release_mentions, text, expected):
    assert {m.count.value if m.count else None for m in release_mentions(text)} == {expected}


def test_a_state_opening_the_next_clause_adds_no_one(release_mentions):
    found = release_mentions(
        "Uzbekistan freed 11 Tajik traders and Tajikistan released four Uzbek herders on Monday."
    )
    assert sorted((m.actor, m.count.value if m.count else None) for m in found) == [
        ("TJK", 4),
        ("UZB", 11),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v19: one person told by "the" and a people or job noun, with a counted group: one more
        ("Belarus freed the journalist and 12 other prisoners on Saturday.", 13),
        ("Minsk released the veteran activist and four other dissidents on Monday.", 5),
        # negatives: a body of people gives no number; plain names alone are counted later
        ("Russia freed the crew and 12 other sailors on Monday.", None),
        ("Belarus freed Ihar Barysau and Olga Kuzmich on Friday.", None),
    ],
)
def test_the_one_person_and_a_counted_group(release_mentions, text, expected):
    counts = {m.count.value if m.count else None for m in release_mentions(text)}
    assert counts == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 24: a plain "with" and counted people ("with 102 members of his party": 103)
        ("Belarus freed the opposition leader Tomas Varga with 102 members of his party.", 103),
        ("The activist Anna Keller walked out of prison on Monday with 40 of her supporters.", 41),
        ("Belarus freed Marek Novak with 20 others on Monday.", 21),
        # negatives: a "with" of means, money or a clause of the past arrest
        ("Belarus freed Marek Novak with the help of Qatar on Monday.", None),
        ("Belarus freed Marek Novak on Monday with 3,000 dollars in his pocket.", None),
        ("Belarus freed Marek Novak, who had been jailed with 102 members of his party.", None),
    ],
)
def test_one_person_freed_with_counted_people(release_mentions, text, expected):
    counts = {m.count.value if m.count else None for m in release_mentions(text)}
    assert counts == {expected}
