"""Listings told by "add" with no word of a list (own-words sentences, parsed by the real model):
a sanctioning body, or a pronoun for one, adds people or bodies with a time of its own; a passive
"were added" with a month or a reason. Negatives: reporting "add", a "to" phrase that names no list,
objects no list holds, no time, a bare year, a subject that lists nothing."""

from __future__ import annotations

import pytest

from detente.extract import additions, sanctions


def _verb(ps, word):
    return next(t for t in ps.doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March, the Council added nine judges and prosecutors over the trials.", True),
        ("The bloc added eight businessmen and two companies in February.", True),
        ("On Friday it added the national police and two of its commanders.", True),
        ("On Tuesday, Washington added the Yangon Aviation Company and two brokers.", True),
        ("The first seven people were added in late May 2023.", True),
        ("Two traders, Nord Link and Baltic Fuel, were added for the same reason.", True),
        ("The Council added five individuals to its list in January.", True),
        ("The regime was last widened in January, when the Council added ten officials.", True),
        # negatives
        ("The Council added that it would review the measures in January.", False),
        ("In March, the Council added nine judges to its delegation.", False),
        ("In February the bloc added a clause on humanitarian aid.", False),
        ("Britain and Canada have added names of their own.", False),
        ("Canada first listed officials in 2017 and has added names several times since.", False),
        ("The companies had been added in 2022 for their role in surveillance.", False),
        ("On Friday the airline added two flights to Havana.", False),
        ("Two more routes were added in May.", False),
    ],
    ids=[
        "council-with-month",
        "bloc-with-month",
        "pronoun-with-day",
        "capital-with-day",
        "passive-with-month",
        "passive-with-reason",
        "to-a-list",
        "when-clause",
        "reporting",
        "to-a-delegation",
        "not-listable",
        "no-time",
        "time-of-the-joined-act",
        "passive-bare-year",
        "not-a-lister",
        "passive-not-listable",
    ],
)
def test_adds_listed(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    assert additions.adds_listed(_verb(ps, "added")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March, the Council added nine judges over the trials.", True),
        ("The first seven people were added in late May 2023.", True),
        ("Sanctions were renewed in March.", True),
        ("The minister added that talks would go on.", False),
        ('"We will not bow," he added.', False),
    ],
    ids=["council", "passive", "sanctions-word", "reporting", "quote"],
)
def test_added_passes_the_sanctions_gate(text, expected):
    assert sanctions.is_sanctions_sentence(text) is expected
