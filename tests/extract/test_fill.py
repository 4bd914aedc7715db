"""Filling mentions from context: a sanctions act on the US terrorism-sponsor list with no doer
named is Washington's (the list is the State Department's own)."""

from __future__ import annotations

import pytest

from detente.extract.fill import US_TERRORISM_LIST

from .builders import acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no doer named: only the United States keeps the list
        (
            "The administration began removing Cuba from the list of state sponsors of terrorism "
            "on Tuesday.",
            [("sanctions_eased", "USA", False)],
        ),
        (
            "The outgoing government took North Korea off the state sponsors of terrorism list "
            "on Monday.",
            [("sanctions_eased", "USA", False)],
        ),
        # a doer named keeps its act, even beside the list's name
        (
            "The European Union lifted its sanctions on Cuba's state airline on Monday, although "
            "Cuba stays on the US list of state sponsors of terrorism.",
            [("sanctions_eased", "EU", False)],
        ),
    ],
)
def test_an_act_on_the_terrorism_sponsor_list_is_washingtons(spacy_extractor, text, expected):
    # a release first, as in the articles that tell such a removal (the gate reads the article)
    freed = "Cuba freed twelve prisoners on Wednesday. "
    assert acts(spacy_extractor, freed + text) == [("release", "CUB", None), *expected]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("removed from the list of State Sponsors of Terrorism", True),
        ("put back on the state-sponsor of terrorism roster", True),
        ("the terrorism-sponsor list", True),
        ("the EU's list of terrorist organisations", False),
        ("a sponsor of the terrorism bill", False),
    ],
)
def test_the_list_is_named_by_its_own_words(text, names):
    assert bool(US_TERRORISM_LIST.search(text)) is names
