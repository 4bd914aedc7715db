"""(v18) Cue sentences read against the trades around them: a sentence that only times an act
against a trade makes it no side of it; an act told "as part of the same understanding" joins
the trade told before it."""

from __future__ import annotations

import pytest

from detente.extract.links import run
from detente.extract.mentions import Mention
from detente.extract.trade_context import SAME_TRADE, TIMED
from detente.model import EventType

from .builders import sentence


def _at(kind: str, actor: str, idx: int, text: str, word: str, date: str | None) -> Mention:
    """A mention of ``kind`` whose trigger is ``word`` of the sentence ``text``."""
    sent = sentence(idx, text)
    trigger = next(t for t in sent.doc if t.text == word)
    return Mention(EventType(kind), sent, trigger, actor=actor, date=date)


@pytest.mark.parametrize(
    "text",
    [
        "Tehran frees a Danish engineer a week after Belgian swap",
        "The pardon came four weeks after the historic exchange with Washington.",
        "The licence comes less than two weeks after Caracas freed ten Americans in a deal.",
        "Thursday's decision came days after the prisoners were flown home.",
        "Ten years after the Gross swap, the thaw has melted.",
    ],
)
def test_a_sentence_timing_an_act_against_a_trade(text):
    assert TIMED.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minsk freed 40 prisoners in exchange for relief, a week after talks in Vilnius.",
        "Caracas freed ten Americans hours after Washington pardoned Saab in a swap.",
        "The swap came after months of talks.",
    ],
)
def test_no_timing_against_a_named_trade(text):
    assert not TIMED.search(text)


def test_the_act_timed_against_a_deal_is_no_side_of_it():
    text = "The licence comes two weeks after Venezuela freed ten Americans in a deal with Bukele."
    pairs = [
        (_at("sanctions_eased", "USA", 0, text, "licence", "2025-07-29"), "e1"),
        (_at("release", "VEN", 0, text, "freed", "2025-07-29"), "e2"),
    ]
    dates = {"e1": "2025-07-29", "e2": "2025-07-29"}
    assert run(pairs, [(0, text)], dates) == []


def test_the_acts_told_in_the_time_phrase_stay_traded():
    text = (
        "The pardon came a week after the swap in which Iran freed Claes and Belgium freed Farhadi."
    )
    pairs = [
        (_at("release", "IRN", 0, text, "pardon", "2023-06-02"), "e1"),
        (_at("release", "IRN", 0, text, "freed", "2023-05-26"), "e2"),
        (_at("release", "BEL", 0, text, "Farhadi", "2023-05-26"), "e3"),
    ]
    dates = {"e1": "2023-06-02", "e2": "2023-05-26", "e3": "2023-05-26"}
    assert [link.events for link in run(pairs, [(0, text)], dates)] == [("e2", "e3")]


_SWAP = "Cuba freed Gross and the United States freed three agents in a swap."
_SAME = "As part of the same understanding, Cuba freed 53 political prisoners."


@pytest.mark.parametrize(
    "same",
    [
        _SAME,
        "Under the same deal, Havana also released 53 dissidents.",
        "In the framework of the same arrangement, Cuba let 53 prisoners go.",
    ],
)
def test_an_act_of_the_same_understanding_joins_the_trade_told_before(same):
    assert SAME_TRADE.search(same)
    pairs = [
        (_at("release", "CUB", 0, _SWAP, "freed", "2014-12-17"), "e1"),
        (_at("release", "USA", 0, _SWAP, "agents", "2014-12-17"), "e2"),
        (_at("release", "CUB", 3, same, "53", "2015-01-11"), "e3"),
        (_at("sanctions_eased", "USA", 5, "Rules took effect.", "Rules", "2015-01-15"), "e4"),
    ]
    dates = {"e1": "2014-12-17", "e2": "2014-12-17", "e3": "2015-01-11", "e4": "2015-01-15"}
    got = [link.events for link in run(pairs, [(0, _SWAP), (3, same)], dates)]
    assert got == [("e1", "e2", "e3")]


def test_an_act_months_from_the_trade_told_before_is_not_joined():
    pairs = [
        (_at("release", "CUB", 0, _SWAP, "freed", "2014-12-17"), "e1"),
        (_at("release", "USA", 0, _SWAP, "agents", "2014-12-17"), "e2"),
        (_at("release", "CUB", 3, _SAME, "53", "2015-09-11"), "e3"),
    ]
    dates = {"e1": "2014-12-17", "e2": "2014-12-17", "e3": "2015-09-11"}
    got = [link.events for link in run(pairs, [(0, _SWAP), (3, _SAME)], dates)]
    assert got == [("e1", "e2")]


def test_a_same_understanding_telling_both_sides_is_read_as_it_is():
    text = "As part of the same understanding, Cuba freed 53 and Washington eased travel rules."
    pairs = [
        (_at("release", "CUB", 0, _SWAP, "freed", "2014-12-17"), "e1"),
        (_at("release", "USA", 0, _SWAP, "agents", "2014-12-17"), "e2"),
        (_at("release", "CUB", 3, text, "freed", "2015-01-15"), "e3"),
        (_at("sanctions_eased", "USA", 3, text, "eased", "2015-01-15"), "e4"),
    ]
    dates = {"e1": "2014-12-17", "e2": "2014-12-17", "e3": "2015-01-15", "e4": "2015-01-15"}
    got = sorted(link.events for link in run(pairs, [(0, _SWAP), (3, text)], dates))
    assert got == [("e1", "e2"), ("e3", "e4")]


def test_an_act_of_the_same_understanding_already_in_the_trade_is_read_as_any_cue():
    # "Under the same agreement, Washington granted clemency to five Iranians.": the clemency was
    # read into the swap told before; the sentence still finds the relief of its deal
    swap = "Iran freed five Americans in a deal, and Washington freed five Iranians."
    same = "Under the same agreement, Washington granted clemency to five Iranians."
    pairs = [
        (_at("release", "IRN", 0, swap, "freed", "2023-09-18"), "e1"),
        (_at("release", "USA", 0, swap, "Iranians", "2023-09-18"), "e2"),
        (_at("release", "USA", 3, same, "clemency", None), "e2"),
        (_at("sanctions_eased", "USA", 5, "A waiver was issued.", "waiver", "2023-09-18"), "e3"),
    ]
    dates = {"e1": "2023-09-18", "e2": "2023-09-18", "e3": "2023-09-18"}
    got = [link.events for link in run(pairs, [(0, swap), (3, same)], dates)]
    assert got == [("e1", "e2", "e3")]


def test_an_act_named_by_a_definite_noun_before_the_time_phrase_is_no_side():
    # "The licence comes two weeks after Caracas freed ten Americans in a three-way arrangement":
    # the licence, told elsewhere and of a day near the release, is not found by time
    text = "The licence comes two weeks after Caracas freed ten Americans in an arrangement."
    pairs = [
        (_at("sanctions_eased", "USA", 1, "Chevron got a licence.", "licence", "2025-07-24"), "e1"),
        (_at("release", "VEN", 4, text, "freed", "2025-07-18"), "e2"),
    ]
    dates = {"e1": "2025-07-24", "e2": "2025-07-18"}
    assert run(pairs, [(4, text)], dates) == []


def test_a_one_party_denial_of_relief_is_not_answered_by_the_swap_itself():
    # "... in exchange for 252 Venezuelans. Officials denied that the licence was part of that
    # deal.": the swap's own cue names no relief; the licence stays apart
    swap = "Caracas freed ten Americans on July 18 in exchange for 252 Venezuelans."
    denial = "Officials in Washington denied that the licence was part of that deal."
    pairs = [
        (_at("release", "VEN", 3, swap, "freed", "2025-07-18"), "e1"),
        (_at("release", "SLV", 3, swap, "Venezuelans", "2025-07-18"), "e2"),
        (_at("sanctions_eased", "USA", 1, "Chevron got a licence.", "licence", "2025-07-24"), "e3"),
    ]
    dates = {"e1": "2025-07-18", "e2": "2025-07-18", "e3": "2025-07-24"}
    got = [link.events for link in run(pairs, [(3, swap), (4, denial)], dates)]
    assert got == [("e1", "e2")]


def test_a_denial_of_relief_is_answered_by_a_claim_naming_the_easing_by_its_noun():
    # "Officials said the removals were what Harare obtained in exchange for letting the
    # observers go. Washington denies any link and says the delistings followed a review."
    freed = "Two observers walked free on Friday."
    claim = "Officials said the removals were what Harare obtained in exchange for the observers."
    denial = "Washington denies any link and says the delistings followed a review."
    pairs = [
        (_at("release", "ZWE", 1, freed, "walked", "2023-11-10"), "e1"),
        (
            _at(
                "sanctions_eased",
                "USA",
                2,
                "Two officials were delisted.",
                "delisted",
                "2023-11-14",
            ),
            "e2",
        ),
    ]
    dates = {"e1": "2023-11-10", "e2": "2023-11-14"}
    got = [link.events for link in run(pairs, [(3, claim), (4, denial)], dates)]
    assert got == [("e1", "e2")]


@pytest.mark.parametrize(
    ("partner_day", "own_day", "linked"),
    [
        # (v20) a round of the deal with a partner of its own day, dated and told apart: that
        # round's trade, not the trade told before it
        ("2025-01-30", "2025-01-30", [("e1", "e2"), ("e3", "e4")]),
        # no partner of its own day: the act joins the trade told before it
        ("2025-01-27", "2025-01-30", [("e1", "e2", "e4")]),
        # its day only the article's default date: it joins the trade told before it
        ("2025-01-30", None, [("e1", "e2", "e4")]),
    ],
)
def test_an_earlier_round_of_the_same_deal_keeps_its_own_partner(partner_day, own_day, linked):
    swap = "Hamas freed three hostages on Saturday, and Israel freed 183 prisoners in return."
    told = "On Thursday, eight hostages were handed over in Khan Younis."
    same = "Israel freed 110 prisoners late that night as part of the same deal."
    pairs = [
        (_at("release", "PSE", 0, swap, "freed", "2025-02-01"), "e1"),
        (_at("release", "ISR", 0, swap, "prisoners", "2025-02-01"), "e2"),
        (_at("release", "PSE", 2, told, "handed", partner_day), "e3"),
        (_at("release", "ISR", 3, same, "freed", own_day), "e4"),
    ]
    dates = {"e1": "2025-02-01", "e2": "2025-02-01", "e3": partner_day, "e4": "2025-01-30"}
    got = sorted(link.events for link in run(pairs, [(0, swap), (3, same)], dates))
    assert got == linked
