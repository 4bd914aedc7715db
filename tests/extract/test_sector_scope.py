"""Sector words that tell what a listed body's money goes to name no sector of it (own-words
phrases, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sanctions on bankers accused of laundering money to fund weapons programmes",
         ["banking"]),
        ("sanctions on hackers whose thefts finance the missile programme", []),
        ("sanctions on firms that supply drones and missiles", ["defense"]),
        ("a waiver letting Iraq pay for Iranian gas", ["gas"]),
    ],
    ids=["to-fund", "whose-thefts-finance", "supplied-goods-stay", "paid-for-goods-stay"],
)  # fmt: skip
def test_funded_is_no_sector(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lifting a designation that had cut the country off from international finance", []),
        ("cutting three state banks off from international finance", ["banking"]),
        ("sanctions on the finance ministry and two lenders", ["banking"]),
        ("a ban on finance for the oil sector", ["finance", "oil"]),
    ],
    ids=["cut-off-from-finance", "the-banks-cut-off-stay", "a-ministry-of-finance-is-a-body",
         "finance-banned-stays"],
)  # fmt: skip
def test_shut_out_of_is_no_sector(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sanctions on two tanker operators to squeeze Tehran's oil revenue", ["shipping"]),
        ("sanctions on Vostok Energy, a trader of Russian crude", ["oil"]),
        ("a ban on Russian energy imports", ["energy"]),
        ("sanctions on oil exports", ["oil"]),
    ],
    ids=["the-aim-is-no-sector", "energy-in-a-name", "energy-goods-stay", "oil-goods-stay"],
)  # fmt: skip
def test_aim_is_no_sector(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 23: a crime that touches a sector is no trade in it
        ("sanctions on a hacker accused of theft from banks", []),
        ("sanctions on hackers for stealing from banks in Asia", []),
        ("sanctions on a fund manager accused of fraud against investors", []),
        # negatives: the listed trade in the sector, or smuggle its goods
        ("sanctions on two banks accused of helping Russia evade sanctions", ["banking"]),
        ("sanctions on traders accused of smuggling gold", ["gold"]),
    ],
    ids=["theft-from", "stealing-from", "fraud-against", "banks-listed", "smuggling-is-trade"],
)  # fmt: skip
def test_a_crime_victim_is_no_sector(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


def test_what_was_stolen_is_no_victim(spacy_extractor):
    # the goods of a theft are not whom it touched (dev gold keeps them, before session 23)
    text = "sanctions on cyber units accused of stealing cryptocurrency"
    assert listed.sectors(list(spacy_extractor.nlp(text))) == ["finance"]
