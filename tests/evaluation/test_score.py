"""Matching rules of detente.evaluation.score, case by case."""

from __future__ import annotations

import pytest

from detente.evaluation.score import date_rank, match_events, match_stocks, source_agrees
from detente.model import Event, EventType, Stock


def release(id: str, actor: str = "BLR", **fields) -> Event:
    return Event(id=id, type=EventType.RELEASE, actor=actor, **fields)


def eased(id: str, actor: str = "USA", target: str | None = "BLR", **fields) -> Event:
    return Event(id=id, type=EventType.SANCTIONS_EASED, actor=actor, target=target, **fields)


@pytest.mark.parametrize(
    ("a", "b", "rank"),
    [
        ("2025-09-11", "2025-09-11", 2),
        (None, None, 2),
        ("2025-09", "2025-09-11", 1),
        ("2025", "2025-09-11", 1),
        ("2025-09-01", "2025-09-30", 1),
        ("2025-09-11", "2025-10-11", 0),
        ("2024", "2025", 0),
        ("2025-09-11", None, 0),
    ],
)
def test_date_rank(a, b, rank):
    assert date_rank(a, b) == date_rank(b, a) == rank


def test_type_actor_and_target_must_agree():
    gold = [release("g1"), eased("g2")]
    pred = [
        release("p1", actor="RUS"),
        eased("p2", target="RUS"),
        Event(id="p3", type=EventType.SANCTIONS_IMPOSED, actor="USA", target="BLR"),
    ]
    assert match_events(pred, gold) == []


def test_release_target_is_not_compared():
    assert len(match_events([release("p1", target="LTU")], [release("g1")])) == 1


def test_compatible_date_beats_equal_count():
    gold = [release("g1", count=14, date="2025-06"), release("g2", count=52, date="2025-09-11")]
    pred = [release("p1", count=52, date="2025-06-20")]
    [(p, g)] = match_events(pred, gold)
    assert g.id == "g1"


def test_count_then_persons_then_entities_break_date_ties():
    gold = [release("g1", count=3), release("g2", count=5, persons=["Ana Ruiz"])]
    assert match_events([release("p1", count=5)], gold)[0][1].id == "g2"
    assert match_events([release("p1", persons=["ana ruiz"])], gold)[0][1].id == "g2"
    golds = [eased("g1", sectors=["potash"]), eased("g2", entities=["Belavia"])]
    assert match_events([eased("p1", entities=["BELAVIA"])], golds)[0][1].id == "g2"


def test_matching_is_one_to_one_in_gold_order():
    gold = [release("g1", date="2025-06"), release("g2", date="2025-09-11")]
    pred = [release("p1", date="2025-09-11"), release("p2", date="2025-09-11"), release("p3")]
    pairs = [(p.id, g.id) for p, g in match_events(pred, gold)]
    assert pairs == [("p2", "g1"), ("p1", "g2")]


def test_stocks_match_on_country_and_count():
    gold = [Stock(country="BLR", count=1100, count_qualifier="at_least", source="Viasna")]
    pred = [
        Stock(country="BLR", count=1100, source="someone"),
        Stock(country="BLR", count=1100, count_qualifier="at_least", source="viasna"),
        Stock(country="RUS", count=1100),
    ]
    [(p, _)] = match_stocks(pred, gold)
    assert p is pred[1]


@pytest.mark.parametrize(
    ("pred", "gold", "agrees"),
    [
        ("Viasna", "the rights group Viasna", True),
        ("rights groups", "Rights  Groups", True),
        ("Viasna", "Memorial", False),
        (None, None, True),
        (None, "Viasna", False),
    ],
)
def test_source_agrees(pred, gold, agrees):
    assert source_agrees(pred, gold) is agrees
