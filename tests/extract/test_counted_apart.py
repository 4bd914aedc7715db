"""Groups counted apart under one verb are one release per kind (category and nationality), unless
the article gives their total (docs/annotation.md, sessions 15, 22, 23, 24 and 25)."""

from __future__ import annotations

import pytest

from .builders import inline, release_rows


def _releases(extractor, text: str) -> list[tuple]:
    return release_rows(extractor, text, "2025-12-20", "actor", "count", "category")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia freed 185 Ukrainian soldiers and 20 civilians on Monday, officials said.",
         [("RUS", 20, "detainees"), ("RUS", 185, "other")]),
        ("Belarus released 14 political prisoners and two Lithuanians on Thursday.",
         [("BLR", 2, "foreign_nationals"), ("BLR", 14, "political_prisoners")]),
        ("Kyrgyzstan released three Tajik shepherds and two Uzbek farmers at the border on Friday.",
         [("KGZ", 2, "other"), ("KGZ", 3, "other")]),
        # two nationalities of one category (session 25)
        ("The Houthis freed 16 Saudis and three Sudanese on Friday.",
         [("YEM", 3, "foreign_nationals"), ("YEM", 16, "foreign_nationals")]),
        ("Iran released three Kuwaiti sailors and four Iraqi fishermen on Friday.",
         [("IRN", 3, "other"), ("IRN", 4, "other")]),
        # "more" on the first group refers to earlier news; the releasing state is neither's home
        ("Hamas then freed thirteen more Israelis and four Thais on Saturday.",
         [("PSE", 4, "foreign_nationals"), ("PSE", 13, "foreign_nationals")]),
        # "other" with a noun of another kind still counts a kind apart
        ("Venezuela released five Citgo executives and two other Americans on Saturday.",
         [("VEN", 2, "foreign_nationals"), ("VEN", 5, "other")]),
        # a counted group and a named person told apart
        ("Ukraine handed over 55 Russian prisoners and Viktor Medvedchuk on Wednesday.",
         [("UKR", 1, "foreign_nationals"), ("UKR", 55, "detainees")]),
    ],
)  # fmt: skip
def test_groups_counted_apart_are_two_acts(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected


def test_each_group_keeps_its_own_names(spacy_extractor):
    text = (
        "Venezuela freed ten Americans and twenty political prisoners, among them the activist "
        "Roberto Abdul, on Wednesday."
    )
    events = [e for e in spacy_extractor(inline(text, "2025-12-20")).events if e.actor == "VEN"]
    assert sorted((e.count, tuple(e.persons), e.category) for e in events) == [
        (10, (), "foreign_nationals"),
        (20, ("Roberto Abdul",), "political_prisoners"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article gives the total: one release with it (session 22)
        ("Russia freed 185 Ukrainian soldiers and 20 civilians on Monday. All 205 were taken to "
         "hospitals in Chernihiv.",
         [("RUS", 205, "other")]),
        ("Nicaragua released two bishops, fifteen priests and two seminarians on Sunday, and all "
         "nineteen were flown to Rome.",
         [("NIC", 19, "other")]),
        # a breakdown of a total told with it
        ("Iran released 250 prisoners, 200 men and 50 women, on Monday.",
         [("IRN", 250, "detainees")]),
        # more of one group, not a kind counted apart
        ("Belarus freed Siarhei Tsikhanouski and 13 other prisoners on Saturday.",
         [("BLR", 14, "detainees")]),
        ("Belarus freed 16 prisoners and another 40 on Monday.", [("BLR", 56, "detainees")]),
        # parts of one kind: one release with their sum (session 25), with or without a day
        ("Nicaragua released two bishops, fifteen priests and two seminarians, the government said.",
         [("NIC", 19, "other")]),
        ("Iran freed 12 political prisoners and 30 activists on Tuesday.",
         [("IRN", 42, "political_prisoners")]),
        # one nationality told, the other group's untold: one kind
        ("Uganda freed two Congolese soldiers and six fishermen on Thursday.",
         [("UGA", 8, "other")]),
        # names alone are one group
        ("Belarus freed Siarhei Tsikhanouski and Ihar Losik on Saturday.",
         [("BLR", 2, "detainees")]),
    ],
)  # fmt: skip
def test_one_group_with_its_total_stays_one_act(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected


def test_two_nationalities_of_a_swap_are_its_sides(spacy_extractor):
    text = (
        "Prisoner exchange at the border\nAn exchange on Friday returned 230 Ukrainians and 248 "
        "Russians, after Russia and Ukraine agreed a swap."
    )
    found = _releases(spacy_extractor, text)
    assert not any(
        {(a, 230), (a, 248)} <= {(b, n) for b, n, _ in found} for a, _, _ in found
    )  # never both sides' people as one state's two groups


def test_groups_with_doers_of_their_own_are_not_one_verbs(spacy_extractor):
    text = (
        "The only previous truce, in November, saw more than 100 hostages freed by Hamas and 240 "
        "Palestinian prisoners released by Israel in exchange."
    )
    found = _releases(spacy_extractor, text)
    assert ("PSE", 240, "detainees") not in found  # never Israel's prisoners as a group of Hamas's
