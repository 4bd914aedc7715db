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


# --- precision (session 20): totals jailed so far, people kept from leaving, capacities ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 300 people have been detained since the vote, according to rights lawyers, "
         "and at least 40 remain in custody in Georgia.", [("GEO", 40)]),
        ("At least 12 Canadian citizens have been detained in China since 2016, Ottawa says, and "
         "three are still held.", [("CHN", 3)]),
    ],
)  # fmt: skip
def test_a_total_jailed_so_far_is_not_the_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups estimate that more than 150 Canadians are barred from leaving China under "
        "exit bans, and several others are in prison.",
        "Officials said about 80 Americans face exit bans in China, and that several others are "
        "in prison.",
        "According to the German foreign office, about forty German citizens are barred from "
        "leaving Turkey, and several are in custody.",
        "Justice officials say the central prison, built for 1,500 inmates, now holds nearly "
        "three times that number.",
    ],
)
def test_people_not_in_custody_are_no_stock(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said about 80 Americans remain in Chinese prisons, and that several others "
         "face exit bans.", [("CHN", 80)]),
        ("Officials estimate that about 150 Canadians are subject to exit bans or arbitrary "
         "detention in China.", [("CHN", 150)]),
        ("A monitoring group estimates that about 40 Britons remain in Chinese prisons, in "
         "addition to others barred from leaving the country.", [("CHN", 40)]),
        ("Rights groups say more than 1,100 political prisoners remain in Belarusian prisons.",
         [("BLR", 1100)]),
    ],
)  # fmt: skip
def test_people_in_custody_beside_those_kept_from_leaving_stay(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == expected


# --- precision (session 20): a figure held "abroad", "around the world" has no one holder ---
@pytest.mark.parametrize(
    "text",
    [
        "The Foley Foundation estimates that over forty Americans are still held hostage or "
        "wrongfully detained abroad.",
        "Advocacy groups counted more than 50 Americans held hostage or wrongfully detained "
        "around the world.",
        "Rights groups say about 30 Britons are held in prisons overseas.",
    ],
)
def test_people_held_abroad_are_no_stock_of_one_state(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Advocacy groups counted more than 50 Americans held hostage or wrongfully detained in "
         "Russia.", [("RUS", 50)]),
        ("Hostage Aid Worldwide says at least 20 foreigners remain in Iranian custody.",
         [("IRN", 20)]),
        ("Viasna counts more than 1,100 political prisoners in the country, most of them "
         "citizens of Belarus with no government abroad to speak for them.", [("BLR", 1100)]),
    ],
)  # fmt: skip
def test_abroad_outside_the_holding_clause_keeps_the_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == expected


# --- precision (session 21): detentions counted over a period are no stock unless the same
# clause says those people remain held (guide, session 21: "17 Japanese have been detained since
# 2014") ---
@pytest.mark.parametrize(
    "text",
    [
        "Since 2015, at least 23 Australian citizens have been detained in Iran on security "
        "charges, and several remain in prison.",
        "Lawyers say more than 600 people have been arrested in Serbia and many were beaten in "
        "custody.",
        "Officials in Seoul say 14 South Koreans have been jailed in Russia since 2019.",
    ],
    ids=["several-remain", "many-beaten", "since-alone"],
)
def test_detentions_over_a_period_are_no_stock(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa says 19 Canadians have been detained in China since 2018 and remain in "
         "custody.", [("CHN", 19)]),
        ("The monitor says 860 people have been jailed in Belarus for their views and are still "
         "held.", [("BLR", 860)]),
        ("Rights groups say 75 activists have been imprisoned since March, and at least 30 "
         "remain in custody in Egypt.", [("EGY", 30)]),
    ],
    ids=["and-remain", "and-still-held", "later-count"],
)  # fmt: skip
def test_detained_and_still_held_stay_a_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == expected


# --- precision (session 21): people the sentence tells as freed are no stock, whatever custody
# words tell their past ---
@pytest.mark.parametrize(
    "text",
    [
        "The freighter sailed from Eritrean waters with its nine remaining sailors, who were "
        "freed by Eritrea.",
        "Among those released were an estimated 300 people jailed over the protests, a monitor "
        "in Cambodia said.",
        "Two Britons held for months in Iranian prisons were recovering in Oman on Tuesday, a "
        "day after Iran let them go.",
    ],
    ids=["relative-clause", "among-those-released", "let-them-go"],
)
def test_people_told_as_freed_are_no_stock(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights groups say 3,000 political prisoners remain held in Belarus, and Minsk has "
         "refused to free them.", [("BLR", 3000)]),
        ("About 40 journalists remain in prison in Azerbaijan, and Baku says it will not free "
         "them.", [("AZE", 40)]),
        ("Rights groups say 640 political prisoners are still held in Belarus, after Minsk freed "
         "52 in September.", [("BLR", 640)]),
    ],
    ids=["refused-to-free-them", "will-not-free-them", "others-freed"],
)  # fmt: skip
def test_people_not_freed_stay_a_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == expected
