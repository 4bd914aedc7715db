"""(v20) Whose voice states a trade: the article's own, or others' (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract.trade_voice import stated


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("In return, Washington freed five Iranians.", True),
        ("Belgium in exchange released the diplomat.", True),
        ("The pilot was freed in exchange for two smugglers.", True),
        ("Moscow swapped the hacker for a teacher at Abu Dhabi airport.", True),
        # others' words, or what seemed
        ("In return, Washington freed five Iranians, Iranian media said.", False),
        (
            "According to state television, the pilot was freed in exchange for two smugglers.",
            False,
        ),
        ("The pilot appeared to have been traded for two smugglers.", False),
        ("Opposition lawmakers called the sequence a swap.", False),
        # no trade stated at all
        ("The two releases came on the same day.", False),
        ("Ankara in turn freed a Canadian aid worker.", False),
    ],
)
def test_a_trade_stated_in_the_articles_own_voice(text, own):
    assert stated(text) is own
