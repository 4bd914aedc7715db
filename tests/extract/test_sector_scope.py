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
