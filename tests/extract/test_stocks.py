"""Stocks: how many people are still held, by whom, according to whom, as of when (own-words
paragraphs through the extractor, published Saturday 14 June 2025)."""

from __future__ import annotations

from collections import Counter

import pytest

from detente.extract import stocks as stock_rules
from detente.extract.stocks import default_country
from detente.model import Document

PUBLISHED = "2025-06-14"


def stocks(extractor, text):
    doc = Document(id="x", source="inline", published=PUBLISHED, text=text)
    return [
        (s.country, s.count, s.count_qualifier, s.source, s.as_of) for s in extractor(doc).stocks
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tehran freed two French teachers on Monday. Officials in Paris say some 20 French "
            "nationals are still held in Iranian jails.",
            ("IRN", 20, "approx", "Officials in Paris", PUBLISHED),
            id="nationals-held-in-jails-not-where-the-source-sits",
        ),
        pytest.param(
            "Minsk freed 18 prisoners on Friday. The rights centre Spring put the number of "
            "political prisoners in Belarus at 1,090 after the release.",
            ("BLR", 1090, "exact", "Spring", PUBLISHED),
            id="put-the-number-at",
        ),
        pytest.param(
            "Managua freed 40 prisoners on Monday. Local monitors said at least 70 people "
            "remained jailed in Nicaragua on political charges.",
            ("NIC", 70, "at_least", "Local monitors", PUBLISHED),
            id="remained-jailed",
        ),
        pytest.param(
            "Baku freed 5 Armenians on Tuesday. Armenian officials said that at least 19 "
            "Armenians remain in Azerbaijani custody.",
            ("AZE", 19, "at_least", "Armenian officials", PUBLISHED),
            id="demonym-people-held-in-custody",
        ),
        pytest.param(
            "Caracas freed ten prisoners on Friday. The opposition demanded more releases of "
            "political prisoners, whom the monitoring group Justicia counts at about 300.",
            ("VEN", 300, "approx", "Justicia", PUBLISHED),
            id="counts-them-at",
        ),
        pytest.param(
            "Ankara freed a reporter on Friday. Press groups count more than 40 journalists in "
            "Turkish prisons, most of them held since the crackdown of July 2016.",
            ("TUR", 40, "at_least", "Press groups", PUBLISHED),
            id="as-of-never-since",
        ),
        pytest.param(
            "Havana freed 30 prisoners on Monday. According to the UN, about 900 people remain "
            "imprisoned in Cuba, many without trial.",
            ("CUB", 900, "approx", "UN", PUBLISHED),
            id="according-to",
        ),
        pytest.param(
            "Hanoi freed 12 dissidents on Monday. The Madrid-based group Defensores said it "
            "counted 160 political prisoners in Vietnam in March.",
            ("VNM", 160, "exact", "Defensores", "2025-03"),
            id="source-home-is-not-the-holder-as-of-month",
        ),
        pytest.param(
            "Courts handed down new sentences on Monday. The Vietnamese monitoring group Defend says "
            "some 150 political prisoners are currently held in the country.",
            ("VNM", 150, "approx", "Defend", PUBLISHED),
            id="in-the-country-of-a-national-group",
        ),
        pytest.param(
            "Tashkent pardoned nine inmates on Monday. The number of political prisoners in "
            "Uzbekistan stands at 420, a local monitoring group says.",
            ("UZB", 420, "exact", "a local monitoring group", PUBLISHED),
            id="the-number-stands-at",
        ),
    ],
)
def test_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed 90 soldiers on Sunday. Russia also returned the remains of 40 soldiers "
        "killed in the fighting.",
        "Minsk freed 18 prisoners on Friday. Hundreds remain behind bars, Spring says.",
        "The monitoring group has counted more than 3,100 civilians shot by the police since May.",
        "Two soldiers sitting in a cell in Iranian custody waved at the cameras.",
        "Paris sued Tehran over the treatment of three French nationals who are held in Evin.",
        "The Cuban group Prisoners Defenders also lists at least nine inmates who died in "
        "state custody since the 2021 protests.",
        "A rights monitor in Cairo has documented more than 50 detainees who were executed "
        "after military trials.",
    ],
    ids=[
        "remains-of-the-dead",
        "vague",
        "people-killed",
        "people-doing",
        "of-another-noun",
        "died-in-custody",
        "executed",
    ],
)
def test_no_stock(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("releases", "places", "expected"),
    [
        (Counter({"BLR": 2}), Counter({"LTU": 5}), "BLR"),  # the actor of the releases
        (Counter(), Counter({"EU": 9, "MMR": 4, "THA": 1}), "MMR"),  # most named state, not a bloc
        (Counter(), Counter(), None),
    ],
)
def test_default_country(releases, places, expected):
    assert default_country(releases, places) == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Nepal relies on money sent home by an estimated 400,000 of its citizens working in Qatar.",
            False,
        ),
        ("Rights groups estimate that 350 activists are held in Nepalese prisons.", True),
        ("Observers counted 60 Nepalese journalists behind bars at the end of the year.", True),
    ],
)
def test_a_count_alone_is_no_stock(spacy_extractor, text: str, held: bool) -> None:
    from detente.extract import sentences

    s = sentences.split(text)[0]
    ps = spacy_extractor._prepare(s, spacy_extractor.nlp(text), "2025-01-01")
    assert bool(stock_rules.find(ps, set())) is held
