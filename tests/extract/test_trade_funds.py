"""(v17) Relief told as a clause of a swap's deal links the easing told in another sentence."""

from __future__ import annotations

import pytest

from detente.extract.trade_frame import Frame
from detente.extract.trade_funds import funds_relief
from detente.model import EventType

from .builders import inline

_WAIVER = "Ottawa had issued a sanctions waiver for the transfer on March 3."


def _frame(eased_date: str, apart: frozenset[str] = frozenset()) -> Frame:
    kinds = {
        "e1": (EventType.RELEASE, "IRN"),
        "e2": (EventType.RELEASE, "CAN"),
        "e3": (EventType.SANCTIONS_EASED, "CAN"),
    }
    dates = {"e1": "2026-03-10", "e2": "2026-03-10", "e3": eased_date}
    return Frame(kinds, dates, {}, {}, set(apart), set(), {"e3": "IRN"}, dict(dates))


@pytest.mark.parametrize(
    "clause",
    [
        "and allowed the transfer of $2 billion in frozen Iranian funds",
        "and gave Tehran access to $2 billion of its own oil revenue",
        "and unfroze $2 billion held in Korean banks",
        "in return for sanctions relief",
    ],
)
def test_money_told_as_part_of_the_deal_takes_the_easing(clause):
    text = f"Iran freed four Canadians under a deal in which Canada freed four Iranians {clause}."
    frame = _frame("2026-03-03")
    assert funds_relief(text, {"e1", "e2"}, frame.kinds, frame) == {"e3"}


@pytest.mark.parametrize(
    ("text", "eased", "group"),
    [
        # relief told by time, not as a part of the deal
        ("Iran freed four Canadians in a swap, hours before frozen Iranian funds were moved.",
         "2026-03-03", {"e1", "e2"}),
        # an easing years away is another act
        ("Iran freed four Canadians in a swap that also unlocked frozen Iranian funds.",
         "2023-05", {"e1", "e2"}),
        # one state's releases only: no swap for the clause to belong to
        ("Iran freed four Canadians in a deal that gave it access to frozen funds.",
         "2026-03-03", {"e1"}),
        # no money or relief named
        ("Iran freed four Canadians in a deal in which Canada freed four Iranians.",
         "2026-03-03", {"e1", "e2"}),
    ],
)  # fmt: skip
def test_no_easing_without_money_told_in_the_deal(text, eased, group):
    frame = _frame(eased)
    assert funds_relief(text, group, frame.kinds, frame) == set()


def test_an_easing_set_apart_stays_out():
    text = "Iran freed four Canadians in a deal in which Canada freed four Iranians and unlocked frozen funds."
    frame = _frame("2026-03-03", frozenset({"e3"}))
    assert funds_relief(text, {"e1", "e2"}, frame.kinds, frame) == set()


def test_the_waiver_told_after_the_swap_joins_it(spacy_extractor):
    a = spacy_extractor(
        inline(
            "Four Canadians held in Iran were released on Tuesday and flown to Muscat, under a "
            "deal in which Canada freed four Iranians and allowed the transfer of $2 billion in "
            f"frozen Iranian funds. {_WAIVER}",
            "2026-03-12",
        )
    )
    assert sorted(str(e.type) for e in a.events) == ["release", "release", "sanctions_eased"]
    assert [sorted(x.events) for x in a.exchanges] == [["e1", "e2", "e3"]]


def test_funds_moved_hours_after_the_swap_are_no_part_of_it(spacy_extractor):
    a = spacy_extractor(
        inline(
            "Four Canadians held in Iran were released on Tuesday and flown to Muscat, in a swap "
            "in which Canada freed four Iranians, hours before frozen Iranian funds were moved to "
            f"Oman. {_WAIVER}",
            "2026-03-12",
        )
    )
    assert [sorted(x.events) for x in a.exchanges] == [["e1", "e2"]]
