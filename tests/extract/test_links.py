"""Exchanges: cue sentences, and links between the two sides of a trade (via the pipeline)."""

from __future__ import annotations

import pytest

from detente.extract.links import cue_sentences


@pytest.mark.parametrize(
    ("text", "is_cue"),
    [
        ("They were freed in exchange for the lifting of sanctions.", True),
        ("The prisoners were released as part of a deal with Washington.", True),
        ("Fifty were released in return for the lifting of restrictions.", True),
        ("Sanctions were lifted on Friday.", False),
        ("The prisoners were driven to the border in buses.", False),
    ],
)
def test_cue_sentences(text, is_cue):
    assert cue_sentences([(7, text)]) == ([(7, text)] if is_cue else [])


def test_deal_links_each_release_to_its_relief(analyses):
    a = analyses["potash-deal.txt"]
    by_id = {e.id: e for e in a.events}
    pairs = [sorted((by_id[i].type, by_id[i].date) for i in x.events) for x in a.exchanges]
    assert sorted(pairs) == [
        [("release", "2025-09"), ("sanctions_eased", "2025-09")],
        [("release", "2025-12-13"), ("sanctions_eased", "2025-12-13")],
    ]


def test_close_in_time_is_not_an_exchange(analyses):
    a = analyses["separate-acts.txt"]
    assert sorted(e.type for e in a.events) == ["release", "sanctions_imposed"]
    assert a.exchanges == []
